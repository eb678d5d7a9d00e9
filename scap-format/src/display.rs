//! Event parameters as text, the way sysdig 0.41.4 (libsinsp 0.23.2) prints them in `%evt.info`
//! and `%evt.args`: `name=value name=value(resolved) ...`.
//!
//! Every parameter renders as libsinsp's `sinsp_evt::get_param_as_str` does with the default
//! print format (`PF_NORMAL`): numbers in their schema print format (`%d`, `%X`, `%#o`, with the
//! same C integer promotions), `res=-2(ENOENT)`, `flags=4097(O_RDONLY|O_CLOEXEC)` (flag tables
//! walked in table order, values removed as they match, `0` only matching a zero value; enum
//! tables by exact value), `mode=04755(S_IXOTH|...)`, `sig=17(SIGCHLD)`, `interval=0(0s)`,
//! `127.0.0.1:57436->127.0.0.1:9`, `2001:db8::3:1234`, unix tuples `ffff...->ffff... /path`,
//! fd lists `3:434` (`fd:typechar flags-hex`), byte buffers with non-printable bytes as `.` and
//! cut to 80 characters ending in `...`, `<NA>` for empty values (`NULL` for empty buffers,
//! tuples, fd lists and dynamic values), `<NA>` for the legacy `(NULL)` string.
//!
//! What needs process state (an fd's `(<f>/path)`, a pid's `(comm)`, user and group names, a
//! relative path made absolute, fd-list type characters) comes from a [`FdNames`]
//! implementation; [`NoFdNames`] knows nothing, and then only the state-free annotations appear.
//!
//! Rendering never panics and never allocates beyond growing the output string, whatever the
//! bytes (one exception: a [`FdNames::resolve_path`] that writes non-printable bytes costs a
//! copy to drop them). Where libsinsp would throw or read out of bounds, rfalco renders:
//! - a fixed-size value with the wrong number of bytes: `<NA>` (libsinsp throws);
//! - a string without its terminating NUL, or with bytes after it: the bytes up to the first NUL
//!   (libsinsp throws);
//! - a truncated fd list: the complete entries; a unix tuple shorter than its two pointers: the
//!   missing bytes as zeros (libsinsp reads past the parameter);
//! - a dynamic parameter with an out-of-range index: `INVALID DYNAMIC PARAMETER` (as libsinsp);
//!   with no value after the index: `<NA>`.
//!
//! Deliberate differences from sysdig, for safety and portability:
//! - Strings libsinsp prints raw (`PT_CHARBUF`, a pid's comm): control characters (C0, DEL, C1)
//!   and bytes of invalid UTF-8 sequences print as `.`, so a capture can never send terminal
//!   escape sequences; sysdig prints them raw (e.g. the trailing newline of a container event's
//!   JSON).
//! - Absolute times (`PT_ABSTIME`) print in UTC, not in the host's time zone.
//! - Types libsinsp 0.23.2 prints as `(n.a.)` (used only by newer iterator events): 32-bit fds
//!   and pids render like their 64-bit forms, addresses as text, ports and other numbers in
//!   decimal; string arrays join with `.` and string pairs as `k:v,k:v`.
//! - An fd list of an event whose thread is unknown prints with `?` type characters (libsinsp
//!   prints stale text).

mod names;
mod net;
mod text;

use core::fmt::Write as _;

pub use names::{errno_name, signal_name};

use crate::abi::events::code;
use crate::abi::syscalls::{PPM_SC_MAX, ppm_sc_name, x86_64_syscall};
use crate::abi::types::{EC_INTERNAL, EC_SYSCALL, NameValue, ParamExtra, ParamInfo, ParamType};
use crate::event::EventRef;
use net::{render_fdlist, render_sockaddr, render_socktuple};
use text::*;

/// `PPM_AT_FDCWD`: the "current directory" value of `*at` system calls' directory fds.
pub const AT_FDCWD: i64 = -100;

pub use crate::block::DF_STATE_ONLY;

/// What the state engine knows about one fd of the event's thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FdDesc<'a> {
    /// The fd type character (`f` file, `d` directory, `4` IPv4 socket, `6` IPv6 socket,
    /// `u` unix socket, `p` pipe, `n` netlink, `e` eventfd, ...).
    pub typechar: u8,
    /// For IP sockets, the layer-4 protocol character: `t`, `u`, `i` or `r`.
    pub l4proto: Option<u8>,
    /// The fd's name (path, tuple, ...); non-printable bytes are dropped when printed.
    pub name: &'a [u8],
}

