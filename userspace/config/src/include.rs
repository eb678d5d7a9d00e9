//! Reading configuration files and merging the ones `config_files` names.
//!
//! As in Falco 0.44 (`falco_configuration::merge_config_files`): entries that do not exist are
//! skipped; a folder contributes its regular files in name order; an included file may not use
//! `config_files` itself, and no entry may name the main file. Each top-level key of an
//! included file merges by the entry's strategy: `append` appends list values to the existing
//! list and replaces anything else, `override` replaces, `add-only` only adds missing keys.

use crate::config::MergeStrategy;
use crate::error::ConfigError;
use crate::scalar::Reader;
use crate::tree::{Item, Origin, Sources, Val};
use rfalco_rules::yaml::parse_documents;
use std::path::Path;

/// Reads one configuration file into a document (a mapping), expanding `${VAR}` in values.
pub(crate) fn read_file(
    path: &Path,
    sources: &mut Sources<'_>,
    lookup: &impl Fn(&str) -> Option<String>,
) -> Result<Item, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let docs = parse_documents(&text).map_err(|source| ConfigError::Yaml {
        path: path.to_path_buf(),
        source,
    })?;
    let file = sources.files.len();
    sources.files.push(path.to_path_buf());
    let origin = Origin::File {
        file,
        line: 0,
        column: 0,
    };
    // yaml-cpp's LoadFile reads the first document.
    let mut root = match docs.into_iter().next().flatten() {
        Some(node) => Item::from_node(&node, origin),
        None => Item {
            value: Val::Map(Vec::new()),
            origin,
        },
    };
    match root.value {
        Val::Map(_) => {}
        Val::Null => root.value = Val::Map(Vec::new()),
        _ => {
            return Err(ConfigError::Invalid {
                place: sources.place(root.origin),
                key: "(document)".into(),
                reason: "a configuration file must be a mapping of keys to values".into(),
            });
        }
    }
    root.for_each_scalar(&mut |s| crate::env::expand(s, lookup));
    if let Some(w) = crate::schema::check_file(path, &root) {
        sources.schema_warnings.push(w);
    }
    Ok(root)
}

/// Merges every file named by the document's `config_files` into it.
pub(crate) fn merge_includes(
    root: &mut Item,
    main: &Path,
    sources: &mut Sources<'_>,
    lookup: &impl Fn(&str) -> Option<String>,
) -> Result<(), ConfigError> {
    let includes = {
        let reader = Reader { root, sources };
        crate::typing::read_config_files(&reader)?
    };
    for include in includes {
        if include.path == main {
            return Err(config_files_error(
                root,
                sources,
                format!(
                    "'config_files' directive tried to recursively include main config file: {}",
                    main.display()
                ),
            ));
        }
        let files = if include.path.is_file() {
            vec![include.path.clone()]
        } else if include.path.is_dir() {
            let entries = std::fs::read_dir(&include.path).map_err(|source| ConfigError::Io {
                path: include.path.clone(),
                source,
            })?;
            let mut files: Vec<_> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect();
            files.sort();
            files
        } else {
            // Missing entries are skipped, like missing rules files.
            Vec::new()
        };
        for file in files {
            let doc = read_file(&file, sources, lookup)?;
            let Val::Map(entries) = doc.value else {
                continue;
            };
            for (key, value) in entries {
                if key == "config_files" {
                    return Err(ConfigError::Invalid {
                        place: sources.place(value.origin),
                        key,
                        reason: format!(
                            "'config_files' directive in included config file {}",
                            file.display()
                        ),
                    });
                }
                merge_key(root, key, value, include.strategy);
            }
        }
    }
    Ok(())
}

fn config_files_error(root: &Item, sources: &Sources<'_>, reason: String) -> ConfigError {
    ConfigError::Invalid {
        place: root
            .get("config_files")
            .map_or(crate::error::Place::Default, |i| sources.place(i.origin)),
        key: "config_files".into(),
        reason,
    }
}

/// Merges one top-level key of an included file.
fn merge_key(root: &mut Item, key: String, value: Item, strategy: MergeStrategy) {
    let Val::Map(entries) = &mut root.value else {
        return;
    };
    let existing = entries.iter_mut().find(|(k, _)| *k == key).map(|(_, v)| v);
    match (strategy, existing) {
        (MergeStrategy::AddOnly, Some(_)) => {}
        (MergeStrategy::Append, Some(old)) if matches!(value.value, Val::Seq(_)) => {
            let Val::Seq(new_items) = value.value else {
                return;
            };
            match &mut old.value {
                Val::Seq(items) => items.extend(new_items),
                // yaml-cpp's push_back turns a null node into a list; on anything else Falco
                // throws, which here becomes a replacement.
                _ => {
                    old.value = Val::Seq(new_items);
                    old.origin = value.origin;
                }
            }
        }
        (_, Some(old)) => *old = value,
        (_, None) => entries.push((key, value)),
    }
}
