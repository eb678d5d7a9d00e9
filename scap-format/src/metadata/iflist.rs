//! Interface list block (`IL` version 1, `IL_V2`): the machine's network interface addresses.
//!
//! Each entry: (V2 only: `u32 len`, the size of the rest of the entry, *not* counting itself)
//! `u16 type; u16 ifnamelen;` then by type:
//!
//! | type | fields |
//! |---|---|
//! | 1 IPV4 | `u32 addr, netmask, bcast; u64 linkspeed; name` |
//! | 2 IPV6 | `16B addr, netmask, bcast; u64 linkspeed; name` |
//! | 3 IPV4_NOLINKSPEED (old) | `u32 addr, netmask, bcast; name` (linkspeed 0) |
//! | 4 IPV6_NOLINKSPEED (old) | `16B addr, netmask, bcast; name` (linkspeed 0) |
//!
//! The name is `ifnamelen` bytes without a NUL, below 1024 bytes. Any other type is an error
//! (libscap fails on it too). In V2 an entry longer than its fields is skipped to its length, a
//! length of 0 means "just the fields", a shorter nonzero one is an error. Parsing stops when
//! fewer than 4 bytes of the body are left (padding).

use super::{Ctx, Cursor, MAX_PATH_SIZE, MetaError};

/// Longest interface name libscap reads (its buffer keeps a NUL).
const MAX_NAME: usize = MAX_PATH_SIZE - 1;

const TYPE_IPV4: u16 = 1;
const TYPE_IPV6: u16 = 2;
const TYPE_IPV4_NOLINKSPEED: u16 = 3;
const TYPE_IPV6_NOLINKSPEED: u16 = 4;

/// An IPv4 address of an interface. Addresses are the stored `u32`s (network-order bytes read
/// as a little-endian integer: `u32::to_le_bytes` gives `a.b.c.d`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ipv4Interface {
    /// Interface name, e.g. `eth0`.
    pub ifname: Vec<u8>,
    /// Address.
    pub addr: u32,
    /// Netmask.
    pub netmask: u32,
    /// Broadcast address.
    pub bcast: u32,
    /// Link speed (0 when unknown or absent from an old entry).
    pub linkspeed: u64,
}

/// An IPv6 address of an interface (addresses as the 16 stored bytes).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ipv6Interface {
    /// Interface name.
    pub ifname: Vec<u8>,
    /// Address.
    pub addr: [u8; 16],
    /// Netmask.
    pub netmask: [u8; 16],
    /// Broadcast address.
    pub bcast: [u8; 16],
    /// Link speed (0 when unknown or absent from an old entry).
    pub linkspeed: u64,
}

/// The interface addresses of one or more interface list blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct InterfaceList {
    /// IPv4 addresses, in block order.
    pub v4: Vec<Ipv4Interface>,
    /// IPv6 addresses, in block order.
    pub v6: Vec<Ipv6Interface>,
}

impl InterfaceList {
    /// Appends the addresses of another list.
    pub fn extend(&mut self, other: InterfaceList) {
        self.v4.extend(other.v4);
        self.v6.extend(other.v6);
    }

    /// Whether the list has no address.
    pub fn is_empty(&self) -> bool {
        self.v4.is_empty() && self.v6.is_empty()
    }
}

/// Parses an interface list block body of the given version (1 or 2).
pub fn parse(version: u8, body: &[u8]) -> Result<InterfaceList, MetaError> {
    if !(1..=2).contains(&version) {
        return Err(MetaError::UnsupportedVersion {
            list: "interface list",
            version,
        });
    }
    let mut c = Cursor::new(body);
    let mut out = InterfaceList::default();
    let mut index = 0;
    while c.remaining_in_block() >= 4 {
        parse_entry(
            version,
            &mut c,
            &Ctx::entry("interface list", index),
            &mut out,
        )?;
        index += 1;
    }
    Ok(out)
}

fn parse_entry(
    version: u8,
    c: &mut Cursor<'_>,
    ctx: &Ctx<'_>,
    out: &mut InterfaceList,
) -> Result<(), MetaError> {
    let start = c.pos();
    if version >= 2 {
        let len = c.u32(ctx, "entry length")?;
        if len != 0 {
            c.enter_entry(ctx, start, (len as usize).saturating_add(4))?;
        }
    }
    let type_at = c.pos();
    let ty = c.u16(ctx, "type")?;
    let namelen = c.u16(ctx, "ifnamelen")? as usize;
    match ty {
        TYPE_IPV4 | TYPE_IPV4_NOLINKSPEED => {
            let addr = c.u32(ctx, "addr")?;
            let netmask = c.u32(ctx, "netmask")?;
            let bcast = c.u32(ctx, "bcast")?;
            let linkspeed = if ty == TYPE_IPV4 {
                c.u64(ctx, "linkspeed")?
            } else {
                0
            };
            let ifname = c.string_of_len(namelen, MAX_NAME, ctx, "ifname")?;
            out.v4.push(Ipv4Interface {
                ifname,
                addr,
                netmask,
                bcast,
                linkspeed,
            });
        }
        TYPE_IPV6 | TYPE_IPV6_NOLINKSPEED => {
            let addr = c.array(ctx, "addr")?;
            let netmask = c.array(ctx, "netmask")?;
            let bcast = c.array(ctx, "bcast")?;
            let linkspeed = if ty == TYPE_IPV6 {
                c.u64(ctx, "linkspeed")?
            } else {
                0
            };
            let ifname = c.string_of_len(namelen, MAX_NAME, ctx, "ifname")?;
            out.v6.push(Ipv6Interface {
                ifname,
                addr,
                netmask,
                bcast,
                linkspeed,
            });
        }
        _ => {
            return Err(MetaError::UnknownInterfaceType {
                entry: ctx.to_string(),
                offset: type_at,
                ty,
            });
        }
    }
    c.leave_entry();
    Ok(())
}

