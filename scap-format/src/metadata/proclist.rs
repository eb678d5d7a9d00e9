//! Process list block (`PL`, versions 1 to 9): one entry per thread alive at capture start.
//!
//! Every string is a `u16` length and that many bytes, without a NUL. Fields in entry order, with
//! the first version that has them:
//!
//! | field | type | since |
//! |---|---|---|
//! | entry length (includes itself) | u32 | V9 |
//! | tid, pid, ptid | u64 | V1 |
//! | sid | i64 | V6 |
//! | vpgid | i64 | V8 |
//! | comm, exe | str | V1 |
//! | exepath | str | V7 |
//! | args (NUL-separated), cwd | str | V1 |
//! | fdlimit | i64 | V1 |
//! | flags, uid, gid | u32 | V1 |
//! | vmsize_kb, vmrss_kb, vmswap_kb | u32 | V2 |
//! | pfmajor, pfminor | u64 | V2 |
//! | env (NUL-separated) | str | V3 |
//! | vtid, vpid | i64 | V4 |
//! | cgroups (NUL-separated `subsys=path`) | str | V4 |
//! | root | str | V5 |
//! | pidns_init_start_ts | u64 | V9, optional |
//! | tty, loginuid | u32 | V9, optional |
//! | exe_writable | u8 | V9, optional |
//! | cap_inheritable, cap_permitted, cap_effective | u64 | V9, optional |
//! | exe_upper_layer | u8 | V9, optional |
//! | exe_ino, exe_ino_ctime, exe_ino_mtime | u64 | V9, optional |
//! | exe_from_memfd, exe_lower_layer | u8 | V9, optional |
//! | pgid | i64 | V9, optional |
//!
//! "Optional" fields are read only when the entry length leaves room for each.
//!
//! V9 tolerance, as libscap: an entry length of 0 means "no optional fields"; a longer entry has
//! its unknown trailing bytes skipped; an entry length shorter than its mandatory fields is an
//! error. Writers before libs 0.10 put `loginuid, exe_writable, cap_*` (29 bytes) right after
//! `root`; libs 0.10 inserted `pidns_init_start_ts` and `tty` before them. As libscap does, when at
//! most 29 bytes of the entry are left after `root`, the entry is taken as pre-0.10 and
//! `pidns_init_start_ts` and `tty` are not read. V1 to V8 entries have no length: the entry ends
//! after its last field. Parsing stops when fewer than 4 bytes of the body are left (padding).
//!
//! Limits checked as libscap does: comm, exe, exepath, cwd and root at most
//! [`MAX_PATH_SIZE`] bytes; args, env and cgroups at most 4096.

use super::{
    Ctx, Cursor, MAX_ARGS_SIZE, MAX_CGROUPS_SIZE, MAX_ENV_SIZE, MAX_PATH_SIZE, MetaError,
    put_string16, string16_len,
};

/// Bytes of the optional fields pre-0.10 writers put after `root` (see the module docs).
const PRE_0_10_TAIL: usize = 4 + 1 + 8 * 3;

