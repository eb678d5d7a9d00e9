// SPDX-License-Identifier: GPL-2.0

//! Fillers: the parameters of each event, in the order of the shared event table.
//!
//! A syscall exit with a filler here becomes its own event with every parameter; any other
//! captured syscall becomes the generic event. Fillers run in two steps: [`prepare`] looks up
//! what may sleep (files and socket addresses behind fds) in the syscall tracepoint's
//! preemptible context, then [`fill_exit`] / [`fill_enter`] write the parameters with
//! interrupts off, copying user memory without faulting.

use crate::abi::events::{EVENT_TABLE, code};
use crate::abi::native::{self, ppm_o};
use crate::net::{self, FdInfo, RawAddr};
use crate::ring::DropCategory;
use crate::task::{self, Task};
use crate::writer::{EventWriter, MAX_STR};

/// A syscall's arguments and result.
pub(crate) struct Args {
    /// The six argument registers.
    pub(crate) a: [u64; 6],
    /// Return value (exit) or 0 (enter).
    pub(crate) ret: i64,
}

impl Args {
    /// Argument `i` as an `int` file descriptor (sign-extended from 32 bits).
    fn fd(&self, i: usize) -> i64 {
        i64::from(self.a[i] as i32)
    }

    /// Argument `i` as a user pointer.
    fn ptr(&self, i: usize) -> usize {
        self.a[i] as usize
    }

    /// Bytes transferred by a successful read or write, 0 on failure.
    fn done(&self) -> u64 {
        self.ret.max(0) as u64
    }
}

/// What [`prepare`] found.
pub(crate) struct Pre {
    fd: FdInfo,
    /// A socket address the caller passed (connect, sendto) or got back (recvfrom).
    addr: RawAddr,
    /// The two fds of a pipe.
    pipe: (i64, i64),
}

impl Pre {
    pub(crate) const NONE: Pre = Pre { fd: FdInfo::NONE, addr: RawAddr::EMPTY, pipe: (-1, -1) };
}

/// Whether exit event `ev` has a filler here.
pub(crate) fn has_exit_filler(ev: u16) -> bool {
    use code::*;
    matches!(
        ev,
        SYSCALL_READ_X
            | SYSCALL_WRITE_X
            | SYSCALL_PREAD_X
            | SYSCALL_PWRITE_X
            | SYSCALL_READV_X
            | SYSCALL_WRITEV_X
            | SYSCALL_PREADV_X
            | SYSCALL_PWRITEV_X
            | SYSCALL_OPEN_X
            | SYSCALL_OPENAT_2_X
            | SYSCALL_OPENAT2_X
            | SYSCALL_CREAT_X
            | SYSCALL_CLOSE_X
            | SYSCALL_DUP_1_X
            | SYSCALL_DUP2_X
            | SYSCALL_DUP3_X
            | SOCKET_SOCKET_X
            | SOCKET_CONNECT_X
            | SOCKET_ACCEPT_5_X
            | SOCKET_ACCEPT4_6_X
            | SOCKET_BIND_X
            | SOCKET_LISTEN_X
            | SOCKET_SENDTO_X
            | SOCKET_RECVFROM_X
            | SOCKET_SENDMSG_X
            | SOCKET_RECVMSG_X
            | SYSCALL_PIPE_X
            | SYSCALL_PIPE2_X
            | SYSCALL_UNLINK_2_X
            | SYSCALL_UNLINKAT_2_X
            | SYSCALL_RENAME_X
            | SYSCALL_RENAMEAT_X
            | SYSCALL_RENAMEAT2_X
            | SYSCALL_MKDIR_2_X
            | SYSCALL_MKDIRAT_X
            | SYSCALL_RMDIR_2_X
            | SYSCALL_SYMLINK_X
            | SYSCALL_SYMLINKAT_X
            | SYSCALL_LINK_2_X
            | SYSCALL_LINKAT_2_X
            | SYSCALL_CHMOD_X
            | SYSCALL_FCHMOD_X
            | SYSCALL_FCHMODAT_X
            | SYSCALL_SETUID_X
            | SYSCALL_SETGID_X
            | SYSCALL_SETRESUID_X
            | SYSCALL_SETRESGID_X
            | SYSCALL_PTRACE_X
            | SYSCALL_MOUNT_X
            | SYSCALL_UMOUNT2_X
            | SYSCALL_CHDIR_X
            | SYSCALL_FCHDIR_X
            | SYSCALL_MEMFD_CREATE_X
            | SYSCALL_MMAP_X
            | SYSCALL_KILL_X
            | SYSCALL_TKILL_X
            | SYSCALL_TGKILL_X
            | SYSCALL_EXECVE_19_X
            | SYSCALL_EXECVEAT_X
            | SYSCALL_CLONE_20_X
            | SYSCALL_FORK_20_X
            | SYSCALL_VFORK_20_X
            | SYSCALL_CLONE3_X
    )
}

