//! `--read-ahead`: a replay that reads the capture on a thread of its own prints exactly what
//! a replay read by the evaluating thread prints (alerts, their order, the per-rule summary),
//! for every capture of ../shared/captures (plain files read in place, gzip ones copied out of
//! the stream), with one shard and with two; `-v` says which way it reads.

mod common;

use common::{captures, run, three_files_replay, triggers};

#[test]
fn reading_ahead_gives_what_reading_inline_gives() {
    let mut alerts = 0;
    let mut files = 0;
    for cap in captures() {
        let (inline, _) = run(three_files_replay(&cap).args(["--read-ahead", "off"]));
        alerts += inline.lines().filter(|l| l.starts_with('{')).count();
        files += 1;
        for shards in ["1", "2"] {
            let (ahead, _) =
                run(three_files_replay(&cap).args(["--read-ahead", "on", "--shards", shards]));
            assert_eq!(inline, ahead, "{}: {shards} shard(s)", cap.display());
        }
    }
    assert!(files >= 15, "{files} captures");
    assert!(alerts > 30, "the captures raise alerts: {alerts}");
}

#[test]
fn verbose_says_who_reads_the_capture() {
    let cap = triggers();
    for (how, said) in [
        ("on", "reading the capture on a thread of its own"),
        ("off", "reading the capture on the evaluating thread"),
    ] {
        let (_, stderr) = run(three_files_replay(&cap).args(["--read-ahead", how, "-v"]));
        assert!(stderr.contains(said), "--read-ahead {how}: {stderr}");
    }
    // `auto` reads ahead when two CPUs may be used, and only then.
    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    let (_, stderr) = run(three_files_replay(&cap).arg("-v"));
    let ahead = stderr.contains("reading the capture on a thread of its own");
    assert_eq!(ahead, cpus >= 2, "{cpus} CPUs: {stderr}");
}
