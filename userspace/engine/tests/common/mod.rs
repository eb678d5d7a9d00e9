//! What the engine's tests share: the test data folder and a capture replayed as the sensor
//! replays it.

use rfalco_fields::evt::EventContext;
use rfalco_state::State;
use scap_format::CaptureReader;
use std::path::{Path, PathBuf};

/// A capture of ../shared/captures, by its path below that folder (`vm/x.scap`).
pub fn capture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/captures")
        .join(name)
}

/// Replays `path`: the state seeded from the capture's metadata, every event applied to it,
/// then `f` called with the event's context. Returns the number of events read.
pub fn replay(path: &Path, mut f: impl FnMut(&EventContext<'_, '_>)) -> u64 {
    let mut reader = CaptureReader::open(path).expect("open capture");
    let mut state = State::from_metadata(reader.metadata());
    let mut num = 0;
    while let Some(ev) = reader.next_event().expect("read event") {
        num += 1;
        state.update(&ev);
        f(&EventContext {
            num,
            ev: &ev,
            state: &state,
        });
    }
    num
}
