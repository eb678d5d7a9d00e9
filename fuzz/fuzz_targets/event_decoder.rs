//! One event's bytes, as a ring or a capture hands them over: validating them must give a view
//! or a typed error, and every accessor, every parameter's typed value and text, and every
//! field `capture print -p` and rule outputs can show must then work without panicking.
#![no_main]

#[path = "common/fields.rs"]
mod fields;

use fields::fields;
use libfuzzer_sys::fuzz_target;
use rfalco_fields::evt::EventContext;
use rfalco_state::State;
use scap_format::EventRef;
use scap_format::display::{self, CaptureVisibility, NoFdNames, Options};

fn decode(ev: &EventRef<'_>) {
    let _ = (ev.header(), ev.ts(), ev.tid(), ev.cpu(), ev.dump_flags());
    let _ = (ev.info(), ev.name(), ev.is_enter(), ev.as_bytes().len());
    for i in 0..=ev.nparams() {
        let _ = ev.param(i);
        if let Some(info) = ev.param_info(i) {
            let _ = ev.param_index(info.name);
        }
        if let Ok(v) = ev.value(i) {
            let _ = format!("{v:?}");
            let _ = (v.as_i64(), v.as_u64(), v.as_bytes());
        }
    }
    let _ = ev.params().count();
    let mut s = String::new();
    display::write_args_with(ev, &NoFdNames, Options::SYSDIG, &mut s);
    display::write_args_with(ev, &NoFdNames, Options::FULL, &mut s);
    for i in 0..=ev.nparams() {
        display::write_param(ev, i, &NoFdNames, &mut s);
        display::write_arg(ev, i, &NoFdNames, Options::FULL, &mut s);
    }
    display::write_type(ev, &mut s);
    let _ = (display::dir_char(ev), display::raw_res(ev));
    let _ = display::hidden_by_sinsp(ev);
    let _ = CaptureVisibility::new().shows(ev);

    // As `capture print` does: the event updates the state, then every field is rendered
    // against both.
    let mut state = State::new();
    state.update(ev);
    let ctx = EventContext {
        num: 1,
        ev,
        state: &state,
    };
    for f in fields() {
        s.clear();
        let _ = f.write(&ctx, &mut s);
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(ev) = EventRef::parse(data) else {
        return;
    };
    decode(&ev);
});
