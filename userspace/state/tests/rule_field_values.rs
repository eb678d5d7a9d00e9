//! Fields the rule files use, on hand-made events: session and process-group leaders,
//! capabilities, executable inode times, socket connection flags, raw fd names, open flags.

mod common;

use common::{V, build, field, seeded};
use rfalco_state::State;
use scap_format::EventRef;
use scap_format::abi::events::code;
use scap_format::metadata::ThreadEntry;
use scap_format::reader::CaptureMetadata;

fn evt_field(s: &State, ev: &EventRef<'_>, name: &str) -> Option<String> {
    let id = rfalco_fields::FieldId::parse(name, None).expect("field parses");
    let ctx = rfalco_fields::EventContext {
        num: 1,
        ev,
        state: s,
    };
    let mut out = String::new();
    id.write(&ctx, &mut out).then_some(out)
}

#[test]
fn exec_sets_caps_exe_inode_times_and_session_leader() {
    let mut s = seeded();
    let mut buf = Vec::new();
    // bash (100) leads session 100; it forks 101, which execs sh in the same session.
    let ev = build(
        &mut buf,
        code::SYSCALL_CLONE_20_X,
        101,
        &[
            ("res", V::I(0)),
            ("tid", V::I(101)),
            ("pid", V::I(101)),
            ("ptid", V::I(100)),
            ("comm", V::S(b"bash")),
            ("exe", V::S(b"bash")),
        ],
    );
    s.update(&ev);
    let clone_ts = ev.ts();
    let ev = build(
        &mut buf,
        code::SYSCALL_EXECVE_19_X,
        101,
        &[
            ("res", V::I(0)),
            ("exe", V::S(b"sh")),
            ("comm", V::S(b"sh")),
            ("tid", V::I(101)),
            ("pid", V::I(101)),
            ("ptid", V::I(100)),
            ("trusted_exepath", V::S(b"/usr/bin/sh")),
            // CAP_CHOWN, CAP_KILL, CAP_SYS_ADMIN; permitted adds CAP_BPF.
            ("cap_effective", V::I(1 | 1 << 5 | 1 << 21)),
            ("cap_permitted", V::I(1 | 1 << 5 | 1 << 21 | 1 << 39)),
            ("cap_inheritable", V::I(0)),
            ("exe_ino", V::I(77)),
            ("exe_ino_ctime", V::I(400)),
            ("exe_ino_mtime", V::I(300)),
        ],
    );
    s.update(&ev);
    let f = |n| field(&s, &ev, n, None);
    assert_eq!(
        f("thread.cap_effective").as_deref(),
        Some("CAP_CHOWN CAP_KILL CAP_SYS_ADMIN")
    );
    assert_eq!(
        f("thread.cap_permitted").as_deref(),
        Some("CAP_CHOWN CAP_KILL CAP_SYS_ADMIN CAP_BPF")
    );
    assert_eq!(f("thread.cap_inheritable").as_deref(), Some(""));
    assert_eq!(f("proc.exe_ino.ctime").as_deref(), Some("400"));
    assert_eq!(f("proc.exe_ino.mtime").as_deref(), Some("300"));
    // The clone was seen: its time minus the ctime.
    assert_eq!(
        f("proc.exe_ino.ctime_duration_proc_start"),
        Some((clone_ts - 400).to_string())
    );
    assert_eq!(f("proc.exe_ino.ctime_duration_pidns_start"), None);
    assert_eq!(f("proc.exepath").as_deref(), Some("/usr/bin/sh"));
    assert_eq!(f("proc.pexepath").as_deref(), Some(""));
    assert_eq!(f("proc.pcmdline").as_deref(), Some("bash"));
}

