//! The state engine on hand-made events: process life cycle, fds, unknown threads, the bound
//! on the thread table.

mod common;

use common::{V, build, field, seeded};
use rfalco_state::State;
use scap_format::abi::events::{code, event_info};
use scap_format::metadata::ThreadEntry;
use scap_format::reader::CaptureMetadata;

#[test]
fn fork_exec_open_close_exit() {
    let mut s = seeded();
    let mut buf = Vec::new();
    // bash (100) forks 101 (parent side), then the child execs cat.
    let ev = build(
        &mut buf,
        code::SYSCALL_CLONE_20_X,
        100,
        &[
            ("res", V::I(101)),
            ("tid", V::I(100)),
            ("pid", V::I(100)),
            ("ptid", V::I(1)),
            ("comm", V::S(b"bash")),
            ("exe", V::S(b"bash")),
        ],
    );
    s.update(&ev);
    let ev = build(
        &mut buf,
        code::SYSCALL_EXECVE_19_X,
        101,
        &[
            ("res", V::I(0)),
            ("exe", V::S(b"cat")),
            ("args", V::S(b"a.txt\0")),
            ("comm", V::S(b"cat")),
            ("tid", V::I(101)),
            ("pid", V::I(101)),
            ("ptid", V::I(100)),
            ("uid", V::I(1000)),
        ],
    );
    s.update(&ev);
    assert_eq!(field(&s, &ev, "proc.name", None).as_deref(), Some("cat"));
    assert_eq!(
        field(&s, &ev, "proc.cmdline", None).as_deref(),
        Some("cat a.txt")
    );
    assert_eq!(field(&s, &ev, "proc.pname", None).as_deref(), Some("bash"));
    assert_eq!(
        field(&s, &ev, "proc.aname", Some("2")).as_deref(),
        Some("init")
    );
    assert_eq!(field(&s, &ev, "proc.ppid", None).as_deref(), Some("100"));
    assert_eq!(
        field(&s, &ev, "proc.cwd", None).as_deref(),
        Some("/home/u/")
    );
    assert_eq!(
        field(&s, &ev, "container.id", None).as_deref(),
        Some("host")
    );
    // A relative open resolves against the inherited cwd.
    let ev = build(
        &mut buf,
        code::SYSCALL_OPENAT_2_X,
        101,
        &[
            ("fd", V::I(3)),
            ("dirfd", V::I(-100)),
            ("name", V::S(b"../x/./a.txt")),
        ],
    );
    s.update(&ev);
    assert_eq!(
        field(&s, &ev, "fd.name", None).as_deref(),
        Some("/home/x/a.txt")
    );
    assert_eq!(
        field(&s, &ev, "fd.directory", None).as_deref(),
        Some("/home/x")
    );
    assert_eq!(
        field(&s, &ev, "fd.filename", None).as_deref(),
        Some("a.txt")
    );
    assert_eq!(field(&s, &ev, "fd.typechar", None).as_deref(), Some("f"));
    // dup2 copies it; close still shows the closed fd on its own event.
    let ev = build(
        &mut buf,
        code::SYSCALL_DUP2_X,
        101,
        &[("res", V::I(7)), ("oldfd", V::I(3)), ("newfd", V::I(7))],
    );
    s.update(&ev);
    let ev = build(
        &mut buf,
        code::SYSCALL_CLOSE_X,
        101,
        &[("res", V::I(0)), ("fd", V::I(3))],
    );
    s.update(&ev);
    assert_eq!(
        field(&s, &ev, "fd.name", None).as_deref(),
        Some("/home/x/a.txt")
    );
    assert_eq!(field(&s, &ev, "fd.num", None).as_deref(), Some("3"));
    let p = s.process(101).expect("process 101");
    assert!(!p.fds.contains_key(&3) && p.fds.contains_key(&7));
    // Exit: the thread stays for its own event, then goes.
    let ev = build(&mut buf, code::PROCEXIT_1_E, 101, &[]);
    s.update(&ev);
    assert_eq!(field(&s, &ev, "proc.name", None).as_deref(), Some("cat"));
    let ev = build(&mut buf, code::SYSCALL_CLOSE_X, 100, &[("res", V::I(0))]);
    s.update(&ev);
    assert!(s.thread(101).is_none() && s.process(101).is_none());
}

