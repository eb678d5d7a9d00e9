//! The consumer side of falco.ko's per-CPU ring buffers.
//!
//! Each CPU's ring is a data area the kernel module fills with events in Falco's format and an
//! info page holding `head` (the producer's write offset) and `tail` (ours). [`protocol`] is the
//! head/tail protocol itself, written against a small [`sync`] shim so the very same code runs
//! under loom; [`mapping`] maps the data area twice back to back so records that wrap around the
//! end read as one contiguous slice; [`batch`] walks the readable bytes as zero-copy
//! [`scap_format::EventRef`]s; [`merge`] drains every ring on one thread, [`readers`] on reader
//! threads pinned to the rings' CPUs, both merged by timestamp.
//!
//! This crate and the kernel module are the only places with `unsafe` code: memory shared with
//! the kernel is mapped and read here.
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]
#![warn(missing_docs)]

pub mod batch;
pub mod device;
pub mod mapping;
pub mod merge;
pub mod protocol;
pub mod readers;
pub mod ring;
pub mod sync;

pub use batch::{Batch, BatchError};
pub use mapping::{DoubleMap, InfoMap, MapError};
pub use protocol::{BadHead, Consumer, Producer, Readable};
pub use readers::Readers;
pub use ring::{ReadBatch, Ring};