fn session_state(sid: i64) -> State {
    let t = |tid: u64, ptid: u64, comm: &[u8], sid: i64| ThreadEntry {
        tid,
        pid: tid,
        ptid,
        sid,
        vpgid: sid,
        pgid: sid,
        vtid: tid as i64,
        vpid: tid as i64,
        comm: comm.to_vec(),
        exe: comm.to_vec(),
        exepath: [b"/bin/".as_slice(), comm].concat(),
        ..ThreadEntry::default()
    };
    let meta = CaptureMetadata {
        threads: vec![
            t(1, 0, b"init", 1),
            t(50, 1, b"sshd", sid),
            t(60, 50, b"bash", sid),
            t(70, 60, b"vi", sid),
        ],
        ..CaptureMetadata::default()
    };
    State::from_metadata(&meta)
}

#[test]
fn sname_is_the_session_leader_or_the_oldest_ancestor_of_the_session() {
    let mut buf = Vec::new();
    // Session 50 led by sshd, which is in the table: found by id.
    let mut s = session_state(50);
    let ev = build(&mut buf, code::SYSCALL_CLOSE_X, 70, &[("res", V::I(0))]);
    s.update(&ev);
    let f = |s: &State, n| field(s, &ev, n, None);
    assert_eq!(f(&s, "proc.sname").as_deref(), Some("sshd"));
    assert_eq!(f(&s, "proc.sid.exepath").as_deref(), Some("/bin/sshd"));
    assert_eq!(f(&s, "proc.vpgid.name").as_deref(), Some("sshd"));
    assert_eq!(f(&s, "proc.is_sid_leader").as_deref(), Some("false"));
    // Session 999 whose leader is not in the table: the oldest consecutive ancestor sharing
    // it (sshd, whose parent init is in another session).
    let mut s = session_state(999);
    s.update(&ev);
    assert_eq!(f(&s, "proc.sname").as_deref(), Some("sshd"));
    assert_eq!(f(&s, "proc.vpgid.exe").as_deref(), Some("sshd"));
}

#[test]
fn connect_marks_the_socket_connected_and_its_name_changed() {
    let mut s = seeded();
    let mut buf = Vec::new();
    let ev = build(
        &mut buf,
        code::SOCKET_SOCKET_X,
        100,
        &[("fd", V::I(3)), ("domain", V::I(2)), ("type", V::I(2))],
    );
    s.update(&ev);
    assert_eq!(
        field(&s, &ev, "fd.connected", None).as_deref(),
        Some("false")
    );
    assert_eq!(
        field(&s, &ev, "fd.name_changed", None).as_deref(),
        Some("false")
    );
    let mut tuple = vec![2u8, 10, 0, 0, 5];
    tuple.extend_from_slice(&40000u16.to_le_bytes());
    tuple.extend_from_slice(&[10, 0, 0, 9]);
    tuple.extend_from_slice(&53u16.to_le_bytes());
    let ev = build(
        &mut buf,
        code::SOCKET_CONNECT_X,
        100,
        &[("res", V::I(0)), ("tuple", V::S(&tuple)), ("fd", V::I(3))],
    );
    s.update(&ev);
    let f = |n| field(&s, &ev, n, None);
    assert_eq!(f("fd.connected").as_deref(), Some("true"));
    assert_eq!(f("fd.name_changed").as_deref(), Some("true"));
    assert_eq!(f("fd.cnet").as_deref(), Some("10.0.0.5"));
    assert_eq!(f("fd.snet").as_deref(), Some("10.0.0.9"));
    assert_eq!(f("fd.sip.name"), None);
    // The next event on the fd leaves the name as it was.
    let ev = build(
        &mut buf,
        code::SYSCALL_CLOSE_X,
        100,
        &[("res", V::I(0)), ("fd", V::I(3))],
    );
    s.update(&ev);
    assert_eq!(
        field(&s, &ev, "fd.name_changed", None).as_deref(),
        Some("false")
    );
}

