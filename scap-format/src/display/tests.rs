//! Unit tests of parameter rendering, one or more per parameter type, on hand-built events.
//! Expected strings are copied from sysdig 0.41.4 output where the golden files have one.

use super::*;
use crate::event::EventBuilder;

fn build(ty: u16, params: &[&[u8]]) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut b = EventBuilder::new(&mut buf, 1_000, 42, ty, params.len());
    for p in params {
        b.push(p);
    }
    b.finish();
    buf
}

fn args_with(ty: u16, params: &[&[u8]], fds: &dyn FdNames) -> String {
    let buf = build(ty, params);
    let ev = EventRef::parse(&buf).expect("valid event");
    let mut s = String::new();
    write_args(&ev, fds, &mut s);
    s
}

fn args(ty: u16, params: &[&[u8]]) -> String {
    args_with(ty, params, &NoFdNames)
}

fn i64b(v: i64) -> [u8; 8] {
    v.to_le_bytes()
}
fn u64b(v: u64) -> [u8; 8] {
    v.to_le_bytes()
}
fn u32b(v: u32) -> [u8; 4] {
    v.to_le_bytes()
}
fn u16b(v: u16) -> [u8; 2] {
    v.to_le_bytes()
}

/// A resolver with a little state, like the state engine will provide.
struct State {
    thread: bool,
}

impl FdNames for State {
    fn fd_name(&self, fd: i64) -> Option<FdDesc<'_>> {
        match fd {
            3 => Some(FdDesc {
                typechar: b'f',
                l4proto: None,
                name: b"/etc/ld.so.cache",
            }),
            4 => Some(FdDesc {
                typechar: b'4',
                l4proto: Some(b't'),
                name: b"127.0.0.1:57436->127.0.0.1:9",
            }),
            5 => Some(FdDesc {
                typechar: b'u',
                l4proto: None,
                name: b"",
            }),
            6 => Some(FdDesc {
                typechar: b'f',
                l4proto: None,
                name: b"/tmp/a\x1b[31mb\n",
            }),
            _ => None,
        }
    }
    fn has_thread(&self) -> bool {
        self.thread
    }
    fn comm(&self, pid: i64) -> Option<&[u8]> {
        match pid {
            135 => Some(b"bash"),
            7 => Some(b"ev\x1bil"),
            _ => None,
        }
    }
    fn user_name(&self, uid: u32) -> Option<&[u8]> {
        (uid == 0).then_some(b"root".as_slice())
    }
    fn group_name(&self, gid: u32) -> Option<&[u8]> {
        (gid == 0).then_some(b"root".as_slice())
    }
    fn resolve_path(&self, dirfd: Option<i64>, path: &[u8], out: &mut String) -> bool {
        out.push_str(if dirfd.is_some() { "/dir/" } else { "/cwd/" });
        out.push_str(core::str::from_utf8(path).unwrap_or("?"));
        true
    }
}

const STATE: State = State { thread: true };

#[test]
fn open_exit_without_state() {
    let s = args(
        code::SYSCALL_OPEN_X,
        &[
            &i64b(3),
            b"/etc/ld.so.cache\0",
            &u32b(4097),
            &u32b(0),
            b"",
            b"",
        ],
    );
    assert_eq!(
        s,
        "fd=3 name=/etc/ld.so.cache flags=4097(O_RDONLY|O_CLOEXEC) mode=0 dev=<NA> ino=<NA>"
    );
}

#[test]
fn fd_with_state() {
    let s = args_with(
        code::SYSCALL_OPEN_X,
        &[
            &i64b(3),
            b"/etc/ld.so.cache\0",
            &u32b(4097),
            &u32b(0o644),
            &u32b(0x18),
            &u64b(7),
        ],
        &STATE,
    );
    assert_eq!(
        s,
        "fd=3(<f>/etc/ld.so.cache) name=/etc/ld.so.cache flags=4097(O_RDONLY|O_CLOEXEC) \
         mode=0644 dev=18 ino=7"
    );
    let s = args_with(
        code::SYSCALL_DUP2_X,
        &[&i64b(4), &i64b(5), &i64b(6)],
        &STATE,
    );
    assert_eq!(
        s,
        "res=4(<4t>127.0.0.1:57436->127.0.0.1:9) oldfd=5(<u>) newfd=6(<f>/tmp/a[31mb)"
    );
    // Unknown fd: just the number.
    let s = args_with(
        code::SYSCALL_DUP2_X,
        &[&i64b(9), &i64b(-100), &i64b(-9)],
        &STATE,
    );
    assert_eq!(s, "res=9 oldfd=-100(AT_FDCWD) newfd=-9(EBADF)");
    // No thread: no annotation at all, as libsinsp.
    let s = args_with(
        code::SYSCALL_DUP2_X,
        &[&i64b(3), &i64b(-100), &i64b(-9)],
        &State { thread: false },
    );
    assert_eq!(s, "res=3 oldfd=-100 newfd=-9");
}

