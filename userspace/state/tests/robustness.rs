//! Hostile event streams: any sequence of events of any type, with parameters of any length and
//! content, updates the state and answers every state field without a panic.

use proptest::prelude::*;
use rfalco_fields::StateFields;
use rfalco_fields::registry::STATE_FIELDS;
use rfalco_state::State;
use scap_format::abi::events::{EVENT_MAX, EVENT_TABLE};
use scap_format::display::FdNames;
use scap_format::{EventBuilder, EventRef};

/// One generated event: type, thread, and per parameter either a well-sized little number or
/// arbitrary bytes.
fn event() -> impl Strategy<Value = (u16, u64, Vec<Vec<u8>>)> {
    let ty = 0..EVENT_MAX as u16;
    let tid = prop_oneof![1u64..6, Just(u64::MAX), Just(0)];
    (ty, tid).prop_flat_map(|(ty, tid)| {
        let n = EVENT_TABLE[ty as usize].params.len();
        let param = prop_oneof![
            // Small integers in every width: fds, pids and flags that hit existing entries.
            (0i64..8).prop_map(|v| v.to_le_bytes().to_vec()),
            (0u32..8).prop_map(|v| v.to_le_bytes().to_vec()),
            Just(vec![0xff; 8]),
            Just(b"/etc/passwd\0".to_vec()),
            prop::collection::vec(any::<u8>(), 0..40),
        ];
        (Just(ty), Just(tid), prop::collection::vec(param, n..=n))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_event_stream_is_absorbed(events in prop::collection::vec(event(), 1..60)) {
        let mut state = State::new();
        let mut buf = Vec::new();
        let mut out = String::new();
        for (i, (ty, tid, params)) in events.iter().enumerate() {
            buf.clear();
            let mut b = EventBuilder::new(&mut buf, 1_000 + i as u64, *tid, *ty, params.len());
            for p in params {
                b.push(p);
            }
            b.finish();
            let Ok(ev) = EventRef::parse(&buf) else { continue };
            state.update(&ev);
            for name in STATE_FIELDS {
                out.clear();
                let _ = state.write_field(name, None, &ev, &mut out);
                let _ = state.write_field(name, Some("1"), &ev, &mut out);
            }
            for fd in [-100, -1, 0, 1, 3, 7] {
                let _ = state.fd_name(fd);
            }
        }
    }
}
