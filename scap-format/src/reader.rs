//! The capture reader: walks blocks, collects metadata, hands out events as zero-copy views.
//!
//! Current-format events (V2 blocks) are returned as views into the mapped file or the block
//! buffer, with no copy and no allocation. Version-1 event blocks and old event versions are
//! rewritten into a reused buffer and passed through the [`Converter`], as current Falco does.

use std::collections::BTreeMap;
use std::io::Read;
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::abi::events::{EVENT_MAX, EVENT_TABLE, code};
use crate::abi::header::{self, EVENT_HEADER_LEN, EVENT_HEADER_V1_LEN};
use crate::block::{self, BlockKind};
use crate::convert::{Conversion, Converter};
use crate::error::{ReadError, ReadErrorKind};
use crate::event::EventRef;
use crate::metadata::{self, fdlist, iflist, machine, proclist, userlist};
use crate::source::{BlockLoc, Source};

/// The section header of a capture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionHeader {
    /// Format major version.
    pub major: u16,
    /// Format minor version.
    pub minor: u16,
}

/// Everything a capture says besides its events.
#[derive(Clone, Debug, Default)]
pub struct CaptureMetadata {
    /// The (first) section header.
    pub section: Option<SectionHeader>,
    /// Machine info, when the capture has it.
    pub machine: Option<machine::MachineInfo>,
    /// The process list (threads at capture start).
    pub threads: Vec<proclist::ThreadEntry>,
    /// Fd tables at capture start, per thread id.
    pub fds: Vec<(u64, Vec<fdlist::FdEntry>)>,
    /// Network interfaces.
    pub interfaces: iflist::InterfaceList,
    /// Users and groups.
    pub users: userlist::UserList,
}

/// Counters of what the reader saw, skipped and converted.
#[derive(Clone, Debug, Default)]
pub struct ReadStats {
    /// Blocks per kind.
    pub blocks: BTreeMap<String, u64>,
    /// Event blocks read.
    pub event_blocks: u64,
    /// Events handed out.
    pub events: u64,
    /// Events handed out after conversion.
    pub converted: u64,
    /// Events dropped by the converter (enter events merged into their exits, unused types).
    pub dropped_by_converter: u64,
    /// Events skipped because their type is newer than this schema (as Falco skips them).
    pub skipped_unknown_type: u64,
    /// Unknown block types skipped.
    pub skipped_unknown_blocks: u64,
}

/// Where the event to hand out lies.
#[derive(Clone, Copy)]
enum Loc {
    Source { start: usize, end: usize },
    V1,
    Converted,
}

/// What [`CaptureReader::for_each_event_or_wait`] hands its callback.
#[derive(Debug, Clone, Copy)]
pub enum Next<'r, 'e> {
    /// The next event.
    Event(&'r EventRef<'e>),
    /// No event is at hand and the next read waits for the pipe's writer.
    Waiting,
}

/// A streaming reader of `.scap` captures.
#[derive(Debug)]
pub struct CaptureReader {
    source: Source,
    metadata: CaptureMetadata,
    stats: ReadStats,
    converter: Converter,
    /// An event block read while collecting metadata, to hand out first.
    pending: Option<BlockLoc>,
    v1_buf: Vec<u8>,
    conv_out: Vec<u8>,
    total_len: u64,
    progress: Arc<AtomicU64>,
}

