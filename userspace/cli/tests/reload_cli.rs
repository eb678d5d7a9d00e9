//! SIGHUP during a replay: the rules file is read again and swapped in between two events, and
//! the replay goes on where it was: no event is lost or evaluated twice.
//!
//! The capture reaches the sensor through a FIFO in two halves, so the signal lands at a known
//! point: after the first half's alerts came out, before the second half is written.

mod common;

use std::io::Write;
use std::process::Command;
use std::time::Duration;

use common::{fifo_case, lines_of, openat_rule, replay, replay_fifo, triggers, warning};

fn count(lines: &[String], name: &str) -> usize {
    let tag = warning(name);
    lines.iter().filter(|l| l.contains(&tag)).count()
}

#[test]
fn sighup_swaps_the_rules_in_mid_replay() {
    let (dir, rules, bytes) = fifo_case();

    // Reference: the whole capture with rule_a alone.
    let full = replay(&rules, &triggers()).output().expect("run");
    assert!(
        full.status.success(),
        "{}",
        String::from_utf8_lossy(&full.stderr)
    );
    let full: Vec<String> = String::from_utf8_lossy(&full.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    let want = count(&full, "rule_a");
    assert!(
        want > 2,
        "the capture should raise several alerts, got {want}"
    );

    let (mut writer, mut child) = replay_fifo(dir.path(), &rules, &[]);
    let (rx, reader) = lines_of(child.stdout.take().expect("stdout"));
    let half = bytes.len() / 2;
    writer.write_all(&bytes[..half]).expect("first half");

    // Wait for the first half's first alert, then change the rules and signal.
    let mut lines = Vec::new();
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("an alert from the first half");
        let first = line.contains(&warning("rule_a"));
        lines.push(line);
        if first {
            break;
        }
    }
    std::fs::write(&rules, openat_rule("rule_b")).expect("rewrite rules");
    let st = Command::new("kill")
        .args(["-HUP", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(st.success());
    writer.write_all(&bytes[half..]).expect("second half");
    drop(writer);

    let status = child.wait().expect("wait");
    reader.join().expect("reader");
    lines.extend(rx.try_iter());
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr)
        .expect("stderr");
    assert!(status.success(), "{stderr}");
    assert!(
        stderr.contains("rfalco: SIGHUP: configuration and rules reloaded"),
        "{stderr}"
    );
    let (a, b) = (count(&lines, "rule_a"), count(&lines, "rule_b"));
    assert!(a >= 1 && b >= 1, "rule_a {a}, rule_b {b} alerts");
    assert_eq!(
        a + b,
        want,
        "every openat alerts once, by one rule or the other"
    );
    let first_b = lines
        .iter()
        .position(|l| l.contains(&warning("rule_b")))
        .expect("a rule_b alert");
    assert!(
        lines[first_b..]
            .iter()
            .all(|l| !l.contains(&warning("rule_a"))),
        "no rule_a alert after the reload"
    );
}
