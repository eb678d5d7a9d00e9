//! Fd list block (`FDL` version 1, `FDL_V2`): the open fds of one thread at capture start.
//!
//! Body: `u64 tid`, then one entry per fd: (V2 only: `u32 len`, the entry's size including
//! itself) `i64 fd; u64 ino; u8 type`, then by type:
//!
//! | type | detail |
//! |---|---|
//! | IPV4_SOCK | `u32 sip, dip; u16 sport, dport; u8 l4proto` |
//! | IPV4_SERVSOCK | `u32 ip; u16 port; u8 l4proto` |
//! | IPV6_SOCK | `16B sip, 16B dip; u16 sport, dport; u8 l4proto` |
//! | IPV6_SERVSOCK | `16B ip; u16 port; u8 l4proto` |
//! | UNIX_SOCK | `u64 source, dest; str path` |
//! | FILE_V2 | `u32 open_flags; str path; u32 dev` (`dev`: V2 only, if the length has room) |
//! | the other known types | `str name` |
//! | UNKNOWN (0) or a number libscap does not know | nothing |
//!
//! Strings are a `u16` length (below [`MAX_PATH_SIZE`]) and bytes. V2
//! entries longer than what was read are skipped to their length (fields of newer writers, or
//! the detail of an unknown type); shorter ones are an error. V1 has no entry length, so an
//! unknown type there is followed directly by the next entry, as libscap reads it. Parsing stops
//! when fewer than 4 bytes of the body are left (padding).

use super::{Ctx, Cursor, MAX_PATH_SIZE, MetaError, put_string16, string16_len};

/// Longest fd name libscap reads (its buffer keeps a NUL).
const MAX_NAME: usize = MAX_PATH_SIZE - 1;

/// Type of an fd (`scap_fd_type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FdType {
    /// Regular file (old captures; newer ones use [`FdType::FileV2`]).
    File,
    /// Directory.
    Directory,
    /// IPv4 socket.
    Ipv4Sock,
    /// IPv6 socket.
    Ipv6Sock,
    /// IPv4 server (listening/bound) socket.
    Ipv4ServSock,
    /// IPv6 server socket.
    Ipv6ServSock,
    /// FIFO.
    Fifo,
    /// Unix socket.
    UnixSock,
    /// eventfd.
    Event,
    /// Unsupported kind of fd.
    Unsupported,
    /// signalfd.
    Signalfd,
    /// epoll fd.
    Eventpoll,
    /// inotify fd.
    Inotify,
    /// timerfd.
    Timerfd,
    /// Netlink socket.
    Netlink,
    /// Regular file with open flags and device.
    FileV2,
    /// bpf fd.
    Bpf,
    /// userfaultfd.
    Userfaultfd,
    /// io_uring fd.
    IoUring,
    /// memfd.
    Memfd,
    /// pidfd.
    Pidfd,
    /// Any other number: 0 (`SCAP_FD_UNKNOWN`) or one a newer writer added. Holds only numbers
    /// without a variant of their own.
    Unknown(u8),
}

impl FdType {
    /// The type for a stored number.
    pub fn from_u8(v: u8) -> Self {
        use FdType::*;
        match v {
            1 => File,
            2 => Directory,
            3 => Ipv4Sock,
            4 => Ipv6Sock,
            5 => Ipv4ServSock,
            6 => Ipv6ServSock,
            7 => Fifo,
            8 => UnixSock,
            9 => Event,
            10 => Unsupported,
            11 => Signalfd,
            12 => Eventpoll,
            13 => Inotify,
            14 => Timerfd,
            15 => Netlink,
            16 => FileV2,
            17 => Bpf,
            18 => Userfaultfd,
            19 => IoUring,
            20 => Memfd,
            21 => Pidfd,
            other => Unknown(other),
        }
    }

