// SPDX-License-Identifier: GPL-2.0

//! Consumers: each process that opens the devices gets its own rings, one per CPU, and its own
//! capture settings, so two readers (rfalco and a second tool) never steal each other's events.
//! At most `max_consumers` at once; the rings are allocated at a consumer's first open and freed
//! after its last close, once no probe can still be writing to them.

use core::ptr::null_mut;
use core::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, AtomicU64, Ordering};

use kernel::prelude::*;

use crate::abi;
use crate::ring::Ring;

/// What one consumer captures.
pub(crate) struct Settings {
    /// Captured syscalls, by native number.
    syscalls: [AtomicU64; abi::syscalls::SYSCALL_TABLE_SIZE / 64],
    /// Enabled tracepoints, one bit per `abi::ring::tp` index.
    tracepoints: AtomicU32,
    /// Bytes of I/O buffers captured.
    snaplen: AtomicU32,
    /// Drop syscall exits with a negative return value.
    drop_failed: AtomicBool,
}

impl Settings {
    const fn new() -> Self {
        Settings {
            syscalls: [const { AtomicU64::new(0) }; abi::syscalls::SYSCALL_TABLE_SIZE / 64],
            tracepoints: AtomicU32::new(0),
            snaplen: AtomicU32::new(abi::ring::SNAPLEN_DEFAULT),
            drop_failed: AtomicBool::new(false),
        }
    }

    /// Whether syscall `nr` (native number) is captured.
    pub(crate) fn syscall_enabled(&self, nr: usize) -> bool {
        self.syscalls
            .get(nr / 64)
            .is_some_and(|w| w.load(Ordering::Relaxed) & (1 << (nr % 64)) != 0)
    }

    /// Captures syscall `nr`, or stops.
    pub(crate) fn set_syscall(&self, nr: usize, on: bool) -> Result {
        let w = self.syscalls.get(nr / 64).ok_or(EINVAL)?;
        if on {
            w.fetch_or(1 << (nr % 64), Ordering::Relaxed);
        } else {
            w.fetch_and(!(1 << (nr % 64)), Ordering::Relaxed);
        }
        Ok(())
    }

    /// Whether tracepoint `tp` is enabled.
    pub(crate) fn tp_enabled(&self, tp: u32) -> bool {
        self.tracepoints.load(Ordering::Relaxed) & (1 << tp) != 0
    }

    /// Enables or disables the tracepoints of `mask`.
    pub(crate) fn set_tps(&self, mask: u32, on: bool) {
        if on {
            self.tracepoints.fetch_or(mask, Ordering::Relaxed);
        } else {
            self.tracepoints.fetch_and(!mask, Ordering::Relaxed);
        }
    }

    /// Bytes of I/O data captured per event.
    pub(crate) fn snaplen(&self) -> usize {
        self.snaplen.load(Ordering::Relaxed) as usize
    }

    /// Sets the snaplen (checked by the caller).
    pub(crate) fn set_snaplen(&self, v: u32) {
        self.snaplen.store(v, Ordering::Relaxed);
    }

    /// Whether failed syscall exits are dropped.
    pub(crate) fn drop_failed(&self) -> bool {
        self.drop_failed.load(Ordering::Relaxed)
    }

    /// Drops failed syscall exits, or stops.
    pub(crate) fn set_drop_failed(&self, on: bool) {
        self.drop_failed.store(on, Ordering::Relaxed);
    }

    /// Back to what a new consumer starts with: nothing captured, default snaplen.
    fn reset(&self) {
        for w in &self.syscalls {
            w.store(0, Ordering::Relaxed);
        }
        self.tracepoints.store(0, Ordering::Relaxed);
        self.snaplen.store(abi::ring::SNAPLEN_DEFAULT, Ordering::Relaxed);
        self.drop_failed.store(false, Ordering::Relaxed);
    }
}

/// One consumer slot.
///
/// `owner` and `opened` change only under the devices' open lock; `rings` is published with
/// Release once allocated and read with Acquire by the probes.
pub(crate) struct Consumer {
    /// Thread group id of the owning process; 0 when the slot is free.
    owner: AtomicU64,
    /// Devices of this consumer currently open.
    opened: AtomicU32,
    /// The consumer's rings, one per CPU; null while it has none.
    rings: AtomicPtr<KVec<Ring>>,
    /// What it captures.
    pub(crate) settings: Settings,
}

impl Consumer {
    pub(crate) const fn new() -> Self {
        Consumer {
            owner: AtomicU64::new(0),
            opened: AtomicU32::new(0),
            rings: AtomicPtr::new(null_mut()),
            settings: Settings::new(),
        }
    }

    /// The owning process, 0 when free.
    pub(crate) fn owner(&self) -> u64 {
        self.owner.load(Ordering::Relaxed)
    }

    /// The consumer's rings, if it has them.
    ///
    /// The reference is valid for the caller's probe invocation or device callback: rings are
    /// unpublished and then freed only after every probe has returned and the last device of
    /// the consumer is closed.
    pub(crate) fn rings(&self) -> Option<&KVec<Ring>> {
        let p = self.rings.load(Ordering::Acquire);
        // SAFETY: `p` is null or a ring set published by `attach`; it is freed by `detach` only
        // after it is unpublished and the probes are synchronised, and device callbacks run
        // only while one of the consumer's devices is open (so before `detach`).
        unsafe { p.as_ref() }
    }

    /// Takes the slot for `owner` and opens one more of its devices, allocating its rings
    /// (`ncpus` of `dim` bytes) on its first open. Called under the open lock.
    pub(crate) fn attach(&self, owner: u64, ncpus: usize, dim: usize) -> Result {
        if self.rings.load(Ordering::Acquire).is_null() {
            let mut rings = KVec::with_capacity(ncpus, GFP_KERNEL)?;
            for _ in 0..ncpus {
                rings.push(Ring::new(dim)?, GFP_KERNEL)?;
            }
            let b = KBox::new(rings, GFP_KERNEL)?;
            self.settings.reset();
            // Release: the rings are fully built before a probe can see them.
            self.rings.store(KBox::into_raw(b), Ordering::Release);
        }
        self.owner.store(owner, Ordering::Relaxed);
        self.opened.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Closes one of the consumer's devices; on the last one frees the slot and returns its
    /// rings, to be freed with [`free_rings`] once no probe can use them. Called under the open
    /// lock.
    pub(crate) fn detach(&self) -> Option<*mut KVec<Ring>> {
        if self.opened.fetch_sub(1, Ordering::Relaxed) != 1 {
            return None;
        }
        self.settings.reset();
        self.owner.store(0, Ordering::Relaxed);
        self.take_rings()
    }

    /// Unpublishes the consumer's rings and returns them, to be freed with [`free_rings`].
    pub(crate) fn take_rings(&self) -> Option<*mut KVec<Ring>> {
        let p = self.rings.swap(null_mut(), Ordering::AcqRel);
        (!p.is_null()).then_some(p)
    }
}

/// Frees a ring set taken by [`Consumer::detach`].
///
/// # Safety
/// `p` came from `detach` and no probe or device callback can still reference it (the probes
/// were synchronised after it was unpublished).
pub(crate) unsafe fn free_rings(p: *mut KVec<Ring>) {
    // SAFETY: `p` was made by `KBox::into_raw` in `attach` and is no longer referenced.
    drop(unsafe { KBox::from_raw(p) });
}