#[test]
fn open_keeps_the_raw_name_and_answers_is_open_flags() {
    use scap_format::abi::native::ppm_o;
    let mut s = seeded();
    let mut buf = Vec::new();
    let ev = build(
        &mut buf,
        code::SYSCALL_OPENAT_2_X,
        100,
        &[
            ("fd", V::I(3)),
            ("dirfd", V::I(-100)),
            ("name", V::S(b"..//x/./run.sh")),
            ("flags", V::I(i64::from(ppm_o::RDWR | ppm_o::CREAT))),
            ("mode", V::I(0o755)),
        ],
    );
    s.update(&ev);
    assert_eq!(
        field(&s, &ev, "fd.name", None).as_deref(),
        Some("/home/x/run.sh")
    );
    assert_eq!(
        field(&s, &ev, "fd.nameraw", None).as_deref(),
        Some("../x/./run.sh")
    );
    assert_eq!(
        evt_field(&s, &ev, "evt.is_open_read").as_deref(),
        Some("true")
    );
    assert_eq!(
        evt_field(&s, &ev, "evt.is_open_write").as_deref(),
        Some("true")
    );
    assert_eq!(
        evt_field(&s, &ev, "evt.is_open_exec").as_deref(),
        Some("true")
    );
    assert_eq!(
        evt_field(&s, &ev, "evt.is_open_create").as_deref(),
        Some("false")
    );
    let ev = build(
        &mut buf,
        code::SYSCALL_OPENAT_2_X,
        100,
        &[
            ("fd", V::I(4)),
            ("dirfd", V::I(-100)),
            ("name", V::S(b"/etc/shadow")),
            ("flags", V::I(i64::from(ppm_o::RDONLY))),
        ],
    );
    s.update(&ev);
    assert_eq!(
        evt_field(&s, &ev, "evt.is_open_read").as_deref(),
        Some("true")
    );
    assert_eq!(
        evt_field(&s, &ev, "evt.is_open_write").as_deref(),
        Some("false")
    );
    assert_eq!(
        evt_field(&s, &ev, "evt.is_open_exec").as_deref(),
        Some("false")
    );
    // Not an open: defined and false.
    let ev = build(&mut buf, code::SYSCALL_CLOSE_X, 100, &[("res", V::I(0))]);
    s.update(&ev);
    assert_eq!(
        evt_field(&s, &ev, "evt.is_open_read").as_deref(),
        Some("false")
    );
}

#[test]
fn fs_path_fields_resolve_like_libsinsp() {
    let mut s = seeded();
    let mut buf = Vec::new();
    // mkdir relative to the cwd (/home/u).
    let ev = build(
        &mut buf,
        code::SYSCALL_MKDIR_2_X,
        100,
        &[("res", V::I(0)), ("path", V::S(b"d/../e"))],
    );
    s.update(&ev);
    assert_eq!(
        field(&s, &ev, "fs.path.name", None).as_deref(),
        Some("/home/u/e")
    );
    assert_eq!(
        field(&s, &ev, "fs.path.nameraw", None).as_deref(),
        Some("d/../e")
    );
    assert_eq!(field(&s, &ev, "fs.path.source", None), None);
    // A failed unlink: undefined.
    let ev = build(
        &mut buf,
        code::SYSCALL_UNLINK_2_X,
        100,
        &[("res", V::I(-2)), ("path", V::S(b"/x"))],
    );
    s.update(&ev);
    assert_eq!(field(&s, &ev, "fs.path.name", None), None);
    // renameat2 resolves each side against its own directory fd.
    let ev = build(
        &mut buf,
        code::SYSCALL_OPENAT_2_X,
        100,
        &[
            ("fd", V::I(5)),
            ("dirfd", V::I(-100)),
            ("name", V::S(b"/srv")),
            ("flags", V::I(1 << 10)),
        ],
    );
    s.update(&ev);
    let ev = build(
        &mut buf,
        code::SYSCALL_RENAMEAT2_X,
        100,
        &[
            ("res", V::I(0)),
            ("olddirfd", V::I(5)),
            ("oldpath", V::S(b"a")),
            ("newdirfd", V::I(-100)),
            ("newpath", V::S(b"b")),
        ],
    );
    s.update(&ev);
    assert_eq!(
        field(&s, &ev, "fs.path.source", None).as_deref(),
        Some("/srv/a")
    );
    assert_eq!(
        field(&s, &ev, "fs.path.target", None).as_deref(),
        Some("/home/u/b")
    );
    assert_eq!(
        field(&s, &ev, "fs.path.targetraw", None).as_deref(),
        Some("b")
    );
}

