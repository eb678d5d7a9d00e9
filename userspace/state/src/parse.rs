//! Event parsers: how each state-changing event updates the tables, following libsinsp's
//! exit-only semantics (see docs/state.md).

use scap_format::abi::types::{
    EF_CREATES_FD, EF_DESTROYS_FD, EF_READS_FROM_FD, EF_USES_FD, EF_WRITES_TO_FD, ParamType,
};
use scap_format::metadata::FdType;
use scap_format::{EventRef, ParamValue};

use crate::fd::{Fd, O_CLOEXEC, O_DIRECTORY};
use crate::path;
use crate::table::{EvtFd, State, dir_with_slash, set_bytes, set_dir};
use crate::thread::Thread;

/// `PPM_CL_CLONE_THREAD`.
const CL_CLONE_THREAD: u64 = 0x2000;
/// `AT_FDCWD`.
const AT_FDCWD: i64 = -100;
/// `PPM_FCNTL_F_DUPFD` and `PPM_FCNTL_F_DUPFD_CLOEXEC`.
const F_DUPFD: u64 = 1;
const F_DUPFD_CLOEXEC: u64 = 26;

pub(crate) fn pval<'a>(ev: &EventRef<'a>, name: &str) -> Option<ParamValue<'a>> {
    let i = ev.param_index(name)?;
    if i >= ev.nparams() {
        return None;
    }
    match ev.value(i).ok()? {
        ParamValue::Empty => None,
        v => Some(v),
    }
}
pub(crate) fn pi(ev: &EventRef<'_>, name: &str) -> Option<i64> {
    pval(ev, name)?.as_i64()
}
pub(crate) fn pu(ev: &EventRef<'_>, name: &str) -> Option<u64> {
    pval(ev, name)?.as_u64()
}
pub(crate) fn pb<'a>(ev: &EventRef<'a>, name: &str) -> Option<&'a [u8]> {
    pval(ev, name)?.as_bytes()
}

/// The first `PT_FD` parameter after the return value (libsinsp's fd location of an event).
fn fd_param(ev: &EventRef<'_>, k: Kind) -> Option<i64> {
    let i = match k.fd_idx {
        Some(i) if usize::from(i) < ev.nparams() => usize::from(i),
        _ if k.fd_first => 0,
        _ => return None,
    };
    // An `Fd` parameter is a little-endian i64: read in place (this runs for most events).
    let raw: [u8; 8] = ev.param(i)?.try_into().ok()?;
    Some(i64::from_le_bytes(raw))
}

/// What the state engine needs to know about an event type, resolved once per type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Kind {
    /// What its exit does.
    pub(crate) op: Op,
    /// Its schema flags (`EF_*`).
    flags: u32,
    /// Its first fd parameter (the result excluded on exits).
    fd_idx: Option<u8>,
    /// Its fd is its return value, the first parameter named `fd`.
    fd_first: bool,
}

impl Kind {
    const UNRESOLVED: Kind = Kind {
        op: Op::Unresolved,
        flags: 0,
        fd_idx: None,
        fd_first: false,
    };

    fn of(ev: &EventRef<'_>) -> Kind {
        let Some(info) = ev.info() else {
            return Kind {
                op: Op::Other,
                ..Kind::UNRESOLVED
            };
        };
        let start = usize::from(!ev.is_enter());
        Kind {
            op: Op::of(info.name),
            flags: info.flags,
            fd_idx: (start..info.params.len())
                .find(|&i| matches!(info.params[i].ty, ParamType::Fd))
                .and_then(|i| u8::try_from(i).ok()),
            fd_first: info
                .params
                .first()
                .is_some_and(|p| p.name == "fd" && matches!(p.ty, ParamType::Fd)),
        }
    }
}

/// What an exit event does to the state, by event type (resolved from the name once per type,
/// in [`Kind`]: matching the name on every event cost more than the state update itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    /// Not resolved yet.
    Unresolved,
    /// Changes nothing.
    Other,
    /// A host user or group added or deleted.
    User,
    /// A thread exits (enter event).
    Procexit,
    /// See [`State::update`].
    Clone,
    /// See [`State::update`].
    Execve,
    /// See [`State::update`].
    Open,
    /// See [`State::update`].
    Socket,
    /// See [`State::update`].
    Connect,
    /// See [`State::update`].
    Accept,
    /// See [`State::update`].
    Bind,
    /// See [`State::update`].
    Pipe,
    /// See [`State::update`].
    Socketpair,
    /// See [`State::update`].
    Eventfd,
    /// See [`State::update`].
    Signalfd,
    /// See [`State::update`].
    Timerfd,
    /// See [`State::update`].
    Inotify,
    /// See [`State::update`].
    Epoll,
    /// See [`State::update`].
    Userfaultfd,
    /// See [`State::update`].
    IoUring,
    /// See [`State::update`].
    Pidfd,
    /// See [`State::update`].
    Bpf,
    /// See [`State::update`].
    Memfd,
    /// See [`State::update`].
    Dup,
    /// See [`State::update`].
    Fcntl,
    /// See [`State::update`].
    Sendto,
    /// See [`State::update`].
    Close,
    /// See [`State::update`].
    Chdir,
    /// See [`State::update`].
    Fchdir,
    /// See [`State::update`].
    Setsid,
    /// See [`State::update`].
    Capset,
    /// See [`State::update`].
    Prctl,
    /// See [`State::update`].
    SetUid,
    /// See [`State::update`].
    SetGid,
}

