//! Sharded rule evaluation (`--shards N`, N > 1).
//!
//! The reading thread is shard 0; shards 1 to N-1 are threads of their own. The reading thread
//! applies each event to its state, evaluates the rules if the event is its own, and copies
//! the event into a batch; every full batch goes to each other shard through a bounded channel
//! of its own. Every shard applies every event to a state table of its own, so for any event it
//! holds exactly the state one engine would hold; it evaluates the rules only for the events of
//! the processes it owns (by a hash of the process id, so the events of one process are
//! evaluated by one shard, in order). The reading thread takes the other shards' alerts back
//! batch by batch, in the order the batches went out, and merges them with its own by event
//! number: the alerts and their order are those of a single engine.
//!
//! What this buys: the rules' cost is divided among the shards; the state update is not (each
//! shard repeats it), nor is reading. docs/architecture.md has the measurements.

use std::collections::VecDeque;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Instant;

use anyhow::{Context, anyhow, bail};
use crossbeam_channel::{Receiver, Sender, bounded};
use hdrhistogram::Histogram;
use rfalco_engine::{Alert, Counts, Engine};
use rfalco_fields::evt::EventContext;
use rfalco_state::State;
use scap_format::EventRef;
use scap_format::reader::CaptureMetadata;

use super::append::Appends;
use super::stats::{Stage, Stats};

/// Events per batch (fewer when [`BATCH_BYTES`] is reached first).
const BATCH_EVENTS: usize = 1024;
/// Event bytes per batch.
const BATCH_BYTES: usize = 1 << 20;
/// Batches handed out and not yet merged back; the reader waits beyond this.
const IN_FLIGHT: usize = 8;

/// Where one event of a batch lies, and where it came from.
#[derive(Debug, Clone, Copy)]
struct Slot {
    num: u64,
    start: usize,
    len: usize,
    cpu: u16,
    flags: u32,
}

/// Events copied out of the reader's buffers (a capture block or a ring), back to back.
#[derive(Debug, Default)]
struct Batch {
    bytes: Vec<u8>,
    slots: Vec<Slot>,
    /// Threads the reader purged (live), each list before the slot of its index.
    purges: Vec<(usize, Vec<i64>)>,
}

impl Batch {
    fn push(&mut self, num: u64, ev: &EventRef<'_>) {
        let b = ev.as_bytes();
        self.slots.push(Slot {
            num,
            start: self.bytes.len(),
            len: b.len(),
            cpu: ev.cpu(),
            flags: ev.dump_flags(),
        });
        self.bytes.extend_from_slice(b);
    }

    fn is_full(&self) -> bool {
        self.slots.len() >= BATCH_EVENTS || self.bytes.len() >= BATCH_BYTES
    }

    fn clear(&mut self) {
        self.bytes.clear();
        self.slots.clear();
        self.purges.clear();
    }

    /// The event of `slot`, parsed again from its copy.
    fn event(&self, slot: &Slot) -> Result<EventRef<'_>, scap_format::EventError> {
        let bytes = &self.bytes[slot.start..slot.start + slot.len];
        Ok(EventRef::parse(bytes)?.with_origin(slot.cpu, slot.flags))
    }
}

/// What the reading thread sends a shard.
enum ToShard {
    Batch(Arc<Batch>),
    /// Rules reloaded (SIGHUP): evaluate the following batches with these.
    Swap(Box<Engine>, Box<Appends>),
}

/// An alert with its event number and rule index.
type Raised = (u64, usize, Alert);

/// A shard's answer for one batch: its alerts (event number, rule index, alert), in order.
#[derive(Default)]
struct Done {
    alerts: Vec<Raised>,
    error: Option<String>,
}

/// What a shard hands back when it stops.
struct Final {
    counts: Counts,
    hists: Option<[Histogram<u64>; 2]>,
}

/// Pins the calling thread to `cpu`, warning when the kernel refuses.
fn pin_or_warn(cpu: usize, who: &str) {
    if let Err(e) = rfalco_ring::readers::pin(cpu) {
        eprintln!("rfalco: warning: {who} not pinned to CPU {cpu}: {e}");
    }
}

