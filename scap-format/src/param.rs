//! Typed views of parameter values, decoded on demand from the borrowed bytes.

use crate::abi::types::{ParamExtra, ParamInfo, ParamType};

/// A parameter value, borrowing its bytes where it has any.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParamValue<'a> {
    /// A zero-length parameter: the driver had no value to give.
    Empty,
    /// A signed integer (INT*, ERRNO, FD, PID, FD32, PID32).
    Signed(i64),
    /// An unsigned integer (UINT*, FLAGS*, ENUMFLAGS*, UID, GID, MODE, times, ports, ...).
    Unsigned(u64),
    /// A boolean.
    Bool(bool),
    /// A double.
    Double(f64),
    /// A string or path without its terminating NUL (not guaranteed UTF-8).
    Str(&'a [u8]),
    /// Raw bytes, or NUL-separated string arrays.
    Bytes(&'a [u8]),
    /// A socket address.
    SockAddr(SockAddr<'a>),
    /// A socket tuple.
    SockTuple(SockTuple<'a>),
    /// A list of fds.
    FdList(FdList<'a>),
    /// An IPv4 address (network byte order as on the wire).
    Ipv4([u8; 4]),
    /// An IPv6 address.
    Ipv6([u8; 16]),
    /// A dynamic parameter: the chosen description and its value.
    Dyn(&'static ParamInfo, &'a [u8]),
}

/// Socket families as the driver encodes them (`PPM_AF_*`).
pub mod family {
    /// Unspecified.
    pub const UNSPEC: u8 = 0;
    /// Unix domain.
    pub const UNIX: u8 = 1;
    /// IPv4.
    pub const INET: u8 = 2;
    /// IPv6.
    pub const INET6: u8 = 10;
}

/// A socket address: family byte then family-specific data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SockAddr<'a> {
    /// IPv4 address and port.
    Inet {
        /// Address, network byte order.
        addr: [u8; 4],
        /// Port.
        port: u16,
    },
    /// IPv6 address and port.
    Inet6 {
        /// Address.
        addr: [u8; 16],
        /// Port.
        port: u16,
    },
    /// Unix socket path (without NUL; abstract names start with a NUL byte).
    Unix(&'a [u8]),
    /// Another family, with its raw data.
    Other {
        /// Family byte.
        family: u8,
        /// Data after the family byte.
        data: &'a [u8],
    },
}

/// A socket tuple: family byte then both endpoints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SockTuple<'a> {
    /// IPv4: source address/port, destination address/port.
    Inet {
        /// Source address.
        saddr: [u8; 4],
        /// Source port.
        sport: u16,
        /// Destination address.
        daddr: [u8; 4],
        /// Destination port.
        dport: u16,
    },
    /// IPv6: source address/port, destination address/port.
    Inet6 {
        /// Source address.
        saddr: [u8; 16],
        /// Source port.
        sport: u16,
        /// Destination address.
        daddr: [u8; 16],
        /// Destination port.
        dport: u16,
    },
    /// Unix: source and destination kernel pointers, then the path.
    Unix {
        /// Source socket kernel pointer.
        source: u64,
        /// Destination socket kernel pointer.
        dest: u64,
        /// Path.
        path: &'a [u8],
    },
    /// Another family, with its raw data.
    Other {
        /// Family byte.
        family: u8,
        /// Data after the family byte.
        data: &'a [u8],
    },
}

/// A list of (fd, flags) pairs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FdList<'a> {
    raw: &'a [u8],
    count: u16,
}

impl<'a> FdList<'a> {
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.count as usize
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The entries as (fd, flags).
    pub fn iter(&self) -> impl Iterator<Item = (i64, u16)> + 'a {
        let raw = self.raw;
        (0..self.count as usize).map(move |i| {
            let b = &raw[2 + i * 10..2 + i * 10 + 10];
            let fd = i64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
            (fd, u16::from_le_bytes([b[8], b[9]]))
        })
    }
}

/// Why a parameter's bytes do not fit its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ParamError {
    /// A fixed-size type with the wrong number of bytes.
    #[error("expected {expected} bytes, found {found}")]
    Size {
        /// Bytes the type needs.
        expected: usize,
        /// Bytes present.
        found: usize,
    },
    /// A structured value shorter than its own header says.
    #[error("truncated {what}: {found} bytes")]
    Truncated {
        /// What was being decoded.
        what: &'static str,
        /// Bytes present.
        found: usize,
    },
    /// A dynamic parameter whose index is outside its table.
    #[error("dynamic parameter index {0} out of range")]
    DynIndex(u8),
}