/// One thread of the process list.
///
/// Fields absent from an older entry take libscap's defaults, listed with each field; fields
/// without a default are present in every version.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ThreadEntry {
    /// Thread id.
    pub tid: u64,
    /// Process id (thread group leader).
    pub pid: u64,
    /// Parent thread id.
    pub ptid: u64,
    /// Session id. Default (before V6): -1.
    pub sid: i64,
    /// Process group id as seen from the thread's pid namespace. Default (before V8): -1.
    pub vpgid: i64,
    /// Command name.
    pub comm: Vec<u8>,
    /// `argv[0]`.
    pub exe: Vec<u8>,
    /// Full executable path. Default (before V7): empty.
    pub exepath: Vec<u8>,
    /// Arguments, raw NUL-separated bytes as stored (libscap appends a NUL when the last one
    /// has none).
    pub args: Vec<u8>,
    /// Current working directory.
    pub cwd: Vec<u8>,
    /// Maximum number of open files.
    pub fdlimit: i64,
    /// Process flags.
    pub flags: u32,
    /// User id.
    pub uid: u32,
    /// Group id.
    pub gid: u32,
    /// Virtual memory size in KiB. Default (V1): 0.
    pub vmsize_kb: u32,
    /// Resident memory in KiB. Default (V1): 0.
    pub vmrss_kb: u32,
    /// Swapped memory in KiB. Default (V1): 0.
    pub vmswap_kb: u32,
    /// Major page faults. Default (V1): 0.
    pub pfmajor: u64,
    /// Minor page faults. Default (V1): 0.
    pub pfminor: u64,
    /// Environment, raw NUL-separated bytes. Default (before V3): empty.
    pub env: Vec<u8>,
    /// Thread id in its pid namespace. Default (before V4): -1 (libscap leaves it at -1;
    /// consumers may fall back to `tid`).
    pub vtid: i64,
    /// Process id in its pid namespace. Default (before V4): -1 (consumers may fall back to
    /// `pid`).
    pub vpid: i64,
    /// Cgroups, raw NUL-separated `subsys=path` bytes. Default (before V4): empty.
    pub cgroups: Vec<u8>,
    /// Root directory. Default (before V5): empty.
    pub root: Vec<u8>,
    /// Start time of the pid namespace's init task. Default: 0.
    pub pidns_init_start_ts: u64,
    /// Controlling terminal number. Default: 0.
    pub tty: u32,
    /// Login uid (audit uid). Default: `u32::MAX` (unset).
    pub loginuid: u32,
    /// The executable is writable by the user that started it. Default: false.
    pub exe_writable: bool,
    /// Inheritable capabilities. Default: 0.
    pub cap_inheritable: u64,
    /// Permitted capabilities. Default: 0.
    pub cap_permitted: u64,
    /// Effective capabilities. Default: 0.
    pub cap_effective: u64,
    /// The executable lies on an overlayfs upper layer. Default: false.
    pub exe_upper_layer: bool,
    /// Inode number of the executable. Default: 0.
    pub exe_ino: u64,
    /// Executable inode ctime. Default: 0.
    pub exe_ino_ctime: u64,
    /// Executable inode mtime. Default: 0.
    pub exe_ino_mtime: u64,
    /// The executable is a memfd. Default: false.
    pub exe_from_memfd: bool,
    /// The executable lies on an overlayfs lower layer. Default: false.
    pub exe_lower_layer: bool,
    /// Process group id as seen from the host. Default: -1.
    pub pgid: i64,
}

impl ThreadEntry {
    /// Cuts every string to the length a process-list entry can hold (libscap's limits, the
    /// same its /proc scan reads into), returning how many strings were cut. An entry that fits
    /// writes and reads back unchanged.
    pub fn fit_limits(&mut self) -> usize {
        let mut cut = 0;
        for (s, max) in [
            (&mut self.comm, MAX_PATH_SIZE),
            (&mut self.exe, MAX_PATH_SIZE),
            (&mut self.exepath, MAX_PATH_SIZE),
            (&mut self.args, MAX_ARGS_SIZE),
            (&mut self.cwd, MAX_PATH_SIZE),
            (&mut self.env, MAX_ENV_SIZE),
            (&mut self.cgroups, MAX_CGROUPS_SIZE),
            (&mut self.root, MAX_PATH_SIZE),
        ] {
            if s.len() > max {
                s.truncate(max);
                cut += 1;
            }
        }
        cut
    }
}

impl Default for ThreadEntry {
    /// Ids 0, every optional field at libscap's default for an absent field.
    fn default() -> Self {
        Self {
            tid: 0,
            pid: 0,
            ptid: 0,
            sid: -1,
            vpgid: -1,
            comm: Vec::new(),
            exe: Vec::new(),
            exepath: Vec::new(),
            args: Vec::new(),
            cwd: Vec::new(),
            fdlimit: 0,
            flags: 0,
            uid: 0,
            gid: 0,
            vmsize_kb: 0,
            vmrss_kb: 0,
            vmswap_kb: 0,
            pfmajor: 0,
            pfminor: 0,
            env: Vec::new(),
            vtid: -1,
            vpid: -1,
            cgroups: Vec::new(),
            root: Vec::new(),
            pidns_init_start_ts: 0,
            tty: 0,
            loginuid: u32::MAX,
            exe_writable: false,
            cap_inheritable: 0,
            cap_permitted: 0,
            cap_effective: 0,
            exe_upper_layer: false,
            exe_ino: 0,
            exe_ino_ctime: 0,
            exe_ino_mtime: 0,
            exe_from_memfd: false,
            exe_lower_layer: false,
            pgid: -1,
        }
    }
}

/// Parses a process list block body of the given version (1 to 9).
pub fn parse(version: u8, body: &[u8]) -> Result<Vec<ThreadEntry>, MetaError> {
    if !(1..=9).contains(&version) {
        return Err(MetaError::UnsupportedVersion {
            list: "process list",
            version,
        });
    }
    let mut c = Cursor::new(body);
    let mut out = Vec::new();
    while c.remaining_in_block() >= 4 {
        let t = parse_entry(version, &mut c, out.len())?;
        out.push(t);
    }
    Ok(out)
}