#[test]
fn errno_values() {
    let s = args(code::SYSCALL_NANOSLEEP_X, &[&i64b(-2), &u64b(0)]);
    assert_eq!(s, "res=-2(ENOENT) interval=0(0s)");
    let s = args(
        code::SYSCALL_NANOSLEEP_X,
        &[&i64b(-115), &u64b(1_500_000_000)],
    );
    assert_eq!(s, "res=-115(EINPROGRESS) interval=1500000000(1.5s)");
    let s = args(code::SYSCALL_NANOSLEEP_X, &[&i64b(-1000), &u64b(u64::MAX)]);
    assert_eq!(s, "res=-1000 interval=none");
    let s = args(code::SYSCALL_NANOSLEEP_X, &[&i64b(5), &u64b(1)]);
    assert_eq!(s, "res=5 interval=1(1e-09s)");
    // Truncated to 32 bits before the lookup, as libsinsp's errno_to_str((int32_t)v).
    let s = args(
        code::SYSCALL_NANOSLEEP_X,
        &[&i64b(-(1 << 32) - 2), &u64b(0)],
    );
    assert_eq!(s, "res=-4294967298(ENOENT) interval=0(0s)");
    let s = args(
        code::SYSCALL_NANOSLEEP_X,
        &[&i64b(i64::from(i32::MIN)), &u64b(0)],
    );
    assert_eq!(s, "res=-2147483648 interval=0(0s)");
}

#[test]
fn bytebuf_dots_and_truncation() {
    let s = args(
        code::SYSCALL_READ_X,
        &[&i64b(3), b"a\0b\n\x7f\xffc", &i64b(3), &u32b(7)],
    );
    assert_eq!(s, "res=3 data=a.b...c fd=3 size=7");
    let long: Vec<u8> = (0..200u8).map(|i| b'a' + i % 26).collect();
    let s = args(
        code::SYSCALL_READ_X,
        &[&i64b(200), &long, &i64b(3), &u32b(200)],
    );
    let data = s.split(' ').nth(1).expect("data");
    assert_eq!(data.len(), "data=".len() + 80);
    assert!(data.ends_with("..."));
    assert!(data.starts_with("data=abcdefghijklmnopqrstuvwxyzabc"));
    // Exactly 80: not cut.
    let s = args(
        code::SYSCALL_READ_X,
        &[&i64b(80), &long[..80], &i64b(3), &u32b(80)],
    );
    assert!(!s.contains("..."));
    // Full option: no limit.
    let buf = build(
        code::SYSCALL_READ_X,
        &[&i64b(200), &long, &i64b(3), &u32b(200)],
    );
    let ev = EventRef::parse(&buf).expect("valid");
    let mut o = String::new();
    write_args_with(&ev, &NoFdNames, Options::FULL, &mut o);
    assert!(o.len() > 200 && !o.contains("..."));
    // Empty byte buffer prints NULL, empty number <NA>.
    let s = args(code::SYSCALL_READ_X, &[b"", b"", b"", b""]);
    assert_eq!(s, "res=<NA> data=NULL fd=<NA> size=<NA>");
}

