//! The lines the replay benchmarks print for alternated runs: ours, sysdig's, the ratio.

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
