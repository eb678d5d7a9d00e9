//! Threads and processes: what the thread table holds for one thread, and the part shared by
//! the threads of one process (fd table, cwd).

use crate::idmap::IdMap;

use scap_format::metadata::ThreadEntry;

use crate::fd::Fd;

/// Longest fd table of one process (libsinsp's `MAX_FD_TABLE_SIZE`); further fds are dropped
/// and counted.
pub const MAX_FDS: usize = 4096;

/// The state shared by the threads of one process (thread group), keyed by its pid.
#[derive(Debug, Default, Clone)]
pub struct Process {
    /// Open fds.
    pub fds: IdMap<Fd>,
    /// Current working directory, ending in `/`.
    pub cwd: Vec<u8>,
    /// Threads of the table that belong to it (dead main thread included).
    pub nthreads: u32,
    /// Threads of it that have not exited (libsinsp's thread-group count).
    pub alive: u32,
    /// A child subreaper (`prctl(PR_SET_CHILD_SUBREAPER)`, or made reaper of another
    /// process's orphans): adopts orphaned descendants.
    pub reaper: bool,
}

/// One thread.
#[derive(Debug, Clone, Default)]
pub struct Thread {
    /// Thread id.
    pub tid: i64,
    /// Process id (thread group leader's tid): the key of its [`Process`].
    pub pid: i64,
    /// Parent thread id.
    pub ptid: i64,
    /// Session id.
    pub sid: i64,
    /// Process group id in its pid namespace.
    pub vpgid: i64,
    /// Process group id.
    pub pgid: i64,
    /// Command name.
    pub comm: Vec<u8>,
    /// `argv[0]`.
    pub exe: Vec<u8>,
    /// Full executable path.
    pub exepath: Vec<u8>,
    /// Arguments after `argv[0]`.
    pub args: Vec<Vec<u8>>,
    /// Environment, raw NUL-separated.
    pub env: Vec<u8>,
    /// Cgroups, raw NUL-separated `subsys=/path`.
    pub cgroups: Vec<u8>,
    /// Container id (12 hex characters) or `None` on the host.
    pub container: Option<[u8; 12]>,
    /// Fd limit.
    pub fdlimit: i64,
    /// Effective user id.
    pub uid: u32,
    /// Effective group id.
    pub gid: u32,
    /// Login user id.
    pub loginuid: u32,
    /// Thread id in its pid namespace.
    pub vtid: i64,
    /// Process id in its pid namespace.
    pub vpid: i64,
    /// Controlling terminal.
    pub tty: u32,
    /// Capabilities.
    pub cap_permitted: u64,
    /// Capabilities.
    pub cap_effective: u64,
    /// Capabilities.
    pub cap_inheritable: u64,
    /// Executable inode.
    pub exe_ino: u64,
    /// Executable inode's ctime, ns (0: unknown).
    pub exe_ino_ctime: u64,
    /// Executable inode's mtime, ns (0: unknown).
    pub exe_ino_mtime: u64,
    /// `clone_ts - exe_ino_ctime` at exec, when the clone was seen (0: unknown).
    pub exe_ino_ctime_duration_clone_ts: u64,
    /// `exe_ino_ctime - pidns_init_start_ts` at exec, when the namespace is older (0: unknown).
    pub exe_ino_ctime_duration_pidns_start: u64,
    /// Executable flags.
    pub exe_writable: bool,
    /// Executable flags.
    pub exe_upper_layer: bool,
    /// Executable flags.
    pub exe_lower_layer: bool,
    /// Executable flags.
    pub exe_from_memfd: bool,
    /// Memory, kB.
    pub vmsize_kb: u32,
    /// Memory, kB.
    pub vmrss_kb: u32,
    /// Memory, kB.
    pub vmswap_kb: u32,
    /// Page faults.
    pub pfmajor: u64,
    /// Page faults.
    pub pfminor: u64,
    /// Start of its pid namespace's init.
    pub pidns_init_start_ts: u64,
    /// When the clone that created it returned (0: before the capture).
    pub clone_ts: u64,
    /// The fd of the last fd-using event (`m_lastevent_fd`).
    pub lastevent_fd: i64,
    /// The type of the last enter event.
    pub last_enter_type: u16,
    /// Timestamp of its last event (0: none yet), for the purge of inactive threads.
    pub last_access: u64,
    /// A placeholder for a thread seen in an event but in no process list or clone: libsinsp's
    /// fake entry (pid and ptid -1, comm and exe `<NA>`, ids -1). Its fd table is its own (kept
    /// under its tid).
    pub fake: bool,
    /// A main thread that exited while other threads of its process live on: it stays in the
    /// table (its children still name it as parent) until the last of them goes, as in
    /// libsinsp.
    pub dead: bool,
}