fn parse_entry(version: u8, c: &mut Cursor<'_>, index: usize) -> Result<ThreadEntry, MetaError> {
    let mut ctx = Ctx::entry("process list", index);
    let start = c.pos();
    let sub_len = if version >= 9 {
        c.u32(&ctx, "entry length")?
    } else {
        0
    };
    if sub_len != 0 {
        c.enter_entry(&ctx, start, sub_len as usize)?;
    }
    let tid = c.u64(&ctx, "tid")?;
    ctx.key = Some(("tid", tid as i64));
    let pid = c.u64(&ctx, "pid")?;
    let ptid = c.u64(&ctx, "ptid")?;
    let mut t = ThreadEntry {
        tid,
        pid,
        ptid,
        ..ThreadEntry::default()
    };
    if version >= 6 {
        t.sid = c.i64(&ctx, "sid")?;
    }
    if version >= 8 {
        t.vpgid = c.i64(&ctx, "vpgid")?;
    }
    t.comm = c.string16(MAX_PATH_SIZE, &ctx, "comm")?;
    t.exe = c.string16(MAX_PATH_SIZE, &ctx, "exe")?;
    if version >= 7 {
        t.exepath = c.string16(MAX_PATH_SIZE, &ctx, "exepath")?;
    }
    t.args = c.string16(MAX_ARGS_SIZE, &ctx, "args")?;
    t.cwd = c.string16(MAX_PATH_SIZE, &ctx, "cwd")?;
    t.fdlimit = c.i64(&ctx, "fdlimit")?;
    t.flags = c.u32(&ctx, "flags")?;
    t.uid = c.u32(&ctx, "uid")?;
    t.gid = c.u32(&ctx, "gid")?;
    if version >= 2 {
        t.vmsize_kb = c.u32(&ctx, "vmsize_kb")?;
        t.vmrss_kb = c.u32(&ctx, "vmrss_kb")?;
        t.vmswap_kb = c.u32(&ctx, "vmswap_kb")?;
        t.pfmajor = c.u64(&ctx, "pfmajor")?;
        t.pfminor = c.u64(&ctx, "pfminor")?;
    }
    if version >= 3 {
        t.env = c.string16(MAX_ENV_SIZE, &ctx, "env")?;
    }
    if version >= 4 {
        t.vtid = c.i64(&ctx, "vtid")?;
        t.vpid = c.i64(&ctx, "vpid")?;
        t.cgroups = c.string16(MAX_CGROUPS_SIZE, &ctx, "cgroups")?;
    }
    if version >= 5 {
        t.root = c.string16(MAX_PATH_SIZE, &ctx, "root")?;
    }
    if sub_len != 0 {
        parse_optional_tail(c, &ctx, &mut t)?;
    }
    c.leave_entry();
    Ok(t)
}

/// Reads the V9 fields that are present only when the entry length leaves room for them.
fn parse_optional_tail(
    c: &mut Cursor<'_>,
    ctx: &Ctx<'_>,
    t: &mut ThreadEntry,
) -> Result<(), MetaError> {
    if c.remaining() > PRE_0_10_TAIL {
        if c.remaining() >= 8 {
            t.pidns_init_start_ts = c.u64(ctx, "pidns_init_start_ts")?;
        }
        if c.remaining() >= 4 {
            t.tty = c.u32(ctx, "tty")?;
        }
    }
    if c.remaining() >= 4 {
        t.loginuid = c.u32(ctx, "loginuid")?;
    }
    if c.remaining() >= 1 {
        t.exe_writable = c.u8(ctx, "exe_writable")? != 0;
    }
    if c.remaining() >= 8 {
        t.cap_inheritable = c.u64(ctx, "cap_inheritable")?;
    }
    if c.remaining() >= 8 {
        t.cap_permitted = c.u64(ctx, "cap_permitted")?;
    }
    if c.remaining() >= 8 {
        t.cap_effective = c.u64(ctx, "cap_effective")?;
    }
    if c.remaining() >= 1 {
        t.exe_upper_layer = c.u8(ctx, "exe_upper_layer")? != 0;
    }
    if c.remaining() >= 8 {
        t.exe_ino = c.u64(ctx, "exe_ino")?;
    }
    if c.remaining() >= 8 {
        t.exe_ino_ctime = c.u64(ctx, "exe_ino_ctime")?;
    }
    if c.remaining() >= 8 {
        t.exe_ino_mtime = c.u64(ctx, "exe_ino_mtime")?;
    }
    if c.remaining() >= 1 {
        t.exe_from_memfd = c.u8(ctx, "exe_from_memfd")? != 0;
    }
    if c.remaining() >= 1 {
        t.exe_lower_layer = c.u8(ctx, "exe_lower_layer")? != 0;
    }
    if c.remaining() >= 8 {
        t.pgid = c.i64(ctx, "pgid")?;
    }
    Ok(())
}

