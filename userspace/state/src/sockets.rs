//! Socket events: what `socket`, `connect`, `accept`, `bind` and datagram sends do to a
//! process's fds, and the names sysdig gives sockets.

use scap_format::display::{self, NoFdNames};
use scap_format::metadata::FdType;
use scap_format::param::{SockAddr, SockTuple};
use scap_format::{EventRef, ParamValue};

use crate::fd::{Fd, Net, Role, l4};
use crate::parse::{pi, pu, pval};
use crate::table::State;

/// `-EINPROGRESS`.
const EINPROGRESS: i64 = -115;

/// Renders parameter `name` as sysdig prints it without state (a tuple or address).
fn render(ev: &EventRef<'_>, name: &str) -> Vec<u8> {
    let mut s = String::new();
    if let Some(i) = ev.param_index(name) {
        display::write_param(ev, i, &NoFdNames, &mut s);
    }
    s.into_bytes()
}

fn v4_mapped(a: &[u8; 16]) -> Option<[u8; 4]> {
    (a[..10].iter().all(|&b| b == 0) && a[10] == 0xff && a[11] == 0xff)
        .then(|| [a[12], a[13], a[14], a[15]])
}

impl State {
    pub(crate) fn socket_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        let Some(num) = pi(ev, "fd") else { return };
        if num < 0 {
            return;
        }
        let domain = pu(ev, "domain").unwrap_or(0);
        let stype = pu(ev, "type").unwrap_or(0) & 0xf;
        let proto = pu(ev, "proto").unwrap_or(0);
        let l4p = match (stype, proto) {
            (1, _) => l4::TCP,
            (2, _) => l4::UDP,
            (3, 1) | (3, 58) => l4::ICMP,
            (3, _) => l4::RAW,
            _ => l4::UNKNOWN,
        };
        let mut fd = match domain {
            2 => Fd::new(FdType::Ipv4Sock, b""),
            10 => Fd::new(FdType::Ipv6Sock, b""),
            1 => Fd::new(FdType::UnixSock, b""),
            16 => Fd::new(FdType::Netlink, b""),
            _ => Fd::new(FdType::Unknown(0), b""),
        };
        fd.sock_l4 = l4p;
        self.new_fd(tid, num, fd);
    }

    /// Sets a socket's addresses and name from the tuple parameter.
    fn set_tuple(&mut self, ev: &EventRef<'_>, tid: i64, num: i64, role: Role, create: bool) {
        let Some(ParamValue::SockTuple(t)) = pval(ev, "tuple") else {
            return;
        };
        let Some(pid) = self.pid_of(tid) else { return };
        // Rendered into a pooled buffer: connect/accept cycles allocate nothing once warm.
        let mut s = String::from_utf8(self.take_buf()).unwrap_or_default();
        if let Some(i) = ev.param_index("tuple") {
            display::write_param(ev, i, &NoFdNames, &mut s);
        }
        let name = s.into_bytes();
        let Some(p) = self.procs.get_mut(&pid) else {
            return;
        };
        if !p.fds.contains_key(&num) {
            if !create {
                return;
            }
            self.add_fd(pid, num, Fd::new(FdType::Unknown(0), b""));
        }
        let Some(fd) = self.procs.get_mut(&pid).and_then(|p| p.fds.get_mut(&num)) else {
            return;
        };
        let old_l4 = fd
            .l4()
            .filter(|&l| l != l4::UNKNOWN)
            .or(Some(fd.sock_l4).filter(|&l| l != l4::UNKNOWN))
            .unwrap_or(l4::TCP);
        match t {
            SockTuple::Inet {
                saddr,
                sport,
                daddr,
                dport,
            } => {
                fd.ty = FdType::Ipv4Sock;
                fd.net = Net::V4 {
                    sip: saddr,
                    sport,
                    dip: daddr,
                    dport,
                    l4: old_l4,
                };
            }
            SockTuple::Inet6 {
                saddr,
                sport,
                daddr,
                dport,
            } => match (v4_mapped(&saddr), v4_mapped(&daddr)) {
                (Some(s), Some(d)) => {
                    fd.ty = FdType::Ipv4Sock;
                    fd.net = Net::V4 {
                        sip: s,
                        sport,
                        dip: d,
                        dport,
                        l4: old_l4,
                    };
                }
                _ => {
                    fd.ty = FdType::Ipv6Sock;
                    fd.net = Net::V6 {
                        sip: saddr,
                        sport,
                        dip: daddr,
                        dport,
                        l4: old_l4,
                    };
                }
            },
            SockTuple::Unix { .. } => {
                fd.ty = FdType::UnixSock;
                fd.net = Net::None;
            }
            SockTuple::Other { .. } => return,
        }
        fd.role = role;
        fd.connected = true;
        if fd.name != name {
            let old = std::mem::replace(&mut fd.name, name);
            crate::table::give_back(&mut self.bufs, old);
            self.name_changed = true;
        } else {
            crate::table::give_back(&mut self.bufs, name);
        }
    }

    /// A datagram sent with an address names an unconnected (or UDP) socket after it, the
    /// unspecified source address replaced by the interface address that reaches the
    /// destination, as libsinsp does.
    pub(crate) fn sendto_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        if pi(ev, "res").is_none_or(|r| r < 0) {
            return;
        }
        let Some(num) = pi(ev, "fd") else { return };
        let Some(ParamValue::SockTuple(t)) = pval(ev, "tuple") else {
            return;
        };
        let Some(pid) = self.pid_of(tid) else { return };
        if num >= 0
            && !self
                .procs
                .get(&pid)
                .is_some_and(|p| p.fds.contains_key(&num))
        {
            // An fd opened before the capture and absent from its fd lists: libsinsp makes a
            // datagram socket of it from the tuple.
            let ty = match t {
                SockTuple::Inet { .. } => FdType::Ipv4Sock,
                SockTuple::Inet6 { .. } => FdType::Ipv6Sock,
                _ => return,
            };
            let mut fd = Fd::new(ty, b"");
            fd.sock_l4 = l4::UDP;
            self.new_fd(tid, num, fd);
        }
        let Some(fd) = self.procs.get_mut(&pid).and_then(|p| p.fds.get_mut(&num)) else {
            return;
        };
        let udp = fd.l4() == Some(l4::UDP) || fd.sock_l4 == l4::UDP;
        if !(fd.role == Role::None || udp) {
            return;
        }
        let l4p = if udp { l4::UDP } else { fd.sock_l4 };
        match t {
            SockTuple::Inet {
                mut saddr,
                sport,
                daddr,
                dport,
            } if fd.ty == FdType::Ipv4Sock => {
                if saddr == [0; 4] {
                    saddr = self.ifaces.v4_source(daddr);
                }
                fd.net = Net::V4 {
                    sip: saddr,
                    sport,
                    dip: daddr,
                    dport,
                    l4: l4p,
                };
                let old = std::mem::take(&mut fd.name);
                fd.name = fd.net.connection_name().unwrap_or_default();
                self.name_changed = old != fd.name;
            }
            SockTuple::Inet6 {
                mut saddr,
                sport,
                daddr,
                dport,
            } if fd.ty == FdType::Ipv6Sock => {
                if saddr == [0; 16] {
                    saddr = self.ifaces.v6_source(daddr);
                }
                fd.net = Net::V6 {
                    sip: saddr,
                    sport,
                    dip: daddr,
                    dport,
                    l4: l4p,
                };
                let old = std::mem::take(&mut fd.name);
                fd.name = fd.net.connection_name().unwrap_or_default();
                self.name_changed = old != fd.name;
            }
            _ => return,
        }
        fd.role = Role::Client;
        fd.connected = true;
    }

    pub(crate) fn connect_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        let res = pi(ev, "res").unwrap_or(-1);
        if res < 0 && res != EINPROGRESS {
            return;
        }
        let Some(num) = pi(ev, "fd") else { return };
        self.set_tuple(ev, tid, num, Role::Client, false);
    }

    pub(crate) fn accept_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        let Some(num) = pi(ev, "fd") else { return };
        if num < 0 || !self.threads.contains_key(&tid) {
            return;
        }
        self.new_fd(tid, num, Fd::new(FdType::Unknown(0), b""));
        self.set_tuple(ev, tid, num, Role::Server, true);
    }

    pub(crate) fn bind_exit(&mut self, ev: &EventRef<'_>, tid: i64) {
        if pi(ev, "res") != Some(0) {
            return;
        }
        let Some(num) = pi(ev, "fd") else { return };
        let Some(pid) = self.pid_of(tid) else { return };
        let addr = pval(ev, "addr");
        let name = render(ev, "addr");
        let Some(fd) = self.procs.get_mut(&pid).and_then(|p| p.fds.get_mut(&num)) else {
            return;
        };
        let l4p = fd.l4().unwrap_or(fd.sock_l4);
        match addr {
            // The fd keeps its type (sysdig still prints `4`/`6`); it gets the local address.
            // Port 0 (the kernel picks one): only the name changes.
            Some(ParamValue::SockAddr(SockAddr::Inet { port: 0, .. }))
            | Some(ParamValue::SockAddr(SockAddr::Inet6 { port: 0, .. })) => {}
            Some(ParamValue::SockAddr(SockAddr::Inet { addr, port })) => {
                fd.net = Net::V4Server {
                    ip: addr,
                    port,
                    l4: l4p,
                };
            }
            Some(ParamValue::SockAddr(SockAddr::Inet6 { addr, port })) => {
                fd.net = Net::V6Server {
                    ip: addr,
                    port,
                    l4: l4p,
                };
            }
            Some(ParamValue::SockAddr(SockAddr::Unix(_))) => {}
            _ => return,
        }
        fd.name = name;
    }
}