#[test]
fn sockaddr_and_tuple_ipv4_unix() {
    let mut tuple = vec![2u8, 127, 0, 0, 1];
    tuple.extend(u16b(57436));
    tuple.extend([127, 0, 0, 1]);
    tuple.extend(u16b(9));
    let mut addr = vec![2u8, 127, 0, 0, 1];
    addr.extend(u16b(9));
    let s = args(
        code::SOCKET_CONNECT_X,
        &[&i64b(-115), &tuple, &i64b(3), &addr],
    );
    assert_eq!(
        s,
        "res=-115(EINPROGRESS) tuple=127.0.0.1:57436->127.0.0.1:9 fd=3 addr=127.0.0.1:9"
    );
    let s = args(
        code::SOCKET_CONNECT_X,
        &[&i64b(-2), b"", &i64b(3), b"\x01/var/run/nscd/socket\0"],
    );
    assert_eq!(
        s,
        "res=-2(ENOENT) tuple=NULL fd=3 addr=/var/run/nscd/socket"
    );
    // Abstract unix socket: libsinsp reads a C string, which is empty.
    let s = args(
        code::SOCKET_BIND_X,
        &[&i64b(0), b"\x01\0abstract", &i64b(3)],
    );
    assert_eq!(s, "res=0 addr= fd=3");
    // Wrong sizes and unknown families.
    let s = args(
        code::SOCKET_CONNECT_X,
        &[&i64b(0), &tuple[..12], &i64b(3), &addr[..6]],
    );
    assert_eq!(s, "res=0 tuple=INVALID IPv4 fd=3 addr=INVALID IPv4");
    let s = args(
        code::SOCKET_CONNECT_X,
        &[&i64b(0), b"\x10abc", &i64b(3), b"\x11"],
    );
    assert_eq!(s, "res=0 tuple=family 16 fd=3 addr=family 17");
    // Unix tuple: kernel pointers in hex, then the path.
    let mut ut = vec![1u8];
    ut.extend(u64b(0xffff_8880_1234_5678));
    ut.extend(u64b(0xffff_8880_0000_0001));
    ut.extend(b"/run/x.sock\0");
    let s = args(
        code::SOCKET_CONNECT_X,
        &[&i64b(0), &ut, &i64b(3), b"\x01/run/x.sock\0"],
    );
    assert_eq!(
        s,
        "res=0 tuple=ffff888012345678->ffff888000000001 /run/x.sock fd=3 addr=/run/x.sock"
    );
    // Truncated unix tuple: missing pointer bytes read as zero, no panic.
    let s = args(
        code::SOCKET_CONNECT_X,
        &[&i64b(0), b"\x01\x01", &i64b(3), b"\x01"],
    );
    assert_eq!(s, "res=0 tuple=1->0  fd=3 addr=");
}

#[test]
fn sockaddr_and_tuple_ipv6() {
    let a = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3];
    let b = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4];
    let mut addr = vec![10u8];
    addr.extend(a);
    addr.extend(u16b(1234));
    let s = args(code::SOCKET_BIND_X, &[&i64b(0), &addr, &i64b(3)]);
    assert_eq!(s, "res=0 addr=2001:db8::3:1234 fd=3");
    let mut t = vec![10u8];
    t.extend(b);
    t.extend(u16b(54405));
    t.extend(a);
    t.extend(u16b(1234));
    let s = args(
        code::SOCKET_ACCEPT_5_X,
        &[&i64b(4), &t, &[0], &u32b(0), &u32b(1)],
    );
    assert_eq!(
        s,
        "fd=4 tuple=2001:db8::4:54405->2001:db8::3:1234 queuepct=0 queuelen=0 queuemax=1"
    );
    // IPv4-mapped on both sides: printed as an IPv4 tuple.
    let m1 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 0, 0, 1];
    let m2 = [0u8; 16];
    let mut t = vec![10u8];
    t.extend(m1);
    t.extend(u16b(80));
    t.extend(m2);
    t.extend(u16b(0));
    let s = args(
        code::SOCKET_ACCEPT_5_X,
        &[&i64b(4), &t, &[0], &u32b(0), &u32b(1)],
    );
    assert_eq!(
        s,
        "fd=4 tuple=10.0.0.1:80->0.0.0.0:0 queuepct=0 queuelen=0 queuemax=1"
    );
    // Mapped in a sockaddr stays IPv6 text.
    let mut addr = vec![10u8];
    addr.extend(m1);
    addr.extend(u16b(80));
    let s = args(code::SOCKET_BIND_X, &[&i64b(0), &addr, &i64b(3)]);
    assert_eq!(s, "res=0 addr=::ffff:10.0.0.1:80 fd=3");
    let s = args(code::SOCKET_BIND_X, &[&i64b(0), &addr[..5], &i64b(3)]);
    assert_eq!(s, "res=0 addr=INVALID IPv6 fd=3");
}

#[test]
fn fdlist() {
    let mut l = u16b(2).to_vec();
    l.extend(i64b(3));
    l.extend(u16b(0x34));
    l.extend(i64b(4));
    l.extend(u16b(0xffff));
    let s = args(code::SYSCALL_POLL_X, &[&i64b(1), &l, &i64b(1000)]);
    assert_eq!(s, "res=1 fds=3:?34 4:?ffffffff timeout=1000");
    let s = args_with(code::SYSCALL_POLL_X, &[&i64b(1), &l, &i64b(1000)], &STATE);
    assert_eq!(s, "res=1 fds=3:f34 4:4ffffffff timeout=1000");
    // Count larger than the entries present: only complete entries.
    let s = args(code::SYSCALL_POLL_X, &[&i64b(1), &l[..15], &i64b(-1)]);
    assert_eq!(s, "res=1 fds=3:?34 timeout=-1");
    let s = args(code::SYSCALL_POLL_X, &[&i64b(0), b"\x00\x00", &i64b(0)]);
    assert_eq!(s, "res=0 fds= timeout=0");
}

