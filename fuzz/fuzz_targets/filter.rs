//! Conditions are user input (rules, `capture print` filters): compiling arbitrary text must
//! not panic, and a compiled filter must evaluate on real events without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rfalco_engine::Filter;
use rfalco_fields::evt::EventContext;
use rfalco_state::State;
use scap_format::CaptureReader;
use std::sync::OnceLock;

/// A small real capture, read once: (metadata-seeded state is rebuilt per input).
fn capture() -> &'static std::path::Path {
    static P: OnceLock<std::path::PathBuf> = OnceLock::new();
    P.get_or_init(|| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared/captures/falco/cat_write.scap")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(mut f) = Filter::compile(text) else {
        return;
    };
    let Ok(mut r) = CaptureReader::open(capture()) else {
        return;
    };
    let mut state = State::from_metadata(r.metadata());
    let mut num = 0;
    while let Ok(Some(ev)) = r.next_event() {
        num += 1;
        state.update(&ev);
        let ctx = EventContext {
            num,
            ev: &ev,
            state: &state,
        };
        let _ = f.matches(&ctx);
        if num > 400 {
            break;
        }
    }
});