impl CaptureReader {
    /// Opens a capture file (plain or gzip) and reads its metadata blocks.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, ReadError> {
        let progress = Arc::new(AtomicU64::new(0));
        let (source, total_len) = crate::source::open(path.as_ref(), progress.clone())
            .map_err(|e| ReadError::new(0, None, ReadErrorKind::Io(e)))?;
        Self::with_source(source, total_len, progress)
    }

    /// Reads a capture from a stream of uncompressed bytes.
    pub fn from_reader(reader: impl Read + Send + 'static) -> Result<Self, ReadError> {
        Self::with_source(
            crate::source::stream(Box::new(reader)),
            0,
            Arc::new(AtomicU64::new(0)),
        )
    }

    /// Reads a capture held in memory (uncompressed).
    pub fn from_bytes(data: impl Into<Arc<[u8]>>) -> Result<Self, ReadError> {
        let data = data.into();
        let len = data.len() as u64;
        Self::with_source(
            Source::Memory { data, pos: 0 },
            len,
            Arc::new(AtomicU64::new(0)),
        )
    }

    fn with_source(
        source: Source,
        total_len: u64,
        progress: Arc<AtomicU64>,
    ) -> Result<Self, ReadError> {
        // Lenient: an exit that meets a stale enter of another type (a lost exit in an old
        // capture) gets fallback values and is counted, instead of aborting the whole read.
        let mut converter = Converter::new();
        converter.set_lenient(true);
        let mut r = Self {
            source,
            metadata: CaptureMetadata::default(),
            stats: ReadStats::default(),
            converter,
            pending: None,
            v1_buf: Vec::new(),
            conv_out: Vec::new(),
            total_len,
            progress,
        };
        r.read_metadata()?;
        Ok(r)
    }

    /// The bytes events are handed out of, when they stay in place (a mapped file, a
    /// buffer).
    pub(crate) fn shared_source(&self) -> Option<crate::source::Shared> {
        self.source.shared()
    }

    /// The capture's metadata (complete once the first event is reached; metadata blocks found
    /// later in the file are added as they are met).
    pub fn metadata(&self) -> &CaptureMetadata {
        &self.metadata
    }

    /// Counters so far.
    pub fn stats(&self) -> &ReadStats {
        &self.stats
    }

    /// The converter's own counters.
    pub fn converter(&self) -> &Converter {
        &self.converter
    }

    /// Strict conversion: an exit whose stored enter is of another type is an error, as in
    /// libscap, instead of being converted with fallback values (the default).
    pub fn set_strict_conversion(&mut self, strict: bool) {
        self.converter.set_lenient(!strict);
    }

    /// Size of the file on disk (0 for streams of unknown size).
    pub fn total_len(&self) -> u64 {
        self.total_len
    }

    /// Bytes of the file consumed so far (compressed bytes for gzip files).
    pub fn consumed(&self) -> u64 {
        match self.source {
            Source::Stream { .. } => self.progress.load(Ordering::Relaxed),
            _ => self.source.position(),
        }
    }

    fn read_metadata(&mut self) -> Result<(), ReadError> {
        let first = self.source.next_block().map_err(|e| match e.block {
            // Whatever is wrong with its length, a first block of another type means the
            // file is not a capture at all: say that.
            Some(BlockKind::Unknown(ty)) => ReadError::new(0, None, ReadErrorKind::NotScap(ty)),
            _ => e,
        })?;
        let Some(first) = first else {
            return Err(ReadError::new(
                0,
                None,
                ReadErrorKind::Truncated {
                    need: block::BLOCK_HEADER_LEN as u64,
                    have: 0,
                },
            ));
        };
        if first.ty != block::SHB {
            return Err(ReadError::new(0, None, ReadErrorKind::NotScap(first.ty)));
        }
        self.handle_metadata_block(&first)?;
        while let Some(loc) = self.source.next_block()? {
            if BlockKind::of(loc.ty).is_event() {
                // Its bytes stay where they are (the map, or the stream's block buffer) until
                // the next read: hand it out first.
                self.pending = Some(loc);
                break;
            }
            self.handle_metadata_block(&loc)?;
        }
        Ok(())
    }

    fn count_block(&mut self, kind: BlockKind) {
        *self.stats.blocks.entry(kind.to_string()).or_insert(0) += 1;
    }

    fn handle_metadata_block(&mut self, loc: &BlockLoc) -> Result<(), ReadError> {
        let kind = BlockKind::of(loc.ty);
        self.count_block(kind);
        let body = &self.source.bytes()[loc.start..loc.end];
        let wrap = |e: metadata::MetaError| ReadError::new(loc.offset, Some(kind), e);
        match kind {
            BlockKind::SectionHeader => {
                let magic = header::read_u32(body, 0).unwrap_or(0);
                if magic != block::SHB_MAGIC {
                    return Err(ReadError::new(
                        loc.offset,
                        Some(kind),
                        ReadErrorKind::BadMagic(magic),
                    ));
                }
                let major = header::read_u16(body, 4).unwrap_or(0);
                let minor = header::read_u16(body, 6).unwrap_or(0);
                if major != 1 {
                    return Err(ReadError::new(
                        loc.offset,
                        Some(kind),
                        ReadErrorKind::UnsupportedVersion(major, minor),
                    ));
                }
                if self.metadata.section.is_none() {
                    self.metadata.section = Some(SectionHeader { major, minor });
                }
            }
            BlockKind::MachineInfo => {
                self.metadata.machine = Some(machine::parse(body).map_err(wrap)?);
            }
            BlockKind::ProcessList(v) => {
                let threads = proclist::parse(v, body).map_err(wrap)?;
                self.metadata.threads.extend(threads);
            }
            BlockKind::FdList(v) => {
                let (tid, fds) = fdlist::parse(v, body).map_err(wrap)?;
                self.metadata.fds.push((tid, fds));
            }
            BlockKind::InterfaceList(v) => {
                let il = iflist::parse(v, body).map_err(wrap)?;
                self.metadata.interfaces.extend(il);
            }
            BlockKind::UserList(v) => {
                let ul = userlist::parse(v, body).map_err(wrap)?;
                self.metadata.users.extend(ul);
            }
            BlockKind::Unknown(_) => self.stats.skipped_unknown_blocks += 1,
            BlockKind::Event { .. } => {}
        }
        Ok(())
    }

    /// The next event, or `None` at the end of the capture.
    ///
    /// The event borrows the reader's buffers: it is valid until the next call.
    #[inline(always)]
    pub fn next_event(&mut self) -> Result<Option<EventRef<'_>>, ReadError> {
        if let Some(f) = self.next_current_event() {
            let bytes = &self.source.bytes()[f.start..];
            return Ok(Some(
                EventRef::from_validated(bytes, f.header, f.large).with_origin(f.cpu, f.flags),
            ));
        }
        self.next_event_general()
    }

    /// Calls `f` with every remaining event, in order, until `f` breaks (its value is
    /// returned) or the capture ends (`None`).
    ///
    /// The same events as [`CaptureReader::next_event`] in a loop, for hot loops: the event is
    /// built where `f` reads it, never moved through a returned `Result`.
    #[inline]
    pub fn for_each_event<B>(
        &mut self,
        mut f: impl FnMut(&EventRef<'_>) -> ControlFlow<B>,
    ) -> Result<Option<B>, ReadError> {
        self.for_each_event_or_wait(|next| match next {
            Next::Event(ev) => f(ev),
            Next::Waiting => ControlFlow::Continue(()),
        })
    }

    /// [`CaptureReader::for_each_event`] that also tells `f` ([`Next::Waiting`]) each time the
    /// reader is about to wait for a pipe's writer, so that a consumer can finish what it holds
    /// back (batched work) before the wait. Files never wait.
    #[inline]
    pub fn for_each_event_or_wait<B>(
        &mut self,
        mut f: impl FnMut(Next<'_, '_>) -> ControlFlow<B>,
    ) -> Result<Option<B>, ReadError> {
        loop {
            let flow = if let Some(fe) = self.next_current_event() {
                let bytes = &self.source.bytes()[fe.start..];
                let ev = EventRef::from_validated(bytes, fe.header, fe.large)
                    .with_origin(fe.cpu, fe.flags);
                f(Next::Event(&ev))
            } else {
                if self.pending.is_none() && self.source.would_wait() {
                    if let ControlFlow::Break(b) = f(Next::Waiting) {
                        return Ok(Some(b));
                    }
                }
                match self.next_event_general()? {
                    Some(ev) => f(Next::Event(&ev)),
                    None => return Ok(None),
                }
            };
            if let ControlFlow::Break(b) = flow {
                return Ok(Some(b));
            }
        }
    }

    /// The common case, small enough to inline into the caller's loop (returning the event
    /// through memory from an outlined call cost a store-forwarding stall per event): the next
    /// block is an intact event block of the current format, in memory, holding a valid event
    /// of a current type. Anything else, errors included, is left to
    /// [`CaptureReader::next_event_general`], which sees the block as if this had not looked.
    #[inline(always)]
    fn next_current_event(&mut self) -> Option<FastEvent> {
        if self.pending.is_some() {
            return None;
        }
        let loc = self.source.peek_in_memory()?;
        let prefix = match loc.ty {
            block::EV_V2 => 2,
            block::EVF_V2 => 6,
            _ => return None,
        };
        let body = self.source.bytes().get(loc.start..loc.end)?;
        let (header, large) = EventRef::validate(body.get(prefix..)?).ok()?;
        let info = EVENT_TABLE.get(usize::from(header.ty))?;
        let current = !info.is_unused()
            && !info.is_old_version()
            && (!info.is_converter_managed()
                || (header.ty % 2 == 1 && header.nparams as usize == info.params.len()));
        if !current {
            return None;
        }
        let cpu = header::read_u16(body, 0).unwrap_or(0);
        let flags = if prefix == 6 {
            header::read_u32(body, 2).unwrap_or(0)
        } else {
            0
        };
        self.source.skip_peeked(&loc);
        self.stats.event_blocks += 1;
        self.stats.events += 1;
        Some(FastEvent {
            start: loc.start + prefix,
            header,
            large,
            cpu,
            flags,
        })
    }

    /// Every other case of [`CaptureReader::next_event`]: metadata blocks between events,
    /// streams, old formats, conversions, skipped events and errors.
    #[inline(never)]
    fn next_event_general(&mut self) -> Result<Option<EventRef<'_>>, ReadError> {
        let (loc, cpu, flags, offset, kind) = loop {
            let block = match self.pending.take() {
                Some(b) => b,
                None => match self.source.next_block()? {
                    Some(b) => b,
                    None => return Ok(None),
                },
            };
            // The common current-format event blocks first, without the general classifier.
            let kind = match block.ty {
                block::EV_V2 => BlockKind::Event {
                    version: 2,
                    flags: false,
                    large: false,
                },
                block::EVF_V2 => BlockKind::Event {
                    version: 2,
                    flags: true,
                    large: false,
                },
                ty => BlockKind::of(ty),
            };
            let BlockKind::Event {
                version,
                flags: has_flags,
                ..
            } = kind
            else {
                self.handle_metadata_block(&block)?;
                continue;
            };
            self.stats.event_blocks += 1;
            if let Some((loc, cpu, flags)) =
                self.event_in_block(&block, kind, version, has_flags)?
            {
                break (loc, cpu, flags, block.offset, kind);
            }
        };
        self.stats.events += 1;
        let bytes: &[u8] = match loc {
            Loc::Source { start, end } => &self.source.bytes()[start..end],
            Loc::V1 => &self.v1_buf,
            Loc::Converted => &self.conv_out,
        };
        let ev = EventRef::parse(bytes).map_err(|e| ReadError::new(offset, Some(kind), e))?;
        Ok(Some(ev.with_origin(cpu, flags)))
    }

    /// Locates (and if needed rewrites) the event of one event block. `None`: nothing to hand
    /// out for this block (skipped or absorbed by the converter).
    fn event_in_block(
        &mut self,
        block: &BlockLoc,
        kind: BlockKind,
        version: u8,
        has_flags: bool,
    ) -> Result<Option<(Loc, u16, u32)>, ReadError> {
        let err = |k: ReadErrorKind| ReadError::new(block.offset, Some(kind), k);
        let body = &self.source.bytes()[block.start..block.end];
        let prefix = if has_flags { 6 } else { 2 };
        let hdr_len = if version == 1 {
            EVENT_HEADER_V1_LEN
        } else {
            EVENT_HEADER_LEN
        };
        if body.len() < prefix + hdr_len {
            return Err(err(ReadErrorKind::Truncated {
                need: (prefix + hdr_len) as u64,
                have: body.len() as u64,
            }));
        }
        let cpu = header::read_u16(body, 0).unwrap_or(0);
        let flags = if has_flags {
            header::read_u32(body, 2).unwrap_or(0)
        } else {
            0
        };
        let ev_bytes = &body[prefix..];
        let ty = header::read_u16(ev_bytes, header::offset::TYPE).unwrap_or(u16::MAX);
        if ty as usize >= EVENT_MAX {
            self.stats.skipped_unknown_type += 1;
            return Ok(None);
        }
        let (loc, nparams) = if version == 1 {
            let n = rewrite_v1(ev_bytes, ty, &mut self.v1_buf)
                .ok_or_else(|| err(ReadErrorKind::V1Params(ty)))?;
            (Loc::V1, n)
        } else {
            let len = header::read_u32(ev_bytes, header::offset::LEN).unwrap_or(0) as usize;
            if len > ev_bytes.len() {
                return Err(err(ReadErrorKind::Event(crate::EventError::LenPastEnd {
                    len: len as u32,
                    avail: ev_bytes.len(),
                })));
            }
            let start = block.start + prefix;
            let n = header::read_u32(ev_bytes, header::offset::NPARAMS).unwrap_or(0);
            (
                Loc::Source {
                    start,
                    end: start + len.max(EVENT_HEADER_LEN),
                },
                n,
            )
        };
        let info = &EVENT_TABLE[ty as usize];
        let current = !info.is_unused()
            && !info.is_old_version()
            && (!info.is_converter_managed()
                || (ty % 2 == 1 && nparams as usize == info.params.len()));
        if current {
            return Ok(Some((loc, cpu, flags)));
        }
        let input: &[u8] = match loc {
            Loc::V1 => &self.v1_buf,
            Loc::Source { start, end } => &self.source.bytes()[start..end],
            // Block events are only ever in the source or the V1 buffer at this point.
            Loc::Converted => &[],
        };
        let ev = EventRef::parse(input).map_err(|e| err(ReadErrorKind::Event(e)))?;
        match self
            .converter
            .convert(&ev, &mut self.conv_out)
            .map_err(|e| err(e.into()))?
        {
            Conversion::Pass => Ok(Some((loc, cpu, flags))),
            Conversion::Drop(_) => {
                self.stats.dropped_by_converter += 1;
                Ok(None)
            }
            Conversion::Converted => {
                self.stats.converted += 1;
                Ok(Some((Loc::Converted, cpu, flags)))
            }
        }
    }
}

