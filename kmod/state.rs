// SPDX-License-Identifier: GPL-2.0

//! What the devices configure and the probes read: the rings and the capture settings.

use core::ptr::null_mut;
use core::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, AtomicU64, Ordering};

use kernel::prelude::*;

use crate::abi;
use crate::ring::Ring;

/// The module's shared state.
pub(crate) struct State {
    rings: KVec<Ring>,
    max_consumers: u32,
    /// Processes holding at least one device open.
    pub(crate) consumers: AtomicU32,
    /// Captured syscalls, by native number.
    syscalls: [AtomicU64; abi::syscalls::SYSCALL_TABLE_SIZE / 64],
    /// Enabled tracepoints, one bit per `abi::ring::tp` index.
    pub(crate) tracepoints: AtomicU32,
    /// Bytes of I/O buffers captured.
    pub(crate) snaplen: AtomicU32,
    /// Drop syscall exits with a negative return value.
    pub(crate) drop_failed: AtomicBool,
    /// One page of scratch space per CPU, for paths the kernel formats (used with interrupts
    /// off only).
    scratch: VVec<u8>,
}

/// Bytes of scratch space per CPU.
pub(crate) const SCRATCH_LEN: usize = 4096;

/// The published state, for probes and device callbacks.
static STATE: AtomicPtr<State> = AtomicPtr::new(null_mut());

impl State {
    /// Allocates one ring of `dim` bytes per possible CPU and publishes the state.
    pub(crate) fn new(dim: usize, max_consumers: u32) -> Result<Pin<KBox<Self>>> {
        let ncpus = (kernel::cpu::nr_cpu_ids() as usize).min(crate::device::MAX_DEVICES);
        let mut rings = KVec::with_capacity(ncpus, GFP_KERNEL)?;
        for _ in 0..ncpus {
            rings.push(Ring::new(dim)?, GFP_KERNEL)?;
        }
        let mut scratch = VVec::with_capacity(ncpus * SCRATCH_LEN, GFP_KERNEL)?;
        scratch.resize(ncpus * SCRATCH_LEN, 0, GFP_KERNEL)?;
        let state = KBox::pin(
            State {
                scratch,
                rings,
                max_consumers,
                consumers: AtomicU32::new(0),
                syscalls: [const { AtomicU64::new(0) }; abi::syscalls::SYSCALL_TABLE_SIZE / 64],
                tracepoints: AtomicU32::new(0),
                snaplen: AtomicU32::new(abi::ring::SNAPLEN_DEFAULT),
                drop_failed: AtomicBool::new(false),
            },
            GFP_KERNEL,
        )?;
        // Release: pairs with the Acquire in `get`; the state is fully built before anyone
        // can see it.
        STATE.store((&*state as *const State).cast_mut(), Ordering::Release);
        Ok(state)
    }

    /// The published state, if the module is live.
    pub(crate) fn get() -> Option<&'static State> {
        let p = STATE.load(Ordering::Acquire);
        // SAFETY: `p` is null or points to the pinned state, which is unpublished in `drop`
        // only after the devices are deregistered and the probes unregistered and waited for,
        // so no caller can still hold the reference when it is freed.
        unsafe { p.as_ref() }
    }

    /// Number of rings (and devices).
    pub(crate) fn ncpus(&self) -> usize {
        self.rings.len()
    }

    /// Most consumers allowed.
    pub(crate) fn max_consumers(&self) -> u32 {
        self.max_consumers
    }

    /// The ring of CPU `cpu`.
    pub(crate) fn ring(&self, cpu: usize) -> Option<&Ring> {
        self.rings.get(cpu)
    }

    /// The scratch page of CPU `cpu`.
    ///
    /// # Safety
    /// The caller runs on CPU `cpu` with local interrupts disabled and holds no other
    /// reference to this scratch page (probes do not nest with interrupts off).
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn scratch(&self, cpu: usize) -> Option<&mut [u8]> {
        if cpu >= self.rings.len() {
            return None;
        }
        let p = self.scratch.as_ptr().cast_mut().wrapping_add(cpu * SCRATCH_LEN);
        // SAFETY: the page lies inside `scratch`, alive as long as `self`; the caller
        // guarantees exclusive use on this CPU.
        Some(unsafe { core::slice::from_raw_parts_mut(p, SCRATCH_LEN) })
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

    /// Back to the state a fresh consumer expects: nothing captured, default snaplen.
    pub(crate) fn reset_capture(&self) {
        for w in &self.syscalls {
            w.store(0, Ordering::Relaxed);
        }
        self.tracepoints.store(0, Ordering::Relaxed);
        self.snaplen.store(abi::ring::SNAPLEN_DEFAULT, Ordering::Relaxed);
        self.drop_failed.store(false, Ordering::Relaxed);
    }
}

impl Drop for State {
    fn drop(&mut self) {
        STATE.store(null_mut(), Ordering::Release);
    }
}
