//! Events of old captures, back to back, through the converter as the capture reader feeds
//! them (one converter for the whole stream, so enters meet their exits): it must pass, drop,
//! convert or return a typed error, and what it builds must be a valid event of the schema.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scap_format::EventRef;
use scap_format::convert::{Conversion, Converter};
use scap_format::display::{self, NoFdNames, Options};

/// Most events taken from one input.
const MAX_EVENTS: usize = 256;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, mut rest)) = data.split_first() else {
        return;
    };
    let mut conv = Converter::new();
    // The reader is lenient by default; `--strict-conversion` makes it strict.
    conv.set_lenient(mode & 1 == 0);
    let mut out = Vec::new();
    let mut text = String::new();
    for _ in 0..MAX_EVENTS {
        let Ok(ev) = EventRef::parse(rest) else {
            break;
        };
        rest = &rest[ev.as_bytes().len()..];
        match conv.convert(&ev, &mut out) {
            Ok(Conversion::Converted) => {
                let Ok(new) = EventRef::parse(&out) else {
                    panic!(
                        "the converter built an invalid event from {:?}",
                        ev.as_bytes()
                    );
                };
                assert_eq!(
                    new.as_bytes().len(),
                    out.len(),
                    "trailing bytes after a converted event"
                );
                assert_eq!(new.tid(), ev.tid(), "conversion changed the thread");
                for i in 0..new.nparams() {
                    let _ = new.value(i);
                }
                text.clear();
                display::write_args_with(&new, &NoFdNames, Options::FULL, &mut text);
            }
            Ok(Conversion::Pass | Conversion::Drop(_)) => {}
            Err(e) => {
                let _ = e.to_string();
                let _ = e.event();
            }
        }
        if mode & 2 != 0 {
            let _ = conv.stored_enter(ev.tid());
        }
    }
    let _ = (conv.stats(), conv.stored_enters());
    conv.clear();
});
