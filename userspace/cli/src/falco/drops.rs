//! Falco's syscall event drop monitoring (`syscall_event_drops`): once per second of event
//! time the driver's counters are compared with the previous second; when the share of
//! dropped events is above `threshold`, the configured actions run (log on stderr, an alert
//! `Falco internal: syscall event drop`, or exit), rate-limited by a token bucket.
//! `simulate_drops` reports a drop at every check, which is how Falco's own tests drive it.

use rfalco_config::{DropAction, SyscallEventDrops};
use rfalco_engine::Alert;
use rfalco_rules::Priority;
use serde_json::{Map, Value};

const SECOND_NS: u64 = 1_000_000_000;

/// What to do on drops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Nothing.
    Ignore,
    /// A line on stderr.
    Log,
    /// An alert through the outputs.
    Alert,
    /// Stop with exit status 1.
    Exit,
}

/// Counters of the event source, cumulative.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DropCounters {
    /// Events the driver produced.
    pub n_evts: u64,
    /// Events it dropped because a buffer was full.
    pub n_drops_buffer: u64,
    /// Events it dropped on a page fault reading user memory.
    pub n_drops_pf: u64,
}

impl DropCounters {
    fn drops(&self) -> u64 {
        self.n_drops_buffer + self.n_drops_pf
    }
}

/// The monitor.
#[derive(Debug)]
pub struct DropMonitor {
    threshold: f64,
    actions: Vec<Action>,
    rate: f64,
    max_burst: f64,
    simulate: bool,
    tokens: f64,
    last_refill_ts: u64,
    next_check_ts: u64,
    last: DropCounters,
    /// Checks that found drops above the threshold.
    pub detected: u64,
    /// Times the actions ran (the token bucket allowed them).
    pub actions_taken: u64,
}

/// What a check asks the caller to do.
#[derive(Debug, Default)]
pub struct Outcome {
    /// An alert to emit.
    pub alert: Option<Alert>,
    /// Stop: the `exit` action ran.
    pub exit: bool,
}

impl DropMonitor {
    /// A monitor for the (validated) `syscall_event_drops` section.
    pub fn new(c: &SyscallEventDrops) -> DropMonitor {
        DropMonitor {
            threshold: c.threshold,
            actions: c
                .actions
                .iter()
                .map(|a| match a {
                    DropAction::Ignore => Action::Ignore,
                    DropAction::Log => Action::Log,
                    DropAction::Alert => Action::Alert,
                    DropAction::Exit => Action::Exit,
                })
                .collect(),
            rate: c.rate,
            max_burst: c.max_burst,
            simulate: c.simulate_drops,
            tokens: c.max_burst,
            last_refill_ts: 0,
            next_check_ts: 0,
            last: DropCounters::default(),
            detected: 0,
            actions_taken: 0,
        }
    }

