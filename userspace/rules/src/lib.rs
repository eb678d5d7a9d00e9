//! tmp
#![forbid(unsafe_code)]
pub mod condition;
pub mod yaml;