#[test]
fn unknown_thread_is_a_fake_entry_with_undefined_parents() {
    let mut s = seeded();
    let mut buf = Vec::new();
    let ev = build(
        &mut buf,
        code::SYSCALL_CLOSE_X,
        4242,
        &[("res", V::I(-9)), ("fd", V::I(5))],
    );
    s.update(&ev);
    assert_eq!(field(&s, &ev, "proc.pid", None).as_deref(), Some("-1"));
    assert_eq!(field(&s, &ev, "proc.name", None).as_deref(), Some("<NA>"));
    assert_eq!(field(&s, &ev, "proc.ppid", None), None);
    assert_eq!(field(&s, &ev, "proc.pname", None), None);
    assert_eq!(
        field(&s, &ev, "user.uid", None).as_deref(),
        Some("4294967295")
    );
    assert_eq!(field(&s, &ev, "fd.num", None).as_deref(), Some("5"));
    assert_eq!(field(&s, &ev, "fd.type", None), None);
    // A context switch of an unknown thread makes no entry.
    let ev = build(&mut buf, code::SCHEDSWITCH_6_E, 4243, &[]);
    s.update(&ev);
    assert!(s.thread(4243).is_none());
    assert_eq!(field(&s, &ev, "proc.name", None), None);
}

#[test]
fn full_table_purges_fakes_then_drops_and_counts() {
    let mut s = State::with_max_threads(2);
    let mut buf = Vec::new();
    for tid in [10, 11, 12] {
        let ev = build(&mut buf, code::SYSCALL_CLOSE_X, tid, &[("res", V::I(0))]);
        s.update(&ev);
    }
    let st = s.stats();
    assert_eq!(st.threads_purged, 2);
    assert_eq!(s.n_threads(), 1);
    assert!(s.thread(12).is_some());
}

#[test]
fn garbage_events_never_panic() {
    let mut s = seeded();
    let mut buf = Vec::new();
    for ty in 0..460u16 {
        if event_info(ty).is_none() {
            continue;
        }
        for tid in [0, 1, 100, 9999] {
            let ev = build(&mut buf, ty, tid, &[("res", V::I(-1)), ("fd", V::I(-1))]);
            s.update(&ev);
            for f in [
                "proc.name",
                "fd.name",
                "fd.directory",
                "proc.aname",
                "user.name",
            ] {
                let _ = field(&s, &ev, f, None);
            }
            let ev = build(&mut buf, ty, tid, &[("res", V::I(0)), ("fd", V::I(3))]);
            s.update(&ev);
        }
    }
}

#[test]
fn connect_names_the_socket_like_sysdig() {
    let mut s = seeded();
    let mut buf = Vec::new();
    let ev = build(
        &mut buf,
        code::SOCKET_SOCKET_X,
        100,
        &[("fd", V::I(3)), ("domain", V::I(2)), ("type", V::I(1))],
    );
    s.update(&ev);
    assert_eq!(field(&s, &ev, "fd.name", None).as_deref(), Some(""));
    assert_eq!(field(&s, &ev, "fd.typechar", None).as_deref(), Some("4"));
    let mut tuple = vec![2u8, 127, 0, 0, 1];
    tuple.extend_from_slice(&40000u16.to_le_bytes());
    tuple.extend_from_slice(&[127, 0, 0, 1]);
    tuple.extend_from_slice(&80u16.to_le_bytes());
    let ev = build(
        &mut buf,
        code::SOCKET_CONNECT_X,
        100,
        &[("res", V::I(0)), ("tuple", V::S(&tuple)), ("fd", V::I(3))],
    );
    s.update(&ev);
    let f = |n| field(&s, &ev, n, None);
    assert_eq!(
        f("fd.name").as_deref(),
        Some("127.0.0.1:40000->127.0.0.1:80")
    );
    assert_eq!(f("fd.cip").as_deref(), Some("127.0.0.1"));
    assert_eq!(f("fd.cport").as_deref(), Some("40000"));
    assert_eq!(f("fd.sport").as_deref(), Some("80"));
    assert_eq!(f("fd.l4proto").as_deref(), Some("tcp"));
    assert_eq!(f("fd.sockfamily").as_deref(), Some("ip"));
    assert_eq!(f("fd.type").as_deref(), Some("ipv4"));
}

#[test]
fn container_id_user_name_from_capture_lists() {
    let id = "3ad7b26ded6d8e7b23da7d48fe889434573036c27ae5a74837233de441c3601e";
    let meta = CaptureMetadata {
        threads: vec![ThreadEntry {
            tid: 7,
            pid: 7,
            ptid: 1,
            comm: b"nginx".to_vec(),
            uid: 33,
            gid: 33,
            cgroups: format!("cpu=/docker/{id}\0").into_bytes(),
            ..ThreadEntry::default()
        }],
        users: scap_format::metadata::UserList {
            users: vec![scap_format::metadata::UserEntry {
                uid: 33,
                gid: 33,
                name: b"www-data".to_vec(),
                homedir: b"/var/www".to_vec(),
                shell: b"/usr/sbin/nologin".to_vec(),
            }],
            groups: vec![scap_format::metadata::GroupEntry {
                gid: 33,
                name: b"www-data".to_vec(),
            }],
        },
        ..CaptureMetadata::default()
    };
    let mut s = State::from_metadata(&meta);
    let mut buf = Vec::new();
    let ev = build(&mut buf, code::SYSCALL_CLOSE_X, 7, &[("res", V::I(0))]);
    s.update(&ev);
    let f = |n| field(&s, &ev, n, None);
    assert_eq!(f("container.id").as_deref(), Some("3ad7b26ded6d"));
    assert_eq!(f("user.name").as_deref(), Some("www-data"));
    assert_eq!(f("user.homedir").as_deref(), Some("/var/www"));
    assert_eq!(f("group.name").as_deref(), Some("www-data"));
    // The parent (1) is not in the table: parent fields are undefined, not a panic.
    assert_eq!(f("proc.pname"), None);
}

