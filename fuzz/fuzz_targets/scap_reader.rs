//! Feeds arbitrary bytes to the capture reader: it must return events or typed errors, never
//! panic, hang or allocate without bound.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scap_format::CaptureReader;

fuzz_target!(|data: &[u8]| {
    let Ok(mut reader) = CaptureReader::from_bytes(data.to_vec()) else {
        return;
    };
    let mut n = 0u32;
    while let Ok(Some(ev)) = reader.next_event() {
        for i in 0..ev.nparams() {
            let _ = ev.value(i);
        }
        n += 1;
        if n > 1_000_000 {
            break;
        }
    }
});