#[test]
fn pids_signals_sigsets() {
    let s = args_with(
        code::SIGNALDELIVER_E,
        &[&i64b(154), &i64b(135), &[17]],
        &STATE,
    );
    assert_eq!(s, "spid=154 dpid=135(bash) sig=17(SIGCHLD)");
    let s = args(code::SIGNALDELIVER_E, &[&i64b(154), &i64b(135), &[0]]);
    assert_eq!(s, "spid=154 dpid=135 sig=0");
    // A comm with an escape character is escaped.
    let s = args_with(code::SYSCALL_KILL_X, &[&i64b(0), &i64b(7), &[64]], &STATE);
    assert_eq!(s, "res=0 pid=7(ev.il) sig=64");
    let mut l = u16b(0).to_vec();
    l.truncate(2);
    let mask = (1u32 << 0) | (1 << 16) | (1 << 31);
    let s = args(
        code::SYSCALL_PPOLL_X,
        &[&i64b(0), &l, &u64b(0), &u32b(mask)],
    );
    assert_eq!(s, "res=0 fds= timeout=0(0s) sigmask=SIGHUP SIGCHLD");
    let s = args(code::SYSCALL_PPOLL_X, &[&i64b(0), &l, &u64b(0), &u32b(0)]);
    assert_eq!(s, "res=0 fds= timeout=0(0s) sigmask=");
}

#[test]
fn flags_and_enums() {
    // mmap: errno-typed res in decimal despite its hex format, flags, fd -1 as EPERM.
    let s = args(
        code::SYSCALL_MMAP_X,
        &[
            &i64b(140_646_842_867_712),
            &u32b(420),
            &u32b(4),
            &u32b(0),
            &u64b(0),
            &u64b(8192),
            &u32b(3),
            &u32b(10),
            &i64b(-1),
            &u64b(0),
        ],
    );
    assert_eq!(
        s,
        "res=140646842867712 vm_size=420 vm_rss=4 vm_swap=0 addr=0 length=8192 \
         prot=3(PROT_READ|PROT_WRITE) flags=10(MAP_PRIVATE|MAP_ANONYMOUS) fd=-1(EPERM) offset=0"
    );
    // Enumerations match exactly and keep going (AF_LOCAL and AF_UNIX share 1).
    let s = args(
        code::SOCKET_SOCKET_X,
        &[&i64b(3), &u32b(1), &u32b(526_337), &u32b(0), &u32b(0)],
    );
    assert_eq!(
        s,
        "fd=3 domain=1(AF_LOCAL|AF_UNIX) type=526337 proto=0 flags=0(O_NONE)"
    );
    let s = args(
        code::SYSCALL_FUTEX_X,
        &[
            &i64b(0),
            &u64b(0x7FEB_A220_AA4C),
            &u16b(129),
            &u64b(2_147_483_647),
        ],
    );
    assert_eq!(
        s,
        "res=0 addr=7FEBA220AA4C op=129(FUTEX_PRIVATE_FLAG|FUTEX_WAKE) val=2147483647"
    );
    let s = args(code::SYSCALL_EPOLL_CREATE1_X, &[&i64b(3), &u32b(1)]);
    assert_eq!(s, "res=3 flags=1(EPOLL_CLOEXEC)");
    // No name matches: no parentheses.
    let s = args(code::SYSCALL_EPOLL_CREATE1_X, &[&i64b(3), &u32b(0)]);
    assert_eq!(s, "res=3 flags=0");
    let s = args(
        code::SYSCALL_EPOLL_CREATE1_X,
        &[&i64b(3), &u32b(0x8000_0000)],
    );
    assert_eq!(s, "res=3 flags=2147483648");
    let s = args(
        code::SYSCALL_LSEEK_X,
        &[&i64b(1219), &i64b(255), &i64b(-2557), &[1]],
    );
    assert_eq!(s, "res=1219 fd=255 offset=-2557 whence=1(SEEK_CUR)");
    let s = args(
        code::SYSCALL_PRLIMIT_X,
        &[
            &i64b(0),
            &i64b(0),
            &i64b(0),
            &i64b(8_388_608),
            &i64b(-1),
            &i64b(0),
            &[3],
        ],
    );
    assert_eq!(
        s,
        "res=0 newcur=0 newmax=0 oldcur=8388608 oldmax=-1 pid=0 resource=3(RLIMIT_STACK)"
    );
    let s = args(code::SYSCALL_PRCTL_X, &[&i64b(1), &u32b(23), b"", &i64b(0)]);
    assert_eq!(
        s,
        "res=1 option=23(PR_CAPBSET_READ) arg2_str=<NA> arg2_int=0"
    );
}