/// The events whose parsers change state, by name.
const OPS: &[(&str, Op)] = &[
    ("clone", Op::Clone),
    ("clone3", Op::Clone),
    ("fork", Op::Clone),
    ("vfork", Op::Clone),
    ("execve", Op::Execve),
    ("execveat", Op::Execve),
    ("open", Op::Open),
    ("openat", Op::Open),
    ("openat2", Op::Open),
    ("creat", Op::Open),
    ("open_by_handle_at", Op::Open),
    ("socket", Op::Socket),
    ("connect", Op::Connect),
    ("accept", Op::Accept),
    ("accept4", Op::Accept),
    ("bind", Op::Bind),
    ("pipe", Op::Pipe),
    ("pipe2", Op::Pipe),
    ("socketpair", Op::Socketpair),
    ("eventfd", Op::Eventfd),
    ("eventfd2", Op::Eventfd),
    ("signalfd", Op::Signalfd),
    ("signalfd4", Op::Signalfd),
    ("timerfd_create", Op::Timerfd),
    ("inotify_init", Op::Inotify),
    ("inotify_init1", Op::Inotify),
    ("epoll_create", Op::Epoll),
    ("epoll_create1", Op::Epoll),
    ("userfaultfd", Op::Userfaultfd),
    ("io_uring_setup", Op::IoUring),
    ("pidfd_open", Op::Pidfd),
    ("bpf", Op::Bpf),
    ("memfd_create", Op::Memfd),
    ("dup", Op::Dup),
    ("dup2", Op::Dup),
    ("dup3", Op::Dup),
    ("fcntl", Op::Fcntl),
    ("sendto", Op::Sendto),
    ("sendmsg", Op::Sendto),
    ("close", Op::Close),
    ("chdir", Op::Chdir),
    ("fchdir", Op::Fchdir),
    ("setsid", Op::Setsid),
    ("capset", Op::Capset),
    ("prctl", Op::Prctl),
    ("setuid", Op::SetUid),
    ("setresuid", Op::SetUid),
    ("setreuid", Op::SetUid),
    ("setgid", Op::SetGid),
    ("setresgid", Op::SetGid),
    ("setregid", Op::SetGid),
    ("useradded", Op::User),
    ("userdeleted", Op::User),
    ("groupadded", Op::User),
    ("groupdeleted", Op::User),
    ("procexit", Op::Procexit),
];

impl Op {
    fn of(name: &str) -> Op {
        OPS.iter()
            .find(|(n, _)| *n == name)
            .map_or(Op::Other, |(_, op)| *op)
    }
}

/// The event names whose parsers change the state engine's tables: the system calls a live
/// source must deliver for process, fd and user state to stay right (Falco's base syscalls).
pub fn state_event_names() -> impl Iterator<Item = &'static str> {
    OPS.iter().map(|(n, _)| *n)
}

impl State {
    /// The [`Kind`] of `ev`'s type, from the per-type cache.
    fn kind(&mut self, ev: &EventRef<'_>) -> Kind {
        let i = usize::from(ev.ty());
        if i >= self.kinds.len() {
            self.kinds.resize(i + 1, Kind::UNRESOLVED);
        }
        if self.kinds[i].op == Op::Unresolved {
            self.kinds[i] = Kind::of(ev);
        }
        self.kinds[i]
    }
}

