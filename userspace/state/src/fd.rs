//! File descriptors: what one fd of a process refers to, with sysdig's type characters and
//! names.

use scap_format::metadata::{FdDetail, FdEntry, FdType};

/// Transport protocol numbers (`scap_l4_proto`).
pub mod l4 {
    /// Unknown.
    pub const UNKNOWN: u8 = 0;
    /// Not applicable.
    pub const NA: u8 = 1;
    /// TCP.
    pub const TCP: u8 = 2;
    /// UDP.
    pub const UDP: u8 = 3;
    /// ICMP.
    pub const ICMP: u8 = 4;
    /// Raw.
    pub const RAW: u8 = 5;
}

/// Which end of a connection a socket fd is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Role {
    /// Not known (never connected or accepted).
    #[default]
    None,
    /// It connected.
    Client,
    /// It was accepted.
    Server,
}

/// Addresses of a socket fd. IPv4 addresses are in network byte order (`a.b.c.d`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Net {
    /// Not a socket, or no address known.
    #[default]
    None,
    /// IPv4 connection: client (`s`) and server (`d`) ends.
    V4 {
        /// Client address.
        sip: [u8; 4],
        /// Client port.
        sport: u16,
        /// Server address.
        dip: [u8; 4],
        /// Server port.
        dport: u16,
        /// `l4::*`.
        l4: u8,
    },
    /// IPv6 connection.
    V6 {
        /// Client address.
        sip: [u8; 16],
        /// Client port.
        sport: u16,
        /// Server address.
        dip: [u8; 16],
        /// Server port.
        dport: u16,
        /// `l4::*`.
        l4: u8,
    },
    /// IPv4 listening socket.
    V4Server {
        /// Local address.
        ip: [u8; 4],
        /// Local port.
        port: u16,
        /// `l4::*`.
        l4: u8,
    },
    /// IPv6 listening socket.
    V6Server {
        /// Local address.
        ip: [u8; 16],
        /// Local port.
        port: u16,
        /// `l4::*`.
        l4: u8,
    },
}

/// One open fd.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fd {
    /// Its type.
    pub ty: FdType,
    /// Its name: absolute path, connection tuple, ... (may be empty).
    pub name: Vec<u8>,
    /// Open flags (`PPM_O_*`), for files.
    pub flags: u32,
    /// Inode number, when known.
    pub ino: u64,
    /// Device number, when known.
    pub dev: u32,
    /// Socket addresses.
    pub net: Net,
    /// Socket role.
    pub role: Role,
    /// The transport `socket()` asked for, used once the socket gets addresses (sysdig shows
    /// no protocol before that).
    pub sock_l4: u8,
    /// A connected socket (`connect`, `accept`, a datagram sent to an address), libsinsp's
    /// `is_socket_connected`.
    pub connected: bool,
    /// The path as the open call gave it, before resolution (`fd.nameraw`); empty for fds
    /// not opened by path.
    pub name_raw: Vec<u8>,
    /// The raw path equals the name (kept once, in `name`).
    pub raw_is_name: bool,
}

impl Fd {
    /// A copy whose strings are buffers from `pool` (a process's fds copied into its child's).
    pub(crate) fn pooled_clone(&self, pool: &mut Vec<Vec<u8>>) -> Fd {
        // Destructured whole, so that a field added to `Fd` must be handled here.
        let Fd {
            ty,
            name,
            flags,
            ino,
            dev,
            net,
            role,
            sock_l4,
            connected,
            name_raw,
            raw_is_name,
        } = self;
        Fd {
            ty: *ty,
            name: crate::table::pooled_copy(pool, name),
            flags: *flags,
            ino: *ino,
            dev: *dev,
            net: *net,
            role: *role,
            sock_l4: *sock_l4,
            connected: *connected,
            name_raw: crate::table::pooled_copy(pool, name_raw),
            raw_is_name: *raw_is_name,
        }
    }
}

/// `PPM_O_CLOEXEC`.
pub const O_CLOEXEC: u32 = 0x1000;
/// `PPM_O_DIRECTORY`.
pub const O_DIRECTORY: u32 = 0x400;

impl Net {
    /// sysdig's name of a connection, `client:port->server:port`; `None` for the other forms.
    pub fn connection_name(&self) -> Option<Vec<u8>> {
        let name = match *self {
            Net::V4 {
                sip,
                sport,
                dip,
                dport,
                ..
            } => {
                format!("{}:{}->{}:{}", ip4(sip), sport, ip4(dip), dport)
            }
            Net::V6 {
                sip,
                sport,
                dip,
                dport,
                ..
            } => format!(
                "{}:{}->{}:{}",
                std::net::Ipv6Addr::from(sip),
                sport,
                std::net::Ipv6Addr::from(dip),
                dport
            ),
            _ => return None,
        };
        Some(name.into_bytes())
    }
}

impl Fd {
    /// A fd of type `ty` named `name`, nothing else known.
    pub fn new(ty: FdType, name: &[u8]) -> Self {
        Fd {
            ty,
            name: name.to_vec(),
            flags: 0,
            ino: 0,
            dev: 0,
            net: Net::None,
            role: Role::None,
            sock_l4: l4::UNKNOWN,
            connected: false,
            name_raw: Vec::new(),
            raw_is_name: false,
        }
    }

