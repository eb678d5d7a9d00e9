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
        // SAFETY: called once per module load, before any device can be opened.
        unsafe { OPEN_LOCK.init() };
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

kernel::sync::global_lock! {
    // SAFETY: initialised in `Devices::register`, before any device exists.
    unsafe(uninit) static OPEN_LOCK: Mutex<()> = ();
}

/// One open device: consumer `consumer`'s ring of CPU `cpu`.
pub(crate) struct FalcoFile {
    cpu: usize,
    consumer: usize,
}

impl FalcoFile {
    /// This device's ring.
    fn ring<'a>(&self, state: &'a State) -> Result<&'a crate::ring::Ring> {
        let c = state.consumer(self.consumer).ok_or(ENODEV)?;
        c.rings().and_then(|r| r.get(self.cpu)).ok_or(ENODEV)
    }
}

/// Thread group id of the calling process.
fn current_tgid() -> u64 {
    crate::task::Task::current().pid()
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
        let file = KBox::new(FalcoFile { cpu, consumer: 0 }, GFP_KERNEL)?;
        let tgid = current_tgid();
        let _guard = OPEN_LOCK.lock();
        // A process is one consumer, whichever devices it opens; a new process takes a free
        // slot, and there are `max_consumers` of them.
        let idx = state.slot_for(tgid).ok_or(EBUSY)?;
        let c = state.consumer(idx).ok_or(EBUSY)?;
        if c.rings().and_then(|r| r.get(cpu)).is_some_and(|r| r.opened.load(Ordering::Acquire)) {
            // The consumer has this ring open already.
            return Err(EBUSY);
        }
        c.attach(tgid, state.ncpus(), state.dim())?;
        let ring = c.rings().and_then(|r| r.get(cpu)).ok_or(ENODEV)?;
        ring.opened.store(true, Ordering::Release);
        ring.reset();
        let mut file = file;
        file.consumer = idx;
        Ok(file)
    }

    fn release(device: KBox<Self>, _file: &File) {
        let Some(state) = State::get() else { return };
        let Some(c) = state.consumer(device.consumer) else { return };
        let guard = OPEN_LOCK.lock();
        if let Ok(ring) = device.ring(state) {
            ring.opened.store(false, Ordering::Release);
        }
        let freed = c.detach();
        drop(guard);
        if let Some(rings) = freed {
            // No probe may still be writing into the unpublished rings when they are freed.
            crate::probes::synchronize();
            // SAFETY: unpublished by `detach`, the probes synchronised since, and this was the
            // consumer's last open device, so no callback can reach them either.
            unsafe { crate::consumer::free_rings(rings) };
        }
    }

    fn mmap(me: &FalcoFile, _file: &File, vma: &VmaNew) -> Result {
        let state = State::get().ok_or(ENODEV)?;
        let ring = me.ring(state)?;
        let len = vma.end() - vma.start();
        // SAFETY: reads a plain field of the vma being set up, which this callback may inspect.
        let pgoff = unsafe { (*vma.as_ptr()).vm_pgoff };
        if pgoff != 0 || len == 0 {
            return Err(EINVAL);
        }
        vma.set_dontexpand();
        vma.set_dontcopy();
        // Ring pages hold data other processes chose (paths, arguments): never executable,
        // now or after an mprotect.
        vma.try_clear_mayexec().map_err(|_| EPERM)?;
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

    fn ioctl(me: &FalcoFile, _file: &File, cmd: u32, arg: usize) -> Result<isize> {
        let state = State::get().ok_or(ENODEV)?;
        let c = state.consumer(me.consumer).ok_or(ENODEV)?;
        crate::ioctl::handle(&c.settings, cmd, arg)
    }
}
