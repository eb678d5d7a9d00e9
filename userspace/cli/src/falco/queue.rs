//! The output queue: rule evaluation hands each alert to a bounded channel and goes on; one
//! output thread owns every sink (stdout, file, program, syslog, http) and writes them. A slow
//! or stuck sink therefore never stalls evaluation: when the queue is full the alert is
//! dropped and counted (Falco's `outputs_queue.capacity` and its `outputs_queue_num_drops`
//! counter), and the count is reported at exit and in the metrics.

use std::io::Write;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context, anyhow};
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender, TrySendError, bounded, unbounded};
use rfalco_engine::Alert;

use super::http::HttpCounters;
use super::outputs::{OutputSettings, Outputs};

/// The queue length used when the configuration leaves `outputs_queue.capacity` at 0. Falco
/// reads 0 as "unbounded"; rfalco keeps a bound so that a stuck sink costs at most this many
/// queued alerts of memory (about 100 MiB for alerts of 1.5 KiB) instead of growing without
/// limit.
pub const DEFAULT_CAPACITY: usize = 65_536;

/// The largest queue accepted: the channel reserves its slots up front (a pointer each), so a
/// huge configured capacity is lowered to this (8 MiB of slots) with a warning.
pub const MAX_CAPACITY: usize = 1 << 20;

/// Counters the output side shares with the rest of the sensor (metrics, exit report).
#[derive(Debug, Default)]
pub struct OutputCounters {
    /// Alerts dropped because the queue was full.
    pub queue_drops: AtomicU64,
    /// Alerts handed to the output thread.
    pub queued: AtomicU64,
    /// Alerts the output thread has written to its sinks.
    pub written: AtomicU64,
    /// http_output's counters.
    pub http: Arc<HttpCounters>,
}

/// What the evaluation side sends besides alerts; control messages travel on their own,
/// unbounded channel so that a full alert queue never loses them.
#[derive(Debug)]
enum Control {
    /// New sink settings (SIGHUP reload).
    Reconfigure(Box<OutputSettings>),
}

/// The evaluation side's handle on the output thread.
#[derive(Debug)]
pub struct OutputQueue {
    alerts: Option<Sender<Box<Alert>>>,
    control: Sender<Control>,
    thread: Option<JoinHandle<anyhow::Result<()>>>,
    done: Receiver<()>,
    counters: Arc<OutputCounters>,
    /// Set by the output thread when a sink failed for good; the first error is kept.
    failed: Arc<AtomicBool>,
    error: Arc<Mutex<Option<String>>>,
    capacity: usize,
    /// The previous push was dropped: a burst of drops is logged once.
    in_drop_burst: bool,
}

/// How the output thread ended, as seen by [`OutputQueue::close`].
#[derive(Debug, PartialEq, Eq)]
pub enum Drained {
    /// Every queued alert was written and the sinks closed.
    Done,
    /// The sinks did not finish within the deadline (a stuck program or server): this many
    /// alerts were still queued and are abandoned.
    TimedOut(usize),
}

