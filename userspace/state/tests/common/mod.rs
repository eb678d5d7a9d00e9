//! Helpers shared by the state engine's hand-made-event tests: building events by parameter
//! name, reading a state field, and a small seeded thread table.
#![allow(dead_code)]

use rfalco_fields::StateFields;
use rfalco_state::State;
use scap_format::EventRef;
use scap_format::abi::events::event_info;
use scap_format::abi::types::ParamType;
use scap_format::event::EventBuilder;
use scap_format::metadata::ThreadEntry;
use scap_format::reader::CaptureMetadata;

/// A parameter value for [`build`].
pub enum V<'a> {
    I(i64),
    S(&'a [u8]),
}

/// An event of type `ty` by `tid`, its parameters in schema order from `vals` by name
/// (absent numbers are 0, absent strings empty).
pub fn build(buf: &mut Vec<u8>, ty: u16, tid: u64, vals: &[(&str, V<'_>)]) -> EventRef<'static> {
    buf.clear();
    let info = event_info(ty).expect("known event");
    let mut b = EventBuilder::new(buf, 1_000, tid, ty, info.params.len());
    for p in info.params {
        let v = vals.iter().find(|(n, _)| *n == p.name).map(|(_, v)| v);
        match (p.ty.fixed_size(), v) {
            (Some(n), Some(V::I(i))) => {
                b.push(&i.to_le_bytes()[..n]);
            }
            (Some(n), _) => {
                b.push(&vec![0u8; n]);
            }
            (None, Some(V::S(s))) => {
                let mut v = s.to_vec();
                if matches!(p.ty, ParamType::CharBuf | ParamType::FsPath) {
                    v.push(0);
                }
                b.push(&v);
            }
            (None, _) => {
                b.push(&[]);
            }
        }
    }
    b.finish();
    let bytes: &'static [u8] = Box::leak(buf.clone().into_boxed_slice());
    EventRef::parse(bytes).expect("valid event")
}

pub fn field(s: &State, ev: &EventRef<'_>, name: &str, arg: Option<&str>) -> Option<String> {
    let mut out = String::new();
    s.write_field(name, arg, ev, &mut out).then_some(out)
}

pub fn seeded() -> State {
    let t = |tid: u64, ptid: u64, comm: &[u8]| ThreadEntry {
        tid,
        pid: tid,
        ptid,
        comm: comm.to_vec(),
        exe: comm.to_vec(),
        cwd: b"/home/u".to_vec(),
        uid: 1000,
        ..ThreadEntry::default()
    };
    let meta = CaptureMetadata {
        threads: vec![t(1, 0, b"init"), t(100, 1, b"bash")],
        ..CaptureMetadata::default()
    };
    State::from_metadata(&meta)
}
