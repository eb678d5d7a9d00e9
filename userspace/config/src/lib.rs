//! Falco 0.44's configuration: `falco.yaml`, the files it includes and `-o key=value` overrides.
//!
//! Loading follows Falco's order: the main file is parsed into one YAML document (with
//! `${VAR}` expanded in its values), `-o config_files=...` overrides are applied, the files and
//! folders named by `config_files` are merged in, then every `-o` override edits the document in
//! turn. Only then is the document typed into a [`Config`], so a value from the file and a value
//! from `-o` go through the same checks and the same error messages, which name the file, line
//! and column or the `-o` argument, and the key. Keys rfalco does not know are reported in one
//! warning rather than ignored. Each file is also checked against the configuration's JSON
//! Schema ([`schema`]) as Falco does, with a warning when it does not match.
//! `docs/configuration.md` lists the supported keys.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod config;
mod duration;
mod env;
mod error;
mod include;
mod known_keys;
mod overrides;
mod scalar;
pub mod schema;
mod selection;
mod tree;
mod typing;

pub use config::{
    AppendOutput, BaseSyscalls, Capture, CaptureMode, Config, ConfigInclude, DropAction, Engine,
    EngineKind, FalcoLibs, FileOutput, HttpOutput, KmodEngine, LibsLogger, MergeStrategy, Metrics,
    ModernEbpfEngine, PluginConfig, Priority, ProgramOutput, RuleMatching, SyscallEventDrops,
    Webserver,
};
pub use duration::parse_duration;
pub use error::{ConfigError, Place};
pub use selection::{RuleSelection, SelectionOp, apply_selection, matches_wildcard};

use std::path::Path;
use tree::{Item, Origin, Sources, Val};

/// A loaded configuration and what is worth telling the user about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The typed configuration.
    pub config: Config,
    /// Warnings: deprecated keys, dubious combinations, and one line naming every unknown key.
    pub warnings: Vec<String>,
}

impl Config {
    /// Loads `path` (if `Some`) then applies each `-o key=value` in order.
    ///
    /// Without a file, the overrides apply to an empty document, so every other key keeps
    /// [`Config::default`]'s value, as Falco does when started without a configuration file.
    pub fn load(path: Option<&Path>, overrides: &[String]) -> Result<Loaded, ConfigError> {
        load_with_env(path, overrides, &env::process_env)
    }
}

/// [`Config::load`] with a chosen environment (for `${VAR}` expansion).
fn load_with_env(
    path: Option<&Path>,
    overrides: &[String],
    lookup: &impl Fn(&str) -> Option<String>,
) -> Result<Loaded, ConfigError> {
    let mut sources = Sources {
        files: Vec::new(),
        overrides,
        schema_warnings: Vec::new(),
    };
    let mut root = Item {
        value: Val::Map(Vec::new()),
        origin: Origin::Implicit,
    };
    if let Some(path) = path {
        root = include::read_file(path, &mut sources, lookup)?;
        // Falco applies `-o config_files=...` before merging the included files, and all `-o`
        // (those again included) afterwards.
        for (i, arg) in overrides.iter().enumerate() {
            if arg.starts_with("config_files") {
                apply_override(&mut root, i, arg)?;
            }
        }
        include::merge_includes(&mut root, path, &mut sources, lookup)?;
    }
    for (i, arg) in overrides.iter().enumerate() {
        apply_override(&mut root, i, arg)?;
    }
    let reader = scalar::Reader {
        root: &root,
        sources: &sources,
    };
    let (config, typing_warnings) = typing::read(&reader)?;
    let mut warnings = std::mem::take(&mut sources.schema_warnings);
    warnings.extend(typing_warnings);
    let unknown = known_keys::unknown_keys(&root);
    if !unknown.is_empty() {
        warnings.push(format!(
            "unknown configuration keys, ignored: {}",
            unknown.join(", ")
        ));
    }
    Ok(Loaded { config, warnings })
}

/// Applies the `index`th `-o` argument to the document.
fn apply_override(root: &mut Item, index: usize, arg: &str) -> Result<(), ConfigError> {
    let fail = |reason: String| ConfigError::Override {
        arg: arg.to_string(),
        reason,
    };
    let (key, value) = overrides::split(arg)
        .ok_or_else(|| fail("must be of the form key=val or key.subkey=val".into()))?;
    let steps = overrides::parse_key(key).map_err(|e| fail(format!("{key}: {e}")))?;
    let value = overrides::parse_value(value, Origin::Override(index))
        .map_err(|e| fail(format!("{key}: {e}")))?;
    if !matches!(root.value, Val::Map(_)) {
        root.value = Val::Map(Vec::new());
    }
    overrides::set(root, &steps, value).map_err(|e| fail(format!("{key}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        (name == "RFALCO_TEST_DIR").then(|| "/srv/rules".to_string())
    }

    #[test]
    fn env_vars_expand_in_file_values_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("falco.yaml");
        std::fs::write(
            &path,
            "rules_files:\n  - ${RFALCO_TEST_DIR}/a.yaml\n  - $${RFALCO_TEST_DIR}\nprogram_output:\n  program: \"x ${UNSET_VAR}y\"\n",
        )
        .expect("write");
        let args = vec!["file_output.filename=${RFALCO_TEST_DIR}".to_string()];
        let loaded = load_with_env(Some(&path), &args, &env).expect("loads");
        let c = loaded.config;
        assert_eq!(
            c.rules_files,
            vec![
                std::path::PathBuf::from("/srv/rules/a.yaml"),
                std::path::PathBuf::from("${RFALCO_TEST_DIR}")
            ]
        );
        assert_eq!(c.program_output.program, "x y");
        // `-o` values are not expanded, as in Falco.
        assert_eq!(c.file_output.filename, "${RFALCO_TEST_DIR}");
    }
}
