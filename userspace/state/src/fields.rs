//! The state fields (`proc.*`, `thread.*`, `user.*`, `group.*`, `fd.*`, `container.id`) of the
//! current event, and the fd/thread/user names evt.info rendering asks for.

use std::fmt::Write;

use rfalco_fields::StateFields;
use scap_format::EventRef;
use scap_format::abi::types::{EF_CREATES_FD, EF_DESTROYS_FD, EF_USES_FD};
use scap_format::display::{FdDesc, FdNames};
use scap_format::metadata::FdType;

use crate::fd::{Fd, Net, Role, l4char, l4name, typestring};
use crate::path;
use crate::table::{EvtFd, State};
use crate::thread::Thread;

/// Appends bytes as text, as the display module prints strings: control characters and bytes
/// of invalid UTF-8 become `.`, so a capture cannot send terminal escapes.
pub fn push_bytes(out: &mut String, b: &[u8]) {
    // Fast path: printable ASCII (almost every name, path and argument) is copied as is.
    // (Without an early exit the test compiles to a vector loop.)
    if b.iter()
        .fold(true, |ok, &c| ok & (c.wrapping_sub(0x20) < 0x5f))
        && let Ok(s) = std::str::from_utf8(b)
    {
        out.push_str(s);
        return;
    }
    for chunk in b.utf8_chunks() {
        for c in chunk.valid().chars() {
            out.push(if c.is_control() { '.' } else { c });
        }
        for _ in chunk.invalid() {
            out.push('.');
        }
    }
}

/// What libsinsp names an unknown user or group.
const NA: &[u8] = b"<NA>";

fn push_display<T: std::fmt::Display>(out: &mut String, v: T) -> bool {
    let _ = write!(out, "{v}");
    true
}

/// An integer in decimal, as `Display` writes it (without going through `core::fmt`).
fn push<T: itoa::Integer>(out: &mut String, v: T) -> bool {
    out.push_str(itoa::Buffer::new().format(v));
    true
}

/// An IPv4 address in dotted decimal, as `Ipv4Addr` displays it.
fn push_ip4(out: &mut String, a: [u8; 4]) -> bool {
    let mut buf = itoa::Buffer::new();
    for (i, b) in a.into_iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(buf.format(b));
    }
    true
}

fn push_b(out: &mut String, b: &[u8]) -> bool {
    push_bytes(out, b);
    true
}

fn push_bool(out: &mut String, b: bool) -> bool {
    out.push_str(if b { "true" } else { "false" });
    true
}

/// `comm arg1 arg2 ...` (libsinsp's `populate_cmdline`).
fn push_cmdline(out: &mut String, t: &Thread) -> bool {
    push_bytes(out, &t.comm);
    if !t.args.is_empty() {
        out.push(' ');
        push_args(out, t);
    }
    true
}

fn push_args(out: &mut String, t: &Thread) -> bool {
    for (i, a) in t.args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_bytes(out, a);
    }
    true
}

/// Capability names by bit, as libsinsp's `caps_to_string` knows them.
const CAPS: [&str; 41] = [
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
];

/// A capability set as names separated by spaces (bits without a name are left out, as in
/// libsinsp).
fn push_caps(out: &mut String, caps: u64) -> bool {
    let mut first = true;
    for (i, name) in CAPS.iter().enumerate() {
        if caps & (1 << i) != 0 {
            if !first {
                out.push(' ');
            }
            out.push_str(name);
            first = false;
        }
    }
    true
}

/// A path with runs of `/` reduced to one (libsinsp's `remove_duplicate_path_separators`).
fn push_path_dedup(out: &mut String, b: &[u8]) -> bool {
    if !b.windows(2).any(|w| w == b"//") {
        push_bytes(out, b);
        return true;
    }
    let start = out.len();
    push_bytes(out, b);
    // Collapse runs of '/' in what was just written, in place.
    let mut prev = false;
    let tail: String = out[start..]
        .chars()
        .filter(|&c| {
            let dup = c == '/' && prev;
            prev = c == '/';
            !dup
        })
        .collect();
    out.truncate(start);
    out.push_str(&tail);
    true
}

/// The type character sysdig guesses from the event when no fd is known
/// (`sinsp_evt::extract_typechar`).
fn typechar_of_event(name: &str) -> u8 {
    match name {
        "openat" | "openat2" | "creat" => b'f',
        "socket" | "accept" | "accept4" => b'4',
        "pipe" | "pipe2" => b'p',
        "eventfd" | "eventfd2" => b'e',
        "signalfd" | "signalfd4" => b's',
        "timerfd_create" => b't',
        "inotify_init" | "inotify_init1" => b'i',
        _ => b'o',
    }
}

impl State {
    /// The fd the current event refers to (libsinsp's `get_fd_info`, or the thread's last
    /// event fd).
    fn event_fd(&self, th: &Thread) -> Option<&Fd> {
        match self.evt_fd {
            EvtFd::Closed => self.closed.as_ref().map(|(_, f)| f),
            EvtFd::Table(n) => self.fd_of(th, n),
            EvtFd::None => None,
        }
        .or_else(|| (th.lastevent_fd != -1).then(|| self.fd_of(th, th.lastevent_fd))?)
    }

