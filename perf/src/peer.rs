//! Timing shared by the benchmarks: medians, and the peer run (`sysdig -r FILE -q`) every
//! replay benchmark puts beside its own figure.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Median of `v` (which holds at least one time).
pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Median wall time of `runs` runs of `sysdig -r capture -q`. `None`, with the reason printed,
/// when sysdig cannot be run or fails: there is then no comparison.
pub fn sysdig_quiet(sysdig: &str, capture: &Path, runs: usize) -> Option<Duration> {
    let mut times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let status = match Command::new(sysdig)
            .arg("-r")
            .arg(capture)
            .arg("-q")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
        {
            Ok(s) => s,
            Err(e) => {
                println!("sysdig: not run ({e}); install it with `apt-get install sysdig`");
                return None;
            }
        };
        times.push(t.elapsed());
        if !status.success() {
            println!("sysdig -q: exited with {status}; no comparison");
            return None;
        }
    }
    Some(median(times))
}