    /// The stored number.
    pub fn as_u8(self) -> u8 {
        use FdType::*;
        match self {
            File => 1,
            Directory => 2,
            Ipv4Sock => 3,
            Ipv6Sock => 4,
            Ipv4ServSock => 5,
            Ipv6ServSock => 6,
            Fifo => 7,
            UnixSock => 8,
            Event => 9,
            Unsupported => 10,
            Signalfd => 11,
            Eventpoll => 12,
            Inotify => 13,
            Timerfd => 14,
            Netlink => 15,
            FileV2 => 16,
            Bpf => 17,
            Userfaultfd => 18,
            IoUring => 19,
            Memfd => 20,
            Pidfd => 21,
            Unknown(v) => v,
        }
    }

    /// Whether this is one of the named types (1 to 21).
    pub fn is_known(self) -> bool {
        !matches!(self, FdType::Unknown(_))
    }

    fn layout(self) -> Layout {
        use FdType::*;
        match self {
            Ipv4Sock => Layout::Ipv4Socket,
            Ipv4ServSock => Layout::Ipv4Server,
            Ipv6Sock => Layout::Ipv6Socket,
            Ipv6ServSock => Layout::Ipv6Server,
            UnixSock => Layout::Unix,
            FileV2 => Layout::File,
            Unknown(_) => Layout::Nothing,
            _ => Layout::Named,
        }
    }
}

/// Which detail layout follows the type byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    Ipv4Socket,
    Ipv4Server,
    Ipv6Socket,
    Ipv6Server,
    Unix,
    File,
    Named,
    Nothing,
}

/// Type-specific part of an fd entry. IPv4 addresses are the stored `u32`s (network-order
/// address bytes read as a little-endian integer: `u32::to_le_bytes` gives `a.b.c.d`); IPv6
/// addresses are the 16 stored bytes; ports are as stored.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FdDetail {
    /// IPv4 socket ([`FdType::Ipv4Sock`]).
    Ipv4Socket {
        /// Source address.
        sip: u32,
        /// Destination address.
        dip: u32,
        /// Source port.
        sport: u16,
        /// Destination port.
        dport: u16,
        /// Transport protocol (`scap_l4_proto`).
        l4proto: u8,
    },
    /// IPv4 server socket ([`FdType::Ipv4ServSock`]).
    Ipv4Server {
        /// Local address.
        ip: u32,
        /// Local port.
        port: u16,
        /// Transport protocol.
        l4proto: u8,
    },
    /// IPv6 socket ([`FdType::Ipv6Sock`]).
    Ipv6Socket {
        /// Source address.
        sip: [u8; 16],
        /// Destination address.
        dip: [u8; 16],
        /// Source port.
        sport: u16,
        /// Destination port.
        dport: u16,
        /// Transport protocol.
        l4proto: u8,
    },
    /// IPv6 server socket ([`FdType::Ipv6ServSock`]).
    Ipv6Server {
        /// Local address.
        ip: [u8; 16],
        /// Local port.
        port: u16,
        /// Transport protocol.
        l4proto: u8,
    },
    /// Unix socket ([`FdType::UnixSock`]).
    Unix {
        /// Source endpoint (kernel socket address).
        source: u64,
        /// Destination endpoint.
        dest: u64,
        /// Socket path.
        path: Vec<u8>,
    },
    /// Regular file with flags ([`FdType::FileV2`]).
    File {
        /// Open flags.
        open_flags: u32,
        /// Path.
        path: Vec<u8>,
        /// Device number (0 when absent: FDL version 1 or a short entry).
        dev: u32,
    },
    /// Name of every other known type (file, directory, fifo, eventfd, ...).
    Named {
        /// The name.
        name: Vec<u8>,
    },
    /// No detail is stored: type 0 or a type number this reader does not know.
    Unknown,
}

/// One fd of a thread.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FdEntry {
    /// The fd number.
    pub fd: i64,
    /// Inode number.
    pub ino: u64,
    /// The fd type.
    pub ty: FdType,
    /// Type-specific detail; its variant follows from `ty` (see [`write_body`]).
    pub detail: FdDetail,
}

