// SPDX-License-Identifier: GPL-2.0

//! One CPU's ring: the info page shared with the consumer, the data pages, and the writer.

use core::ptr::NonNull;
use core::sync::atomic::{AtomicBool, Ordering};

use kernel::alloc::allocator::Vmalloc;
use kernel::page::PAGE_SIZE;
use kernel::prelude::*;
use kernel::sync::atomic::{Atomic, Relaxed, Release};

use crate::abi::ring::{RING_INFO_LEN, info_offset};

/// Drop categories, in `ppm_ring_buffer_info` order after `n_drops_buffer`.
#[derive(Clone, Copy)]
pub(crate) enum DropCategory {
    /// Clone, fork and vfork exits.
    CloneForkExit = 0,
    /// execve exits.
    ExecveExit = 1,
    /// connect enters.
    ConnectEnter = 2,
    /// connect exits.
    ConnectExit = 3,
    /// open family enters.
    OpenEnter = 4,
    /// open family exits.
    OpenExit = 5,
    /// Directory and file operation exits.
    DirFileExit = 6,
    /// Everything else of interest.
    OtherInterestExit = 7,
    /// close exits.
    CloseExit = 8,
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
    pub(crate) busy: AtomicBool,
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
        // `self`; this module accesses these words only through these atomics. The page is
        // also mapped writable into the consumer, which may store anything at any time: that
        // only changes the values loaded here, and every one is treated as untrusted (a `tail`
        // or `head` outside the ring means no room).
        unsafe { Atomic::from_ptr(p) }
    }

    fn u64_at(&self, off: usize) -> &Atomic<u64> {
        let p = self.info.as_ptr().cast::<u8>().wrapping_add(off).cast_mut().cast::<u64>();
        // SAFETY: as in `u32_at`, for the 8-byte aligned counters.
        unsafe { Atomic::from_ptr(p) }
    }

    pub(crate) fn bump(&self, off: usize) {
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

    /// The producer's `head`.
    pub(crate) fn head(&self) -> &Atomic<u32> {
        self.u32_at(info_offset::HEAD)
    }

    /// The consumer's `tail` (untrusted).
    pub(crate) fn tail(&self) -> &Atomic<u32> {
        self.u32_at(info_offset::TAIL)
    }

    /// Counts a dropped event: a user memory fault, or no room (in the category too).
    pub(crate) fn count_drop(&self, fault: bool, cat: DropCategory) {
        if fault {
            self.bump(info_offset::N_DROPS_PF);
        } else {
            self.bump(info_offset::N_DROPS_BUFFER);
            self.bump(info_offset::N_DROPS_BUFFER + 8 + 8 * cat as usize);
        }
    }

    /// Releases the writer flag taken by `begin`.
    pub(crate) fn release(&self) {
        self.busy.store(false, Ordering::Release);
    }

    /// Pointer to data byte `at` (`at < dim`).
    pub(crate) fn data_ptr(&self, at: usize) -> *mut u8 {
        debug_assert!(at < self.dim);
        self.data.as_ptr().cast_mut().wrapping_add(at)
    }

    /// Copies `b` into the data area at `at`, wrapping at the end; returns the next offset.
    ///
    /// A safe function with an unchecked precondition that its `unsafe` copies rely on:
    /// `at < dim` and `b.len() <= dim` (writers pass offsets masked by `dim - 1` and lengths
    /// bounded by the free space, which is below `dim`).
    pub(crate) fn put(&self, at: usize, b: &[u8]) -> usize {
        let base = self.data.as_ptr().cast_mut();
        let first = b.len().min(self.dim - at);
        // SAFETY: `at < dim` and `first <= dim - at`: inside the data area; the free space was
        // checked against `tail` under the busy flag, so no consumer reads these bytes now.
        unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), base.add(at), first) };
        if first < b.len() {
            // SAFETY: the rest goes to the start of the data area, still inside the free space.
            unsafe { core::ptr::copy_nonoverlapping(b.as_ptr().add(first), base, b.len() - first) };
        }
        // `dim` is a power of two.
        (at + b.len()) & (self.dim - 1)
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
