// SPDX-License-Identifier: GPL-2.0

//! What the devices configure and the probes read: the consumers (each with its rings and
//! capture settings) and per-CPU scratch space.

use core::ptr::null_mut;
use core::sync::atomic::{AtomicPtr, Ordering};

use kernel::prelude::*;

use crate::consumer::{self, Consumer};
use crate::ring::Ring;

/// The module's shared state.
pub(crate) struct State {
    /// `max_consumers` slots.
    consumers: KVec<Consumer>,
    /// CPUs (and devices, and rings per consumer).
    ncpus: usize,
    /// Bytes of each ring's data area.
    dim: usize,
    /// One page of scratch space per CPU, for paths the kernel formats (used with interrupts
    /// off only).
    scratch: VVec<u8>,
}

/// Bytes of scratch space per CPU.
pub(crate) const SCRATCH_LEN: usize = 4096;

/// The published state, for probes and device callbacks.
static STATE: AtomicPtr<State> = AtomicPtr::new(null_mut());

impl State {
    /// Sets up `max_consumers` empty consumer slots for rings of `dim` bytes and publishes the
    /// state. Rings are allocated when a consumer opens its first device.
    pub(crate) fn new(dim: usize, max_consumers: u32) -> Result<Pin<KBox<Self>>> {
        let ncpus = (kernel::cpu::nr_cpu_ids() as usize).min(crate::device::MAX_DEVICES);
        let mut consumers = KVec::with_capacity(max_consumers as usize, GFP_KERNEL)?;
        for _ in 0..max_consumers {
            consumers.push(Consumer::new(), GFP_KERNEL)?;
        }
        let mut scratch = VVec::with_capacity(ncpus * SCRATCH_LEN, GFP_KERNEL)?;
        scratch.resize(ncpus * SCRATCH_LEN, 0, GFP_KERNEL)?;
        let state = KBox::pin(State { consumers, ncpus, dim, scratch }, GFP_KERNEL)?;
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

    /// Number of CPUs (devices).
    pub(crate) fn ncpus(&self) -> usize {
        self.ncpus
    }

    /// Bytes of each ring's data area.
    pub(crate) fn dim(&self) -> usize {
        self.dim
    }

    /// Consumer slot `i`.
    pub(crate) fn consumer(&self, i: usize) -> Option<&Consumer> {
        self.consumers.get(i)
    }

    /// The slot of process `owner`, or a free one; `None` when all are taken by others.
    /// Called under the open lock.
    pub(crate) fn slot_for(&self, owner: u64) -> Option<usize> {
        self.consumers
            .iter()
            .position(|c| c.owner() == owner)
            .or_else(|| self.consumers.iter().position(|c| c.owner() == 0))
    }

    /// The consumers with rings, each with its ring for CPU `cpu`.
    pub(crate) fn rings_on(&self, cpu: usize) -> impl Iterator<Item = (&Consumer, &Ring)> {
        self.consumers.iter().filter_map(move |c| Some((c, c.rings()?.get(cpu)?)))
    }

    /// Whether any consumer with rings satisfies `f` (probes check this before any work).
    pub(crate) fn any(&self, f: impl Fn(&consumer::Settings) -> bool) -> bool {
        self.consumers.iter().any(|c| c.rings().is_some() && f(&c.settings))
    }

    /// The scratch page of CPU `cpu`.
    ///
    /// # Safety
    /// The caller runs on CPU `cpu` with local interrupts disabled and holds no other
    /// reference to this scratch page (probes do not nest with interrupts off).
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn scratch(&self, cpu: usize) -> Option<&mut [u8]> {
        if cpu >= self.ncpus {
            return None;
        }
        let p = self.scratch.as_ptr().cast_mut().wrapping_add(cpu * SCRATCH_LEN);
        // SAFETY: the page lies inside `scratch`, alive as long as `self`; the caller
        // guarantees exclusive use on this CPU.
        Some(unsafe { core::slice::from_raw_parts_mut(p, SCRATCH_LEN) })
    }
}

impl Drop for State {
    fn drop(&mut self) {
        STATE.store(null_mut(), Ordering::Release);
        // Every device is closed by now (an open device holds the module), so every consumer
        // has already freed its rings; free any a failed open left behind all the same.
        for c in &self.consumers {
            if let Some(p) = c.take_rings() {
                // SAFETY: the probes were unregistered and synchronised before the state is
                // dropped; nothing references these rings any more.
                unsafe { consumer::free_rings(p) };
            }
        }
    }
}
