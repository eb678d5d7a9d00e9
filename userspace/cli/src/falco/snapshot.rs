//! Falco's periodic metrics snapshot (`metrics.enabled`, `metrics.interval`): a timer thread
//! marks a snapshot due every interval; the evaluation thread, at its next event, emits it as
//! the alert `Falco internal: metrics snapshot` (`metrics.output_rule`) and/or appends it as a
//! JSON line to `metrics.output_file`. Checking the mark costs one atomic load per event.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use rfalco_engine::Alert;
use rfalco_rules::Priority;
use serde_json::Value;

use super::metrics::{Groups, SensorMetrics, now_ns};

/// The rule name Falco gives the snapshot alert.
pub const RULE: &str = "Falco internal: metrics snapshot";
/// Its message.
pub const MESSAGE: &str = "Falco metrics snapshot";

/// The `metrics` settings rfalco acts on.
#[derive(Debug, Clone)]
pub struct MetricsSettings {
    /// Time between snapshots (at least 100 ms, checked by the configuration).
    pub interval: Duration,
    /// Emit each snapshot as an alert.
    pub output_rule: bool,
    /// Append each snapshot to this file as a JSON line.
    pub output_file: Option<PathBuf>,
    /// The counter groups carried.
    pub groups: Groups,
}

/// The snapshot emitter, owned by the evaluation thread.
#[derive(Debug)]
pub struct Snapshots {
    settings: MetricsSettings,
    due: Arc<AtomicBool>,
    samples: u64,
    prev_evts: u64,
    prev_at: Instant,
    /// The output file failed once (reported then, not again).
    file_failed: bool,
}

impl Snapshots {
    /// Starts the timer thread.
    pub fn start(settings: MetricsSettings) -> anyhow::Result<Snapshots> {
        let due = Arc::new(AtomicBool::new(false));
        let flag = due.clone();
        let interval = settings.interval;
        std::thread::Builder::new()
            .name("rfalco-metrics".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(interval);
                    flag.store(true, Ordering::Relaxed);
                }
            })
            .context("starting the metrics timer")?;
        Ok(Snapshots {
            settings,
            due,
            samples: 0,
            prev_evts: 0,
            prev_at: Instant::now(),
            file_failed: false,
        })
    }

    /// When a snapshot is due: the alert to emit (with `output_rule`), after appending the
    /// snapshot to the output file (with `output_file`).
    pub fn poll(&mut self, m: &SensorMetrics) -> Option<Alert> {
        // A plain load on the hot path; the swap only when the timer has fired.
        if !self.due.load(Ordering::Relaxed) || !self.due.swap(false, Ordering::Relaxed) {
            return None;
        }
        let secs = self.prev_at.elapsed().as_secs_f64();
        let fields = m.snapshot_fields(self.settings.groups, self.prev_evts, secs);
        self.prev_evts = fields
            .get("falco.num_evts")
            .and_then(Value::as_u64)
            .unwrap_or(0);
        self.prev_at = Instant::now();
        self.samples += 1;
        if let Some(path) = &self.settings.output_file {
            let line = serde_json::json!({ "sample": self.samples, "output_fields": fields });
            let r = OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .and_then(|mut f| writeln!(f, "{line}"));
            match r {
                Ok(()) => self.file_failed = false,
                Err(e) if !self.file_failed => {
                    eprintln!(
                        "rfalco: warning: metrics.output_file: writing {}: {e}",
                        path.display()
                    );
                    self.file_failed = true;
                }
                Err(_) => {}
            }
        }
        if !self.settings.output_rule {
            return None;
        }
        let ts = now_ns();
        let mut t = String::new();
        rfalco_fields::time::write_time(&mut t, ts);
        Some(Alert {
            ts,
            rule: RULE.into(),
            priority: Priority::Informational,
            source: "internal".into(),
            tags: Vec::new(),
            message: MESSAGE.into(),
            output: format!("{t}: Informational {MESSAGE}"),
            output_fields: fields,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::falco::queue::OutputCounters;

    #[test]
    fn a_snapshot_each_interval_as_an_alert_and_a_json_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("stats.jsonl");
        let mut s = Snapshots::start(MetricsSettings {
            interval: Duration::from_millis(100),
            output_rule: true,
            output_file: Some(file.clone()),
            groups: Groups::default(),
        })
        .expect("starts");
        let m = SensorMetrics::new(Arc::new(OutputCounters::default()), "h".into(), "replay");
        assert!(s.poll(&m).is_none(), "not due yet");
        m.num_evts.store(500, Ordering::Relaxed);
        std::thread::sleep(Duration::from_millis(250));
        let a = s.poll(&m).expect("due");
        assert_eq!(a.rule, RULE);
        assert_eq!(a.priority, Priority::Informational);
        assert_eq!(a.source, "internal");
        assert!(
            a.output.ends_with(": Informational Falco metrics snapshot"),
            "{}",
            a.output
        );
        assert_eq!(a.output_fields["falco.num_evts"], 500);
        assert_eq!(a.output_fields["falco.num_evts_prev"], 0);
        assert!(s.poll(&m).is_none(), "one per interval");
        m.num_evts.store(800, Ordering::Relaxed);
        std::thread::sleep(Duration::from_millis(150));
        let a = s.poll(&m).expect("due again");
        assert_eq!(a.output_fields["falco.num_evts_prev"], 500);
        let lines: Vec<Value> = std::fs::read_to_string(&file)
            .expect("file")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1]["sample"], 2);
        assert_eq!(lines[1]["output_fields"]["falco.num_evts"], 800);
    }
}
