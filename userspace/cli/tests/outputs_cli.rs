//! The sensor's alert outputs seen from outside: the output queue that keeps a stuck sink
//! from stalling evaluation, http_output against a local server, the webserver, the metrics
//! and the alert additions (`append_output`, `static_fields`).

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn triggers() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/captures/vm/vm_kmod0.23.2_triggers.scap")
}

/// The sensor replaying the triggers capture with the built-in rules, stdout off unless a
/// test turns it on.
fn replay() -> Command {
    let mut c = Command::cargo_bin("rfalco").expect("binary");
    c.env("FALCO_HOSTNAME", "vm")
        .arg("-o")
        .arg("engine.kind=replay")
        .arg("-o")
        .arg(format!(
            "engine.replay.capture_file={}",
            triggers().display()
        ));
    c
}

fn opts(c: &mut Command, options: &[&str]) {
    for o in options {
        c.arg("-o").arg(o);
    }
}

struct Ran {
    stdout: String,
    stderr: String,
    took: Duration,
}

fn run_ok(c: &mut Command) -> Ran {
    let t = Instant::now();
    let out = c.output().expect("runs");
    let took = t.elapsed();
    let r = Ran {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        took,
    };
    assert!(
        out.status.success(),
        "exit {:?}\nstderr: {}",
        out.status,
        r.stderr
    );
    r
}

#[test]
fn a_program_output_that_never_reads_does_not_stall_the_replay() {
    // One process per alert that neither reads nor ends: the output thread is stuck in the
    // first alert, the one-slot queue fills, the rest are dropped and counted; the replay
    // ends, waits output_timeout for the stuck sink, and prints the full summary.
    let mut c = replay();
    opts(
        &mut c,
        &[
            "stdout_output.enabled=false",
            "program_output.enabled=true",
            "program_output.keep_alive=false",
            "program_output.program=exec sleep 30 >/dev/null 2>&1",
            "outputs_queue.capacity=1",
            "output_timeout=500",
        ],
    );
    let r = run_ok(&mut c);
    assert!(r.took < Duration::from_secs(10), "took {:?}", r.took);
    assert!(r.stdout.contains("Events detected: 10\n"), "{}", r.stdout);
    let dropped = r
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("rfalco: warning: outputs queue full: "))
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or_else(|| panic!("no drop report: {}", r.stderr));
    assert!((7..=9).contains(&dropped), "{dropped}: {}", r.stderr);
    assert!(
        r.stderr.contains("did not finish within output_timeout"),
        "{}",
        r.stderr
    );
}

#[test]
fn stdout_alerts_come_before_the_summary() {
    let mut c = replay();
    let r = run_ok(&mut c);
    let alerts = r
        .stdout
        .lines()
        .filter(|l| l.contains(": Error ") || l.contains(": Warning ") || l.contains(": Notice "))
        .count();
    assert_eq!(alerts, 10, "{}", r.stdout);
    let summary = r.stdout.find("Events detected: 10").expect("summary");
    let last_alert = r
        .stdout
        .rfind(": Notice ")
        .max(r.stdout.rfind(": Error "))
        .expect("alerts");
    assert!(last_alert < summary);
    assert!(!r.stderr.contains("dropped"), "{}", r.stderr);
}