/// On-disk size of one V9 entry, its length field included.
pub fn entry_len(t: &ThreadEntry) -> usize {
    4 + 8 * 5
        + string16_len(&t.comm, MAX_PATH_SIZE)
        + string16_len(&t.exe, MAX_PATH_SIZE)
        + string16_len(&t.exepath, MAX_PATH_SIZE)
        + string16_len(&t.args, MAX_ARGS_SIZE)
        + string16_len(&t.cwd, MAX_PATH_SIZE)
        + 8
        + 4 * 6
        + 8 * 2
        + string16_len(&t.env, MAX_ENV_SIZE)
        + 8 * 2
        + string16_len(&t.cgroups, MAX_CGROUPS_SIZE)
        + string16_len(&t.root, MAX_PATH_SIZE)
        + 8
        + 4
        + 4
        + 1
        + 8 * 3
        + 1
        + 8 * 3
        + 1
        + 1
        + 8
}

/// Appends one V9 entry.
pub fn write_entry(t: &ThreadEntry, out: &mut Vec<u8>) {
    let len = entry_len(t);
    out.reserve(len);
    out.extend_from_slice(&(len as u32).to_le_bytes());
    out.extend_from_slice(&t.tid.to_le_bytes());
    out.extend_from_slice(&t.pid.to_le_bytes());
    out.extend_from_slice(&t.ptid.to_le_bytes());
    out.extend_from_slice(&t.sid.to_le_bytes());
    out.extend_from_slice(&t.vpgid.to_le_bytes());
    put_string16(out, &t.comm, MAX_PATH_SIZE);
    put_string16(out, &t.exe, MAX_PATH_SIZE);
    put_string16(out, &t.exepath, MAX_PATH_SIZE);
    put_string16(out, &t.args, MAX_ARGS_SIZE);
    put_string16(out, &t.cwd, MAX_PATH_SIZE);
    out.extend_from_slice(&t.fdlimit.to_le_bytes());
    for v in [t.flags, t.uid, t.gid, t.vmsize_kb, t.vmrss_kb, t.vmswap_kb] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&t.pfmajor.to_le_bytes());
    out.extend_from_slice(&t.pfminor.to_le_bytes());
    put_string16(out, &t.env, MAX_ENV_SIZE);
    out.extend_from_slice(&t.vtid.to_le_bytes());
    out.extend_from_slice(&t.vpid.to_le_bytes());
    put_string16(out, &t.cgroups, MAX_CGROUPS_SIZE);
    put_string16(out, &t.root, MAX_PATH_SIZE);
    out.extend_from_slice(&t.pidns_init_start_ts.to_le_bytes());
    out.extend_from_slice(&t.tty.to_le_bytes());
    out.extend_from_slice(&t.loginuid.to_le_bytes());
    out.push(u8::from(t.exe_writable));
    out.extend_from_slice(&t.cap_inheritable.to_le_bytes());
    out.extend_from_slice(&t.cap_permitted.to_le_bytes());
    out.extend_from_slice(&t.cap_effective.to_le_bytes());
    out.push(u8::from(t.exe_upper_layer));
    out.extend_from_slice(&t.exe_ino.to_le_bytes());
    out.extend_from_slice(&t.exe_ino_ctime.to_le_bytes());
    out.extend_from_slice(&t.exe_ino_mtime.to_le_bytes());
    out.push(u8::from(t.exe_from_memfd));
    out.push(u8::from(t.exe_lower_layer));
    out.extend_from_slice(&t.pgid.to_le_bytes());
}

