//! Helpers shared by the command-line tests: the shared captures, and the sensor replaying
//! them (from a file or through a FIFO).
#![allow(dead_code)]

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread::JoinHandle;

/// The shared test data directory (beside the repository).
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// The 0.23.2 triggers capture: plain, with many openat events.
pub fn triggers() -> PathBuf {
    shared().join("captures/vm/vm_kmod0.23.2_triggers.scap")
}

/// A rule named `name` that alerts on every openat.
pub fn openat_rule(name: &str) -> String {
    format!(
        "- rule: {name}\n  desc: every openat\n  condition: evt.type = openat\n  output: \"{name} %fd.name\"\n  priority: WARNING\n"
    )
}

/// What the text line of an alert of [`openat_rule`] `name` contains.
pub fn warning(name: &str) -> String {
    format!(": Warning {name} ")
}

/// How a FIFO test starts: a temporary directory with `rules.yaml` holding [`openat_rule`]
/// `rule_a`, that file's path, and the bytes of the [`triggers`] capture.
pub fn fifo_case() -> (tempfile::TempDir, PathBuf, Vec<u8>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let rules = dir.path().join("rules.yaml");
    std::fs::write(&rules, openat_rule("rule_a")).expect("write rules");
    let bytes = std::fs::read(triggers()).expect("read capture");
    (dir, rules, bytes)
}

/// The sensor replaying `capture` with the rules file `rules`.
pub fn replay(rules: &Path, capture: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rfalco"));
    c.arg("-r")
        .arg(rules)
        .args(["-o", "engine.kind=replay", "-o"])
        .arg(format!("engine.replay.capture_file={}", capture.display()));
    c
}

/// Starts the sensor with `rules` and `args` on a new FIFO in `dir` (stdout and stderr piped)
/// and opens the FIFO for writing: the capture's bytes go to the returned file.
pub fn replay_fifo(dir: &Path, rules: &Path, args: &[&str]) -> (File, Child) {
    let fifo = dir.join("capture.fifo");
    let st = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(st.success(), "mkfifo {}", fifo.display());
    let child = replay(rules, &fifo)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the sensor");
    let writer = std::fs::OpenOptions::new()
        .write(true)
        .open(&fifo)
        .expect("open the FIFO");
    (writer, child)
}

/// The lines of `r` as they come, from a thread (joined once `r` ends).
pub fn lines_of(r: impl Read + Send + 'static) -> (Receiver<String>, JoinHandle<()>) {
    let (tx, rx) = mpsc::channel();
    let t = std::thread::spawn(move || {
        for line in BufReader::new(r).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    (rx, t)
}

/// Every capture of ../shared/captures (falco, libs, vm), sorted.
pub fn captures() -> Vec<PathBuf> {
    let mut v = Vec::new();
    for dir in ["falco", "libs", "vm"] {
        let d = shared().join("captures").join(dir);
        for e in std::fs::read_dir(&d).expect("captures folder") {
            let p = e.expect("entry").path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".scap") || name.ends_with(".scap.gz") {
                v.push(p);
            }
        }
    }
    v.sort();
    v
}

/// The sensor replaying `capture` with Falco's three rule files as Falco 0.44.1 ran them, JSON
/// alerts, every matching rule.
pub fn three_files_replay(capture: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rfalco"));
    c.env("FALCO_HOSTNAME", "vm");
    for f in [
        "falco_rules-5.1.0.nocontainer.yaml",
        "falco-incubating_rules-5.0.1.nocontainer.yaml",
        "falco-sandbox_rules-5.0.1.nocontainer.yaml",
    ] {
        c.arg("-r")
            .arg(shared().join("golden/falco-0.44.1/rules").join(f));
    }
    c.args(["-o", "engine.kind=replay", "-o"])
        .arg(format!("engine.replay.capture_file={}", capture.display()))
        .args(["-o", "json_output=true", "-o", "rule_matching=all"]);
    c
}

/// Runs the command to its end; it must succeed. Its stdout and stderr.
pub fn run(c: &mut Command) -> (String, String) {
    let out = c.output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status);
    (String::from_utf8(out.stdout).expect("utf-8"), stderr)
}
