//! The machine's interface addresses, to fill in the source of a datagram sent from an unbound
//! socket (`0.0.0.0` / `::`), as libsinsp's network interface table does.

use scap_format::metadata::InterfaceList;

/// Interface addresses (IPv4 as `a.b.c.d` bytes).
#[derive(Debug, Default, Clone)]
pub struct Interfaces {
    v4: Vec<([u8; 4], [u8; 4])>,
    v6: Vec<([u8; 16], [u8; 16])>,
}

fn masked<const N: usize>(a: [u8; N], m: [u8; N]) -> [u8; N] {
    let mut r = [0u8; N];
    for i in 0..N {
        r[i] = a[i] & m[i];
    }
    r
}

impl Interfaces {
    /// From a capture's (or the live scan's) interface list.
    pub fn from_list(l: &InterfaceList) -> Self {
        Interfaces {
            v4: l
                .v4
                .iter()
                .map(|i| (i.addr.to_le_bytes(), i.netmask.to_le_bytes()))
                .collect(),
            v6: l.v6.iter().map(|i| (i.addr, i.netmask)).collect(),
        }
    }

    /// The address a packet to `dst` leaves from: the interface on `dst`'s subnet, else the
    /// first one that is not loopback, else `0.0.0.0`.
    pub fn v4_source(&self, dst: [u8; 4]) -> [u8; 4] {
        self.v4
            .iter()
            .find(|(a, m)| masked(*a, *m) == masked(dst, *m))
            .or_else(|| self.v4.iter().find(|(a, _)| a[0] != 127))
            .map_or([0; 4], |(a, _)| *a)
    }

    /// [`Self::v4_source`] for IPv6.
    pub fn v6_source(&self, dst: [u8; 16]) -> [u8; 16] {
        let loopback = std::net::Ipv6Addr::LOCALHOST.octets();
        self.v6
            .iter()
            .find(|(a, m)| masked(*a, *m) == masked(dst, *m))
            .or_else(|| self.v6.iter().find(|(a, _)| *a != loopback))
            .map_or([0; 16], |(a, _)| *a)
    }

    /// Whether `a` is the address of one of the machine's interfaces (host interfaces only:
    /// container addresses are not known here).
    pub fn is_local_v4(&self, a: [u8; 4]) -> bool {
        self.v4.iter().any(|(x, _)| *x == a)
    }

    /// [`Self::is_local_v4`] for IPv6.
    pub fn is_local_v6(&self, a: [u8; 16]) -> bool {
        self.v6.iter().any(|(x, _)| *x == a)
    }
}
