//! How the sensor's cost grows with work and with the state it keeps: a synthetic capture of
//! more than ten million events (the bulk VM capture replayed ten times with its ids moved and
//! its timestamps shifted, see `perf/src/synth.rs`), with 10,000 and with 100,000 threads in its
//! process list, replayed by the whole `rfalco -r RULES -o engine.kind=replay` command beside
//! `sysdig -r FILE -q` (runs alternate; the ratio is the median of the pairs' ratios).
//!
//! For each size: events per second of the whole command, and its peak anonymous resident
//! memory (the largest `RssAnon` of /proc/PID/status, read every 2 ms while it runs: the state,
//! the rules and the buffers; the mapped capture is file-backed and left out, `VmHWM` counts
//! it and is printed too).
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use rfalco_perf::summary::Row;

#[path = "../args.rs"]
mod args;
#[path = "../peer.rs"]
mod peer;
#[path = "../plain.rs"]
mod plain;
#[path = "../synth.rs"]
mod synth;
use args::BenchArgs;

#[derive(Debug, Parser)]
#[command(
    about = "rfalco on synthetic captures of growing work and state, beside sysdig -r FILE -q"
)]
struct Args {
    #[command(flatten)]
    bench: BenchArgs,
    /// Times the capture's events are replayed in the large captures.
    #[arg(long, default_value_t = 10)]
    copies: u64,
    /// Thread table sizes of the large captures.
    #[arg(long, value_delimiter = ',', default_value = "10000,100000")]
    threads: Vec<usize>,
    /// The rfalco binary.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/release/rfalco"))]
    rfalco: PathBuf,
    /// The rule file it runs (Falco's stable rules as Falco 0.44.1 ran them).
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/golden/falco-0.44.1/rules/falco_rules-5.1.0.nocontainer.yaml"))]
    rules: PathBuf,
}

/// `(RssAnon, VmHWM)` of a running process, in kB (`None` once it is gone).
fn memory_kib(pid: u32) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
    };
    Some((field("RssAnon:")?, field("VmHWM:")?))
}

/// One run of the whole command: its wall time, and its peak anonymous RSS and `VmHWM` in kB.
fn run_rfalco(
    rfalco: &Path,
    rules: &Path,
    capture: &Path,
) -> anyhow::Result<(Duration, (u64, u64))> {
    let t = Instant::now();
    let mut child = Command::new(rfalco)
        .arg("-r")
        .arg(rules)
        .arg("-o")
        .arg("engine.kind=replay")
        .arg("-o")
        .arg(format!("engine.replay.capture_file={}", capture.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| {
            format!(
                "running {} (build it with `cargo build --profile dist`)",
                rfalco.display()
            )
        })?;
    let mut peak = (0, 0);
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break st;
        }
        if let Some((anon, hwm)) = memory_kib(child.id()) {
            peak = (peak.0.max(anon), peak.1.max(hwm));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let took = t.elapsed();
    if !status.success() {
        bail!("{} exited with {status}", rfalco.display());
    }
    Ok((took, peak))
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let plain = args.bench.plain_capture()?;
    let mut shapes = vec![synth::Shape {
        copies: 1,
        threads: 0,
    }];
    shapes.extend(args.threads.iter().map(|&threads| synth::Shape {
        copies: args.copies,
        threads,
    }));
    println!("source: {}", plain.display());
    let mut rows = Vec::new();
    for shape in shapes {
        let made = synth::make(&plain, &args.bench.cache, shape)
            .with_context(|| format!("making the synthetic capture {shape:?}"))?;
        let mut peaks = Vec::new();
        let m = peer::paired(args.bench.runs, &args.bench.sysdig, &made.path, || {
            let (took, peak) = run_rfalco(&args.rfalco, &args.rules, &made.path)?;
            peaks.push(peak);
            Ok(took)
        })?;
        let anon = peaks.iter().map(|p| p.0).max().unwrap_or(0);
        let hwm = peaks.iter().map(|p| p.1).max().unwrap_or(0);
        let mevs = made.events as f64 / m.ours.as_secs_f64() / 1e6;
        println!(
            "{}: {} events, {} threads: rfalco {:.0} ms = {mevs:.2} M ev/s, peak anonymous RSS {:.1} MB (VmHWM {:.1} MB){}",
            made.path.display(),
            made.events,
            made.threads,
            m.ours.as_secs_f64() * 1e3,
            anon as f64 / 1024.0,
            hwm as f64 / 1024.0,
            m.peer
                .map(|p| format!(
                    "; sysdig -q {:.0} ms = {:.2} M ev/s",
                    p.as_secs_f64() * 1e3,
                    made.events as f64 / p.as_secs_f64() / 1e6
                ))
                .unwrap_or_default()
        );
        rows.push((shape, made, mevs, anon, m.ratio));
    }
    println!();
    println!(
        "| copies | events | threads in the table | rfalco | peak anonymous RSS | vs sysdig -q |"
    );
    println!("|---:|---:|---:|---:|---:|---:|");
    let mut summary = Vec::new();
    for (shape, made, mevs, anon, ratio) in rows {
        summary.push(Row::new(
            "synth-bench",
            format!(
                "replay, {:.2} M events, {} threads in the table",
                made.events as f64 / 1e6,
                made.threads
            ),
            format!(
                "{mevs:.2} M ev/s, {:.1} MB anonymous RSS",
                anon as f64 / 1024.0
            ),
            "sysdig 0.29.3 -q (same run)",
            ratio,
            "",
            None,
        ));
        println!(
            "| {} | {:.2} M | {} | {mevs:.2} M ev/s | {:.1} MB | {} |",
            shape.copies,
            made.events as f64 / 1e6,
            made.threads,
            anon as f64 / 1024.0,
            ratio.map_or_else(|| "-".into(), |r| format!("{r:.2}x")),
        );
    }
    rfalco_perf::summary::add(&args.bench.cache, &summary)?;
    Ok(())
}