impl OutputQueue {
    /// Starts the output thread with `capacity` queued alerts at most (0: the default bound).
    /// `make_out` builds the stdout writer on the output thread.
    pub fn start<W, F>(
        settings: OutputSettings,
        capacity: usize,
        counters: Arc<OutputCounters>,
        make_out: F,
    ) -> anyhow::Result<OutputQueue>
    where
        W: Write,
        F: FnOnce() -> W + Send + 'static,
    {
        let capacity = match capacity {
            0 => DEFAULT_CAPACITY,
            n if n > MAX_CAPACITY => {
                eprintln!(
                    "rfalco: warning: outputs_queue.capacity {n} is above {MAX_CAPACITY}; \
                     using {MAX_CAPACITY}"
                );
                MAX_CAPACITY
            }
            n => n,
        };
        let (alerts_tx, alerts_rx) = bounded::<Box<Alert>>(capacity);
        let (control_tx, control_rx) = unbounded::<Control>();
        let (done_tx, done_rx) = bounded::<()>(1);
        let failed = Arc::new(AtomicBool::new(false));
        let error = Arc::new(Mutex::new(None));
        // The sinks are built here so that a bad setting is an error at start, then moved.
        let mut outputs = Outputs::new(settings, counters.clone())?;
        let thread = {
            let counters = counters.clone();
            let failed = failed.clone();
            let error = error.clone();
            std::thread::Builder::new()
                .name("rfalco-outputs".into())
                .spawn(move || {
                    let mut out = make_out();
                    let r = output_loop(&mut outputs, &mut out, &alerts_rx, &control_rx, &counters)
                        .and_then(|()| outputs.close(&mut out));
                    if let Err(e) = &r {
                        if let Ok(mut slot) = error.lock() {
                            *slot = Some(format!("{e:#}"));
                        }
                        failed.store(true, Ordering::Release);
                    }
                    // The receiver may be gone (the caller gave up waiting): nothing to do.
                    let _ = done_tx.send(());
                    r
                })
                .context("starting the output thread")?
        };
        Ok(OutputQueue {
            alerts: Some(alerts_tx),
            control: control_tx,
            thread: Some(thread),
            done: done_rx,
            counters,
            failed,
            error,
            capacity,
            in_drop_burst: false,
        })
    }

    /// Hands an alert to the output thread without waiting: when the queue is full the alert
    /// is dropped and counted. An error means a sink failed and the run must stop.
    pub fn push(&mut self, alert: Alert) -> anyhow::Result<()> {
        if self.failed.load(Ordering::Acquire) {
            return Err(self.thread_error());
        }
        let Some(tx) = self.alerts.as_ref() else {
            return Err(anyhow!("the output queue is closed"));
        };
        match tx.try_send(Box::new(alert)) {
            Ok(()) => {
                self.counters.queued.fetch_add(1, Ordering::Relaxed);
                self.in_drop_burst = false;
                Ok(())
            }
            Err(TrySendError::Full(_)) => {
                self.counters.queue_drops.fetch_add(1, Ordering::Relaxed);
                if !self.in_drop_burst {
                    eprintln!(
                        "rfalco: warning: the outputs queue is full ({} alerts, \
                         outputs_queue.capacity): dropping alerts until it drains",
                        self.capacity
                    );
                }
                self.in_drop_burst = true;
                Ok(())
            }
            Err(TrySendError::Disconnected(_)) => Err(self.thread_error()),
        }
    }

    /// New sink settings from a reload; they apply from the next alert the thread takes.
    pub fn reconfigure(&mut self, settings: OutputSettings) -> anyhow::Result<()> {
        self.control
            .send(Control::Reconfigure(Box::new(settings)))
            .map_err(|_| self.thread_error())
    }

    /// Alerts dropped so far because the queue was full.
    pub fn drops(&self) -> u64 {
        self.counters.queue_drops.load(Ordering::Relaxed)
    }

    /// Stops taking alerts, lets the thread write what is queued and close its sinks. The
    /// wait goes on while the thread makes progress (an alert written every `stall` at
    /// least), for ten `stall`s in all at most. A sink error is returned.
    pub fn close(&mut self, stall: Duration) -> anyhow::Result<Drained> {
        let Some(tx) = self.alerts.take() else {
            return Ok(Drained::Done);
        };
        drop(tx);
        let written = || self.counters.written.load(Ordering::Relaxed);
        let mut seen = written();
        for _ in 0..10 {
            match self.done.recv_timeout(stall) {
                Ok(()) | Err(RecvTimeoutError::Disconnected) => {
                    return match self.thread.take().map(JoinHandle::join) {
                        Some(Ok(r)) => r.map(|()| Drained::Done),
                        Some(Err(_)) => Err(anyhow!("the output thread panicked")),
                        None => Ok(Drained::Done),
                    };
                }
                Err(RecvTimeoutError::Timeout) if written() > seen => seen = written(),
                Err(RecvTimeoutError::Timeout) => break,
            }
        }
        // The thread is stuck in a sink; it is left behind and ends with the process.
        self.thread = None;
        let queued = self.counters.queued.load(Ordering::Relaxed);
        Ok(Drained::TimedOut(
            usize::try_from(queued.saturating_sub(written())).unwrap_or(usize::MAX),
        ))
    }