#[test]
fn modes() {
    let s = args(
        code::SYSCALL_FCHMODAT_X,
        &[&i64b(0), &i64b(-100), b"/tmp/peers_true\0", &u32b(0o4755)],
    );
    assert_eq!(
        s,
        "res=0 dirfd=-100(AT_FDCWD) filename=/tmp/peers_true \
         mode=04755(S_IXOTH|S_IROTH|S_IXGRP|S_IRGRP|S_IXUSR|S_IWUSR|S_IRUSR|S_ISUID)"
    );
    let s = args(code::SYSCALL_CHMOD_X, &[&i64b(0), b"/x\0", &u32b(0o644)]);
    assert_eq!(
        s,
        "res=0 filename=/x mode=0644(S_IROTH|S_IRGRP|S_IWUSR|S_IRUSR)"
    );
    let s = args(code::SYSCALL_CHMOD_X, &[&i64b(0), b"/x\0", &u32b(0)]);
    assert_eq!(s, "res=0 filename=/x mode=0");
    // Plain octal/hex numbers.
    let s = args(
        code::SYSCALL_MKDIR_2_X,
        &[&i64b(-17), b"/bin\0", &u32b(0o777)],
    );
    assert_eq!(s, "res=-17(EEXIST) path=/bin mode=1FF");
}

#[test]
fn uids_and_gids() {
    let s = args(code::SYSCALL_SETUID_X, &[&i64b(0), &u32b(u32::MAX)]);
    assert_eq!(s, "res=0 uid=-1(<NONE>)");
    let s = args(code::SYSCALL_SETUID_X, &[&i64b(0), &u32b(1001)]);
    assert_eq!(s, "res=0 uid=1001(<NA>)");
    let s = args_with(code::SYSCALL_SETUID_X, &[&i64b(0), &u32b(0)], &STATE);
    assert_eq!(s, "res=0 uid=0(root)");
    let s = args_with(code::SYSCALL_SETGID_X, &[&i64b(0), &u32b(0)], &STATE);
    assert_eq!(s, "res=0 gid=0(root)");
    let s = args_with(
        code::SYSCALL_SETGID_X,
        &[&i64b(0), &u32b(0)],
        &State { thread: false },
    );
    assert_eq!(s, "res=0 gid=0(<NA>)");
    // %d of an unsigned 32-bit value.
    let s = args(code::SYSCALL_SETUID_X, &[&i64b(0), &u32b(u32::MAX - 1)]);
    assert_eq!(s, "res=0 uid=-2(<NA>)");
}

#[test]
fn paths() {
    // Non-printable bytes are dropped from paths, as libsinsp's strcpy_sanitized.
    let s = args(
        code::SYSCALL_CHMOD_X,
        &[&i64b(0), b"/a\x1b[1m\xc3\xa9b\0", &u32b(0)],
    );
    assert_eq!(s, "res=0 filename=/a[1mb mode=0");
    // Legacy NULL string.
    let s = args(code::SYSCALL_CHMOD_X, &[&i64b(0), b"(NULL)\0", &u32b(0)]);
    assert_eq!(s, "res=0 filename=<NA> mode=0");
    // Relative paths: resolved against the cwd, or the dirfd of *at calls.
    let s = args_with(
        code::SYSCALL_CHMOD_X,
        &[&i64b(0), b"x/y\0", &u32b(0)],
        &STATE,
    );
    assert_eq!(s, "res=0 filename=x/y(/cwd/x/y) mode=0");
    let s = args_with(
        code::SYSCALL_UNLINKAT_2_X,
        &[&i64b(0), &i64b(3), b"z\0", &u32b(0x200)],
        &STATE,
    );
    assert_eq!(
        s,
        "res=0 dirfd=3(<f>/etc/ld.so.cache) name=z(/dir/z) flags=512(AT_REMOVEDIR)"
    );
    let s = args_with(
        code::SYSCALL_UNLINKAT_2_X,
        &[&i64b(0), &i64b(-100), b"z\0", &u32b(0)],
        &STATE,
    );
    assert_eq!(s, "res=0 dirfd=-100(AT_FDCWD) name=z(/cwd/z) flags=0");
    let s = args(
        code::SYSCALL_UNLINKAT_2_X,
        &[&i64b(0), &i64b(-100), b"z\0", &u32b(0)],
    );
    assert_eq!(s, "res=0 dirfd=-100(AT_FDCWD) name=z flags=0");
    // A literal `<NA>` is not resolved (libsinsp compares with it).
    let s = args_with(
        code::SYSCALL_CHMOD_X,
        &[&i64b(0), b"<NA>\0", &u32b(0)],
        &STATE,
    );
    assert_eq!(s, "res=0 filename=<NA> mode=0");
    // Missing NUL: the bytes as they are.
    let s = args(code::SYSCALL_CHMOD_X, &[&i64b(0), b"/nonul", &u32b(0)]);
    assert_eq!(s, "res=0 filename=/nonul mode=0");
}

