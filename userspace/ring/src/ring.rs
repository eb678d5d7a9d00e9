//! One CPU's ring: the info page and the double-mapped data, read batch by batch.

use scap_format::EventRef;

use crate::batch::{Batch, BatchError};
use crate::mapping::{DoubleMap, InfoMap};
use crate::protocol::{BadHead, Consumer};

/// A mapped ring being consumed.
#[derive(Debug)]
pub struct Ring {
    info: InfoMap,
    data: DoubleMap,
    cpu: u16,
    corrupt: u64,
}

impl Ring {
    /// A ring from its mapped info page and data area, for CPU `cpu`.
    pub fn new(info: InfoMap, data: DoubleMap, cpu: u16) -> Self {
        Self {
            info,
            data,
            cpu,
            corrupt: 0,
        }
    }

    /// The CPU of this ring.
    pub fn cpu(&self) -> u16 {
        self.cpu
    }

    /// The info page (counters).
    pub fn info(&self) -> &InfoMap {
        &self.info
    }

    /// The mapped data area.
    pub(crate) fn data(&self) -> &DoubleMap {
        &self.data
    }

    /// The head/tail protocol over this ring's info page.
    pub(crate) fn consumer(&self) -> Consumer<'_> {
        Consumer::new(self.info.head(), self.info.tail(), self.data.dim() as u32)
    }

    /// Batches that held a corrupt record (their remaining bytes were given back unread).
    pub fn corrupt_batches(&self) -> u64 {
        self.corrupt
    }

    /// The events published and not yet consumed. They are given back to the producer when the
    /// batch is dropped; events borrow the batch, so none can outlive that.
    pub fn read(&mut self) -> Result<ReadBatch<'_>, BadHead> {
        let dim = self.data.dim() as u32;
        let r = Consumer::new(self.info.head(), self.info.tail(), dim).poll()?;
        // SAFETY: the bytes from tail to the head loaded with Acquire by `poll` are published
        // and the producer leaves them alone until tail moves past them, which happens only in
        // `ReadBatch::drop`, after every borrow of this slice has ended (events borrow the
        // batch, the batch borrows `self`). This assumes this `Ring` is the ring's only
        // consumer: no second mapping of the same info page (another `Device::map` or
        // `InfoMap::map` of the device, or a forked process) stores to `tail` meanwhile.
        let bytes = unsafe {
            self.data
                .bytes(r.tail as usize % self.data.dim(), r.len as usize)
        };
        Ok(ReadBatch {
            batch: Batch::new(bytes, self.cpu),
            ring_info: &self.info,
            dim,
            corrupt: &mut self.corrupt,
        })
    }
}

/// Events read in place from a ring; given back to the producer on drop.
#[derive(Debug)]
pub struct ReadBatch<'r> {
    batch: Batch<'r>,
    ring_info: &'r InfoMap,
    dim: u32,
    corrupt: &'r mut u64,
}

impl ReadBatch<'_> {
    /// The next event, valid until the next call.
    pub fn next_event(&mut self) -> Option<Result<EventRef<'_>, BatchError>> {
        let r = self.batch.next_event()?;
        if r.is_err() {
            *self.corrupt += 1;
        }
        Some(r)
    }

    /// Timestamp of the next event, without consuming it.
    pub fn peek_ts(&self) -> Option<u64> {
        self.batch.peek_ts()
    }

    /// Bytes read so far.
    pub fn consumed(&self) -> usize {
        self.batch.consumed()
    }
}

impl Drop for ReadBatch<'_> {
    fn drop(&mut self) {
        let c = Consumer::new(self.ring_info.head(), self.ring_info.tail(), self.dim);
        c.release(self.batch.consumed() as u32);
    }
}
