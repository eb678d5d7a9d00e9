//! Where block bytes come from: a memory-mapped plain file (zero copy) or a stream (gzip, pipes)
//! read ahead into one window (`window.rs`) that blocks are handed out from, so memory stays
//! constant whatever the file size.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use rustix::event::{PollFd, PollFlags, Timespec, poll};

use crate::block::{BLOCK_HEADER_LEN, BLOCK_TRAILER_LEN, BlockKind, MAX_BLOCK_LEN};
use crate::error::{ReadError, ReadErrorKind};
use crate::window::Window;

/// One block as the source hands it out: type, its offset and where its body lies.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BlockLoc {
    /// Block type number.
    pub ty: u32,
    /// Offset of the block's first byte in the (decompressed) stream.
    pub offset: u64,
    /// Body start within [`Source::bytes`].
    pub start: usize,
    /// Body end (exclusive; trailer excluded).
    pub end: usize,
}

/// Counts bytes pulled from the underlying file, for progress reporting.
#[derive(Debug)]
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A source of blocks.
pub(crate) enum Source {
    /// A whole uncompressed file mapped in memory.
    Mapped { map: Arc<memmap2::Mmap>, pos: usize },
    /// A byte stream read ahead into a window, blocks handed out in place.
    Stream {
        reader: Box<dyn Read + Send>,
        window: Window,
        pos: u64,
        /// For a pipe: a second handle to it, to ask whether a read would wait for the writer.
        pipe: Option<File>,
    },
    /// An in-memory buffer (tests, fuzzing, converted data).
    Memory { data: Arc<[u8]>, pos: usize },
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Mapped { map, pos } => write!(f, "Mapped({} bytes at {pos})", map.len()),
            Source::Stream { pos, .. } => write!(f, "Stream(at {pos})"),
            Source::Memory { data, pos } => write!(f, "Memory({} bytes at {pos})", data.len()),
        }
    }
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A capture that can be read only once, front to back (a FIFO, a pipe such as `/dev/stdin`, a
/// character device): streamed, gzip or plain; the two bytes read to tell which are put back
/// in front of the rest.
fn pipe(mut file: File, progress: Arc<AtomicU64>) -> io::Result<Source> {
    let mut magic = [0u8; 2];
    let n = read_full(&mut file, &mut magic)?;
    let pipe = file.try_clone()?;
    let counted = Counting {
        inner: file,
        count: progress,
    };
    let whole = io::Cursor::new(magic[..n].to_vec()).chain(counted);
    let reader: Box<dyn Read + Send> = if n == 2 && magic == GZIP_MAGIC {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::with_capacity(
            1 << 16,
            whole,
        )))
    } else {
        Box::new(whole)
    };
    Ok(Source::Stream {
        reader,
        window: Window::default(),
        pos: 0,
        pipe: Some(pipe),
    })
}

/// A stream [`Source`] over any reader (not a pipe [`Source::would_wait`] can look into).
pub(crate) fn stream(reader: Box<dyn Read + Send>) -> Source {
    Source::Stream {
        reader,
        window: Window::default(),
        pos: 0,
        pipe: None,
    }
}

/// Opens `path`: gzip files are streamed, plain files mapped.
pub(crate) fn open(path: &Path, progress: Arc<AtomicU64>) -> io::Result<(Source, u64)> {
    let mut file = File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Ok((pipe(file, progress)?, 0));
    }
    let total = meta.len();
    let mut magic = [0u8; 2];
    let n = read_full(&mut file, &mut magic)?;
    drop(file);
    let file = File::open(path)?;
    if n == 2 && magic == GZIP_MAGIC {
        let counted = Counting {
            inner: file,
            count: progress,
        };
        let gz = flate2::read::MultiGzDecoder::new(BufReader::with_capacity(1 << 16, counted));
        return Ok((stream(Box::new(gz)), total));
    }
    if total == 0 {
        return Ok((
            Source::Memory {
                data: Arc::from(Vec::new()),
                pos: 0,
            },
            0,
        ));
    }
    // SAFETY: the map is read-only and private to this reader. A capture file truncated or
    // rewritten by another process while mapped could raise SIGBUS or show changed bytes; every
    // byte read through the map is bounds- and length-checked as untrusted input, so changed
    // contents can only produce a typed error. Captures being written concurrently should be
    // read as streams (see `CaptureReader::from_reader`).
    let map = unsafe { memmap2::MmapOptions::new().populate().map(&file)? };
    #[cfg(unix)]
    let _ = map.advise(memmap2::Advice::Sequential);
    progress.store(0, Ordering::Relaxed);
    Ok((
        Source::Mapped {
            map: Arc::new(map),
            pos: 0,
        },
        total,
    ))
}