fn clone_parent_side(s: &mut State, buf: &mut Vec<u8>, caller: i64, child: i64, flags: i64) {
    let ev = build(
        buf,
        code::SYSCALL_CLONE_20_X,
        caller as u64,
        &[
            ("res", V::I(child)),
            ("tid", V::I(caller)),
            ("pid", V::I(s.thread(caller).map_or(caller, |t| t.pid))),
            ("ptid", V::I(s.thread(caller).map_or(0, |t| t.ptid))),
            ("comm", V::S(b"bash")),
            ("flags", V::I(flags)),
        ],
    );
    s.update(&ev);
}

fn exit(s: &mut State, buf: &mut Vec<u8>, tid: i64, reaper: i64) {
    let ev = build(
        buf,
        code::PROCEXIT_1_E,
        tid as u64,
        &[("reaper_tid", V::I(reaper))],
    );
    s.update(&ev);
    // Removal happens when the next event comes.
    let ev = build(buf, code::SCHEDSWITCH_6_E, 0, &[]);
    s.update(&ev);
}

#[test]
fn orphans_go_to_the_reaper_a_subreaper_or_no_one() {
    let mut s = seeded();
    let mut buf = Vec::new();
    // 100 forks 101 and 102; 101 forks 103.
    clone_parent_side(&mut s, &mut buf, 100, 101, 0);
    clone_parent_side(&mut s, &mut buf, 100, 102, 0);
    clone_parent_side(&mut s, &mut buf, 101, 103, 0);
    assert_eq!(s.thread(103).map(|t| t.ptid), Some(101));
    // No reaper given and no subreaper above: no parent at all.
    clone_parent_side(&mut s, &mut buf, 102, 104, 0);
    exit(&mut s, &mut buf, 102, 0);
    assert_eq!(s.thread(104).map(|t| t.ptid), Some(0));
    // The exit names its reaper: the orphan goes there (and init, having adopted another
    // process's orphan, is a reaper from now on, as in libsinsp).
    exit(&mut s, &mut buf, 101, 1);
    assert!(s.thread(101).is_none());
    assert_eq!(s.thread(103).map(|t| t.ptid), Some(1));
    assert!(s.process(1).is_some_and(|p| p.reaper));
    // bash becomes a child subreaper: its grandchildren's orphans come to it.
    let ev = build(
        &mut buf,
        code::SYSCALL_PRCTL_X,
        100,
        &[
            ("res", V::I(0)),
            ("option", V::I(36)),
            ("arg2_int", V::I(1)),
        ],
    );
    s.update(&ev);
    clone_parent_side(&mut s, &mut buf, 100, 105, 0);
    clone_parent_side(&mut s, &mut buf, 105, 106, 0);
    exit(&mut s, &mut buf, 105, 0);
    assert_eq!(s.thread(106).map(|t| t.ptid), Some(100));
}

#[test]
fn a_main_thread_stays_until_its_last_thread_exits() {
    const CLONE_THREAD: i64 = 0x2000;
    let mut s = seeded();
    let mut buf = Vec::new();
    clone_parent_side(&mut s, &mut buf, 100, 200, 0);
    clone_parent_side(&mut s, &mut buf, 200, 201, CLONE_THREAD);
    clone_parent_side(&mut s, &mut buf, 201, 300, 0);
    assert_eq!(s.thread(201).map(|t| t.pid), Some(200));
    assert_eq!(s.process(200).map(|p| p.alive), Some(2));
    exit(&mut s, &mut buf, 200, 0);
    // The leader is dead but kept: the process (fds, cwd) and the parent chain stay.
    assert!(s.thread(200).is_some_and(|t| t.dead));
    assert_eq!(s.process(200).map(|p| p.alive), Some(1));
    let ev = build(&mut buf, code::SYSCALL_CLOSE_X, 300, &[("res", V::I(0))]);
    s.update(&ev);
    assert_eq!(field(&s, &ev, "proc.ppid", None).as_deref(), Some("200"));
    exit(&mut s, &mut buf, 201, 0);
    assert!(s.thread(200).is_none() && s.thread(201).is_none());
    assert!(s.process(200).is_none());
    // 300's parent thread 201 is gone: it had no reaper, so no parent.
    assert_eq!(s.thread(300).map(|t| t.ptid), Some(0));
}
