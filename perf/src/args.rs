//! The options every replay benchmark takes, and the uncompressed capture they all time.

use std::path::PathBuf;

use anyhow::{Context, bail};

/// Capture, runs, cache folder and peer binary.
#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// Capture to replay (plain or gzip; gzip is decompressed to a cache file first).
    #[arg(default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/captures/vm/vm_kmod0.23.2_bulk.scap.gz"))]
    pub capture: PathBuf,
    /// Runs per measurement (the median is reported).
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
    /// Where the uncompressed copy goes.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/perf-cache"))]
    pub cache: PathBuf,
    /// The peer binary.
    #[arg(long, default_value = "sysdig")]
    pub sysdig: String,
}

impl BenchArgs {
    /// Checks the options and returns the uncompressed copy of the capture to time.
    pub fn plain_capture(&self) -> anyhow::Result<PathBuf> {
        if self.runs == 0 {
            bail!("--runs must be at least 1");
        }
        crate::plain::plain_copy(&self.capture, &self.cache)
            .with_context(|| format!("preparing {}", self.capture.display()))
    }
}