#[test]
fn charbufs_are_escaped() {
    let s = args(code::CONTAINER_JSON_E, &[b"{\"a\":1}\n\0"]);
    assert_eq!(s, "json={\"a\":1}.");
    let s = args(
        code::SYSCALL_SYMLINKAT_X,
        &[&i64b(0), b"\x1b]0;pwned\x07\0", &i64b(-100), b"/l\0"],
    );
    assert_eq!(
        s,
        "res=0 target=.]0;pwned. linkdirfd=-100(AT_FDCWD) linkpath=/l"
    );
    // UTF-8 is kept, bytes after the NUL are not printed.
    let s = args(
        code::SYSCALL_SYMLINKAT_X,
        &[&i64b(0), "caf\u{e9}\0junk".as_bytes(), &i64b(3), b"l\0"],
    );
    assert_eq!(s, "res=0 target=caf\u{e9} linkdirfd=3 linkpath=l");
}

#[test]
fn dynamic_params() {
    let mut errno = vec![sockopt_idx_errno()];
    errno.extend(i64b(-111));
    let s = args(
        code::SOCKET_GETSOCKOPT_X,
        &[&i64b(0), &i64b(3), &[1], &[4], &errno, &u32b(4)],
    );
    assert_eq!(
        s,
        "res=0 fd=3 level=1(SOL_SOCKET) optname=4(SO_ERROR) val=-111(ECONNREFUSED) optlen=4"
    );
    let mut v = vec![2u8];
    v.extend(u32b(8_388_608));
    let s = args(
        code::SOCKET_GETSOCKOPT_X,
        &[&i64b(0), &i64b(3), &[1], &[8], &v, &u32b(4)],
    );
    assert_eq!(
        s,
        "res=0 fd=3 level=1(SOL_SOCKET) optname=8(SO_RCVBUF) val=8388608 optlen=4"
    );
    let s = args(
        code::SOCKET_GETSOCKOPT_X,
        &[&i64b(0), &i64b(3), &[1], &[8], &[9, 1], &u32b(4)],
    );
    assert!(s.contains("val=INVALID DYNAMIC PARAMETER"), "{s}");
    let s = args(
        code::SOCKET_GETSOCKOPT_X,
        &[&i64b(0), &i64b(3), &[1], &[8], &[2], &u32b(4)],
    );
    assert!(s.contains("val=<NA>"), "{s}");
    let s = args(
        code::SOCKET_GETSOCKOPT_X,
        &[&i64b(0), &i64b(3), &[1], &[8], b"", &u32b(4)],
    );
    assert!(s.contains("val=NULL"), "{s}");
    // Timeval (reltime) and unknown (byte buffer).
    let mut tv = vec![4u8];
    tv.extend(u64b(2_000_000_000));
    let s = args(
        code::SOCKET_GETSOCKOPT_X,
        &[&i64b(0), &i64b(3), &[1], &[20], &tv, &u32b(16)],
    );
    assert!(s.contains("val=2000000000(2s)"), "{s}");
    let s = args(
        code::SOCKET_GETSOCKOPT_X,
        &[&i64b(0), &i64b(3), &[1], &[20], b"\0ab\x01", &u32b(3)],
    );
    assert!(s.contains("val=ab."), "{s}");
}

fn sockopt_idx_errno() -> u8 {
    crate::abi::dynamic::sockopt_idx::ERRNO
}

#[test]
fn numbers_in_print_formats() {
    // brk: res is a hex uint64.
    let s = args(
        code::SYSCALL_BRK_4_X,
        &[
            &u64b(0x556A_42E5_1000),
            &u32b(412),
            &u32b(4),
            &u32b(0),
            &u64b(0),
        ],
    );
    assert_eq!(s, "res=556A42E51000 vm_size=412 vm_rss=4 vm_swap=0 addr=0");
    // Uint64 decimal prints signed (%ld), Uint32 decimal too (%d).
    let s = args(
        code::SYSCALL_BRK_4_X,
        &[
            &u64b(1),
            &u32b(u32::MAX),
            &u32b(4),
            &u32b(0),
            &u64b(u64::MAX),
        ],
    );
    assert_eq!(
        s,
        "res=1 vm_size=-1 vm_rss=4 vm_swap=0 addr=FFFFFFFFFFFFFFFF"
    );
    // Int16 negative, Uint16, Flags16 with several names.
    let s = args(
        code::SYSCALL_SEMOP_X,
        &[
            &i64b(0),
            &u32b(2),
            &u16b(1),
            &(-1i16).to_le_bytes(),
            &u16b(3),
            &u16b(65535),
            &1i16.to_le_bytes(),
            &u16b(0),
            &(-5i32).to_le_bytes(),
        ],
    );
    assert_eq!(
        s,
        "res=0 nsops=2 sem_num_0=1 sem_op_0=-1 sem_flg_0=3(IPC_NOWAIT|SEM_UNDO) sem_num_1=65535 \
         sem_op_1=1 sem_flg_1=0 semid=-5"
    );
    // Uint8 hex and decimal.
    let s = args(code::SYSCALL_TIMERFD_CREATE_X, &[&i64b(5), &[1], &[0xab]]);
    assert_eq!(s, "res=5 clockid=1 flags=AB");
}