/// Parses a fd list block body of the given version (1 or 2): the thread id and its fds.
pub fn parse(version: u8, body: &[u8]) -> Result<(u64, Vec<FdEntry>), MetaError> {
    if !(1..=2).contains(&version) {
        return Err(MetaError::UnsupportedVersion {
            list: "fd list",
            version,
        });
    }
    let mut c = Cursor::new(body);
    let tid = c.u64(&Ctx::block("fd list header"), "tid")?;
    let what = format!("fd list of tid {tid}");
    let mut out = Vec::new();
    while c.remaining_in_block() >= 4 {
        let e = parse_entry(version, &mut c, &Ctx::entry(&what, out.len()))?;
        out.push(e);
    }
    Ok((tid, out))
}

fn parse_entry(version: u8, c: &mut Cursor<'_>, ctx: &Ctx<'_>) -> Result<FdEntry, MetaError> {
    let mut ctx = *ctx;
    let start = c.pos();
    let sub_len = if version >= 2 {
        c.u32(&ctx, "entry length")?
    } else {
        0
    };
    if sub_len != 0 {
        c.enter_entry(&ctx, start, sub_len as usize)?;
    }
    let fd = c.i64(&ctx, "fd")?;
    ctx.key = Some(("fd", fd));
    let ino = c.u64(&ctx, "ino")?;
    let ty = FdType::from_u8(c.u8(&ctx, "type")?);
    let detail = match ty.layout() {
        Layout::Ipv4Socket => FdDetail::Ipv4Socket {
            sip: c.u32(&ctx, "sip")?,
            dip: c.u32(&ctx, "dip")?,
            sport: c.u16(&ctx, "sport")?,
            dport: c.u16(&ctx, "dport")?,
            l4proto: c.u8(&ctx, "l4proto")?,
        },
        Layout::Ipv4Server => FdDetail::Ipv4Server {
            ip: c.u32(&ctx, "ip")?,
            port: c.u16(&ctx, "port")?,
            l4proto: c.u8(&ctx, "l4proto")?,
        },
        Layout::Ipv6Socket => FdDetail::Ipv6Socket {
            sip: c.array(&ctx, "sip")?,
            dip: c.array(&ctx, "dip")?,
            sport: c.u16(&ctx, "sport")?,
            dport: c.u16(&ctx, "dport")?,
            l4proto: c.u8(&ctx, "l4proto")?,
        },
        Layout::Ipv6Server => FdDetail::Ipv6Server {
            ip: c.array(&ctx, "ip")?,
            port: c.u16(&ctx, "port")?,
            l4proto: c.u8(&ctx, "l4proto")?,
        },
        Layout::Unix => FdDetail::Unix {
            source: c.u64(&ctx, "source")?,
            dest: c.u64(&ctx, "dest")?,
            path: c.string16(MAX_NAME, &ctx, "path")?,
        },
        Layout::File => {
            let open_flags = c.u32(&ctx, "open_flags")?;
            let path = c.string16(MAX_NAME, &ctx, "path")?;
            let dev = if sub_len != 0 && c.remaining() >= 4 {
                c.u32(&ctx, "dev")?
            } else {
                0
            };
            FdDetail::File {
                open_flags,
                path,
                dev,
            }
        }
        Layout::Named => FdDetail::Named {
            name: c.string16(MAX_NAME, &ctx, "name")?,
        },
        Layout::Nothing => FdDetail::Unknown,
    };
    c.leave_entry();
    Ok(FdEntry {
        fd,
        ino,
        ty,
        detail,
    })
}

/// On-disk size of one V2 entry, its length field included.
pub fn entry_len(e: &FdEntry) -> usize {
    4 + 8
        + 8
        + 1
        + match e.ty.layout() {
            Layout::Ipv4Socket => 4 + 4 + 2 + 2 + 1,
            Layout::Ipv4Server => 4 + 2 + 1,
            Layout::Ipv6Socket => 16 + 16 + 2 + 2 + 1,
            Layout::Ipv6Server => 16 + 2 + 1,
            Layout::Unix => 8 + 8 + string16_len(name_of(e), MAX_NAME),
            Layout::File => 4 + string16_len(name_of(e), MAX_NAME) + 4,
            Layout::Named => string16_len(name_of(e), MAX_NAME),
            Layout::Nothing => 0,
        }
}