    fn thread_error(&self) -> anyhow::Error {
        let msg = self
            .error
            .lock()
            .ok()
            .and_then(|e| e.clone())
            .unwrap_or_else(|| "the output thread stopped".into());
        anyhow!(msg)
    }
}

/// The output thread: alerts in order, reconfiguration between two alerts, a flush whenever
/// the queue is momentarily empty (so live alerts appear as they happen even when
/// `buffered_outputs` is on). Returns when the evaluation side closed the queue and it is
/// empty, or on the first sink error.
fn output_loop<W: Write>(
    outputs: &mut Outputs,
    out: &mut W,
    alerts: &Receiver<Box<Alert>>,
    control: &Receiver<Control>,
    counters: &OutputCounters,
) -> anyhow::Result<()> {
    // Bounded waits so that a reconfiguration is seen while no alert arrives.
    const TICK: Duration = Duration::from_millis(200);
    loop {
        while let Ok(c) = control.try_recv() {
            match c {
                Control::Reconfigure(s) => outputs.reconfigure(*s, out)?,
            }
        }
        match alerts.recv_timeout(TICK) {
            Ok(a) => {
                outputs.emit(&a, out)?;
                counters.written.fetch_add(1, Ordering::Relaxed);
                if alerts.is_empty() {
                    outputs.flush(out)?;
                }
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::falco::outputs::ProgramSink;
    use crate::falco::outputs::tests::alert;
    use rfalco_engine::JsonOptions;

    fn settings() -> OutputSettings {
        OutputSettings {
            stdout: true,
            json: false,
            json_opts: JsonOptions::default(),
            unbuffered: false,
            hostname: "h".into(),
            ..OutputSettings::default()
        }
    }

    /// A writer the test reads back after the thread ends.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::Error::other("poisoned"))?
                .extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn alerts_are_written_in_order_and_drained_at_close() {
        let buf = Shared::default();
        let w = buf.clone();
        let counters = Arc::new(OutputCounters::default());
        let mut q = OutputQueue::start(settings(), 0, counters.clone(), move || w).expect("starts");
        for n in 0..1000 {
            q.push(alert(n)).expect("push");
        }
        assert_eq!(
            q.close(Duration::from_secs(10)).expect("close"),
            Drained::Done
        );
        let text = String::from_utf8(buf.0.lock().expect("lock").clone()).expect("utf-8");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1000);
        assert_eq!(lines[999], "line 999");
        assert_eq!(counters.written.load(Ordering::Relaxed), 1000);
        assert_eq!(q.drops(), 0);
    }

    #[test]
    fn a_stuck_sink_drops_and_counts_instead_of_blocking() {
        // One process per alert, and the process never reads nor ends: the output thread is
        // stuck in the first alert; the queue holds one more; every other alert is dropped.
        let mut s = settings();
        s.stdout = false;
        s.program = Some(ProgramSink {
            program: "exec sleep 30 >/dev/null 2>&1".into(),
            keep_alive: false,
        });
        let counters = Arc::new(OutputCounters::default());
        let mut q = OutputQueue::start(s, 1, counters.clone(), Vec::<u8>::new).expect("starts");
        let t = std::time::Instant::now();
        for n in 0..100 {
            q.push(alert(n)).expect("push never blocks");
        }
        assert!(t.elapsed() < Duration::from_secs(5));
        assert!(q.drops() >= 97, "drops {}", q.drops());
        match q.close(Duration::from_millis(100)).expect("close") {
            // The alert the thread is stuck in and the one queued (one only when the thread
            // had not taken the first yet when the pushes ended).
            Drained::TimedOut(left) => assert!((1..=2).contains(&left), "{left}"),
            Drained::Done => panic!("the stuck sink cannot have finished"),
        }
        assert!(t.elapsed() < Duration::from_secs(10));
    }
}
