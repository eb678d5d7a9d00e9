//! The capture writer: current-format `.scap` files (section header 1.2, V2 metadata and event
//! blocks), in the block order the reference writer uses, plain or gzip-compressed.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::abi::version::FILE_VERSION;
use crate::block::{self, DF_LARGE};
use crate::event::{EventRef, large_payload};
use crate::metadata::{fdlist, iflist, proclist, userlist};
use crate::reader::CaptureMetadata;

/// Writes a capture block by block.
#[derive(Debug)]
pub struct CaptureWriter<W: Write> {
    out: W,
    scratch: Vec<u8>,
    written: u64,
    events: u64,
}

/// Appends one complete block (header, body, zero padding to 4 bytes, trailer) to `out`.
pub fn encode_block(out: &mut Vec<u8>, ty: u32, body: &[u8]) {
    let total = (block::BLOCK_HEADER_LEN + body.len() + block::BLOCK_TRAILER_LEN + 3) & !3;
    let total32 = total as u32;
    out.extend_from_slice(&ty.to_le_bytes());
    out.extend_from_slice(&total32.to_le_bytes());
    out.extend_from_slice(body);
    let pad = total - block::BLOCK_HEADER_LEN - body.len() - block::BLOCK_TRAILER_LEN;
    out.extend_from_slice(&[0u8; 3][..pad]);
    out.extend_from_slice(&total32.to_le_bytes());
}

impl<W: Write> CaptureWriter<W> {
    /// Starts a capture on `out`, writing the section header and the metadata blocks.
    pub fn new(out: W, meta: &CaptureMetadata) -> io::Result<Self> {
        let mut w = Self {
            out,
            scratch: Vec::with_capacity(1 << 16),
            written: 0,
            events: 0,
        };
        let mut body = Vec::new();
        body.extend_from_slice(&block::SHB_MAGIC.to_le_bytes());
        body.extend_from_slice(&FILE_VERSION.0.to_le_bytes());
        body.extend_from_slice(&FILE_VERSION.1.to_le_bytes());
        body.extend_from_slice(&u64::MAX.to_le_bytes());
        w.block(block::SHB, &body)?;
        if let Some(mi) = &meta.machine {
            body.clear();
            mi.write_body(&mut body);
            w.block(block::MI, &body)?;
        }
        body.clear();
        iflist::write_body(&meta.interfaces, &mut body);
        w.block(block::IL_V2, &body)?;
        body.clear();
        userlist::write_body(&meta.users, &mut body);
        w.block(block::UL_V2, &body)?;
        body.clear();
        proclist::write_body(&meta.threads, &mut body);
        w.block(block::PL_V9, &body)?;
        for (tid, fds) in &meta.fds {
            body.clear();
            fdlist::write_body(*tid, fds, &mut body);
            w.block(block::FDL_V2, &body)?;
        }
        Ok(w)
    }

    fn block(&mut self, ty: u32, body: &[u8]) -> io::Result<()> {
        self.scratch.clear();
        encode_block(&mut self.scratch, ty, body);
        self.out.write_all(&self.scratch)?;
        self.written += self.scratch.len() as u64;
        Ok(())
    }

    /// Appends one event, keeping its CPU and capture flags.
    pub fn write_event(&mut self, ev: &EventRef<'_>) -> io::Result<()> {
        self.write_raw(ev.as_bytes(), ev.cpu(), ev.dump_flags())
    }

    /// Appends one event given as raw current-layout bytes.
    pub fn write_raw(&mut self, event: &[u8], cpu: u16, flags: u32) -> io::Result<()> {
        let ty = crate::abi::header::read_u16(event, crate::abi::header::offset::TYPE).ok_or_else(
            || io::Error::new(io::ErrorKind::InvalidInput, "event shorter than a header"),
        )?;
        let large = flags & DF_LARGE != 0
            || large_payload(ty)
            || event.len() + 6 + block::BLOCK_HEADER_LEN + block::BLOCK_TRAILER_LEN
                > block::MAX_SMALL_EVENT_BLOCK;
        let flags = flags & !DF_LARGE;
        let ty_block = match (flags != 0, large) {
            (false, false) => block::EV_V2,
            (false, true) => block::EV_V2_LARGE,
            (true, false) => block::EVF_V2,
            (true, true) => block::EVF_V2_LARGE,
        };
        let prefix = if flags != 0 { 6 } else { 2 };
        let body_len = prefix + event.len();
        let total = (block::BLOCK_HEADER_LEN + body_len + block::BLOCK_TRAILER_LEN + 3) & !3;
        let total32 = u32::try_from(total).map_err(|_| {
            io::Error::new(io::ErrorKind::InvalidInput, "event too large for a block")
        })?;
        self.scratch.clear();
        self.scratch.extend_from_slice(&ty_block.to_le_bytes());
        self.scratch.extend_from_slice(&total32.to_le_bytes());
        self.scratch.extend_from_slice(&cpu.to_le_bytes());
        if flags != 0 {
            self.scratch.extend_from_slice(&flags.to_le_bytes());
        }
        self.scratch.extend_from_slice(event);
        let pad = total - block::BLOCK_HEADER_LEN - body_len - block::BLOCK_TRAILER_LEN;
        self.scratch.extend_from_slice(&[0u8; 3][..pad]);
        self.scratch.extend_from_slice(&total32.to_le_bytes());
        self.out.write_all(&self.scratch)?;
        self.written += total as u64;
        self.events += 1;
        Ok(())
    }

    /// Events written so far.
    pub fn events(&self) -> u64 {
        self.events
    }

    /// Bytes written so far (uncompressed).
    pub fn bytes_written(&self) -> u64 {
        self.written
    }

    /// Flushes and returns the underlying writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// The file behind a capture being written: plain, or gzip-compressed.
#[derive(Debug)]
pub enum FileSink {
    /// Uncompressed.
    Plain(BufWriter<File>),
    /// Gzip-compressed (boxed: the encoder's state is several times a `BufWriter`'s size).
    Gzip(Box<flate2::write::GzEncoder<BufWriter<File>>>),
}

impl Write for FileSink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            FileSink::Plain(w) => w.write(buf),
            FileSink::Gzip(w) => w.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            FileSink::Plain(w) => w.write_all(buf),
            FileSink::Gzip(w) => w.write_all(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            FileSink::Plain(w) => w.flush(),
            FileSink::Gzip(w) => w.flush(),
        }
    }
}

impl FileSink {
    /// Completes the file: writes the gzip trailer if any, flushes, and syncs nothing else.
    pub fn complete(self) -> io::Result<()> {
        let mut file = match self {
            FileSink::Plain(w) => w,
            FileSink::Gzip(w) => (*w).finish()?,
        };
        file.flush()
    }
}

/// Creates a capture file at `path`; `gzip` compresses it as Falco's writer does by default.
/// Finish it with `writer.finish()?.complete()`.
pub fn create(
    path: impl AsRef<Path>,
    meta: &CaptureMetadata,
    gzip: bool,
) -> io::Result<CaptureWriter<FileSink>> {
    let file = BufWriter::with_capacity(1 << 18, File::create(path)?);
    let out = if gzip {
        FileSink::Gzip(Box::new(flate2::write::GzEncoder::new(
            file,
            flate2::Compression::default(),
        )))
    } else {
        FileSink::Plain(file)
    };
    CaptureWriter::new(out, meta)
}