    /// Called for every event with its timestamp and the source's counters (read lazily).
    pub fn on_event(&mut self, ts: u64, counters: impl FnOnce() -> DropCounters) -> Outcome {
        if self.next_check_ts == 0 {
            self.next_check_ts = (ts / SECOND_NS + 1) * SECOND_NS;
            self.last_refill_ts = ts;
            return Outcome::default();
        }
        if ts < self.next_check_ts {
            return Outcome::default();
        }
        self.next_check_ts = (ts / SECOND_NS + 1) * SECOND_NS;
        let now = counters();
        let mut n_evts = now.n_evts.saturating_sub(self.last.n_evts);
        let mut n_drops = now.drops().saturating_sub(self.last.drops());
        self.last = now;
        if self.simulate {
            n_evts = n_evts.max(1);
            n_drops = n_evts;
        }
        if n_evts == 0 || (n_drops as f64 / n_evts as f64) <= self.threshold || n_drops == 0 {
            return Outcome::default();
        }
        self.detected += 1;
        // Token bucket on event time: `rate` tokens per second, at most `max_burst`.
        let elapsed = ts.saturating_sub(self.last_refill_ts) as f64 / SECOND_NS as f64;
        self.tokens = (self.tokens + elapsed * self.rate).min(self.max_burst);
        self.last_refill_ts = ts;
        if self.tokens < 1.0 {
            return Outcome::default();
        }
        self.tokens -= 1.0;
        self.actions_taken += 1;
        let message = format!(
            "Falco internal: syscall event drop. {n_drops} system calls dropped in last second."
        );
        let mut out = Outcome::default();
        for a in &self.actions {
            match a {
                Action::Ignore => {}
                Action::Log => eprintln!("{message}"),
                Action::Alert => {
                    let mut fields = Map::new();
                    fields.insert("n_evts".into(), Value::from(n_evts));
                    fields.insert("n_drops".into(), Value::from(n_drops));
                    fields.insert(
                        "n_drops_buffer_total".into(),
                        Value::from(now.n_drops_buffer),
                    );
                    fields.insert("n_drops_page_faults".into(), Value::from(now.n_drops_pf));
                    fields.insert("ebpf_enabled".into(), Value::from(0));
                    let mut t = String::new();
                    rfalco_fields::time::write_time(&mut t, ts);
                    out.alert = Some(Alert {
                        ts,
                        rule: "Falco internal: syscall event drop".into(),
                        priority: Priority::Debug,
                        source: "internal".into(),
                        tags: Vec::new(),
                        output: format!("{t}: Debug {message}"),
                        message: message.clone(),
                        output_fields: fields,
                    });
                }
                Action::Exit => {
                    eprintln!("{message}");
                    eprintln!("Exiting.");
                    out.exit = true;
                }
            }
        }
        out
    }

    /// Falco's closing report, on stderr.
    pub fn report(&self) {
        eprintln!("Syscall event drop monitoring:");
        eprintln!("   - event drop detected: {} occurrences", self.detected);
        eprintln!("   - num times actions taken: {}", self.actions_taken);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monitor(opts: &[&str]) -> Result<DropMonitor, rfalco_config::ConfigError> {
        let c = rfalco_config::Config::load(
            None,
            &opts.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )?;
        Ok(DropMonitor::new(&c.config.syscall_event_drops))
    }

    #[test]
    fn falcos_validation_messages_stop_the_configuration() {
        let e = monitor(&["syscall_event_drops.threshold=1.1"]).expect_err("oor");
        assert!(
            e.to_string().contains("must be a double in the range"),
            "{e}"
        );
        let e = monitor(&[
            "syscall_event_drops.actions[]=ignore",
            "syscall_event_drops.actions[]=log",
        ])
        .expect_err("combo");
        assert!(e.to_string().contains("does not make sense"), "{e}");
    }

    #[test]
    fn a_check_per_second_of_event_time_and_a_token_bucket() {
        let mut m = monitor(&[
            "syscall_event_drops.actions=[ignore]",
            "syscall_event_drops.max_burst=2",
        ])
        .expect("valid");
        let mut c = DropCounters::default();
        for s in 0..6u64 {
            c.n_evts += 100;
            c.n_drops_buffer += 50;
            m.on_event(10 * SECOND_NS + s * SECOND_NS, || c);
        }
        // 5 checks (the first event only sets the clock); 2 actions allowed by the bucket.
        assert_eq!(m.detected, 5);
        assert_eq!(m.actions_taken, 2);
    }

    #[test]
    fn drops_under_the_threshold_are_not_reported() {
        let mut m = monitor(&["syscall_event_drops.actions=[alert]"]).expect("valid");
        let mut c = DropCounters::default();
        for s in 0..4u64 {
            c.n_evts += 1000;
            c.n_drops_pf += 10;
            assert!(m.on_event(s * SECOND_NS + 1, || c).alert.is_none());
        }
        assert_eq!(m.detected, 0);
    }

    #[test]
    fn exit_action_stops() {
        let mut m = monitor(&[
            "syscall_event_drops.actions=[exit]",
            "syscall_event_drops.simulate_drops=true",
        ])
        .expect("valid");
        assert!(!m.on_event(SECOND_NS / 2, DropCounters::default).exit);
        assert!(m.on_event(SECOND_NS * 2, DropCounters::default).exit);
    }
}