/// The string of a detail, or empty.
fn name_of(e: &FdEntry) -> &[u8] {
    match &e.detail {
        FdDetail::Unix { path, .. } | FdDetail::File { path, .. } => path,
        FdDetail::Named { name } => name,
        _ => &[],
    }
}

/// Appends one V2 entry.
///
/// The detail layout follows `ty`; when `detail` is not the variant `ty` calls for, the
/// layout's fields are written as zeros, keeping any name the detail has. Names are cut to
/// 1023 bytes (libscap's limit). An [`FdType::Unknown`] entry is written with no detail.
pub fn write_entry(e: &FdEntry, out: &mut Vec<u8>) {
    let len = entry_len(e);
    out.reserve(len);
    out.extend_from_slice(&(len as u32).to_le_bytes());
    out.extend_from_slice(&e.fd.to_le_bytes());
    out.extend_from_slice(&e.ino.to_le_bytes());
    out.push(e.ty.as_u8());
    match (e.ty.layout(), &e.detail) {
        (Layout::Ipv4Socket, d) => {
            let (sip, dip, sport, dport, l4proto) = match *d {
                FdDetail::Ipv4Socket {
                    sip,
                    dip,
                    sport,
                    dport,
                    l4proto,
                } => (sip, dip, sport, dport, l4proto),
                _ => (0, 0, 0, 0, 0),
            };
            out.extend_from_slice(&sip.to_le_bytes());
            out.extend_from_slice(&dip.to_le_bytes());
            out.extend_from_slice(&sport.to_le_bytes());
            out.extend_from_slice(&dport.to_le_bytes());
            out.push(l4proto);
        }
        (Layout::Ipv4Server, d) => {
            let (ip, port, l4proto) = match *d {
                FdDetail::Ipv4Server { ip, port, l4proto } => (ip, port, l4proto),
                _ => (0, 0, 0),
            };
            out.extend_from_slice(&ip.to_le_bytes());
            out.extend_from_slice(&port.to_le_bytes());
            out.push(l4proto);
        }
        (Layout::Ipv6Socket, d) => {
            let (sip, dip, sport, dport, l4proto) = match *d {
                FdDetail::Ipv6Socket {
                    sip,
                    dip,
                    sport,
                    dport,
                    l4proto,
                } => (sip, dip, sport, dport, l4proto),
                _ => ([0; 16], [0; 16], 0, 0, 0),
            };
            out.extend_from_slice(&sip);
            out.extend_from_slice(&dip);
            out.extend_from_slice(&sport.to_le_bytes());
            out.extend_from_slice(&dport.to_le_bytes());
            out.push(l4proto);
        }
        (Layout::Ipv6Server, d) => {
            let (ip, port, l4proto) = match *d {
                FdDetail::Ipv6Server { ip, port, l4proto } => (ip, port, l4proto),
                _ => ([0; 16], 0, 0),
            };
            out.extend_from_slice(&ip);
            out.extend_from_slice(&port.to_le_bytes());
            out.push(l4proto);
        }
        (Layout::Unix, d) => {
            let (source, dest) = match *d {
                FdDetail::Unix { source, dest, .. } => (source, dest),
                _ => (0, 0),
            };
            out.extend_from_slice(&source.to_le_bytes());
            out.extend_from_slice(&dest.to_le_bytes());
            put_string16(out, name_of(e), MAX_NAME);
        }
        (Layout::File, d) => {
            let (open_flags, dev) = match *d {
                FdDetail::File {
                    open_flags, dev, ..
                } => (open_flags, dev),
                _ => (0, 0),
            };
            out.extend_from_slice(&open_flags.to_le_bytes());
            put_string16(out, name_of(e), MAX_NAME);
            out.extend_from_slice(&dev.to_le_bytes());
        }
        (Layout::Named, _) => put_string16(out, name_of(e), MAX_NAME),
        (Layout::Nothing, _) => {}
    }
}

