//! `falco-check`: run inside the test VM (`tests/vm/plan.sh`) with falco.ko loaded and no other
//! consumer. Checks the device contract with exact values and prints `CHECK <name> PASS|FAIL
//! <detail>` lines, like the plan does; exits 1 when any check failed.
//!
//! The version ioctls (which write through a pointer) and the mmap requests the module must
//! refuse are not in `rfalco-ring`'s safe API, so this binary issues them itself with rustix.
#![deny(unsafe_op_in_unsafe_fn)]

mod hostile;
mod limits;
mod workload;

use std::fs::{File, OpenOptions};
use std::os::fd::{AsFd, BorrowedFd};
use std::time::Instant;

use rfalco_ring::Ring;
use rfalco_ring::device::{DeviceError, DeviceSet};
use rustix::io::Errno;
use rustix::ioctl::{Getter, Opcode, ioctl};
use rustix::mm::{MapFlags, ProtFlags};
use scap_format::abi::events::code;
use scap_format::abi::ring::{info_offset, ioctl as nr, tp};
use scap_format::abi::syscalls::{X86_64_SYSCALL_TABLE, sc};
use scap_format::abi::version::{API_VERSION, SCHEMA_VERSION, api_version};

const PREFIX: &str = "/dev/falco";
const MODULE: &str = "falco";
/// Native x86_64 number of getppid.
const NR_GETPPID: u16 = 110;

/// The printed results.
#[derive(Debug, Default)]
struct Report {
    fails: u32,
}

impl Report {
    fn check(&mut self, name: &str, ok: bool, detail: impl AsRef<str>) {
        let verdict = if ok { "PASS" } else { "FAIL" };
        println!("CHECK {name} {verdict} {}", detail.as_ref());
        if !ok {
            self.fails += 1;
        }
    }
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some(limits::UNMAPPED_ARGS_MODE) {
        std::process::exit(limits::unmapped_args_child());
    }
    let mut r = Report::default();
    let t0 = Instant::now();
    let ndev = device_count();
    versions(&mut r, ndev);
    mmap_refusals(&mut r);
    match DeviceSet::open(PREFIX, MODULE) {
        Ok(set) => {
            second_open_busy(&mut r);
            bad_ioctls(&mut r, &set);
            exact_events(&mut r, &set, 1000);
        }
        Err(e) => r.check("fc_open_devices", false, e.to_string()),
    }
    // Reopened: every open resets its ring, so the counters start from zero again.
    match DeviceSet::open(PREFIX, MODULE) {
        Ok(set) => full_ring_drops(&mut r, &set, 100_000),
        Err(e) => r.check("fc_reopen_devices", false, e.to_string()),
    }
    hostile::unprivileged_open(&mut r);
    hostile::unprivileged_fd(&mut r);
    hostile::bad_pointers(&mut r);
    match DeviceSet::open(PREFIX, MODULE) {
        Ok(set) => hostile::garbage_tail(&mut r, &set),
        Err(e) => r.check("fc_hostile_devices", false, e.to_string()),
    }
    match DeviceSet::open(PREFIX, MODULE) {
        Ok(set) => hostile::storm(&mut r, &set, 100_000),
        Err(e) => r.check("fc_storm_devices", false, e.to_string()),
    }
    match DeviceSet::open(PREFIX, MODULE) {
        Ok(set) => workload::run(&mut r, &set),
        Err(e) => r.check("fc_workload", false, e.to_string()),
    }
    limits::run(&mut r);
    println!(
        "falco-check: {} failed, {:.2} s",
        r.fails,
        t0.elapsed().as_secs_f64()
    );
    std::process::exit(i32::from(r.fails != 0));
}