/// The process state a rendering may consult, seen from the event's thread.
///
/// Only [`fd_name`](Self::fd_name) is required; every other lookup defaults to "unknown".
/// A state engine implements this on a per-event view (thread + tables).
pub trait FdNames {
    /// The event thread's fd `fd`, if known. `None`: the fd prints as a bare number.
    fn fd_name(&self, fd: i64) -> Option<FdDesc<'_>>;

    /// Whether the event's thread is known (libsinsp: `get_thread_info() != NULL`). When it is
    /// not, fds print as bare numbers (even `AT_FDCWD` and errno values), relative paths are not
    /// resolved and user/group ids print `(<NA>)`, as in libsinsp.
    fn has_thread(&self) -> bool {
        true
    }

    /// The command name of thread `pid`, for `pid=123(bash)`.
    fn comm(&self, _pid: i64) -> Option<&[u8]> {
        None
    }

    /// The user name of `uid` in the event's container. `None` prints `(<NA>)`.
    fn user_name(&self, _uid: u32) -> Option<&[u8]> {
        None
    }

    /// The group name of `gid` in the event's container. `None` prints `(<NA>)`.
    fn group_name(&self, _gid: u32) -> Option<&[u8]> {
        None
    }

    /// Appends the absolute form of the relative `path` (non-empty, not starting with `/`):
    /// relative to the directory fd `dirfd`, or to the thread's cwd when `None`, normalised as
    /// libsinsp's `concatenate_paths`. Returns whether it wrote anything. Non-printable bytes it
    /// writes are dropped.
    fn resolve_path(&self, _dirfd: Option<i64>, _path: &[u8], _out: &mut String) -> bool {
        false
    }
}

/// A [`FdNames`] that knows nothing: fds print as numbers (plus the state-free `AT_FDCWD` and
/// errno names), user and group ids as `uid(<NA>)`.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoFdNames;

impl FdNames for NoFdNames {
    fn fd_name(&self, _fd: i64) -> Option<FdDesc<'_>> {
        None
    }
}

/// Rendering options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Longest byte-buffer text, in characters; longer ones are cut and end in `...`
    /// (libsinsp's `max_evt_output_len`). 0: no limit.
    pub max_buf_len: usize,
}

impl Options {
    /// sysdig's default output: buffers cut at 80 characters.
    pub const SYSDIG: Options = Options { max_buf_len: 80 };
    /// No truncation (libsinsp's own default, as in filter comparisons).
    pub const FULL: Options = Options { max_buf_len: 0 };
}

impl Default for Options {
    fn default() -> Self {
        Self::SYSDIG
    }
}

/// Appends the event's `%evt.info` / `%evt.args` text as sysdig prints it:
/// `name=value[(resolved)]` for every parameter, separated by single spaces; nothing for
/// generic system call events.
pub fn write_args(ev: &EventRef<'_>, fds: &dyn FdNames, out: &mut String) {
    write_args_with(ev, fds, Options::SYSDIG, out);
}

/// [`write_args`] with explicit options.
pub fn write_args_with(ev: &EventRef<'_>, fds: &dyn FdNames, opts: Options, out: &mut String) {
    if ev.ty() == code::GENERIC_X {
        return;
    }
    let Some(info) = ev.info() else { return };
    let n = ev.nparams().min(info.params.len());
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(info.params[i].name);
        out.push('=');
        render(ev, i, fds, opts, out);
    }
}

/// Appends parameter `i` as it appears in `%evt.args` after `name=`: the value, then
/// `(resolved)` when there is a resolved form. Nothing when the event has no parameter `i`.
pub fn write_param(ev: &EventRef<'_>, i: usize, fds: &dyn FdNames, out: &mut String) {
    if i < ev.nparams() && ev.param_info(i).is_some() {
        render(ev, i, fds, Options::SYSDIG, out);
    }
}

/// Appends parameter `i` as libsinsp's `evt.arg.NAME` / `evt.arg[i]` fields extract it: the
/// resolved form when there is one (`ENOENT`, `O_RDONLY|O_CLOEXEC`, `<f>/etc/passwd`), else the
/// value. Returns `false` (writing nothing) when the event has no parameter `i`.
pub fn write_arg(
    ev: &EventRef<'_>,
    i: usize,
    fds: &dyn FdNames,
    opts: Options,
    out: &mut String,
) -> bool {
    if i >= ev.nparams() || ev.param_info(i).is_none() {
        return false;
    }
    let start = out.len();
    if let Some(paren) = render(ev, i, fds, opts, out) {
        out.pop();
        out.replace_range(start..=paren, "");
    }
    true
}

