//! The sensor's command line as Falco users type it: replay with rule files, alerts byte for
//! byte as Falco 0.44.1 printed them, the built-in ruleset, validation, listing, selection
//! options and errors.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn golden() -> PathBuf {
    shared().join("golden/falco-0.44.1")
}

fn triggers() -> PathBuf {
    shared().join("captures/vm/vm_kmod0.23.2_triggers.scap")
}

fn rfalco() -> Command {
    let mut c = Command::cargo_bin("rfalco").expect("binary");
    c.env("FALCO_HOSTNAME", "vm");
    c
}

fn replay_args(c: &mut Command, capture: &Path) {
    c.arg("-o")
        .arg("engine.kind=replay")
        .arg("-o")
        .arg(format!("engine.replay.capture_file={}", capture.display()));
}

fn stdout_of(c: &mut Command) -> String {
    let out = c.output().expect("runs");
    assert!(
        out.status.success(),
        "exit {:?}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn json_alerts_are_byte_identical_to_falcos() {
    let mut c = rfalco();
    c.arg("-c")
        .arg(shared().join("compat/falco-legacy/falco.yaml"))
        .arg("-o")
        .arg("json_output=true")
        .arg("-o")
        .arg("json_include_output_property=true")
        .arg("-o")
        .arg("json_include_tags_property=true");
    for f in [
        "falco_rules-5.1.0.nocontainer.yaml",
        "falco-incubating_rules-5.0.1.nocontainer.yaml",
        "falco-sandbox_rules-5.0.1.nocontainer.yaml",
    ] {
        c.arg("-r").arg(golden().join("rules").join(f));
    }
    replay_args(&mut c, &triggers());
    let out = stdout_of(&mut c);
    let ours: Vec<&str> = out.lines().filter(|l| l.starts_with('{')).collect();
    let expected =
        std::fs::read_to_string(golden().join("all/vm__vm_kmod0.23.2_triggers.scap.jsonl"))
            .expect("golden");
    let expected: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(ours.len(), 16);
    assert_eq!(ours, expected);
    // Falco's closing summary follows the alerts.
    assert!(out.contains("Events detected: 16\n"), "{out}");
    assert!(out.contains("   User mgmt binaries: 7\n"), "{out}");
}

#[test]
fn text_alerts_and_priority_threshold() {
    let mut c = rfalco();
    c.arg("-r")
        .arg(golden().join("rules/falco_rules-5.1.0.nocontainer.yaml"));
    replay_args(&mut c, &triggers());
    let out = stdout_of(&mut c);
    let alerts: Vec<&str> = out.lines().filter(|l| l.contains(": Warning ")).collect();
    assert_eq!(alerts.len(), 2, "{out}");
    assert!(alerts[0].starts_with("12:45:33."), "{out}");
    // Only Critical and more severe rules: the two Warning ones are not loaded.
    let mut c = rfalco();
    c.arg("-r")
        .arg(golden().join("rules/falco_rules-5.1.0.nocontainer.yaml"))
        .arg("-o")
        .arg("priority=critical");
    replay_args(&mut c, &triggers());
    assert!(stdout_of(&mut c).contains("Events detected: 0\n"));
}

#[test]
fn the_built_in_ruleset_runs_with_no_rule_file() {
    let mut c = rfalco();
    replay_args(&mut c, &triggers());
    let out = c.output().expect("runs");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("built-in default ruleset"), "{stderr}");
    let n: usize = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Events detected: "))
        .and_then(|n| n.parse().ok())
        .expect("summary");
    assert!(n >= 8, "{stdout}");
}

#[test]
fn selection_options_disable_rules() {
    let run = |extra: &[&str]| -> String {
        let mut c = rfalco();
        c.arg("-r")
            .arg(golden().join("rules/falco_rules-5.1.0.nocontainer.yaml"));
        c.args(extra);
        replay_args(&mut c, &triggers());
        stdout_of(&mut c)
    };
    assert!(run(&[]).contains("Events detected: 2\n"));
    // -D by name substring, -T by tag, -t keeps only a tag, rules[] selections from -o.
    assert!(run(&["-D", "Symlink"]).contains("Events detected: 1\n"));
    assert!(run(&["-T", "filesystem"]).contains("Events detected: 0\n"));
    assert!(run(&["-t", "network"]).contains("Events detected: 0\n"));
    assert!(run(&["-t", "network", "-t", "filesystem"]).contains("Events detected: 2\n"));
    assert!(
        run(&[
            "-o",
            "rules[].disable.rule=*",
            "-o",
            "rules[].enable.rule=Read sensitive file untrusted"
        ])
        .contains("Events detected: 1\n")
    );
}