/// Reads until `buf` is full or EOF; returns the bytes read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

fn le32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Checks a block's total length and returns the body length (between header and trailer).
#[inline]
fn body_len(ty: u32, total: u32, offset: u64) -> Result<usize, ReadError> {
    let total_us = total as usize;
    if !(BLOCK_HEADER_LEN + BLOCK_TRAILER_LEN..=MAX_BLOCK_LEN).contains(&total_us) {
        return Err(ReadError::new(
            offset,
            Some(BlockKind::of(ty)),
            ReadErrorKind::BadBlockLength(total),
        ));
    }
    Ok(total_us - BLOCK_HEADER_LEN - BLOCK_TRAILER_LEN)
}

/// The bytes of a mapped file or an in-memory buffer, held by another owner too: a thread
/// that reads events the reader found in them (`read_ahead`).
#[derive(Clone)]
pub(crate) enum Shared {
    Map(Arc<memmap2::Mmap>),
    Memory(Arc<[u8]>),
}

impl Shared {
    /// The same bytes as [`Source::bytes`] for the source it came from.
    pub fn bytes(&self) -> &[u8] {
        match self {
            Shared::Map(map) => map,
            Shared::Memory(data) => data,
        }
    }
}

impl Source {
    /// Where [`Source::bytes`] lives when nothing replaces it as the reading goes on (a
    /// mapped file, a buffer); `None` for a stream, whose window moves.
    pub fn shared(&self) -> Option<Shared> {
        match self {
            Source::Mapped { map, .. } => Some(Shared::Map(map.clone())),
            Source::Memory { data, .. } => Some(Shared::Memory(data.clone())),
            Source::Stream { .. } => None,
        }
    }

    /// The bytes that [`BlockLoc`] ranges index into.
    #[inline]
    pub fn bytes(&self) -> &[u8] {
        match self {
            Source::Mapped { map, .. } => map,
            Source::Stream { window, .. } => window.data(),
            Source::Memory { data, .. } => data,
        }
    }

    /// Whether reading the next block would wait for the writer of a pipe: what it has sent
    /// (read ahead here without waiting) does not hold the whole block. A closed or failed pipe
    /// does not wait (the next read ends the capture or names the error), nor does a gzip pipe
    /// whose compressed bytes are at hand (decompressing them may still wait for more), nor a
    /// file.
    pub fn would_wait(&mut self) -> bool {
        let Source::Stream {
            reader,
            window,
            pipe: Some(pipe),
            ..
        } = self
        else {
            return false;
        };
        loop {
            let unread = window.unread();
            let need = match unread.first_chunk::<BLOCK_HEADER_LEN>() {
                None => BLOCK_HEADER_LEN,
                Some(hdr) => {
                    let total = le32(hdr, 4) as usize;
                    if unread.len() >= total || total > MAX_BLOCK_LEN {
                        // Whole, or a length that `next_block` refuses without reading on.
                        return false;
                    }
                    total
                }
            };
            let mut fds = [PollFd::new(&*pipe, PollFlags::IN)];
            let now = Timespec {
                tv_sec: 0,
                tv_nsec: 0,
            };
            if matches!(poll(&mut fds, Some(&now)), Ok(0)) {
                return true;
            }
            if !matches!(window.read_more(reader, need), Ok(1..)) {
                return false;
            }
        }
    }

    /// Offset of the next unread byte of the (decompressed) stream.
    pub fn position(&self) -> u64 {
        match self {
            Source::Mapped { pos, .. } | Source::Memory { pos, .. } => *pos as u64,
            Source::Stream { pos, .. } => *pos,
        }
    }

    /// The next block without moving past it, when it lies whole and intact in memory (a
    /// mapped file or a buffer): the reader's fast path. `None` for a stream, at the end, or
    /// for any block [`Source::next_block`] would refuse (it then names the error).
    #[inline(always)]
    pub fn peek_in_memory(&self) -> Option<BlockLoc> {
        let (data, pos): (&[u8], usize) = match self {
            Source::Mapped { map, pos } => (map, *pos),
            Source::Memory { data, pos } => (data, *pos),
            Source::Stream { .. } => return None,
        };
        let rest = data.get(pos..)?;
        let hdr = rest.first_chunk::<BLOCK_HEADER_LEN>()?;
        let ty = u32::from_le_bytes([hdr[0], hdr[1], hdr[2], hdr[3]]);
        let total = u32::from_le_bytes([hdr[4], hdr[5], hdr[6], hdr[7]]);
        let total_us = total as usize;
        if !(BLOCK_HEADER_LEN + BLOCK_TRAILER_LEN..=MAX_BLOCK_LEN).contains(&total_us) {
            return None;
        }
        let trailer = rest.get(..total_us)?.last_chunk::<BLOCK_TRAILER_LEN>()?;
        if u32::from_le_bytes(*trailer) != total {
            return None;
        }
        let start = pos + BLOCK_HEADER_LEN;
        Some(BlockLoc {
            ty,
            offset: pos as u64,
            start,
            end: pos + total_us - BLOCK_TRAILER_LEN,
        })
    }

