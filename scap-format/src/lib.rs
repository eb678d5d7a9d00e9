//! Falco's event format and `.scap` capture files.
//!
//! This crate is the contract every other part of rfalco is written against. [`abi`] holds the
//! event schema and on-wire layouts in a `no_std`, dependency-free form that the kernel module
//! compiles too. On top of it: [`EventRef`], a zero-copy view of one event with typed parameter
//! accessors; [`reader`], a streaming block walker over plain or gzip captures of every format
//! version found in the wild; [`convert`], which upgrades old enter/exit captures to the current
//! exit-only schema as current Falco does; and [`writer`], which writes current-format captures.
//!
//! Unsafe code: one audited spot, the memory map of an uncompressed capture in [`reader`].
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]

pub mod abi;
pub mod block;
pub mod convert;
pub mod display;
pub mod error;
pub mod event;
pub mod metadata;
pub mod param;
pub mod read_ahead;
pub mod reader;
mod source;
mod window;
pub mod writer;

pub use error::{EventError, ReadError, ReadErrorKind};
pub use event::{EventBuilder, EventRef};
pub use param::ParamValue;
pub use reader::CaptureReader;
