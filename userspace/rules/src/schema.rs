//! JSON Schema validation of YAML documents, reported as Falco 0.44 reports it.
//!
//! Falco validates each rules file (and each configuration file) against a JSON Schema and
//! reports the outcome next to the loader's own errors: `schema_valid` and `schema_warnings` in
//! `-V` output, a warning at start otherwise. A failed schema check never stops loading. Three
//! things make Falco's verdicts what they are, and this module keeps them:
//!
//! - Scalar types are *weak*: a YAML scalar is a string, and also a boolean when it reads
//!   `true`/`false`, an integer when it parses as one, and so on (`schema/weak.rs` turns a
//!   YAML tree into JSON accordingly, guided by the schema).
//! - Every failure is reported with the chain of containers it sits in, innermost first
//!   (`schema/report.rs` formats the `jsonschema` crate's errors that way).
//! - A file's status is one entry per YAML document: `ok`, or that document's warnings; the
//!   file counts as valid when its first entry is `ok` ([`Status`]).
//!
//! The rules file schema itself is `schema/rules.schema.json` (printed by `--rule-schema`).

mod report;
mod weak;

use crate::yaml::{Node, Value as YamlValue};
use serde_json::Value;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The JSON Schema of rules files (draft-07), as `--rule-schema` prints it.
pub const RULES_SCHEMA: &str = include_str!("schema/rules.schema.json");

/// Falco's status entry for a document that validates.
pub const STATUS_OK: &str = "ok";

/// Why a schema could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    /// The schema text is not JSON.
    #[error("the schema is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The schema is JSON but not a valid JSON Schema.
    #[error("the schema does not compile: {0}")]
    Compile(String),
}

/// A compiled schema and its document (needed to follow its `$ref`s while typing scalars).
#[derive(Debug)]
pub struct Schema {
    doc: Value,
    validator: jsonschema::Validator,
}

impl Schema {
    /// Parses and compiles a JSON Schema.
    pub fn parse(text: &str) -> Result<Schema, SchemaError> {
        let doc: Value = serde_json::from_str(text)?;
        let validator =
            jsonschema::validator_for(&doc).map_err(|e| SchemaError::Compile(e.to_string()))?;
        Ok(Schema { doc, validator })
    }

    /// The schema document.
    pub fn document(&self) -> &Value {
        &self.doc
    }

    /// The JSON value Falco's validator sees for a YAML document (`None`: an empty document).
    pub fn instance<T: Tree>(&self, node: Option<&T>) -> Value {
        weak::to_json(node, Some(&self.doc), &self.doc)
    }

    /// Validates one YAML document: no warnings when it is valid, else Falco's warnings
    /// (`failed for <root>[0]["priority"]: Failed to match against any enum values.`, then the
    /// containers that failed because of it).
    pub fn check<T: Tree>(&self, node: Option<&T>) -> Vec<String> {
        let instance = self.instance(node);
        let errors: Vec<_> = self.validator.iter_errors(&instance).collect();
        if errors.is_empty() {
            return Vec::new();
        }
        report::warnings(node, &self.doc, errors)
    }

    /// Falco's status for a file of several documents: per document, `ok` or its warnings.
    pub fn status<'a, T: Tree + 'a>(
        &self,
        docs: impl IntoIterator<Item = Option<&'a T>>,
    ) -> Status {
        let mut entries = Vec::new();
        for doc in docs {
            let w = self.check(doc);
            if w.is_empty() {
                entries.push(STATUS_OK.to_string());
            } else {
                entries.extend(w);
            }
        }
        Status { entries }
    }
}

/// The rules file schema, compiled once.
pub fn rules_schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        Schema::parse(RULES_SCHEMA).expect("the built-in rules schema compiles (unit-tested)")
    })
}

/// The outcome of validating a file, as Falco keeps it: one entry per document, `ok` or the
/// document's warnings. Empty when no validation took place (the file is not YAML, or has no
/// document), in which case `-V` prints neither `schema_valid` nor `schema_warnings`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    /// The entries, in document order.
    pub entries: Vec<String>,
}

impl Status {
    /// Whether validation took place.
    pub fn checked(&self) -> bool {
        !self.entries.is_empty()
    }

    /// Falco's verdict: the first entry is `ok`. (Falco looks at the first entry only, so a
    /// file whose first document validates counts as valid whatever follows.)
    pub fn valid(&self) -> bool {
        self.entries.first().is_some_and(|e| e == STATUS_OK)
    }

    /// The warnings Falco reports: every entry when the file is not valid, none otherwise.
    pub fn warnings(&self) -> &[String] {
        if self.valid() { &[] } else { &self.entries }
    }

    /// The first entry, as Falco's start-up log shows it (`none` when nothing was checked).
    pub fn summary(&self) -> &str {
        self.entries.first().map_or("none", String::as_str)
    }
}