/// Whether `ev` is an exit that creates a task (its child side has `ret == 0`).
pub(crate) fn is_clone(ev: u16) -> bool {
    use code::*;
    matches!(ev, SYSCALL_CLONE_20_X | SYSCALL_FORK_20_X | SYSCALL_VFORK_20_X | SYSCALL_CLONE3_X)
}

/// Whether `ev` is an execve family exit.
pub(crate) fn is_execve(ev: u16) -> bool {
    ev == code::SYSCALL_EXECVE_19_X || ev == code::SYSCALL_EXECVEAT_X
}

/// The drop counter an exit event is counted in when the ring is full.
pub(crate) fn category(ev: u16) -> DropCategory {
    use code::*;
    match ev {
        _ if is_clone(ev) => DropCategory::CloneForkExit,
        _ if is_execve(ev) => DropCategory::ExecveExit,
        SOCKET_CONNECT_X => DropCategory::ConnectExit,
        SYSCALL_OPEN_X | SYSCALL_OPENAT_2_X | SYSCALL_OPENAT2_X | SYSCALL_CREAT_X => {
            DropCategory::OpenExit
        }
        SYSCALL_CLOSE_X => DropCategory::CloseExit,
        SYSCALL_UNLINK_2_X | SYSCALL_UNLINKAT_2_X | SYSCALL_RENAME_X | SYSCALL_RENAMEAT_X
        | SYSCALL_RENAMEAT2_X | SYSCALL_MKDIR_2_X | SYSCALL_MKDIRAT_X | SYSCALL_RMDIR_2_X
        | SYSCALL_SYMLINK_X | SYSCALL_SYMLINKAT_X | SYSCALL_LINK_2_X | SYSCALL_LINKAT_2_X
        | SYSCALL_CHDIR_X | SYSCALL_FCHDIR_X => DropCategory::DirFileExit,
        _ => DropCategory::OtherInterestExit,
    }
}

/// Number of parameters of event `ev`.
pub(crate) fn nparams(ev: u16) -> usize {
    EVENT_TABLE.get(ev as usize).map_or(0, |e| e.params.len())
}

