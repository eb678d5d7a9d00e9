//! The configuration document as a mutable tree whose nodes remember where they were written.
//!
//! Falco edits one YAML document (the main file, then included files, then each `-o`) before
//! reading typed values out of it; this is that document. Each node keeps its origin (a file
//! position or the `-o` argument that set it) so a bad value can be reported where it was written.

use crate::error::Place;
use rfalco_rules::yaml::{Node, Value};
use std::path::PathBuf;

/// Where a node came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// `files[file]`, 0-based line and column.
    File {
        file: usize,
        line: usize,
        column: usize,
    },
    /// The `-o` argument at this index.
    Override(usize),
    /// Created implicitly (an intermediate mapping made by a `-o` key path).
    Implicit,
}

/// A node of the document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub value: Val,
    pub origin: Origin,
}

/// A node's content. Mapping keys are strings: Falco's configuration has no other kind.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    Null,
    Scalar(String),
    Seq(Vec<Item>),
    Map(Vec<(String, Item)>),
}

impl Item {
    /// An empty (null) node.
    pub fn null(origin: Origin) -> Item {
        Item {
            value: Val::Null,
            origin,
        }
    }

    /// Converts a parsed YAML node, giving every node `origin` with the node's own position
    /// when `origin` is a file origin.
    pub fn from_node(node: &Node, origin: Origin) -> Item {
        let here = match origin {
            Origin::File { file, .. } => Origin::File {
                file,
                line: node.pos.line,
                column: node.pos.column,
            },
            other => other,
        };
        let value = match &node.value {
            Value::Null => Val::Null,
            Value::Scalar(s) => Val::Scalar(s.clone()),
            Value::Seq(items) => Val::Seq(items.iter().map(|n| Item::from_node(n, here)).collect()),
            Value::Map(entries) => Val::Map(
                entries
                    .iter()
                    .map(|(k, v)| (key_text(k), Item::from_node(v, here)))
                    .collect(),
            ),
        };
        Item {
            value,
            origin: here,
        }
    }

    /// The child under `key` when this is a mapping.
    pub fn get(&self, key: &str) -> Option<&Item> {
        match &self.value {
            Val::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The node at a dotted path of mapping keys (`engine.kmod.buf_size_preset`).
    pub fn path(&self, path: &str) -> Option<&Item> {
        path.split('.').try_fold(self, |node, key| node.get(key))
    }

    /// Applies `f` to every scalar below (and including) this node.
    pub fn for_each_scalar(&mut self, f: &mut impl FnMut(&mut String)) {
        match &mut self.value {
            Val::Scalar(s) => f(s),
            Val::Seq(items) => items.iter_mut().for_each(|i| i.for_each_scalar(f)),
            Val::Map(entries) => entries.iter_mut().for_each(|(_, v)| v.for_each_scalar(f)),
            Val::Null => {}
        }
    }
}

/// A mapping key as text; a non-scalar key (never meaningful in Falco's configuration) is kept
/// as a placeholder so that it shows up among the unknown keys.
fn key_text(k: &Node) -> String {
    match &k.value {
        Value::Scalar(s) => s.clone(),
        Value::Null => "null".into(),
        _ => "<complex key>".into(),
    }
}

/// What a node's origin refers to: the files read and the `-o` arguments.
#[derive(Debug)]
pub(crate) struct Sources<'a> {
    pub files: Vec<PathBuf>,
    pub overrides: &'a [String],
    /// A warning for each file that does not match the configuration schema.
    pub schema_warnings: Vec<String>,
}

impl Sources<'_> {
    /// The place an origin names, for messages.
    pub fn place(&self, origin: Origin) -> Place {
        match origin {
            Origin::File { file, line, column } => match self.files.get(file) {
                Some(path) => Place::File {
                    path: path.clone(),
                    line: line + 1,
                    column: column + 1,
                },
                None => Place::Default,
            },
            Origin::Override(i) => self
                .overrides
                .get(i)
                .map_or(Place::Default, |a| Place::Override(a.clone())),
            Origin::Implicit => Place::Default,
        }
    }
}
