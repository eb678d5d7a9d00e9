//! Helpers shared by the integration tests: where Falco's configuration files are.
#![allow(dead_code)]

use rfalco_config::{Config, ConfigError, Loaded};
use std::path::{Path, PathBuf};

/// Falco's legacy test data (its default falco.yaml and the testing configs).
pub fn legacy() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/compat/falco-legacy"
    ))
}

/// Falco 0.44.1's own default `falco.yaml`.
pub fn falco_yaml() -> PathBuf {
    let p = legacy().join("falco.yaml");
    assert!(
        p.is_file(),
        "test data missing: {} (clone ../shared beside the repository)",
        p.display()
    );
    p
}

/// `-o` arguments from string slices.
pub fn args(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}

/// Loads overrides only (no file).
pub fn with_overrides(a: &[&str]) -> Result<Loaded, ConfigError> {
    Config::load(None, &args(a))
}

/// Writes `text` to a file in a fresh temporary folder and loads it with the overrides.
pub fn load_text(
    text: &str,
    a: &[&str],
) -> (tempfile::TempDir, PathBuf, Result<Loaded, ConfigError>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("falco.yaml");
    std::fs::write(&path, text).expect("write config");
    let res = Config::load(Some(&path), &args(a));
    (dir, path, res)
}

/// The error's message, failing the test when loading succeeded.
pub fn error_text(res: Result<Loaded, ConfigError>) -> String {
    match res {
        Ok(l) => panic!("expected an error, loaded {:?}", l.config),
        Err(e) => e.to_string(),
    }
}

/// `path` as text.
pub fn show(path: &Path) -> String {
    path.display().to_string()
}
