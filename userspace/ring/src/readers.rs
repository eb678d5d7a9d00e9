//! Reader threads: the rings split into groups, one thread per group pinned to the group's CPU.
//!
//! A reader walks the records of its rings in place (the bytes the kernel wrote on that CPU,
//! still in its cache), checks each one with [`EventRef::parse`], and queues its place (offset,
//! length, timestamp) on a lock-free single-producer single-consumer queue (rtrb) of that ring.
//! The consuming thread merges the queues by timestamp, reads each event at its place, hands it
//! on, and gives the bytes back to the producer when its pass is over. Nothing is copied: a
//! place names bytes still in the ring, which the producer leaves alone until `tail` moves past
//! them, and only the consuming thread moves `tail`.
//!
//! Backpressure: a full queue stops its reader at that ring until the consuming thread catches
//! up. The ring then fills and the module counts what it drops; no one waits on the kernel.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread::{JoinHandle, Thread};
use std::time::Duration;

use scap_format::EventRef;
use scap_format::abi::header;
use scap_format::abi::ring::readable;

use crate::merge::{DrainError, Drained, earliest};
use crate::protocol::BadHead;
use crate::ring::Ring;

/// Places queued per ring between its reader and the consuming thread.
pub const QUEUE_PLACES: usize = 8192;

/// Idle back-off of a reader whose rings are empty, as libscap's (0.5 ms doubling to 30 ms).
const IDLE_MIN: Duration = Duration::from_micros(500);
const IDLE_MAX: Duration = Duration::from_millis(30);

/// Where one record lies in its ring.
#[derive(Clone, Copy, Debug)]
struct Place {
    /// Offset in the data area (below its size).
    off: u32,
    /// Bytes: the record's length, or after an impossible length the rest of what was
    /// published.
    len: u32,
    /// The record's timestamp (0 after an impossible length, so merging takes it next).
    ts: u64,
    corrupt: bool,
}

/// The rings one reader thread walks, and the CPU it is pinned to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The CPU, or `None` when the kernel did not say which CPUs this process may use.
    pub cpu: Option<usize>,
    /// Indexes of the rings.
    pub rings: Vec<usize>,
}

/// Splits rings into reader groups. A ring whose CPU this process may run on (`allowed`) is
/// read by a thread pinned to that CPU; the others are shared round-robin among the allowed
/// CPUs; with no allowed CPUs known, one unpinned thread reads them all.
pub fn plan(ring_cpus: &[u16], allowed: &[usize]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for (i, &cpu) in ring_cpus.iter().enumerate() {
        let cpu = usize::from(cpu);
        let target = if allowed.is_empty() {
            None
        } else if allowed.contains(&cpu) {
            Some(cpu)
        } else {
            Some(allowed[i % allowed.len()])
        };
        match groups.iter_mut().find(|g| g.cpu == target) {
            Some(g) => g.rings.push(i),
            None => groups.push(Group {
                cpu: target,
                rings: vec![i],
            }),
        }
    }
    groups
}

/// Why a reader thread stopped on its own.
#[derive(Debug, thiserror::Error)]
#[error("ring of cpu {cpu}: {source}")]
struct ReaderError {
    cpu: u16,
    source: BadHead,
}

/// One reader thread.
struct Reader {
    group: Group,
    thread: Option<JoinHandle<Result<(), ReaderError>>>,
}

/// Rings drained by reader threads, merged by timestamp on the thread that started them.
pub struct Readers {
    rings: Vec<Arc<Ring>>,
    queues: Vec<rtrb::Consumer<Place>>,
    /// Per ring: places this pass may still take (those queued when it began).
    left: Vec<usize>,
    /// Per ring: whether its queue was full when this pass began.
    full_at_start: Vec<bool>,
    /// Per ring: bytes taken in this pass, given back at its end.
    taken: Vec<u32>,
    /// Per ring: corrupt records met (see [`Readers::corrupt`]).
    corrupt: Vec<u64>,
    readers: Vec<Reader>,
    /// Per ring: the reader thread that walks it (woken when its full queue is drained).
    reader_of: Vec<Option<Thread>>,
    /// Pinning failures, one line each.
    warnings: Vec<String>,
    stop: Arc<AtomicBool>,
}

impl std::fmt::Debug for Readers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Readers")
            .field("rings", &self.rings.len())
            .field("groups", &self.groups())
            .finish_non_exhaustive()
    }
}

