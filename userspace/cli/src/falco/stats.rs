//! `--stats`: HDR histograms of the time each stage of the loop takes per event (reading an
//! event, the state update, the rules with their alerts) and, live, of the delay from the
//! kernel's timestamp to the dequeue and to the end of the event's processing. Printed at exit
//! and on SIGUSR1.
//!
//! Timing every event would cost more than some stages (two clock reads per stage): one event
//! in [`SAMPLE_EVERY`] is timed, chosen by its number, so the histograms are an unbiased sample.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use hdrhistogram::Histogram;
use rfalco_engine::{CompiledRule, Counts};

/// One event in this many is timed.
pub const SAMPLE_EVERY: u64 = 64;

/// The stages, in loop order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Getting the next event from the capture or the rings.
    Read,
    /// The state engine's update.
    State,
    /// Rule evaluation and alert output.
    Rules,
    /// Live: kernel timestamp to dequeue.
    KernelToDequeue,
    /// Live: kernel timestamp to the end of the event's processing.
    KernelToDone,
}

const STAGES: [(Stage, &str); 5] = [
    (Stage::Read, "read (decode)"),
    (Stage::State, "state update"),
    (Stage::Rules, "rules + alerts"),
    (Stage::KernelToDequeue, "kernel ts -> dequeue"),
    (Stage::KernelToDone, "kernel ts -> done"),
];

/// The histograms.
#[derive(Debug)]
pub struct Stats {
    hists: Vec<Histogram<u64>>,
    usr1: Arc<AtomicBool>,
}

impl Stats {
    /// Empty histograms (1 ns to 1 hour, 3 significant digits) and the SIGUSR1 flag.
    pub fn new() -> anyhow::Result<Stats> {
        let usr1 = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(signal_hook::consts::SIGUSR1, usr1.clone())
            .context("installing the SIGUSR1 handler")?;
        let hists = STAGES
            .iter()
            .map(|_| Histogram::new_with_bounds(1, 3_600_000_000_000, 3))
            .collect::<Result<Vec<_>, _>>()
            .context("creating histograms")?;
        Ok(Stats { hists, usr1 })
    }

    /// Whether event `num` is timed.
    pub fn sampled(num: u64) -> bool {
        num % SAMPLE_EVERY == 0
    }

    /// Records `ns` for `stage` (values beyond the range are clamped).
    pub fn record(&mut self, stage: Stage, ns: u64) {
        let i = STAGES.iter().position(|(s, _)| *s == stage).unwrap_or(0);
        self.hists[i].saturating_record(ns.max(1));
    }

    /// Records the time since `since` for `stage`.
    pub fn since(&mut self, stage: Stage, since: Instant) {
        self.record(stage, since.elapsed().as_nanos() as u64);
    }

    /// Records the delay from a kernel timestamp (ns since the epoch) to now.
    pub fn since_kernel_ts(&mut self, stage: Stage, ts: u64) {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        self.record(stage, now.saturating_sub(ts));
    }

    /// Prints the histograms when SIGUSR1 arrived since the last call.
    pub fn on_signal(&self) {
        if self.usr1.swap(false, Ordering::Relaxed) {
            self.print();
        }
    }

    /// Prints one line per stage that has samples: count, percentiles, max (to stderr).
    pub fn print(&self) {
        eprintln!(
            "rfalco stats (1 event in {SAMPLE_EVERY} timed; ns): stage, samples, p50, p90, p99, p99.9, max"
        );
        for ((_, name), h) in STAGES.iter().zip(&self.hists) {
            if h.is_empty() {
                continue;
            }
            eprintln!(
                "  {name:<22} {:>9} {:>9} {:>9} {:>9} {:>9} {:>11}",
                h.len(),
                h.value_at_quantile(0.5),
                h.value_at_quantile(0.9),
                h.value_at_quantile(0.99),
                h.value_at_quantile(0.999),
                h.max()
            );
        }
    }

    /// Prints the rules whose conditions were evaluated most often, with their alert counts
    /// (to stderr): where the rule stage spends its time.
    pub fn print_rules(rules: &[CompiledRule], counts: &Counts) {
        let mut order: Vec<usize> = (0..rules.len())
            .filter(|&i| counts.evaluated_per_rule[i] > 0)
            .collect();
        order.sort_by_key(|&i| std::cmp::Reverse(counts.evaluated_per_rule[i]));
        eprintln!(
            "rfalco stats: {} conditions evaluated for {} events; most evaluated rules (evaluations, alerts):",
            counts.evaluations, counts.events
        );
        for &i in order.iter().take(TOP_RULES) {
            eprintln!(
                "  {:>11} {:>9}  {}",
                counts.evaluated_per_rule[i], counts.per_rule[i], rules[i].name
            );
        }
    }
}

/// How many rules `--stats` lists by evaluation count.
const TOP_RULES: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_and_reports_percentiles() {
        let mut s = Stats::new().expect("stats");
        for v in 1..=1000u64 {
            s.record(Stage::State, v);
        }
        let h = &s.hists[1];
        assert_eq!(h.len(), 1000);
        assert!((495..=505).contains(&h.value_at_quantile(0.5)));
        assert_eq!(h.max(), 1000);
        assert!(s.hists[0].is_empty());
        s.record(Stage::Rules, u64::MAX);
        assert_eq!(
            s.hists[2].len(),
            1,
            "out of range values are clamped, not dropped"
        );
        assert!(Stats::sampled(0) && Stats::sampled(SAMPLE_EVERY) && !Stats::sampled(1));
    }
}