#[test]
fn wrong_sizes_render_na() {
    let s = args(
        code::SYSCALL_SEMOP_X,
        &[&[1, 2, 3], &[1], &[1], &[1], &[1], &[1], &[1], &[1], &[1]],
    );
    assert_eq!(
        s,
        "res=<NA> nsops=<NA> sem_num_0=<NA> sem_op_0=<NA> sem_flg_0=<NA> sem_num_1=<NA> \
         sem_op_1=<NA> sem_flg_1=<NA> semid=<NA>"
    );
    let s = args(code::SIGNALDELIVER_E, &[&[1], &[1, 2], &[1, 2]]);
    assert_eq!(s, "spid=<NA> dpid=<NA> sig=<NA>");
}

#[test]
fn abstime_in_execve() {
    let mut p: Vec<Vec<u8>> = vec![Vec::new(); 28];
    p[0] = i64b(0).to_vec();
    p[1] = b"cat\0".to_vec();
    p[2] = b"/dev/null\0".to_vec();
    p[24] = u64b(1_745_849_508_000_000_000).to_vec();
    p[18] = u32b(u32::MAX).to_vec();
    p[19] = u32b(9).to_vec();
    let refs: Vec<&[u8]> = p.iter().map(Vec::as_slice).collect();
    let s = args(code::SYSCALL_EXECVE_19_X, &refs);
    assert!(
        s.starts_with("res=0 exe=cat args=/dev/null. tid=<NA>"),
        "{s}"
    );
    assert!(
        s.contains(" loginuid=-1(<NONE>) flags=9(EXE_WRITABLE|EXE_LOWER_LAYER) "),
        "{s}"
    );
    assert!(
        s.contains(" exe_ino_ctime=2025-04-28 14:11:48.000000000 exe_ino_mtime=<NA>"),
        "{s}"
    );
}

#[test]
fn string_arrays() {
    let s = args(
        code::TRACER_E,
        &[&i64b(7), b"a\0b\0c\0", b"k1\0v1\0k2\0v2\0"],
    );
    assert_eq!(s, "id=7 tags=a.b.c args=k1:v1,k2:v2");
    let s = args(code::TRACER_E, &[&i64b(7), b"\0", b"k\0"]);
    assert_eq!(s, "id=7 tags= args=k:");
}

#[test]
fn generic_events_and_types() {
    let buf = build(code::GENERIC_X, &[&u16b(124), &u16b(10)]);
    let ev = EventRef::parse(&buf).expect("valid");
    let mut s = String::new();
    write_args(&ev, &NoFdNames, &mut s);
    assert_eq!(s, "");
    write_type(&ev, &mut s);
    assert_eq!(s, crate::abi::syscalls::ppm_sc_name(124).expect("named"));
    assert_eq!(raw_res(&ev), None);
    // Unknown ppm_sc: the native number decides (x86_64 10 = mprotect).
    let buf = build(code::GENERIC_X, &[&u16b(0), &u16b(10)]);
    let ev = EventRef::parse(&buf).expect("valid");
    let mut s = String::new();
    write_type(&ev, &mut s);
    assert_eq!(s, "mprotect");
    // Generic enter events print their arguments.
    let buf = build(code::GENERIC_E, &[&u16b(5), &u16b(2)]);
    let ev = EventRef::parse(&buf).expect("valid");
    let mut s = String::new();
    write_args(&ev, &NoFdNames, &mut s);
    assert_eq!(s, "ID=5(open) nativeID=2");
    let mut s = String::new();
    write_type(&ev, &mut s);
    assert_eq!(s, "syscall");
    assert_eq!(dir_char(&ev), '>');
    let buf = build(code::GENERIC_E, &[&u16b(60_000), &u16b(2)]);
    let ev = EventRef::parse(&buf).expect("valid");
    let mut s = String::new();
    write_args(&ev, &NoFdNames, &mut s);
    assert_eq!(s, "ID=<unknown syscall> nativeID=2");
}

