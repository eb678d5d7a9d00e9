//! Why a rule cannot be compiled for evaluation.

/// A compilation error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileError {
    /// The condition has a check that cannot be evaluated (a bad value for the field's type,
    /// an invalid regex or glob, an unknown field).
    #[error("{0}")]
    Condition(String),
    /// The output format names an unknown field.
    #[error("invalid output format '{format}': {reason}")]
    Output {
        /// The format.
        format: String,
        /// Why.
        reason: String,
    },
    /// A rule failed to compile; the rule's name and the cause.
    #[error("rule '{rule}': {source}")]
    Rule {
        /// The rule.
        rule: String,
        /// The cause.
        source: Box<CompileError>,
    },
}