/// The shard of the process `pid`.
fn owner(pid: i64, n: usize) -> usize {
    // Fibonacci hashing: consecutive pids spread over the shards.
    ((pid as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize % n
}

/// The shard that evaluates the event, or `None` for the events of our own process (live),
/// which no shard evaluates; `state` is one after the event. Enter events go to shard 0, whose
/// engine only counts them. The reading thread and every shard decide with this one rule.
fn evaluator(ev: &EventRef<'_>, state: &State, n: usize, own_pid: Option<i64>) -> Option<usize> {
    let tid = ev.tid() as i64;
    let pid = state.thread(tid).map_or(tid, |t| t.pid);
    if own_pid.is_some_and(|own| tid == own || pid == own) {
        return None;
    }
    Some(if ev.is_enter() { 0 } else { owner(pid, n) })
}

/// One shard thread's tables and rules.
struct Shard {
    id: usize,
    n: usize,
    state: State,
    engine: Engine,
    appends: Appends,
    /// Events of this process's threads are applied but not evaluated (live).
    own_pid: Option<i64>,
    /// `--stats`: state update and rules, one event in [`super::stats::SAMPLE_EVERY`].
    hists: Option<[Histogram<u64>; 2]>,
}

impl Shard {
    fn run(mut self, rx: Receiver<ToShard>, tx: Sender<Done>) -> Final {
        for msg in rx {
            match msg {
                ToShard::Swap(engine, appends) => {
                    self.engine = *engine;
                    self.appends = *appends;
                }
                ToShard::Batch(batch) => {
                    let done = self.batch(&batch);
                    // Given back before answering, so that the reader can reuse the buffer.
                    drop(batch);
                    if tx.send(done).is_err() {
                        break;
                    }
                }
            }
        }
        Final {
            counts: self.engine.counts().clone(),
            hists: self.hists,
        }
    }

    fn batch(&mut self, batch: &Batch) -> Done {
        let mut done = Done::default();
        let mut purges = batch.purges.iter().peekable();
        for (i, slot) in batch.slots.iter().enumerate() {
            // The reader's purges, where it made them: every table stays the one it holds.
            while let Some((_, tids)) = purges.next_if(|(at, _)| *at <= i) {
                self.state.purge(tids);
            }
            let ev = match batch.event(slot) {
                Ok(ev) => ev,
                Err(e) => {
                    done.error = Some(format!("event {}: {e}", slot.num));
                    break;
                }
            };
            let num = slot.num;
            let timed = self.hists.is_some() && Stats::sampled(num);
            let t = timed.then(Instant::now);
            self.state.update(&ev);
            if let (Some(h), Some(t)) = (self.hists.as_mut(), t) {
                h[0].saturating_record((t.elapsed().as_nanos() as u64).max(1));
            }
            if evaluator(&ev, &self.state, self.n, self.own_pid) != Some(self.id) {
                continue;
            }
            let t = timed.then(Instant::now);
            let ctx = EventContext {
                num,
                ev: &ev,
                state: &self.state,
            };
            let appends = &self.appends;
            let alerts = &mut done.alerts;
            self.engine.process_indexed(&ctx, |i, mut a| {
                appends.apply(&mut a, &ctx);
                alerts.push((num, i, a));
            });
            if let (Some(h), Some(t)) = (self.hists.as_mut(), t) {
                h[1].saturating_record((t.elapsed().as_nanos() as u64).max(1));
            }
        }
        if done.error.is_none() {
            for (_, tids) in purges {
                self.state.purge(tids);
            }
        }
        done
    }
}

/// An alert merged back, for the caller's outputs: event number, rule index, alert, and
/// whether another shard raised it (the reading thread's engine counted its own already).
pub type Emit<'a> = dyn FnMut(u64, usize, Alert, bool) -> anyhow::Result<()> + 'a;

/// The shard threads and the batch being filled.
pub struct Shards {
    txs: Vec<Sender<ToShard>>,
    rxs: Vec<Receiver<Done>>,
    handles: Vec<JoinHandle<Final>>,
    /// Shards in all, the reading thread's included.
    n: usize,
    own_pid: Option<i64>,
    cur: Batch,
    /// The reading thread's alerts for the events of `cur`.
    cur_alerts: Vec<Raised>,
    free: Vec<Batch>,
    in_flight: VecDeque<(Arc<Batch>, Vec<Raised>)>,
    /// Answers already taken for the oldest batch in flight, by shard.
    pending: Vec<Option<Done>>,
    merged: Vec<(u64, usize, Alert, bool)>,
}

impl Shards {
    /// Starts shards 1 to `n - 1`, each with a state seeded from `meta` and a fork of
    /// `engine` (the caller, shard 0, has its own). When the process may run on at least `n`
    /// CPUs, shard `i` is pinned to the `i`-th of them, the calling thread (shard 0) included;
    /// otherwise nothing is pinned (two shards on one CPU would only take turns). Returns the
    /// CPUs pinned to, in shard order.
    pub fn start(
        n: usize,
        meta: &CaptureMetadata,
        max_threads: usize,
        engine: &Engine,
        appends: &Appends,
        own_pid: Option<i64>,
        timed: bool,
    ) -> anyhow::Result<(Shards, Vec<usize>)> {
        let mut cpus = rfalco_ring::readers::allowed_cpus();
        if cpus.len() < n {
            cpus.clear();
        }
        cpus.truncate(n);
        let mut s = Shards {
            txs: Vec::with_capacity(n),
            rxs: Vec::with_capacity(n),
            handles: Vec::with_capacity(n),
            n,
            own_pid,
            cur: Batch::default(),
            cur_alerts: Vec::new(),
            free: Vec::new(),
            in_flight: VecDeque::with_capacity(IN_FLIGHT + 1),
            pending: (1..n).map(|_| None).collect(),
            merged: Vec::new(),
        };
        for id in 1..n {
            let (tx, rx) = bounded(IN_FLIGHT + 2);
            let (done_tx, done_rx) = bounded(IN_FLIGHT + 2);
            let hists = if timed {
                let h = || Histogram::new_with_bounds(1, 3_600_000_000_000, 3);
                Some([h()?, h()?])
            } else {
                None
            };
            let shard = Shard {
                id,
                n,
                state: State::from_metadata_with_max(meta, max_threads),
                engine: engine.fork(),
                appends: appends.clone(),
                own_pid,
                hists,
            };
            let cpu = cpus.get(id).copied();
            let handle = std::thread::Builder::new()
                .name(format!("rfalco-shard{id}"))
                .spawn(move || {
                    if let Some(cpu) = cpu {
                        pin_or_warn(cpu, &format!("evaluation shard {id}"));
                    }
                    shard.run(rx, done_tx)
                })
                .with_context(|| format!("starting evaluation shard {id}"))?;
            s.txs.push(tx);
            s.rxs.push(done_rx);
            s.handles.push(handle);
        }
        if let Some(&cpu) = cpus.first() {
            pin_or_warn(cpu, "the reading thread (shard 0)");
        }
        Ok((s, cpus))
    }

    /// The shard that evaluates the event (`None`: nobody, it is our own process's); `state`
    /// is the reading thread's, after the event.
    pub fn evaluator(&self, ev: &EventRef<'_>, state: &State) -> Option<usize> {
        evaluator(ev, state, self.n, self.own_pid)
    }

    /// Has every shard purge `tids` from its table before the next event [`Shards::push`]
    /// adds, as the reading thread just did from its own.
    pub fn purge(&mut self, tids: Vec<i64>) {
        self.cur.purges.push((self.cur.slots.len(), tids));
    }

    /// An alert the reading thread raised for the event it is about to [`Shards::push`].
    pub fn local(&mut self, num: u64, rule: usize, alert: Alert) {
        self.cur_alerts.push((num, rule, alert));
    }

    /// Adds an event to the batch; a full batch goes to the shards.
    pub fn push(&mut self, num: u64, ev: &EventRef<'_>, emit: &mut Emit<'_>) -> anyhow::Result<()> {
        self.cur.push(num, ev);
        if self.cur.is_full() {
            self.dispatch(emit)?;
        }
        Ok(())
    }

    /// Hands out the batch being filled and waits for every batch's alerts.
    pub fn flush(&mut self, emit: &mut Emit<'_>) -> anyhow::Result<()> {
        if !self.cur.slots.is_empty() {
            self.dispatch(emit)?;
        }
        while !self.in_flight.is_empty() {
            self.merge_oldest(emit)?;
        }
        Ok(())
    }

    /// Hands out the batch being filled, if any, and emits the alerts of the batches every
    /// shard has finished, without waiting (live: called whenever the rings are drained, so
    /// that alerts do not wait for a full batch).
    pub fn poll(&mut self, emit: &mut Emit<'_>) -> anyhow::Result<()> {
        if !self.cur.slots.is_empty() {
            self.dispatch(emit)?;
        }
        while !self.in_flight.is_empty() {
            for id in 0..self.rxs.len() {
                if self.pending[id].is_none() {
                    match self.rxs[id].try_recv() {
                        Ok(d) => self.pending[id] = Some(d),
                        Err(crossbeam_channel::TryRecvError::Empty) => {}
                        Err(crossbeam_channel::TryRecvError::Disconnected) => {
                            return Err(self.died(id));
                        }
                    }
                }
            }
            if self.pending.iter().any(Option::is_none) {
                break;
            }
            self.merge_oldest(emit)?;
        }
        Ok(())
    }

    /// Has the shards evaluate what follows with `engine`'s rules; call [`Shards::flush`]
    /// first, so that every event before is evaluated with the rules it came under.
    pub fn swap(&mut self, engine: &Engine, appends: &Appends) -> anyhow::Result<()> {
        if !self.cur.slots.is_empty() || !self.in_flight.is_empty() {
            bail!("rules swapped with events still at the evaluation shards");
        }
        for (i, tx) in self.txs.iter().enumerate() {
            tx.send(ToShard::Swap(
                Box::new(engine.fork()),
                Box::new(appends.clone()),
            ))
            .map_err(|_| self.died(i))?;
        }
        Ok(())
    }

    /// Flushes, stops the shards and returns the conditions they evaluated (their alerts were
    /// counted as they were merged); `--stats` histograms of their state and rules stages are
    /// added to `stats`.
    pub fn finish(
        mut self,
        emit: &mut Emit<'_>,
        stats: Option<&mut Stats>,
    ) -> anyhow::Result<Counts> {
        self.flush(emit)?;
        self.txs.clear();
        let mut counts = Counts::default();
        let mut hists: Option<[Histogram<u64>; 2]> = None;
        for (i, h) in self.handles.drain(..).enumerate() {
            let f = h
                .join()
                .map_err(|_| anyhow!("evaluation shard {} panicked", i + 1))?;
            counts.evaluations += f.counts.evaluations;
            if counts.evaluated_per_rule.is_empty() {
                counts.evaluated_per_rule = f.counts.evaluated_per_rule;
            } else {
                for (a, b) in counts
                    .evaluated_per_rule
                    .iter_mut()
                    .zip(&f.counts.evaluated_per_rule)
                {
                    *a += b;
                }
            }
            if let (Some(acc), Some(h)) = (hists.as_mut(), f.hists.as_ref()) {
                for (a, b) in acc.iter_mut().zip(h) {
                    a.add(b).context("merging the shards' histograms")?;
                }
            } else if hists.is_none() {
                hists = f.hists;
            }
        }
        if let (Some(st), Some([s, r])) = (stats, hists) {
            st.add(Stage::State, &s)?;
            st.add(Stage::Rules, &r)?;
        }
        Ok(counts)
    }

    fn dispatch(&mut self, emit: &mut Emit<'_>) -> anyhow::Result<()> {
        let next = self.free.pop().unwrap_or_default();
        let batch = Arc::new(std::mem::replace(&mut self.cur, next));
        for (i, tx) in self.txs.iter().enumerate() {
            if tx.send(ToShard::Batch(batch.clone())).is_err() {
                return Err(self.died(i));
            }
        }
        let local = std::mem::take(&mut self.cur_alerts);
        self.in_flight.push_back((batch, local));
        while self.in_flight.len() > IN_FLIGHT {
            self.merge_oldest(emit)?;
        }
        Ok(())
    }

    /// Takes every shard's answer for the oldest batch out and emits its alerts in event order.
    fn merge_oldest(&mut self, emit: &mut Emit<'_>) -> anyhow::Result<()> {
        let Some((batch, local)) = self.in_flight.pop_front() else {
            return Ok(());
        };
        self.merged.clear();
        for i in 0..self.rxs.len() {
            let done = match self.pending[i].take() {
                Some(d) => d,
                None => match self.rxs[i].recv() {
                    Ok(d) => d,
                    Err(_) => return Err(self.died(i)),
                },
            };
            if let Some(e) = done.error {
                bail!("evaluation shard {}: {e}", i + 1);
            }
            self.merged
                .extend(done.alerts.into_iter().map(|(n, r, a)| (n, r, a, true)));
        }
        self.merged
            .extend(local.into_iter().map(|(n, r, a)| (n, r, a, false)));
        // Stable: the alerts of one event come from one shard, in rule order.
        self.merged.sort_by_key(|(num, ..)| *num);
        for (num, i, a, remote) in self.merged.drain(..) {
            emit(num, i, a, remote)?;
        }
        // Every shard dropped its reference before answering.
        if let Ok(mut b) = Arc::try_unwrap(batch) {
            b.clear();
            self.free.push(b);
        }
        Ok(())
    }

    /// The error for the shard behind channel `i` (shard `i + 1`), which closed: it stopped,
    /// which only a panic does.
    fn died(&self, i: usize) -> anyhow::Error {
        anyhow!("evaluation shard {} stopped unexpectedly", i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::owner;

    #[test]
    fn owners_spread_and_stay() {
        let n = 4;
        let mut seen = [0usize; 4];
        for pid in 1000..5000 {
            let o = owner(pid, n);
            assert_eq!(o, owner(pid, n));
            seen[o] += 1;
        }
        assert!(seen.iter().all(|&c| c > 800), "{seen:?}");
    }
}