/// Every system call and every tracepoint on (`on`), or the tracepoints off again.
fn trace_everything(set: &DeviceSet, on: bool) -> Result<(), String> {
    let io = |req, arg| set.ioctl_all(req, arg).map_err(|e| e.to_string());
    if on {
        for sc in 0..scap_format::abi::syscalls::SYSCALL_TABLE_SIZE {
            io(nr::ENABLE_SYSCALL, sc)?;
        }
    }
    let req = if on { nr::ENABLE_TP } else { nr::DISABLE_TP };
    for t in [
        tp::SYS_ENTER,
        tp::SYS_EXIT,
        tp::SCHED_PROC_EXIT,
        tp::SCHED_PROC_FORK,
        tp::SCHED_PROC_EXEC,
    ] {
        io(req, t as usize)?;
    }
    Ok(())
}

/// `/dev/falco0` .. `/dev/falco{n-1}`: how many exist.
fn device_count() -> usize {
    (0..)
        .take_while(|i| std::path::Path::new(&format!("{PREFIX}{i}")).exists())
        .count()
}

fn open_dev(i: usize) -> std::io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .open(format!("{PREFIX}{i}"))
}

fn get_u64<const OP: Opcode>(fd: BorrowedFd<'_>) -> Result<u64, Errno> {
    // SAFETY: the falco version ioctls write exactly one u64 through their argument, which
    // `Getter` points at its own u64.
    unsafe { ioctl(fd, Getter::<OP, u64>::new()) }
}

/// Check 1: both version ioctls on every device return exactly 10.1.0 / 4.5.1.
fn versions(r: &mut Report, ndev: usize) {
    let want_api = api_version(API_VERSION.0, API_VERSION.1, API_VERSION.2);
    let want_schema = api_version(SCHEMA_VERSION.0, SCHEMA_VERSION.1, SCHEMA_VERSION.2);
    let mut ok = ndev > 0 && API_VERSION == (10, 1, 0) && SCHEMA_VERSION == (4, 5, 1);
    let mut detail = format!("devices={ndev}");
    for i in 0..ndev {
        let f = match open_dev(i) {
            Ok(f) => f,
            Err(e) => {
                ok = false;
                detail += &format!(" falco{i}:open:{e}");
                continue;
            }
        };
        let api = get_u64::<{ nr::GET_API_VERSION as Opcode }>(f.as_fd());
        let schema = get_u64::<{ nr::GET_SCHEMA_VERSION as Opcode }>(f.as_fd());
        if api != Ok(want_api) || schema != Ok(want_schema) {
            ok = false;
            detail += &format!(" falco{i}:api={api:x?},schema={schema:x?}");
        }
    }
    detail += &format!(" api={want_api:#x} (10.1.0) schema={want_schema:#x} (4.5.1)");
    r.check("fc_version_ioctls", ok, detail);
}

/// Maps `len` bytes of `fd` at `offset`; unmaps again at once if that succeeded.
fn try_mmap(fd: BorrowedFd<'_>, len: usize, prot: ProtFlags, offset: u64) -> Result<(), Errno> {
    // SAFETY: a fresh shared mapping at an address the kernel chooses; nothing else is
    // affected, and nothing reads through it.
    let p = unsafe {
        rustix::mm::mmap(
            std::ptr::null_mut(),
            len,
            prot,
            MapFlags::SHARED,
            fd,
            offset,
        )
    }?;
    // SAFETY: unmaps exactly the mapping made above, which nothing references.
    let _ = unsafe { rustix::mm::munmap(p, len) };
    Ok(())
}