/// Looks up, before writing, what the exit event `ev` needs from fds. May sleep.
pub(crate) fn prepare(ev: u16, a: &Args) -> Pre {
    use code::*;
    let mut pre = Pre::NONE;
    match ev {
        SYSCALL_OPEN_X | SYSCALL_OPENAT_2_X | SYSCALL_OPENAT2_X | SYSCALL_CREAT_X
        | SYSCALL_MEMFD_CREATE_X => pre.fd = FdInfo::lookup(a.ret),
        SOCKET_ACCEPT_5_X | SOCKET_ACCEPT4_6_X => pre.fd = FdInfo::lookup(a.ret),
        SOCKET_CONNECT_X => {
            pre.fd = FdInfo::lookup(a.fd(0));
            pre.addr = net::user_addr(a.ptr(1), a.a[2]);
        }
        SOCKET_SENDTO_X => {
            pre.fd = FdInfo::lookup(a.fd(0));
            pre.addr = net::user_addr(a.ptr(4), a.a[5]);
        }
        SOCKET_RECVFROM_X => {
            pre.fd = FdInfo::lookup(a.fd(0));
            let len = net::user_u32(a.ptr(5)).unwrap_or(0);
            pre.addr = net::user_addr(a.ptr(4), u64::from(len));
        }
        SOCKET_SENDMSG_X | SOCKET_RECVMSG_X => {
            pre.fd = FdInfo::lookup(a.fd(0));
            // struct msghdr: msg_name at 0, msg_namelen at 8.
            let name = net::user_u64(a.ptr(1)).unwrap_or(0) as usize;
            let len = net::user_u32(a.ptr(1) + 8).unwrap_or(0);
            pre.addr = net::user_addr(name, u64::from(len));
        }
        SYSCALL_PIPE_X | SYSCALL_PIPE2_X => {
            let fd0 = net::user_u32(a.ptr(0)).map_or(-1, |v| i64::from(v as i32));
            let fd1 = net::user_u32(a.ptr(0) + 4).map_or(-1, |v| i64::from(v as i32));
            if a.ret == 0 {
                pre.pipe = (fd0, fd1);
                pre.fd = FdInfo::lookup(fd0);
            }
        }
        _ => {}
    }
    pre
}

/// Appends a socket address parameter.
fn sockaddr(w: &mut EventWriter<'_>, addr: &RawAddr) {
    let mut buf = [0u8; 160];
    let n = addr.encode(&mut buf);
    w.bytes(&buf[..n]);
}

/// Appends a tuple parameter from `src` to `dst`.
fn tuple(w: &mut EventWriter<'_>, src: &RawAddr, dst: &RawAddr, sk: u64) {
    let mut buf = [0u8; 160];
    let n = net::encode_tuple(src, dst, sk, &mut buf);
    w.bytes(&buf[..n]);
}

/// The tuple of a socket that sends: us to the peer (or to the address given).
fn tuple_out(w: &mut EventWriter<'_>, pre: &Pre) {
    if !pre.fd.is_socket {
        w.empty();
        return;
    }
    let dst = if pre.fd.peer.len > 0 { &pre.fd.peer } else { &pre.addr };
    tuple(w, &pre.fd.local, dst, pre.fd.sk);
}

/// The tuple of a socket that receives: the peer (or the address reported) to us.
fn tuple_in(w: &mut EventWriter<'_>, pre: &Pre) {
    if !pre.fd.is_socket {
        w.empty();
        return;
    }
    let src = if pre.fd.peer.len > 0 { &pre.fd.peer } else { &pre.addr };
    tuple(w, src, &pre.fd.local, pre.fd.sk);
}

/// Appends up to `max` bytes gathered from a user iovec array.
fn iov_data(w: &mut EventWriter<'_>, iov: usize, cnt: u64, max: usize) {
    let mut parts = [(0usize, 0usize); 8];
    let mut n = 0;
    let mut left = max;
    let mut i = 0;
    while i < cnt.min(1024) as usize && left > 0 && n < parts.len() {
        let base = net::user_u64(iov + 16 * i);
        let len = net::user_u64(iov + 16 * i + 8);
        let (Some(base), Some(len)) = (base, len) else { break };
        let take = (len as usize).min(left);
        if take > 0 {
            parts[n] = (base as usize, take);
            n += 1;
            left -= take;
        }
        i += 1;
    }
    w.user_parts(&parts[..n]);
}

/// Appends the data of a msghdr's iovecs (`struct msghdr` at `msg`).
fn msg_data(w: &mut EventWriter<'_>, msg: usize, max: usize) {
    // msg_iov at 16, msg_iovlen at 24.
    let iov = net::user_u64(msg + 16).unwrap_or(0) as usize;
    let cnt = net::user_u64(msg + 24).unwrap_or(0);
    iov_data(w, iov, cnt, max);
}

