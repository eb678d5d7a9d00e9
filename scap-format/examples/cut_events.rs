//! Cuts fuzzing seeds out of uncompressed captures (`scripts/fuzz-corpus.sh` runs it).
//!
//! `cut_events OUT_DIR CAPTURE...` writes, from the version-2 event blocks (`EV_V2`, `EVF_V2`)
//! of each capture, the events as the converter and decoder receive them (current header, no
//! CPU prefix):
//!
//! - `OUT_DIR/event_decoder/`: one event per distinct (type, parameter count);
//! - `OUT_DIR/converter/`: runs of consecutive events, concatenated, so that enter/exit pairs
//!   of old captures meet in one input (a few per capture);
//! - `OUT_DIR/scap_reader/`: small captures: every block before the first event block that is
//!   under 4 KiB, then the first event blocks, under 8 KiB in all.
//!
//! Version-1 event blocks (captures of 2016-2018) need the reader's rewrite and are left to the
//! `scap_reader` seeds. Invalid blocks end the walk over that capture.

use std::collections::HashSet;
use std::error::Error;
use std::path::{Path, PathBuf};

use scap_format::EventRef;
use scap_format::block;

/// Events per converter seed.
const RUN_LEN: usize = 12;
/// Converter seeds per capture.
const RUNS_PER_CAPTURE: usize = 24;
/// Size bound of a small capture.
const SMALL_CAPTURE: usize = 8 * 1024;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args_os().skip(1);
    let out = PathBuf::from(args.next().ok_or("usage: cut_events OUT_DIR CAPTURE...")?);
    for sub in ["event_decoder", "converter", "scap_reader"] {
        std::fs::create_dir_all(out.join(sub))?;
    }
    let mut seen = HashSet::new();
    for capture in args {
        let capture = PathBuf::from(capture);
        let data = std::fs::read(&capture)?;
        cut(&capture, &data, &out, &mut seen)?;
    }
    Ok(())
}

/// One block: its type and its whole bytes (type, length, body, length).
fn blocks(data: &[u8]) -> impl Iterator<Item = (u32, &[u8])> {
    let mut off = 0usize;
    std::iter::from_fn(move || {
        let head = data.get(off..off.checked_add(8)?)?;
        let ty = u32::from_le_bytes(head[..4].try_into().ok()?);
        let len = u32::from_le_bytes(head[4..].try_into().ok()?) as usize;
        if len < 12 {
            return None;
        }
        let whole = data.get(off..off.checked_add(len)?)?;
        off += len;
        Some((ty, whole))
    })
}

fn cut(
    capture: &Path,
    data: &[u8],
    out: &Path,
    seen: &mut HashSet<(u16, usize)>,
) -> Result<(), Box<dyn Error>> {
    let stem = capture
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("capture")
        .trim_end_matches(".gz")
        .trim_end_matches(".scap");
    let mut small = Vec::new();
    let mut small_events = false;
    let mut run = vec![0u8];
    let (mut run_events, mut runs) = (0, 0);
    for (ty, whole) in blocks(data) {
        let prefix = match ty {
            block::EV_V2 => 2,
            block::EVF_V2 => 6,
            _ => {
                if !small_events && whole.len() < 4096 && small.len() + whole.len() < SMALL_CAPTURE
                {
                    small.extend_from_slice(whole);
                }
                continue;
            }
        };
        if small.len() + whole.len() < SMALL_CAPTURE {
            small.extend_from_slice(whole);
            small_events = true;
        }
        let Some(body) = whole.get(8 + prefix..whole.len() - 4) else {
            continue;
        };
        let Ok(ev) = EventRef::parse(body) else {
            break;
        };
        let bytes = ev.as_bytes();
        if seen.insert((ev.ty(), ev.nparams())) {
            let name = format!("{}_{}_{}", ev.name(), ev.ty(), ev.nparams());
            std::fs::write(out.join("event_decoder").join(name), bytes)?;
        }
        if runs < RUNS_PER_CAPTURE {
            run.extend_from_slice(bytes);
            run_events += 1;
            if run_events == RUN_LEN {
                let name = format!("{stem}_{runs}");
                std::fs::write(out.join("converter").join(name), &run)?;
                run.truncate(1);
                run_events = 0;
                runs += 1;
            }
        }
    }
    if !small.is_empty() {
        std::fs::write(
            out.join("scap_reader").join(format!("{stem}_small")),
            &small,
        )?;
    }
    Ok(())
}
