//! The workload check: known actions with every tracepoint on, then the captured events must
//! carry exactly the fds, paths, flags, ids and return values the workload used.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::os::unix::fs::MetadataExt;

use rfalco_ring::device::DeviceSet;
use scap_format::abi::ring::info_offset;
use scap_format::display::{NoFdNames, write_args};
use scap_format::{EventRef, abi::events::code};

use crate::Report;

/// One captured event, rendered.
struct Seen {
    ts: u64,
    tid: u64,
    ty: u16,
    name: &'static str,
    enter: bool,
    args: String,
}

/// What the workload did, to compare with the events.
struct Done {
    pid: u64,
    tid: u64,
    shadow_fd: i32,
    shadow_ino: u64,
    shadow_head: Vec<u8>,
    conf_fd: i32,
    conf_ino: u64,
    dup_to: i32,
    thread_tid: u64,
    child_sh: u64,
    child_bad: u64,
    listen_fd: i32,
    client_fd: i32,
    server_fd: i32,
    port: u16,
    cport: u16,
}

const WRITTEN: &[u8] = b"hello rfalco\n";

fn act() -> std::io::Result<Done> {
    use rustix::fs::{CWD, Mode, OFlags, openat};
    let pid = u64::from(std::process::id());
    let tid = rustix::thread::gettid().as_raw_nonzero().get() as u64;
    // Write below /etc.
    let conf = openat(
        CWD,
        "/etc/rfalco-test.conf",
        OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o640),
    )?;
    rustix::io::write(&conf, WRITTEN)?;
    let conf_ino = rustix::fs::fstat(&conf)?.st_ino;
    let conf_fd = conf.as_raw_fd();
    drop(conf);
    // Read a sensitive file.
    let shadow = openat(
        CWD,
        "/etc/shadow",
        OFlags::RDONLY | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    let mut head = [0u8; 16];
    let n = rustix::io::read(&shadow, &mut head)?;
    let shadow_ino = rustix::fs::fstat(&shadow)?.st_ino;
    let shadow_fd = shadow.as_raw_fd();
    // dup2 onto a known number.
    let mut target = fd_at_least(100)?;
    rustix::io::dup2(&shadow, &mut target)?;
    let dup_to = target.as_raw_fd();
    drop(target);
    drop(shadow);
    // Rename and unlink.
    rustix::fs::renameat(CWD, "/etc/rfalco-test.conf", CWD, "/etc/rfalco-test.moved")?;
    rustix::fs::unlinkat(CWD, "/etc/rfalco-test.moved", rustix::fs::AtFlags::empty())?;
    // A failing syscall.
    let failed = openat(CWD, "/nonexistent/rfalco", OFlags::RDONLY, Mode::empty());
    assert!(failed.is_err());
    // setuid to the uid we have (root in the VM).
    rustix::thread::set_thread_uid(rustix::process::getuid())?;
    // Loopback TCP: bind, listen, connect, accept.
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    let mut client = TcpStream::connect(("127.0.0.1", port))?;
    let (mut server, peer) = listener.accept()?;
    client.write_all(b"ping")?;
    let mut b = [0u8; 4];
    server.read_exact(&mut b)?;
    // A thread.
    let thread_tid = std::thread::spawn(|| rustix::thread::gettid().as_raw_nonzero().get() as u64)
        .join()
        .map_err(|_| std::io::Error::other("thread panicked"))?;
    // Programs: one that runs with arguments and exits 3, one that does not exist.
    let mut sh = std::process::Command::new("/bin/sh")
        .args(["-c", "exit 3"])
        .spawn()?;
    let child_sh = u64::from(sh.id());
    let status = sh.wait()?;
    assert_eq!(status.code(), Some(3));
    // The shell's own execve of a missing program fails (ENOENT) in a process we know.
    let mut bad = std::process::Command::new("/bin/sh")
        .args(["-c", "exec /nonexistent-prog"])
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let child_bad = u64::from(bad.id());
    let _ = bad.wait()?;
    let done = Done {
        pid,
        tid,
        shadow_fd,
        shadow_ino,
        shadow_head: head[..n].to_vec(),
        conf_fd,
        conf_ino,
        dup_to,
        thread_tid,
        child_sh,
        child_bad,
        listen_fd: listener.as_raw_fd(),
        client_fd: client.as_raw_fd(),
        server_fd: server.as_raw_fd(),
        port,
        cport: peer.port(),
    };
    Ok(done)
}