fn int(raw: &[u8], n: usize) -> Result<u64, ParamError> {
    if raw.len() != n {
        return Err(ParamError::Size {
            expected: n,
            found: raw.len(),
        });
    }
    // Each width read on its own: a copy of a run-time length would be a call.
    Ok(match *raw {
        [a] => u64::from(a),
        [a, b] => u64::from(u16::from_le_bytes([a, b])),
        [a, b, c, d] => u64::from(u32::from_le_bytes([a, b, c, d])),
        [a, b, c, d, e, f, g, h] => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
        _ => {
            let mut a = [0u8; 8];
            a[..n].copy_from_slice(raw);
            u64::from_le_bytes(a)
        }
    })
}

fn sint(raw: &[u8], n: usize) -> Result<i64, ParamError> {
    let v = int(raw, n)?;
    let shift = 64 - 8 * n as u32;
    Ok(((v << shift) as i64) >> shift)
}

fn strip_nul(raw: &[u8]) -> &[u8] {
    match raw.iter().position(|&b| b == 0) {
        Some(p) => &raw[..p],
        None => raw,
    }
}

fn arr<const N: usize>(raw: &[u8], at: usize) -> Option<[u8; N]> {
    let s = raw.get(at..at + N)?;
    let mut a = [0u8; N];
    a.copy_from_slice(s);
    Some(a)
}

fn port(raw: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(arr::<2>(raw, at)?))
}

impl<'a> ParamValue<'a> {
    /// Decodes `raw` as described by `info`.
    pub fn decode(info: &'static ParamInfo, raw: &'a [u8]) -> Result<Self, ParamError> {
        use ParamType as T;
        if raw.is_empty() {
            return Ok(ParamValue::Empty);
        }
        Ok(match info.ty {
            T::Int8
            | T::Int16
            | T::Int32
            | T::Int64
            | T::Errno
            | T::Fd
            | T::Pid
            | T::Fd32
            | T::Pid32 => {
                let n = info.ty.fixed_size().unwrap_or(8);
                ParamValue::Signed(sint(raw, n)?)
            }
            T::Bool => ParamValue::Bool(int(raw, 4)? != 0),
            T::Double => ParamValue::Double(f64::from_bits(int(raw, 8)?)),
            T::Ipv4Addr => ParamValue::Ipv4(arr(raw, 0).filter(|_| raw.len() == 4).ok_or(
                ParamError::Size {
                    expected: 4,
                    found: raw.len(),
                },
            )?),
            T::Ipv6Addr => ParamValue::Ipv6(arr(raw, 0).filter(|_| raw.len() == 16).ok_or(
                ParamError::Size {
                    expected: 16,
                    found: raw.len(),
                },
            )?),
            T::CharBuf | T::FsPath | T::FsRelPath => ParamValue::Str(strip_nul(raw)),
            T::ByteBuf | T::CharBufArray | T::CharBufPairArray => ParamValue::Bytes(raw),
            T::SockAddr => ParamValue::SockAddr(decode_sockaddr(raw)?),
            T::SockTuple => ParamValue::SockTuple(decode_socktuple(raw)?),
            T::FdList => {
                let count = port(raw, 0).ok_or(ParamError::Truncated {
                    what: "fd list",
                    found: raw.len(),
                })?;
                if raw.len() < 2 + count as usize * 10 {
                    return Err(ParamError::Truncated {
                        what: "fd list",
                        found: raw.len(),
                    });
                }
                ParamValue::FdList(FdList { raw, count })
            }
            T::Dyn => {
                let idx = raw[0];
                let ParamExtra::Dynamic(table) = info.extra else {
                    return Ok(ParamValue::Bytes(raw));
                };
                let chosen = table.get(idx as usize).ok_or(ParamError::DynIndex(idx))?;
                ParamValue::Dyn(chosen, &raw[1..])
            }
            T::Ipv4Net | T::Ipv6Net | T::IpAddr | T::IpNet => match raw.len() {
                4 => ParamValue::Ipv4(arr(raw, 0).unwrap_or_default()),
                16 => ParamValue::Ipv6(arr(raw, 0).unwrap_or_default()),
                _ => ParamValue::Bytes(raw),
            },
            T::None => ParamValue::Bytes(raw),
            other => {
                let n = other.fixed_size().unwrap_or(raw.len().min(8));
                ParamValue::Unsigned(int(raw, n)?)
            }
        })
    }

