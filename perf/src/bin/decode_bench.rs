//! Decode throughput of the capture reader against `sysdig -r FILE -q` on the same file.
//!
//! Both read an uncompressed copy of the capture (made once, next to the build), each run in
//! the same process invocation so the ratio compares like with like on this machine. Events per
//! second use rfalco's event count for both tools (sysdig -q prints none); the ratio of wall
//! times is the number that matters.
//!
//! When the capture given is gzip, both tools then read it as it is, inflating included (the
//! reader streams it through `flate2` with the zlib-rs backend, sysdig through zlib).
#![forbid(unsafe_code)]

use std::path::Path;
use std::time::Instant;

#[path = "../args.rs"]
mod args;
#[path = "../peer.rs"]
mod peer;
#[path = "../plain.rs"]
mod plain;
#[path = "../report.rs"]
mod report;
use args::BenchArgs;
use clap::Parser;
use scap_format::CaptureReader;

#[derive(Debug, Parser)]
#[command(about = "Decode throughput of the capture reader against sysdig -r FILE -q")]
struct Args {
    #[command(flatten)]
    bench: BenchArgs,
}

/// Reads every event and touches its header and parameters, as a consumer would.
fn decode(path: &Path) -> anyhow::Result<(u64, u64)> {
    let mut r = CaptureReader::open(path)?;
    let (mut n, mut check) = (0u64, 0u64);
    r.for_each_event(|ev| {
        n += 1;
        check = check
            .wrapping_add(ev.ts() ^ ev.tid())
            .wrapping_add(ev.nparams() as u64);
        if let Some(p) = ev.param(0) {
            check = check.wrapping_add(p.len() as u64);
        }
        std::ops::ControlFlow::<()>::Continue(())
    })?;
    Ok((n, check))
}

/// `decode(path)` timed in alternation with `sysdig -r path -q`; returns the event count too.
fn decode_beside_sysdig(bench: &BenchArgs, path: &Path) -> anyhow::Result<(u64, peer::Paired)> {
    let mut events = 0;
    let m = peer::paired(bench.runs, &bench.sysdig, path, || {
        let t = Instant::now();
        let (n, check) = decode(path)?;
        let took = t.elapsed();
        events = n;
        std::hint::black_box(check);
        Ok(took)
    })?;
    Ok((events, m))
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let plain = args.bench.plain_capture()?;
    let size = std::fs::metadata(&plain)?.len();
    println!(
        "capture: {} ({:.1} MB uncompressed)",
        plain.display(),
        size as f64 / 1e6
    );

    let (events, m) = decode_beside_sysdig(&args.bench, &plain)?;
    report::print_paired("rfalco decode", events, &m, args.bench.runs);
    let row = report::row_3x_sysdig(
        "decode-bench",
        "decode, bulk capture",
        events,
        &m,
        "issue 2",
    );
    let mut rows = vec![row];
    if plain != args.bench.capture {
        let gz = &args.bench.capture;
        println!("gzip capture as given: {}", gz.display());
        let (events, m) = decode_beside_sysdig(&args.bench, gz)?;
        report::print_paired("rfalco decode, gzip", events, &m, args.bench.runs);
        let mevs = |t: std::time::Duration| events as f64 / t.as_secs_f64() / 1e6;
        rows.push(rfalco_perf::summary::Row::new(
            "decode-bench",
            "decode, bulk capture read as gzip (inflating included)",
            format!("{:.2} M ev/s", mevs(m.ours)),
            m.peer.map_or_else(
                || "-".to_owned(),
                |p| format!("sysdig 0.29.3 -q on the gzip file {:.2} M ev/s", mevs(p)),
            ),
            m.ratio,
            "",
            None,
        ));
    }
    rfalco_perf::summary::add(&args.bench.cache, &rows)?;
    Ok(())
}