    /// Moves past a block [`Source::peek_in_memory`] returned.
    #[inline(always)]
    pub fn skip_peeked(&mut self, block: &BlockLoc) {
        if let Source::Mapped { pos, .. } | Source::Memory { pos, .. } = self {
            *pos = block.end + BLOCK_TRAILER_LEN;
        }
    }

    /// Reads the next block; `Ok(None)` at a clean end of stream.
    pub fn next_block(&mut self) -> Result<Option<BlockLoc>, ReadError> {
        match self {
            Source::Mapped { map, pos } => next_in_slice(map, pos),
            Source::Memory { data, pos } => next_in_slice(data, pos),
            Source::Stream {
                reader,
                window,
                pos,
                ..
            } => {
                let offset = *pos;
                let n = window
                    .fill(reader, BLOCK_HEADER_LEN)
                    .map_err(|e| ReadError::new(offset, None, ReadErrorKind::Io(e)))?;
                if n == 0 {
                    return Ok(None);
                }
                if n < BLOCK_HEADER_LEN {
                    return Err(ReadError::new(
                        offset,
                        None,
                        ReadErrorKind::Truncated {
                            need: BLOCK_HEADER_LEN as u64,
                            have: n as u64,
                        },
                    ));
                }
                let hdr = window.unread();
                let ty = le32(hdr, 0);
                let total = le32(hdr, 4);
                let blen = body_len(ty, total, offset)?;
                let total_us = total as usize;
                let got = window.fill(reader, total_us).map_err(|e| {
                    ReadError::new(offset, Some(BlockKind::of(ty)), ReadErrorKind::Io(e))
                })?;
                if got < total_us {
                    return Err(ReadError::new(
                        offset,
                        Some(BlockKind::of(ty)),
                        ReadErrorKind::Truncated {
                            need: total as u64,
                            have: got as u64,
                        },
                    ));
                }
                check_trailer(
                    ty,
                    total,
                    le32(window.unread(), BLOCK_HEADER_LEN + blen),
                    offset,
                )?;
                let start = window.start() + BLOCK_HEADER_LEN;
                window.consume(total_us);
                *pos += total as u64;
                Ok(Some(BlockLoc {
                    ty,
                    offset,
                    start,
                    end: start + blen,
                }))
            }
        }
    }
}

#[inline]
fn check_trailer(ty: u32, header: u32, trailer: u32, offset: u64) -> Result<(), ReadError> {
    if header != trailer {
        return Err(ReadError::new(
            offset,
            Some(BlockKind::of(ty)),
            ReadErrorKind::TrailerMismatch { header, trailer },
        ));
    }
    Ok(())
}

#[inline]
fn next_in_slice(data: &[u8], pos: &mut usize) -> Result<Option<BlockLoc>, ReadError> {
    let offset = *pos as u64;
    let rest = data.get(*pos..).unwrap_or_default();
    let Some(hdr) = rest.first_chunk::<BLOCK_HEADER_LEN>() else {
        if rest.is_empty() {
            return Ok(None);
        }
        return Err(ReadError::new(
            offset,
            None,
            ReadErrorKind::Truncated {
                need: BLOCK_HEADER_LEN as u64,
                have: rest.len() as u64,
            },
        ));
    };
    let ty = u32::from_le_bytes([hdr[0], hdr[1], hdr[2], hdr[3]]);
    let total = u32::from_le_bytes([hdr[4], hdr[5], hdr[6], hdr[7]]);
    let blen = body_len(ty, total, offset)?;
    let Some(block) = rest.get(..total as usize) else {
        return Err(ReadError::new(
            offset,
            Some(BlockKind::of(ty)),
            ReadErrorKind::Truncated {
                need: total as u64,
                have: rest.len() as u64,
            },
        ));
    };
    let trailer = block
        .last_chunk::<BLOCK_TRAILER_LEN>()
        .copied()
        .unwrap_or_default();
    check_trailer(ty, total, u32::from_le_bytes(trailer), offset)?;
    let start = *pos + BLOCK_HEADER_LEN;
    *pos += total as usize;
    Ok(Some(BlockLoc {
        ty,
        offset,
        start,
        end: start + blen,
    }))
}
