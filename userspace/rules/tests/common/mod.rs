//! Helpers shared by the integration tests: where the shared rule files are.
#![allow(dead_code)]

use std::path::PathBuf;

/// The shared test data directory (beside the repository).
pub fn shared() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"))
}

/// Reads a shared file, failing the test with a clear message when the data is missing.
pub fn read(rel: &str) -> String {
    let p = shared().join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| {
        panic!(
            "test data missing: {} ({e}; clone ../shared beside the repository)",
            p.display()
        )
    })
}

/// The three stock rule files, in Falco's load order.
pub const STOCK: [&str; 3] = [
    "falco_rules-5.1.0.yaml",
    "falco-incubating_rules-5.0.1.yaml",
    "falco-sandbox_rules-5.0.1.yaml",
];
