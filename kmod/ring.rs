// SPDX-License-Identifier: GPL-2.0

//! One CPU's ring: the info page shared with the consumer, the data pages, and the writer.

use core::ptr::NonNull;
use core::sync::atomic::{AtomicBool, Ordering};

use kernel::alloc::allocator::Vmalloc;
use kernel::page::PAGE_SIZE;
use kernel::prelude::*;
use kernel::sync::atomic::{Acquire, Atomic, Relaxed, Release};

use crate::abi::header::EVENT_HEADER_LEN;
use crate::abi::ring::{RING_INFO_LEN, info_offset, writable};

/// Drop categories, in `ppm_ring_buffer_info` order after `n_drops_buffer`.
#[derive(Clone, Copy)]
pub(crate) enum DropCategory {
    /// Everything else of interest.
    OtherInterestExit = 7,
    /// Process exit.
    ProcExit = 9,
}

/// A per-CPU ring.
///
/// # Invariants
/// `info` is one zero-initialised page and `data` holds exactly `dim` bytes, both vmalloc'd and
/// alive as long as the ring; `dim` is a power of two.
pub(crate) struct Ring {
    info: VBox<[u64; PAGE_SIZE / 8]>,
    data: VVec<u8>,
    dim: usize,
    /// Held while an event is written: a nested or concurrent writer drops its event (counted).
    busy: AtomicBool,
    /// A consumer has this ring open.
    pub(crate) opened: AtomicBool,
}

const _: () = assert!(RING_INFO_LEN <= PAGE_SIZE);

impl Ring {
    /// Allocates a ring with a `dim`-byte data area.
    pub(crate) fn new(dim: usize) -> Result<Self> {
        let info = VBox::<[u64; PAGE_SIZE / 8]>::zeroed(GFP_KERNEL)?;
        let mut data = VVec::with_capacity(dim, GFP_KERNEL)?;
        data.resize(dim, 0, GFP_KERNEL)?;
        // INVARIANT: one zeroed page, `dim` data bytes.
        Ok(Self { info, data, dim, busy: AtomicBool::new(false), opened: AtomicBool::new(false) })
    }

    /// Data area size.
    pub(crate) fn dim(&self) -> usize {
        self.dim
    }

    fn u32_at(&self, off: usize) -> &Atomic<u32> {
        let p = self.info.as_ptr().cast::<u8>().wrapping_add(off).cast_mut().cast::<u32>();
        // SAFETY: `off` is an aligned field offset inside the info page, which lives as long as
        // `self`; both sides access these words only atomically.
        unsafe { Atomic::from_ptr(p) }
    }

    fn u64_at(&self, off: usize) -> &Atomic<u64> {
        let p = self.info.as_ptr().cast::<u8>().wrapping_add(off).cast_mut().cast::<u64>();
        // SAFETY: as in `u32_at`, for the 8-byte aligned counters.
        unsafe { Atomic::from_ptr(p) }
    }

    fn bump(&self, off: usize) {
        self.u64_at(off).add(1u64, Relaxed);
    }

    /// Zeroes head, tail and every counter (a new consumer starts from an empty ring).
    pub(crate) fn reset(&self) {
        self.u32_at(info_offset::HEAD).store(0, Release);
        self.u32_at(info_offset::TAIL).store(0, Release);
        let mut off = info_offset::N_EVTS;
        while off < RING_INFO_LEN {
            self.u64_at(off).store(0, Relaxed);
            off += 8;
        }
    }

    /// Records one event: header fields, then the parameters. Counts it in `n_evts`, and
    /// when it cannot be written (ring full, untrusted tail out of range, or another writer in
    /// the ring) counts the drop instead.
    pub(crate) fn record(&self, ts: u64, tid: u64, ty: u16, params: &[&[u8]], cat: DropCategory) {
        self.bump(info_offset::N_EVTS);
        if self.busy.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            self.bump(info_offset::N_PREEMPTIONS);
            return;
        }
        let mut len = EVENT_HEADER_LEN + 2 * params.len();
        for p in params {
            len += p.len();
        }
        let dim = self.dim as u32;
        // Relaxed: head is ours.
        let head = self.u32_at(info_offset::HEAD).load(Relaxed);
        // Acquire: pairs with the consumer's Release store of tail; it is done with the bytes
        // before tail. The consumer is untrusted: a tail outside the ring means no room.
        let tail = self.u32_at(info_offset::TAIL).load(Acquire);
        if tail >= dim || (writable(head, tail, dim) as usize) < len {
            self.bump(info_offset::N_DROPS_BUFFER);
            self.bump(info_offset::N_DROPS_BUFFER + 8 + 8 * cat as usize);
            self.busy.store(false, Ordering::Release);
            return;
        }
        let mut at = head as usize;
        let mut hdr = [0u8; EVENT_HEADER_LEN];
        crate::abi::header::EventHeader { ts, tid, len: len as u32, ty, nparams: params.len() as u32 }
            .write(&mut hdr);
        at = self.put(at, &hdr);
        for p in params {
            at = self.put(at, &(p.len() as u16).to_le_bytes());
        }
        for p in params {
            at = self.put(at, p);
        }
        // Release: pairs with the consumer's Acquire load of head; the event bytes are visible
        // before the new head is.
        self.u32_at(info_offset::HEAD).store(at as u32, Release);
        self.busy.store(false, Ordering::Release);
    }

    /// Copies `b` into the data area at `at`, wrapping at the end; returns the next offset.
    fn put(&self, at: usize, b: &[u8]) -> usize {
        let base = self.data.as_ptr().cast_mut();
        let first = b.len().min(self.dim - at);
        // SAFETY: `at < dim` and `first <= dim - at`: inside the data area; the free space was
        // checked against `tail` under the busy flag, so no consumer reads these bytes now.
        unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), base.add(at), first) };
        if first < b.len() {
            // SAFETY: the rest goes to the start of the data area, still inside the free space.
            unsafe { core::ptr::copy_nonoverlapping(b.as_ptr().add(first), base, b.len() - first) };
        }
        (at + b.len()) % self.dim
    }

    /// The page of the info area.
    pub(crate) fn info_page(&self) -> Result<kernel::page::BorrowedPage<'_>> {
        let ptr = NonNull::new(self.info.as_ptr().cast::<u8>().cast_mut()).ok_or(EFAULT)?;
        // SAFETY: `ptr` is the start of the live vmalloc'd info page owned by `self`.
        Ok(unsafe { Vmalloc::to_page(ptr) })
    }

    /// The page holding data byte `off` (`off < dim`, page-aligned).
    pub(crate) fn data_page(&self, off: usize) -> Result<kernel::page::BorrowedPage<'_>> {
        if off >= self.dim {
            return Err(EINVAL);
        }
        let ptr = NonNull::new(self.data.as_ptr().cast_mut().wrapping_add(off)).ok_or(EFAULT)?;
        // SAFETY: `ptr` lies inside the live vmalloc'd data area owned by `self`.
        Ok(unsafe { Vmalloc::to_page(ptr) })
    }
}