impl Readers {
    /// Starts one reader thread per group of [`plan`] over `rings`, each pinned to its CPU
    /// (`allowed`: the CPUs this process may run on). The calling thread is the consuming one:
    /// readers wake it (see [`Readers::wait`]) when they queue events.
    pub fn start(rings: Vec<Ring>, allowed: &[usize]) -> std::io::Result<Self> {
        Self::with_queues(rings, allowed, QUEUE_PLACES)
    }

    /// [`Readers::start`] with queues of `places` places per ring (at least 1).
    pub fn with_queues(
        rings: Vec<Ring>,
        allowed: &[usize],
        places: usize,
    ) -> std::io::Result<Self> {
        let cpus: Vec<u16> = rings.iter().map(Ring::cpu).collect();
        let rings: Vec<Arc<Ring>> = rings.into_iter().map(Arc::new).collect();
        let mut producers = Vec::with_capacity(rings.len());
        let mut queues = Vec::with_capacity(rings.len());
        for _ in &rings {
            let (p, c) = rtrb::RingBuffer::new(places.max(1));
            producers.push(Some(p));
            queues.push(c);
        }
        let stop = Arc::new(AtomicBool::new(false));
        let consumer = std::thread::current();
        let n = rings.len();
        let mut out = Readers {
            left: vec![0; n],
            full_at_start: vec![false; n],
            taken: vec![0; n],
            corrupt: vec![0; n],
            rings,
            queues,
            readers: Vec::new(),
            reader_of: vec![None; n],
            warnings: Vec::new(),
            stop,
        };
        let (pinned_tx, pinned_rx) = mpsc::channel();
        for group in plan(&cpus, allowed) {
            let work: Vec<(Arc<Ring>, rtrb::Producer<Place>)> = group
                .rings
                .iter()
                .filter_map(|&i| Some((out.rings[i].clone(), producers[i].take()?)))
                .collect();
            let (stop, wake, pinned) = (out.stop.clone(), consumer.clone(), pinned_tx.clone());
            let cpu = group.cpu;
            let thread = std::thread::Builder::new()
                .name(match cpu {
                    Some(c) => format!("rfalco-ring-reader-cpu{c}"),
                    None => "rfalco-ring-reader".to_string(),
                })
                .spawn(move || {
                    let pin = cpu.map(|c| (c, pin(c)));
                    // `start` waits for every reader's answer, until the last sender is gone.
                    let _ = pinned.send(pin);
                    drop(pinned);
                    read_group(work, &stop, &wake)
                });
            let thread = match thread {
                Ok(t) => t,
                Err(e) => {
                    // Stop the readers already started (Drop) and report.
                    drop(out);
                    return Err(e);
                }
            };
            for &i in &group.rings {
                out.reader_of[i] = Some(thread.thread().clone());
            }
            out.readers.push(Reader {
                group,
                thread: Some(thread),
            });
        }
        drop(pinned_tx);
        for (cpu, result) in pinned_rx.iter().flatten() {
            if let Err(e) = result {
                out.warnings
                    .push(format!("ring reader not pinned to CPU {cpu}: {e}"));
            }
        }
        Ok(out)
    }

    /// The rings, in the order given to [`Readers::start`].
    pub fn rings(&self) -> impl Iterator<Item = &Ring> {
        self.rings.iter().map(|r| &**r)
    }

    /// The reader threads' groups.
    pub fn groups(&self) -> Vec<&Group> {
        self.readers.iter().map(|r| &r.group).collect()
    }

    /// Readers the kernel did not let pin to their CPU, one line each.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Corrupt records met in each ring: a record that is not a valid event is skipped alone;
    /// one whose length is impossible takes the rest of what its reader had seen of the ring
    /// with it (record boundaries past it cannot be trusted; those bytes go back unread).
    pub fn corrupt(&self) -> &[u64] {
        &self.corrupt
    }