impl State {
    /// Applies one event (every event, in capture order, hidden ones included).
    pub fn update(&mut self, ev: &EventRef<'_>) {
        if let Some((tid, reaper)) = self.pending_remove.take() {
            self.remove_thread(tid, reaper);
        }
        // Checked first: taking moves the whole (large) slot, on every event.
        if self.closed.is_some() {
            if let Some((_, fd)) = self.closed.take() {
                self.recycle(fd);
            }
        }
        self.name_changed = false;
        self.evt_fd = EvtFd::None;
        let tid = ev.tid() as i64;
        let ty = ev.ty();
        let kind = self.kind(ev);
        if kind.op == Op::User {
            self.user_event(ev, ev.name());
            self.cur = None;
            return;
        }
        // One lookup on the common path (a known thread); the fake entry is the rare one.
        let mut th = self.threads.get_mut(&tid);
        if th.is_none() && may_create_fake(ev, ev.name()) {
            self.insert_thread(Thread::fake(tid));
            th = self.threads.get_mut(&tid);
        }
        self.cur = th.is_some().then_some(tid);
        let flags = kind.flags;
        let cur_pid = th.as_ref().map(|t| t.pid);
        if let Some(th) = th {
            th.last_access = ev.ts();
            if ev.is_enter() {
                th.last_enter_type = ty;
                th.lastevent_fd = -1;
                if flags & EF_USES_FD != 0 {
                    if let Some(fd) = fd_param(ev, kind) {
                        th.lastevent_fd = fd;
                        self.evt_fd = EvtFd::Table(fd);
                    }
                }
            } else {
                if th.last_enter_type.wrapping_add(1) != ty {
                    th.lastevent_fd = -1;
                }
                if flags & EF_USES_FD != 0 && th.lastevent_fd == -1 {
                    if let Some(fd) = fd_param(ev, kind) {
                        th.lastevent_fd = fd;
                    }
                }
                if flags & EF_USES_FD != 0 {
                    self.evt_fd = EvtFd::Table(th.lastevent_fd);
                }
            }
        } else {
            self.stats.unknown_thread_events += 1;
        }
        if ev.is_enter() {
            if kind.op == Op::Procexit {
                self.procexit(ev, tid);
            }
            return;
        }
        match kind.op {
            Op::Clone => self.clone_exit(ev, tid),
            Op::Execve => self.execve_exit(ev, tid),
            Op::Open => self.open_exit(ev, tid),
            Op::Socket => self.socket_exit(ev, tid),
            Op::Connect => self.connect_exit(ev, tid),
            Op::Accept => self.accept_exit(ev, tid),
            Op::Bind => self.bind_exit(ev, tid),
            Op::Pipe => self.pair_exit(ev, tid, FdType::Fifo),
            Op::Socketpair => self.pair_exit(ev, tid, FdType::UnixSock),
            Op::Eventfd => self.res_fd(ev, tid, FdType::Event, b""),
            Op::Signalfd => self.res_fd(ev, tid, FdType::Signalfd, b""),
            Op::Timerfd => self.res_fd(ev, tid, FdType::Timerfd, b""),
            Op::Inotify => self.res_fd(ev, tid, FdType::Inotify, b""),
            Op::Epoll => self.res_fd(ev, tid, FdType::Eventpoll, b""),
            Op::Userfaultfd => self.res_fd(ev, tid, FdType::Userfaultfd, b""),
            Op::IoUring => self.res_fd(ev, tid, FdType::IoUring, b""),
            Op::Pidfd => self.res_fd(ev, tid, FdType::Pidfd, b""),
            Op::Bpf => self.res_fd(ev, tid, FdType::Bpf, b""),
            Op::Memfd => {
                let name = pb(ev, "name").unwrap_or_default();
                self.res_fd(ev, tid, FdType::Memfd, name);
            }
            Op::Dup => {
                if let (Some(old), Some(new)) = (pi(ev, "oldfd"), pi(ev, "res")) {
                    self.dup(tid, old, new, false);
                }
            }
            Op::Fcntl => {
                let cmd = pu(ev, "cmd").unwrap_or(0);
                if cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC {
                    if let (Some(old), Some(new)) = (pi(ev, "fd"), pi(ev, "res")) {
                        self.dup(tid, old, new, cmd == F_DUPFD_CLOEXEC);
                    }
                }
            }
            Op::Sendto => self.sendto_exit(ev, tid),
            Op::Close => self.close_exit(ev, tid),
            Op::Chdir => self.chdir_exit(ev, tid),
            Op::Fchdir => self.fchdir_exit(ev, tid),
            Op::Setsid => {
                if let (Some(res), Some(th)) = (pi(ev, "res"), self.threads.get_mut(&tid)) {
                    if res >= 0 {
                        th.sid = res;
                    }
                }
            }
            Op::Capset => {
                if let (Some(0), Some(th)) = (pi(ev, "res"), self.threads.get_mut(&tid)) {
                    th.cap_inheritable = pu(ev, "cap_inheritable").unwrap_or(0);
                    th.cap_permitted = pu(ev, "cap_permitted").unwrap_or(0);
                    th.cap_effective = pu(ev, "cap_effective").unwrap_or(0);
                }
            }
            Op::Prctl => self.prctl_exit(ev, tid),
            Op::SetUid => self.setid(ev, tid, true),
            Op::SetGid => self.setid(ev, tid, false),
            Op::Other | Op::Unresolved | Op::User | Op::Procexit => {}
        }
        // A successful read or write on an IP socket marks it connected (libsinsp's
        // `parse_rw_exit`).
        if flags & (EF_READS_FROM_FD | EF_WRITES_TO_FD) != 0 {
            if let (EvtFd::Table(n), Some(pid)) = (self.evt_fd, cur_pid) {
                if scap_format::display::raw_res(ev).is_some_and(|r| r >= 0) {
                    self.mark_connected(pid, n);
                }
            }
        }
        if flags & (EF_CREATES_FD | EF_DESTROYS_FD) != 0 && self.evt_fd == EvtFd::None {
            if let Some(th) = self.threads.get(&tid) {
                self.evt_fd = EvtFd::Table(th.lastevent_fd);
            }
        }
    }