/// Check 3: writable data mapping EPERM, 3 pages EINVAL, non-zero offset EINVAL.
fn mmap_refusals(r: &mut Report) {
    let f = match open_dev(0) {
        Ok(f) => f,
        Err(e) => return r.check("fc_mmap_refusals", false, format!("open falco0: {e}")),
    };
    let page = rustix::param::page_size();
    // The data size: the one `2 * dim` read-only mapping the module accepts.
    let dim = (0..=30)
        .rev()
        .map(|s| 1usize << s)
        .take_while(|&d| d > 2 * page)
        .find(|&d| rfalco_ring::DoubleMap::from_device(f.as_fd(), d).is_ok());
    let Some(dim) = dim else {
        return r.check("fc_mmap_refusals", false, "no data size accepted");
    };
    let rw = ProtFlags::READ | ProtFlags::WRITE;
    let cases = [
        ("rw_2dim", 2 * dim, rw, 0, Errno::PERM),
        ("3pages", 3 * page, ProtFlags::READ, 0, Errno::INVAL),
        ("off_page", page, ProtFlags::READ, page as u64, Errno::INVAL),
        (
            "off_2dim",
            2 * dim,
            ProtFlags::READ,
            page as u64,
            Errno::INVAL,
        ),
    ];
    let mut ok = dim == 1 << 20;
    let mut detail = format!("dim={dim}");
    for (what, len, prot, off, want) in cases {
        let got = try_mmap(f.as_fd(), len, prot, off);
        ok &= got == Err(want);
        detail += &format!(" {what}={}", show(got));
    }
    // And the accepted ones still are: info page read-write, data read-only.
    let info = try_mmap(f.as_fd(), page, rw, 0);
    let data = try_mmap(f.as_fd(), 2 * dim, ProtFlags::READ, 0);
    ok &= info.is_ok() && data.is_ok();
    detail += &format!(" info_rw={} data_ro={}", show(info), show(data));
    r.check("fc_mmap_refusals", ok, detail);
}

fn show(r: Result<(), Errno>) -> String {
    match r {
        Ok(()) => "ok".into(),
        Err(e) => format!("E{}", errno_name(e)),
    }
}

fn errno_name(e: Errno) -> String {
    match e {
        Errno::INVAL => "INVAL".into(),
        Errno::PERM => "PERM".into(),
        Errno::BUSY => "BUSY".into(),
        Errno::NOTTY => "NOTTY".into(),
        Errno::FAULT => "FAULT".into(),
        Errno::ACCESS => "ACCES".into(),
        e => format!("rrno{}", e.raw_os_error()),
    }
}

/// Check 4: a second open of a ring someone holds is EBUSY.
fn second_open_busy(r: &mut Report) {
    let got = open_dev(0).map(drop);
    let ok = got
        .as_ref()
        .is_err_and(|e| e.raw_os_error() == Some(Errno::BUSY.raw_os_error()));
    r.check("fc_second_open_ebusy", ok, format!("{got:?}"));
}

/// Check 2: unknown and out-of-range ioctls are EINVAL.
fn bad_ioctls(r: &mut Report, set: &DeviceSet) {
    let cases = [
        ("enable_syscall_512", nr::ENABLE_SYSCALL, 512),
        ("enable_tp_9", nr::ENABLE_TP, tp::MAX as usize),
        ("set_snaplen_65001", nr::SET_SNAPLEN, 65001),
    ];
    let mut ok = true;
    let mut detail = String::new();
    for d in set.devices() {
        for (what, req, arg) in cases {
            let got = match d.ioctl(req, arg) {
                Ok(v) => Ok(v),
                Err(DeviceError::Ioctl { error, .. }) => Err(error),
                Err(_) => Err(Errno::IO),
            };
            ok &= got == Err(Errno::INVAL);
            if d.cpu() == 0 || got != Err(Errno::INVAL) {
                let g = got.map_or_else(|e| format!("E{}", errno_name(e)), |v| format!("ok({v})"));
                detail += &format!(" cpu{}:{what}={g}", d.cpu());
            }
        }
    }
    // An unknown number reaches the module only through a raw ioctl: `Device::ioctl` sends
    // the integer-argument requests alone and refuses the rest itself.
    let d = &set.devices()[0];
    // SAFETY: argument 0 points nowhere and the module answers an unknown number with EINVAL
    // without touching it.
    let unknown = unsafe {
        ioctl(
            d.as_fd(),
            rustix::ioctl::IntegerSetter::<{ nr::io(200) as Opcode }>::new_usize(0),
        )
    };
    ok &= unknown == Err(Errno::INVAL);
    detail += &format!(
        " unknown_io_s_200={}",
        unknown.map_or_else(|e| format!("E{}", errno_name(e)), |()| "ok".into())
    );
    let refused = matches!(
        d.ioctl(nr::GET_API_VERSION, 0),
        Err(DeviceError::NotAnIntegerIoctl { .. })
    );
    ok &= refused;
    detail += &format!(" pointer_request_refused_by_device_ioctl={refused}");
    // The boundary values are accepted.
    let edges = [
        d.ioctl(nr::SET_SNAPLEN, 65000),
        d.ioctl(nr::ENABLE_SYSCALL, 511),
        d.ioctl(nr::DISABLE_SYSCALL, 511),
        d.ioctl(nr::ENABLE_TP, tp::SCHED_PROC_EXEC as usize),
        d.ioctl(nr::DISABLE_TP, tp::SCHED_PROC_EXEC as usize),
        d.ioctl(nr::SET_SNAPLEN, 80),
    ];
    let edges_ok = edges.iter().all(|e| matches!(e, Ok(0)));
    ok &= edges_ok;
    detail += &format!(" edges_accepted={edges_ok}");
    r.check("fc_bad_ioctls_einval", ok, detail.trim_start());
}