/// Appends a FDL_V2 body: `tid`, then every fd (no padding: the block writer adds it).
pub fn write_body(tid: u64, fds: &[FdEntry], out: &mut Vec<u8>) {
    out.extend_from_slice(&tid.to_le_bytes());
    for e in fds {
        write_entry(e, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn samples() -> Vec<FdEntry> {
        let mut v = vec![
            FdEntry {
                fd: 3,
                ino: 11,
                ty: FdType::Ipv4Sock,
                detail: FdDetail::Ipv4Socket {
                    sip: 0x0100_007f,
                    dip: 0x0200_007f,
                    sport: 40000,
                    dport: 80,
                    l4proto: 2,
                },
            },
            FdEntry {
                fd: 4,
                ino: 12,
                ty: FdType::Ipv4ServSock,
                detail: FdDetail::Ipv4Server {
                    ip: 0,
                    port: 22,
                    l4proto: 2,
                },
            },
            FdEntry {
                fd: 5,
                ino: 13,
                ty: FdType::Ipv6Sock,
                detail: FdDetail::Ipv6Socket {
                    sip: [1; 16],
                    dip: [2; 16],
                    sport: 1,
                    dport: 443,
                    l4proto: 3,
                },
            },
            FdEntry {
                fd: 6,
                ino: 14,
                ty: FdType::Ipv6ServSock,
                detail: FdDetail::Ipv6Server {
                    ip: [0; 16],
                    port: 8080,
                    l4proto: 2,
                },
            },
            FdEntry {
                fd: 7,
                ino: 15,
                ty: FdType::UnixSock,
                detail: FdDetail::Unix {
                    source: 0xffff_8880,
                    dest: 0,
                    path: b"/run/sock".to_vec(),
                },
            },
            FdEntry {
                fd: 8,
                ino: 16,
                ty: FdType::FileV2,
                detail: FdDetail::File {
                    open_flags: 0o100002,
                    path: b"/etc/passwd".to_vec(),
                    dev: 0x803,
                },
            },
            FdEntry {
                fd: 9,
                ino: 17,
                ty: FdType::Unknown(200),
                detail: FdDetail::Unknown,
            },
        ];
        for t in [1u8, 2, 7, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21] {
            v.push(FdEntry {
                fd: 100 + i64::from(t),
                ino: 1000,
                ty: FdType::from_u8(t),
                detail: FdDetail::Named {
                    name: format!("name-{t}").into_bytes(),
                },
            });
        }
        v
    }

    #[test]
    fn type_numbers() {
        for v in 0..=255u8 {
            let t = FdType::from_u8(v);
            assert_eq!(t.as_u8(), v);
            assert_eq!(t.is_known(), (1..=21).contains(&v));
        }
        assert_eq!(FdType::from_u8(16), FdType::FileV2);
        assert_eq!(FdType::from_u8(21), FdType::Pidfd);
    }

    #[test]
    fn round_trip_v2() {
        let fds = samples();
        let mut body = Vec::new();
        write_body(4242, &fds, &mut body);
        assert_eq!(body.len(), 8 + fds.iter().map(entry_len).sum::<usize>());
        assert_eq!(parse(2, &body).expect("parse"), (4242, fds.clone()));
        body.extend_from_slice(&[0, 0]);
        assert_eq!(parse(2, &body).expect("padded"), (4242, fds));
        let mut only_tid = Vec::new();
        write_body(5, &[], &mut only_tid);
        assert_eq!(parse(2, &only_tid).expect("no fds"), (5, vec![]));
    }

    /// A V1 entry: no length, FILE_V2 without dev.
    fn write_v1(e: &FdEntry, out: &mut Vec<u8>) {
        let mut tmp = Vec::new();
        write_entry(e, &mut tmp);
        let mut v1 = tmp[4..].to_vec();
        if e.ty == FdType::FileV2 {
            v1.truncate(v1.len() - 4);
        }
        out.extend_from_slice(&v1);
    }

    #[test]
    fn v1_parses_with_defaults() {
        let fds = samples();
        let mut body = 77u64.to_le_bytes().to_vec();
        for e in &fds {
            write_v1(e, &mut body);
        }
        body.push(0);
        let (tid, got) = parse(1, &body).expect("v1");
        assert_eq!(tid, 77);
        let want: Vec<FdEntry> = fds
            .into_iter()
            .map(|mut e| {
                if let FdDetail::File { dev, .. } = &mut e.detail {
                    *dev = 0;
                }
                e
            })
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn v2_longer_entries_are_skipped_to_their_length() {
        // An unknown type with 6 detail bytes, and a file entry with 3 extra bytes.
        let mut body = 1u64.to_le_bytes().to_vec();
        let mut e = Vec::new();
        e.extend_from_slice(&(4u32 + 8 + 8 + 1 + 6).to_le_bytes());
        e.extend_from_slice(&3i64.to_le_bytes());
        e.extend_from_slice(&9u64.to_le_bytes());
        e.push(99);
        e.extend_from_slice(&[1, 2, 3, 4, 5, 6]);
        body.extend_from_slice(&e);
        let file = FdEntry {
            fd: 4,
            ino: 1,
            ty: FdType::FileV2,
            detail: FdDetail::File {
                open_flags: 1,
                path: b"/x".to_vec(),
                dev: 2,
            },
        };
        let mut f = Vec::new();
        write_entry(&file, &mut f);
        let len = f.len() + 3;
        f[..4].copy_from_slice(&(len as u32).to_le_bytes());
        f.extend_from_slice(&[9, 9, 9]);
        body.extend_from_slice(&f);
        let (_, got) = parse(2, &body).expect("longer");
        assert_eq!(
            got[0],
            FdEntry {
                fd: 3,
                ino: 9,
                ty: FdType::Unknown(99),
                detail: FdDetail::Unknown
            }
        );
        assert_eq!(got[1], file);
    }

    #[test]
    fn v2_file_without_dev() {
        let file = FdEntry {
            fd: 4,
            ino: 1,
            ty: FdType::FileV2,
            detail: FdDetail::File {
                open_flags: 1,
                path: b"/x".to_vec(),
                dev: 2,
            },
        };
        let mut f = 1u64.to_le_bytes().to_vec();
        write_entry(&file, &mut f);
        f.truncate(f.len() - 4);
        let len = f.len() - 8;
        f[8..12].copy_from_slice(&(len as u32).to_le_bytes());
        let (_, got) = parse(2, &f).expect("no dev");
        assert_eq!(
            got[0].detail,
            FdDetail::File {
                open_flags: 1,
                path: b"/x".to_vec(),
                dev: 0
            }
        );
    }

    #[test]
    fn mismatched_detail_writes_the_type_layout() {
        let e = FdEntry {
            fd: 1,
            ino: 2,
            ty: FdType::Ipv4Sock,
            detail: FdDetail::Named {
                name: b"x".to_vec(),
            },
        };
        let mut body = Vec::new();
        write_body(1, std::slice::from_ref(&e), &mut body);
        let (_, got) = parse(2, &body).expect("parse");
        assert_eq!(
            got[0].detail,
            FdDetail::Ipv4Socket {
                sip: 0,
                dip: 0,
                sport: 0,
                dport: 0,
                l4proto: 0
            }
        );
        let e = FdEntry {
            ty: FdType::FileV2,
            ..e
        };
        body.clear();
        write_body(1, std::slice::from_ref(&e), &mut body);
        let (_, got) = parse(2, &body).expect("parse");
        assert_eq!(
            got[0].detail,
            FdDetail::File {
                open_flags: 0,
                path: b"x".to_vec(),
                dev: 0
            }
        );
    }

    #[test]
    fn names_are_limited() {
        let e = FdEntry {
            fd: 1,
            ino: 2,
            ty: FdType::Directory,
            detail: FdDetail::Named {
                name: vec![b'd'; 3000],
            },
        };
        let mut body = Vec::new();
        write_body(1, std::slice::from_ref(&e), &mut body);
        let (_, got) = parse(2, &body).expect("cut name parses");
        assert_eq!(
            got[0].detail,
            FdDetail::Named {
                name: vec![b'd'; 1023]
            }
        );
        // A stored 1024-byte name is rejected, as libscap does.
        let mut b = 1u64.to_le_bytes().to_vec();
        b.extend_from_slice(&5i64.to_le_bytes());
        b.extend_from_slice(&0u64.to_le_bytes());
        b.push(2);
        b.extend_from_slice(&1024u16.to_le_bytes());
        b.extend_from_slice(&[b'x'; 1024]);
        let err = parse(1, &b).expect_err("too long");
        assert_eq!(
            err.to_string(),
            "fd list of tid 1 entry 0 (fd 5): field name: length 1024 at body offset 27 exceeds \
             the limit of 1023 bytes"
        );
    }

    #[test]
    fn truncated_bodies_fail_without_panic() {
        for e in samples() {
            for v in 1..=2u8 {
                let mut body = 9u64.to_le_bytes().to_vec();
                if v == 2 {
                    write_entry(&e, &mut body);
                } else {
                    write_v1(&e, &mut body);
                }
                for n in 0..body.len() {
                    let r = parse(v, &body[..n]);
                    if n < 8 {
                        assert!(r.is_err(), "v{v} len {n}");
                    } else if n < 12 {
                        assert_eq!(r, Ok((9, vec![])), "v{v} len {n}");
                    } else {
                        assert!(r.is_err(), "v{v} len {n}: {r:?} {e:?}");
                    }
                }
                assert!(parse(v, &body).is_ok());
            }
        }
        assert!(matches!(
            parse(3, &[]),
            Err(MetaError::UnsupportedVersion { .. })
        ));
    }

    fn arb_entry() -> impl Strategy<Value = FdEntry> {
        let name = || proptest::collection::vec(any::<u8>(), 0..60);
        let detail = prop_oneof![
            any::<(u32, u32, u16, u16, u8)>().prop_map(|(sip, dip, sport, dport, l4proto)| (
                FdType::Ipv4Sock,
                FdDetail::Ipv4Socket {
                    sip,
                    dip,
                    sport,
                    dport,
                    l4proto
                }
            )),
            any::<(u32, u16, u8)>().prop_map(|(ip, port, l4proto)| (
                FdType::Ipv4ServSock,
                FdDetail::Ipv4Server { ip, port, l4proto }
            )),
            any::<([u8; 16], [u8; 16], u16, u16, u8)>().prop_map(
                |(sip, dip, sport, dport, l4proto)| (
                    FdType::Ipv6Sock,
                    FdDetail::Ipv6Socket {
                        sip,
                        dip,
                        sport,
                        dport,
                        l4proto
                    }
                )
            ),
            any::<([u8; 16], u16, u8)>().prop_map(|(ip, port, l4proto)| (
                FdType::Ipv6ServSock,
                FdDetail::Ipv6Server { ip, port, l4proto }
            )),
            (any::<(u64, u64)>(), name()).prop_map(|((source, dest), path)| (
                FdType::UnixSock,
                FdDetail::Unix { source, dest, path }
            )),
            (any::<(u32, u32)>(), name()).prop_map(|((open_flags, dev), path)| (
                FdType::FileV2,
                FdDetail::File {
                    open_flags,
                    path,
                    dev
                }
            )),
            (
                prop::sample::select(vec![
                    1u8, 2, 7, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21
                ]),
                name()
            )
                .prop_map(|(t, name)| (FdType::from_u8(t), FdDetail::Named { name })),
            (22u8..=255).prop_map(|t| (FdType::Unknown(t), FdDetail::Unknown)),
        ];
        (any::<(i64, u64)>(), detail).prop_map(|((fd, ino), (ty, detail))| FdEntry {
            fd,
            ino,
            ty,
            detail,
        })
    }

    proptest! {
        #[test]
        fn prop_round_trip(tid: u64, fds in proptest::collection::vec(arb_entry(), 0..8)) {
            let mut body = Vec::new();
            write_body(tid, &fds, &mut body);
            prop_assert_eq!(parse(2, &body).expect("parse"), (tid, fds));
        }

        #[test]
        fn prop_no_panic(v in 0u8..=3, body in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = parse(v, &body);
        }
    }
}