/// Appends the command name with its NUL.
fn comm(w: &mut EventWriter<'_>, t: &Task) {
    let mut buf = [0u8; 17];
    let c = t.comm();
    let n = c.len().min(16);
    buf[..n].copy_from_slice(&c[..n]);
    w.bytes(&buf[..n + 1]);
}

/// The program and arguments of a process, from its argument area.
fn exe_args(w: &mut EventWriter<'_>, t: &Task) {
    let ((start, end), _) = t.arg_env();
    let n = w.user_first_str(start, end);
    let rest = end.saturating_sub(start + n).min(MAX_STR);
    w.user_bytes(start + n, if n == 0 { 0 } else { rest });
}

/// The fields clone and execve exits share after `res`, `exe` and `args`: tid .. vm_swap,
/// comm and cgroups.
fn proc_common(w: &mut EventWriter<'_>, t: &Task) {
    w.u64(t.tid());
    w.u64(t.pid());
    w.u64(t.ppid());
    // cwd: the consumer keeps it from chdir events and the /proc scan, as Falco's does.
    w.empty();
    w.u64(t.fdlimit());
    let (maj, min) = t.page_faults();
    w.u64(maj);
    w.u64(min);
    let vm = t.vm();
    w.u32(vm.size);
    w.u32(vm.rss);
    w.u32(vm.swap);
    comm(w, t);
    // cgroups: the test kernels have no cgroup support; an empty list.
    w.empty();
}

/// Clone family exit for task `t` (the child when `res == 0`), with clone flags `flags`.
pub(crate) fn clone_exit(w: &mut EventWriter<'_>, t: &Task, res: i64, flags: u32) {
    w.i64(res);
    exe_args(w, t);
    proc_common(w, t);
    let mut flags = flags;
    if t.in_child_pidns() {
        flags |= native::CLONE_CHILD_IN_PIDNS;
    }
    w.u32(flags);
    let (uid, gid) = t.euid_egid();
    w.u32(uid);
    w.u32(gid);
    w.u64(t.vtid());
    w.u64(t.vpid());
    w.u64(t.pidns_init_start_ts());
}

/// Execve family exit. A successful one describes the new program (`a` unused), a failed one
/// the arguments it was given; `filename` says whether the event has the `filename` parameter
/// (execve) and `args_at` where argv and the path are among the arguments.
pub(crate) fn execve_exit(
    w: &mut EventWriter<'_>,
    t: &Task,
    a: Option<(&Args, usize)>,
    res: i64,
    filename: bool,
    scratch: &mut [u8],
) {
    w.i64(res);
    match a {
        Some((a, path_at)) if res < 0 => {
            let argv = a.ptr(path_at + 1);
            w.user_str(net::user_u64(argv).unwrap_or(0) as usize);
            w.user_strv(argv, 1, MAX_STR);
        }
        _ => exe_args(w, t),
    }
    proc_common(w, t);
    let (_, (env_start, env_end)) = t.arg_env();
    if res < 0 {
        // The failed call's environment is the caller's: left out, as its argv is enough.
        w.empty();
    } else {
        w.user_bytes(env_start, env_end.saturating_sub(env_start).min(MAX_STR));
    }
    w.u32(0); // tty: not tracked by this module
    w.u64(t.vpgid());
    w.u32(u32::MAX); // loginuid: the test kernels have no audit support
    w.u32(0); // exe flags (writable, overlay layers, memfd): not tracked by this module
    let (ci, cp, ce) = t.caps();
    w.u64(ci);
    w.u64(cp);
    w.u64(ce);
    let exe = t.exe();
    w.u64(exe.ino);
    w.u64(exe.ctime);
    w.u64(exe.mtime);
    let (uid, gid) = t.euid_egid();
    w.u32(uid);
    let mut path_len = 0;
    let have = t.with_exe(|f| task::file_path(f, scratch).map(<[u8]>::len)).flatten();
    if let Some(n) = have {
        // `file_path` leaves the path at the end of the buffer: move it to the front.
        let start = scratch.len() - n - 1;
        scratch.copy_within(start..start + n, 0);
        scratch[n] = 0;
        path_len = n + 1;
    }
    w.bytes(&scratch[..path_len]);
    w.u64(t.pgid());
    w.u32(gid);
    if filename {
        match a {
            Some((a, path_at)) if res < 0 => w.user_str(a.ptr(path_at)),
            _ => w.bytes(&scratch[..path_len]),
        }
    }
}