fn name(n: &[u8]) -> &[u8] {
    &n[..n.len().min(MAX_NAME)]
}

/// Appends an IL_V2 body: every IPv4 address, then every IPv6 one (no padding: the block
/// writer adds it). Names are cut to 1023 bytes (libscap's limit).
pub fn write_body(list: &InterfaceList, out: &mut Vec<u8>) {
    for i in &list.v4 {
        let n = name(&i.ifname);
        let len = 2 + 2 + 4 * 3 + 8 + n.len();
        out.extend_from_slice(&(len as u32).to_le_bytes());
        out.extend_from_slice(&TYPE_IPV4.to_le_bytes());
        out.extend_from_slice(&(n.len() as u16).to_le_bytes());
        out.extend_from_slice(&i.addr.to_le_bytes());
        out.extend_from_slice(&i.netmask.to_le_bytes());
        out.extend_from_slice(&i.bcast.to_le_bytes());
        out.extend_from_slice(&i.linkspeed.to_le_bytes());
        out.extend_from_slice(n);
    }
    for i in &list.v6 {
        let n = name(&i.ifname);
        let len = 2 + 2 + 16 * 3 + 8 + n.len();
        out.extend_from_slice(&(len as u32).to_le_bytes());
        out.extend_from_slice(&TYPE_IPV6.to_le_bytes());
        out.extend_from_slice(&(n.len() as u16).to_le_bytes());
        out.extend_from_slice(&i.addr);
        out.extend_from_slice(&i.netmask);
        out.extend_from_slice(&i.bcast);
        out.extend_from_slice(&i.linkspeed.to_le_bytes());
        out.extend_from_slice(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> InterfaceList {
        InterfaceList {
            v4: vec![
                Ipv4Interface {
                    ifname: b"lo".to_vec(),
                    addr: 0x0100_007f,
                    netmask: 0x0000_00ff,
                    bcast: 0x0100_007f,
                    linkspeed: 0,
                },
                Ipv4Interface {
                    ifname: b"eth0".to_vec(),
                    addr: 0x0f02_000a,
                    netmask: 0x00ff_ffff,
                    bcast: 0xff02_000a,
                    linkspeed: 1000,
                },
            ],
            v6: vec![Ipv6Interface {
                ifname: b"lo".to_vec(),
                addr: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
                netmask: [0xff; 16],
                bcast: [0; 16],
                linkspeed: 7,
            }],
        }
    }

    #[test]
    fn round_trip_v2() {
        let l = sample();
        let mut body = Vec::new();
        write_body(&l, &mut body);
        assert_eq!(body.len(), (4 + 24 + 2) + (4 + 24 + 4) + (4 + 60 + 2));
        assert_eq!(parse(2, &body).expect("parse"), l);
        body.extend_from_slice(&[0; 3]);
        assert_eq!(parse(2, &body).expect("padded"), l);
        assert_eq!(parse(2, &[]).expect("empty"), InterfaceList::default());
    }

    /// The V1 form of a V2 body (drops the length fields), optionally without linkspeed.
    fn to_v1(l: &InterfaceList, nolinkspeed: bool) -> Vec<u8> {
        let mut out = Vec::new();
        for i in &l.v4 {
            let ty = if nolinkspeed {
                TYPE_IPV4_NOLINKSPEED
            } else {
                TYPE_IPV4
            };
            out.extend_from_slice(&ty.to_le_bytes());
            out.extend_from_slice(&(i.ifname.len() as u16).to_le_bytes());
            out.extend_from_slice(&i.addr.to_le_bytes());
            out.extend_from_slice(&i.netmask.to_le_bytes());
            out.extend_from_slice(&i.bcast.to_le_bytes());
            if !nolinkspeed {
                out.extend_from_slice(&i.linkspeed.to_le_bytes());
            }
            out.extend_from_slice(&i.ifname);
        }
        for i in &l.v6 {
            let ty = if nolinkspeed {
                TYPE_IPV6_NOLINKSPEED
            } else {
                TYPE_IPV6
            };
            out.extend_from_slice(&ty.to_le_bytes());
            out.extend_from_slice(&(i.ifname.len() as u16).to_le_bytes());
            out.extend_from_slice(&i.addr);
            out.extend_from_slice(&i.netmask);
            out.extend_from_slice(&i.bcast);
            if !nolinkspeed {
                out.extend_from_slice(&i.linkspeed.to_le_bytes());
            }
            out.extend_from_slice(&i.ifname);
        }
        out
    }

    #[test]
    fn v1_and_nolinkspeed() {
        let l = sample();
        assert_eq!(parse(1, &to_v1(&l, false)).expect("v1"), l);
        let got = parse(1, &to_v1(&l, true)).expect("v1 nolinkspeed");
        let mut want = l.clone();
        want.v4.iter_mut().for_each(|i| i.linkspeed = 0);
        want.v6.iter_mut().for_each(|i| i.linkspeed = 0);
        assert_eq!(got, want);
    }

    #[test]
    fn v2_length_tolerance() {
        let l = InterfaceList {
            v6: vec![],
            ..sample()
        };
        let mut body = Vec::new();
        write_body(&l, &mut body);
        // First entry: 5 extra bytes a newer writer added.
        let first_len = u32::from_le_bytes(body[..4].try_into().expect("4")) as usize;
        let mut longer = ((first_len + 5) as u32).to_le_bytes().to_vec();
        longer.extend_from_slice(&body[4..4 + first_len]);
        longer.extend_from_slice(&[0xAB; 5]);
        longer.extend_from_slice(&body[4 + first_len..]);
        assert_eq!(parse(2, &longer).expect("longer"), l);
        // Length 0: just the fields.
        let mut zero = body.clone();
        zero[..4].copy_from_slice(&0u32.to_le_bytes());
        assert_eq!(parse(2, &zero).expect("zero"), l);
        // Shorter than the fields.
        let mut short = body.clone();
        short[..4].copy_from_slice(&10u32.to_le_bytes());
        assert!(parse(2, &short).is_err());
    }

    #[test]
    fn unknown_type_and_long_name() {
        let mut b = Vec::new();
        b.extend_from_slice(&9u16.to_le_bytes());
        b.extend_from_slice(&0u16.to_le_bytes());
        let e = parse(1, &b).expect_err("unknown type");
        assert_eq!(
            e.to_string(),
            "interface list entry 0: unknown interface type 9 at body offset 0"
        );
        let l = InterfaceList {
            v4: vec![Ipv4Interface {
                ifname: vec![b'n'; 2000],
                ..Default::default()
            }],
            v6: vec![],
        };
        let mut body = Vec::new();
        write_body(&l, &mut body);
        assert_eq!(parse(2, &body).expect("cut").v4[0].ifname.len(), 1023);
        let mut v1 = to_v1(
            &InterfaceList {
                v4: vec![Ipv4Interface::default()],
                v6: vec![],
            },
            false,
        );
        v1[2..4].copy_from_slice(&1024u16.to_le_bytes());
        v1.extend_from_slice(&[b'x'; 1024]);
        assert!(matches!(
            parse(1, &v1),
            Err(MetaError::StringTooLong { len: 1024, .. })
        ));
    }

    #[test]
    fn truncated_bodies_fail_without_panic() {
        let one = InterfaceList {
            v4: vec![],
            v6: vec![sample().v6[0].clone()],
        };
        for v in 1..=2u8 {
            let body = if v == 2 {
                let mut b = Vec::new();
                write_body(&one, &mut b);
                b
            } else {
                to_v1(&one, false)
            };
            for n in 0..body.len() {
                let r = parse(v, &body[..n]);
                if n < 4 {
                    assert_eq!(r, Ok(InterfaceList::default()));
                } else {
                    assert!(r.is_err(), "v{v} len {n}: {r:?}");
                }
            }
        }
        assert!(matches!(
            parse(0, &[]),
            Err(MetaError::UnsupportedVersion { .. })
        ));
    }

    prop_compose! {
        fn arb_list()(
            v4 in proptest::collection::vec(
                (proptest::collection::vec(any::<u8>(), 0..20),
                 any::<(u32, u32, u32, u64)>()), 0..4),
            v6 in proptest::collection::vec(
                (proptest::collection::vec(any::<u8>(), 0..20),
                 any::<([u8; 16], [u8; 16], [u8; 16], u64)>()), 0..4),
        ) -> InterfaceList {
            InterfaceList {
                v4: v4.into_iter().map(|(ifname, (addr, netmask, bcast, linkspeed))| {
                    Ipv4Interface { ifname, addr, netmask, bcast, linkspeed }
                }).collect(),
                v6: v6.into_iter().map(|(ifname, (addr, netmask, bcast, linkspeed))| {
                    Ipv6Interface { ifname, addr, netmask, bcast, linkspeed }
                }).collect(),
            }
        }
    }

    proptest! {
        #[test]
        fn prop_round_trip(l in arb_list()) {
            let mut body = Vec::new();
            write_body(&l, &mut body);
            prop_assert_eq!(parse(2, &body).expect("parse"), l.clone());
            prop_assert_eq!(parse(1, &to_v1(&l, false)).expect("v1"), l);
        }

        #[test]
        fn prop_no_panic(v in 0u8..=3, body in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = parse(v, &body);
        }
    }
}
