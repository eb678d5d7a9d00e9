//! Timing shared by the benchmarks: medians, and the peer run (`sysdig -r FILE -q`) every
//! replay benchmark puts beside its own figure.
//!
//! Runs of ours and of the peer alternate, and the ratio reported is the median of the ratios
//! of each pair: the speed of this (virtual) machine drifts by tens of percent over seconds,
//! and a block of our runs followed by a block of sysdig's measured the drift as much as the
//! tools.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Median of `v` (which holds at least one time).
pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Median of ratios (which holds at least one).
fn median_ratio(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// What alternated runs measured.
#[derive(Debug, Clone, Copy)]
pub struct Paired {
    /// Our median time.
    pub ours: Duration,
    /// sysdig's median time; `None` when it could not run (the reason was printed).
    pub peer: Option<Duration>,
    /// Median over the pairs of sysdig's time / ours: how many times faster we are.
    pub ratio: Option<f64>,
}

/// `runs` rounds of our measurement (`ours` returns the time it measured) each followed by one
/// run of `sysdig -r capture -q`.
pub fn paired(
    runs: usize,
    sysdig: &str,
    capture: &Path,
    mut ours: impl FnMut() -> anyhow::Result<Duration>,
) -> anyhow::Result<Paired> {
    let (mut mine, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    let mut peer_ok = true;
    for _ in 0..runs.max(1) {
        let t = ours()?;
        mine.push(t);
        if !peer_ok {
            continue;
        }
        match sysdig_once(sysdig, capture) {
            Ok(p) => {
                theirs.push(p);
                ratios.push(p.as_secs_f64() / t.as_secs_f64());
            }
            Err(why) => {
                println!("{why}");
                peer_ok = false;
            }
        }
    }
    let have_peer = peer_ok && !theirs.is_empty();
    Ok(Paired {
        ours: median(mine),
        peer: have_peer.then(|| median(theirs)),
        ratio: have_peer.then(|| median_ratio(ratios)),
    })
}

/// The wall time of one `sysdig -r capture -q`, or why there is none.
fn sysdig_once(sysdig: &str, capture: &Path) -> Result<Duration, String> {
    let t = Instant::now();
    let status = Command::new(sysdig)
        .arg("-r")
        .arg(capture)
        .arg("-q")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("sysdig: not run ({e}); install it with `apt-get install sysdig`"))?;
    let took = t.elapsed();
    if !status.success() {
        return Err(format!("sysdig -q: exited with {status}; no comparison"));
    }
    Ok(took)
}
