//! Socket addresses, socket tuples and fd lists.

use core::fmt::Write as _;

use super::FdNames;
use super::text::{c_str, is_ipv4_mapped, is_print, push_ipv4, push_ipv6, push_sanitized};
use crate::param::family;

fn port_at(d: &[u8], at: usize) -> u16 {
    match d.get(at..at + 2) {
        Some(&[a, b]) => u16::from_le_bytes([a, b]),
        _ => 0,
    }
}

fn addr16(d: &[u8], at: usize) -> [u8; 16] {
    let mut a = [0u8; 16];
    if let Some(s) = d.get(at..at + 16) {
        a.copy_from_slice(s);
    }
    a
}

pub(super) fn render_sockaddr(d: &[u8], out: &mut String) {
    match d[0] {
        family::UNIX => push_sanitized(out, c_str(&d[1..])),
        family::INET if d.len() == 7 => {
            push_ipv4(out, &d[1..5]);
            let _ = write!(out, ":{}", port_at(d, 5));
        }
        family::INET => out.push_str("INVALID IPv4"),
        family::INET6 if d.len() == 19 => {
            push_ipv6(out, &addr16(d, 1));
            let _ = write!(out, ":{}", port_at(d, 17));
        }
        family::INET6 => out.push_str("INVALID IPv6"),
        f => {
            let _ = write!(out, "family {f}");
        }
    }
}

pub(super) fn render_socktuple(d: &[u8], out: &mut String) {
    match d[0] {
        family::INET if d.len() == 13 => {
            push_ipv4(out, &d[1..5]);
            let _ = write!(out, ":{}->", port_at(d, 5));
            push_ipv4(out, &d[7..11]);
            let _ = write!(out, ":{}", port_at(d, 11));
        }
        family::INET => out.push_str("INVALID IPv4"),
        family::INET6 if d.len() == 37 => {
            let (s, t) = (addr16(d, 1), addr16(d, 19));
            if is_ipv4_mapped(&s) && is_ipv4_mapped(&t) {
                push_ipv4(out, &s[12..]);
                let _ = write!(out, ":{}->", port_at(d, 17));
                push_ipv4(out, &t[12..]);
            } else {
                push_ipv6(out, &s);
                let _ = write!(out, ":{}->", port_at(d, 17));
                push_ipv6(out, &t);
            }
            let _ = write!(out, ":{}", port_at(d, 35));
        }
        family::INET6 => out.push_str("INVALID IPv6"),
        family::UNIX => {
            let ptr = |at: usize| {
                let mut a = [0u8; 8];
                for (k, b) in a.iter_mut().enumerate() {
                    *b = d.get(at + k).copied().unwrap_or(0);
                }
                u64::from_le_bytes(a)
            };
            let (src, dst) = (ptr(1), ptr(9));
            let _ = write!(out, "{src:x}->{dst:x} ");
            push_sanitized(out, c_str(d.get(17..).unwrap_or_default()));
        }
        f => {
            let _ = write!(out, "family {f}");
        }
    }
}

pub(super) fn render_fdlist(d: &[u8], fds: &dyn FdNames, out: &mut String) {
    let n = match *d {
        [a, b, ..] => u16::from_le_bytes([a, b]) as usize,
        _ => 0,
    };
    for (j, e) in d
        .get(2..)
        .unwrap_or_default()
        .chunks_exact(10)
        .take(n)
        .enumerate()
    {
        let fd = i64::from_le_bytes([e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7]]);
        let flags = i16::from_le_bytes([e[8], e[9]]);
        let tch = fds
            .fd_name(fd)
            .map(|f| f.typechar)
            .filter(|&c| is_print(c))
            .unwrap_or(b'?');
        if j > 0 {
            out.push(' ');
        }
        let _ = write!(
            out,
            "{}:{}{:x}",
            fd as u64,
            tch as char,
            i32::from(flags) as u32
        );
    }
}
