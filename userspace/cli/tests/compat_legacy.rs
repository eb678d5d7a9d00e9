//! Falco's own legacy black-box tests (../shared/compat/falco-legacy), run against `rfalco`
//! by their harness (`run_legacy.py`), compared test by test with real Falco 0.44.1's results:
//! every test Falco passes passes; the tests Falco fails because they expect the old
//! enter+exit detection counts give Falco's counts; of the two Falco fails for want of its
//! container plugin (rfalco has the fields built in), one passes and the other loads and runs
//! but counts as Falco 0.44 does (4 opens, not the 8 enter+exit events it asserts), so it
//! fails on that count alone: 80 of 89.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn legacy_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/compat/falco-legacy")
}

/// The test real Falco fails only because its plugin-provided container fields are missing.
const CONTAINER_TEST: &str = "TestFalco_Legacy_BuiltinRulesNoWarnings";
/// Needs the container fields too, and asserts the pre-0.44 enter+exit count of 8.
const CONTAINER_AND_COUNT_TEST: &str = "TestFalco_Legacy_RuleNamesWithRegexChars";

fn by_test(v: &Value) -> BTreeMap<String, Value> {
    v.as_array()
        .expect("a list of results")
        .iter()
        .map(|t| (t["test"].as_str().unwrap_or("").to_owned(), t.clone()))
        .collect()
}

#[test]
fn falco_legacy_tests_behave_as_falco_0_44_1() {
    let dir = legacy_dir();
    let out = tempfile::NamedTempFile::new().expect("temp file");
    // Some configurations name output files relative to the working directory: run the
    // harness in a scratch one so nothing lands in the source tree.
    let work = tempfile::tempdir().expect("scratch directory");
    let run = Command::new("python3")
        .current_dir(work.path())
        .arg(dir.join("run_legacy.py"))
        .arg("--falco")
        .arg(env!("CARGO_BIN_EXE_rfalco"))
        .arg("--json")
        .arg(out.path())
        .output()
        .expect("python3 runs the harness");
    let log = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "harness failed:\n{log}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let ours = by_test(
        &serde_json::from_str(&std::fs::read_to_string(out.path()).expect("results"))
            .expect("results json"),
    );
    let falco = by_test(
        &serde_json::from_str(
            &std::fs::read_to_string(dir.join("falco-0.44.1_legacy.json")).expect("falco results"),
        )
        .expect("falco json"),
    );
    assert_eq!(ours.len(), falco.len(), "{log}");
    let mut problems = Vec::new();
    let mut passed = 0;
    for (name, f) in &falco {
        let o = &ours[name];
        let (fs, os) = (f["status"].as_str(), o["status"].as_str());
        passed += usize::from(os == Some("PASS"));
        let ok = if name == CONTAINER_TEST || fs == Some("PASS") {
            os == Some("PASS")
        } else if name == CONTAINER_AND_COUNT_TEST {
            o["rc"] == 0
                && o["detections"] == serde_json::json!({"Open From Cat ($\\.*+?()[]{}|^)": 4})
        } else {
            // Falco fails these: the same detections and exit status as Falco's.
            o["detections"] == f["detections"] && o["rc"] == f["rc"]
        };
        if !ok {
            problems.push(format!(
                "{name}: ours {os:?} rc={} detections={} checks={}; falco {fs:?} rc={} detections={}\n  stderr: {}",
                o["rc"], o["detections"], o["checks"], f["rc"], f["detections"], o["stderr_tail"]
            ));
        }
    }
    assert!(problems.is_empty(), "{}\n\n{log}", problems.join("\n"));
    assert_eq!(passed, 80, "{log}");
}