/// The event type name as `%evt.type` prints it: for generic system call exits the system
/// call's name (from the `ppm_sc` code, or from the native number when the code is unknown),
/// for async events their embedded name, else the schema name.
pub fn write_type(ev: &EventRef<'_>, out: &mut String) {
    match ev.ty() {
        code::GENERIC_X => {
            let mut sc = ev.param(0).and_then(le_u16).unwrap_or(0);
            if sc == 0 {
                if let Some(native) = ev.param(1).and_then(le_u16) {
                    sc = x86_64_syscall(u32::from(native)).map_or(0, |e| e.ppm_sc);
                }
            }
            out.push_str(ppm_sc_name(sc).unwrap_or(""));
        }
        code::ASYNCEVENT_E => match ev.param(1) {
            Some(raw) if !is_legacy_null(raw) => push_escaped(out, c_str(raw)),
            _ => out.push_str("<NA>"),
        },
        _ => out.push_str(ev.name()),
    }
}

/// `%evt.dir`: `>` for enter events, `<` for exit events.
pub fn dir_char(ev: &EventRef<'_>) -> char {
    if ev.is_enter() { '>' } else { '<' }
}

/// `%evt.rawres`: the return value of a system call exit event (its first parameter, whatever
/// its name, read as a 32- or 64-bit signed integer; 0 for another size). `None` for other
/// events, generic system calls and exits without parameters.
pub fn raw_res(ev: &EventRef<'_>) -> Option<i64> {
    if ev.ty() == code::GENERIC_X || ev.is_enter() || ev.nparams() == 0 {
        return None;
    }
    if ev.info()?.category & EC_SYSCALL == 0 {
        return None;
    }
    let p = ev.param(0)?;
    Some(match *p {
        [a, b, c, d] => i64::from(i32::from_le_bytes([a, b, c, d])),
        [a, b, c, d, e, f, g, h] => i64::from_le_bytes([a, b, c, d, e, f, g, h]),
        _ => 0,
    })
}

/// Whether sysdig hides the event after libsinsp has parsed it: internal events, the enter
/// events libsinsp keeps only for TOCTOU mitigation or as a fallback for exit parameters
/// (`sinsp_evt_filter`), and state-only events of a capture.
pub fn hidden_by_sinsp(ev: &EventRef<'_>) -> bool {
    matches!(
        ev.ty(),
        code::SYSCALL_OPEN_E
            | code::SYSCALL_OPENAT_2_E
            | code::SYSCALL_OPENAT2_E
            | code::SYSCALL_CREAT_E
            | code::SOCKET_CONNECT_E
            | code::SYSCALL_EXECVE_19_E
            | code::SYSCALL_EXECVEAT_E
    ) || ev.dump_flags() & DF_STATE_ONLY != 0
        || ev.info().is_some_and(|i| i.category & EC_INTERNAL != 0)
}

/// Which events sysdig shows when it reads a capture: [`hidden_by_sinsp`], plus the leading
/// run of "initial state" events (container, user and group records, async events) that sinsp
/// consumes while opening the capture (`consume_initialstate_events`). Hidden events still
/// count in `evt.num`.
#[derive(Clone, Copy, Debug, Default)]
pub struct CaptureVisibility {
    past_initial_state: bool,
}

impl CaptureVisibility {
    /// At the start of a capture.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether sysdig prints `ev`, the next event of the capture.
    pub fn shows(&mut self, ev: &EventRef<'_>) -> bool {
        if !self.past_initial_state {
            if matches!(
                ev.ty(),
                code::CONTAINER_JSON_2_E
                    | code::USER_ADDED_E
                    | code::USER_DELETED_E
                    | code::GROUP_ADDED_E
                    | code::GROUP_DELETED_E
                    | code::ASYNCEVENT_E
            ) {
                return false;
            }
            self.past_initial_state = true;
        }
        !hidden_by_sinsp(ev)
    }
}

fn le_u16(p: &[u8]) -> Option<u16> {
    match *p {
        [a, b] => Some(u16::from_le_bytes([a, b])),
        _ => None,
    }
}

