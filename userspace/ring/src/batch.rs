//! Walking the readable bytes of a ring as events, in place.

use scap_format::{EventError, EventRef};

/// The events in a run of readable ring bytes.
#[derive(Debug)]
pub struct Batch<'a> {
    bytes: &'a [u8],
    pos: usize,
    cpu: u16,
}

/// A record in the ring is not a valid event: the ring's contents cannot be trusted from there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid event at ring offset {offset}: {source}")]
pub struct BatchError {
    /// Offset within the batch.
    pub offset: usize,
    /// What is wrong.
    pub source: EventError,
}

impl<'a> Batch<'a> {
    /// The events in `bytes` (as read from `tail` on), captured on `cpu`.
    pub fn new(bytes: &'a [u8], cpu: u16) -> Self {
        Self { bytes, pos: 0, cpu }
    }

    /// Timestamp of the next event without consuming it; `None` when the batch is done. A
    /// record too short to carry one peeks as 0, so that merging takes it next and
    /// [`Batch::next_event`] reports it.
    pub fn peek_ts(&self) -> Option<u64> {
        let rest = self.bytes.get(self.pos..).filter(|r| !r.is_empty())?;
        Some(
            scap_format::abi::header::read_u64(rest, scap_format::abi::header::offset::TS)
                .unwrap_or(0),
        )
    }

    /// Bytes consumed so far: what to hand back with [`crate::Consumer::release`].
    pub fn consumed(&self) -> usize {
        self.pos
    }

    /// The next event, `None` when the batch is done, or an error for a corrupt record (the
    /// caller counts it and gives the rest of the batch back).
    pub fn next_event(&mut self) -> Option<Result<EventRef<'a>, BatchError>> {
        let rest = self.bytes.get(self.pos..)?;
        if rest.is_empty() {
            return None;
        }
        match EventRef::parse(rest) {
            Ok(ev) => {
                self.pos += ev.as_bytes().len();
                Some(Ok(ev.with_origin(self.cpu, 0)))
            }
            Err(source) => {
                let offset = self.pos;
                self.pos = self.bytes.len();
                Some(Err(BatchError { offset, source }))
            }
        }
    }
}