#[test]
fn raw_results_and_hiding() {
    let buf = build(
        code::SYSCALL_BRK_4_X,
        &[&u64b(0x10), &u32b(1), &u32b(1), &u32b(0), &u64b(0)],
    );
    let ev = EventRef::parse(&buf).expect("valid");
    assert_eq!(raw_res(&ev), Some(16));
    assert_eq!(dir_char(&ev), '<');
    assert!(!hidden_by_sinsp(&ev));
    let buf = build(code::SYSCALL_SETUID_X, &[&(-1i32).to_le_bytes(), &u32b(0)]);
    let ev = EventRef::parse(&buf).expect("valid");
    assert_eq!(raw_res(&ev), Some(-1));
    let buf = build(code::SIGNALDELIVER_E, &[&i64b(1), &i64b(2), &[9]]);
    let ev = EventRef::parse(&buf).expect("valid");
    assert_eq!(raw_res(&ev), None);
    let buf = build(code::SYSCALL_OPEN_E, &[b"/x\0", &u32b(0), &u32b(0)]);
    let ev = EventRef::parse(&buf).expect("valid");
    assert!(hidden_by_sinsp(&ev));
    let buf = build(
        code::SYSCALL_BRK_4_X,
        &[&u64b(0x10), &u32b(1), &u32b(1), &u32b(0), &u64b(0)],
    );
    let ev = EventRef::parse(&buf)
        .expect("valid")
        .with_origin(0, DF_STATE_ONLY);
    assert!(hidden_by_sinsp(&ev));
    let buf = build(code::PROCINFO_E, &[&u64b(1), &u64b(2)]);
    let ev = EventRef::parse(&buf).expect("valid");
    assert!(hidden_by_sinsp(&ev));
}

#[test]
fn single_args() {
    let buf = build(
        code::SYSCALL_OPEN_X,
        &[&i64b(-2), b"/etc/x\0", &u32b(4097), &u32b(0), b"", b""],
    );
    let ev = EventRef::parse(&buf).expect("valid");
    let arg = |i: usize| {
        let mut s = String::from(">");
        assert!(write_arg(&ev, i, &STATE, Options::FULL, &mut s));
        s
    };
    assert_eq!(arg(0), ">ENOENT");
    assert_eq!(arg(1), ">/etc/x");
    assert_eq!(arg(2), ">O_RDONLY|O_CLOEXEC");
    assert_eq!(arg(3), ">0");
    assert_eq!(arg(4), "><NA>");
    let mut s = String::new();
    assert!(!write_arg(&ev, 6, &STATE, Options::FULL, &mut s));
    write_param(&ev, 2, &STATE, &mut s);
    assert_eq!(s, "4097(O_RDONLY|O_CLOEXEC)");
    let buf = build(code::SYSCALL_SETUID_X, &[&i64b(0), &u32b(u32::MAX)]);
    let ev = EventRef::parse(&buf).expect("valid");
    let mut s = String::new();
    assert!(write_arg(&ev, 1, &NoFdNames, Options::FULL, &mut s));
    assert_eq!(s, "<NONE>");
}

#[test]
fn extra_params_beyond_schema_are_not_printed() {
    let s = args(code::SYSCALL_SETUID_X, &[&i64b(0), &u32b(0), b"extra"]);
    assert_eq!(s, "res=0 uid=0(<NA>)");
}

/// Random bytes in every parameter of every event type: rendering must never panic, and the
/// output must never contain a control character.
#[test]
fn hostile_params_never_panic() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut out = String::new();
    for ty in 0..crate::abi::events::EVENT_MAX as u16 {
        let np = crate::abi::events::EVENT_TABLE[ty as usize].params.len();
        for round in 0..24 {
            let params: Vec<Vec<u8>> = (0..np)
                .map(|_| {
                    let len = match next() % 6 {
                        0 => 0,
                        1 => 1,
                        2 => 2,
                        3 => 8,
                        4 => (next() % 40) as usize,
                        _ => (next() % 300) as usize,
                    };
                    (0..len).map(|_| next() as u8).collect()
                })
                .collect();
            let refs: Vec<&[u8]> = params.iter().map(Vec::as_slice).collect();
            let buf = build(ty, &refs);
            let ev = EventRef::parse(&buf).expect("valid");
            out.clear();
            let fds: &dyn FdNames = if round % 2 == 0 { &NoFdNames } else { &STATE };
            write_args(&ev, fds, &mut out);
            write_type(&ev, &mut out);
            for i in 0..np + 1 {
                write_arg(&ev, i, fds, Options::FULL, &mut out);
            }
            let _ = raw_res(&ev);
            assert!(!out.chars().any(char::is_control), "{ty}: {out:?}");
        }
    }
}