/// Per-ring counters and what was read from it.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    read: u64,
    ours: u64,
    other: u64,
    corrupt: u64,
    n_evts: u64,
    drops_buffer: u64,
    drops_pf: u64,
    preemptions: u64,
}

/// Enables getppid and sys_exit, calls getppid `n` times (pinned to `pin` if given), disables
/// the tracepoint, and drains every ring on its own.
fn run_getppid(set: &DeviceSet, n: u64, pin: Option<usize>) -> Result<(Vec<Tally>, f64), String> {
    let mut rings = set.map_all().map_err(|e| e.to_string())?;
    let d = &set.devices()[0];
    let io = |req, arg| d.ioctl(req, arg).map_err(|e| e.to_string());
    io(nr::ENABLE_SYSCALL, usize::from(NR_GETPPID))?;
    if let Some(cpu) = pin {
        let mut cs = rustix::thread::CpuSet::new();
        cs.set(cpu);
        rustix::thread::sched_setaffinity(None, &cs).map_err(|e| format!("affinity: {e}"))?;
    }
    let tid = rustix::thread::gettid().as_raw_nonzero().get() as u64;
    let t = Instant::now();
    io(nr::ENABLE_TP, tp::SYS_EXIT as usize)?;
    for _ in 0..n {
        std::hint::black_box(rustix::process::getppid());
    }
    io(nr::DISABLE_TP, tp::SYS_EXIT as usize)?;
    let secs = t.elapsed().as_secs_f64();
    io(nr::DISABLE_SYSCALL, usize::from(NR_GETPPID))?;
    if pin.is_some() {
        let mut all = rustix::thread::CpuSet::new();
        for c in 0..set.devices().len() {
            all.set(c);
        }
        let _ = rustix::thread::sched_setaffinity(None, &all);
    }
    let want_sc = X86_64_SYSCALL_TABLE[usize::from(NR_GETPPID)].ppm_sc;
    let tallies = rings
        .iter_mut()
        .map(|ring| drain(ring, tid, want_sc))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((tallies, secs))
}

