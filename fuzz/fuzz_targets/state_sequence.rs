//! Events back to back, through the converter as the capture reader feeds them, applied in
//! order to one state table, with every field rendered after each: whatever the sequence
//! (clones of unknown parents, exits of the reaper, fds closed twice, a table at its bound),
//! the state engine must answer, never panic or loop, and keep its thread bound.
//!
//! The first byte chooses the start: bit 0 set, the tables a real capture's metadata seeds
//! (`libs/sample.scap`: its processes, fds and users), with the default bound; clear, empty
//! tables holding at most 1 to 16 threads (bits 1-4), so that the bound and the purge of fake
//! entries are reached.
#![no_main]

#[path = "common/fields.rs"]
mod fields;

use fields::fields;
use libfuzzer_sys::fuzz_target;
use rfalco_fields::evt::EventContext;
use rfalco_state::State;
use scap_format::convert::{Conversion, Converter};
use scap_format::reader::CaptureMetadata;
use scap_format::{CaptureReader, EventRef};
use std::sync::OnceLock;

/// Most events taken from one input.
const MAX_EVENTS: usize = 64;

fn seed() -> &'static CaptureMetadata {
    static M: OnceLock<CaptureMetadata> = OnceLock::new();
    M.get_or_init(|| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared/captures/libs/sample.scap");
        CaptureReader::open(&path)
            .expect("the seed capture opens")
            .metadata()
            .clone()
    })
}

fn step(state: &mut State, ev: &EventRef<'_>, num: u64, text: &mut String) {
    state.update(ev);
    let ctx = EventContext {
        num,
        ev,
        state: &*state,
    };
    for f in fields() {
        text.clear();
        let _ = f.write(&ctx, text);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, mut rest)) = data.split_first() else {
        return;
    };
    let bound = usize::from((mode >> 1) & 15) + 1;
    let mut state = if mode & 1 == 1 {
        State::from_metadata(seed())
    } else {
        State::with_max_threads(bound)
    };
    let mut conv = Converter::new();
    conv.set_lenient(true);
    let (mut out, mut text) = (Vec::new(), String::new());
    for num in 1..=MAX_EVENTS as u64 {
        let Ok(ev) = EventRef::parse(rest) else {
            break;
        };
        rest = &rest[ev.as_bytes().len()..];
        match conv.convert(&ev, &mut out) {
            Ok(Conversion::Pass) => step(&mut state, &ev, num, &mut text),
            Ok(Conversion::Converted) => {
                if let Ok(new) = EventRef::parse(&out) {
                    step(&mut state, &new, num, &mut text);
                }
            }
            Ok(Conversion::Drop(_)) | Err(_) => {}
        }
        if mode & 1 == 0 {
            assert!(
                state.n_threads() <= bound,
                "{} threads in a table bounded at {bound}",
                state.n_threads()
            );
        }
    }
    let _ = state.stats();
});
