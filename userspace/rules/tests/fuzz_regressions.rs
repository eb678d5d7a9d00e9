//! Inputs the `rules_loader` fuzz target found, kept as they were found (`fuzz/`,
//! docs/fuzzing.md).

use std::time::{Duration, Instant};

/// A 6 KiB rules file (pieces of Falco's rules shuffled by the fuzzer) whose flow-list closing
/// lines never become acceptable: the loader re-indented them one space and one full parse at a
/// time, up to 10,000 parses, and took seconds to report the YAML error.
#[test]
fn fuzz_rules_loader_reindent_retries() {
    let text = include_str!("data/fuzz_rules_loader_reindent_retries.yaml");
    let start = Instant::now();
    let parsed = rfalco_rules::yaml::parse_documents(text);
    let _ = rfalco_rules::validate([("fuzz.yaml", text)]);
    let took = start.elapsed();
    assert!(parsed.is_err(), "the text is not YAML");
    assert!(
        took < Duration::from_secs(2),
        "parsing and validating 6 KiB took {took:?}"
    );
}