    /// An fd of a capture's fd list.
    pub fn from_entry(e: &FdEntry) -> Self {
        let mut fd = Fd::new(e.ty, b"");
        fd.ino = e.ino;
        match &e.detail {
            FdDetail::Ipv4Socket {
                sip,
                dip,
                sport,
                dport,
                l4proto,
            } => {
                fd.net = Net::V4 {
                    sip: sip.to_le_bytes(),
                    sport: *sport,
                    dip: dip.to_le_bytes(),
                    dport: *dport,
                    l4: *l4proto,
                };
                fd.name = fd.net.connection_name().unwrap_or_default();
            }
            FdDetail::Ipv6Socket {
                sip,
                dip,
                sport,
                dport,
                l4proto,
            } => {
                fd.net = Net::V6 {
                    sip: *sip,
                    sport: *sport,
                    dip: *dip,
                    dport: *dport,
                    l4: *l4proto,
                };
                fd.name = fd.net.connection_name().unwrap_or_default();
            }
            FdDetail::Ipv4Server { ip, port, l4proto } => {
                fd.net = Net::V4Server {
                    ip: ip.to_le_bytes(),
                    port: *port,
                    l4: *l4proto,
                };
                fd.name = format!("{}:{}", ip4(ip.to_le_bytes()), port).into_bytes();
            }
            FdDetail::Ipv6Server { ip, port, l4proto } => {
                fd.net = Net::V6Server {
                    ip: *ip,
                    port: *port,
                    l4: *l4proto,
                };
                fd.name = format!("{}:{}", std::net::Ipv6Addr::from(*ip), port).into_bytes();
            }
            FdDetail::Unix { path, .. } => {
                // Old scanners kept the newline of /proc/net/unix; sysdig shows none.
                let end = path
                    .iter()
                    .rposition(|&b| b != 0 && b != b'\n')
                    .map_or(0, |i| i + 1);
                fd.name = path[..end].to_vec();
            }
            FdDetail::File {
                open_flags,
                path,
                dev,
            } => {
                fd.ty = FdType::File;
                fd.flags = *open_flags;
                fd.dev = *dev;
                fd.name.clone_from(path);
            }
            FdDetail::Named { name } => fd.name.clone_from(name),
            FdDetail::Unknown => {}
        }
        fd
    }

    /// sysdig's type character (`fd.typechar`).
    pub fn typechar(&self) -> u8 {
        typechar(self.ty)
    }

    /// Whether the fd is a regular file (`is_file`).
    pub fn is_file(&self) -> bool {
        matches!(self.ty, FdType::File | FdType::FileV2)
    }

    /// The layer-4 protocol of an IP socket.
    pub fn l4(&self) -> Option<u8> {
        match self.net {
            Net::None => None,
            Net::V4 { l4, .. }
            | Net::V6 { l4, .. }
            | Net::V4Server { l4, .. }
            | Net::V6Server { l4, .. } => Some(l4),
        }
    }
}

/// sysdig's type character for an fd type.
pub fn typechar(ty: FdType) -> u8 {
    use FdType::*;
    match ty {
        File | FileV2 => b'f',
        Directory => b'd',
        Ipv4Sock => b'4',
        Ipv6Sock => b'6',
        Ipv4ServSock => b'2',
        Ipv6ServSock => b'3',
        Fifo => b'p',
        UnixSock => b'u',
        Event => b'e',
        Unsupported => b'X',
        Signalfd => b's',
        Eventpoll => b'l',
        Inotify => b'i',
        Timerfd => b't',
        Netlink => b'n',
        Bpf => b'b',
        Userfaultfd => b'u',
        IoUring => b'r',
        Memfd => b'm',
        Pidfd => b'P',
        Unknown(_) => b'o',
    }
}

/// sysdig's type name for an fd type (`fd.type`).
pub fn typestring(ty: FdType) -> &'static str {
    use FdType::*;
    match ty {
        File | FileV2 => "file",
        Directory => "directory",
        Ipv4Sock | Ipv4ServSock => "ipv4",
        Ipv6Sock | Ipv6ServSock => "ipv6",
        Fifo => "pipe",
        UnixSock => "unix",
        Event => "event",
        Unsupported => "unsupported",
        Signalfd => "signalfd",
        Eventpoll => "eventpoll",
        Inotify => "inotify",
        Timerfd => "timerfd",
        Netlink => "netlink",
        Bpf => "bpf",
        Userfaultfd => "userfaultfd",
        IoUring => "io_uring",
        Memfd => "memfd",
        Pidfd => "pidfd",
        Unknown(_) => "unknown",
    }
}

/// The l4 protocol character of `fd.typechar`-style annotations (`t`, `u`, `i`, `r`).
pub fn l4char(l4: u8) -> Option<u8> {
    match l4 {
        l4::TCP => Some(b't'),
        l4::UDP => Some(b'u'),
        l4::ICMP => Some(b'i'),
        l4::RAW => Some(b'r'),
        _ => None,
    }
}

/// The name sysdig gives a layer-4 protocol (`fd.l4proto`).
pub fn l4name(l4: u8) -> &'static str {
    match l4 {
        l4::TCP => "tcp",
        l4::UDP => "udp",
        l4::ICMP => "icmp",
        l4::RAW => "raw",
        _ => "<NA>",
    }
}

/// Dotted IPv4 text.
pub fn ip4(a: [u8; 4]) -> std::net::Ipv4Addr {
    std::net::Ipv4Addr::from(a)
}
