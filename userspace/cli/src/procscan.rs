//! The host's processes, threads and open files from /proc, as a capture's metadata tables: the
//! state a live capture starts from.

use std::os::unix::ffi::OsStrExt;

use procfs::process::{FDTarget, Process};
use procfs::{Current, CurrentSI};
use scap_format::metadata::fdlist::{FdDetail, FdEntry, FdType};
use scap_format::metadata::machine::MachineInfo;
use scap_format::metadata::proclist::ThreadEntry;
use scap_format::reader::CaptureMetadata;

/// Scans /proc. Processes that exit during the scan, or whose details cannot be read, are
/// skipped or recorded with what could be read (as Falco's /proc scan does).
pub fn scan() -> CaptureMetadata {
    let mut meta = CaptureMetadata {
        machine: Some(machine()),
        ..CaptureMetadata::default()
    };
    let Ok(all) = procfs::process::all_processes() else {
        return meta;
    };
    for proc in all.flatten() {
        let Some(main) = thread_entry(&proc) else {
            continue;
        };
        let pid = main.pid;
        if let Ok(tasks) = proc.tasks() {
            for task in tasks.flatten() {
                if task.tid as u64 == pid {
                    continue;
                }
                let mut t = main.clone();
                t.tid = task.tid as u64;
                if let Ok(stat) = task.stat() {
                    t.comm = stat.comm.into_bytes();
                }
                meta.threads.push(t);
            }
        }
        meta.fds.push((pid, fds(&proc)));
        meta.threads.push(main);
    }
    meta.threads.sort_by_key(|t| t.tid);
    meta
}

fn machine() -> MachineInfo {
    let hostname = rustix::system::uname().nodename().to_bytes().to_vec();
    let memory = procfs::Meminfo::current().map(|m| m.mem_total).unwrap_or(0);
    let boot = procfs::KernelStats::current().map(|k| k.btime).unwrap_or(0);
    MachineInfo {
        num_cpus: std::thread::available_parallelism().map_or(1, |n| n.get() as u32),
        memory_size_bytes: memory,
        max_pid: std::fs::read_to_string("/proc/sys/kernel/pid_max")
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0),
        hostname,
        boot_ts_epoch: boot * 1_000_000_000,
        ..MachineInfo::default()
    }
}

fn thread_entry(proc: &Process) -> Option<ThreadEntry> {
    let stat = proc.stat().ok()?;
    let mut t = ThreadEntry {
        tid: stat.pid as u64,
        pid: stat.pid as u64,
        ptid: stat.ppid as u64,
        sid: i64::from(stat.session),
        vpgid: i64::from(stat.pgrp),
        pgid: i64::from(stat.pgrp),
        comm: stat.comm.clone().into_bytes(),
        flags: stat.flags,
        pfmajor: stat.majflt,
        pfminor: stat.minflt,
        tty: stat.tty_nr as u32,
        ..ThreadEntry::default()
    };
    if let Ok(cmdline) = proc.cmdline() {
        if let Some(first) = cmdline.first() {
            t.exe = first.clone().into_bytes();
        }
        for a in cmdline.iter().skip(1) {
            t.args.extend_from_slice(a.as_bytes());
            t.args.push(0);
        }
    }
    if let Ok(exe) = proc.exe() {
        t.exepath = exe.as_os_str().as_bytes().to_vec();
    }
    if let Ok(cwd) = proc.cwd() {
        t.cwd = cwd.as_os_str().as_bytes().to_vec();
    }
    if let Ok(root) = proc.root() {
        t.root = root.as_os_str().as_bytes().to_vec();
    }
    if let Ok(env) = proc.environ() {
        for (k, v) in env {
            t.env.extend_from_slice(k.as_bytes());
            t.env.push(b'=');
            t.env.extend_from_slice(v.as_bytes());
            t.env.push(0);
        }
    }
    if let Ok(status) = proc.status() {
        t.uid = status.euid;
        t.gid = status.egid;
        t.vmsize_kb = status.vmsize.unwrap_or(0) as u32;
        t.vmrss_kb = status.vmrss.unwrap_or(0) as u32;
        t.vmswap_kb = status.vmswap.unwrap_or(0) as u32;
        t.cap_inheritable = status.capinh;
        t.cap_permitted = status.capprm;
        t.cap_effective = status.capeff;
        t.vtid = status
            .nstgid
            .as_ref()
            .and_then(|v| v.last().copied())
            .map_or(-1, i64::from);
        t.vpid = status
            .nspid
            .as_ref()
            .and_then(|v| v.last().copied())
            .map_or(-1, i64::from);
    }
    if let Ok(cgroups) = proc.cgroups() {
        for cg in cgroups.0 {
            let subsys = if cg.controllers.is_empty() {
                String::new()
            } else {
                cg.controllers.join(",")
            };
            t.cgroups.extend_from_slice(subsys.as_bytes());
            t.cgroups.push(b'=');
            t.cgroups.extend_from_slice(cg.pathname.as_bytes());
            t.cgroups.push(0);
        }
    }
    if let Ok(uid) = proc.loginuid() {
        t.loginuid = uid;
    }
    if let Ok(limits) = proc.limits() {
        t.fdlimit = match limits.max_open_files.soft_limit {
            procfs::process::LimitValue::Value(v) => v as i64,
            procfs::process::LimitValue::Unlimited => -1,
        };
    }
    // Long environments and argument lists are kept up to the format's limits, as libscap's
    // /proc scan keeps them.
    t.fit_limits();
    Some(t)
}

