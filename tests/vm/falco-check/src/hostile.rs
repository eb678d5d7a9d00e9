//! Hostile consumers and a storm: an unprivileged open, version ioctls aimed at bad pointers,
//! a consumer writing garbage into `tail`, and every vCPU calling getppid at once; each must
//! end in an error or counted drops, never an oops.

use std::fs::OpenOptions;
use std::os::fd::AsFd;
use std::sync::atomic::Ordering;

use rfalco_ring::device::DeviceSet;
use rustix::io::Errno;
use rustix::ioctl::{IntegerSetter, Opcode, ioctl};
use scap_format::abi::ring::{info_offset, ioctl as nr, tp};

use crate::{NR_GETPPID, Report, errno_name, per_cpu, run_getppid};

/// An unprivileged thread (uid/gid 65534) cannot open a device.
pub(crate) fn unprivileged_open(r: &mut Report) {
    let got = std::thread::spawn(|| {
        let nobody_g = rustix::process::Gid::from_raw(65534);
        let nobody = rustix::process::Uid::from_raw(65534);
        rustix::thread::set_thread_gid(nobody_g).map_err(|e| format!("setgid: {e}"))?;
        rustix::thread::set_thread_uid(nobody).map_err(|e| format!("setuid: {e}"))?;
        match OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/falco0")
        {
            Ok(_) => Ok::<_, String>(None),
            Err(e) => Ok(e.raw_os_error().map(Errno::from_raw_os_error)),
        }
    })
    .join()
    .unwrap_or_else(|_| Err("thread panicked".into()));
    r.check(
        "fc_unprivileged_open_eacces",
        got == Ok(Some(Errno::ACCESS)),
        format!("{:?}", got.map(|e| e.map(errno_name))),
    );
}

/// The version ioctls with null, misaligned, kernel and unmapped pointers: EFAULT each.
pub(crate) fn bad_pointers(r: &mut Report) {
    let f = match crate::open_dev(0) {
        Ok(f) => f,
        Err(e) => return r.check("fc_bad_pointers_efault", false, format!("open falco0: {e}")),
    };
    let fd = f.as_fd();
    let mut detail = String::new();
    let mut ok = true;
    for addr in [
        0usize,
        1,
        0xffff_ffff_8100_0000,
        0x7fff_ffff_f000,
        usize::MAX - 7,
    ] {
        // SAFETY: the opcode writes a u64 through its argument; every address here is one the
        // kernel must refuse (null, unmapped or kernel memory), so nothing of ours is written.
        let got = unsafe {
            ioctl(
                fd,
                IntegerSetter::<{ nr::GET_API_VERSION as Opcode }>::new_usize(addr),
            )
        };
        ok &= got == Err(Errno::FAULT);
        detail += &format!(
            " {addr:#x}={}",
            got.map_or_else(errno_name, |()| "ok".into())
        );
    }
    r.check("fc_bad_pointers_efault", ok, detail.trim_start());
}

/// A consumer that writes garbage into `tail`: the module treats the ring as full and counts
/// every event dropped; a sane tail afterwards brings events back.
pub(crate) fn garbage_tail(r: &mut Report, set: &DeviceSet) {
    let rings = match set.map_all() {
        Ok(v) => v,
        Err(e) => return r.check("fc_garbage_tail", false, e.to_string()),
    };
    let Some(ring0) = rings.first() else {
        return r.check("fc_garbage_tail", false, "no rings");
    };
    ring0.info().tail().store(0xffff_fff0, Ordering::Release);
    let run = run_getppid(set, 100, Some(0));
    let evts = ring0.info().counter(info_offset::N_EVTS);
    let drops = ring0.info().counter(info_offset::N_DROPS_BUFFER);
    let head = ring0.info().head().load(Ordering::Acquire);
    let ok = run.is_ok() && evts == 100 && drops == 100 && head == 0;
    r.check(
        "fc_garbage_tail",
        ok,
        format!(
            "n_evts={evts} drops={drops} head={head} run={:?}",
            run.err()
        ),
    );
}

