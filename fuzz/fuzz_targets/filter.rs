//! Conditions are user input (rules, `capture print` filters): parsing and compiling arbitrary
//! text to the typed evaluation plan must not panic, and a compiled filter must evaluate on
//! real events without panicking.
#![no_main]

#[path = "common/events.rs"]
mod events;

use libfuzzer_sys::fuzz_target;
use rfalco_engine::Filter;
use rfalco_fields::evt::EventContext;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Parse, resolve field types and operators, compile to the plan.
    let Ok(mut f) = Filter::compile(text) else {
        return;
    };
    let fx = events::fixture();
    for (num, ev) in fx.events().enumerate() {
        let ctx = EventContext {
            num: num as u64 + 1,
            ev: &ev,
            state: &fx.state,
        };
        let _ = f.matches(&ctx);
    }
});