/// The shape of a YAML node, as the validator sees it.
#[derive(Debug)]
pub enum Shape<'a, T> {
    /// A null node (`~`, `null`, nothing).
    Null,
    /// A scalar, as written (quotes removed).
    Scalar(&'a str),
    /// A sequence.
    Seq(&'a [T]),
    /// A mapping, in document order.
    Map(Vec<(Cow<'a, str>, &'a T)>),
}

/// A YAML tree the validator can walk: the rules loader's [`Node`], the configuration's
/// document.
pub trait Tree: Sized {
    /// This node's shape.
    fn shape(&self) -> Shape<'_, Self>;
}

impl Tree for Node {
    fn shape(&self) -> Shape<'_, Self> {
        match &self.value {
            YamlValue::Null => Shape::Null,
            YamlValue::Scalar(s) => Shape::Scalar(s),
            YamlValue::Seq(items) => Shape::Seq(items),
            YamlValue::Map(entries) => Shape::Map(
                entries
                    .iter()
                    .map(|(k, v)| {
                        let key = match &k.value {
                            YamlValue::Scalar(s) => Cow::Borrowed(s.as_str()),
                            // yaml-cpp reads a null key as the text `~`.
                            YamlValue::Null => Cow::Borrowed("~"),
                            _ => Cow::Borrowed(""),
                        };
                        (key, v)
                    })
                    .collect(),
            ),
        }
    }
}

/// Follows `$ref`s (local ones, `#/...`) from `schema` to the schema they name.
pub(crate) fn resolve<'a>(mut schema: &'a Value, root: &'a Value) -> &'a Value {
    for _ in 0..32 {
        let Some(r) = schema.get("$ref").and_then(Value::as_str) else {
            break;
        };
        match r.strip_prefix('#').and_then(|p| root.pointer(p)) {
            Some(target) => schema = target,
            None => break,
        }
    }
    schema
}

/// The schemas a value must (or may) match at this point: the schema itself and the
/// alternatives of its `anyOf`/`oneOf`/`allOf`, each with its `$ref` followed.
pub(crate) fn candidates<'a>(schema: &'a Value, root: &'a Value) -> Vec<&'a Value> {
    let s = resolve(schema, root);
    let mut out = vec![s];
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(alts) = s.get(key).and_then(Value::as_array) {
            out.extend(alts.iter().map(|a| resolve(a, root)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(text: &str) -> Status {
        let docs = crate::yaml::parse_documents(text).expect("yaml");
        rules_schema().status(docs.iter().map(Option::as_ref))
    }

    #[test]
    fn built_in_rules_schema_compiles() {
        assert!(Schema::parse(RULES_SCHEMA).is_ok());
        assert_eq!(rules_schema().document()["type"], "array");
    }

    #[test]
    fn scalars_are_weakly_typed_like_falco() {
        // `enabled: "true"` is a boolean, `capture_duration: "10"` an integer, `desc: 12` a
        // string: Falco's validator reads each scalar as whatever the schema asks for.
        let s = status(
            "- rule: r\n  desc: 12\n  condition: evt.type=open\n  output: o\n  priority: INFO\n  enabled: \"true\"\n  capture_duration: \"10\"\n",
        );
        assert_eq!(s.entries, vec!["ok"]);
        let s = status("- rule: r\n  enabled: yes\n");
        assert!(!s.valid());
        assert_eq!(
            s.warnings()[0],
            "failed for <root>[0][\"enabled\"]: Value type not permitted by 'type' constraint."
        );
    }

    #[test]
    fn failures_cascade_innermost_first() {
        let s = status("- rule: r\n  priority: error\n  exceptions:\n    - fields: [a]\n");
        assert_eq!(
            s.warnings(),
            [
                "failed for <root>[0][\"exceptions\"][0]: Missing required property 'name'.",
                "failed for <root>[0][\"exceptions\"]: Failed to validate item #0 in array.",
                "failed for <root>[0]: Failed to validate against schema associated with property name 'exceptions'.",
                "failed for <root>[0][\"priority\"]: Failed to match against any enum values.",
                "failed for <root>[0]: Failed to validate against schema associated with property name 'priority'.",
                "failed for <root>: Failed to validate item #0 in array.",
            ]
        );
    }

    #[test]
    fn only_the_first_document_decides() {
        let s = status("- list: l\n  items: [a]\n---\n- foo\n");
        assert!(s.valid());
        assert!(s.warnings().is_empty());
        let s = status("- foo\n---\n- list: l\n  items: [a]\n");
        assert!(!s.valid());
        assert_eq!(s.warnings().last().map(String::as_str), Some("ok"));
    }

    #[test]
    fn unknown_key_names_the_first_one() {
        let s = status("- list: l\n  no_items: [a]\n  other: 1\n");
        assert_eq!(
            s.warnings()[0],
            "failed for <root>[0]: Object contains a property that could not be validated using 'properties' or 'additionalProperties' constraints: 'no_items'."
        );
    }
}
