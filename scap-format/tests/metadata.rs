//! Parses the metadata blocks of every real capture under `shared/captures` with the
//! `metadata` parsers, checks sanity values, and checks that writing them back and parsing the
//! result gives the same entries.
//!
//! The blocks are walked here by hand (type, total length, body, trailer) up to the first event
//! block, so this test depends only on the `block` and `metadata` modules.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use scap_format::block::{self, BlockKind};
use scap_format::metadata::{fdlist, iflist, machine, proclist, userlist};

const CAPTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/captures");
/// Compressed files larger than this are skipped to keep the test fast.
const MAX_FILE: u64 = 20 << 20;

fn capture_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            capture_files(&p, out);
        } else if p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.contains(".scap"))
        {
            out.push(p);
        }
    }
}

/// Opens a capture, decompressing it when it starts with the gzip magic.
fn open(path: &Path) -> io::Result<Box<dyn Read>> {
    let mut magic = [0u8; 2];
    let n = File::open(path)?.read(&mut magic)?;
    let f = BufReader::new(File::open(path)?);
    if n == 2 && magic == [0x1f, 0x8b] {
        Ok(Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(
            f,
        ))))
    } else {
        Ok(Box::new(f))
    }
}

/// Reads exactly `buf.len()` bytes; `Ok(false)` on a clean end of stream before the first byte.
fn read_block_header(r: &mut dyn Read, buf: &mut [u8; 8]) -> io::Result<bool> {
    let mut got = 0;
    while got < buf.len() {
        let n = r.read(&mut buf[got..])?;
        if n == 0 {
            if got == 0 {
                return Ok(false);
            }
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "truncated block header",
            ));
        }
        got += n;
    }
    Ok(true)
}

/// The metadata blocks of a capture, up to its first event block: (type, body with padding).
fn metadata_blocks(path: &Path) -> Vec<(u32, Vec<u8>)> {
    let mut r = open(path).expect("open capture");
    let mut out = Vec::new();
    let mut hdr = [0u8; 8];
    while read_block_header(&mut r, &mut hdr).expect("read block header") {
        let ty = u32::from_le_bytes(hdr[..4].try_into().expect("4 bytes"));
        let total = u32::from_le_bytes(hdr[4..].try_into().expect("4 bytes")) as usize;
        if BlockKind::of(ty).is_event() {
            break;
        }
        assert!(
            (block::BLOCK_HEADER_LEN + block::BLOCK_TRAILER_LEN..=block::MAX_BLOCK_LEN)
                .contains(&total),
            "{}: block 0x{ty:x}: bad length {total}",
            path.display()
        );
        let mut rest = vec![0u8; total - block::BLOCK_HEADER_LEN];
        r.read_exact(&mut rest).expect("read block");
        let body_len = rest.len() - block::BLOCK_TRAILER_LEN;
        let trailer = u32::from_le_bytes(rest[body_len..].try_into().expect("4 bytes"));
        assert_eq!(
            trailer as usize,
            total,
            "{}: block 0x{ty:x}: trailer",
            path.display()
        );
        rest.truncate(body_len);
        out.push((ty, rest));
    }
    out
}

/// What one capture holds, for the summary and the per-file checks.
#[derive(Default)]
struct Summary {
    mi: usize,
    pl: BTreeSet<u8>,
    fdl: BTreeSet<u8>,
    il: BTreeSet<u8>,
    ul: BTreeSet<u8>,
    threads: Vec<proclist::ThreadEntry>,
    fd_blocks: usize,
    fds: usize,
    ifaces: usize,
    users: usize,
    groups: usize,
}

