//! Helpers shared by the integration tests: where the shared captures are, and loading them.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};

/// The shared test data directory (beside the repository).
pub fn shared() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared"))
}

/// Every capture file under shared/captures, sorted, with sizes.
pub fn captures() -> Vec<(PathBuf, u64)> {
    let mut out = Vec::new();
    let root = shared().join("captures");
    let Ok(dirs) = std::fs::read_dir(&root) else {
        panic!(
            "test data missing: {} (clone ../shared beside the repository)",
            root.display()
        );
    };
    for d in dirs.flatten() {
        let Ok(files) = std::fs::read_dir(d.path()) else {
            continue;
        };
        for f in files.flatten() {
            let p = f.path();
            let name = p.to_string_lossy().into_owned();
            if name.ends_with(".scap") || name.ends_with(".scap.gz") {
                let len = f.metadata().map(|m| m.len()).unwrap_or(0);
                out.push((p, len));
            }
        }
    }
    out.sort();
    out
}

/// Captures small enough to load whole and mutate (the bulk ones are left out).
pub fn small_captures() -> Vec<PathBuf> {
    captures()
        .into_iter()
        .filter(|(_, len)| *len < 4 << 20)
        .map(|(p, _)| p)
        .collect()
}

/// The uncompressed bytes of a capture.
pub fn load(path: &Path) -> Vec<u8> {
    let raw = std::fs::read(path).expect("read capture");
    if raw.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .expect("gunzip");
        out
    } else {
        raw
    }
}

/// Name used by the golden files: path below captures/ with '/' replaced by '_', no extension.
pub fn golden_name(path: &Path) -> String {
    let rel = path
        .strip_prefix(shared().join("captures"))
        .expect("under captures/");
    let s = rel.to_string_lossy().replace('/', "_");
    s.trim_end_matches(".gz")
        .trim_end_matches(".scap")
        .to_owned()
}
