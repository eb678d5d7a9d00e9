// SPDX-License-Identifier: GPL-2.0

//! Files behind fds and socket addresses, gathered before an event is written.
//!
//! Looking a socket's addresses up may sleep (the protocols lock the socket), so this runs in
//! the syscall tracepoints' preemptible context, before the writer turns interrupts off; the
//! results travel on the stack into the filler.

use kernel::bindings;

use crate::abi::native::{af, encode_dev, socket_family};
use crate::writer::copy_nofault;

/// A socket address as the kernel returns it (`sockaddr_storage`).
#[derive(Clone, Copy)]
#[repr(C, align(8))]
pub(crate) struct RawAddr {
    pub(crate) bytes: [u8; 128],
    pub(crate) len: usize,
}

impl RawAddr {
    pub(crate) const EMPTY: RawAddr = RawAddr { bytes: [0; 128], len: 0 };

    fn family(&self) -> u16 {
        if self.len < 2 { 0 } else { u16::from_ne_bytes([self.bytes[0], self.bytes[1]]) }
    }

    /// IPv4 address and host-order port; IPv4-mapped IPv6 addresses count as IPv4.
    fn v4(&self) -> Option<([u8; 4], u16)> {
        let port = u16::from_be_bytes([self.bytes[2], self.bytes[3]]);
        match self.family() {
            af::INET if self.len >= 8 => Some((self.bytes[4..8].try_into().ok()?, port)),
            af::INET6 if self.len >= 24 => {
                let a = &self.bytes[8..24];
                let mapped = a[..10].iter().all(|&b| b == 0) && a[10] == 0xff && a[11] == 0xff;
                mapped.then(|| (a[12..16].try_into().unwrap_or([0; 4]), port))
            }
            _ => None,
        }
    }

    fn v6(&self) -> Option<([u8; 16], u16)> {
        if self.family() != af::INET6 || self.len < 24 {
            return None;
        }
        let port = u16::from_be_bytes([self.bytes[2], self.bytes[3]]);
        Some((self.bytes[8..24].try_into().ok()?, port))
    }

    /// A unix socket path: NUL-stopped, or abstract (leading NUL, length-bounded).
    fn unix_path(&self) -> &[u8] {
        if self.family() != af::UNIX || self.len <= 2 {
            return &[];
        }
        let p = &self.bytes[2..self.len.min(self.bytes.len())];
        if p.first() == Some(&0) {
            p
        } else {
            let end = p.iter().position(|&c| c == 0).unwrap_or(p.len());
            &p[..end]
        }
    }

    /// The event encoding of the address (`PT_SOCKADDR`) into `out`; its length.
    pub(crate) fn encode(&self, out: &mut [u8; 160]) -> usize {
        let fam = self.family();
        if self.len < 2 {
            return 0;
        }
        if fam == af::INET6 {
            if let Some((a, p)) = self.v6() {
                out[0] = socket_family(u64::from(af::INET6));
                out[1..17].copy_from_slice(&a);
                out[17..19].copy_from_slice(&p.to_le_bytes());
                return 19;
            }
        } else if let Some((a, p)) = self.v4() {
            out[0] = socket_family(u64::from(af::INET));
            out[1..5].copy_from_slice(&a);
            out[5..7].copy_from_slice(&p.to_le_bytes());
            return 7;
        } else if fam == af::UNIX {
            let path = self.unix_path();
            out[0] = socket_family(u64::from(af::UNIX));
            let n = path.len().min(out.len() - 2);
            out[1..1 + n].copy_from_slice(&path[..n]);
            out[1 + n] = 0;
            return n + 2;
        }
        out[0] = socket_family(u64::from(fam));
        1
    }
}

/// Encodes a connection tuple from `src` to `dst` (`PT_SOCKTUPLE`) into `out`; its length (0
/// when the family has no tuple form). `sk` identifies a unix socket's own end.
pub(crate) fn encode_tuple(src: &RawAddr, dst: &RawAddr, sk: u64, out: &mut [u8; 160]) -> usize {
    let fam = if src.len >= 2 { src.family() } else { dst.family() };
    if let (Some(s), Some(d)) = (src.v4().or(zero4(src)), dst.v4().or(zero4(dst))) {
        if fam == af::INET || fam == af::INET6 {
            out[0] = socket_family(u64::from(af::INET));
            out[1..5].copy_from_slice(&s.0);
            out[5..7].copy_from_slice(&s.1.to_le_bytes());
            out[7..11].copy_from_slice(&d.0);
            out[11..13].copy_from_slice(&d.1.to_le_bytes());
            return 13;
        }
    }
    match fam {
        af::INET6 => {
            let s = src.v6().unwrap_or(([0; 16], 0));
            let d = dst.v6().unwrap_or(([0; 16], 0));
            out[0] = socket_family(u64::from(af::INET6));
            out[1..17].copy_from_slice(&s.0);
            out[17..19].copy_from_slice(&s.1.to_le_bytes());
            out[19..35].copy_from_slice(&d.0);
            out[35..37].copy_from_slice(&d.1.to_le_bytes());
            37
        }
        af::UNIX => {
            out[0] = socket_family(u64::from(af::UNIX));
            out[1..9].copy_from_slice(&sk.to_le_bytes());
            out[9..17].copy_from_slice(&0u64.to_le_bytes());
            // The path of the end that has one: the peer's for a client, ours for a server.
            let path = if dst.unix_path().is_empty() { src.unix_path() } else { dst.unix_path() };
            let n = path.len().min(out.len() - 18);
            out[17..17 + n].copy_from_slice(&path[..n]);
            out[17 + n] = 0;
            18 + n
        }
        _ => 0,
    }
}