    /// Users and groups added or deleted on the host (events for a container's users are
    /// ignored: user names are host names here).
    fn user_event(&mut self, ev: &EventRef<'_>, name: &str) {
        if pb(ev, "container_id").is_some_and(|c| !c.is_empty()) {
            return;
        }
        match name {
            "useradded" | "userdeleted" => {
                let Some(uid) = pu(ev, "uid").map(|v| v as u32) else {
                    return;
                };
                if name == "userdeleted" {
                    self.users.remove_user(uid);
                } else {
                    let user = crate::users::User {
                        name: pb(ev, "name").unwrap_or_default().to_vec(),
                        homedir: pb(ev, "home").unwrap_or_default().to_vec(),
                        shell: pb(ev, "shell").unwrap_or_default().to_vec(),
                    };
                    self.users.add_user(uid, user);
                }
            }
            _ => {
                let Some(gid) = pu(ev, "gid").map(|v| v as u32) else {
                    return;
                };
                if name == "groupdeleted" {
                    self.users.remove_group(gid);
                } else {
                    self.users
                        .add_group(gid, pb(ev, "name").unwrap_or_default());
                }
            }
        }
    }

    /// `prctl(PR_SET_CHILD_SUBREAPER)` (and, as libsinsp reads it, `PR_GET_CHILD_SUBREAPER`):
    /// the caller's process adopts orphaned descendants when `arg2` is not 0.
    fn prctl_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        const PR_SET_CHILD_SUBREAPER: u64 = 36;
        const PR_GET_CHILD_SUBREAPER: u64 = 37;
        if pi(ev, "res").is_none_or(|r| r < 0) {
            return;
        }
        let Some(th) = self.threads.get(&tid).filter(|t| !t.fake) else {
            return;
        };
        let option = pu(ev, "option").unwrap_or(0) & 0xffff_ffff;
        if option != PR_SET_CHILD_SUBREAPER && option != PR_GET_CHILD_SUBREAPER {
            return;
        }
        let on = pi(ev, "arg2_int").unwrap_or(0) != 0;
        let pid = th.pid;
        if let Some(p) = self.procs.get_mut(&pid) {
            p.reaper = on;
        }
    }

    fn procexit(&mut self, ev: &EventRef<'_>, tid: i64) {
        if !self.threads.contains_key(&tid) {
            return;
        }
        // The thread goes (its children to the reaper) when the next event comes.
        self.pending_remove = Some((tid, pi(ev, "reaper_tid").unwrap_or(0)));
    }

    /// Fills a thread from a clone/fork exit's parameters (those describing the caller on
    /// the parent side, the child itself on the child side).
    fn thread_from_clone(&mut self, ev: &EventRef<'_>) -> Thread {
        // In the buffers of a thread that left the table, when there is one.
        let mut th = self.new_thread();
        set_bytes(&mut th.exe, pb(ev, "exe").unwrap_or_default());
        crate::thread::fill_list(&mut th.args, pb(ev, "args").unwrap_or_default());
        set_bytes(&mut th.cgroups, pb(ev, "cgroups").unwrap_or_default());
        set_bytes(&mut th.comm, pb(ev, "comm").unwrap_or_default());
        Thread {
            tid: pi(ev, "tid").unwrap_or(-1),
            pid: pi(ev, "pid").unwrap_or(-1),
            ptid: pi(ev, "ptid").unwrap_or(-1),
            sid: -1,
            vpgid: -1,
            pgid: -1,
            container: crate::container::container_id(&th.cgroups),
            fdlimit: pi(ev, "fdlimit").unwrap_or(0),
            uid: pu(ev, "uid").map_or(u32::MAX, |v| v as u32),
            gid: pu(ev, "gid").map_or(u32::MAX, |v| v as u32),
            loginuid: u32::MAX,
            vtid: pi(ev, "vtid").unwrap_or(-1),
            vpid: pi(ev, "vpid").unwrap_or(-1),
            vmsize_kb: pu(ev, "vm_size").unwrap_or(0) as u32,
            vmrss_kb: pu(ev, "vm_rss").unwrap_or(0) as u32,
            vmswap_kb: pu(ev, "vm_swap").unwrap_or(0) as u32,
            pfmajor: pu(ev, "pgft_maj").unwrap_or(0),
            pfminor: pu(ev, "pgft_min").unwrap_or(0),
            pidns_init_start_ts: pu(ev, "pidns_init_start_ts").unwrap_or(0),
            clone_ts: ev.ts(),
            lastevent_fd: -1,
            last_enter_type: u16::MAX,
            ..th
        }
    }

    fn clone_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        let Some(res) = pi(ev, "res") else { return };
        let cflags = pu(ev, "flags").unwrap_or(0);
        let is_thread = cflags & CL_CLONE_THREAD != 0;
        // The child entry is built once the event is known to add one (one of the two sides
        // of a clone finds the thread already there).
        let mut child;
        let parent_tid;
        // A child of a fake entry inherits no fds (libsinsp copies none from it).
        let mut fake_parent = false;
        if res == 0 {
            // Child side: the parameters describe the child. A fake entry made by an earlier
            // event of the child gives way to the real one.
            match self.threads.get(&tid) {
                Some(t) if !t.fake => return,
                Some(_) => self.erase(tid),
                None => {}
            }
            child = self.thread_from_clone(ev);
            child.tid = tid;
            parent_tid = child.ptid;
            if let Some(p) = self.threads.get(&parent_tid) {
                fake_parent = p.fake;
                inherit(&mut child, p);
            }
        } else if res > 0 {
            // Parent side: the parameters describe the caller.
            match self.threads.get(&res) {
                Some(t) if !t.fake => return,
                Some(_) => self.erase(res),
                None => {}
            }
            parent_tid = tid;
            // A caller in a pid namespace gets its child's namespace tid: not a host tid to
            // create (the child side will).
            if pi(ev, "vtid").is_some_and(|v| v > 0 && v != tid) {
                return;
            }
            child = self.thread_from_clone(ev);
            let (caller_pid, caller_ptid) = (child.pid, child.ptid);
            if self.threads.get(&tid).is_some_and(|t| t.fake) {
                // The caller was a fake entry: the event says who it is (its ids stay
                // unknown, as in libsinsp).
                let mut caller = child.clone();
                caller.tid = tid;
                caller.clone_ts = 0;
                caller.uid = u32::MAX;
                caller.gid = u32::MAX;
                caller.loginuid = u32::MAX;
                self.replace_fake(caller);
                fake_parent = true;
            }
            if let Some(p) = self.threads.get(&tid) {
                inherit(&mut child, p);
            }
            child.tid = res;
            if is_thread {
                child.pid = caller_pid;
                child.ptid = caller_ptid;
            } else {
                child.pid = res;
                child.ptid = caller_pid;
            }
            child.vtid = -1;
            child.vpid = -1;
        } else {
            return;
        }
        let cwd = pb(ev, "cwd");
        let (child_pid, child_tid) = (child.pid, child.tid);
        let parent_pid = self.threads.get(&parent_tid).map(|t| t.pid);
        let new_process = !self.procs.contains_key(&child_pid);
        if !self.insert_thread(child) {
            return;
        }
        if new_process {
            // A new process starts with a copy of its parent's fds and cwd.
            if let Some(pp) = parent_pid.filter(|&pp| pp != child_pid && !fake_parent) {
                self.copy_fds(pp, child_pid);
            }
            if let Some(p) = self.procs.get_mut(&child_pid) {
                if let Some(c) = cwd.filter(|c| !c.is_empty()) {
                    set_dir(&mut p.cwd, c);
                }
            }
        }
        if res == 0 {
            self.cur = Some(child_tid);
        }
    }

    /// Replaces the fds and cwd of process `to` with copies of process `from`'s, in pooled
    /// buffers and in `to`'s own tables (nothing is allocated once they are warm). Nothing
    /// changes when `from` is unknown.
    fn copy_fds(&mut self, from: i64, to: i64) {
        let Some(src) = self.procs.get(&from) else {
            return;
        };
        let mut copies = std::mem::take(&mut self.fd_copies);
        copies.extend(
            src.fds
                .iter()
                .map(|(&n, fd)| (n, fd.pooled_clone(&mut self.bufs))),
        );
        let mut cwd = crate::table::pooled_copy(&mut self.bufs, &src.cwd);
        if let Some(dst) = self.procs.get_mut(&to) {
            crate::table::recycle_table(&mut self.bufs, &mut dst.fds);
            dst.fds.extend(copies.drain(..));
            std::mem::swap(&mut dst.cwd, &mut cwd);
        }
        for (_, fd) in copies.drain(..) {
            crate::table::recycle_into(&mut self.bufs, fd);
        }
        crate::table::give_back(&mut self.bufs, cwd);
        self.fd_copies = copies;
    }

    /// Puts `th` in place of a fake entry with its tid (or adds it): the fake entry's fds, kept
    /// under its tid, move to `th`'s process when that has none.
    fn replace_fake(&mut self, th: Thread) -> bool {
        let tid = th.tid;
        let fds = self
            .threads
            .get(&tid)
            .filter(|t| t.fake)
            .and_then(|_| self.procs.get_mut(&tid))
            .map(|p| (std::mem::take(&mut p.fds), std::mem::take(&mut p.cwd)));
        self.erase(tid);
        let pid = th.pid;
        if !self.insert_thread(th) {
            return false;
        }
        if let (Some((f, c)), Some(p)) = (fds, self.procs.get_mut(&pid)) {
            if p.fds.is_empty() {
                p.fds = f;
            }
            if p.cwd.is_empty() {
                p.cwd = c;
            }
        }
        true
    }

    fn execve_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        if pi(ev, "res") != Some(0) {
            return;
        }
        if self.threads.get(&tid).is_none_or(|t| t.fake) {
            // Unknown until now: the exec tells who it is.
            let mut th = self.thread_from_clone(ev);
            th.tid = tid;
            th.clone_ts = 0;
            if !self.replace_fake(th) {
                return;
            }
            self.cur = Some(tid);
        }
        let Some(th) = self.threads.get_mut(&tid) else {
            return;
        };
        // Strings are copied into the thread's own buffers (an exec allocates nothing once
        // they are large enough).
        if let Some(exe) = pb(ev, "exe") {
            set_bytes(&mut th.exe, exe);
        }
        if ev.param_index("args").is_some_and(|i| i < ev.nparams()) {
            // `args=NULL` (an empty parameter) clears the arguments too.
            crate::thread::fill_list(&mut th.args, pb(ev, "args").unwrap_or_default());
        }
        if let Some(c) = pb(ev, "comm") {
            set_bytes(&mut th.comm, c);
        }
        // libsinsp: the kernel's trusted path, else the execve filename resolved against
        // the cwd; without either (old captures) the path inherited at clone stays.
        let trusted = pb(ev, "trusted_exepath").filter(|p| !p.is_empty());
        let filename = pb(ev, "filename").filter(|p| !p.is_empty() && *p != b"<NA>");
        if let Some(p) = trusted {
            set_bytes(&mut th.exepath, p);
        } else if let Some(f) = filename {
            // The cwd parameter is a directory whether or not it ends in `/`.
            crate::path::concat_into(pb(ev, "cwd").unwrap_or_default(), f, &mut th.exepath);
        }
        if let Some(c) = pb(ev, "cgroups") {
            set_bytes(&mut th.cgroups, c);
            th.container = crate::container::container_id(c);
        }
        if let Some(e) = pb(ev, "env") {
            set_bytes(&mut th.env, e);
        }
        macro_rules! set {
            ($f:ident, $name:literal, $conv:expr) => {
                if let Some(v) = pval(ev, $name).and_then(|v| v.as_u64()) {
                    th.$f = $conv(v);
                }
            };
        }
        set!(fdlimit, "fdlimit", |v| v as i64);
        set!(tty, "tty", |v| v as u32);
        set!(vpgid, "vpgid", |v| v as i64);
        set!(pgid, "pgid", |v| v as i64);
        set!(loginuid, "loginuid", |v| v as u32);
        set!(uid, "uid", |v| v as u32);
        set!(gid, "gid", |v| v as u32);
        set!(cap_inheritable, "cap_inheritable", |v| v);
        set!(cap_permitted, "cap_permitted", |v| v);
        set!(cap_effective, "cap_effective", |v| v);
        set!(exe_ino, "exe_ino", |v| v);
        if let Some(mtime) = pu(ev, "exe_ino_mtime") {
            // libsinsp: the three come together; durations from the clone and pid namespace.
            th.exe_ino_mtime = mtime;
            th.exe_ino_ctime = pu(ev, "exe_ino_ctime").unwrap_or(0);
            if th.clone_ts != 0 {
                th.exe_ino_ctime_duration_clone_ts = th.clone_ts.wrapping_sub(th.exe_ino_ctime);
            }
            if th.pidns_init_start_ts != 0 && th.exe_ino_ctime > th.pidns_init_start_ts {
                th.exe_ino_ctime_duration_pidns_start = th.exe_ino_ctime - th.pidns_init_start_ts;
            }
        }
        set!(vmsize_kb, "vm_size", |v| v as u32);
        set!(vmrss_kb, "vm_rss", |v| v as u32);
        set!(vmswap_kb, "vm_swap", |v| v as u32);
        set!(pfmajor, "pgft_maj", |v| v);
        set!(pfminor, "pgft_min", |v| v);
        if let Some(f) = pu(ev, "flags") {
            // PPM_EXE_WRITABLE, PPM_EXE_UPPER_LAYER, PPM_EXE_FROM_MEMFD, PPM_EXE_LOWER_LAYER.
            th.exe_writable = f & 1 != 0;
            th.exe_upper_layer = f & 2 != 0;
            th.exe_from_memfd = f & 4 != 0;
            th.exe_lower_layer = f & 8 != 0;
        }
        let pid = th.pid;
        let cwd = pb(ev, "cwd").filter(|c| !c.is_empty());
        if let Some(p) = self.procs.get_mut(&pid) {
            if let Some(c) = cwd {
                set_dir(&mut p.cwd, c);
            }
            // Close-on-exec fds are gone after a successful exec (their strings to the pool).
            let bufs = &mut self.bufs;
            p.fds.retain(|_, fd| {
                let keep = fd.flags & O_CLOEXEC == 0;
                if !keep {
                    crate::table::take_strings(bufs, fd);
                }
                keep
            });
        }
    }

    /// The absolute name of `path` as thread `tid` sees it, relative to `dirfd` (`None`: cwd),
    /// in a buffer from the pool.
    fn resolve(&mut self, tid: i64, dirfd: Option<i64>, p: &[u8]) -> Vec<u8> {
        let mut v = self.take_buf();
        let Some(th) = self.threads.get(&tid) else {
            v.extend_from_slice(p);
            return v;
        };
        let base: &[u8] = match dirfd {
            Some(d) if d != AT_FDCWD => match self.fd_of(th, d) {
                Some(fd) => &fd.name,
                None => {
                    // As libsinsp: an unknown directory fd gives `<UNKNOWN>` + the path.
                    v.extend_from_slice(b"<UNKNOWN>");
                    v.extend_from_slice(p);
                    return v;
                }
            },
            _ => self.cwd_of(th),
        };
        if p.first() != Some(&b'/') && base.is_empty() {
            v.extend_from_slice(p);
            return v;
        }
        if p.first() != Some(&b'/') && base.first() != Some(&b'/') {
            // Not a path (`<UNKNOWN>dir`): libsinsp only appends.
            v.extend_from_slice(base);
            v.push(b'/');
            v.extend_from_slice(p);
            return v;
        }
        path::concat_into(base, p, &mut v);
        v
    }

    /// Marks fd `num` of process `pid` connected when it is an IP socket.
    fn mark_connected(&mut self, pid: i64, num: i64) {
        if let Some(f) = self.procs.get_mut(&pid).and_then(|p| p.fds.get_mut(&num)) {
            if matches!(f.ty, FdType::Ipv4Sock | FdType::Ipv6Sock) {
                f.connected = true;
            }
        }
    }

    pub(crate) fn pid_of(&self, tid: i64) -> Option<i64> {
        self.threads.get(&tid).map(|t| t.pid)
    }

    /// Adds fd `num` to thread `tid`'s process and makes it the event's fd.
    pub(crate) fn new_fd(&mut self, tid: i64, num: i64, fd: Fd) {
        let Some(pid) = self.pid_of(tid) else { return };
        self.add_fd(pid, num, fd);
        if let Some(th) = self.threads.get_mut(&tid) {
            th.lastevent_fd = num;
        }
        self.evt_fd = EvtFd::Table(num);
    }

    fn open_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        let Some(num) = pi(ev, "fd") else { return };
        if num < 0 || !self.threads.contains_key(&tid) {
            return;
        }
        let raw = pb(ev, "name")
            .or_else(|| pb(ev, "path"))
            .unwrap_or_default();
        let dirfd = pi(ev, "dirfd");
        let name = if ev.name() == "open_by_handle_at" {
            raw.to_vec()
        } else {
            self.resolve(tid, dirfd, raw)
        };
        let flags = pu(ev, "flags").unwrap_or(0) as u32;
        let ty = if flags & O_DIRECTORY != 0 {
            FdType::Directory
        } else {
            FdType::File
        };
        let mut fd = Fd::new(ty, b"");
        // The new fd takes the resolved name's (pooled) buffer; the raw name is kept only when
        // it differs (`fd.nameraw` then reads the name).
        fd.name = name;
        if fd.name != raw {
            fd.name_raw = self.take_buf();
            fd.name_raw.extend_from_slice(raw);
        } else {
            fd.raw_is_name = true;
        }
        fd.flags = flags;
        fd.dev = pu(ev, "dev").unwrap_or(0) as u32;
        fd.ino = pu(ev, "ino").unwrap_or(0);
        self.new_fd(tid, num, fd);
    }

    fn pair_exit(&mut self, ev: &EventRef<'_>, tid: i64, ty: FdType) {
        if pi(ev, "res").is_some_and(|r| r < 0) {
            return;
        }
        let ino = pu(ev, "ino").unwrap_or(0);
        for p in ["fd1", "fd2"] {
            if let Some(num) = pi(ev, p).filter(|&n| n >= 0) {
                let mut fd = Fd::new(ty, b"");
                fd.ino = ino;
                self.new_fd(tid, num, fd);
            }
        }
    }

    fn res_fd(&mut self, ev: &EventRef<'_>, tid: i64, ty: FdType, name: &[u8]) {
        let num = pi(ev, "res").or_else(|| pi(ev, "fd"));
        if let Some(num) = num.filter(|&n| n >= 0) {
            self.new_fd(tid, num, Fd::new(ty, name));
        }
    }

    fn dup(&mut self, tid: i64, old: i64, new: i64, cloexec: bool) {
        if new < 0 || old == new {
            return;
        }
        let Some(th) = self.threads.get(&tid) else {
            return;
        };
        let pid = th.pid;
        let Some(src) = self.procs.get(&pid).and_then(|p| p.fds.get(&old)) else {
            return;
        };
        // A copy whose strings reuse pooled buffers.
        let mut fd = Fd {
            name: Vec::new(),
            name_raw: Vec::new(),
            ..*src
        };
        fd.name = crate::table::pooled_copy(&mut self.bufs, &src.name);
        fd.name_raw = crate::table::pooled_copy(&mut self.bufs, &src.name_raw);
        if cloexec {
            fd.flags |= O_CLOEXEC;
        } else {
            fd.flags &= !O_CLOEXEC;
        }
        self.new_fd(tid, new, fd);
    }

    fn close_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        if pi(ev, "res").is_some_and(|r| r < 0) {
            return;
        }
        let Some(num) = pi(ev, "fd") else { return };
        let Some(pid) = self.pid_of(tid) else { return };
        if let Some(fd) = self.procs.get_mut(&pid).and_then(|p| p.fds.remove(&num)) {
            self.closed = Some((num, fd));
            self.evt_fd = EvtFd::Closed;
        }
    }

    fn chdir_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        if pi(ev, "res") != Some(0) {
            return;
        }
        let Some(p) = pb(ev, "path") else { return };
        let Some(pid) = self.pid_of(tid) else { return };
        let new = self.resolve(tid, None, p);
        if let Some(proc_) = self.procs.get_mut(&pid) {
            proc_.cwd = dir_with_slash(&new);
        }
    }

    fn fchdir_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        if pi(ev, "res") != Some(0) {
            return;
        }
        let Some(num) = pi(ev, "fd") else { return };
        let Some(th) = self.threads.get(&tid) else {
            return;
        };
        let pid = th.pid;
        let Some(name) = self.fd_of(th, num).map(|f| dir_with_slash(&f.name)) else {
            return;
        };
        if let Some(p) = self.procs.get_mut(&pid) {
            p.cwd = name;
        }
    }

    fn setid(&mut self, ev: &EventRef<'_>, tid: i64, user: bool) {
        if pi(ev, "res") != Some(0) {
            return;
        }
        let v = if user {
            pu(ev, "euid").or_else(|| pu(ev, "uid"))
        } else {
            pu(ev, "egid").or_else(|| pu(ev, "gid"))
        };
        let Some(v) = v.map(|v| v as u32).filter(|&v| v != u32::MAX) else {
            return;
        };
        if let Some(th) = self.threads.get_mut(&tid) {
            if user {
                th.uid = v;
            } else {
                th.gid = v;
            }
        }
    }
}

