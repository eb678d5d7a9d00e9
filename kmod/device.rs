// SPDX-License-Identifier: GPL-2.0

//! The devices: one misc device per CPU ring, with open, mmap and ioctl.

use core::ptr::null_mut;
use core::sync::atomic::{AtomicPtr, Ordering};

use kernel::fs::File;
use kernel::miscdevice::{MiscDevice, MiscDeviceOptions, MiscDeviceRegistration};
use kernel::mm::virt::VmaNew;
use kernel::page::PAGE_SIZE;
use kernel::prelude::*;

use crate::state::State;

/// Most devices (CPUs) supported.
pub(crate) const MAX_DEVICES: usize = 64;

/// Device names: misc devices take `'static` names.
static NAMES: [&CStr; MAX_DEVICES] = [
    c"falco0",
    c"falco1",
    c"falco2",
    c"falco3",
    c"falco4",
    c"falco5",
    c"falco6",
    c"falco7",
    c"falco8",
    c"falco9",
    c"falco10",
    c"falco11",
    c"falco12",
    c"falco13",
    c"falco14",
    c"falco15",
    c"falco16",
    c"falco17",
    c"falco18",
    c"falco19",
    c"falco20",
    c"falco21",
    c"falco22",
    c"falco23",
    c"falco24",
    c"falco25",
    c"falco26",
    c"falco27",
    c"falco28",
    c"falco29",
    c"falco30",
    c"falco31",
    c"falco32",
    c"falco33",
    c"falco34",
    c"falco35",
    c"falco36",
    c"falco37",
    c"falco38",
    c"falco39",
    c"falco40",
    c"falco41",
    c"falco42",
    c"falco43",
    c"falco44",
    c"falco45",
    c"falco46",
    c"falco47",
    c"falco48",
    c"falco49",
    c"falco50",
    c"falco51",
    c"falco52",
    c"falco53",
    c"falco54",
    c"falco55",
    c"falco56",
    c"falco57",
    c"falco58",
    c"falco59",
    c"falco60",
    c"falco61",
    c"falco62",
    c"falco63",
];

/// The registrations, so `open` can tell which CPU's device it is.
static REGISTRATIONS: [AtomicPtr<MiscDeviceRegistration<FalcoFile>>; MAX_DEVICES] =
    [const { AtomicPtr::new(null_mut()) }; MAX_DEVICES];

/// The registered devices; dropping them removes the device nodes.
pub(crate) struct Devices {
    _regs: KVec<Pin<KBox<MiscDeviceRegistration<FalcoFile>>>>,
}

impl Devices {
    /// Registers `/dev/falco0` .. `/dev/falco{n-1}`.
    pub(crate) fn register(n: usize) -> Result<Self> {
        let mut regs = KVec::with_capacity(n, GFP_KERNEL)?;
        for (i, name) in NAMES.iter().take(n).enumerate() {
            let reg = KBox::pin_init(
                MiscDeviceRegistration::register(MiscDeviceOptions { name }),
                GFP_KERNEL,
            )?;
            REGISTRATIONS[i].store((&*reg as *const MiscDeviceRegistration<FalcoFile>).cast_mut(), Ordering::Release);
            regs.push(reg, GFP_KERNEL)?;
        }
        Ok(Devices { _regs: regs })
    }
}

impl Drop for Devices {
    fn drop(&mut self) {
        for r in &REGISTRATIONS {
            r.store(null_mut(), Ordering::Release);
        }
    }
}

/// One open device: a consumer of CPU `cpu`'s ring.
pub(crate) struct FalcoFile {
    cpu: usize,
}

#[vtable]
impl MiscDevice for FalcoFile {
    type Ptr = KBox<Self>;

    fn open(_file: &File, misc: &MiscDeviceRegistration<Self>) -> Result<KBox<Self>> {
        let me = (misc as *const MiscDeviceRegistration<Self>).cast_mut();
        let cpu = REGISTRATIONS
            .iter()
            .position(|r| r.load(Ordering::Acquire) == me)
            .ok_or(ENODEV)?;
        let state = State::get().ok_or(ENODEV)?;
        let ring = state.ring(cpu).ok_or(ENODEV)?;
        if ring.opened.compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed).is_err() {
            return Err(EBUSY);
        }
        // Each consumer opens one device per CPU.
        let limit = state.max_consumers() as usize * state.ncpus();
        if state.consumers.fetch_add(1, Ordering::AcqRel) as usize >= limit {
            state.consumers.fetch_sub(1, Ordering::AcqRel);
            ring.opened.store(false, Ordering::Release);
            return Err(EBUSY);
        }
        if state.consumers.load(Ordering::Acquire) == 1 {
            state.reset_capture();
        }
        ring.reset();
        match KBox::new(FalcoFile { cpu }, GFP_KERNEL) {
            Ok(f) => Ok(f),
            Err(e) => {
                state.consumers.fetch_sub(1, Ordering::AcqRel);
                ring.opened.store(false, Ordering::Release);
                Err(e.into())
            }
        }
    }

    fn release(device: KBox<Self>, _file: &File) {
        if let Some(state) = State::get() {
            if state.consumers.fetch_sub(1, Ordering::AcqRel) == 1 {
                state.reset_capture();
            }
            if let Some(ring) = state.ring(device.cpu) {
                ring.opened.store(false, Ordering::Release);
            }
        }
    }

    fn mmap(me: &FalcoFile, _file: &File, vma: &VmaNew) -> Result {
        let state = State::get().ok_or(ENODEV)?;
        let ring = state.ring(me.cpu).ok_or(ENODEV)?;
        let len = vma.end() - vma.start();
        // SAFETY: reads a plain field of the vma being set up, which this callback may inspect.
        let pgoff = unsafe { (*vma.as_ptr()).vm_pgoff };
        if pgoff != 0 || len == 0 {
            return Err(EINVAL);
        }
        vma.set_dontexpand();
        vma.set_dontcopy();
        if len <= PAGE_SIZE {
            let page = ring.info_page()?;
            vma.set_mixedmap().vm_insert_page(vma.start(), &page)?;
            return Ok(());
        }
        if len != 2 * ring.dim() {
            return Err(EINVAL);
        }
        // The data pages are the producer's: refuse a writable mapping (and mprotect later).
        vma.try_clear_maywrite().map_err(|_| EPERM)?;
        let mixed = vma.set_mixedmap();
        let mut off = 0;
        while off < len {
            let page = ring.data_page(off % ring.dim())?;
            mixed.vm_insert_page(vma.start() + off, &page)?;
            off += PAGE_SIZE;
        }
        Ok(())
    }

    fn ioctl(_me: &FalcoFile, _file: &File, cmd: u32, arg: usize) -> Result<isize> {
        let state = State::get().ok_or(ENODEV)?;
        crate::ioctl::handle(state, cmd, arg)
    }
}
