// SPDX-License-Identifier: GPL-2.0

//! What events say about a task: ids, credentials, memory, limits and its executable.
//!
//! Every reader takes a task pointer valid for the probe's duration (the current task, or the
//! task a scheduler tracepoint passes) and runs with interrupts off, which is an RCU read-side
//! critical section for the RCU-protected pointers followed here (parent, credentials,
//! executable).

use core::ptr::null_mut;

use kernel::bindings;

/// A task as probes see it.
#[derive(Clone, Copy)]
pub(crate) struct Task(*mut bindings::task_struct);

/// Memory figures, in KiB.
pub(crate) struct Vm {
    pub(crate) size: u32,
    pub(crate) rss: u32,
    pub(crate) swap: u32,
}

/// The executable file's identity.
pub(crate) struct Exe {
    pub(crate) ino: u64,
    pub(crate) ctime: u64,
    pub(crate) mtime: u64,
}

impl Task {
    /// The running task.
    pub(crate) fn current() -> Self {
        // SAFETY: `get_current` returns the running task, valid while it runs the probe.
        Task(unsafe { bindings::get_current() })
    }

    /// A task handed over by a tracepoint.
    ///
    /// # Safety
    /// `t` must point to a live task for as long as the returned value is used.
    pub(crate) unsafe fn from_raw(t: *mut bindings::task_struct) -> Self {
        Task(t)
    }

    fn t(&self) -> &bindings::task_struct {
        // SAFETY: by construction `self.0` is a live task for the probe's duration.
        unsafe { &*self.0 }
    }

    /// Thread id (host namespace).
    pub(crate) fn tid(&self) -> u64 {
        self.t().pid as u64
    }

    /// Process id (host namespace).
    pub(crate) fn pid(&self) -> u64 {
        self.t().tgid as u64
    }

    /// The parent process's id.
    pub(crate) fn ppid(&self) -> u64 {
        let p = self.t().real_parent;
        if p.is_null() {
            return 0;
        }
        // SAFETY: `real_parent` is RCU-protected and we are in a read-side section (irqs off).
        unsafe { (*p).tgid as u64 }
    }

    fn nr_ns(&self, ty: bindings::pid_type, host: bool) -> u64 {
        let ns = if host {
            // The initial pid namespace: a static kernel object.
            &raw mut bindings::init_pid_ns
        } else {
            null_mut()
        };
        // SAFETY: a live task, and either the static initial namespace or null. A null
        // namespace makes the kernel use the *current* task's active namespace (not `self`'s):
        // the same task except in the `sched_process_fork` probe, where `self` is the child.
        unsafe { bindings::__task_pid_nr_ns(self.0, ty, ns) as u64 }
    }

    /// Thread id in the task's pid namespace.
    pub(crate) fn vtid(&self) -> u64 {
        self.nr_ns(bindings::pid_type_PIDTYPE_PID, false)
    }

    /// Process id in the task's pid namespace.
    pub(crate) fn vpid(&self) -> u64 {
        self.nr_ns(bindings::pid_type_PIDTYPE_TGID, false)
    }

    /// Process group id in the task's pid namespace.
    pub(crate) fn vpgid(&self) -> u64 {
        self.nr_ns(bindings::pid_type_PIDTYPE_PGID, false)
    }

    /// Process group id in the host namespace.
    pub(crate) fn pgid(&self) -> u64 {
        self.nr_ns(bindings::pid_type_PIDTYPE_PGID, true)
    }

    /// Whether the task lives in a pid namespace other than the host's.
    pub(crate) fn in_child_pidns(&self) -> bool {
        self.vtid() != self.tid()
    }

    /// Start time (boot-based ns) of the init process of the task's pid namespace.
    pub(crate) fn pidns_init_start_ts(&self) -> u64 {
        // SAFETY: a live task; the namespace lives as long as tasks in it.
        let ns = unsafe { bindings::task_active_pid_ns(self.0) };
        if ns.is_null() {
            return 0;
        }
        // SAFETY: `ns` is live (above); its reaper is a live task while the namespace is.
        unsafe {
            let reaper = (*ns).child_reaper;
            if reaper.is_null() { 0 } else { (*reaper).start_time }
        }
    }

    /// Command name (`comm`), without the NUL.
    pub(crate) fn comm(&self) -> &[u8] {
        let c = &self.t().comm;
        // SAFETY: `comm` is a fixed array of bytes inside the task.
        let b = unsafe { core::slice::from_raw_parts(c.as_ptr().cast::<u8>(), c.len()) };
        let end = b.iter().position(|&x| x == 0).unwrap_or(b.len());
        &b[..end]
    }

    /// Soft limit on open files.
    pub(crate) fn fdlimit(&self) -> u64 {
        let s = self.t().signal;
        if s.is_null() {
            return 0;
        }
        // SAFETY: `signal` of a live task is live; `rlim` has RLIM_NLIMITS entries.
        unsafe { (*s).rlim[bindings::RLIMIT_NOFILE as usize].rlim_cur as u64 }
    }