/// Reads a little-endian integer of exactly `n` bytes, sign-extended when `signed`.
fn le_int(p: &[u8], n: usize, signed: bool) -> Option<i64> {
    if p.len() != n || n == 0 || n > 8 {
        return None;
    }
    let mut a = [0u8; 8];
    a[..n].copy_from_slice(p);
    let v = u64::from_le_bytes(a);
    let shift = 64 - 8 * n as u32;
    Some(if signed {
        ((v << shift) as i64) >> shift
    } else {
        v as i64
    })
}

/// A string parameter libsinsp reads as the legacy NULL (empty, or `(NULL)`): printed `<NA>`.
fn is_legacy_null(raw: &[u8]) -> bool {
    raw.is_empty() || raw == b"(NULL)\0"
}

/// Appends `(`, lets `f` write a resolved form, then closes it, or removes the `(` when `f`
/// wrote nothing. Returns the position of the `(` when kept.
fn resolved(out: &mut String, f: impl FnOnce(&mut String)) -> Option<usize> {
    let p = out.len();
    out.push('(');
    f(out);
    if out.len() == p + 1 {
        out.truncate(p);
        None
    } else {
        out.push(')');
        Some(p)
    }
}

/// Writes parameter `i` (which exists and has a schema entry): value and `(resolved)`.
/// Returns the position of the resolved part's `(`.
fn render(
    ev: &EventRef<'_>,
    i: usize,
    fds: &dyn FdNames,
    opts: Options,
    out: &mut String,
) -> Option<usize> {
    let (Some(raw), Some(info)) = (ev.param(i), ev.param_info(i)) else {
        return None;
    };
    let string_type = matches!(
        info.ty,
        ParamType::CharBuf | ParamType::FsPath | ParamType::FsRelPath
    );
    if raw.is_empty() || (string_type && is_legacy_null(raw)) {
        out.push_str(match info.ty {
            ParamType::ByteBuf
            | ParamType::SockTuple
            | ParamType::FdList
            | ParamType::CharBufArray
            | ParamType::CharBufPairArray
            | ParamType::Dyn => "NULL",
            _ => "<NA>",
        });
        return None;
    }
    let (ty, data) = if info.ty == ParamType::Dyn {
        let chosen = match info.extra {
            ParamExtra::Dynamic(table) => table.get(raw[0] as usize),
            _ => None,
        };
        let Some(chosen) = chosen else {
            out.push_str("INVALID DYNAMIC PARAMETER");
            return None;
        };
        if raw.len() == 1 {
            out.push_str("<NA>");
            return None;
        }
        (chosen.ty, &raw[1..])
    } else {
        (info.ty, raw)
    };
    render_typed(ev, info, ty, data, fds, opts, out)
}

