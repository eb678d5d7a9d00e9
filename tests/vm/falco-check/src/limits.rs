//! Limits and unreadable memory: an argument list and an environment longer than the module
//! copies, a path longer than PATH_MAX, a write beyond the snaplen, path pointers into
//! unmapped memory (whole or across a page end), and a process whose argument area was moved
//! into unmapped memory. Each case must end in an event cut exactly at its limit, or in a
//! drop counted as a page fault, and every ring's counters must reconcile.

use std::process::Command;

use rfalco_ring::device::DeviceSet;
use rustix::fs::{CWD, Mode, OFlags};
use scap_format::EventRef;
use scap_format::abi::events::code;
use scap_format::abi::ring::info_offset;

use crate::Report;

/// The module's cap on one string or argument area (`MAX_STR` in kmod/writer.rs).
const MAX_STR: usize = 4096;
/// A fresh consumer's snaplen.
const SNAPLEN: usize = 80;
/// The argument the child mode of this binary answers to.
pub(crate) const UNMAPPED_ARGS_MODE: &str = "--unmapped-args";

/// One captured event, its parameters copied.
struct Captured {
    ty: u16,
    names: &'static [scap_format::abi::types::ParamInfo],
    params: Vec<Vec<u8>>,
}

impl Captured {
    fn param(&self, name: &str) -> Option<&[u8]> {
        let i = self.names.iter().position(|p| p.name == name)?;
        self.params.get(i).map(Vec::as_slice)
    }

    fn res(&self) -> Option<i64> {
        let p = self.params.first()?;
        Some(i64::from_le_bytes(p.as_slice().try_into().ok()?))
    }
}

/// The counters of every ring after the drain, summed, and whether each ring reconciled.
#[derive(Debug, Default)]
struct Totals {
    read: u64,
    n_evts: u64,
    drops_buffer: u64,
    drops_pf: u64,
    preemptions: u64,
    corrupt: u64,
    reconciled: bool,
}

impl std::fmt::Display for Totals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "n_evts={} read={} drops={} pf={} preempt={} corrupt={} reconciled={}",
            self.n_evts,
            self.read,
            self.drops_buffer,
            self.drops_pf,
            self.preemptions,
            self.corrupt,
            self.reconciled
        )
    }
}

/// Opens the devices, enables every syscall and tracepoint, runs `f`, disables them, and
/// drains every ring, keeping the events of the threads `f` names.
fn record<R>(
    f: impl FnOnce() -> Result<(R, Vec<u64>), String>,
) -> Result<(R, Vec<Captured>, Totals), String> {
    let set = DeviceSet::open(crate::PREFIX, crate::MODULE).map_err(|e| e.to_string())?;
    let mut rings = set.map_all().map_err(|e| e.to_string())?;
    crate::trace_everything(&set, true)?;
    let done = f();
    crate::trace_everything(&set, false)?;
    let (out, tids) = done?;
    let mut seen = Vec::new();
    let mut totals = Totals {
        reconciled: true,
        ..Totals::default()
    };
    for ring in &mut rings {
        let (mut read, mut corrupt) = (0, 0);
        loop {
            let mut b = ring.read().map_err(|e| format!("read: {e}"))?;
            let mut got = 0;
            while let Some(ev) = b.next_event() {
                got += 1;
                let ev: EventRef<'_> = match ev {
                    Ok(ev) => ev,
                    Err(_) => {
                        corrupt += 1;
                        continue;
                    }
                };
                read += 1;
                if tids.contains(&ev.tid()) {
                    seen.push(Captured {
                        ty: ev.ty(),
                        names: ev.info().map_or(&[], |i| i.params),
                        params: ev.params().map(<[u8]>::to_vec).collect(),
                    });
                }
            }
            if got == 0 {
                break;
            }
        }
        let info = ring.info();
        let n_evts = info.counter(info_offset::N_EVTS);
        let drops = info.counter(info_offset::N_DROPS_BUFFER);
        let pf = info.counter(info_offset::N_DROPS_PF);
        let pre = info.counter(info_offset::N_PREEMPTIONS);
        totals.reconciled &= corrupt == 0 && read + drops + pf + pre == n_evts;
        totals.read += read;
        totals.corrupt += corrupt;
        totals.n_evts += n_evts;
        totals.drops_buffer += drops;
        totals.drops_pf += pf;
        totals.preemptions += pre;
    }
    Ok((out, seen, totals))
}

fn tid() -> u64 {
    rustix::thread::gettid().as_raw_nonzero().get() as u64
}

