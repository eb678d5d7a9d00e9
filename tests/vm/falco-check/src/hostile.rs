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