/// Writes one value of type `ty` (the dynamic choice for dynamic parameters). The print format
/// and the flag names always come from the outer description `info`, as in libsinsp.
fn render_typed(
    ev: &EventRef<'_>,
    info: &ParamInfo,
    ty: ParamType,
    data: &[u8],
    fds: &dyn FdNames,
    opts: Options,
    out: &mut String,
) -> Option<usize> {
    use ParamType as T;
    let fmt = info.fmt;
    let na = |out: &mut String| {
        out.push_str("<NA>");
        None
    };
    match ty {
        T::Int8 | T::Int16 | T::Int32 | T::Int64 | T::Uint8 | T::Uint16 | T::Uint32 | T::Uint64 => {
            let n = ty.fixed_size().unwrap_or(8);
            let signed = matches!(ty, T::Int8 | T::Int16 | T::Int32 | T::Int64);
            let Some(v) = le_int(data, n, signed) else {
                return na(out);
            };
            push_num(out, fmt, v, n == 8);
            None
        }
        T::Fd | T::Fd32 => {
            let Some(fd) = le_int(data, ty.fixed_size().unwrap_or(8), true) else {
                return na(out);
            };
            render_fd(fd, fds, out)
        }
        T::Pid | T::Pid32 => {
            let Some(pid) = le_int(data, ty.fixed_size().unwrap_or(8), true) else {
                return na(out);
            };
            let _ = write!(out, "{pid}");
            resolved(out, |o| {
                if let Some(c) = fds.comm(pid) {
                    push_escaped(o, c_str(c));
                }
            })
        }
        T::Errno => {
            let Some(v) = le_int(data, 8, true) else {
                return na(out);
            };
            let _ = write!(out, "{v}");
            resolved(out, |o| {
                if v < 0 {
                    push_errno(o, v);
                }
            })
        }
        T::CharBuf => {
            push_escaped(out, c_str(data));
            None
        }
        T::FsPath | T::FsRelPath => render_path(ev, info, data, fds, out),
        T::ByteBuf => {
            push_dots(out, data, opts.max_buf_len);
            None
        }
        T::SockAddr => {
            render_sockaddr(data, out);
            None
        }
        T::SockTuple => {
            render_socktuple(data, out);
            None
        }
        T::FdList => {
            render_fdlist(data, fds, out);
            None
        }
        T::SyscallId => {
            let Some(sc) = le_u16(data) else {
                return na(out);
            };
            if sc as usize >= PPM_SC_MAX {
                out.push_str("<unknown syscall>");
                return None;
            }
            let _ = write!(out, "{sc}");
            resolved(out, |o| o.push_str(ppm_sc_name(sc).unwrap_or("")))
        }
        T::SigType => {
            let [sig] = *data else { return na(out) };
            let _ = write!(out, "{sig}");
            resolved(out, |o| o.push_str(signal_name(sig).unwrap_or("")))
        }
        T::RelTime => {
            let Some(v) = le_int(data, 8, false) else {
                return na(out);
            };
            let v = v as u64;
            if v == u64::MAX {
                out.push_str("none");
                return None;
            }
            let _ = write!(out, "{v}");
            resolved(out, |o| {
                push_g(o, v as f64 / 1e9);
                o.push('s');
            })
        }
        T::Flags8 | T::Flags16 | T::Flags32 | T::EnumFlags8 | T::EnumFlags16 | T::EnumFlags32 => {
            let Some(v) = le_int(data, ty.fixed_size().unwrap_or(4), false) else {
                return na(out);
            };
            let v = v as u32;
            let _ = write!(out, "{v}");
            let exact = matches!(ty, T::EnumFlags8 | T::EnumFlags16 | T::EnumFlags32);
            resolved(out, |o| push_flag_names(o, names_of(info), v, exact))
        }
        T::Mode => {
            let Some(v) = le_int(data, 4, false) else {
                return na(out);
            };
            push_num(out, fmt, v, false);
            resolved(out, |o| push_mode_names(o, names_of(info), v as u32))
        }
        T::AbsTime => {
            let Some(v) = le_int(data, 8, false) else {
                return na(out);
            };
            push_abstime(out, v as u64);
            None
        }
        T::Uid | T::Gid => {
            let Some(v) = le_int(data, 4, false) else {
                return na(out);
            };
            let v = v as u32;
            if v == u32::MAX {
                out.push_str("-1(<NONE>)");
                return Some(out.len() - "(<NONE>)".len());
            }
            let _ = write!(out, "{}", v as i32);
            resolved(out, |o| {
                let name = if !fds.has_thread() {
                    None
                } else if ty == T::Uid {
                    fds.user_name(v)
                } else {
                    fds.group_name(v)
                };
                match name {
                    Some(n) if !n.is_empty() && n[0] != 0 => push_sanitized(o, c_str(n)),
                    _ => o.push_str("<NA>"),
                }
            })
        }
        T::CharBufArray => {
            for (k, s) in split_strings(data).enumerate() {
                if k > 0 {
                    out.push('.');
                }
                push_escaped(out, s);
            }
            None
        }
        T::CharBufPairArray => {
            let mut it = split_strings(data);
            let mut first = true;
            while let Some(k) = it.next() {
                if !first {
                    out.push(',');
                }
                first = false;
                push_escaped(out, k);
                out.push(':');
                push_escaped(out, it.next().unwrap_or_default());
            }
            None
        }
        T::SigSet => {
            let Some(v) = le_int(data, 4, false) else {
                return na(out);
            };
            let mut first = true;
            for sig in 0..32u8 {
                if v & (1 << sig) != 0 {
                    if let Some(name) = signal_name(sig + 1) {
                        if !first {
                            out.push(' ');
                        }
                        first = false;
                        out.push_str(name);
                    }
                }
            }
            None
        }
        T::Port | T::L4Proto | T::SockFamily | T::Bool => {
            let Some(v) = le_int(data, ty.fixed_size().unwrap_or(1), false) else {
                return na(out);
            };
            let _ = write!(out, "{v}");
            None
        }
        T::Double => {
            let Some(v) = le_int(data, 8, false) else {
                return na(out);
            };
            push_g(out, f64::from_bits(v as u64));
            None
        }
        T::Ipv4Addr | T::Ipv6Addr | T::Ipv4Net | T::Ipv6Net | T::IpAddr | T::IpNet => {
            match data.len() {
                4 => push_ipv4(out, data),
                16 => {
                    let mut a = [0u8; 16];
                    a.copy_from_slice(data);
                    push_ipv6(out, &a);
                }
                _ => return na(out),
            }
            None
        }
        T::Dyn | T::None => {
            out.push_str("(n.a.)");
            None
        }
    }
}

