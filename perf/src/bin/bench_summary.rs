//! The last step of `make bench`: the headline figures every benchmark of the run added to
//! `summary.tsv` in the cache folder, as one table with the machine and the time, then the file
//! is cleared so that the next run starts its own.
#![forbid(unsafe_code)]

use std::path::PathBuf;

use anyhow::bail;
use clap::Parser;
use rfalco_perf::summary;

#[derive(Debug, Parser)]
#[command(about = "Prints the figures of the benchmarks just run as one table")]
struct Args {
    /// The benchmarks' cache folder, where they added their rows.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/perf-cache"))]
    cache: PathBuf,
    /// Leave the rows in place (by default they are cleared once printed).
    #[arg(long)]
    keep: bool,
}

/// The CPU model and count, from /proc/cpuinfo (Linux), for the table's heading.
fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    format!("{cpus} CPUs ({model})")
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let path = summary::file(&args.cache);
    if !path.exists() {
        bail!(
            "{} does not exist: run the benchmarks first (`make bench`)",
            path.display()
        );
    }
    let (rows, bad) = summary::read(&args.cache)?;
    if rows.is_empty() {
        bail!(
            "{} holds no figures: run the benchmarks first (`make bench`)",
            path.display()
        );
    }
    let when = std::process::Command::new("date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map_or_else(String::new, |s| s.trim().to_owned());
    println!();
    println!("Summary of this run ({when}, {}):", machine());
    println!();
    print!("{}", summary::table(&rows));
    match bad {
        0 => {}
        1 => println!("(1 line of the summary file was not a row and was skipped)"),
        n => println!("({n} lines of the summary file were not rows and were skipped)"),
    }
    if !args.keep {
        std::fs::remove_file(&path)
            .map_err(|e| anyhow::anyhow!("clearing {}: {e}", path.display()))?;
    }
    Ok(())
}
