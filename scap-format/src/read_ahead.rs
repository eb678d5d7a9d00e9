//! Reading a capture on a thread of its own, ahead of the thread that uses the events.
//!
//! [`CaptureReader::for_each_event_read_ahead`] hands out the same events, in the same order
//! and with the same errors, as [`CaptureReader::for_each_event_or_wait`]; the block walk, the
//! decompression, the validation and the conversion of old events run on a second thread.
//! That thread notes where each event lies: in a mapped file or an in-memory capture, its
//! place in those bytes (nothing is copied); from a stream, or built by the converter, a copy
//! in the batch. Batches go to the calling thread through a bounded channel and come back
//! empty for reuse: once the first few have been filled nothing allocates, and the reader is
//! never more than [`QUEUED`] batches ahead.

use std::ops::ControlFlow;
use std::sync::mpsc;

use crate::error::ReadError;
use crate::event::EventRef;
use crate::reader::{CaptureReader, Next};
use crate::source::Shared;

/// Events in one batch (a batch also closes at [`BATCH_BYTES`]).
pub const BATCH_EVENTS: usize = 4096;
/// Bytes of events copied into one batch, beyond which it closes (one larger event makes a
/// batch of one).
pub const BATCH_BYTES: usize = 1024 * 1024;
/// Full batches the reader may hold ready before it waits for the user of the events.
pub const QUEUED: usize = 4;

/// Where one event of a batch is.
#[derive(Clone, Copy)]
struct Place {
    /// Its start in the shared capture bytes, or in the batch's copies.
    start: usize,
    len: u32,
    /// In the batch's copies (an event the reader built or read from a stream), not in the
    /// capture's bytes.
    copied: bool,
    /// The event's origin word (CPU, capture flags, length width).
    origin: u64,
}

/// A run of events read ahead: where each lies, and copies of those that do not stay in place.
#[derive(Default)]
struct Batch {
    places: Vec<Place>,
    copies: Vec<u8>,
    /// The reader is about to wait for a pipe's writer after these events.
    then_waiting: bool,
}

impl Batch {
    fn clear(&mut self) {
        self.places.clear();
        self.copies.clear();
        self.then_waiting = false;
    }

    /// Adds the event: its place when it lies in `shared`, else a copy of it.
    fn push(&mut self, ev: &EventRef<'_>, shared: Option<&[u8]>) {
        let bytes = ev.as_bytes();
        let len = bytes.len() as u32;
        let origin = ev.origin();
        if let Some(start) = shared.and_then(|s| offset_in(s, bytes)) {
            self.places.push(Place {
                start,
                len,
                copied: false,
                origin,
            });
        } else {
            self.places.push(Place {
                start: self.copies.len(),
                len,
                copied: true,
                origin,
            });
            self.copies.extend_from_slice(bytes);
        }
    }

    fn is_full(&self) -> bool {
        self.places.len() >= BATCH_EVENTS || self.copies.len() >= BATCH_BYTES
    }
}

/// Where `part` starts in `whole`, when it lies within it.
fn offset_in(whole: &[u8], part: &[u8]) -> Option<usize> {
    let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    (start.checked_add(part.len())? <= whole.len()).then_some(start)
}

impl CaptureReader {
    /// [`CaptureReader::for_each_event_or_wait`], with the capture read on another thread:
    /// `f` runs on the calling thread while the next events are read, up to [`QUEUED`]
    /// batches of [`BATCH_EVENTS`] ahead. Events, their order, [`Next::Waiting`] (after the
    /// events read before the wait) and a read error (after every event before it) are what
    /// the one-thread loop gives; when `f` breaks, the reading thread stops at its next batch
    /// (the events it had read beyond the break are not handed out again). Without a thread
    /// to be had, the events are read on the calling thread.
    pub fn for_each_event_read_ahead<B>(
        &mut self,
        mut f: impl FnMut(Next<'_, '_>) -> ControlFlow<B>,
    ) -> Result<Option<B>, ReadError> {
        // Looked up once: the reading thread notes places in these bytes, this one reads them.
        let shared = self.shared_source();
        let in_place = shared.as_ref().map(Shared::bytes);
        let reader = &mut *self;
        let ahead = std::thread::scope(|scope| {
            // Made here, so that leaving this closure (`f` breaking or panicking) closes them
            // and the reading thread, blocked on a full channel or not, stops before the join.
            let (full_tx, full_rx) = mpsc::sync_channel::<Batch>(QUEUED);
            // Room for every batch there can be, so that giving one back never blocks.
            let (empty_tx, empty_rx) = mpsc::sync_channel::<Batch>(QUEUED + 2);
            let reading = std::thread::Builder::new()
                .name("capture-read".into())
                .spawn_scoped(scope, move || {
                    read_batches(reader, in_place, &full_tx, &empty_rx)
                });
            let reading = match reading {
                Ok(handle) => handle,
                // No thread to be had: the same events, read here.
                Err(_) => return None,
            };
            for mut batch in full_rx.iter() {
                for p in &batch.places {
                    let from = if p.copied {
                        &batch.copies[..]
                    } else {
                        in_place.unwrap_or_default()
                    };
                    // Never skips: each place was taken from these very bytes.
                    let Some(bytes) = from.get(p.start..p.start + p.len as usize) else {
                        continue;
                    };
                    let ev = EventRef::from_copy(bytes, p.origin);
                    if let ControlFlow::Break(b) = f(Next::Event(&ev)) {
                        // Dropping the channels stops the reading thread.
                        return Some(Ok(Some(b)));
                    }
                }
                if batch.then_waiting {
                    if let ControlFlow::Break(b) = f(Next::Waiting) {
                        return Some(Ok(Some(b)));
                    }
                }
                batch.clear();
                // The reader may have stopped (the end of the capture): then it is not needed.
                let _ = empty_tx.try_send(batch);
            }
            // The channel closed: the reader has sent everything it read before it stopped.
            Some(match reading.join() {
                Ok(result) => result.map(|_| None),
                Err(panic) => std::panic::resume_unwind(panic),
            })
        });
        match ahead {
            Some(result) => result,
            None => self.for_each_event_or_wait(f),
        }
    }
}

/// The reading thread: fills batches (events within `in_place`, the reader's shared bytes,
/// by place) until the capture ends, an error comes, or nobody takes the batches any more
/// (`Ok(Some(()))`).
fn read_batches(
    reader: &mut CaptureReader,
    in_place: Option<&[u8]>,
    full: &mpsc::SyncSender<Batch>,
    empty: &mpsc::Receiver<Batch>,
) -> Result<Option<()>, ReadError> {
    let take = || empty.try_recv().unwrap_or_default();
    let mut batch = take();
    let result = reader.for_each_event_or_wait(|next| {
        match next {
            Next::Event(ev) => {
                batch.push(ev, in_place);
                if !batch.is_full() {
                    return ControlFlow::Continue(());
                }
            }
            Next::Waiting => {
                batch.then_waiting = true;
            }
        }
        match full.send(std::mem::replace(&mut batch, take())) {
            Ok(()) => ControlFlow::Continue(()),
            Err(_) => ControlFlow::Break(()),
        }
    });
    // What was read before the end or the error goes first.
    if !batch.places.is_empty() && full.send(batch).is_err() {
        return Ok(Some(()));
    }
    result
}
