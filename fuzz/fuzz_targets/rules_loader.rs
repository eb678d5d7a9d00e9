//! Rule files are user input: loading and validating arbitrary text must not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = rfalco_rules::condition::parse(text);
        let _ = rfalco_rules::validate([("fuzz.yaml", text)]);
    }
});