fn drain(ring: &mut Ring, tid: u64, want_sc: u16) -> Result<Tally, String> {
    let mut t = Tally::default();
    let cpu = ring.cpu();
    loop {
        let mut b = ring.read().map_err(|e| format!("cpu {cpu}: {e}"))?;
        let mut got = 0;
        while let Some(ev) = b.next_event() {
            got += 1;
            let Ok(ev) = ev else {
                t.corrupt += 1;
                continue;
            };
            t.read += 1;
            let p0 = ev
                .param(0)
                .and_then(|p| p.try_into().ok())
                .map(u16::from_le_bytes);
            let p1 = ev
                .param(1)
                .and_then(|p| p.try_into().ok())
                .map(u16::from_le_bytes);
            if ev.ty() == code::GENERIC_X
                && ev.nparams() == 2
                && ev.tid() == tid
                && p0 == Some(want_sc)
                && p1 == Some(NR_GETPPID)
            {
                t.ours += 1;
            } else {
                t.other += 1;
            }
        }
        if got == 0 {
            break;
        }
    }
    let info = ring.info();
    t.n_evts = info.counter(info_offset::N_EVTS);
    t.drops_buffer = info.counter(info_offset::N_DROPS_BUFFER);
    t.drops_pf = info.counter(info_offset::N_DROPS_PF);
    t.preemptions = info.counter(info_offset::N_PREEMPTIONS);
    Ok(t)
}

fn per_cpu(tallies: &[Tally]) -> String {
    tallies
        .iter()
        .enumerate()
        .map(|(c, t)| {
            format!(
                "cpu{c}:read={},evts={},drops={},pf={},preempt={}",
                t.read, t.n_evts, t.drops_buffer, t.drops_pf, t.preemptions
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Check 5: exactly `n` getppid exits, all ours, nothing else; every ring's counters reconcile.
fn exact_events(r: &mut Report, set: &DeviceSet, n: u64) {
    if sc::GETPPID != X86_64_SYSCALL_TABLE[usize::from(NR_GETPPID)].ppm_sc {
        return r.check(
            "fc_exact_events",
            false,
            "syscall table: 110 is not getppid",
        );
    }
    let (tallies, secs) = match run_getppid(set, n, None) {
        Ok(v) => v,
        Err(e) => return r.check("fc_exact_events", false, e),
    };
    let ours: u64 = tallies.iter().map(|t| t.ours).sum();
    let other: u64 = tallies.iter().map(|t| t.other + t.corrupt).sum();
    let reconcile = tallies
        .iter()
        .all(|t| t.read + t.drops_buffer + t.drops_pf + t.preemptions == t.n_evts);
    let ok = ours == n && other == 0 && reconcile;
    r.check(
        "fc_exact_events",
        ok,
        format!(
            "getppid={ours}/{n} other={other} reconcile={reconcile} {} ({secs:.3} s)",
            per_cpu(&tallies)
        ),
    );
}

/// Check 6: `n` getppid exits pinned to CPU 0 without draining overflow the 1 MiB ring; every
/// ring's events read + full-ring drops == n_evts, with drops on CPU 0.
fn full_ring_drops(r: &mut Report, set: &DeviceSet, n: u64) {
    let (tallies, secs) = match run_getppid(set, n, Some(0)) {
        Ok(v) => v,
        Err(e) => return r.check("fc_full_ring_drops", false, e),
    };
    let total: u64 = tallies.iter().map(|t| t.n_evts).sum();
    let ours: u64 = tallies.iter().map(|t| t.ours).sum();
    let other: u64 = tallies.iter().map(|t| t.other + t.corrupt).sum();
    let reconcile = tallies
        .iter()
        .all(|t| t.read + t.drops_buffer == t.n_evts && t.drops_pf == 0 && t.preemptions == 0);
    let drops: u64 = tallies.iter().map(|t| t.drops_buffer).sum();
    let dropped = tallies.first().is_some_and(|t| t.drops_buffer > 0);
    let ok = reconcile && dropped && total == n && other == 0 && ours + drops == n;
    r.check(
        "fc_full_ring_drops",
        ok,
        format!(
            "n_evts={total}/{n} read={ours} dropped={drops} other={other} reconcile={reconcile} {} ({secs:.3} s)",
            per_cpu(&tallies)
        ),
    );
}
