//! `--stats`: HDR histograms of the time each stage of the loop takes per event (reading an
//! event, the state update, the rules with their alerts) and, live, of the delay from the
//! kernel's timestamp to the dequeue and to the end of the event's processing. Printed on
//! SIGUSR1 and at exit; each print covers the time since the previous one (a SIGUSR1 print
//! starts a new window), so a long run's first and last minutes can be compared.
//!
//! Timing every event would cost more than some stages (two clock reads per stage): one event
//! in [`SAMPLE_EVERY`] is timed, chosen by its number, so the histograms are an unbiased sample.
//! Live, every event that raises an alert is timed from its kernel timestamp to the alert's
//! hand-over to the outputs (system call to alert). The sensor's CPU time is printed beside.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

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
    /// Live, every alerting event: kernel timestamp to its alerts queued for the outputs.
    KernelToAlert,
}

impl Stage {
    /// The stage's name as a metric label.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::State => "state",
            Stage::Rules => "rules",
            Stage::KernelToDequeue => "kernel_to_dequeue",
            Stage::KernelToDone => "kernel_to_done",
            Stage::KernelToAlert => "kernel_to_alert",
        }
    }
}

const STAGES: [(Stage, &str); 6] = [
    (Stage::Read, "read (decode)"),
    (Stage::State, "state update"),
    (Stage::Rules, "rules + alerts"),
    (Stage::KernelToDequeue, "kernel ts -> dequeue"),
    (Stage::KernelToDone, "kernel ts -> done"),
    (Stage::KernelToAlert, "kernel ts -> alert"),
];

/// The histograms.
#[derive(Debug)]
pub struct Stats {
    hists: Vec<Histogram<u64>>,
    usr1: Arc<AtomicBool>,
    /// When the window began, and the process's CPU time then.
    started: (Instant, Option<Duration>),
}

/// CPU time this process has used so far (every thread, user and system): the CPU-time clock,
/// or, on kernels without POSIX timers, the tick counts of /proc/self/stat; `None` when
/// neither is there.
fn cpu_time() -> Option<Duration> {
    use rustix::time::{ClockId, DynamicClockId, clock_gettime_dynamic};
    if let Ok(t) = clock_gettime_dynamic(DynamicClockId::Known(ClockId::ProcessCPUTime)) {
        return Some(Duration::new(
            t.tv_sec.max(0) as u64,
            t.tv_nsec.clamp(0, 999_999_999) as u32,
        ));
    }
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    ticks_to_cpu_time(&stat, rustix::param::clock_ticks_per_second())
}

/// utime + stime of a `/proc/PID/stat` line (fields 14 and 15, counted after the command
/// name, which may hold spaces and parentheses), in ticks of `hz` per second.
fn ticks_to_cpu_time(stat: &str, hz: u64) -> Option<Duration> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut f = rest.split_whitespace().skip(11);
    let utime: u64 = f.next()?.parse().ok()?;
    let stime: u64 = f.next()?.parse().ok()?;
    let hz = hz.max(1);
    let ticks = utime + stime;
    Some(Duration::from_secs(ticks / hz) + Duration::from_secs_f64((ticks % hz) as f64 / hz as f64))
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
        Ok(Stats {
            hists,
            usr1,
            started: (Instant::now(), cpu_time()),
        })
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

    /// Adds samples recorded elsewhere (an evaluation shard's) to `stage`.
    pub fn add(&mut self, stage: Stage, h: &Histogram<u64>) -> anyhow::Result<()> {
        let i = STAGES.iter().position(|(s, _)| *s == stage).unwrap_or(0);
        self.hists[i]
            .add(h)
            .with_context(|| format!("adding samples to the {} histogram", stage.label()))
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

    /// Prints the histograms and starts a new window when SIGUSR1 arrived since the last call.
    pub fn on_signal(&mut self) {
        if self.usr1.swap(false, Ordering::Relaxed) {
            self.print();
            for h in &mut self.hists {
                h.reset();
            }
            self.started = (Instant::now(), cpu_time());
        }
    }

    /// Prints one line per stage that has samples: count, percentiles, max; then the CPU time
    /// used in the window (to stderr).
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
        let wall = self.started.0.elapsed();
        match (cpu_time(), self.started.1) {
            (Some(now), Some(then)) => {
                let cpu = now.saturating_sub(then);
                eprintln!(
                    "  cpu: {:.3} s in {:.3} s ({:.1}% of one CPU)",
                    cpu.as_secs_f64(),
                    wall.as_secs_f64(),
                    100.0 * cpu.as_secs_f64() / wall.as_secs_f64().max(1e-9)
                );
            }
            _ => eprintln!("  cpu: unavailable (no CPU-time clock, no /proc)"),
        }
    }

    /// p50, p99 and p99.9 (ns) of every stage with samples, by the stage's metric label.
    pub fn percentiles(&self) -> Vec<(&'static str, [u64; 3])> {
        STAGES
            .iter()
            .zip(&self.hists)
            .filter(|(_, h)| !h.is_empty())
            .map(|((stage, _), h)| {
                (
                    stage.label(),
                    [
                        h.value_at_quantile(0.5),
                        h.value_at_quantile(0.99),
                        h.value_at_quantile(0.999),
                    ],
                )
            })
            .collect()
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

    #[test]
    fn cpu_time_from_proc_stat() {
        let line =
            "4242 (a (b) c) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 3 0 99 1000 200";
        assert_eq!(
            ticks_to_cpu_time(line, 100),
            Some(Duration::from_millis(3250))
        );
        assert_eq!(ticks_to_cpu_time("4242 (x) S 1", 100), None);
        assert!(cpu_time().is_some(), "this host has /proc or the clock");
    }

    #[test]
    fn sigusr1_prints_and_starts_a_new_window() {
        let mut s = Stats::new().expect("stats");
        s.record(Stage::KernelToAlert, 1000);
        s.on_signal();
        assert_eq!(
            s.hists[5].len(),
            1,
            "no signal: nothing printed, nothing reset"
        );
        s.usr1.store(true, Ordering::Relaxed);
        s.on_signal();
        assert!(s.hists.iter().all(Histogram::is_empty));
        assert!(!s.usr1.load(Ordering::Relaxed));
        s.record(Stage::KernelToAlert, 7);
        assert_eq!(s.hists[5].max(), 7);
    }
}
