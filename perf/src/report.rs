//! The lines the replay benchmarks print for alternated runs: ours, sysdig's, the ratio.

use rfalco_perf::summary::{Row, SYSDIG_0414_MEVS};

use crate::peer::Paired;

/// Prints `events` replayed by `what` (e.g. "rfalco decode") beside sysdig's alternated runs.
pub fn print_paired(what: &str, events: u64, m: &Paired, runs: usize) {
    let ours = format!("{what}:");
    let theirs = "sysdig -r -q:";
    let w = ours.len().max(theirs.len());
    let mevs = |t: std::time::Duration| events as f64 / t.as_secs_f64() / 1e6;
    println!(
        "{ours:<w$} {events} events, median {:.1} ms, {:.2} M ev/s",
        m.ours.as_secs_f64() * 1e3,
        mevs(m.ours)
    );
    if let (Some(peer), Some(ratio)) = (m.peer, m.ratio) {
        println!(
            "{theirs:<w$} median {:.1} ms, {:.2} M ev/s (same event count)",
            peer.as_secs_f64() * 1e3,
            mevs(peer)
        );
        println!("ratio rfalco/sysdig: {ratio:.2}x (median of {runs} alternated pairs)");
    }
}

/// The summary row of a replay measured beside sysdig: rfalco's events per second, sysdig's in
/// the same run, and the target of three times sysdig (`issue` names it), judged on the ratio
/// of the alternated pairs. The recorded figure of sysdig 0.41.4 times three is given beside
/// it: an absolute rate moves with the machine's phase, which the same-run ratio cancels out.
pub fn row_3x_sysdig(bench: &str, what: &str, events: u64, m: &Paired, issue: &str) -> Row {
    let mevs = |t: std::time::Duration| events as f64 / t.as_secs_f64() / 1e6;
    let ours = mevs(m.ours);
    let absolute = 3.0 * SYSDIG_0414_MEVS;
    Row::new(
        bench,
        what,
        format!("{ours:.2} M ev/s"),
        m.peer.map_or_else(
            || "-".to_owned(),
            |p| format!("sysdig 0.29.3 -q {:.2} M ev/s", mevs(p)),
        ),
        m.ratio,
        &format!(
            ">= 3x sysdig -q in the same run ({issue}); 3x sysdig 0.41.4's recorded \
             {SYSDIG_0414_MEVS} M ev/s = {absolute:.1} M ev/s: {}",
            if ours >= absolute {
                "reached"
            } else {
                "not reached"
            }
        ),
        m.ratio.map(|r| r >= 3.0),
    )
}