fn names_of(info: &ParamInfo) -> &'static [NameValue] {
    match info.extra {
        ParamExtra::Names(n) => n,
        _ => &[],
    }
}

/// NUL-separated strings, without the empty string after a final NUL.
fn split_strings(data: &[u8]) -> impl Iterator<Item = &[u8]> {
    let data = data.strip_suffix(&[0]).unwrap_or(data);
    let empty = data.is_empty();
    data.split(|&b| b == 0).filter(move |_| !empty)
}

/// libsinsp's `errno_to_str((int32_t)v)`: the name of `-v` truncated to 32 bits.
fn push_errno(out: &mut String, v: i64) {
    let code = (v as i32).wrapping_neg();
    if code > 0 {
        if let Some(n) = errno_name(code as u32) {
            out.push_str(n);
        }
    }
}

fn render_fd(fd: i64, fds: &dyn FdNames, out: &mut String) -> Option<usize> {
    let _ = write!(out, "{fd}");
    if !fds.has_thread() {
        return None;
    }
    resolved(out, |o| {
        if fd >= 0 {
            if let Some(d) = fds.fd_name(fd) {
                o.push('<');
                if is_print(d.typechar) {
                    o.push(d.typechar as char);
                }
                if let Some(l4) = d.l4proto.filter(|&c| is_print(c)) {
                    o.push(l4 as char);
                }
                o.push('>');
                push_sanitized(o, c_str(d.name));
            }
        } else if fd == AT_FDCWD {
            o.push_str("AT_FDCWD");
        } else {
            push_errno(o, fd);
        }
    })
}

fn render_path(
    ev: &EventRef<'_>,
    info: &ParamInfo,
    data: &[u8],
    fds: &dyn FdNames,
    out: &mut String,
) -> Option<usize> {
    let path = c_str(data);
    push_sanitized(out, path);
    if !fds.has_thread() || path.is_empty() || path[0] == b'/' || path == b"<NA>" {
        return None;
    }
    let dirfd = match info.extra {
        ParamExtra::DirFd(idx) if info.ty == ParamType::FsRelPath => ev
            .param_info(idx as usize)
            .filter(|p| p.ty == ParamType::Fd)
            .and_then(|_| ev.param(idx as usize))
            .and_then(|p| le_int(p, 8, true))
            .filter(|&fd| fd != AT_FDCWD),
        _ => None,
    };
    resolved(out, |o| {
        let start = o.len();
        if fds.resolve_path(dirfd, path, o) {
            sanitize_tail(o, start);
        } else {
            o.truncate(start);
        }
    })
}

/// Walks a flags table as libsinsp does: exact matches only for enumerations; otherwise each
/// flag whose bits are all still set matches and its bits are removed, a zero flag matches only
/// a zero value, and the walk stops at a flag equal to the whole value.
fn push_flag_names(out: &mut String, names: &[NameValue], initial: u32, exact: bool) {
    let mut val = initial;
    let mut first = true;
    for f in names {
        let matched = if exact {
            f.value == initial
        } else if (f.value == 0 && initial == 0)
            || (f.value != 0 && val & f.value == f.value && val != 0)
        {
            val &= !f.value;
            true
        } else {
            false
        };
        if matched {
            if !first {
                out.push('|');
            }
            first = false;
            out.push_str(f.name);
            if !exact && f.value == initial {
                break;
            }
        }
    }
}

/// Walks a mode table as libsinsp does: stops at the first entry equal to the whole value
/// (printed last), matching the entries before it like flags.
fn push_mode_names(out: &mut String, names: &[NameValue], initial: u32) {
    let mut val = initial;
    let mut first = true;
    for f in names {
        if f.value == initial {
            if !first {
                out.push('|');
            }
            out.push_str(f.name);
            return;
        }
        if (f.value == 0 && initial == 0) || (f.value != 0 && val & f.value == f.value && val != 0)
        {
            if !first {
                out.push('|');
            }
            first = false;
            out.push_str(f.name);
            val &= !f.value;
        }
    }
}

#[cfg(test)]
mod tests;