/// Runs every check of this file.
pub(crate) fn run(r: &mut Report) {
    long_args_env(r);
    long_path_and_snaplen(r);
    unmapped_paths(r);
    unmapped_arg_area(r);
}

/// A program started with ~100 KB of arguments and a 6 KB environment: its execve event
/// carries the first 4096 bytes of each area, exactly.
fn long_args_env(r: &mut Report) {
    let big = "a".repeat(1000);
    let env = "x".repeat(6000);
    let res = record(|| {
        let mut c = Command::new("/bin/sh")
            .args(["-c", "exit 0", "sh"])
            .args(std::iter::repeat_n(&big, 100))
            .env_clear()
            .env("BIG", &env)
            .spawn()
            .map_err(|e| format!("spawn: {e}"))?;
        let pid = u64::from(c.id());
        let st = c.wait().map_err(|e| format!("wait: {e}"))?;
        Ok((st.success(), vec![pid]))
    });
    let (ok_exit, seen, totals) = match res {
        Ok(v) => v,
        Err(e) => return r.check("fc_long_args_env", false, e),
    };
    // The argument area: every argument with its NUL; the module's `exe` is the first string,
    // `args` the bytes after it.
    let mut area = b"/bin/sh\0-c\0exit 0\0sh\0".to_vec();
    for _ in 0..100 {
        area.extend_from_slice(big.as_bytes());
        area.push(0);
    }
    let want_args = &area[8..8 + MAX_STR];
    let mut env_area = format!("BIG={env}").into_bytes();
    env_area.push(0);
    let want_env = &env_area[..MAX_STR];
    let exec = seen
        .iter()
        .find(|e| e.ty == code::SYSCALL_EXECVE_19_X && e.res() == Some(0));
    let (exe, args, envp) = exec.map_or((None, None, None), |e| {
        (e.param("exe"), e.param("args"), e.param("env"))
    });
    let ok = ok_exit
        && exe == Some(b"/bin/sh\0".as_slice())
        && args == Some(want_args)
        && envp == Some(want_env)
        && totals.reconciled;
    r.check(
        "fc_long_args_env",
        ok,
        format!(
            "exit_ok={ok_exit} exe={:?} args={} bytes (want {}, equal={}) env={} bytes (want {}, equal={}); {totals}",
            exe.map(String::from_utf8_lossy),
            args.map_or(0, <[u8]>::len),
            want_args.len(),
            args == Some(want_args),
            envp.map_or(0, <[u8]>::len),
            want_env.len(),
            envp == Some(want_env),
        ),
    );
}

/// openat of a 5000-byte path (ENAMETOOLONG): both events carry its first 4095 bytes and a
/// NUL. A 100,000-byte write: the event carries `SNAPLEN` bytes of data and the full size.
fn long_path_and_snaplen(r: &mut Report) {
    let path = format!("/{}", "b".repeat(4999));
    let res = record(|| {
        let got = rustix::fs::openat(CWD, path.as_str(), OFlags::RDONLY, Mode::empty());
        let null = rustix::fs::openat(CWD, "/dev/null", OFlags::WRONLY, Mode::empty())
            .map_err(|e| format!("open /dev/null: {e}"))?;
        let data = vec![b'z'; 100_000];
        let n = rustix::io::write(&null, &data).map_err(|e| format!("write: {e}"))?;
        Ok(((got.err(), n), vec![tid()]))
    });
    let ((open_err, written), seen, totals) = match res {
        Ok(v) => v,
        Err(e) => return r.check("fc_long_path", false, e),
    };
    let mut want = path.as_bytes()[..MAX_STR - 1].to_vec();
    want.push(0);
    let name_of = |ty| {
        seen.iter()
            .find(|e| e.ty == ty && e.param("name").is_some_and(|n| n.starts_with(b"/bbbb")))
            .and_then(|e| e.param("name"))
    };
    let enter = name_of(code::SYSCALL_OPENAT_2_E);
    let exit = name_of(code::SYSCALL_OPENAT_2_X);
    r.check(
        "fc_long_path",
        open_err == Some(rustix::io::Errno::NAMETOOLONG)
            && enter == Some(want.as_slice())
            && exit == Some(want.as_slice())
            && totals.reconciled,
        format!(
            "openat={open_err:?} enter name={} bytes exit name={} bytes (want {} with the NUL, equal={}/{}); {totals}",
            enter.map_or(0, <[u8]>::len),
            exit.map_or(0, <[u8]>::len),
            want.len(),
            enter == Some(want.as_slice()),
            exit == Some(want.as_slice()),
        ),
    );
    let write = seen
        .iter()
        .find(|e| e.ty == code::SYSCALL_WRITE_X && e.res() == Some(100_000));
    let data = write.and_then(|e| e.param("data"));
    let size = write
        .and_then(|e| e.param("size"))
        .and_then(|s| s.try_into().ok())
        .map(u32::from_le_bytes);
    r.check(
        "fc_write_beyond_snaplen",
        written == 100_000 && data == Some([b'z'; SNAPLEN].as_slice()) && size == Some(100_000),
        format!(
            "written={written} data={} bytes (want {SNAPLEN} 'z') size={size:?}",
            data.map_or(0, <[u8]>::len)
        ),
    );
}