/// Writes the parameters of exit event `ev` (one with [`has_exit_filler`]).
pub(crate) fn fill_exit(
    w: &mut EventWriter<'_>,
    ev: u16,
    a: &Args,
    pre: &Pre,
    snaplen: usize,
    scratch: &mut [u8],
) {
    use code::*;
    let r = a.ret;
    let data = |w: &mut EventWriter<'_>, i: usize| w.user_bytes(a.ptr(i), (a.done() as usize).min(snaplen));
    match ev {
        SYSCALL_READ_X | SYSCALL_WRITE_X => {
            w.i64(r);
            data(w, 1);
            w.i64(a.fd(0));
            w.u32(a.a[2] as u32);
        }
        SYSCALL_PREAD_X | SYSCALL_PWRITE_X => {
            w.i64(r);
            data(w, 1);
            w.i64(a.fd(0));
            w.u32(a.a[2] as u32);
            w.u64(a.a[3]);
        }
        SYSCALL_READV_X => {
            w.i64(r);
            w.u32(a.done() as u32);
            iov_data(w, a.ptr(1), a.a[2], (a.done() as usize).min(snaplen));
            w.i64(a.fd(0));
        }
        SYSCALL_WRITEV_X => {
            w.i64(r);
            iov_data(w, a.ptr(1), a.a[2], (a.done() as usize).min(snaplen));
            w.i64(a.fd(0));
            w.u32(a.done() as u32);
        }
        SYSCALL_PREADV_X => {
            w.i64(r);
            w.u32(a.done() as u32);
            iov_data(w, a.ptr(1), a.a[2], (a.done() as usize).min(snaplen));
            w.i64(a.fd(0));
            w.u64(a.a[3]);
        }
        SYSCALL_PWRITEV_X => {
            w.i64(r);
            iov_data(w, a.ptr(1), a.a[2], (a.done() as usize).min(snaplen));
            w.i64(a.fd(0));
            w.u32(a.done() as u32);
            w.u64(a.a[3]);
        }
        SYSCALL_OPEN_X => {
            w.i64(r);
            w.user_str(a.ptr(0));
            w.u32(open_flags(a.a[1] as u32, &pre.fd));
            w.u32(native::open_mode(a.a[1] as u32, a.a[2] as u32));
            w.u32(pre.fd.dev);
            w.u64(pre.fd.ino);
        }
        SYSCALL_OPENAT_2_X => {
            w.i64(r);
            w.i64(a.fd(0));
            w.user_str(a.ptr(1));
            w.u32(open_flags(a.a[2] as u32, &pre.fd));
            w.u32(native::open_mode(a.a[2] as u32, a.a[3] as u32));
            w.u32(pre.fd.dev);
            w.u64(pre.fd.ino);
        }
        SYSCALL_OPENAT2_X => {
            let (flags, mode, resolve) = open_how(a.ptr(2));
            w.i64(r);
            w.i64(a.fd(0));
            w.user_str(a.ptr(1));
            w.u32(open_flags(flags, &pre.fd));
            w.u32(native::open_mode(flags, mode));
            w.u32(resolve & 0x3f);
            w.u32(pre.fd.dev);
            w.u64(pre.fd.ino);
        }
        SYSCALL_CREAT_X => {
            w.i64(r);
            w.user_str(a.ptr(0));
            w.u32(a.a[1] as u32 & 0o7777);
            w.u32(pre.fd.dev);
            w.u64(pre.fd.ino);
            w.u16(0); // overlay layer flags: not tracked by this module
        }
        SYSCALL_CLOSE_X | SYSCALL_FCHDIR_X => {
            w.i64(r);
            w.i64(a.fd(0));
        }
        SYSCALL_DUP_1_X => {
            w.i64(r);
            w.i64(a.fd(0));
        }
        SYSCALL_DUP2_X => {
            w.i64(r);
            w.i64(a.fd(0));
            w.i64(a.fd(1));
        }
        SYSCALL_DUP3_X => {
            w.i64(r);
            w.i64(a.fd(0));
            w.i64(a.fd(1));
            w.u32(native::fd_flags(a.a[2] as u32));
        }
        SOCKET_SOCKET_X => {
            w.i64(r);
            w.u32(u32::from(native::socket_family(a.a[0])));
            w.u32(a.a[1] as u32);
            w.u32(a.a[2] as u32);
            w.u32(native::socket_flags(a.a[1]));
        }
        SOCKET_CONNECT_X => {
            w.i64(r);
            if pre.fd.is_socket {
                let dst = if pre.addr.len > 0 { &pre.addr } else { &pre.fd.peer };
                tuple(w, &pre.fd.local, dst, pre.fd.sk);
            } else {
                w.empty();
            }
            w.i64(a.fd(0));
            sockaddr(w, &pre.addr);
        }
        SOCKET_ACCEPT_5_X | SOCKET_ACCEPT4_6_X => {
            w.i64(r);
            if pre.fd.is_socket {
                tuple(w, &pre.fd.peer, &pre.fd.local, pre.fd.sk);
            } else {
                w.empty();
            }
            // Backlog figures live in the protocol's socket, which this module does not read.
            w.u8(0);
            w.u32(0);
            w.u32(0);
            if ev == SOCKET_ACCEPT4_6_X {
                w.u32(a.a[3] as u32);
            }
        }
        SOCKET_BIND_X => {
            w.i64(r);
            sockaddr(w, &net::user_addr(a.ptr(1), a.a[2]));
            w.i64(a.fd(0));
        }
        SOCKET_LISTEN_X => {
            w.i64(r);
            w.i64(a.fd(0));
            w.u32(a.a[1] as u32);
        }
        SOCKET_SENDTO_X => {
            w.i64(r);
            data(w, 1);
            w.i64(a.fd(0));
            w.u32(a.a[2] as u32);
            tuple_out(w, pre);
        }
        SOCKET_RECVFROM_X => {
            w.i64(r);
            data(w, 1);
            tuple_in(w, pre);
            w.i64(a.fd(0));
            w.u32(a.a[2] as u32);
        }
        SOCKET_SENDMSG_X => {
            w.i64(r);
            msg_data(w, a.ptr(1), (a.done() as usize).min(snaplen));
            w.i64(a.fd(0));
            w.u32(a.done() as u32);
            tuple_out(w, pre);
        }
        SOCKET_RECVMSG_X => {
            w.i64(r);
            w.u32(a.done() as u32);
            msg_data(w, a.ptr(1), (a.done() as usize).min(snaplen));
            tuple_in(w, pre);
            w.empty(); // msgcontrol: ancillary data is not captured
            w.i64(a.fd(0));
        }
        SYSCALL_PIPE_X | SYSCALL_PIPE2_X => {
            w.i64(r);
            w.i64(pre.pipe.0);
            w.i64(pre.pipe.1);
            w.u64(pre.fd.ino);
            if ev == SYSCALL_PIPE2_X {
                w.u32(native::fd_flags(a.a[1] as u32));
            }
        }
        SYSCALL_UNLINK_2_X | SYSCALL_RMDIR_2_X | SYSCALL_CHDIR_X => {
            w.i64(r);
            w.user_str(a.ptr(0));
        }
        SYSCALL_UNLINKAT_2_X => {
            w.i64(r);
            w.i64(a.fd(0));
            w.user_str(a.ptr(1));
            w.u32(a.a[2] as u32 & 0x200);
        }
        SYSCALL_RENAME_X | SYSCALL_LINK_2_X | SYSCALL_SYMLINK_X => {
            w.i64(r);
            w.user_str(a.ptr(0));
            w.user_str(a.ptr(1));
        }
        SYSCALL_RENAMEAT_X | SYSCALL_RENAMEAT2_X | SYSCALL_LINKAT_2_X => {
            w.i64(r);
            w.i64(a.fd(0));
            w.user_str(a.ptr(1));
            w.i64(a.fd(2));
            w.user_str(a.ptr(3));
            match ev {
                SYSCALL_RENAMEAT2_X => w.u32(a.a[4] as u32 & 0x7),
                SYSCALL_LINKAT_2_X => w.u32(a.a[4] as u32 & 0x1400),
                _ => {}
            }
        }
        SYSCALL_MKDIR_2_X => {
            w.i64(r);
            w.user_str(a.ptr(0));
            w.u32(a.a[1] as u32);
        }
        SYSCALL_MKDIRAT_X => {
            w.i64(r);
            w.i64(a.fd(0));
            w.user_str(a.ptr(1));
            w.u32(a.a[2] as u32);
        }
        SYSCALL_SYMLINKAT_X => {
            w.i64(r);
            w.user_str(a.ptr(0));
            w.i64(a.fd(1));
            w.user_str(a.ptr(2));
        }
        SYSCALL_CHMOD_X => {
            w.i64(r);
            w.user_str(a.ptr(0));
            w.u32(a.a[1] as u32 & 0o7777);
        }
        SYSCALL_FCHMOD_X => {
            w.i64(r);
            w.i64(a.fd(0));
            w.u32(a.a[1] as u32 & 0o7777);
        }
        SYSCALL_FCHMODAT_X => {
            w.i64(r);
            w.i64(a.fd(0));
            w.user_str(a.ptr(1));
            w.u32(a.a[2] as u32 & 0o7777);
        }
        SYSCALL_SETUID_X | SYSCALL_SETGID_X => {
            w.i64(r);
            w.u32(a.a[0] as u32);
        }
        SYSCALL_SETRESUID_X | SYSCALL_SETRESGID_X => {
            w.i64(r);
            w.u32(a.a[0] as u32);
            w.u32(a.a[1] as u32);
            w.u32(a.a[2] as u32);
        }
        SYSCALL_PTRACE_X => {
            w.i64(r);
            for v in [a.a[2], a.a[3]] {
                // Dynamic parameter: table index (plain 64-bit value), then the value.
                let mut b = [0u8; 9];
                b[1..].copy_from_slice(&v.to_le_bytes());
                w.bytes(&b);
            }
            w.u16(native::ptrace_request(a.a[0]));
            w.i64(a.a[1] as i32 as i64);
        }
        SYSCALL_MOUNT_X => {
            w.i64(r);
            w.user_str(a.ptr(0));
            w.user_str(a.ptr(1));
            w.user_str(a.ptr(2));
            w.u32(native::mount_flags(a.a[3]));
        }
        SYSCALL_UMOUNT2_X => {
            w.i64(r);
            w.user_str(a.ptr(0));
            w.u32(a.a[1] as u32 & 0xf);
        }
        SYSCALL_MEMFD_CREATE_X => {
            w.i64(r);
            w.user_str(a.ptr(0));
            w.u32(a.a[1] as u32 & 0x7);
        }
        SYSCALL_MMAP_X => {
            w.i64(r);
            let vm = Task::current().vm();
            w.u32(vm.size);
            w.u32(vm.rss);
            w.u32(vm.swap);
            w.u64(a.a[0]);
            w.u64(a.a[1]);
            w.u32(native::prot_flags(a.a[2]));
            w.u32(native::mmap_flags(a.a[3]));
            w.i64(a.fd(4));
            w.u64(a.a[5]);
        }
        SYSCALL_KILL_X | SYSCALL_TKILL_X => {
            w.i64(r);
            w.i64(a.a[0] as i32 as i64);
            w.u8(a.a[1] as u8);
        }
        SYSCALL_TGKILL_X => {
            w.i64(r);
            w.i64(a.a[0] as i32 as i64);
            w.i64(a.a[1] as i32 as i64);
            w.u8(a.a[2] as u8);
        }
        SYSCALL_EXECVE_19_X => execve_exit(w, &Task::current(), Some((a, 0)), r, true, scratch),
        SYSCALL_EXECVEAT_X => execve_exit(w, &Task::current(), Some((a, 1)), r, false, scratch),
        SYSCALL_CLONE_20_X => clone_exit(w, &Task::current(), r, native::clone_flags(a.a[0])),
        SYSCALL_FORK_20_X => clone_exit(w, &Task::current(), r, 0),
        SYSCALL_VFORK_20_X => clone_exit(w, &Task::current(), r, native::CLONE_VFORK_FLAGS),
        SYSCALL_CLONE3_X => {
            // struct clone_args starts with the u64 flags.
            let flags = net::user_u64(a.ptr(0)).unwrap_or(0);
            clone_exit(w, &Task::current(), r, native::clone_flags(flags));
        }
        _ => {}
    }
}

