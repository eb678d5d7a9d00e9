//! Draining several CPUs' rings as one stream in timestamp order, reading every event in place.

use scap_format::EventRef;

use crate::batch::BatchError;
use crate::protocol::BadHead;
use crate::ring::{ReadBatch, Ring};

/// Counters of one drain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Drained {
    /// Events handed to the callback.
    pub events: u64,
    /// Corrupt records met (each ends its ring's batch).
    pub corrupt: u64,
}

/// Why a drain stopped.
#[derive(Debug, thiserror::Error)]
pub enum DrainError {
    /// A ring's head is out of range.
    #[error("ring of cpu {cpu}: {source}")]
    BadHead {
        /// The CPU.
        cpu: usize,
        /// The error.
        source: BadHead,
    },
    /// A reader thread ended without being asked to (it panicked).
    #[error("the reader thread of cpu {cpu} stopped")]
    ReaderGone {
        /// The CPU it was pinned to (unpinned: its first ring's).
        cpu: usize,
    },
}

/// Takes what every ring holds now and hands the events to `sink` merged by timestamp (a k-way
/// merge over the per-CPU batches, each already in order). Every batch is given back to its
/// producer when the drain ends. Corrupt records are counted, and the rest of that ring's batch
/// is skipped.
pub fn drain_merged(
    rings: &mut [Ring],
    mut sink: impl FnMut(&EventRef<'_>),
) -> Result<Drained, DrainError> {
    let mut batches: Vec<ReadBatch<'_>> = Vec::with_capacity(rings.len());
    for (cpu, r) in rings.iter_mut().enumerate() {
        batches.push(
            r.read()
                .map_err(|source| DrainError::BadHead { cpu, source })?,
        );
    }
    let mut out = Drained::default();
    while let Some(i) = earliest(batches.iter().map(ReadBatch::peek_ts)) {
        match batches[i].next_event() {
            Some(Ok(ev)) => {
                out.events += 1;
                sink(&ev);
            }
            Some(Err(BatchError { .. })) => out.corrupt += 1,
            None => {}
        }
    }
    Ok(out)
}

/// The position of the earliest of the streams' next timestamps (`None`: that stream has
/// nothing now), the first of equals; `None` when no stream has anything.
pub(crate) fn earliest(next_ts: impl Iterator<Item = Option<u64>>) -> Option<usize> {
    let mut best: Option<(usize, u64)> = None;
    for (i, ts) in next_ts.enumerate() {
        if let Some(ts) = ts {
            if best.is_none_or(|(_, t)| ts < t) {
                best = Some((i, ts));
            }
        }
    }
    best.map(|(i, _)| i)
}
