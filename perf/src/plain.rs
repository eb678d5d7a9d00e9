//! The uncompressed copy of a capture the benchmarks read (made once, next to the build), so
//! that decompression is not what they measure.

use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};

use anyhow::Context;

/// `src` itself when it is not gzip, else its decompressed copy under `cache`.
pub fn plain_copy(src: &Path, cache: &Path) -> anyhow::Result<PathBuf> {
    let mut magic = [0u8; 2];
    std::io::Read::read_exact(&mut std::fs::File::open(src)?, &mut magic)?;
    if magic != [0x1f, 0x8b] {
        return Ok(src.to_path_buf());
    }
    std::fs::create_dir_all(cache)?;
    let name = src
        .file_name()
        .context("capture path has no file name")?
        .to_string_lossy();
    let dst = cache.join(name.trim_end_matches(".gz"));
    if dst.exists() {
        return Ok(dst);
    }
    let tmp = dst.with_extension("tmp");
    let mut gz = flate2::read::MultiGzDecoder::new(BufReader::new(std::fs::File::open(src)?));
    let mut out = BufWriter::new(std::fs::File::create(&tmp)?);
    std::io::copy(&mut gz, &mut out)?;
    drop(out);
    std::fs::rename(&tmp, &dst)?;
    Ok(dst)
}