    /// Takes every event queued now and hands them to `sink` merged by timestamp (a k-way
    /// merge of the rings' queues, each in its ring's order), then gives their bytes back to
    /// the producers. Places queued during the pass wait for the next one. A reader that met a
    /// `head` outside its data area has stopped: that is the error.
    pub fn drain_merged(
        &mut self,
        mut sink: impl FnMut(&EventRef<'_>),
    ) -> Result<Drained, DrainError> {
        self.check()?;
        let Readers {
            rings,
            queues,
            left,
            taken,
            corrupt,
            reader_of,
            full_at_start,
            ..
        } = self;
        for ((l, f), q) in left
            .iter_mut()
            .zip(full_at_start.iter_mut())
            .zip(queues.iter())
        {
            *l = q.slots();
            *f = *l == q.buffer().capacity();
        }

        let mut out = Drained::default();
        loop {
            let next = queues
                .iter()
                .zip(left.iter())
                .map(|(q, &l)| q.peek().ok().filter(|_| l > 0).map(|p| p.ts));
            let Some(i) = earliest(next) else { break };
            let Ok(p) = queues[i].pop() else { break };
            left[i] -= 1;
            taken[i] += p.len;
            let ring = &rings[i];
            let ev = (!p.corrupt)
                .then(|| {
                    // SAFETY: the reader queued this place after loading `head` with Acquire and
                    // found a whole record there, between `tail` and that head; `tail` moves
                    // only below, after the pass, when the event (which borrows these bytes) is
                    // gone. The producer writes only past `head` and before `tail`, so no one
                    // writes them while they are read.
                    unsafe { ring.data().bytes(p.off as usize, p.len as usize) }
                })
                // A whole record (its length is sound) that is not a valid event is counted and
                // skipped alone, the next record starting after it.
                .and_then(|bytes| EventRef::parse(bytes).ok());
            match ev {
                Some(ev) => {
                    out.events += 1;
                    sink(&ev.with_origin(ring.cpu(), 0));
                }
                None => {
                    out.corrupt += 1;
                    corrupt[i] += 1;
                }
            }
        }
        for (i, (ring, t)) in rings.iter().zip(taken.iter_mut()).enumerate() {
            if *t > 0 {
                ring.consumer().release(*t);
                *t = 0;
                // A reader whose queue was full at the start of the pass may be waiting for
                // room: there is some now. The others come back on their own (waking them
                // every pass would cost a system call each time).
                if full_at_start[i] {
                    if let Some(Some(r)) = reader_of.get(i) {
                        r.unpark();
                    }
                }
            }
        }
        Ok(out)
    }

    /// Sleeps until a reader queues events or `timeout` passes (or earlier: a spurious wake-up
    /// only costs a pass). Only the thread that started the readers is woken by them.
    pub fn wait(&self, timeout: Duration) {
        if self.queues.iter().all(rtrb::Consumer::is_empty) {
            std::thread::park_timeout(timeout);
        }
    }

    /// The error of a reader that stopped on its own, if one did.
    fn check(&mut self) -> Result<(), DrainError> {
        for r in &mut self.readers {
            if !r.thread.as_ref().is_some_and(JoinHandle::is_finished) {
                continue;
            }
            let Some(t) = r.thread.take() else { continue };
            // The CPU it was pinned to, or unpinned, that of its first ring.
            let cpu = r.group.cpu.unwrap_or_else(|| {
                r.group
                    .rings
                    .first()
                    .map_or(0, |&i| usize::from(self.rings[i].cpu()))
            });
            return match t.join() {
                Ok(Ok(())) => Err(DrainError::ReaderGone { cpu }),
                Ok(Err(e)) => Err(DrainError::BadHead {
                    cpu: usize::from(e.cpu),
                    source: e.source,
                }),
                Err(_) => Err(DrainError::ReaderGone { cpu }),
            };
        }
        Ok(())
    }
}

impl Drop for Readers {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        for r in &mut self.readers {
            if let Some(t) = r.thread.take() {
                t.thread().unpark();
                // Its result was either reported by `check` or no longer matters.
                let _ = t.join();
            }
        }
    }
}

/// The CPUs this process may run on, in order (empty when the kernel does not say).
pub fn allowed_cpus() -> Vec<usize> {
    use rustix::thread::{CpuSet, sched_getaffinity};
    sched_getaffinity(None).map_or_else(
        |_| Vec::new(),
        |set| (0..CpuSet::MAX_CPU).filter(|&i| set.is_set(i)).collect(),
    )
}

/// Pins the calling thread to `cpu`.
pub fn pin(cpu: usize) -> std::io::Result<()> {
    let mut set = rustix::thread::CpuSet::new();
    set.set(cpu);
    rustix::thread::sched_setaffinity(None, &set).map_err(std::io::Error::from)
}

