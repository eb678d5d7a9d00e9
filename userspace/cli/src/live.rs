//! A live session on falco.ko: devices opened, syscalls and snaplen set, rings mapped (and,
//! unless the consuming thread walks them itself, their reader threads started: one per ring
//! group, pinned to its CPU), the /proc scan taken, tracepoints enabled; then events drained in
//! timestamp order until a signal or a deadline, the backlog read, and the module's per-CPU
//! counters reported.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use rfalco_ring::Readers;
use rfalco_ring::device::DeviceSet;
use rfalco_ring::merge::{Drained, drain_merged};
use rfalco_ring::ring::Ring;
use scap_format::EventRef;
use scap_format::abi::ring::{info_offset, ioctl, tp};
use scap_format::abi::syscalls::{UF_USED, X86_64_SYSCALL_TABLE};
use scap_format::reader::CaptureMetadata;

/// Where the module is and how to set it up.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// Device path prefix: devices are PREFIX0, PREFIX1, ...
    pub device_prefix: &'a str,
    /// Module name (for its parameters under /sys/module).
    pub module: &'a str,
    /// Bytes of I/O buffers captured per event.
    pub snaplen: u32,
    /// Stop after this many seconds (`None`: until SIGINT/SIGTERM).
    pub duration: Option<f64>,
    /// Native system call numbers to trace (`None`: every one the module traces).
    pub syscalls: Option<&'a BTreeSet<usize>>,
    /// Who walks the rings.
    pub ring_readers: RingReaders,
}

/// Who walks the rings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum RingReaders {
    /// Reader threads, one per ring group, each pinned to its CPU, handing places in the rings
    /// to the consuming thread (rfalco_ring::readers).
    #[default]
    Pinned,
    /// The consuming thread walks every ring itself between events: no other thread, no
    /// hand-over.
    Inline,
}

/// The rings, walked by the consuming thread or by reader threads.
#[derive(Debug)]
enum Source {
    Inline(Vec<Ring>),
    Pinned(Readers),
}

impl Source {
    fn for_each_ring(&self, mut f: impl FnMut(&Ring)) {
        match self {
            Source::Inline(rings) => rings.iter().for_each(f),
            Source::Pinned(r) => r.rings().for_each(&mut f),
        }
    }

    fn drain(&mut self, sink: impl FnMut(&EventRef<'_>)) -> anyhow::Result<Drained> {
        Ok(match self {
            Source::Inline(rings) => drain_merged(rings, sink)?,
            Source::Pinned(r) => r.drain_merged(sink)?,
        })
    }

    /// Waits up to `timeout` for events (reader threads wake the consuming thread early).
    fn wait(&self, timeout: Duration) {
        match self {
            Source::Inline(_) => std::thread::sleep(timeout),
            Source::Pinned(r) => r.wait(timeout),
        }
    }
}

/// Tracepoints a session needs: syscalls (TOCTOU enters and all exits), process exit, fork and
/// exec (successful execve exits come from sched_process_exec).
const TRACEPOINTS: [(u32, &str); 5] = [
    (tp::SYS_ENTER, "sys_enter"),
    (tp::SYS_EXIT, "sys_exit"),
    (tp::SCHED_PROC_EXIT, "sched_process_exit"),
    (tp::SCHED_PROC_FORK, "sched_process_fork"),
    (tp::SCHED_PROC_EXEC, "sched_process_exec"),
];

/// An open session.
#[derive(Debug)]
pub struct Session {
    /// Declared first: dropped first, so reader threads stop before the devices close.
    source: Source,
    set: DeviceSet,
    meta: CaptureMetadata,
    stop: Arc<AtomicBool>,
    deadline: Option<Instant>,
    /// Where each batch publishes the per-CPU counters (the sensor's metrics), if anywhere.
    per_cpu: Option<Arc<Mutex<Vec<CpuCounters>>>>,
    /// Events read from the rings so far (handled or not).
    drained: u64,
}

/// How long the end of a run waits, with nothing new read, for probes still writing when the
/// tracepoints went off.
const SETTLE: Duration = Duration::from_millis(200);

/// The longest the end of a run spends reading the backlog the rings hold (what is left after
/// it is reported as unread).
const DRAIN_MAX: Duration = Duration::from_secs(10);

/// One CPU's cumulative counters in the module.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CpuCounters {
    /// The CPU.
    pub cpu: u16,
    /// Events produced on it.
    pub n_evts: u64,
    /// Events dropped because its ring was full.
    pub n_drops_buffer: u64,
    /// Events dropped on a page fault.
    pub n_drops_pf: u64,
}

