//! Real events to evaluate compiled filters and formats against: one of each type from a small
//! capture, with the state the whole capture builds, read once per fuzzing process.

use rfalco_state::State;
use scap_format::{CaptureReader, EventRef};
use std::sync::OnceLock;

/// Events kept (one per type).
const MAX_EVENTS: usize = 24;

/// Owned copies of the events, and the state after the whole capture.
pub struct Fixture {
    events: Vec<(Vec<u8>, u16, u32)>,
    pub state: State,
}

impl Fixture {
    /// The events, as the reader handed them out.
    pub fn events(&self) -> impl Iterator<Item = EventRef<'_>> {
        self.events.iter().filter_map(|(b, cpu, flags)| {
            EventRef::parse(b).ok().map(|e| e.with_origin(*cpu, *flags))
        })
    }
}

pub fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared/captures/libs/sample.scap");
        let mut r = CaptureReader::open(&path).expect("the fixture capture opens");
        let mut state = State::from_metadata(r.metadata());
        let mut events = Vec::new();
        let mut types = std::collections::HashSet::new();
        while let Ok(Some(ev)) = r.next_event() {
            state.update(&ev);
            if events.len() < MAX_EVENTS && types.insert(ev.ty()) {
                events.push((ev.as_bytes().to_vec(), ev.cpu(), ev.dump_flags()));
            }
        }
        Fixture { events, state }
    })
}