/// Appends a PL_V9 body (no padding: the block writer adds it). Strings longer than libscap
/// accepts are cut to the limit (see the module docs).
pub fn write_body(threads: &[ThreadEntry], out: &mut Vec<u8>) {
    for t in threads {
        write_entry(t, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample(tid: u64) -> ThreadEntry {
        ThreadEntry {
            tid,
            pid: tid,
            ptid: 1,
            sid: 77,
            vpgid: 78,
            comm: b"bash".to_vec(),
            exe: b"-bash".to_vec(),
            exepath: b"/usr/bin/bash".to_vec(),
            args: b"-c\0echo hi\0".to_vec(),
            cwd: b"/root".to_vec(),
            fdlimit: 1024,
            flags: 0x10,
            uid: 1000,
            gid: 1001,
            vmsize_kb: 5000,
            vmrss_kb: 3000,
            vmswap_kb: 12,
            pfmajor: 3,
            pfminor: 900,
            env: b"HOME=/root\0PATH=/bin\0".to_vec(),
            vtid: 5,
            vpid: 6,
            cgroups: b"cpu=/user.slice\0memory=/user.slice\0".to_vec(),
            root: b"/".to_vec(),
            pidns_init_start_ts: 123_456,
            tty: 34816,
            loginuid: 1000,
            exe_writable: true,
            cap_inheritable: 1,
            cap_permitted: 0x1ff_ffff_ffff,
            cap_effective: 0x1ff_ffff_fffe,
            exe_upper_layer: true,
            exe_ino: 4242,
            exe_ino_ctime: 11,
            exe_ino_mtime: 12,
            exe_from_memfd: true,
            exe_lower_layer: true,
            pgid: 99,
        }
    }

    /// Writes an entry in the layout of an older version (test-only, from the layout table).
    fn write_old(t: &ThreadEntry, version: u8, out: &mut Vec<u8>) {
        assert!((1..=8).contains(&version));
        out.extend_from_slice(&t.tid.to_le_bytes());
        out.extend_from_slice(&t.pid.to_le_bytes());
        out.extend_from_slice(&t.ptid.to_le_bytes());
        if version >= 6 {
            out.extend_from_slice(&t.sid.to_le_bytes());
        }
        if version >= 8 {
            out.extend_from_slice(&t.vpgid.to_le_bytes());
        }
        put_string16(out, &t.comm, MAX_PATH_SIZE);
        put_string16(out, &t.exe, MAX_PATH_SIZE);
        if version >= 7 {
            put_string16(out, &t.exepath, MAX_PATH_SIZE);
        }
        put_string16(out, &t.args, MAX_ARGS_SIZE);
        put_string16(out, &t.cwd, MAX_PATH_SIZE);
        out.extend_from_slice(&t.fdlimit.to_le_bytes());
        for v in [t.flags, t.uid, t.gid] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        if version >= 2 {
            for v in [t.vmsize_kb, t.vmrss_kb, t.vmswap_kb] {
                out.extend_from_slice(&v.to_le_bytes());
            }
            out.extend_from_slice(&t.pfmajor.to_le_bytes());
            out.extend_from_slice(&t.pfminor.to_le_bytes());
        }
        if version >= 3 {
            put_string16(out, &t.env, MAX_ENV_SIZE);
        }
        if version >= 4 {
            out.extend_from_slice(&t.vtid.to_le_bytes());
            out.extend_from_slice(&t.vpid.to_le_bytes());
            put_string16(out, &t.cgroups, MAX_CGROUPS_SIZE);
        }
        if version >= 5 {
            put_string16(out, &t.root, MAX_PATH_SIZE);
        }
    }

    /// What parsing an old-version entry of `t` must give: absent fields at their defaults.
    fn expected_old(t: &ThreadEntry, version: u8) -> ThreadEntry {
        let d = ThreadEntry::default();
        let mut e = ThreadEntry {
            tid: t.tid,
            pid: t.pid,
            ptid: t.ptid,
            comm: t.comm.clone(),
            exe: t.exe.clone(),
            args: t.args.clone(),
            cwd: t.cwd.clone(),
            fdlimit: t.fdlimit,
            flags: t.flags,
            uid: t.uid,
            gid: t.gid,
            ..d
        };
        if version >= 2 {
            (e.vmsize_kb, e.vmrss_kb, e.vmswap_kb) = (t.vmsize_kb, t.vmrss_kb, t.vmswap_kb);
            (e.pfmajor, e.pfminor) = (t.pfmajor, t.pfminor);
        }
        if version >= 3 {
            e.env = t.env.clone();
        }
        if version >= 4 {
            (e.vtid, e.vpid, e.cgroups) = (t.vtid, t.vpid, t.cgroups.clone());
        }
        if version >= 5 {
            e.root = t.root.clone();
        }
        if version >= 6 {
            e.sid = t.sid;
        }
        if version >= 7 {
            e.exepath = t.exepath.clone();
        }
        if version >= 8 {
            e.vpgid = t.vpgid;
        }
        e
    }

    #[test]
    fn round_trip_v9() {
        let threads = vec![
            sample(100),
            sample(101),
            ThreadEntry {
                tid: 7,
                ..Default::default()
            },
        ];
        let mut body = Vec::new();
        write_body(&threads, &mut body);
        assert_eq!(body.len(), threads.iter().map(entry_len).sum::<usize>());
        assert_eq!(parse(9, &body).expect("parse"), threads);
        // Block padding is ignored.
        body.extend_from_slice(&[0, 0, 0]);
        assert_eq!(parse(9, &body).expect("padded"), threads);
        assert_eq!(parse(9, &[]).expect("empty"), vec![]);
    }

    #[test]
    fn every_old_version_parses_with_defaults() {
        let threads = [sample(100), sample(200)];
        for v in 1..=8u8 {
            let mut body = Vec::new();
            for t in &threads {
                write_old(t, v, &mut body);
            }
            body.push(0); // a byte of padding
            let got = parse(v, &body).expect("old version");
            let want: Vec<_> = threads.iter().map(|t| expected_old(t, v)).collect();
            assert_eq!(got, want, "version {v}");
        }
    }

    #[test]
    fn hand_built_v1_entry() {
        let mut b = Vec::new();
        b.extend_from_slice(&42u64.to_le_bytes()); // tid
        b.extend_from_slice(&40u64.to_le_bytes()); // pid
        b.extend_from_slice(&1u64.to_le_bytes()); // ptid
        b.extend_from_slice(&3u16.to_le_bytes());
        b.extend_from_slice(b"cat"); // comm
        b.extend_from_slice(&3u16.to_le_bytes());
        b.extend_from_slice(b"cat"); // exe
        b.extend_from_slice(&4u16.to_le_bytes());
        b.extend_from_slice(b"/etc"); // args, no NUL
        b.extend_from_slice(&1u16.to_le_bytes());
        b.extend_from_slice(b"/"); // cwd
        b.extend_from_slice(&1024i64.to_le_bytes()); // fdlimit
        b.extend_from_slice(&0u32.to_le_bytes()); // flags
        b.extend_from_slice(&0u32.to_le_bytes()); // uid
        b.extend_from_slice(&0u32.to_le_bytes()); // gid
        let got = parse(1, &b).expect("v1");
        assert_eq!(got.len(), 1);
        let t = &got[0];
        assert_eq!((t.tid, t.pid, t.ptid), (42, 40, 1));
        assert_eq!(t.comm, b"cat");
        assert_eq!(t.args, b"/etc");
        assert_eq!(t.fdlimit, 1024);
        assert_eq!(
            (t.sid, t.vpgid, t.pgid, t.vtid, t.vpid),
            (-1, -1, -1, -1, -1)
        );
        assert_eq!(t.loginuid, u32::MAX);
        assert!(t.exepath.is_empty() && t.env.is_empty() && t.cgroups.is_empty());
        assert!(t.root.is_empty());
        assert_eq!(
            (t.vmsize_kb, t.pfminor, t.tty, t.pidns_init_start_ts),
            (0, 0, 0, 0)
        );
    }

    /// A V9 entry with the mandatory fields of `t` and the given optional tail.
    fn v9_with_tail(t: &ThreadEntry, tail: &[u8]) -> Vec<u8> {
        let mut base = Vec::new();
        write_old(t, 8, &mut base);
        let len = 4 + base.len() + tail.len();
        let mut out = (len as u32).to_le_bytes().to_vec();
        out.extend_from_slice(&base);
        out.extend_from_slice(tail);
        out
    }

    #[test]
    fn v9_pre_0_10_layout() {
        let t = sample(5);
        let mut tail = Vec::new();
        tail.extend_from_slice(&1000u32.to_le_bytes()); // loginuid
        tail.push(1); // exe_writable
        tail.extend_from_slice(&1u64.to_le_bytes());
        tail.extend_from_slice(&2u64.to_le_bytes());
        tail.extend_from_slice(&3u64.to_le_bytes());
        assert_eq!(tail.len(), PRE_0_10_TAIL);
        let got = parse(9, &v9_with_tail(&t, &tail)).expect("pre 0.10");
        let e = &got[0];
        assert_eq!((e.pidns_init_start_ts, e.tty), (0, 0));
        assert_eq!(e.loginuid, 1000);
        assert!(e.exe_writable);
        assert_eq!(
            (e.cap_inheritable, e.cap_permitted, e.cap_effective),
            (1, 2, 3)
        );
        assert_eq!((e.exe_ino, e.pgid), (0, -1));
        assert_eq!(e.vpgid, t.vpgid);

        // Only the loginuid: still pre-0.10.
        let got = parse(9, &v9_with_tail(&t, &1234u32.to_le_bytes())).expect("loginuid only");
        assert_eq!(got[0].loginuid, 1234);
        assert!(!got[0].exe_writable);
    }

    #[test]
    fn oversized_strings_fit_and_then_round_trip() {
        let mut t = sample(7);
        t.env = vec![b'e'; MAX_ENV_SIZE + 100];
        t.args = vec![b'a'; 70_000];
        t.cwd = vec![b'/'; MAX_PATH_SIZE];
        assert_eq!(t.fit_limits(), 2);
        assert_eq!((t.env.len(), t.args.len()), (MAX_ENV_SIZE, MAX_ARGS_SIZE));
        assert_eq!(t.cwd.len(), MAX_PATH_SIZE, "at the limit is kept whole");
        let mut body = Vec::new();
        write_entry(&t, &mut body);
        assert_eq!(parse(9, &body).expect("fitted entry"), vec![t]);
    }

    #[test]
    fn v9_zero_length_means_no_optional_fields() {
        let t = sample(5);
        let mut body = v9_with_tail(&t, &[]);
        body[..4].copy_from_slice(&0u32.to_le_bytes());
        let got = parse(9, &body).expect("zero length");
        assert_eq!(got, vec![expected_old(&t, 8)]);
    }

    #[test]
    fn v9_longer_entry_skips_unknown_fields() {
        let t = sample(9);
        let mut e = Vec::new();
        write_entry(&t, &mut e);
        let extra = [0xEEu8; 10];
        let len = e.len() + extra.len();
        e[..4].copy_from_slice(&(len as u32).to_le_bytes());
        e.extend_from_slice(&extra);
        write_entry(&sample(10), &mut e);
        let got = parse(9, &e).expect("longer");
        assert_eq!(got, vec![t, sample(10)]);
    }

    #[test]
    fn v9_partial_new_tail() {
        // Post-0.10 writer that stops after exe_ino (no ctime/mtime/memfd/lower/pgid).
        let t = sample(3);
        let mut full = Vec::new();
        write_entry(&t, &mut full);
        let cut = full.len() - (8 + 8 + 1 + 1 + 8);
        full.truncate(cut);
        full[..4].copy_from_slice(&(cut as u32).to_le_bytes());
        let got = parse(9, &full).expect("partial tail");
        let want = ThreadEntry {
            exe_ino_ctime: 0,
            exe_ino_mtime: 0,
            exe_from_memfd: false,
            exe_lower_layer: false,
            pgid: -1,
            ..t
        };
        assert_eq!(got, vec![want]);
    }

    #[test]
    fn v9_entry_shorter_than_fields_is_an_error() {
        let t = sample(3);
        let mut e = Vec::new();
        write_entry(&t, &mut e);
        e[..4].copy_from_slice(&20u32.to_le_bytes());
        let err = parse(9, &e).expect_err("short");
        assert!(matches!(
            err,
            MetaError::Truncated {
                bound: super::super::Bound::Entry,
                ..
            }
        ));
        assert!(err.to_string().starts_with("process list entry 0"), "{err}");
        e[..4].copy_from_slice(&2u32.to_le_bytes());
        let err = parse(9, &e).expect_err("shorter than its length field");
        assert!(
            matches!(err, MetaError::EntryTooShort { len: 2, min: 4, .. }),
            "{err}"
        );
        e[..4].copy_from_slice(&u32::MAX.to_le_bytes());
        let err = parse(9, &e).expect_err("past block");
        assert!(matches!(err, MetaError::EntryPastEnd { .. }), "{err}");
    }

    #[test]
    fn string_limits_are_enforced_and_writer_cuts() {
        let t = ThreadEntry {
            comm: vec![b'c'; 2000],
            args: vec![b'a'; 5000],
            ..sample(1)
        };
        let mut body = Vec::new();
        write_body(std::slice::from_ref(&t), &mut body);
        let got = parse(9, &body).expect("cut strings parse");
        assert_eq!(got[0].comm.len(), MAX_PATH_SIZE);
        assert_eq!(got[0].args.len(), MAX_ARGS_SIZE);

        // A stored comm longer than 1024 is rejected, naming the entry and field.
        let mut b = Vec::new();
        b.extend_from_slice(&7u64.to_le_bytes());
        b.extend_from_slice(&7u64.to_le_bytes());
        b.extend_from_slice(&1u64.to_le_bytes());
        b.extend_from_slice(&1025u16.to_le_bytes());
        b.extend_from_slice(&[b'x'; 1025]);
        let err = parse(1, &b).expect_err("too long");
        assert_eq!(
            err.to_string(),
            "process list entry 0 (tid 7): field comm: length 1025 at body offset 26 exceeds the \
             limit of 1024 bytes"
        );
    }

    #[test]
    fn truncated_bodies_fail_without_panic() {
        for v in 1..=9u8 {
            let mut body = Vec::new();
            if v == 9 {
                write_entry(&sample(1), &mut body);
            } else {
                write_old(&sample(1), v, &mut body);
            }
            for n in 0..body.len() {
                let r = parse(v, &body[..n]);
                if n < 4 {
                    assert_eq!(r, Ok(vec![]), "v{v} len {n}");
                } else {
                    assert!(r.is_err(), "v{v} len {n}: {r:?}");
                }
            }
            assert!(parse(v, &body).is_ok());
        }
    }

    #[test]
    fn unsupported_version() {
        assert!(matches!(
            parse(0, &[]),
            Err(MetaError::UnsupportedVersion { version: 0, .. })
        ));
        assert!(matches!(
            parse(10, &[]),
            Err(MetaError::UnsupportedVersion { version: 10, .. })
        ));
    }

    fn bytes(max: usize) -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(any::<u8>(), 0..max)
    }

    prop_compose! {
        fn arb_thread()(
            ids in any::<(u64, u64, u64, i64, i64, i64, i64, i64)>(),
            strs in (bytes(40), bytes(40), bytes(40), bytes(80), bytes(40), bytes(80), bytes(80),
                     bytes(40)),
            nums in any::<(i64, u32, u32, u32, u32, u32, u32, u64, u64)>(),
            tail in any::<(u64, u32, u32, bool, u64, u64, u64, bool)>(),
            tail2 in any::<(u64, u64, u64, bool, bool)>(),
        ) -> ThreadEntry {
            ThreadEntry {
                tid: ids.0, pid: ids.1, ptid: ids.2, sid: ids.3, vpgid: ids.4, vtid: ids.5,
                vpid: ids.6, pgid: ids.7,
                comm: strs.0, exe: strs.1, exepath: strs.2, args: strs.3, cwd: strs.4,
                env: strs.5, cgroups: strs.6, root: strs.7,
                fdlimit: nums.0, flags: nums.1, uid: nums.2, gid: nums.3, vmsize_kb: nums.4,
                vmrss_kb: nums.5, vmswap_kb: nums.6, pfmajor: nums.7, pfminor: nums.8,
                pidns_init_start_ts: tail.0, tty: tail.1, loginuid: tail.2, exe_writable: tail.3,
                cap_inheritable: tail.4, cap_permitted: tail.5, cap_effective: tail.6,
                exe_upper_layer: tail.7,
                exe_ino: tail2.0, exe_ino_ctime: tail2.1, exe_ino_mtime: tail2.2,
                exe_from_memfd: tail2.3, exe_lower_layer: tail2.4,
            }
        }
    }

    proptest! {
        #[test]
        fn prop_round_trip(threads in proptest::collection::vec(arb_thread(), 0..5)) {
            let mut body = Vec::new();
            write_body(&threads, &mut body);
            prop_assert_eq!(parse(9, &body).expect("parse"), threads);
        }

        #[test]
        fn prop_old_versions(t in arb_thread(), v in 1u8..=8) {
            let mut body = Vec::new();
            write_old(&t, v, &mut body);
            prop_assert_eq!(parse(v, &body).expect("parse"), vec![expected_old(&t, v)]);
        }

        #[test]
        fn prop_no_panic(v in 0u8..=10, body in bytes(400)) {
            let _ = parse(v, &body);
        }

        #[test]
        fn prop_mutated_no_panic(t in arb_thread(), pos in any::<prop::sample::Index>(),
                                 byte: u8, cut in any::<prop::sample::Index>()) {
            let mut body = Vec::new();
            write_entry(&t, &mut body);
            let p = pos.index(body.len());
            body[p] = byte;
            let n = cut.index(body.len() + 1);
            let _ = parse(9, &body[..n]);
        }
    }
}
