//! Output formats are user input: sysdig's `-p` format (`capture print -p`) and Falco's rule
//! `output:` (also `append_output`): parsing arbitrary text must give a format or a typed
//! error, and a parsed format must render real events, as text and as JSON fields.
#![no_main]

#[path = "common/events.rs"]
mod events;

use libfuzzer_sys::fuzz_target;
use rfalco_engine::output::OutputFormat;
use rfalco_fields::evt::EventContext;
use rfalco_fields::format::Format;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let sysdig = Format::parse(text).ok();
    let falco = OutputFormat::parse(text).ok();
    if sysdig.is_none() && falco.is_none() {
        return;
    }
    let fx = events::fixture();
    let mut out = String::new();
    let mut json = serde_json::Map::new();
    for (num, ev) in fx.events().enumerate() {
        let ctx = EventContext {
            num: num as u64 + 1,
            ev: &ev,
            state: &fx.state,
        };
        if let Some(f) = &sysdig {
            out.clear();
            let _ = f.prints_all_events();
            let _ = f.render(&ctx, &mut out);
        }
        if let Some(f) = &falco {
            out.clear();
            json.clear();
            f.render(&ctx, &mut out, Some(&mut json));
            let _ = serde_json::Value::Object(std::mem::take(&mut json)).to_string();
        }
    }
});