    /// fd.name when no fd is known: what the event itself names (`extract_fdname_from_event`).
    fn fdname_from_event(&self, th: &Thread, ev: &EventRef<'_>, out: &mut String) -> bool {
        if ev.is_enter() {
            return false;
        }
        let name = ev.name();
        let mut s = String::new();
        match name {
            "open" | "creat" | "accept" | "accept4" | "connect" => {
                scap_format::display::write_param(ev, 1, &scap_format::display::NoFdNames, &mut s);
                if matches!(name, "open" | "creat") && !s.starts_with('/') && !s.is_empty() {
                    let mut v = Vec::new();
                    path::concat_into(self.cwd_of(th), s.as_bytes(), &mut v);
                    return push_b(out, &v);
                }
                out.push_str(&s);
            }
            "openat" | "openat2" => {
                let (Some(di), Some(ni)) = (ev.param_index("dirfd"), ev.param_index("name")) else {
                    return false;
                };
                let (Ok(d), Ok(n)) = (ev.value(di), ev.value(ni)) else {
                    return false;
                };
                let (Some(d), Some(n)) = (d.as_i64(), n.as_bytes()) else {
                    return false;
                };
                let base: &[u8] = if d == -100 {
                    self.cwd_of(th)
                } else {
                    self.fd_of(th, d).map_or(b"", |f| f.name.as_slice())
                };
                if base.is_empty() {
                    return push_b(out, n);
                }
                let mut v = Vec::new();
                path::concat_into(base, n, &mut v);
                return push_b(out, &v);
            }
            _ => {}
        }
        true
    }