/// One thread per vCPU, each pinned, calls getppid `n` times into undrained 1 MiB rings: per
/// CPU, events read + counted drops == n_evts, and the n_evts add up to every call.
pub(crate) fn storm(r: &mut Report, set: &DeviceSet, n: u64) {
    let ncpu = set.devices().len();
    let res = (|| -> Result<_, String> {
        let mut rings = set.map_all().map_err(|e| e.to_string())?;
        let io = |req, arg| set.devices()[0].ioctl(req, arg).map_err(|e| e.to_string());
        io(nr::ENABLE_SYSCALL, usize::from(NR_GETPPID))?;
        io(nr::ENABLE_TP, tp::SYS_EXIT as usize)?;
        let threads: Vec<_> = (0..ncpu)
            .map(|cpu| {
                std::thread::spawn(move || {
                    let mut cs = rustix::thread::CpuSet::new();
                    cs.set(cpu);
                    let _ = rustix::thread::sched_setaffinity(None, &cs);
                    for _ in 0..n {
                        std::hint::black_box(rustix::process::getppid());
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().map_err(|_| "storm thread panicked".to_string())?;
        }
        io(nr::DISABLE_TP, tp::SYS_EXIT as usize)?;
        io(nr::DISABLE_SYSCALL, usize::from(NR_GETPPID))?;
        let mut tallies = Vec::new();
        for ring in &mut rings {
            tallies.push(crate::drain(ring, 0, 0)?);
        }
        Ok(tallies)
    })();
    let tallies = match res {
        Ok(t) => t,
        Err(e) => return r.check("fc_storm_accounting", false, e),
    };
    let total: u64 = tallies.iter().map(|t| t.n_evts).sum();
    let reconcile = tallies
        .iter()
        .all(|t| t.read + t.drops_buffer + t.drops_pf + t.preemptions == t.n_evts);
    let want = n * ncpu as u64;
    r.check(
        "fc_storm_accounting",
        reconcile && total == want,
        format!(
            "n_evts={total}/{want} reconcile={reconcile} {}",
            per_cpu(&tallies)
        ),
    );
}

/// An ioctl with a request number and an integer argument chosen at run time.
struct RawIoctl {
    op: Opcode,
    arg: usize,
}

// SAFETY: the argument goes to the kernel as it is; callers pass integers, addresses the
// kernel must refuse, or the address of a live `u64` (the only thing the module writes, for
// the version requests, is one u64).
unsafe impl rustix::ioctl::Ioctl for RawIoctl {
    type Output = ();
    const IS_MUTATING: bool = true;

    fn opcode(&self) -> Opcode {
        self.op
    }

    fn as_ptr(&mut self) -> *mut core::ffi::c_void {
        self.arg as *mut core::ffi::c_void
    }

    unsafe fn output_from_ptr(
        _: rustix::ioctl::IoctlOutput,
        _: *mut core::ffi::c_void,
    ) -> rustix::io::Result<()> {
        Ok(())
    }
}

/// What the module must answer to request `op` with argument `arg` (the ABI of
/// `kmod/ioctl.rs`, restated): `scratch` is the one writable address among the arguments.
fn expected(op: u32, arg: usize, scratch: usize) -> Result<(), Errno> {
    match op {
        nr::GET_API_VERSION | nr::GET_SCHEMA_VERSION if arg == scratch => Ok(()),
        nr::GET_API_VERSION | nr::GET_SCHEMA_VERSION => Err(Errno::FAULT),
        nr::SET_SNAPLEN if arg <= 65_000 => Ok(()),
        nr::ENABLE_SYSCALL | nr::DISABLE_SYSCALL if arg < 512 => Ok(()),
        nr::ENABLE_TP | nr::DISABLE_TP if arg < tp::MAX as usize => Ok(()),
        nr::ENABLE_DROPFAILED | nr::DISABLE_DROPFAILED => Ok(()),
        _ => Err(Errno::INVAL),
    }
}

/// A device opened by root, then used by a thread that dropped to uid/gid 65534: every `'s'`
/// request number in three encodings and 64 random ones, each with integers, bad pointers
/// and one good pointer, answered exactly as the ABI says; then hostile mappings and
/// protection changes, each refused. The same requests and mappings from root first.
pub(crate) fn unprivileged_fd(r: &mut Report) {
    let f = match crate::open_dev(0) {
        Ok(f) => f,
        Err(e) => return r.check("fc_unprivileged_fd_ioctls", false, format!("open: {e}")),
    };
    for (name, got) in [
        ("fc_privileged_fd_ioctls", ioctl_sweep(f.as_fd())),
        ("fc_privileged_fd_mmaps", hostile_mmaps(f.as_fd())),
    ] {
        let (ok, detail) = match got {
            Ok(d) => (true, d),
            Err(e) => (false, e),
        };
        r.check(name, ok, detail);
    }
    let (ioctls, mmaps) = std::thread::scope(|s| {
        s.spawn(|| {
            let drop_to = || -> Result<(), String> {
                rustix::thread::set_thread_gid(rustix::process::Gid::from_raw(65534))
                    .map_err(|e| format!("setgid: {e}"))?;
                rustix::thread::set_thread_uid(rustix::process::Uid::from_raw(65534))
                    .map_err(|e| format!("setuid: {e}"))
            };
            if let Err(e) = drop_to() {
                return (Err(e.clone()), Err(e));
            }
            (ioctl_sweep(f.as_fd()), hostile_mmaps(f.as_fd()))
        })
        .join()
        .unwrap_or_else(|_| (Err("thread panicked".into()), Err("thread panicked".into())))
    });
    let (ok, detail) = match ioctls {
        Ok(d) => (true, d),
        Err(e) => (false, e),
    };
    r.check("fc_unprivileged_fd_ioctls", ok, detail);
    let (ok, detail) = match mmaps {
        Ok(d) => (true, d),
        Err(e) => (false, e),
    };
    r.check("fc_unprivileged_fd_mmaps", ok, detail);
}

/// The request sweep; `Err` names the first answers that differ from the ABI.
fn ioctl_sweep(fd: std::os::fd::BorrowedFd<'_>) -> Result<String, String> {
    let mut scratch = [0u64; 1];
    let good = scratch.as_mut_ptr() as usize;
    let args = [
        0usize,
        1,
        80,
        511,
        512,
        65_000,
        65_001,
        0x7fff_ffff_f000,
        0xffff_ffff_8100_0000,
        usize::MAX,
        good,
    ];
    let magic = nr::MAGIC << 8;
    let mut ops: Vec<u32> = Vec::new();
    for n in 0..64u32 {
        ops.push(nr::io(n));
        ops.push((2 << 30) | (8 << 16) | magic | n); // _IOR('s', n, u64)
        ops.push((1 << 30) | (8 << 16) | magic | n); // _IOW('s', n, u64)
    }
    // xorshift32 with a fixed seed: the same "random" requests every run.
    let mut x = 0x2545_f491u32;
    for _ in 0..64 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        ops.push((x & 0xffff_00ff & !(0xff << 8)) | magic);
    }
    let mut bad = Vec::new();
    let mut calls = 0;
    for &op in &ops {
        for &arg in &args {
            // SAFETY: see `RawIoctl`: `good` is `scratch`, a live u64 of this frame.
            let got = unsafe {
                rustix::ioctl::ioctl(
                    fd,
                    RawIoctl {
                        op: op as Opcode,
                        arg,
                    },
                )
            };
            calls += 1;
            let want = expected(op, arg, good);
            if got != want && bad.len() < 8 {
                bad.push(format!("{op:#x}({arg:#x})={got:?}!={want:?}"));
            }
        }
    }
    let version = std::hint::black_box(scratch[0]);
    if !bad.is_empty() {
        return Err(format!("{calls} requests; differ: {}", bad.join(" ")));
    }
    Ok(format!(
        "{calls} requests ({} numbers x {} arguments) as uid {}, all answered per the ABI; last version written {version:#x}",
        ops.len(),
        args.len(),
        rustix::process::getuid().as_raw()
    ))
}

/// Maps `len` bytes of `fd` with `prot`/`flags`; `Ok(address)` when the kernel accepted.
fn map(
    fd: std::os::fd::BorrowedFd<'_>,
    len: usize,
    prot: rustix::mm::ProtFlags,
    flags: rustix::mm::MapFlags,
    off: u64,
) -> Result<*mut core::ffi::c_void, Errno> {
    // SAFETY: a new mapping at an address the kernel picks; nothing of ours is replaced.
    unsafe { rustix::mm::mmap(std::ptr::null_mut(), len, prot, flags, fd, off) }
}

fn unmap(p: *mut core::ffi::c_void, len: usize) {
    // SAFETY: `p` is a mapping of `len` bytes made by `map` that nothing references.
    let _ = unsafe { rustix::mm::munmap(p, len) };
}

/// Hostile mappings from the unprivileged holder: executable, writable, private, oversized,
/// empty and offset ones refused; the accepted read-only data mapping cannot be made writable
/// or executable, nor grown.
fn hostile_mmaps(fd: std::os::fd::BorrowedFd<'_>) -> Result<String, String> {
    use rustix::mm::{MapFlags, MprotectFlags, ProtFlags};
    let page = rustix::param::page_size();
    let dim = 1usize << 20;
    let (r, w, x) = (ProtFlags::READ, ProtFlags::WRITE, ProtFlags::EXEC);
    let sh = MapFlags::SHARED;
    let cases: [(&str, usize, ProtFlags, MapFlags, u64, Errno); 8] = [
        ("data_exec", 2 * dim, r | x, sh, 0, Errno::PERM),
        ("info_exec", page, r | w | x, sh, 0, Errno::PERM),
        ("data_rw", 2 * dim, r | w, sh, 0, Errno::PERM),
        (
            "data_private_rw",
            2 * dim,
            r | w,
            MapFlags::PRIVATE,
            0,
            Errno::PERM,
        ),
        ("huge", 1 << 40, r, sh, 0, Errno::INVAL),
        ("empty", 0, r, sh, 0, Errno::INVAL),
        ("offset", page, r, sh, page as u64, Errno::INVAL),
        ("one_dim", dim, r, sh, 0, Errno::INVAL),
    ];
    let mut detail = Vec::new();
    let mut wrong = Vec::new();
    for (what, len, prot, flags, off, want) in cases {
        let got = map(fd, len, prot, flags, off);
        if let Ok(p) = got {
            unmap(p, len);
        }
        let got = got.map(|_| ());
        detail.push(format!("{what}={got:?}"));
        if got != Err(want) {
            wrong.push(format!("{what}: {got:?}, want Err({want:?})"));
        }
    }
    // The accepted mapping, then what must not be done to it.
    let p = map(fd, 2 * dim, r, sh, 0).map_err(|e| format!("data_ro refused: {e:?}"))?;
    // SAFETY: `p` is the 2*dim mapping just made; changing its protection affects nothing else.
    let to_rw =
        unsafe { rustix::mm::mprotect(p, 2 * dim, MprotectFlags::READ | MprotectFlags::WRITE) };
    // SAFETY: as above.
    let to_x =
        unsafe { rustix::mm::mprotect(p, 2 * dim, MprotectFlags::READ | MprotectFlags::EXEC) };
    // SAFETY: grows the mapping in place if the kernel allowed it (it must not); the old
    // range stays the same mapping either way.
    let grow = unsafe { rustix::mm::mremap(p, 2 * dim, 4 * dim, rustix::mm::MremapFlags::empty()) };
    let grow = match grow {
        Ok(q) => {
            unmap(q, 4 * dim);
            Ok(())
        }
        Err(e) => {
            unmap(p, 2 * dim);
            Err(e)
        }
    };
    detail.push(format!(
        "mprotect_rw={to_rw:?} mprotect_exec={to_x:?} mremap_grow={grow:?}"
    ));
    if to_rw != Err(Errno::ACCESS) {
        wrong.push(format!("mprotect rw: {to_rw:?}"));
    }
    if to_x != Err(Errno::ACCESS) {
        wrong.push(format!("mprotect exec: {to_x:?}"));
    }
    if grow.is_ok() {
        wrong.push("mremap grew the data mapping".into());
    }
    if wrong.is_empty() {
        Ok(detail.join(" "))
    } else {
        Err(format!("{}; {}", wrong.join("; "), detail.join(" ")))
    }
}