/// openat2's `struct open_how { u64 flags; u64 mode; u64 resolve; }` at `how`: flags, mode
/// and resolve flags (0 where unreadable).
fn open_how(how: usize) -> (u32, u32, u32) {
    let at = |off: usize| net::user_u64(how + off).unwrap_or(0) as u32;
    (at(0), at(8), at(16))
}

/// Open flags of an event, with `O_F_CREATED` when the open created the file.
fn open_flags(flags: u32, fd: &FdInfo) -> u32 {
    let mut f = native::open_flags(flags);
    if fd.created {
        f |= ppm_o::F_CREATED;
    }
    f
}

/// The enter event captured for syscall exit event `exit` (the arguments as the call began,
/// before another thread can change the memory they point to), if any.
pub(crate) fn enter_event(exit: u16) -> Option<u16> {
    use code::*;
    Some(match exit {
        SYSCALL_OPEN_X => SYSCALL_OPEN_E,
        SYSCALL_OPENAT_2_X => SYSCALL_OPENAT_2_E,
        SYSCALL_OPENAT2_X => SYSCALL_OPENAT2_E,
        SYSCALL_CREAT_X => SYSCALL_CREAT_E,
        SOCKET_CONNECT_X => SOCKET_CONNECT_E,
        _ => return None,
    })
}