    /// `fdlist.*`: for events carrying a list of fds (`poll`, `ppoll`), the numbers, names,
    /// client/server addresses or ports of the listed fds, comma-separated; fds the table does
    /// not know (or that have no such value) are left out of the name and address lists.
    fn fdlist_field(&self, name: &str, ev: &EventRef<'_>, out: &mut String) -> bool {
        let Some(th) = self.cur_thread() else {
            return false;
        };
        let Some(raw) = ev
            .param_index("fds")
            .filter(|&i| i < ev.nparams())
            .and_then(|i| ev.param(i))
        else {
            return false;
        };
        let n = match *raw {
            [a, b, ..] => usize::from(u16::from_le_bytes([a, b])),
            _ => return false,
        };
        let mut first = true;
        let mut sep = |out: &mut String| {
            if !first {
                out.push(',');
            }
            first = false;
        };
        for e in raw.get(2..).unwrap_or_default().chunks_exact(10).take(n) {
            let num = i64::from_le_bytes([e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7]]);
            if name == "fdlist.nums" {
                sep(out);
                push(out, num);
                continue;
            }
            let Some(f) = self.fd_of(th, num) else {
                continue;
            };
            let client = matches!(name, "fdlist.cips" | "fdlist.cports");
            match (name, &f.net) {
                ("fdlist.names", _) => {
                    sep(out);
                    push_b(out, &f.name);
                }
                ("fdlist.cips" | "fdlist.sips", Net::V4 { sip, dip, .. }) => {
                    sep(out);
                    push_ip4(out, if client { *sip } else { *dip });
                }
                ("fdlist.cips" | "fdlist.sips", Net::V6 { sip, dip, .. }) => {
                    sep(out);
                    push_display(
                        out,
                        std::net::Ipv6Addr::from(if client { *sip } else { *dip }),
                    );
                }
                ("fdlist.cports" | "fdlist.sports", Net::V4 { sport, dport, .. })
                | ("fdlist.cports" | "fdlist.sports", Net::V6 { sport, dport, .. }) => {
                    sep(out);
                    push(out, if client { *sport } else { *dport });
                }
                _ => {}
            }
        }
        true
    }

    fn fd_field(&self, name: &str, arg: Option<&str>, ev: &EventRef<'_>, out: &mut String) -> bool {
        let flags = ev.info().map_or(0, |i| i.flags);
        if flags & (EF_CREATES_FD | EF_USES_FD | EF_DESTROYS_FD) == 0 {
            return false;
        }
        let Some(th) = self.cur_thread() else {
            return false;
        };
        // `fd.containername` / `fd.containerdirectory`: the thread's container id (empty on the
        // host: libsinsp joins the stored id, which `container.id` shows as "host"), ':', the
        // fd field.
        let inner = match name {
            "fd.containername" => Some("fd.name"),
            "fd.containerdirectory" => Some("fd.directory"),
            _ => None,
        };
        if let Some(inner) = inner {
            let start = out.len();
            if let Some(id) = &th.container {
                push_b(out, id);
            }
            out.push(':');
            if !self.fd_field(inner, arg, ev, out) {
                out.truncate(start);
                return false;
            }
            return true;
        }
        if name == "fd.num" {
            return push(out, th.lastevent_fd);
        }
        if name == "fd.types" {
            // `fd.types[N]`: the type of fd N; `fd.types`: the distinct types of every open
            // fd of the process (a list; sorted here, libsinsp's order is a hash set's).
            if let Some(n) = arg {
                let Some(f) = n.parse::<i64>().ok().and_then(|n| self.fd_of(th, n)) else {
                    return false;
                };
                out.push_str(typestring(f.ty));
                return true;
            }
            let Some(p) = self.procs.get(&th.pid) else {
                return false;
            };
            let mut types: Vec<&str> = p.fds.values().map(|f| typestring(f.ty)).collect();
            types.sort_unstable();
            types.dedup();
            out.push('(');
            out.push_str(&types.join(","));
            out.push(')');
            return true;
        }
        if name == "fd.uid" {
            // The thread id and the fd number, side by side (libsinsp's unique fd id).
            let _ = write!(out, "{}{}", th.tid, th.lastevent_fd);
            return true;
        }
        let fd = self.event_fd(th);
        // `fd.*net` extract the address (the CIDR match is the comparison's business).
        let name = match name {
            "fd.cnet" => "fd.cip",
            "fd.snet" => "fd.sip",
            "fd.lnet" => "fd.lip",
            "fd.rnet" => "fd.rip",
            n => n,
        };
        match name {
            "fd.typechar" => {
                let c = fd.map_or_else(|| typechar_of_event(ev.name()), Fd::typechar);
                out.push(char::from(c));
                true
            }
            "fd.name" => match fd {
                Some(f) => push_b(out, &f.name),
                None => self.fdname_from_event(th, ev, out),
            },
            "fd.type" => fd.is_some_and(|f| {
                out.push_str(typestring(f.ty));
                true
            }),
            "fd.directory" => {
                let from_event;
                let name: &[u8] = match fd {
                    None => {
                        let mut s = String::new();
                        if !self.fdname_from_event(th, ev, &mut s) {
                            return false;
                        }
                        from_event = s.into_bytes();
                        &from_event
                    }
                    Some(f) if !(f.is_file() || f.ty == FdType::Directory) => return false,
                    Some(f) => &f.name,
                };
                if fd.is_none_or(Fd::is_file) {
                    match name.iter().rposition(|&b| b == b'/') {
                        Some(p) if p != 0 => {
                            let end = if p < name.len() - 1 { p } else { name.len() };
                            push_b(out, &name[..end])
                        }
                        _ => push_b(out, b"/"),
                    }
                } else {
                    push_b(out, name)
                }
            }
            "fd.filename" => {
                let Some(f) = fd.filter(|f| f.is_file()) else {
                    return false;
                };
                match f.name.iter().rposition(|&b| b == b'/') {
                    Some(p) if p < f.name.len() - 1 => push_b(out, &f.name[p + 1..]),
                    Some(_) => push_b(out, &f.name),
                    None => push_b(out, b"/"),
                }
            }
            "fd.nameraw" => match fd {
                Some(f) if f.raw_is_name => push_path_dedup(out, &f.name),
                Some(f) => push_path_dedup(out, &f.name_raw),
                None => {
                    let mut s = String::new();
                    self.fdname_from_event(th, ev, &mut s) && push_path_dedup(out, s.as_bytes())
                }
            },
            "fd.connected" => fd.is_some_and(|f| push_bool(out, f.connected)),
            "fd.name_changed" => fd.is_some() && push_bool(out, self.name_changed),
            "fd.ino" => fd.is_some_and(|f| push(out, f.ino)),
            "fd.dev" => fd.is_some_and(|f| push(out, f.dev)),
            // The kernel's `new_encode_dev` layout.
            "fd.dev.major" => fd.is_some_and(|f| push(out, (f.dev & 0xfff00) >> 8)),
            "fd.dev.minor" => {
                fd.is_some_and(|f| push(out, (f.dev & 0xff) | ((f.dev >> 12) & 0xfff00)))
            }
            // A listening socket, or a connection whose server end is this machine.
            "fd.is_server" => fd.is_some_and(|f| {
                let server = match (f.ty, f.net) {
                    (FdType::Ipv4ServSock | FdType::Ipv6ServSock, _) => true,
                    (FdType::Ipv4Sock, Net::V4 { dip, .. }) => self.ifaces.is_local_v4(dip),
                    (FdType::Ipv6Sock, Net::V6 { dip, .. }) => self.ifaces.is_local_v6(dip),
                    _ => false,
                };
                push_bool(out, server)
            }),
            "fd.sockfamily" => fd.is_some_and(|f| match f.ty {
                FdType::Ipv4Sock
                | FdType::Ipv6Sock
                | FdType::Ipv4ServSock
                | FdType::Ipv6ServSock => push_b(out, b"ip"),
                FdType::UnixSock => push_b(out, b"unix"),
                _ => false,
            }),
            "fd.l4proto" => fd.is_some_and(|f| {
                let l = f.l4().unwrap_or(f.sock_l4);
                out.push_str(l4name(l));
                true
            }),
            "fd.lip" | "fd.rip" | "fd.lport" | "fd.rport" | "fd.lproto" | "fd.rproto" => {
                let Some(f) = fd.filter(|f| f.role != Role::None) else {
                    return false;
                };
                // Local is the client end when the client address is this machine's.
                let local_first = name.starts_with("fd.l");
                let port = !name.ends_with("ip");
                match f.net {
                    Net::V4 {
                        sip,
                        sport,
                        dip,
                        dport,
                        ..
                    } => {
                        let client = self.ifaces.is_local_v4(sip) == local_first;
                        match (client, port) {
                            (true, false) => push_ip4(out, sip),
                            (true, true) => push(out, sport),
                            (false, false) => push_ip4(out, dip),
                            (false, true) => push(out, dport),
                        }
                    }
                    Net::V6 {
                        sip,
                        sport,
                        dip,
                        dport,
                        ..
                    } => {
                        let client = self.ifaces.is_local_v6(sip) == local_first;
                        match (client, port) {
                            (true, false) => push_display(out, std::net::Ipv6Addr::from(sip)),
                            (true, true) => push(out, sport),
                            (false, false) => push_display(out, std::net::Ipv6Addr::from(dip)),
                            (false, true) => push(out, dport),
                        }
                    }
                    _ => false,
                }
            }
            "fd.cip" | "fd.sip" | "fd.cport" | "fd.sport" | "fd.cproto" | "fd.sproto" => {
                let Some(f) = fd else { return false };
                let client = matches!(name, "fd.cip" | "fd.cport" | "fd.cproto");
                // `*proto`: the port as text (sysdig resolves no service names by default).
                let port = !name.ends_with("ip");
                match f.net {
                    Net::V4 {
                        sip,
                        sport,
                        dip,
                        dport,
                        ..
                    } if f.role != Role::None => match (client, port) {
                        (true, false) => push_ip4(out, sip),
                        (true, true) => push(out, sport),
                        (false, false) => push_ip4(out, dip),
                        (false, true) => push(out, dport),
                    },
                    Net::V6 {
                        sip,
                        sport,
                        dip,
                        dport,
                        ..
                    } if f.role != Role::None => match (client, port) {
                        (true, false) => push_display(out, std::net::Ipv6Addr::from(sip)),
                        (true, true) => push(out, sport),
                        (false, false) => push_display(out, std::net::Ipv6Addr::from(dip)),
                        (false, true) => push(out, dport),
                    },
                    Net::V4Server { ip, port: p, .. } if !client => {
                        if port {
                            push(out, p)
                        } else {
                            push_ip4(out, ip)
                        }
                    }
                    Net::V6Server { ip, port: p, .. } if !client => {
                        if port {
                            push(out, p)
                        } else {
                            push_display(out, std::net::Ipv6Addr::from(ip))
                        }
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    fn proc_field(
        &self,
        name: &str,
        arg: Option<&str>,
        th: &Thread,
        ts: u64,
        out: &mut String,
    ) -> bool {
        let n_arg = || arg.and_then(|a| a.parse::<u32>().ok());
        match name {
            "proc.name" => push_b(out, &th.comm),
            "proc.exe" => push_b(out, &th.exe),
            "proc.exepath" => push_b(out, &th.exepath),
            "proc.args" => match n_arg() {
                Some(i) => push_b(out, th.args.get(i as usize).map_or(&b""[..], |a| a)),
                None => push_args(out, th),
            },
            "proc.cmdline" => push_cmdline(out, th),
            "proc.exeline" => {
                push_bytes(out, &th.exe);
                out.push(' ');
                push_args(out, th)
            }
            "proc.cmdnargs" => push(out, th.args.len()),
            "proc.cmdlenargs" => push(
                out,
                th.args.iter().map(Vec::len).sum::<usize>() + th.args.len().saturating_sub(1),
            ),
            "proc.cwd" => {
                let cwd = self.cwd_of(th);
                push_b(out, if cwd.is_empty() { b"./" } else { cwd })
            }
            "proc.pid" => push(out, th.shown_pid()),
            "proc.vpid" => push(out, th.vpid),
            "proc.sid" => push(out, th.sid),
            "proc.vpgid" => push(out, th.vpgid),
            "proc.pgid" => push(out, th.pgid),
            "proc.tty" => push(out, th.tty),
            "proc.loginshellid" => {
                // libsinsp: the pid of the oldest process, from this one up its ancestors,
                // whose name ends in "sh"; undefined when there is none.
                let is_shell = |t: &Thread| t.comm.ends_with(b"sh");
                let mut found = self.main_thread(th).filter(|t| is_shell(t)).map(|t| t.pid);
                self.for_each_ancestor(th, |t| {
                    if is_shell(t) {
                        found = Some(t.pid);
                    }
                    true
                });
                found.is_some_and(|pid| push(out, pid))
            }
            "proc.fdlimit" => push(out, th.fdlimit),
            "proc.fdopencount" => self
                .procs
                .get(&th.pid)
                .is_some_and(|p| push(out, p.fds.len())),
            "proc.nthreads" => self.procs.get(&th.pid).is_some_and(|p| push(out, p.alive)),
            "proc.env" => {
                let env = self.main_thread(th).map_or(&th.env, |m| &m.env);
                let env = env.strip_suffix(b"\0").unwrap_or(env);
                for (i, e) in env.split(|&b| b == 0).enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    push_bytes(out, e);
                }
                true
            }
            "proc.nchilds" => self.procs.get(&th.pid).is_some_and(|p| {
                let leader = self
                    .threads
                    .get(&th.pid)
                    .is_some_and(|m| m.is_main() && !m.dead);
                push(out, p.alive.saturating_sub(u32::from(leader)))
            }),
            "proc.pid.ts" => th.clone_ts != 0 && push(out, th.clone_ts),
            "proc.duration" => th.clone_ts != 0 && push(out, ts.saturating_sub(th.clone_ts)),
            "proc.ppid.ts" => self
                .ancestor(th, 1)
                .is_some_and(|p| p.clone_ts != 0 && push(out, p.clone_ts)),
            "proc.ppid.duration" => self
                .ancestor(th, 1)
                .is_some_and(|p| p.clone_ts != 0 && push(out, ts.saturating_sub(p.clone_ts))),
            "proc.stdin.type" | "proc.stdout.type" | "proc.stderr.type" | "proc.stdin.name"
            | "proc.stdout.name" | "proc.stderr.name" => {
                let num = match name.as_bytes()[8] {
                    b'i' => 0,
                    b'o' => 1,
                    _ => 2,
                };
                let Some(f) = self.fd_of(th, num) else {
                    return false;
                };
                if name.ends_with("type") {
                    push_b(out, typestring(f.ty).as_bytes())
                } else {
                    push_b(out, &f.name)
                }
            }
            "proc.vmsize" => push(out, th.vmsize_kb),
            "proc.vmrss" => push(out, th.vmrss_kb),
            "proc.vmswap" => push(out, th.vmswap_kb),
            "proc.exe_ino" => push(out, th.exe_ino),
            "proc.exe_ino.ctime" => th.exe_ino_ctime != 0 && push(out, th.exe_ino_ctime),
            "proc.exe_ino.mtime" => th.exe_ino_mtime != 0 && push(out, th.exe_ino_mtime),
            "proc.exe_ino.ctime_duration_proc_start" => {
                th.exe_ino_ctime_duration_clone_ts != 0
                    && push(out, th.exe_ino_ctime_duration_clone_ts)
            }
            "proc.exe_ino.ctime_duration_pidns_start" => {
                th.exe_ino_ctime_duration_pidns_start != 0
                    && push(out, th.exe_ino_ctime_duration_pidns_start)
            }
            "proc.sname" | "proc.sid.exe" | "proc.sid.exepath" | "proc.vpgid.name"
            | "proc.vpgid.exe" | "proc.vpgid.exepath" | "proc.pgid.name" | "proc.pgid.exe"
            | "proc.pgid.exepath" => {
                let (id, is_virtual): (fn(&Thread) -> i64, bool) = match name.as_bytes()[6] {
                    b's' => (|t| t.sid, true),
                    b'v' => (|t| t.vpgid, true),
                    _ => (|t| t.pgid, false),
                };
                let Some(leader) = self.oldest_matching_ancestor(th, id, is_virtual) else {
                    // libsinsp gives an empty string when no leader is found.
                    return id(th) != -1;
                };
                if name.ends_with("exepath") {
                    push_b(out, &leader.exepath)
                } else if name.ends_with("exe") {
                    push_b(out, &leader.exe)
                } else {
                    push_b(out, &leader.comm)
                }
            }
            "proc.pidns_init_start_ts" => push(out, th.pidns_init_start_ts),
            "proc.is_exe_writable" => push_bool(out, th.exe_writable),
            "proc.is_exe_upper_layer" => push_bool(out, th.exe_upper_layer),
            "proc.is_exe_lower_layer" => push_bool(out, th.exe_lower_layer),
            "proc.is_exe_from_memfd" => push_bool(out, th.exe_from_memfd),
            "proc.is_sid_leader" => push_bool(out, th.sid == th.vpid),
            "proc.is_vpgid_leader" => push_bool(out, th.vpgid == th.vpid),
            "proc.is_pgid_leader" => push_bool(out, th.pgid == th.pid),
            "proc.ppid" => self
                .ancestor(th, 1)
                .is_some_and(|p| push(out, p.shown_pid())),
            "proc.pvpid" => self.ancestor(th, 1).is_some_and(|p| push(out, p.vpid)),
            "proc.pname" => self.ancestor(th, 1).is_some_and(|p| push_b(out, &p.comm)),
            "proc.pexe" => self.ancestor(th, 1).is_some_and(|p| push_b(out, &p.exe)),
            "proc.pexepath" => self
                .ancestor(th, 1)
                .is_some_and(|p| push_b(out, &p.exepath)),
            "proc.pcmdline" => self.ancestor(th, 1).is_some_and(|p| push_cmdline(out, p)),
            "proc.aname" | "proc.apid" | "proc.aexe" | "proc.aexepath" | "proc.acmdline" => {
                let one = |out: &mut String, t: &Thread| match name {
                    "proc.aname" => push_b(out, &t.comm),
                    "proc.apid" => push(out, t.shown_pid()),
                    "proc.aexe" => push_b(out, &t.exe),
                    "proc.aexepath" => push_b(out, &t.exepath),
                    _ => push_cmdline(out, t),
                };
                match n_arg() {
                    Some(n) => self.ancestor(th, n).is_some_and(|t| one(out, t)),
                    None if name == "proc.apid" => false,
                    None => {
                        let start = out.len();
                        self.for_each_ancestor(th, |t| {
                            if out.len() > start {
                                out.push(' ');
                            }
                            one(out, t)
                        });
                        out.len() > start
                    }
                }
            }
            _ => false,
        }
    }
}

impl State {
    /// The leader of `th`'s session or process group (`id` reads the sid or pgid), libsinsp's
    /// `get_oldest_matching_ancestor`: the thread of that id when the id is not virtual or `th`
    /// is in the host pid namespace, else the oldest of the consecutive ancestors sharing it.
    fn oldest_matching_ancestor<'a>(
        &'a self,
        th: &'a Thread,
        id: fn(&Thread) -> i64,
        is_virtual: bool,
    ) -> Option<&'a Thread> {
        let want = id(th);
        if want == -1 {
            return None;
        }
        if !is_virtual || th.vtid == th.tid || th.vtid <= 0 {
            if let Some(t) = self.threads.get(&want) {
                return Some(t);
            }
        }
        let mut leader = None;
        self.for_each_ancestor(th, |t| {
            if id(t) != want {
                return false;
            }
            leader = Some(t);
            true
        });
        leader
    }
}

/// Where a relative `fs.path.*` path is resolved from (libsinsp's `sinsp_filter_check_fspath`).
#[derive(Clone, Copy)]
enum FsBase {
    /// The thread's cwd.
    Cwd,
    /// The event's fd, a directory (`mkdirat`, `unlinkat`, `fchmodat`, `fchownat`, `symlinkat`).
    EvtDir,
    /// The directory fd in this parameter (`renameat2`).
    DirParam(&'static str),
    /// The event's fd name, already resolved by the open (`openat`, `openat2`).
    OpenFd,
    /// The path is the event's fd name (`fchmod`, `fchown`).
    FdName,
    /// Not known (`symlinkat`'s target).
    Unknown,
}

/// The parameter and base of `fs.path.{name,source,target}` (`which` 0, 1, 2) for an event.
fn fs_path_spec(evt: &str, which: u8) -> Option<(&'static str, FsBase)> {
    use FsBase::*;
    Some(match (evt, which) {
        ("mkdir" | "rmdir" | "unlink" | "chown" | "lchown", 0) => ("path", Cwd),
        ("mkdirat", 0) => ("path", EvtDir),
        ("unlinkat", 0) => ("name", EvtDir),
        ("open", 0) | ("umount" | "umount2", 0) => ("name", Cwd),
        ("openat" | "openat2", 0) => ("name", OpenFd),
        ("fchmodat", 0) => ("filename", EvtDir),
        ("chmod", 0) => ("filename", Cwd),
        ("fchmod" | "fchown", 0) => ("fd", FdName),
        ("fchownat", 0) => ("pathname", EvtDir),
        ("quotactl", 0) => ("special", Cwd),
        ("rename" | "renameat", 1) => ("oldpath", Cwd),
        ("rename" | "renameat", 2) => ("newpath", Cwd),
        ("renameat2", 1) => ("oldpath", DirParam("olddirfd")),
        ("renameat2", 2) => ("newpath", DirParam("newdirfd")),
        ("link" | "linkat", 1) => ("newpath", Cwd),
        ("link" | "linkat", 2) => ("oldpath", Cwd),
        ("symlink", 1) => ("linkpath", Cwd),
        ("symlink", 2) => ("target", Cwd),
        ("symlinkat", 1) => ("linkpath", EvtDir),
        ("symlinkat", 2) => ("target", Unknown),
        ("mount", 1) => ("dev", Cwd),
        ("mount", 2) => ("dir", Cwd),
        _ => return None,
    })
}

impl State {
    /// `fs.path.{name,source,target}[raw]`: the path a file-system event operates on, defined
    /// when the call succeeded (opens: when the fd is not -1, as libsinsp checks it).
    fn fs_path_field(&self, name: &str, ev: &EventRef<'_>, out: &mut String) -> bool {
        if ev.is_enter() {
            return false;
        }
        let which = match name.trim_end_matches("raw") {
            "fs.path.name" => 0,
            "fs.path.source" => 1,
            "fs.path.target" => 2,
            _ => return false,
        };
        let raw_field = name.ends_with("raw");
        let evt = ev.name();
        let Some((param, base)) = fs_path_spec(evt, which) else {
            return false;
        };
        let int = |n: &str| {
            ev.param_index(n)
                .filter(|&i| i < ev.nparams())
                .and_then(|i| ev.value(i).ok())
                .and_then(|v| v.as_i64())
        };
        let ok = if matches!(evt, "open" | "openat" | "openat2") {
            int("fd").is_some_and(|fd| fd != -1)
        } else {
            int("res") == Some(0)
        };
        if !ok {
            return false;
        }
        let th = self.cur_thread();
        let evfd = th.and_then(|t| self.event_fd(t));
        let path: &[u8] = if let FsBase::FdName = base {
            match evfd {
                Some(f) => &f.name,
                None => return false,
            }
        } else {
            let Some(v) = ev
                .param_index(param)
                .filter(|&i| i < ev.nparams())
                .and_then(|i| ev.value(i).ok())
            else {
                return false;
            };
            match v.as_bytes() {
                Some(b) => b.strip_suffix(b"\0").unwrap_or(b),
                None => return false,
            }
        };
        if raw_field {
            return push_b(out, path);
        }
        let Some(th) = th else { return false };
        let mut v = Vec::new();
        if path.first() == Some(&b'/') {
            path::concat_into(b"", path, &mut v);
            return push_b(out, &v);
        }
        let dir: Option<&[u8]> = match base {
            FsBase::Cwd => Some(self.cwd_of(th)),
            FsBase::EvtDir => evfd
                .filter(|f| f.ty == scap_format::metadata::FdType::Directory)
                .map(|f| f.name.as_slice()),
            FsBase::DirParam(p) => match int(p) {
                Some(-100) => Some(self.cwd_of(th)),
                Some(d) => self.fd_of(th, d).map(|f| f.name.as_slice()),
                None => None,
            },
            FsBase::OpenFd => {
                // The open already resolved it.
                return match evfd {
                    Some(f) => push_b(out, &f.name),
                    None => push_b(out, b"<UNKNOWN>"),
                };
            }
            FsBase::FdName | FsBase::Unknown => None,
        };
        match dir {
            Some(d) if !d.is_empty() => {
                path::concat_into(d, path, &mut v);
                push_b(out, &v)
            }
            // libsinsp prefixes what it cannot resolve with `<UNKNOWN>`.
            _ => {
                out.push_str("<UNKNOWN>");
                push_b(out, path)
            }
        }
    }
}

impl State {
    /// `evt.abspath[.src|.dst]`: the path of a `*at` call joined to its directory fd (or the
    /// cwd for `AT_FDCWD`), as libsinsp's `extract_abspath`.
    fn abspath_field(&self, name: &str, ev: &EventRef<'_>, out: &mut String) -> bool {
        let Some(th) = self.cur_thread() else {
            return false;
        };
        if ev.is_enter() {
            return false;
        }
        let dst = name == "evt.abspath.dst";
        let evt = ev.name();
        let value = |n: &str| {
            ev.param_index(n)
                .filter(|&i| i < ev.nparams())
                .and_then(|i| ev.value(i).ok())
        };
        let (dirfd, path) = match evt {
            "renameat" | "renameat2" if dst => ("newdirfd", "newpath"),
            "renameat" | "renameat2" => ("olddirfd", "oldpath"),
            "linkat" if dst => ("newdir", "newpath"),
            "linkat" => ("olddir", "oldpath"),
            "symlinkat" => ("linkdirfd", "linkpath"),
            "openat" | "openat2" | "unlinkat" => ("dirfd", "name"),
            "mkdirat" => ("dirfd", "path"),
            "fchmodat" => ("dirfd", "filename"),
            "fchownat" => ("dirfd", "pathname"),
            "open_by_handle_at" => {
                // Only a successful open names its file.
                if display_res(ev).is_none_or(|r| r <= 0) {
                    return false;
                }
                let Some(p) = value("path").and_then(|v| v.as_bytes()) else {
                    return false;
                };
                let mut v = Vec::new();
                path::concat_into(b"", p, &mut v);
                return push_b(out, &v);
            }
            _ => return false,
        };
        let (Some(d), Some(p)) = (
            value(dirfd).and_then(|v| v.as_i64()),
            value(path).and_then(|v| v.as_bytes()),
        ) else {
            return false;
        };
        if p.is_empty() {
            return false;
        }
        let mut v = Vec::new();
        if p[0] == b'/' {
            path::concat_into(b"", p, &mut v);
        } else if d == -100 {
            path::concat_into(self.cwd_of(th), p, &mut v);
        } else {
            match self.fd_of(th, d) {
                Some(f) => path::concat_into(&f.name, p, &mut v),
                None => {
                    out.push_str("<UNKNOWN>/");
                    return push_b(out, p);
                }
            }
        }
        push_b(out, &v)
    }
}

fn display_res(ev: &EventRef<'_>) -> Option<i64> {
    scap_format::display::raw_res(ev)
}

impl StateFields for State {
    fn write_field(
        &self,
        name: &str,
        arg: Option<&str>,
        ev: &EventRef<'_>,
        out: &mut String,
    ) -> bool {
        if name.starts_with("fd.") {
            return self.fd_field(name, arg, ev, out);
        }
        if name.starts_with("fdlist.") {
            return self.fdlist_field(name, ev, out);
        }
        if name.starts_with("fs.path.") {
            return self.fs_path_field(name, ev, out);
        }
        if name.starts_with("evt.abspath") {
            return self.abspath_field(name, ev, out);
        }
        let Some(th) = self.cur_thread() else {
            return false;
        };
        match name {
            "thread.ismain" => push_bool(out, th.is_main()),
            "thread.cap_permitted" => push_caps(out, th.cap_permitted),
            "thread.cap_effective" => push_caps(out, th.cap_effective),
            "thread.cap_inheritable" => push_caps(out, th.cap_inheritable),
            "thread.vtid" => push(out, th.vtid),
            "thread.vmsize" => push(out, th.vmsize_kb),
            "thread.vmrss" => push(out, th.vmrss_kb),
            "thread.pfmajor" => push(out, th.pfmajor),
            "thread.pfminor" => push(out, th.pfminor),
            "user.uid" => push(out, th.uid),
            // libsinsp answers an unknown uid/gid with a placeholder entry named `<NA>`: the
            // field is defined (JSON alerts carry the string "<NA>", not null).
            "user.name" => push_b(out, self.users.user(th.uid).map_or(NA, |u| &u.name)),
            "user.homedir" => push_b(out, self.users.user(th.uid).map_or(NA, |u| &u.homedir)),
            "user.shell" => push_b(out, self.users.user(th.uid).map_or(NA, |u| &u.shell)),
            "user.loginuid" => push(out, th.loginuid as i32),
            "user.loginname" => push_b(out, self.users.user(th.loginuid).map_or(NA, |u| &u.name)),
            "group.gid" => push(out, th.gid),
            "group.name" => push_b(out, self.users.group(th.gid).unwrap_or(NA)),
            "container.id" => match &th.container {
                Some(id) => push_b(out, id),
                None => push_b(out, crate::container::HOST.as_bytes()),
            },
            n if n.starts_with("proc.") => self.proc_field(n, arg, th, ev.ts(), out),
            _ => false,
        }
    }

    fn fd_names(&self) -> &dyn FdNames {
        self
    }
}

impl FdNames for State {
    fn fd_name(&self, fd: i64) -> Option<FdDesc<'_>> {
        let th = self.cur_thread()?;
        let f = match &self.closed {
            Some((n, f)) if *n == fd => f,
            _ => self.fd_of(th, fd)?,
        };
        Some(FdDesc {
            typechar: f.typechar(),
            l4proto: f.l4().and_then(l4char),
            name: &f.name,
        })
    }

    fn has_thread(&self) -> bool {
        self.cur_thread().is_some()
    }

    fn comm(&self, pid: i64) -> Option<&[u8]> {
        self.threads.get(&pid).map(|t| t.comm.as_slice())
    }

    fn user_name(&self, uid: u32) -> Option<&[u8]> {
        self.users.user(uid).map(|u| u.name.as_slice())
    }

    fn group_name(&self, gid: u32) -> Option<&[u8]> {
        self.users.group(gid)
    }

    fn resolve_path(&self, dirfd: Option<i64>, p: &[u8], out: &mut String) -> bool {
        let Some(th) = self.cur_thread() else {
            return false;
        };
        let base: &[u8] = match dirfd {
            Some(d) if d != -100 => match self.fd_of(th, d) {
                Some(f) => {
                    // libsinsp joins a directory fd's name and the path without normalising.
                    push_bytes(out, &f.name);
                    out.push('/');
                    push_bytes(out, p);
                    return true;
                }
                None => {
                    // libsinsp prints the path itself when the directory fd is unknown.
                    push_bytes(out, p);
                    return true;
                }
            },
            _ => self.cwd_of(th),
        };
        if base.is_empty() {
            // No cwd known: libsinsp shows the path as given.
            push_bytes(out, p);
            return true;
        }
        let mut v = Vec::with_capacity(base.len() + p.len() + 1);
        path::concat_into(base, p, &mut v);
        push_bytes(out, &v);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_addresses_read_as_display_writes_them() {
        for a in [
            [0, 0, 0, 0],
            [127, 0, 0, 1],
            [10, 20, 255, 9],
            [255, 255, 255, 255],
        ] {
            let mut s = String::new();
            push_ip4(&mut s, a);
            assert_eq!(s, std::net::Ipv4Addr::from(a).to_string());
        }
        for n in [0i64, -1, 42, i64::MIN, i64::MAX] {
            let mut s = String::new();
            push(&mut s, n);
            assert_eq!(s, n.to_string());
        }
        let mut s = String::new();
        push(&mut s, u64::MAX);
        assert_eq!(s, u64::MAX.to_string());
    }

    #[test]
    fn printable_ascii_is_copied_and_the_rest_made_safe() {
        let mut s = String::new();
        push_bytes(&mut s, b"/etc/passwd ~");
        assert_eq!(s, "/etc/passwd ~");
        s.clear();
        push_bytes(&mut s, b"a\x1b[31m\x7f\xffb\xc3\xa9");
        assert_eq!(s, "a.[31m..b\u{e9}");
    }
}
