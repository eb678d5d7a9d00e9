//! rfalco's state engine: the thread table, per-process fd tables, users and container ids
//! that libsinsp keeps, built from a capture's metadata (or the live /proc scan, which yields
//! the same [`scap_format::reader::CaptureMetadata`]) and updated event by event.
//!
//! [`State::update`] applies one event; [`State`] then answers the state fields of that event
//! ([`rfalco_fields::StateFields`]: `proc.name`, `fd.name`, `user.uid`, `container.id`, ...) and
//! the fd and thread names evt.info prints ([`scap_format::display::FdNames`]). An event of a
//! thread the table does not know leaves its fields undefined; nothing an event carries can
//! make it panic. docs/state.md describes the design and every known difference from sysdig.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod container;
pub mod fd;
pub mod fields;
pub mod idmap;
pub mod ifaces;
mod parse;
pub mod path;
mod sockets;
pub mod table;
pub mod thread;
pub mod users;

pub use parse::state_event_names;
pub use table::{DEFAULT_MAX_THREADS, State, Stats};
