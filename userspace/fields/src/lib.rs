//! Fields of events, as rules and output formats name them (`evt.type`, `thread.tid`, ...), and
//! sysdig's `-p` output format language built on them.
//!
//! This crate knows the decode-level fields: those an event answers by itself, without process
//! or fd state. Fields that need state (`proc.*`, `fd.*`, `user.*`) are recognised by name and
//! answered through [`StateFields`], which the state engine implements; until one is plugged in
//! they are undefined (`<NA>`), as sysdig prints fields it cannot resolve.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod escape;
pub mod evt;
pub mod format;
pub mod registry;
pub mod time;

pub use evt::{EventContext, FieldError, FieldId, StateFields};
pub use format::{Format, FormatError};