/// The length and timestamp of the record at the start of `bytes`, if its length is possible
/// (a whole header, within `bytes`). The rest of the event is checked where it is read.
fn record_at(bytes: &[u8]) -> Option<(u32, u64)> {
    let len = header::read_u32(bytes, header::offset::LEN)?;
    let ts = header::read_u64(bytes, header::offset::TS)?;
    (len as usize >= header::EVENT_HEADER_LEN && len as usize <= bytes.len()).then_some((len, ts))
}

/// A reader thread: walks its rings from their tails, queues every record's place, wakes the
/// consuming thread, and backs off while they are empty, until `stop`.
fn read_group(
    mut work: Vec<(Arc<Ring>, rtrb::Producer<Place>)>,
    stop: &AtomicBool,
    wake: &Thread,
) -> Result<(), ReaderError> {
    // Where each ring's unread records start: its tail now (nothing is taken yet; from here
    // on the consuming thread gives back only bytes this thread queued, so tail <= cursor).
    let mut cursors: Vec<u32> = work.iter().map(|(r, _)| r.consumer().tail()).collect();
    let mut idle = IDLE_MIN;
    while !stop.load(Ordering::Acquire) {
        let (mut queued, mut blocked) = (false, false);
        for ((ring, queue), cursor) in work.iter_mut().zip(cursors.iter_mut()) {
            let dim = ring.data().dim() as u32;
            let head = ring.consumer().head().map_err(|source| ReaderError {
                cpu: ring.cpu(),
                source,
            })?;
            let mut avail = readable(head, *cursor, dim);
            while avail > 0 && !queue.is_full() {
                // SAFETY: the `avail` bytes from the cursor lie between `tail` (at or before the
                // cursor) and the head just loaded with Acquire, so they are published and the
                // producer leaves them alone until `tail` passes them, which the consuming
                // thread does only for places already queued (behind the cursor). The slice
                // does not outlive this iteration.
                let bytes = unsafe { ring.data().bytes(*cursor as usize, avail as usize) };
                let place = match record_at(bytes) {
                    Some((len, ts)) => Place {
                        off: *cursor,
                        len,
                        ts,
                        corrupt: false,
                    },
                    // Record boundaries past a record whose length is impossible cannot be
                    // trusted: everything published so far goes back with it.
                    None => Place {
                        off: *cursor,
                        len: avail,
                        ts: 0,
                        corrupt: true,
                    },
                };
                if queue.push(place).is_err() {
                    break;
                }
                *cursor = (*cursor + place.len) % dim;
                avail -= place.len;
                queued = true;
            }
            blocked |= avail > 0;
        }
        if queued {
            wake.unpark();
            idle = IDLE_MIN;
        } else if blocked {
            // Full queues: the consuming thread is behind; look again soon, without backing off.
            std::thread::park_timeout(IDLE_MIN);
        } else {
            std::thread::park_timeout(idle);
            idle = (idle * 2).min(IDLE_MAX);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_ring_is_read_on_its_own_cpu_when_allowed() {
        assert_eq!(
            plan(&[0, 1, 2], &[0, 1, 2, 3]),
            vec![
                Group {
                    cpu: Some(0),
                    rings: vec![0]
                },
                Group {
                    cpu: Some(1),
                    rings: vec![1]
                },
                Group {
                    cpu: Some(2),
                    rings: vec![2]
                },
            ]
        );
    }

    #[test]
    fn rings_of_cpus_not_allowed_are_shared_among_the_allowed() {
        // taskset -c 1 on a 4-CPU host: one reader on CPU 1 reads every ring.
        assert_eq!(
            plan(&[0, 1, 2, 3], &[1]),
            vec![Group {
                cpu: Some(1),
                rings: vec![0, 1, 2, 3]
            }]
        );
        // CPUs 0 and 2 allowed: ring 1 goes to allowed[1 % 2] = 2, ring 3 to allowed[1] = 2.
        assert_eq!(
            plan(&[0, 1, 2, 3], &[0, 2]),
            vec![
                Group {
                    cpu: Some(0),
                    rings: vec![0]
                },
                Group {
                    cpu: Some(2),
                    rings: vec![1, 2, 3]
                },
            ]
        );
    }

    #[test]
    fn no_known_cpus_means_one_unpinned_reader() {
        assert_eq!(
            plan(&[0, 1], &[]),
            vec![Group {
                cpu: None,
                rings: vec![0, 1]
            }]
        );
    }
}
