//! The one error type of configuration loading, naming where the bad value came from.

use std::fmt;
use std::path::PathBuf;

/// Where a configuration value was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// In a configuration file, at a 1-based line and column.
    File {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// In a `-o key=value` argument (the whole argument).
    Override(String),
    /// Nowhere: a built-in default, or a key that is missing.
    Default,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::File { path, line, column } => {
                write!(f, "{}:{line}:{column}", path.display())
            }
            Place::Override(arg) => write!(f, "-o {arg}"),
            Place::Default => f.write_str("configuration"),
        }
    }
}

/// Why a configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config file {}: {source}", .path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The system error.
        source: std::io::Error,
    },
    /// The file is not valid YAML.
    #[error("cannot read config file {}: {source}", .path.display())]
    Yaml {
        /// The file.
        path: PathBuf,
        /// The parser's error, with its position.
        source: rfalco_rules::yaml::YamlError,
    },
    /// A `-o` argument that is not `key=value`, or whose key path or value does not parse.
    #[error("-o {arg}: {reason}")]
    Override {
        /// The whole `-o` argument.
        arg: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A value of the wrong type or out of range, or a combination Falco refuses.
    #[error("{place}: {key}: {reason}")]
    Invalid {
        /// Where the value was written.
        place: Place,
        /// The dotted key path (`syscall_event_drops.threshold`, `rules[1].enable`).
        key: String,
        /// What is wrong.
        reason: String,
    },
}