/// Rewrites a version-1 event (22-byte header, no `nparams`) into the current layout in `out`,
/// inferring the parameter count as the reference reader does: from the schema's count
/// downwards, the first count whose lengths add up exactly to the event length. Returns the
/// count, or `None` when no count fits.
fn rewrite_v1(ev: &[u8], ty: u16, out: &mut Vec<u8>) -> Option<u32> {
    let mut len = header::read_u32(ev, header::offset::LEN)? as usize;
    if len < EVENT_HEADER_V1_LEN || len > ev.len() {
        return None;
    }
    let payload = &ev[EVENT_HEADER_V1_LEN..len];
    // Old captures over-state the length of these two events by three bytes.
    let mut payload_len = payload.len();
    if ty == code::NOTIFICATION_E || ty == code::INFRASTRUCTURE_EVENT_E {
        payload_len = payload_len.checked_sub(3)?;
        len -= 3;
    }
    let payload = &payload[..payload_len];
    let max = EVENT_TABLE[ty as usize].params.len();
    let mut found = None;
    for n in (0..=max).rev() {
        if n * 2 > payload_len {
            continue;
        }
        let mut sum = n * 2;
        for i in 0..n {
            sum += header::read_u16(payload, i * 2)? as usize;
        }
        if sum < payload_len {
            return None;
        }
        if sum == payload_len {
            found = Some(n as u32);
            break;
        }
    }
    let n = found?;
    out.clear();
    out.extend_from_slice(&ev[..EVENT_HEADER_V1_LEN]);
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(payload);
    let new_len = (len + 4) as u32;
    out[header::offset::LEN..header::offset::LEN + 4].copy_from_slice(&new_len.to_le_bytes());
    Some(n)
}

/// Where [`CaptureReader::next_current_event`] found an event, borrowing nothing.
#[derive(Clone, Copy)]
struct FastEvent {
    start: usize,
    header: header::EventHeader,
    large: bool,
    cpu: u16,
    flags: u32,
}