/// The module's cumulative counters, summed over the CPUs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DriverCounters {
    /// Events produced.
    pub n_evts: u64,
    /// Events dropped because a ring was full.
    pub n_drops_buffer: u64,
    /// Events dropped on a page fault reading user memory.
    pub n_drops_pf: u64,
}

/// Why [`Session::run`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunEnd {
    /// Stopped (signal, deadline, or the callback): tracepoints off, rings drained.
    Finished,
    /// Paused on request: tracepoints still on.
    Paused,
}

/// What a session drained.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    /// Events handed to the callback.
    pub events: u64,
    /// Batches the ring reader rejected as corrupt (counted, skipped).
    pub corrupt: u64,
}

impl Session {
    /// Opens the devices and prepares capture; nothing flows until [`Session::run`].
    pub fn open(opts: &Options<'_>) -> anyhow::Result<Session> {
        let set = DeviceSet::open(opts.device_prefix, opts.module)?;
        let first = &set.devices()[0];
        first.ioctl(ioctl::SET_SNAPLEN, opts.snaplen as usize)?;
        for (nr, entry) in X86_64_SYSCALL_TABLE.iter().enumerate() {
            if entry.flags & UF_USED != 0 && opts.syscalls.is_none_or(|s| s.contains(&nr)) {
                first.ioctl(ioctl::ENABLE_SYSCALL, nr)?;
            }
        }
        let rings = set.map_all()?;
        let source = match opts.ring_readers {
            RingReaders::Inline => Source::Inline(rings),
            RingReaders::Pinned => Source::Pinned(
                Readers::start(rings, &rfalco_ring::readers::allowed_cpus())
                    .context("starting the ring reader threads")?,
            ),
        };
        let meta = crate::procscan::scan();
        let stop = Arc::new(AtomicBool::new(false));
        for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            signal_hook::flag::register(sig, stop.clone()).context("installing signal handlers")?;
        }
        let deadline = opts
            .duration
            .map(|s| Instant::now() + Duration::from_secs_f64(s));
        Ok(Session {
            source,
            set,
            meta,
            stop,
            deadline,
            per_cpu: None,
            drained: 0,
        })
    }

    /// Who reads which rings, as a start-up line, and the readers the kernel did not let pin,
    /// one line each.
    pub fn readers(&self) -> (String, &[String]) {
        let r = match &self.source {
            Source::Inline(rings) => {
                return (
                    format!("reading {} rings on the evaluating thread", rings.len()),
                    &[],
                );
            }
            Source::Pinned(r) => r,
        };
        let groups = r.groups();
        let cpus: Vec<String> = groups
            .iter()
            .filter_map(|g| g.cpu.map(|c| c.to_string()))
            .collect();
        let rings = r.rings().count();
        let line = if cpus.len() == groups.len() {
            format!(
                "reading {rings} rings on {} threads pinned to CPUs {}",
                groups.len(),
                cpus.join(",")
            )
        } else {
            format!("reading {rings} rings on {} unpinned threads", groups.len())
        };
        (line, r.warnings())
    }

    /// The /proc scan taken at open: the initial state, in a capture's metadata form.
    pub fn metadata(&self) -> &CaptureMetadata {
        &self.meta
    }

    /// Publishes the per-CPU counters into `sink` at every batch from now on.
    pub fn share_per_cpu(&mut self, sink: Arc<Mutex<Vec<CpuCounters>>>) {
        self.per_cpu = Some(sink);
    }

    fn publish_per_cpu(&self) {
        let Some(sink) = &self.per_cpu else { return };
        let mut now = Vec::new();
        self.source.for_each_ring(|r| {
            let i = r.info();
            now.push(CpuCounters {
                cpu: r.cpu(),
                n_evts: i.counter(info_offset::N_EVTS),
                n_drops_buffer: i.counter(info_offset::N_DROPS_BUFFER),
                n_drops_pf: i.counter(info_offset::N_DROPS_PF),
            });
        });
        if let Ok(mut s) = sink.lock() {
            *s = now;
        }
    }

    /// Whether every event the module counted was read from the rings or counted as dropped.
    fn settled(&self) -> bool {
        let (mut evts, mut accounted) = (0u64, self.drained);
        self.source.for_each_ring(|r| {
            let i = r.info();
            evts += i.counter(info_offset::N_EVTS);
            accounted += i.counter(info_offset::N_DROPS_BUFFER)
                + i.counter(info_offset::N_DROPS_PF)
                + i.counter(info_offset::N_PREEMPTIONS);
        });
        evts == accounted
    }

    /// The module's counters now.
    pub fn counters(&self) -> DriverCounters {
        let mut c = DriverCounters::default();
        self.source.for_each_ring(|r| {
            let i = r.info();
            c.n_evts += i.counter(info_offset::N_EVTS);
            c.n_drops_buffer += i.counter(info_offset::N_DROPS_BUFFER);
            c.n_drops_pf += i.counter(info_offset::N_DROPS_PF);
        });
        c
    }

    /// Enables the tracepoints and hands every event to `on_event`, in timestamp order, with
    /// the module's counters as read before the event's batch, until a signal, the deadline,
    /// `on_event` returning `false` or an error; then disables them and drains what is left.
    ///
    /// When `pause` is set (checked between batches, so no event is skipped), it drains what
    /// the rings hold once more and returns [`RunEnd::Paused`] with the tracepoints still on: the module keeps filling the rings
    /// (counting what does not fit) and a later `run` carries on where this one stopped.
    pub fn run(
        &mut self,
        pause: Option<&AtomicBool>,
        on_event: impl FnMut(&EventRef<'_>, DriverCounters) -> anyhow::Result<bool>,
    ) -> anyhow::Result<(Totals, RunEnd)> {
        self.run_with(pause, on_event, || Ok(()))
    }

    /// [`Session::run`], calling `on_drained` after every pass over the rings (events or
    /// not), before any back-off sleep.
    pub fn run_with(
        &mut self,
        pause: Option<&AtomicBool>,
        mut on_event: impl FnMut(&EventRef<'_>, DriverCounters) -> anyhow::Result<bool>,
        mut on_drained: impl FnMut() -> anyhow::Result<()>,
    ) -> anyhow::Result<(Totals, RunEnd)> {
        let first = &self.set.devices()[0];
        for (idx, name) in TRACEPOINTS {
            if let Err(e) = first.ioctl(ioctl::ENABLE_TP, idx as usize) {
                eprintln!("rfalco: warning: tracepoint {name} not enabled: {e}");
            }
        }
        let mut totals = Totals::default();
        let mut failed = None;
        let mut stopped = false;
        let mut sleep = Duration::from_micros(500);
        // Set once the tracepoints are off: until then, drain what is left (`settle_until`
        // moves on while events still come; `drain_until` bounds the whole backlog).
        let mut settle_until: Option<Instant> = None;
        let mut drain_until = Instant::now();
        loop {
            // A pause (SIGHUP) returns after one more drain: what happened before the signal
            // is evaluated with the rules it was sent to replace.
            let pausing =
                settle_until.is_none() && pause.is_some_and(|p| p.swap(false, Ordering::Relaxed));
            let done = failed.is_some()
                || stopped
                || self.stop.load(Ordering::Relaxed)
                || self.deadline.is_some_and(|d| Instant::now() >= d);
            if done && settle_until.is_none() {
                for (idx, _) in TRACEPOINTS {
                    let _ = first.ioctl(ioctl::DISABLE_TP, idx as usize);
                }
                settle_until = Some(Instant::now() + SETTLE);
                drain_until = Instant::now() + DRAIN_MAX;
            }
            let counters = self.counters();
            self.publish_per_cpu();
            let d = self.source.drain(|ev| {
                if failed.is_some() || stopped {
                    return;
                }
                totals.events += 1;
                match on_event(ev, counters) {
                    Ok(true) => {}
                    Ok(false) => stopped = true,
                    Err(e) => failed = Some(e),
                }
            })?;
            totals.corrupt += d.corrupt;
            self.drained += d.events;
            if failed.is_none() {
                if let Err(e) = on_drained() {
                    failed = Some(e);
                }
            }
            if pausing && failed.is_none() && !stopped {
                return Ok((totals, RunEnd::Paused));
            }
            if let Some(until) = settle_until.as_mut() {
                // The backlog (a sensor behind the module leaves seconds of events in the
                // rings) is read to the end, and a probe that passed its enabled check before
                // the tracepoints went off may still be writing on another CPU: drain until
                // every event the module counted was read or counted as dropped, or until
                // nothing new came for SETTLE, or DRAIN_MAX has passed; `report` counts what
                // is left.
                let now = Instant::now();
                if d.events > 0 {
                    *until = now + SETTLE;
                }
                if self.settled() || now >= *until || now >= drain_until {
                    break;
                }
                self.source.wait(Duration::from_millis(1));
                continue;
            }
            // Back off while the rings are idle, as libscap does (0.5 ms doubling to 30 ms).
            if d.events == 0 {
                self.source.wait(sleep);
                sleep = (sleep * 2).min(Duration::from_millis(30));
            } else {
                sleep = Duration::from_micros(500);
            }
        }
        match failed {
            Some(e) => Err(e),
            None => Ok((totals, RunEnd::Finished)),
        }
    }

    /// Traces exactly the system calls in `numbers` from now on (`None`: every one).
    pub fn set_syscalls(&self, numbers: Option<&BTreeSet<usize>>) -> anyhow::Result<()> {
        let first = &self.set.devices()[0];
        for (nr, entry) in X86_64_SYSCALL_TABLE.iter().enumerate() {
            if entry.flags & UF_USED == 0 {
                continue;
            }
            let req = if numbers.is_none_or(|s| s.contains(&nr)) {
                ioctl::ENABLE_SYSCALL
            } else {
                ioctl::DISABLE_SYSCALL
            };
            first.ioctl(req, nr)?;
        }
        Ok(())
    }

    /// Prints the module's per-CPU counters and the totals to stderr.
    pub fn report(&self, totals: &Totals, handled: &str) {
        eprintln!("cpu       n_evts   drops_buffer   drops_pf   preemptions");
        let (mut evts, mut drops) = (0u64, 0u64);
        self.source.for_each_ring(|r| {
            let i = r.info();
            let (n, db, pf) = (
                i.counter(info_offset::N_EVTS),
                i.counter(info_offset::N_DROPS_BUFFER),
                i.counter(info_offset::N_DROPS_PF),
            );
            // A nested write (preemption) is an event the module gave up, like the others.
            let pre = i.counter(info_offset::N_PREEMPTIONS);
            evts += n;
            drops += db + pf + pre;
            eprintln!("{:>3} {:>12} {:>14} {:>10} {:>13}", r.cpu(), n, db, pf, pre);
        });
        // Events the module counted that were neither read nor dropped: left in the rings
        // when the run ended (a backlog longer than DRAIN_MAX, or a probe that never finished).
        let unread = evts.saturating_sub(drops + self.drained);
        let unread = if unread > 0 {
            format!(", {unread} left unread in the rings")
        } else {
            String::new()
        };
        eprintln!(
            "total: {evts} events seen by the module, {drops} dropped, {} {handled}, {} corrupt batches{unread}",
            totals.events, totals.corrupt
        );
    }
}