#[test]
fn evt_abspath_joins_the_directory_fd_or_the_cwd() {
    let mut s = seeded();
    let mut buf = Vec::new();
    let ev = build(
        &mut buf,
        code::SYSCALL_OPENAT_2_X,
        100,
        &[
            ("fd", V::I(5)),
            ("dirfd", V::I(-100)),
            ("name", V::S(b"/srv")),
            ("flags", V::I(1 << 10)),
        ],
    );
    s.update(&ev);
    let ev = build(
        &mut buf,
        code::SYSCALL_RENAMEAT2_X,
        100,
        &[
            ("res", V::I(0)),
            ("olddirfd", V::I(5)),
            ("oldpath", V::S(b"a/./b")),
            ("newdirfd", V::I(-100)),
            ("newpath", V::S(b"../c")),
        ],
    );
    s.update(&ev);
    assert_eq!(
        evt_field(&s, &ev, "evt.abspath").as_deref(),
        Some("/srv/a/b")
    );
    assert_eq!(
        evt_field(&s, &ev, "evt.abspath.src").as_deref(),
        Some("/srv/a/b")
    );
    assert_eq!(
        evt_field(&s, &ev, "evt.abspath.dst").as_deref(),
        Some("/home/c")
    );
    let ev = build(
        &mut buf,
        code::SYSCALL_UNLINKAT_2_X,
        100,
        &[("res", V::I(0)), ("dirfd", V::I(9)), ("name", V::S(b"x"))],
    );
    s.update(&ev);
    assert_eq!(
        evt_field(&s, &ev, "evt.abspath").as_deref(),
        Some("<UNKNOWN>/x")
    );
    // Not a *at call.
    let ev = build(&mut buf, code::SYSCALL_CLOSE_X, 100, &[("res", V::I(0))]);
    s.update(&ev);
    assert_eq!(evt_field(&s, &ev, "evt.abspath"), None);
}

#[test]
fn fd_types_lists_the_process_fd_types() {
    let mut s = seeded();
    let mut buf = Vec::new();
    let ev = build(
        &mut buf,
        code::SOCKET_SOCKET_X,
        100,
        &[("fd", V::I(3)), ("domain", V::I(2)), ("type", V::I(1))],
    );
    s.update(&ev);
    let ev = build(
        &mut buf,
        code::SYSCALL_OPENAT_2_X,
        100,
        &[
            ("fd", V::I(4)),
            ("dirfd", V::I(-100)),
            ("name", V::S(b"/etc/passwd")),
        ],
    );
    s.update(&ev);
    assert_eq!(
        field(&s, &ev, "fd.types", None).as_deref(),
        Some("(file,ipv4)")
    );
    assert_eq!(
        field(&s, &ev, "fd.types", Some("3")).as_deref(),
        Some("ipv4")
    );
    assert_eq!(field(&s, &ev, "fd.types", Some("0")), None);
}

#[test]
fn a_successful_read_marks_an_ip_socket_connected() {
    let mut s = seeded();
    let mut buf = Vec::new();
    let ev = build(
        &mut buf,
        code::SOCKET_SOCKET_X,
        100,
        &[("fd", V::I(3)), ("domain", V::I(2)), ("type", V::I(2))],
    );
    s.update(&ev);
    let ev = build(
        &mut buf,
        code::SYSCALL_READ_X,
        100,
        &[("res", V::I(-11)), ("fd", V::I(3))],
    );
    s.update(&ev);
    assert_eq!(
        field(&s, &ev, "fd.connected", None).as_deref(),
        Some("false")
    );
    let ev = build(
        &mut buf,
        code::SYSCALL_READ_X,
        100,
        &[("res", V::I(4)), ("fd", V::I(3))],
    );
    s.update(&ev);
    assert_eq!(
        field(&s, &ev, "fd.connected", None).as_deref(),
        Some("true")
    );
}
