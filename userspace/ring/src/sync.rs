//! The atomics the ring protocol uses: std's, or loom's when built with `--cfg loom` so the
//! protocol can be model-checked (crossbeam's `primitive` module and tokio's `loom` shim do the
//! same).

#[cfg(loom)]
pub use loom::sync::atomic::{AtomicU32, AtomicU64, Ordering, fence};

#[cfg(not(loom))]
pub use std::sync::atomic::{AtomicU32, AtomicU64, Ordering, fence};