/// Splits NUL-separated arguments (no `argv[0]`).
pub fn split_list(raw: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    fill_list(&mut out, raw);
    out
}

/// [`split_list`] into `out`, reusing its buffers (no allocation when they are large enough).
pub fn fill_list(out: &mut Vec<Vec<u8>>, raw: &[u8]) {
    let raw = raw.strip_suffix(b"\0").unwrap_or(raw);
    let mut n = 0;
    if !raw.is_empty() {
        for part in raw.split(|&b| b == 0) {
            match out.get_mut(n) {
                Some(buf) => {
                    buf.clear();
                    buf.extend_from_slice(part);
                }
                None => out.push(part.to_vec()),
            }
            n += 1;
        }
    }
    out.truncate(n);
}

impl Process {
    /// A new, empty process that reuses the buffers of a removed one (its fd table's and its
    /// cwd's capacity).
    pub(crate) fn recycled(old: Process) -> Process {
        let Process {
            mut fds, mut cwd, ..
        } = old;
        fds.clear();
        cwd.clear();
        Process {
            fds,
            cwd,
            ..Process::default()
        }
    }
}

impl Thread {
    /// A default thread that reuses the buffers of a removed one (cleared, capacity kept),
    /// except `args`, which keeps the old arguments for [`fill_list`] to overwrite: the caller
    /// must fill it.
    pub(crate) fn recycled(old: Thread) -> Thread {
        let Thread {
            mut comm,
            mut exe,
            mut exepath,
            args,
            mut env,
            mut cgroups,
            ..
        } = old;
        for b in [&mut comm, &mut exe, &mut exepath, &mut env, &mut cgroups] {
            b.clear();
        }
        Thread {
            comm,
            exe,
            exepath,
            // Kept whole: `fill_list` overwrites and truncates it.
            args,
            env,
            cgroups,
            ..Thread::default()
        }
    }

    /// A thread of a capture's process list.
    pub fn from_entry(t: &ThreadEntry) -> Self {
        Thread {
            tid: t.tid as i64,
            pid: t.pid as i64,
            ptid: t.ptid as i64,
            sid: t.sid,
            vpgid: t.vpgid,
            pgid: t.pgid,
            comm: t.comm.clone(),
            exe: t.exe.clone(),
            exepath: t.exepath.clone(),
            args: split_list(&t.args),
            env: t.env.clone(),
            cgroups: t.cgroups.clone(),
            container: crate::container::container_id(&t.cgroups),
            fdlimit: t.fdlimit,
            uid: t.uid,
            gid: t.gid,
            loginuid: t.loginuid,
            vtid: t.vtid,
            vpid: t.vpid,
            tty: t.tty,
            cap_permitted: t.cap_permitted,
            cap_effective: t.cap_effective,
            cap_inheritable: t.cap_inheritable,
            exe_ino: t.exe_ino,
            exe_ino_ctime: t.exe_ino_ctime,
            exe_ino_mtime: t.exe_ino_mtime,
            exe_ino_ctime_duration_clone_ts: 0,
            exe_ino_ctime_duration_pidns_start: 0,
            exe_writable: t.exe_writable,
            exe_upper_layer: t.exe_upper_layer,
            exe_lower_layer: t.exe_lower_layer,
            exe_from_memfd: t.exe_from_memfd,
            vmsize_kb: t.vmsize_kb,
            vmrss_kb: t.vmrss_kb,
            vmswap_kb: t.vmswap_kb,
            pfmajor: t.pfmajor,
            pfminor: t.pfminor,
            pidns_init_start_ts: t.pidns_init_start_ts,
            clone_ts: 0,
            lastevent_fd: -1,
            last_enter_type: u16::MAX,
            last_access: 0,
            fake: false,
            dead: false,
        }
    }

    /// libsinsp's fake entry for an unknown thread.
    pub fn fake(tid: i64) -> Self {
        Thread {
            tid,
            pid: tid,
            ptid: -1,
            sid: -1,
            vpgid: -1,
            pgid: -1,
            comm: b"<NA>".to_vec(),
            exe: b"<NA>".to_vec(),
            uid: u32::MAX,
            gid: u32::MAX,
            loginuid: u32::MAX,
            vtid: -1,
            vpid: -1,
            lastevent_fd: -1,
            last_enter_type: u16::MAX,
            fake: true,
            ..Thread::default()
        }
    }

    /// The pid fields show: -1 for a fake entry.
    pub fn shown_pid(&self) -> i64 {
        if self.fake { -1 } else { self.pid }
    }

    /// Whether it leads its thread group.
    pub fn is_main(&self) -> bool {
        self.tid == self.pid && !self.fake
    }
}
