//! The lines the replay benchmarks print for alternated runs: ours, sysdig's, the ratio.

use rfalco_perf::summary::Row;

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

/// sysdig 0.41.4 `-q` on the bulk capture on this machine, M events/s (issues 2 and 4; 0.41.4
/// cannot be installed here, so it is a recorded figure).
pub const SYSDIG_0414_MEVS: f64 = 5.2;

/// The summary row of a replay measured beside sysdig: rfalco's events per second, sysdig's in
/// the same run, and the target of three times sysdig 0.41.4's recorded rate (`issue` names it).
pub fn row_3x_sysdig(bench: &str, what: &str, events: u64, m: &Paired, issue: &str) -> Row {
    let mevs = |t: std::time::Duration| events as f64 / t.as_secs_f64() / 1e6;
    let ours = mevs(m.ours);
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
            ">= 3x sysdig 0.41.4's recorded {SYSDIG_0414_MEVS} M ev/s = {:.1} M ev/s ({issue})",
            3.0 * SYSDIG_0414_MEVS
        ),
        Some(ours >= 3.0 * SYSDIG_0414_MEVS),
    )
}