/// An unset end of an IPv4 tuple (no peer yet) reads as 0.0.0.0:0.
fn zero4(a: &RawAddr) -> Option<([u8; 4], u16)> {
    (a.len == 0).then_some(([0; 4], 0))
}

/// What an fd refers to, looked up before the event is written.
#[derive(Clone, Copy)]
pub(crate) struct FdInfo {
    /// Device (userspace encoding) and inode of the file.
    pub(crate) dev: u32,
    pub(crate) ino: u64,
    /// The open created the file.
    pub(crate) created: bool,
    /// For sockets: our address and the peer's, and the kernel socket's identity.
    pub(crate) local: RawAddr,
    pub(crate) peer: RawAddr,
    pub(crate) sk: u64,
    pub(crate) is_socket: bool,
}

impl FdInfo {
    pub(crate) const NONE: FdInfo = FdInfo {
        dev: 0,
        ino: 0,
        created: false,
        local: RawAddr::EMPTY,
        peer: RawAddr::EMPTY,
        sk: 0,
        is_socket: false,
    };

    /// Looks fd `fd` of the current process up. May sleep (socket locks): call it only from
    /// the syscall tracepoints, before the writer starts.
    pub(crate) fn lookup(fd: i64) -> FdInfo {
        let mut info = FdInfo::NONE;
        if !(0..=i64::from(i32::MAX)).contains(&fd) {
            return info;
        }
        // SAFETY: takes a reference on the current process's file at `fd`, or returns null.
        let file = unsafe { bindings::fget(fd as u32) };
        if file.is_null() {
            return info;
        }
        // SAFETY: `file` is referenced until the `fput` below; its inode and super block
        // live as long as it. `kernel_getsockname`/`kernel_getpeername` write at most
        // `sizeof(struct sockaddr_storage)` (128) bytes, the size of `RawAddr::bytes`, which is
        // 8-byte aligned like `sockaddr_storage`. May sleep (socket lock): this runs before
        // interrupts go off, from the faultable syscall tracepoints.
        unsafe {
            let inode = (*file).f_inode;
            if !inode.is_null() {
                info.ino = (*inode).i_ino;
                let sb = (*inode).i_sb;
                if !sb.is_null() {
                    info.dev = encode_dev((*sb).s_dev);
                }
            }
            info.created = (*file).f_mode & (1 << 20) != 0; // FMODE_CREATED
            let sock = bindings::sock_from_file(file);
            if !sock.is_null() {
                info.is_socket = true;
                info.sk = (*sock).sk as u64;
                let n = bindings::kernel_getsockname(sock, info.local.bytes.as_mut_ptr().cast());
                info.local.len = if n > 0 { n as usize } else { 0 };
                let n = bindings::kernel_getpeername(sock, info.peer.bytes.as_mut_ptr().cast());
                info.peer.len = if n > 0 { n as usize } else { 0 };
            }
            bindings::fput(file);
        }
        info
    }
}

/// Copies a user socket address of `len` bytes at `ptr` (as bind, connect and sendto take
/// them). Empty when absent or unreadable.
pub(crate) fn user_addr(ptr: usize, len: u64) -> RawAddr {
    let mut a = RawAddr::EMPTY;
    let n = (len as usize).min(a.bytes.len());
    if ptr == 0 || n < 2 {
        return a;
    }
    if copy_nofault(a.bytes.as_mut_ptr(), ptr, n) {
        a.len = n;
    }
    a
}

/// Reads a user `u32`/`i32` (a socklen_t or an fd slot). `None` when unreadable.
pub(crate) fn user_u32(ptr: usize) -> Option<u32> {
    let mut b = [0u8; 4];
    if ptr == 0 {
        return None;
    }
    copy_nofault(b.as_mut_ptr(), ptr, 4).then(|| u32::from_le_bytes(b))
}

/// Reads a user `u64`. `None` when unreadable.
pub(crate) fn user_u64(ptr: usize) -> Option<u64> {
    let mut b = [0u8; 8];
    if ptr == 0 {
        return None;
    }
    copy_nofault(b.as_mut_ptr(), ptr, 8).then(|| u64::from_le_bytes(b))
}
