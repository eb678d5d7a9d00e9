//! `--shards N`: the rules evaluated on N threads give exactly the alerts of one thread, in the
//! same order, for every capture of ../shared/captures with Falco's three rule files; `--stats`
//! and SIGHUP reloads work with shards.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::{
    captures, fifo_case, lines_of, openat_rule, replay, replay_fifo, run, shared,
    three_files_replay, triggers, warning,
};

fn sensor(capture: &Path, shards: u32) -> Command {
    let mut c = three_files_replay(capture);
    c.arg("--shards").arg(shards.to_string());
    c
}

#[test]
fn n_shards_give_the_alerts_of_one_in_the_same_order() {
    let mut alerts = 0;
    let mut files = 0;
    for cap in captures() {
        let (one, _) = run(&mut sensor(&cap, 1));
        alerts += one.lines().filter(|l| l.starts_with('{')).count();
        files += 1;
        for n in [2, 3] {
            let (many, stderr) = run(&mut sensor(&cap, n));
            assert!(
                stderr.contains(&format!("evaluating the rules on {n} shards")),
                "{stderr}"
            );
            // Alerts, then the per-rule summary: all of stdout is the same.
            assert_eq!(one, many, "{}: {n} shards", cap.display());
        }
    }
    assert!(files >= 15, "{files} captures");
    assert!(alerts > 30, "the captures raise alerts: {alerts}");
}

#[test]
fn stats_and_verbose_cover_the_shards() {
    let cap = shared().join("captures/vm/vm_kmod0.23.2_triggers.scap");
    let (_, stderr) = run(sensor(&cap, 2).arg("--stats").arg("-v"));
    for stage in ["read (decode)", "state update", "rules + alerts"] {
        assert!(stderr.contains(stage), "{stage} missing: {stderr}");
    }
    assert!(stderr.contains("rfalco: state: Stats {"), "{stderr}");
    assert!(stderr.contains("Events processed: "), "{stderr}");
}

#[test]
fn shards_bounds_are_checked() {
    let cap = shared().join("captures/falco/cat_write.scap");
    for bad in ["0", "257", "two"] {
        let out = Command::new(env!("CARGO_BIN_EXE_rfalco"))
            .args(["-o", "engine.kind=replay", "-o"])
            .arg(format!("engine.replay.capture_file={}", cap.display()))
            .args(["--shards", bad])
            .output()
            .expect("runs");
        assert!(!out.status.success(), "--shards {bad} accepted");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("--shards"), "{stderr}");
    }
}

/// The alerts of the events a pipe's writer has sent go out while the sensor waits for more,
/// not with the next full batch or at the end.
#[test]
fn alerts_of_a_pipe_are_not_held_while_its_writer_is_idle() {
    let (dir, rules, bytes) = fifo_case();
    let half = bytes.len() / 2;
    // The reference: one thread on a file holding only the first half (the cut block at its
    // end is an error, after the alerts of every whole event before it).
    let first = dir.path().join("first-half.scap");
    std::fs::write(&first, &bytes[..half]).expect("write the first half");
    let reference = replay(&rules, &first).output().expect("runs");
    let want = String::from_utf8_lossy(&reference.stdout)
        .matches(&warning("rule_a"))
        .count();
    assert!(want > 0, "the first half has openat events");

    let (mut writer, mut child) = replay_fifo(dir.path(), &rules, &["--shards", "2"]);
    let (rx, out_reader) = lines_of(child.stdout.take().expect("stdout"));
    writer.write_all(&bytes[..half]).expect("first half");
    let mut seen = 0;
    while seen < want {
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| {
                panic!("{seen} of the first half's {want} alerts while the writer waits")
            });
        seen += usize::from(line.contains(&warning("rule_a")));
    }
    writer.write_all(&bytes[half..]).expect("second half");
    drop(writer);
    let status = child.wait().expect("wait");
    out_reader.join().expect("stdout reader");
    seen += rx
        .try_iter()
        .filter(|l| l.contains(&warning("rule_a")))
        .count();
    let (full, _) = run(&mut replay(&rules, &triggers()));
    assert!(status.success());
    assert_eq!(seen, full.matches(&warning("rule_a")).count());
}

#[test]
fn sighup_swaps_the_rules_of_every_shard() {
    let (dir, rules, bytes) = fifo_case();
    let (mut writer, mut child) = replay_fifo(dir.path(), &rules, &["--shards", "2"]);
    let (rx, err_reader) = lines_of(child.stderr.take().expect("stderr"));
    let half = bytes.len() / 2;
    writer.write_all(&bytes[..half]).expect("first half");
    // The shards start once the capture's header and metadata are read; the first half's
    // events are then read within moments (the reader waits on the FIFO for the rest).
    let mut lines = Vec::new();
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the shards' start line");
        let started = line.contains("evaluating the rules on 2 shards");
        lines.push(line);
        if started {
            break;
        }
    }
    std::thread::sleep(Duration::from_secs(2));
    std::fs::write(&rules, openat_rule("rule_b")).expect("rewrite rules");
    assert!(
        Command::new("kill")
            .args(["-HUP", &child.id().to_string()])
            .status()
            .expect("kill")
            .success()
    );
    writer.write_all(&bytes[half..]).expect("second half");
    drop(writer);
    let out = child.wait_with_output().expect("wait");
    err_reader.join().expect("stderr reader");
    lines.extend(rx.try_iter());
    let stderr = lines.join("\n");
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("configuration and rules reloaded"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let a = stdout.matches(&warning("rule_a")).count();
    let b = stdout.matches(&warning("rule_b")).count();
    // The reference: the whole capture with one rule and one thread.
    let (full, _) = run(&mut replay(&rules, &triggers()));
    let want = full.matches(&warning("rule_b")).count();
    assert!(a >= 1 && b >= 1, "rule_a {a}, rule_b {b} alerts");
    assert_eq!(a + b, want, "every openat alerts once: {stdout}");
    let first_b = stdout.find(&warning("rule_b")).expect("a rule_b alert");
    assert!(
        !stdout[first_b..].contains(&warning("rule_a")),
        "no rule_a alert after the reload"
    );
}