/// Drop counter of an enter event.
pub(crate) fn enter_category(ev: u16) -> DropCategory {
    if ev == code::SOCKET_CONNECT_E { DropCategory::ConnectEnter } else { DropCategory::OpenEnter }
}

/// Writes the parameters of enter event `ev` (one [`enter_event`] returns).
pub(crate) fn fill_enter(w: &mut EventWriter<'_>, ev: u16, a: &Args) {
    use code::*;
    match ev {
        SYSCALL_OPEN_E => {
            w.user_str(a.ptr(0));
            w.u32(native::open_flags(a.a[1] as u32));
            w.u32(native::open_mode(a.a[1] as u32, a.a[2] as u32));
        }
        SYSCALL_OPENAT_2_E => {
            w.i64(a.fd(0));
            w.user_str(a.ptr(1));
            w.u32(native::open_flags(a.a[2] as u32));
            w.u32(native::open_mode(a.a[2] as u32, a.a[3] as u32));
        }
        SYSCALL_OPENAT2_E => {
            let (flags, mode, resolve) = open_how(a.ptr(2));
            w.i64(a.fd(0));
            w.user_str(a.ptr(1));
            w.u32(native::open_flags(flags));
            w.u32(native::open_mode(flags, mode));
            w.u32(resolve & 0x3f);
        }
        SYSCALL_CREAT_E => {
            w.user_str(a.ptr(0));
            w.u32(a.a[1] as u32 & 0o7777);
        }
        SOCKET_CONNECT_E => {
            w.i64(a.fd(0));
            sockaddr(w, &net::user_addr(a.ptr(1), a.a[2]));
        }
        _ => {}
    }
}