#[test]
fn validation_reports_errors_with_positions_and_exit_status() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.yaml");
    std::fs::write(
        &bad,
        "- rule: broken\n  desc: d\n  condition: proc.name =\n  output: o\n  priority: INFO\n",
    )
    .expect("write");
    let out = rfalco()
        .arg("-V")
        .arg(&bad)
        .arg("-o")
        .arg("json_output=true")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let err = &v["falco_load_results"][0]["errors"][0];
    assert_eq!(err["code"], "LOAD_ERR_COMPILE_CONDITION");
    assert_eq!(err["context"]["locations"][1]["item_name"], "broken");
    let out = rfalco().arg("-V").arg(&bad).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("bad.yaml: Invalid"));
    // Running with the bad file fails before any event is read.
    let mut c = rfalco();
    c.arg("-r").arg(&bad);
    replay_args(&mut c, &triggers());
    let out = c.output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("LOAD_ERR_COMPILE_CONDITION"));
}

#[test]
fn listing_and_version() {
    let out = stdout_of(
        rfalco()
            .arg("-r")
            .arg(golden().join("rules/falco_rules-5.1.0.nocontainer.yaml"))
            .arg("-L"),
    );
    assert!(out.contains("Read sensitive file untrusted"), "{out}");
    let out = stdout_of(
        rfalco()
            .arg("-r")
            .arg(golden().join("rules/falco_rules-5.1.0.nocontainer.yaml"))
            .arg("-l")
            .arg("Clear Log Activities"),
    );
    assert_eq!(out.lines().count(), 3, "{out}");
    let out = stdout_of(rfalco().arg("--list").arg("-N"));
    assert!(out.lines().any(|l| l == "proc.aname"), "{out}");
    assert!(out.lines().any(|l| l == "fd.sip"), "{out}");
    let out = stdout_of(rfalco().arg("--version"));
    assert!(out.starts_with("rfalco version: "), "{out}");
    assert!(stdout_of(rfalco().arg("--dry-run")).is_empty());
}

#[test]
fn stats_print_stage_histograms() {
    let mut c = rfalco();
    c.arg("--stats");
    replay_args(&mut c, &triggers());
    let out = c.output().expect("runs");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for stage in ["read (decode)", "state update", "rules + alerts"] {
        assert!(err.contains(stage), "{err}");
    }
}

#[test]
fn bad_options_are_clear_errors() {
    let out = rfalco()
        .arg("-o")
        .arg("priority=loud")
        .arg("--dry-run")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("priority"), "{err}");
    let out = rfalco()
        .arg("-o")
        .arg("engine.kind=replay")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("capture_file"));
    let mut c = rfalco();
    replay_args(&mut c, Path::new("/nonexistent.scap"));
    let out = c.output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent.scap"));
}

/// The `threads_dropped_full` count of the state summary `-v` prints at the end of a replay.
fn dropped_full(stderr: &str) -> u64 {
    let tail = stderr
        .split("threads_dropped_full: ")
        .nth(1)
        .unwrap_or_else(|| panic!("no state summary in: {stderr}"));
    let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().expect("a count")
}

#[test]
fn thread_table_size_bounds_the_state() {
    let run = |size: Option<&str>| {
        let mut c = rfalco();
        c.arg("-v");
        if let Some(s) = size {
            c.arg("-o").arg(format!("falco_libs.thread_table_size={s}"));
        }
        replay_args(&mut c, &triggers());
        c.output().expect("runs")
    };
    let default = run(None);
    assert!(default.status.success());
    assert_eq!(dropped_full(&String::from_utf8_lossy(&default.stderr)), 0);
    // Two threads: the capture's process list alone does not fit; the rest is counted.
    let small = run(Some("2"));
    assert!(small.status.success());
    assert!(dropped_full(&String::from_utf8_lossy(&small.stderr)) > 0);
    let zero = run(Some("0"));
    assert_eq!(zero.status.code(), Some(1));
    let err = String::from_utf8_lossy(&zero.stderr);
    assert!(err.contains("falco_libs.thread_table_size"), "{err}");
}
