//! The rule engine: evaluates the rules compiled by `rfalco-rules` on events and formats
//! the alerts they raise.
//!
//! Conditions become trees of typed checks (`node.rs`, `check.rs`): each check's right-hand side
//! is parsed once for the field's type (numbers, addresses, networks), globs and regexes are
//! compiled once, long `in` lists are hashed. Field values come from the decoder and the state
//! engine through [`rfalco_fields::evt::EventContext`] and are extracted at most once per event
//! (`operand.rs`'s cache). Rules are indexed by event type ([`engine`]); a match renders the
//! rule's output ([`output`]) into an [`Alert`], printed as Falco's text line or JSON object.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod alert;
mod check;
pub mod engine;
pub mod error;
mod evttype;
pub mod filter;
pub mod ftype;
mod memo;
mod node;
mod operand;
pub mod output;

pub use alert::{Alert, JsonOptions};
pub use engine::{CompiledRule, Counts, Engine, EngineOptions, RuleMatching};
pub use error::CompileError;
pub use filter::Filter;