fn check_capture(path: &Path) -> Summary {
    let name = path.display().to_string();
    let mut s = Summary::default();
    for (i, (ty, body)) in metadata_blocks(path).into_iter().enumerate() {
        let kind = BlockKind::of(ty);
        let at = format!("{name}: block {i} ({kind})");
        match kind {
            BlockKind::MachineInfo => {
                let mi = machine::parse(&body).unwrap_or_else(|e| panic!("{at}: {e}"));
                assert!(mi.num_cpus > 0, "{at}: num_cpus 0");
                let mut out = Vec::new();
                mi.write_body(&mut out);
                assert_eq!(out.len(), machine::BODY_LEN);
                assert_eq!(
                    machine::parse(&out).expect("reparse"),
                    mi,
                    "{at}: round trip"
                );
                s.mi += 1;
            }
            BlockKind::ProcessList(v) => {
                let threads = proclist::parse(v, &body).unwrap_or_else(|e| panic!("{at}: {e}"));
                assert!(!threads.is_empty(), "{at}: empty process list");
                for t in &threads {
                    assert!(t.tid > 0, "{at}: tid 0");
                    assert!(t.pid > 0, "{at}: pid 0 for tid {}", t.tid);
                    assert!(!t.comm.is_empty(), "{at}: empty comm for tid {}", t.tid);
                }
                let mut out = Vec::new();
                proclist::write_body(&threads, &mut out);
                let again =
                    proclist::parse(9, &out).unwrap_or_else(|e| panic!("{at}: reparse: {e}"));
                assert_eq!(again, threads, "{at}: round trip");
                s.pl.insert(v);
                s.threads.extend(threads);
            }
            BlockKind::FdList(v) => {
                let (tid, fds) = fdlist::parse(v, &body).unwrap_or_else(|e| panic!("{at}: {e}"));
                assert!(tid > 0, "{at}: tid 0");
                for f in &fds {
                    assert!(
                        f.ty.is_known(),
                        "{at}: tid {tid} fd {}: unknown type {:?}",
                        f.fd,
                        f.ty
                    );
                    assert!(f.fd >= 0, "{at}: tid {tid}: negative fd {}", f.fd);
                }
                let mut out = Vec::new();
                fdlist::write_body(tid, &fds, &mut out);
                let again = fdlist::parse(2, &out).unwrap_or_else(|e| panic!("{at}: reparse: {e}"));
                assert_eq!(again, (tid, fds.clone()), "{at}: round trip");
                s.fdl.insert(v);
                s.fd_blocks += 1;
                s.fds += fds.len();
            }
            BlockKind::InterfaceList(v) => {
                let il = iflist::parse(v, &body).unwrap_or_else(|e| panic!("{at}: {e}"));
                // May be empty: a capture taken with no interface up writes an empty block.
                let mut out = Vec::new();
                iflist::write_body(&il, &mut out);
                let again = iflist::parse(2, &out).unwrap_or_else(|e| panic!("{at}: reparse: {e}"));
                assert_eq!(again, il, "{at}: round trip");
                s.il.insert(v);
                s.ifaces += il.v4.len() + il.v6.len();
            }
            BlockKind::UserList(v) => {
                let ul = userlist::parse(v, &body).unwrap_or_else(|e| panic!("{at}: {e}"));
                assert!(
                    ul.users.iter().any(|u| u.uid == 0 && u.name == b"root"),
                    "{at}: no root user"
                );
                let mut out = Vec::new();
                userlist::write_body(&ul, &mut out);
                let again =
                    userlist::parse(2, &out).unwrap_or_else(|e| panic!("{at}: reparse: {e}"));
                assert_eq!(again, ul, "{at}: round trip");
                s.ul.insert(v);
                s.users += ul.users.len();
                s.groups += ul.groups.len();
            }
            BlockKind::SectionHeader | BlockKind::Unknown(_) | BlockKind::Event { .. } => {}
        }
    }
    s
}

#[test]
fn real_capture_metadata_parses_and_round_trips() {
    let dir = Path::new(CAPTURES);
    if !dir.is_dir() {
        eprintln!(
            "note: {} not found, skipping the real-capture metadata test",
            dir.display()
        );
        return;
    }
    let mut files = Vec::new();
    capture_files(dir, &mut files);
    let mut checked = 0;
    for path in &files {
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if size > MAX_FILE {
            eprintln!("note: skipping {} ({size} bytes)", path.display());
            continue;
        }
        let s = check_capture(path);
        let rel = path.strip_prefix(dir).unwrap_or(path).display();
        eprintln!(
            "{rel}: MI×{} PL v{:?} ({} threads), FDL v{:?} ({} blocks, {} fds), \
             IL v{:?} ({} addrs), UL v{:?} ({} users, {} groups)",
            s.mi,
            s.pl,
            s.threads.len(),
            s.fdl,
            s.fd_blocks,
            s.fds,
            s.il,
            s.ifaces,
            s.ul,
            s.users,
            s.groups
        );
        assert_eq!(s.mi, 1, "{rel}: machine info blocks");
        assert!(!s.pl.is_empty(), "{rel}: no process list");
        assert!(s.fd_blocks > 0, "{rel}: no fd list");
        if path.ends_with("falco/cat_write.scap") {
            assert!(
                s.threads
                    .iter()
                    .any(|t| t.comm == b"cat" || t.comm == b"bash"),
                "{rel}: no cat or bash thread"
            );
        }
        checked += 1;
    }
    assert!(checked > 0 || files.is_empty(), "no capture checked");
    eprintln!("checked the metadata of {checked} captures");
}