fn fds(proc: &Process) -> Vec<FdEntry> {
    let Ok(list) = proc.fd() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for fd in list.flatten() {
        let (ty, detail, ino) = match &fd.target {
            FDTarget::Path(p) => {
                let path = p.as_os_str().as_bytes().to_vec();
                (
                    FdType::FileV2,
                    FdDetail::File {
                        open_flags: 0,
                        path,
                        dev: 0,
                    },
                    0,
                )
            }
            FDTarget::Pipe(ino) => (
                FdType::Fifo,
                FdDetail::Named {
                    name: format!("pipe:[{ino}]").into_bytes(),
                },
                *ino,
            ),
            FDTarget::Socket(ino) => (
                FdType::Unsupported,
                FdDetail::Named {
                    name: format!("socket:[{ino}]").into_bytes(),
                },
                *ino,
            ),
            FDTarget::AnonInode(kind) => {
                let ty = match kind.as_str() {
                    "[eventfd]" => FdType::Event,
                    "[eventpoll]" => FdType::Eventpoll,
                    "[signalfd]" => FdType::Signalfd,
                    "[timerfd]" => FdType::Timerfd,
                    "inotify" => FdType::Inotify,
                    "bpf-map" | "bpf-prog" | "bpf_link" => FdType::Bpf,
                    "[userfaultfd]" => FdType::Userfaultfd,
                    "[io_uring]" => FdType::IoUring,
                    "[pidfd]" => FdType::Pidfd,
                    _ => FdType::Unsupported,
                };
                (
                    ty,
                    FdDetail::Named {
                        name: kind.clone().into_bytes(),
                    },
                    0,
                )
            }
            FDTarget::MemFD(name) => (
                FdType::Memfd,
                FdDetail::Named {
                    name: name.clone().into_bytes(),
                },
                0,
            ),
            FDTarget::Net(ino) => (
                FdType::Netlink,
                FdDetail::Named {
                    name: format!("net:[{ino}]").into_bytes(),
                },
                *ino,
            ),
            FDTarget::Other(name, ino) => (
                FdType::Unsupported,
                FdDetail::Named {
                    name: name.clone().into_bytes(),
                },
                *ino,
            ),
            FDTarget::Unknown(name, ino) => (
                FdType::Unsupported,
                FdDetail::Named {
                    name: name.clone().into_bytes(),
                },
                ino.parse().unwrap_or(0),
            ),
        };
        out.push(FdEntry {
            fd: fd.fd as i64,
            ino,
            ty,
            detail,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_finds_this_process_its_threads_and_files() {
        let _file = std::fs::File::open("/proc/self/status").expect("open");
        let meta = scan();
        let me = u64::from(std::process::id());
        let t = meta
            .threads
            .iter()
            .find(|t| t.tid == me)
            .expect("this process is in the table");
        assert_eq!(t.pid, me);
        assert_eq!(t.ptid, u64::from(std::os::unix::process::parent_id()));
        assert!(!t.comm.is_empty());
        assert!(!t.exepath.is_empty());
        assert_eq!(t.uid, rustix::process::geteuid().as_raw());
        let (_, fds) = meta
            .fds
            .iter()
            .find(|(pid, _)| *pid == me)
            .expect("fd table");
        assert!(
            fds.iter().any(
                |f| matches!(&f.detail, FdDetail::File { path, .. } if path.ends_with(b"/status"))
            ),
            "the open file shows up"
        );
        assert!(
            meta.machine
                .as_ref()
                .is_some_and(|m| m.num_cpus > 0 && m.memory_size_bytes > 0)
        );
        // The tables survive a capture round trip.
        let w = scap_format::writer::CaptureWriter::new(Vec::new(), &meta).expect("writer");
        let bytes = w.finish().expect("finish");
        let r = scap_format::CaptureReader::from_bytes(bytes).expect("read back");
        assert_eq!(r.metadata().threads, meta.threads);
    }
}