    /// The value as a signed integer, if it is a number.
    pub fn as_i64(&self) -> Option<i64> {
        match *self {
            ParamValue::Signed(v) => Some(v),
            ParamValue::Unsigned(v) => Some(v as i64),
            ParamValue::Bool(b) => Some(b as i64),
            _ => None,
        }
    }

    /// The value as an unsigned integer, if it is a number.
    pub fn as_u64(&self) -> Option<u64> {
        match *self {
            ParamValue::Signed(v) => Some(v as u64),
            ParamValue::Unsigned(v) => Some(v),
            ParamValue::Bool(b) => Some(b as u64),
            _ => None,
        }
    }

    /// The value as a byte string, if it is a string or buffer.
    pub fn as_bytes(&self) -> Option<&'a [u8]> {
        match *self {
            ParamValue::Str(s) | ParamValue::Bytes(s) => Some(s),
            _ => None,
        }
    }
}

fn decode_sockaddr(raw: &[u8]) -> Result<SockAddr<'_>, ParamError> {
    let fam = raw[0];
    let trunc = || ParamError::Truncated {
        what: "sockaddr",
        found: raw.len(),
    };
    Ok(match fam {
        family::INET => SockAddr::Inet {
            addr: arr(raw, 1).ok_or_else(trunc)?,
            port: port(raw, 5).ok_or_else(trunc)?,
        },
        family::INET6 => SockAddr::Inet6 {
            addr: arr(raw, 1).ok_or_else(trunc)?,
            port: port(raw, 17).ok_or_else(trunc)?,
        },
        family::UNIX => SockAddr::Unix(strip_unix_path(&raw[1..])),
        _ => SockAddr::Other {
            family: fam,
            data: &raw[1..],
        },
    })
}

fn decode_socktuple(raw: &[u8]) -> Result<SockTuple<'_>, ParamError> {
    let fam = raw[0];
    let trunc = || ParamError::Truncated {
        what: "socktuple",
        found: raw.len(),
    };
    Ok(match fam {
        family::INET => SockTuple::Inet {
            saddr: arr(raw, 1).ok_or_else(trunc)?,
            sport: port(raw, 5).ok_or_else(trunc)?,
            daddr: arr(raw, 7).ok_or_else(trunc)?,
            dport: port(raw, 11).ok_or_else(trunc)?,
        },
        family::INET6 => SockTuple::Inet6 {
            saddr: arr(raw, 1).ok_or_else(trunc)?,
            sport: port(raw, 17).ok_or_else(trunc)?,
            daddr: arr(raw, 19).ok_or_else(trunc)?,
            dport: port(raw, 35).ok_or_else(trunc)?,
        },
        family::UNIX => {
            let source = u64::from_le_bytes(arr(raw, 1).ok_or_else(trunc)?);
            let dest = u64::from_le_bytes(arr(raw, 9).ok_or_else(trunc)?);
            SockTuple::Unix {
                source,
                dest,
                path: strip_unix_path(&raw[17..]),
            }
        }
        _ => SockTuple::Other {
            family: fam,
            data: &raw[1..],
        },
    })
}

/// A unix path keeps a leading NUL (abstract socket) but stops at the first NUL after it.
fn strip_unix_path(p: &[u8]) -> &[u8] {
    if p.first() == Some(&0) {
        let rest = &p[1..];
        let end = rest.iter().position(|&b| b == 0).map_or(p.len(), |e| e + 1);
        &p[..end]
    } else {
        strip_nul(p)
    }
}