    /// Major and minor page faults.
    pub(crate) fn page_faults(&self) -> (u64, u64) {
        (self.t().maj_flt as u64, self.t().min_flt as u64)
    }

    fn cred(&self) -> Option<&bindings::cred> {
        // SAFETY: `cred` is RCU-protected and we are in a read-side section (irqs off).
        unsafe { self.t().cred.as_ref() }
    }

    /// Effective uid and gid.
    pub(crate) fn euid_egid(&self) -> (u32, u32) {
        self.cred().map_or((0, 0), |c| (c.euid.val, c.egid.val))
    }

    /// Inheritable, permitted and effective capabilities.
    pub(crate) fn caps(&self) -> (u64, u64, u64) {
        self.cred().map_or((0, 0, 0), |c| {
            (c.cap_inheritable.val, c.cap_permitted.val, c.cap_effective.val)
        })
    }

    fn mm(&self) -> Option<&bindings::mm_struct> {
        // SAFETY: the mm of a task running a probe (or handed to one) stays alive meanwhile.
        unsafe { self.t().mm.as_ref() }
    }

    /// Virtual size, resident set and swap, in KiB.
    pub(crate) fn vm(&self) -> Vm {
        let Some(mm) = self.mm() else { return Vm { size: 0, rss: 0, swap: 0 } };
        let kb = |pages: i64| (pages.max(0) as u64) << (bindings::PAGE_SHIFT - 10);
        let m = &mm.__bindgen_anon_1;
        // Counter order: file pages, anonymous pages, swap entries, shared memory pages. The
        // per-CPU deltas are not folded in: the figures are approximate, as /proc's are.
        let c = |i: usize| m.rss_stat[i].count;
        Vm {
            size: kb(m.total_vm as i64) as u32,
            rss: kb(c(0) + c(1) + c(3)) as u32,
            swap: kb(c(2)) as u32,
        }
    }

    /// The argument area `[arg_start, arg_end)` and environment area of the process.
    pub(crate) fn arg_env(&self) -> ((usize, usize), (usize, usize)) {
        let Some(mm) = self.mm() else { return ((0, 0), (0, 0)) };
        let m = &mm.__bindgen_anon_1;
        (
            (m.arg_start as usize, m.arg_end as usize),
            (m.env_start as usize, m.env_end as usize),
        )
    }

    /// Runs `f` on the executable file of the task, if it has one.
    ///
    /// Used for the task running the probe right after its execve: only that task's own
    /// threads could replace the executable (`prctl(PR_SET_MM_EXE_FILE)`), and an execve
    /// leaves none. The file is read under RCU (interrupts off) without taking a reference:
    /// files, inodes, dentries and mounts are all freed after a grace period.
    ///
    /// `fillers::execve_exit` also calls it (through `exe` and `file_path`) for a *failed*
    /// execve's exit, when the process may still have other threads: there the reasoning
    /// above does not hold, and a concurrent `PR_SET_MM_EXE_FILE` could leave the file being
    /// freed or reused while it is read (see docs/unsafe.md).
    pub(crate) fn with_exe<R>(&self, f: impl FnOnce(*mut bindings::file) -> R) -> Option<R> {
        let mm = self.mm()?;
        let file = mm.__bindgen_anon_1.exe_file;
        if file.is_null() {
            return None;
        }
        Some(f(file))
    }

    /// The executable's inode number and change/modification times (ns since the epoch).
    pub(crate) fn exe(&self) -> Exe {
        self.with_exe(|f| {
            // SAFETY: the file and its inode stay valid in this RCU read-side section.
            let i = unsafe { &*(*f).f_inode };
            let ns = |s: i64, n: u32| (s as u64).wrapping_mul(1_000_000_000) + u64::from(n);
            Exe {
                ino: i.i_ino,
                ctime: ns(i.i_ctime_sec, i.i_ctime_nsec),
                mtime: ns(i.i_mtime_sec, i.i_mtime_nsec),
            }
        })
        .unwrap_or(Exe { ino: 0, ctime: 0, mtime: 0 })
    }
}

/// Writes the path of `file` into `buf` and returns it (without NUL), or `None` when it has
/// none that fits.
pub(crate) fn file_path(file: *mut bindings::file, buf: &mut [u8]) -> Option<&[u8]> {
    // SAFETY: `file` is valid for the caller's RCU section (the caller's promise: this safe
    // function takes a raw pointer, and its only caller passes `Task::with_exe`'s file);
    // `d_path` writes at most `buf.len()` bytes, ending at the end of `buf`, and returns a
    // pointer into it or an error pointer.
    let p = unsafe { bindings::file_path(file, buf.as_mut_ptr().cast(), buf.len() as i32) };
    let start = (p as usize).wrapping_sub(buf.as_ptr() as usize);
    if (p as usize) >= (-4095isize) as usize || start >= buf.len() {
        return None;
    }
    let s = &buf[start..];
    let end = s.iter().position(|&c| c == 0).unwrap_or(s.len());
    Some(&s[..end])
}