/// An fd numbered `n` or above (on /dev/null), to dup onto.
fn fd_at_least(n: i32) -> std::io::Result<rustix::fd::OwnedFd> {
    use rustix::fs::{CWD, Mode, OFlags, openat};
    let f = openat(
        CWD,
        "/dev/null",
        OFlags::RDONLY | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    Ok(rustix::io::fcntl_dupfd_cloexec(&f, n)?)
}

/// Enables everything, runs the workload, drains every ring; the events of our process and
/// its children, in time order.
fn capture(set: &DeviceSet) -> Result<(Done, Vec<Seen>, String), String> {
    let mut rings = set.map_all().map_err(|e| e.to_string())?;
    crate::trace_everything(set, true)?;
    let done = act().map_err(|e| format!("workload: {e}"));
    crate::trace_everything(set, false)?;
    let done = done?;
    let ours = [done.tid, done.thread_tid, done.child_sh, done.child_bad];
    let mut seen = Vec::new();
    let mut counters = String::new();
    for ring in &mut rings {
        loop {
            let mut b = ring.read().map_err(|e| format!("read: {e}"))?;
            let mut got = 0;
            while let Some(ev) = b.next_event() {
                got += 1;
                let ev: EventRef<'_> = ev.map_err(|e| format!("corrupt event: {e}"))?;
                if !ours.contains(&ev.tid()) {
                    continue;
                }
                let mut args = String::new();
                write_args(&ev, &NoFdNames, &mut args);
                seen.push(Seen {
                    ts: ev.ts(),
                    tid: ev.tid(),
                    ty: ev.ty(),
                    name: ev.name(),
                    enter: ev.is_enter(),
                    args,
                });
            }
            if got == 0 {
                break;
            }
        }
        let info = ring.info();
        counters += &format!(
            " cpu{}:evts={},drops={},pf={}",
            ring.cpu(),
            info.counter(info_offset::N_EVTS),
            info.counter(info_offset::N_DROPS_BUFFER),
            info.counter(info_offset::N_DROPS_PF)
        );
    }
    seen.sort_by_key(|s| s.ts);
    Ok((done, seen, counters))
}

/// Finds the first event of type `ty` by `tid` whose arguments satisfy `pred`.
fn find(seen: &[Seen], ty: u16, tid: u64, pred: impl Fn(&str) -> bool) -> Option<&Seen> {
    seen.iter()
        .find(|s| s.ty == ty && s.tid == tid && pred(&s.args))
}

/// Checks that an event of type `ty` by `tid` has exactly the arguments `want`.
fn expect(r: &mut Report, seen: &[Seen], name: &str, ty: u16, tid: u64, want: &str) {
    let hit = seen
        .iter()
        .find(|s| s.ty == ty && s.tid == tid && s.args == want);
    let detail = match hit {
        Some(_) => want.to_string(),
        None => {
            let near: Vec<&str> = seen
                .iter()
                .filter(|s| s.ty == ty && s.tid == tid)
                .map(|s| s.args.as_str())
                .collect();
            format!("want [{want}] got {near:?}")
        }
    };
    r.check(name, hit.is_some(), detail);
}

fn escaped(b: &[u8]) -> String {
    b.iter()
        .map(|&c| {
            if c.is_ascii_graphic() || c == b' ' {
                (c as char).to_string()
            } else {
                ".".into()
            }
        })
        .collect()
}

/// The workload check.
pub(crate) fn run(r: &mut Report, set: &DeviceSet) {
    let (d, seen, counters) = match capture(set) {
        Ok(v) => v,
        Err(e) => return r.check("fc_workload", false, e),
    };
    r.check(
        "fc_workload",
        !seen.is_empty(),
        format!("{} events of ours{counters}", seen.len()),
    );
    let dev = std::fs::metadata("/etc/shadow")
        .map(|m| m.dev())
        .unwrap_or(0) as u32;
    let dev_hex = format!("{dev:X}");
    let (me, th) = (d.tid, d.thread_tid);
    expect(
        r,
        &seen,
        "fc_wl_open_write_below_etc",
        code::SYSCALL_OPENAT_2_X,
        me,
        &format!(
            "fd={} dirfd=-100(AT_FDCWD) name=/etc/rfalco-test.conf flags=22790(O_LARGEFILE|O_TRUNC|O_CREAT|O_WRONLY|O_CLOEXEC|O_F_CREATED) mode=0640 dev={dev_hex} ino={}",
            d.conf_fd, d.conf_ino
        ),
    );
    expect(
        r,
        &seen,
        "fc_wl_openat_enter",
        code::SYSCALL_OPENAT_2_E,
        me,
        "dirfd=-100(AT_FDCWD) name=/etc/shadow flags=6145(O_LARGEFILE|O_RDONLY|O_CLOEXEC) mode=0",
    );
    expect(
        r,
        &seen,
        "fc_wl_write",
        code::SYSCALL_WRITE_X,
        me,
        &format!(
            "res={} data={} fd={} size={}",
            WRITTEN.len(),
            escaped(WRITTEN),
            d.conf_fd,
            WRITTEN.len()
        ),
    );
    expect(
        r,
        &seen,
        "fc_wl_open_shadow",
        code::SYSCALL_OPENAT_2_X,
        me,
        &format!(
            "fd={} dirfd=-100(AT_FDCWD) name=/etc/shadow flags=6145(O_LARGEFILE|O_RDONLY|O_CLOEXEC) mode=0 dev={dev_hex} ino={}",
            d.shadow_fd, d.shadow_ino
        ),
    );
    expect(
        r,
        &seen,
        "fc_wl_read_shadow",
        code::SYSCALL_READ_X,
        me,
        &format!(
            "res={} data={} fd={} size=16",
            d.shadow_head.len(),
            escaped(&d.shadow_head),
            d.shadow_fd
        ),
    );
    let dup = find(&seen, code::SYSCALL_DUP2_X, me, |a| {
        a.starts_with(&format!("res={}", d.dup_to))
    })
    .or_else(|| {
        find(&seen, code::SYSCALL_DUP3_X, me, |a| {
            a.starts_with(&format!("res={}", d.dup_to))
        })
    });
    let want_dup = format!("res={0} oldfd={1} newfd={0}", d.dup_to, d.shadow_fd);
    r.check(
        "fc_wl_dup2",
        dup.is_some_and(|s| s.args.starts_with(&want_dup)),
        format!("want [{want_dup}...] got {:?}", dup.map(|s| &s.args)),
    );
    let ren = find(&seen, code::SYSCALL_RENAMEAT_X, me, |_| true)
        .or_else(|| find(&seen, code::SYSCALL_RENAMEAT2_X, me, |_| true));
    let want_ren = "res=0 olddirfd=-100(AT_FDCWD) oldpath=/etc/rfalco-test.conf newdirfd=-100(AT_FDCWD) newpath=/etc/rfalco-test.moved";
    r.check(
        "fc_wl_rename",
        ren.is_some_and(|s| s.args.starts_with(want_ren)),
        format!("want [{want_ren}...] got {:?}", ren.map(|s| &s.args)),
    );
    expect(
        r,
        &seen,
        "fc_wl_unlink",
        code::SYSCALL_UNLINKAT_2_X,
        me,
        "res=0 dirfd=-100(AT_FDCWD) name=/etc/rfalco-test.moved flags=0",
    );
    expect(
        r,
        &seen,
        "fc_wl_failing_open",
        code::SYSCALL_OPENAT_2_X,
        me,
        "fd=-2(ENOENT) dirfd=-100(AT_FDCWD) name=/nonexistent/rfalco flags=2049(O_LARGEFILE|O_RDONLY) mode=0 dev=0 ino=0",
    );
    expect(
        r,
        &seen,
        "fc_wl_setuid",
        code::SYSCALL_SETUID_X,
        me,
        "res=0 uid=0(<NA>)",
    );
    let lo = format!("127.0.0.1:{}", d.port);
    let cl = format!("127.0.0.1:{}", d.cport);
    expect(
        r,
        &seen,
        "fc_wl_bind",
        code::SOCKET_BIND_X,
        me,
        &format!("res=0 addr=127.0.0.1:0 fd={}", d.listen_fd),
    );
    expect(
        r,
        &seen,
        "fc_wl_connect_enter",
        code::SOCKET_CONNECT_E,
        me,
        &format!("fd={} addr={lo}", d.client_fd),
    );
    expect(
        r,
        &seen,
        "fc_wl_connect",
        code::SOCKET_CONNECT_X,
        me,
        &format!("res=0 tuple={cl}->{lo} fd={} addr={lo}", d.client_fd),
    );
    let acc = find(&seen, code::SOCKET_ACCEPT4_6_X, me, |_| true);
    let want_acc = format!("fd={} tuple={cl}->{lo}", d.server_fd);
    r.check(
        "fc_wl_accept",
        acc.is_some_and(|s| s.args.starts_with(&want_acc)),
        format!("want [{want_acc}...] got {:?}", acc.map(|s| &s.args)),
    );
    // The thread: the parent's clone exit names the child, the child's own names itself.
    let parent = seen.iter().find(|s| {
        s.tid == me
            && matches!(s.ty, code::SYSCALL_CLONE3_X | code::SYSCALL_CLONE_20_X)
            && s.args.starts_with(&format!("res={th} "))
    });
    r.check(
        "fc_wl_thread_parent",
        parent.is_some_and(|s| s.args.contains("CLONE_THREAD") && s.args.contains("CLONE_VM")),
        format!("{:?}", parent.map(|s| &s.args)),
    );
    let child = seen
        .iter()
        .find(|s| s.tid == th && matches!(s.ty, code::SYSCALL_CLONE3_X | code::SYSCALL_CLONE_20_X));
    let want_child = format!(
        "res=0 exe=/falco-check args=NULL tid={th} pid={} ptid=",
        d.pid
    );
    r.check(
        "fc_wl_thread_child",
        child.is_some_and(|s| s.args.starts_with(&want_child) && s.args.contains("CLONE_THREAD")),
        format!("want [{want_child}...] got {:?}", child.map(|s| &s.args)),
    );
    // The program: execve by the child with its arguments, then its exit with status 3.
    let exec = seen
        .iter()
        .find(|s| s.tid == d.child_sh && s.ty == code::SYSCALL_EXECVE_19_X);
    let want_exec = format!(
        "res=0 exe=/bin/sh args=-c.exit 3. tid={0} pid={0} ptid={1} cwd=<NA> ",
        d.child_sh, d.pid
    );
    r.check(
        "fc_wl_execve",
        exec.is_some_and(|s| {
            s.args.starts_with(&want_exec)
                && s.args.contains("comm=sh ")
                && s.args.contains("trusted_exepath=/bin/busybox ")
                && s.args.ends_with("filename=/bin/busybox")
        }),
        format!(
            "want [{want_exec}...comm=sh...] got {:?}",
            exec.map(|s| &s.args)
        ),
    );
    let exit = seen
        .iter()
        .find(|s| s.tid == d.child_sh && s.ty == code::PROCEXIT_1_E);
    r.check(
        "fc_wl_procexit",
        exit.is_some_and(|s| s.args.starts_with("status=768 ret=3 sig=0 core=0")),
        format!("{:?}", exit.map(|s| &s.args)),
    );
    let failed = seen.iter().find(|s| {
        s.tid == d.child_bad && s.ty == code::SYSCALL_EXECVE_19_X && s.args.starts_with("res=-")
    });
    r.check(
        "fc_wl_failing_execve",
        failed.is_some_and(|s| {
            s.args
                .starts_with("res=-2(ENOENT) exe=/nonexistent-prog args=NULL ")
                && s.args.ends_with("filename=/nonexistent-prog")
        }),
        format!("child={} {:?}", d.child_bad, failed.map(|s| &s.args)),
    );
    if r.fails > 0 {
        for s in &seen {
            println!(
                "  {} {} {} {}",
                s.tid,
                if s.enter { '>' } else { '<' },
                s.name,
                s.args
            );
        }
    }
}
