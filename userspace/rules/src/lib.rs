//! Falco rule files for rfalco: loading, merging, compiling conditions, and validating.
//!
//! This crate is the rule compiler, kept apart from the engine that evaluates compiled rules.
//! It reads Falco's YAML rule files unchanged ([`yaml`] keeps each node's position), applies
//! `append`/`override` with Falco's semantics ([`loader`]), parses conditions into a typed AST
//! ([`condition`]), expands lists, resolves macros, turns exceptions into `and not (...)`,
//! checks fields and event types ([`compiler`]), and reports errors and warnings in the shape
//! of Falco's `-V` validation output ([`result`]), with each file's JSON Schema verdict
//! ([`schema`]).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod compiler;
pub mod condition;
pub mod fields;
pub mod loader;
pub mod parsed;
mod reader;
pub mod result;
pub mod schema;
pub mod yaml;

pub use compiler::{Rule, Ruleset};
pub use loader::{Collector, Priority};
pub use result::{ErrorCode, FileResult, WarningCode, exit_code, results_json};

use result::{Context, Message};
use std::path::Path;

/// The outcome of loading rule files in order.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// One result per file, in order.
    pub results: Vec<FileResult>,
    /// The compiled ruleset, when every file loaded without errors.
    pub ruleset: Option<Ruleset>,
    /// The merged definitions.
    pub collector: Collector,
}

impl Loaded {
    /// Whether every file loaded without errors.
    pub fn successful(&self) -> bool {
        self.results.iter().all(FileResult::successful)
    }
}

fn load_one(
    name: &str,
    text: &str,
    col: &mut Collector,
    parsed: &mut parsed::Parsed,
) -> (FileResult, Option<Ruleset>) {
    let mut res = FileResult {
        name: name.to_string(),
        ..FileResult::default()
    };
    let base = Context::file(name, text);
    let docs = match yaml::parse_documents(text) {
        Ok(d) => {
            // Before loading, as Falco does: the verdict stands whatever the loader thinks.
            res.schema = schema::rules_schema().status(d.iter().map(Option::as_ref));
            d
        }
        Err(e) => {
            let ctx = base.child("value for", "", e.pos, text);
            res.errors.push(Message {
                code: ErrorCode::YamlParse,
                message: e.to_string(),
                context: ctx,
            });
            return (res, None);
        }
    };
    let first_plugin_req = col.plugin_requirements.len();
    for doc in docs.iter().flatten() {
        let mut reader = reader::Reader {
            text,
            res: &mut res,
            col,
        };
        if let Err(e) = reader.read_document(doc, &base) {
            res.errors.push(*e);
            return (res, None);
        }
    }
    for req in &col.plugin_requirements[first_plugin_req..] {
        let satisfied = req
            .alternatives
            .iter()
            .any(|(n, _)| loader::BUILTIN_PLUGINS.contains(&n.as_str()));
        if !satisfied {
            let wanted: Vec<String> = req
                .alternatives
                .iter()
                .map(|(n, v)| format!("{n} (>= {v})"))
                .collect();
            res.errors.push(Message {
                code: ErrorCode::Validate,
                message: format!(
                    "Plugin requirement not satisfied, must load one of: {}",
                    wanted.join(", ")
                ),
                context: req.ctx.clone(),
            });
            return (res, None);
        }
    }
    let rs = compiler::compile(col, &mut res, parsed);
    (res, rs)
}

/// Loads `(name, content)` rule files in order, as Falco does: each file adds to the same
/// definitions, everything collected so far is compiled after each file, and the first error of
/// a file stops its loading.
pub fn load<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Loaded {
    let mut out = Loaded::default();
    let mut all_ok = true;
    let mut last = None;
    let mut parsed = parsed::Parsed::default();
    for (name, text) in files {
        let (res, rs) = load_one(name, text, &mut out.collector, &mut parsed);
        all_ok &= res.successful();
        out.results.push(res);
        last = rs;
    }
    out.ruleset = if all_ok { last } else { None };
    out
}

/// Reads and loads rule files from disk; a file that cannot be read gets `LOAD_ERR_FILE_READ`.
/// Result names are the paths as given.
pub fn load_paths<P: AsRef<Path>>(paths: &[P]) -> Loaded {
    let mut contents = Vec::with_capacity(paths.len());
    let mut read_errors = Vec::new();
    for p in paths {
        let name = p.as_ref().display().to_string();
        match std::fs::read_to_string(p) {
            Ok(t) => contents.push((name, t)),
            Err(e) => read_errors.push(FileResult {
                name: name.clone(),
                errors: vec![Message {
                    code: ErrorCode::FileRead,
                    message: format!("Could not read file {name}: {e}"),
                    context: Context::file(&name, ""),
                }],
                warnings: Vec::new(),
                schema: schema::Status::default(),
            }),
        }
    }
    let mut loaded = load(contents.iter().map(|(n, t)| (n.as_str(), t.as_str())));
    if !read_errors.is_empty() {
        loaded.results.extend(read_errors);
        loaded.ruleset = None;
    }
    loaded
}

/// Falco's `-V`: the validation JSON document and the exit status.
pub fn validate<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (serde_json::Value, i32) {
    let loaded = load(files);
    (results_json(&loaded.results), exit_code(&loaded.results))
}