/// Whether an event of an unknown thread makes libsinsp add a fake entry for it: not clone or
/// fork exits, context switches, exits, nor events of no thread (`can_query_os_for_thread_info`).
fn may_create_fake(ev: &EventRef<'_>, name: &str) -> bool {
    let tid = ev.tid() as i64;
    if tid <= 0 {
        return false;
    }
    let syscall = ev
        .info()
        .is_some_and(|i| i.category & scap_format::abi::types::EC_SYSCALL != 0);
    syscall
        && !matches!(
            name,
            "clone" | "clone3" | "fork" | "vfork" | "switch" | "procexit"
        )
}

/// What a new thread takes from its parent when the event does not say: user, session and
/// process group, login uid, capabilities, executable path.
fn inherit(child: &mut Thread, parent: &Thread) {
    child.sid = parent.sid;
    child.vpgid = parent.vpgid;
    child.pgid = parent.pgid;
    child.loginuid = parent.loginuid;
    child.cap_permitted = parent.cap_permitted;
    child.cap_effective = parent.cap_effective;
    child.cap_inheritable = parent.cap_inheritable;
    child.exepath.clone_from(&parent.exepath);
    child.exe_ino = parent.exe_ino;
    child.exe_ino_ctime = parent.exe_ino_ctime;
    child.exe_ino_mtime = parent.exe_ino_mtime;
    child.exe_ino_ctime_duration_clone_ts = parent.exe_ino_ctime_duration_clone_ts;
    child.exe_ino_ctime_duration_pidns_start = parent.exe_ino_ctime_duration_pidns_start;
    child.tty = parent.tty;
    child.env.clone_from(&parent.env);
    if child.comm.is_empty() {
        child.comm.clone_from(&parent.comm);
    }
}
