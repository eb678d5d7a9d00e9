//! Typed errors. Every reader error names the byte offset and the block it happened in.

use crate::block::BlockKind;
use crate::param::ParamError;

/// Why an event's bytes are not a valid event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    /// Fewer bytes than an event header.
    #[error("{avail} bytes are too few for an event header")]
    ShortHeader {
        /// Bytes available.
        avail: usize,
    },
    /// The header's `len` is smaller than the header itself.
    #[error("event len {len} is smaller than the event header")]
    LenTooSmall {
        /// The header's len.
        len: u32,
    },
    /// The header's `len` runs past the available bytes.
    #[error("event len {len} is larger than the {avail} bytes available")]
    LenPastEnd {
        /// The header's len.
        len: u32,
        /// Bytes available.
        avail: usize,
    },
    /// More parameters than any event may have.
    #[error("event has {nparams} parameters, at most 32 are possible")]
    TooManyParams {
        /// The header's nparams.
        nparams: u32,
    },
    /// The parameter length array does not fit in the event.
    #[error("{nparams} parameter lengths do not fit in event len {len}")]
    LengthsPastEnd {
        /// The header's nparams.
        nparams: u32,
        /// The header's len.
        len: u32,
    },
    /// A parameter runs past the end of the event.
    #[error("parameter {index} of {param_len} bytes runs past event len {len}")]
    ParamPastEnd {
        /// Parameter index.
        index: u32,
        /// Its length.
        param_len: u32,
        /// The header's len.
        len: u32,
    },
    /// The event has no parameter with that index.
    #[error("no parameter {index}")]
    NoSuchParam {
        /// Parameter index.
        index: u32,
    },
    /// A parameter's bytes do not fit its type.
    #[error("parameter {index} ({name}): {reason}")]
    BadParam {
        /// Parameter index.
        index: u32,
        /// Parameter name.
        name: &'static str,
        /// What is wrong.
        reason: ParamError,
    },
}

/// Why a capture could not be read, and where.
#[derive(Debug, thiserror::Error)]
#[error("byte offset {offset}{}: {kind}", block.map(|b| format!(" ({b} block)")).unwrap_or_default())]
pub struct ReadError {
    /// Offset in the (decompressed) stream of the block, or of the failing read.
    pub offset: u64,
    /// The block being read, once its type is known.
    pub block: Option<BlockKind>,
    /// What went wrong (boxed: keeps `Result`s of the hot read path small).
    pub kind: Box<ReadErrorKind>,
}

/// What went wrong while reading a capture.
#[derive(Debug, thiserror::Error)]
pub enum ReadErrorKind {
    /// An I/O or decompression error.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The file does not start with a section header.
    #[error("not a scap capture: first block type is 0x{0:08x}, expected a section header")]
    NotScap(u32),
    /// The section header has a bad magic number (e.g. a big-endian capture).
    #[error("bad section header magic 0x{0:08x}")]
    BadMagic(u32),
    /// The section header names an unsupported major version.
    #[error("unsupported capture format version {0}.{1}")]
    UnsupportedVersion(u16, u16),
    /// The stream ended inside a block.
    #[error("truncated: block needs {need} bytes, only {have} present")]
    Truncated {
        /// Bytes the block needs.
        need: u64,
        /// Bytes present.
        have: u64,
    },
    /// A block length too small or too large to be valid.
    #[error("impossible block length {0}")]
    BadBlockLength(u32),
    /// The trailing copy of the block length disagrees with the header.
    #[error("block trailer length {trailer} differs from header length {header}")]
    TrailerMismatch {
        /// Length in the header.
        header: u32,
        /// Length in the trailer.
        trailer: u32,
    },
    /// An event block whose event is invalid.
    #[error("invalid event: {0}")]
    Event(#[from] EventError),
    /// A version-1 event whose parameter count cannot be inferred.
    #[error("cannot infer the parameter count of a version-1 event of type {0}")]
    V1Params(u16),
    /// A metadata block whose content is invalid.
    #[error("{0}")]
    Metadata(#[from] crate::metadata::MetaError),
    /// An old event the converter cannot upgrade.
    #[error("{0}")]
    Convert(#[from] crate::convert::ConvertError),
}

impl ReadError {
    #[cold]
    #[inline(never)]
    pub(crate) fn new(
        offset: u64,
        block: Option<BlockKind>,
        kind: impl Into<ReadErrorKind>,
    ) -> Self {
        Self {
            offset,
            block,
            kind: Box::new(kind.into()),
        }
    }
}
