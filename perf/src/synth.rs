//! A large synthetic capture made from a real one: its events replayed `copies` times, each copy
//! with every thread and process id moved to a range of its own and its timestamps placed after
//! the previous copy, and its process list padded with idle processes to a chosen table size.
//!
//! Every id the state engine keys on is moved: the event header's thread id and each parameter
//! of type `PID` (clone's child and parent ids, kill's target, ...), and the process list and fd
//! lists of the copy. Ids of one copy never meet another's (the kernel's pids stay below
//! 2^22), so each copy replays its processes' lives again with the same state changes.

use std::path::{Path, PathBuf};

use anyhow::Context;
use scap_format::abi::types::ParamType;
use scap_format::metadata::{FdEntry, proclist::ThreadEntry};
use scap_format::reader::CaptureMetadata;
use scap_format::{CaptureReader, EventBuilder, EventRef};

/// Ids of copy `c` are the original ids plus `c * ID_STRIDE` (above any kernel pid).
const ID_STRIDE: u64 = 1 << 22;
/// Idle padding processes get ids from here up.
const PAD_BASE: u64 = 1 << 40;
/// Fds each idle process holds (copied from the first fd list of the capture).
const PAD_FDS: usize = 8;

/// What to make.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    /// Times the source's events are replayed.
    pub copies: u64,
    /// Threads in the process list (at least the copies' own; idle ones added up to it).
    pub threads: usize,
}

/// What was made.
#[derive(Debug, Clone)]
pub struct Made {
    /// The capture.
    pub path: PathBuf,
    /// Events in it.
    pub events: u64,
    /// Threads in its process list.
    pub threads: usize,
}

/// Makes (or reuses, when a previous run left it) the capture of `shape` from `src` under
/// `cache`.
pub fn make(src: &Path, cache: &Path, shape: Shape) -> anyhow::Result<Made> {
    let stem = src
        .file_stem()
        .context("capture path has no file name")?
        .to_string_lossy()
        .trim_end_matches(".scap")
        .to_owned();
    let path = cache.join(format!("{stem}.x{}.t{}.scap", shape.copies, shape.threads));
    let mut r = CaptureReader::open(src).with_context(|| format!("opening {}", src.display()))?;
    let meta = synthetic_metadata(r.metadata(), shape);
    let threads = meta.threads.len();
    let per_copy = {
        let mut n = 0u64;
        r.for_each_event(|_| {
            n += 1;
            std::ops::ControlFlow::<()>::Continue(())
        })?;
        n
    };
    let events = per_copy * shape.copies;
    if path.exists() {
        return Ok(Made {
            path,
            events,
            threads,
        });
    }
    std::fs::create_dir_all(cache)?;
    let tmp = path.with_extension("tmp");
    let mut w = scap_format::writer::create(&tmp, &meta, false)?;
    let mut buf = Vec::with_capacity(1 << 16);
    let mut span = 0u64;
    for c in 0..shape.copies {
        let mut r = CaptureReader::open(src)?;
        let (mut first, mut last) = (None, 0u64);
        let mut failed = None;
        r.for_each_event(|ev| {
            first.get_or_insert(ev.ts());
            last = ev.ts();
            let ts = ev.ts() + c * span;
            buf.clear();
            shifted(ev, ts, c * ID_STRIDE, &mut buf);
            match w.write_raw(&buf, ev.cpu(), ev.dump_flags()) {
                Ok(()) => std::ops::ControlFlow::Continue(()),
                Err(e) => {
                    failed = Some(e);
                    std::ops::ControlFlow::Break(())
                }
            }
        })?;
        if let Some(e) = failed {
            return Err(e).context("writing the synthetic capture");
        }
        // The next copy starts a second after this one ended.
        span = span.max(last - first.unwrap_or(last) + 1_000_000_000);
    }
    w.finish()?.complete()?;
    std::fs::rename(&tmp, &path)?;
    Ok(Made {
        path,
        events,
        threads,
    })
}

/// Moves an id of copy `shift`; ids that are not thread ids (0, negative errors) stay.
fn shift_id(id: i64, shift: u64) -> i64 {
    if id > 0 { id + shift as i64 } else { id }
}

/// `ev` rewritten into `out` with timestamp `ts` and its ids moved by `shift`.
fn shifted(ev: &EventRef<'_>, ts: u64, shift: u64, out: &mut Vec<u8>) {
    let tid = shift_id(ev.tid() as i64, shift) as u64;
    let mut b = EventBuilder::new(out, ts, tid, ev.ty(), ev.nparams());
    for (i, raw) in ev.params().enumerate() {
        match ev.param_info(i).map(|p| p.ty) {
            Some(ParamType::Pid) if raw.len() == 8 => {
                let v = i64::from_le_bytes(raw.try_into().unwrap_or([0; 8]));
                b.push(&shift_id(v, shift).to_le_bytes());
            }
            Some(ParamType::Pid32) if raw.len() == 4 => {
                let v = i32::from_le_bytes(raw.try_into().unwrap_or([0; 4]));
                let moved = i32::try_from(shift_id(i64::from(v), shift)).unwrap_or(v);
                b.push(&moved.to_le_bytes());
            }
            _ => {
                b.push(raw);
            }
        }
    }
    b.finish();
}

/// The source's metadata with one shifted process list and fd lists per copy, and idle
/// processes up to `shape.threads`.
fn synthetic_metadata(src: &CaptureMetadata, shape: Shape) -> CaptureMetadata {
    let mut meta = src.clone();
    meta.threads.clear();
    meta.fds.clear();
    let mv = |id: u64, shift: u64| shift_id(id as i64, shift) as u64;
    for c in 0..shape.copies {
        let shift = c * ID_STRIDE;
        for t in &src.threads {
            meta.threads.push(ThreadEntry {
                tid: mv(t.tid, shift),
                pid: mv(t.pid, shift),
                ptid: mv(t.ptid, shift),
                ..t.clone()
            });
        }
        for (tid, fds) in &src.fds {
            meta.fds.push((mv(*tid, shift), fds.clone()));
        }
    }
    let template = src.threads.iter().find(|t| t.tid == t.pid && t.tid > 1);
    let pad_fds: Vec<FdEntry> = src
        .fds
        .first()
        .map(|(_, f)| f.iter().take(PAD_FDS).cloned().collect())
        .unwrap_or_default();
    if let Some(t) = template {
        let need = shape.threads.saturating_sub(meta.threads.len());
        for i in 0..need as u64 {
            let id = PAD_BASE + i;
            meta.threads.push(ThreadEntry {
                tid: id,
                pid: id,
                ptid: 1,
                ..t.clone()
            });
            meta.fds.push((id, pad_fds.clone()));
        }
    }
    meta
}
