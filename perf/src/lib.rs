//! What the benchmark binaries share as a library: the summary table of a whole `make bench`.
//! (The older helpers, `args.rs`, `peer.rs`, `plain.rs`, `report.rs` and `synth.rs`, are
//! compiled into each binary that uses them.)
#![forbid(unsafe_code)]

pub mod summary;
