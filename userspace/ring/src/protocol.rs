//! The head/tail protocol of one ring, on offsets only (the bytes are read elsewhere).
//!
//! The producer (the kernel module) owns `head`, the consumer owns `tail`; both are offsets into
//! a data area of `dim` bytes, `head == tail` meaning empty, and one byte always stays free.
//! - Producer: write the record at `head`, then store the new `head` with Release.
//! - Consumer: load `head` with Acquire (pairs with the producer's Release store: every byte
//!   before `head` is visible), read the records, then store the new `tail` with Release (pairs
//!   with the producer's Acquire load of `tail`: the producer reuses those bytes only after we
//!   are done reading them).
//!
//! The consumer never trusts `head`: a value outside the data area is reported, not followed.

use scap_format::abi::ring::{readable, writable};

use crate::sync::{AtomicU32, Ordering};

/// The consumer's view of one ring's counters.
#[derive(Debug)]
pub struct Consumer<'a> {
    head: &'a AtomicU32,
    tail: &'a AtomicU32,
    dim: u32,
}

/// What the ring holds for the consumer now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Readable {
    /// Offset of the first unread byte.
    pub tail: u32,
    /// Bytes that may be read from `tail` on (contiguous in a double mapping).
    pub len: u32,
}

/// The producer published a `head` outside the data area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("ring head {head} is outside the {dim}-byte data area")]
pub struct BadHead {
    /// The value read.
    pub head: u32,
    /// The data area size.
    pub dim: u32,
}

impl<'a> Consumer<'a> {
    /// A consumer over the `head` and `tail` of a ring of `dim` bytes.
    pub fn new(head: &'a AtomicU32, tail: &'a AtomicU32, dim: u32) -> Self {
        Self { head, tail, dim }
    }

    /// The producer's `head`: every byte before it is published.
    pub fn head(&self) -> Result<u32, BadHead> {
        // Acquire: pairs with the producer's Release store of head; the record bytes before it
        // are visible once we see it.
        let head = self.head.load(Ordering::Acquire);
        if head >= self.dim {
            return Err(BadHead {
                head,
                dim: self.dim,
            });
        }
        Ok(head)
    }

    /// The consumer's `tail` now.
    pub fn tail(&self) -> u32 {
        // Acquire: pairs with the Release store in `release`, which may have been made on
        // another thread (a reader thread starting after the consuming thread gave bytes back).
        self.tail.load(Ordering::Acquire) % self.dim
    }

    /// The bytes published and not yet consumed.
    pub fn poll(&self) -> Result<Readable, BadHead> {
        let head = self.head()?;
        // Relaxed: tail is ours; only the consuming thread stores it.
        let tail = self.tail.load(Ordering::Relaxed);
        Ok(Readable {
            tail,
            len: readable(head, tail % self.dim, self.dim),
        })
    }

    /// Gives `n` bytes from the current tail back to the producer.
    pub fn release(&self, n: u32) {
        let tail = self.tail.load(Ordering::Relaxed);
        let next = ((u64::from(tail) + u64::from(n)) % u64::from(self.dim)) as u32;
        // Release: pairs with the producer's Acquire load of tail; our reads of the released
        // bytes happen before the producer overwrites them.
        self.tail.store(next, Ordering::Release);
    }
}

/// A producer of one ring: the kernel module's side, here for tests and models.
#[derive(Debug)]
pub struct Producer<'a> {
    head: &'a AtomicU32,
    tail: &'a AtomicU32,
    dim: u32,
}

impl<'a> Producer<'a> {
    /// A producer over the `head` and `tail` of a ring of `dim` bytes.
    pub fn new(head: &'a AtomicU32, tail: &'a AtomicU32, dim: u32) -> Self {
        Self { head, tail, dim }
    }

    /// Where a record of `len` bytes goes, if it fits now; `None` when the ring is full.
    pub fn reserve(&self, len: u32) -> Option<u32> {
        // Relaxed: head is ours.
        let head = self.head.load(Ordering::Relaxed);
        // Acquire: pairs with the consumer's Release store of tail.
        let tail = self.tail.load(Ordering::Acquire) % self.dim;
        (writable(head, tail, self.dim) >= len).then_some(head)
    }

    /// Publishes a record of `len` bytes written at the reserved offset.
    pub fn publish(&self, len: u32) {
        let head = self.head.load(Ordering::Relaxed);
        let next = ((u64::from(head) + u64::from(len)) % u64::from(self.dim)) as u32;
        // Release: pairs with the consumer's Acquire load of head.
        self.head.store(next, Ordering::Release);
    }
}
