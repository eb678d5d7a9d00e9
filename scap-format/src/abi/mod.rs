//! The kernel/user contract: event codes and schema, header layout, versions.
//!
//! Everything under `abi/` is `no_std`-clean and dependency-free (only `core`), so the kernel
//! module compiles the very same files with `#[path]`. Dual-licensed (Apache-2.0 OR GPL-2.0-only)
//! so both sides may include it. Tables are data: event type numbers are explicit and
//! append-only, identical to Falco's, so real captures decode.

pub mod dynamic;
pub mod events;
pub mod flags;
pub mod header;
pub mod native;
pub mod ring;
pub mod syscalls;
pub mod types;
pub mod version;