/// A raw x86_64 system call with all six argument registers set (unused ones zero: some
/// calls, prctl(PR_SET_MM) among them, refuse non-zero trailing arguments).
///
/// # Safety
/// The call must not write memory of this process that Rust code owns, nor otherwise break
/// its invariants (unmap its memory, close its descriptors).
unsafe fn syscall6(nr: isize, a: [usize; 6]) -> isize {
    let ret: isize;
    // SAFETY: the caller vouches for the call's effects; rcx and r11 are the registers the
    // syscall instruction clobbers, and every argument register is set.
    unsafe {
        core::arch::asm!(
            "syscall",
            inlateout("rax") nr => ret,
            in("rdi") a[0],
            in("rsi") a[1],
            in("rdx") a[2],
            in("r10") a[3],
            in("r8") a[4],
            in("r9") a[5],
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    ret
}

/// openat(AT_FDCWD, `path`, O_RDONLY) with any path address, which no safe wrapper accepts.
/// Returns the raw result (-errno on failure).
fn raw_openat(path: usize) -> isize {
    const NR_OPENAT: isize = 257;
    const AT_FDCWD: usize = -100isize as usize;
    // SAFETY: openat reads the path with the kernel's fault-handled user copies and writes no
    // memory of this process.
    let ret = unsafe { syscall6(NR_OPENAT, [AT_FDCWD, path, 0, 0, 0, 0]) };
    if ret >= 0 {
        // Not expected (the paths are unreadable); close what was opened all the same.
        // SAFETY: a descriptor the kernel just returned to us, owned by nothing else.
        drop(unsafe { <rustix::fd::OwnedFd as rustix::fd::FromRawFd>::from_raw_fd(ret as i32) });
    }
    ret
}

/// Three anonymous pages with the middle one unmapped again: a one-page hole between two
/// mappings (an unmapped range at the edge of the free area would be the first place the next
/// mapping goes). The first page is filled with `c` (no NUL). Returns its address.
fn hole_between_pages() -> Result<usize, String> {
    use rustix::mm::{MapFlags, ProtFlags};
    let page = rustix::param::page_size();
    // SAFETY: a new anonymous three-page mapping that nothing else refers to.
    let region = unsafe {
        rustix::mm::mmap_anonymous(
            std::ptr::null_mut(),
            3 * page,
            ProtFlags::READ | ProtFlags::WRITE,
            MapFlags::PRIVATE,
        )
    }
    .map_err(|e| format!("mmap: {e}"))?;
    let base = region as usize;
    // SAFETY: the first page of the mapping just made is ours alone.
    unsafe { std::ptr::write_bytes(region.cast::<u8>(), b'c', page) };
    // SAFETY: unmaps the middle page of that mapping, which nothing references.
    unsafe { rustix::mm::munmap((base + page) as *mut _, page) }
        .map_err(|e| format!("munmap: {e}"))?;
    Ok(base)
}

/// Unmaps what is left of [`hole_between_pages`]'s mapping.
fn drop_hole(base: usize) {
    let page = rustix::param::page_size();
    // SAFETY: the three-page range of that mapping (its middle already unmapped), which
    // nothing references any more.
    let _ = unsafe { rustix::mm::munmap(base as *mut _, 3 * page) };
}

/// Ten openat calls with a path in an unmapped page, ten with a path that runs from a mapped
/// page into an unmapped one: EFAULT each, no event of ours published, and exactly two page
/// fault drops per call (enter and exit event).
fn unmapped_paths(r: &mut Report) {
    let page = rustix::param::page_size();
    let n = 10;
    let res = record(|| {
        // Made after the rings are mapped, so that no ring mapping can land in the hole.
        let base = hole_between_pages()?;
        let (straddling, hole) = (base + page - 16, base + page);
        let mut rets = Vec::with_capacity(2 * n);
        for _ in 0..n {
            rets.push(raw_openat(hole));
            rets.push(raw_openat(straddling));
        }
        drop_hole(base);
        Ok((rets, vec![tid()]))
    });
    let (rets, seen, totals) = match res {
        Ok(v) => v,
        Err(e) => return r.check("fc_unmapped_paths", false, e),
    };
    let efault = rets.iter().all(|&x| x == -14);
    let ours: Vec<String> = seen
        .iter()
        .filter(|e| matches!(e.ty, code::SYSCALL_OPENAT_2_E | code::SYSCALL_OPENAT_2_X))
        .map(|e| String::from_utf8_lossy(e.param("name").unwrap_or_default()).into_owned())
        .collect();
    let want_pf = 2 * 2 * n as u64;
    r.check(
        "fc_unmapped_paths",
        efault && ours.is_empty() && totals.drops_pf == want_pf && totals.reconciled,
        format!(
            "{} calls, all EFAULT: {efault} ({:?}); openat events of ours published: {} {:?}; pf drops {} (want {want_pf}); {totals}",
            rets.len(),
            &rets[..rets.len().min(4)],
            ours.len(),
            &ours[..ours.len().min(2)],
            totals.drops_pf
        ),
    );
}

/// The child mode: moves this process's argument area into unmapped memory, then starts a
/// thread (its clone events must read the area). Exit 0 when both worked.
pub(crate) fn unmapped_args_child() -> i32 {
    let start = match hole_between_pages() {
        Ok(base) => base + rustix::param::page_size(),
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    const NR_PRCTL: isize = 157;
    const PR_SET_MM: usize = 35;
    const PR_SET_MM_ARG_START: usize = 8;
    const PR_SET_MM_ARG_END: usize = 9;
    for (what, addr) in [
        (PR_SET_MM_ARG_START, start),
        (PR_SET_MM_ARG_END, start + 64),
    ] {
        // SAFETY: only the kernel's record of where the arguments are changes (/proc/PID/
        // cmdline and tracers read it with fault handling); no memory of this process is
        // touched. Start first: the hole lies below the current end.
        let ret = unsafe { syscall6(NR_PRCTL, [PR_SET_MM, what, addr, 0, 0, 0]) };
        if ret != 0 {
            eprintln!("prctl(PR_SET_MM, {what}, {addr:#x}): {ret}");
            return 2;
        }
    }
    match std::thread::spawn(|| 7).join() {
        Ok(7) => 0,
        _ => 3,
    }
}

/// A process whose argument area is unmapped starts a thread: both clone events of that
/// thread (the caller's and the thread's, each carrying the arguments) are dropped and counted
/// as page faults; the process's other events (its exit) arrive; the rings reconcile.
fn unmapped_arg_area(r: &mut Report) {
    let res = record(|| {
        let mut c = Command::new("/falco-check")
            .arg(UNMAPPED_ARGS_MODE)
            .spawn()
            .map_err(|e| format!("spawn: {e}"))?;
        let pid = u64::from(c.id());
        let st = c.wait().map_err(|e| format!("wait: {e}"))?;
        Ok((st.code(), vec![pid]))
    });
    let (code_, seen, totals) = match res {
        Ok(v) => v,
        Err(e) => return r.check("fc_unmapped_arg_area", false, e),
    };
    // The child's own creation (a clone exit with res 0, written before its arguments moved)
    // is published; the clone it made for its thread (res = the thread's id) must not be.
    let clones = seen
        .iter()
        .filter(|e| matches!(e.ty, code::SYSCALL_CLONE3_X | code::SYSCALL_CLONE_20_X))
        .filter(|e| e.res() != Some(0))
        .count();
    let exits = seen.iter().filter(|e| e.ty == code::PROCEXIT_1_E).count();
    let execs = seen
        .iter()
        .filter(|e| e.ty == code::SYSCALL_EXECVE_19_X && e.res() == Some(0))
        .count();
    r.check(
        "fc_unmapped_arg_area",
        code_ == Some(0) && clones == 0 && exits >= 1 && execs == 1 && totals.drops_pf >= 2 && totals.reconciled,
        format!(
            "child exit={code_:?} (0: prctl and thread worked); clone events of the child's thread published: {clones}; execve: {execs}; exits: {exits}; {totals}",
        ),
    );
}
