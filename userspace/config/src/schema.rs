//! The configuration file's JSON Schema (`--config-schema`) and the check of each file read.
//!
//! As in Falco 0.44, every configuration file (the main one and each one `config_files` brings
//! in) is validated as written, after `${VAR}` expansion and before anything is merged or
//! typed; a file that does not match gets one warning naming it and each failing key path, and
//! loading goes on (the typed reading that follows reports values it cannot use as errors).
//! The schema lists exactly the keys `known_keys.rs` knows (a test keeps the two equal).

use crate::tree::{Item, Val};
use rfalco_rules::schema::{Schema, Shape, Status, Tree};
use std::borrow::Cow;
use std::path::Path;
use std::sync::OnceLock;

/// The JSON Schema (draft-07) of the configuration file, as `--config-schema` prints it.
pub const CONFIG_SCHEMA: &str = include_str!("config.schema.json");

/// The configuration schema, compiled once.
pub fn config_schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        Schema::parse(CONFIG_SCHEMA)
            .expect("the built-in configuration schema compiles (unit-tested)")
    })
}

impl Tree for Item {
    fn shape(&self) -> Shape<'_, Self> {
        match &self.value {
            Val::Null => Shape::Null,
            Val::Scalar(s) => Shape::Scalar(s),
            Val::Seq(items) => Shape::Seq(items),
            Val::Map(entries) => Shape::Map(
                entries
                    .iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), v))
                    .collect(),
            ),
        }
    }
}

/// Validates one file's document; the warning to show when it does not match.
pub(crate) fn check_file(path: &Path, root: &Item) -> Option<String> {
    let status = config_schema().status([Some(root)]);
    let failures = failures(&status);
    if failures.is_empty() {
        return None;
    }
    Some(format!(
        "{}: schema validation: {}",
        path.display(),
        failures.join("; ")
    ))
}

/// The failures themselves, without the lines that only name their enclosing containers, and
/// without unknown keys, which the loader's own warning already lists (all of them, where the
/// schema names only the first of each mapping).
fn failures(status: &Status) -> Vec<&str> {
    status
        .warnings()
        .iter()
        .map(String::as_str)
        .filter(|w| {
            !w.contains(": Failed to validate item #")
                && !w.contains(": Failed to validate against schema associated with property name")
                && !w.contains(": Object contains a property that could not be validated")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::known_keys::{FREE_FORM, ITEM_KEYS, KNOWN};
    use rfalco_rules::schema::Schema;
    use serde_json::Value;
    use std::collections::BTreeSet;

    /// The object schemas a value may match (following `$ref`, `anyOf`, `oneOf`).
    fn objects<'a>(s: &'a Value, root: &'a Value) -> Vec<&'a Value> {
        let mut out = Vec::new();
        let mut stack = vec![s];
        while let Some(s) = stack.pop() {
            let s = match s.get("$ref").and_then(Value::as_str) {
                Some(r) => root.pointer(r.trim_start_matches('#')).unwrap_or(s),
                None => s,
            };
            if s.get("properties").is_some() || s.get("type") == Some(&Value::from("object")) {
                out.push(s);
            }
            for k in ["anyOf", "oneOf"] {
                stack.extend(s.get(k).and_then(Value::as_array).into_iter().flatten());
            }
        }
        out
    }

    /// Every key path the schema names: `a.b` for nested keys, `list[].key` inside list items.
    fn schema_paths(s: &Value, root: &Value, prefix: &str, out: &mut BTreeSet<String>) {
        for o in objects(s, root) {
            for (k, sub) in o
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.insert(path.clone());
                schema_paths(sub, root, &path, out);
                if let Some(items) = sub.get("items") {
                    schema_paths(items, root, &format!("{path}[]"), out);
                }
            }
        }
    }

    /// Every key path the loader knows, in the same notation.
    fn known_paths() -> BTreeSet<String> {
        let mut out: BTreeSet<String> = KNOWN.iter().map(|k| k.to_string()).collect();
        for (list, keys) in ITEM_KEYS {
            out.extend(keys.iter().map(|k| format!("{list}[].{k}")));
        }
        out
    }

    #[test]
    fn built_in_config_schema_compiles() {
        assert!(Schema::parse(CONFIG_SCHEMA).is_ok());
    }

    #[test]
    fn schema_and_loader_know_the_same_keys() {
        let doc = config_schema().document();
        let mut in_schema = BTreeSet::new();
        schema_paths(doc, doc, "", &mut in_schema);
        // The content of free-form mappings is the user's (plugin settings, field names).
        let free = |p: &String| {
            FREE_FORM.iter().any(|f| p.starts_with(&format!("{f}."))) || p.contains(".init_config.")
        };
        in_schema.retain(|p| !free(p));
        let known = known_paths();
        let missing: Vec<_> = known.difference(&in_schema).collect();
        let extra: Vec<_> = in_schema.difference(&known).collect();
        assert!(
            missing.is_empty(),
            "keys the loader knows but the schema lacks: {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "keys in the schema the loader does not know: {extra:?}"
        );
    }

    fn check(text: &str) -> Option<String> {
        let docs = rfalco_rules::yaml::parse_documents(text).expect("yaml");
        let node = docs.into_iter().next().flatten().expect("a document");
        let origin = crate::tree::Origin::Implicit;
        check_file(Path::new("f.yaml"), &Item::from_node(&node, origin))
    }

    #[test]
    fn bad_values_are_named_by_path() {
        assert_eq!(
            check("json_output: \"yes please\"\n").as_deref(),
            Some(
                "f.yaml: schema validation: failed for <root>[\"json_output\"]: Value type not permitted by 'type' constraint."
            )
        );
        assert_eq!(
            check("priority: 7\n").as_deref(),
            Some(
                "f.yaml: schema validation: failed for <root>[\"priority\"]: Failed to match against any enum values."
            )
        );
        let w = check("webserver:\n  listen_port: http\nplugins:\n  - name: x\n").expect("invalid");
        assert!(
            w.contains("<root>[\"webserver\"][\"listen_port\"]: Value type"),
            "{w}"
        );
        assert!(
            w.contains("<root>[\"plugins\"][0]: Missing required property 'library_path'."),
            "{w}"
        );
    }

    #[test]
    fn unknown_keys_are_left_to_the_loaders_warning() {
        assert_eq!(check("grpc:\n  enabled: true\n"), None);
    }

    #[test]
    fn falcos_default_configuration_validates() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/compat/falco-legacy/falco.yaml");
        let text = std::fs::read_to_string(&path).expect("Falco's falco.yaml in shared/");
        let docs = rfalco_rules::yaml::parse_documents(&text).expect("yaml");
        let node = docs.into_iter().next().flatten().expect("a document");
        let item = Item::from_node(&node, crate::tree::Origin::Implicit);
        let status = config_schema().status([Some(&item)]);
        assert_eq!(status.entries, vec!["ok"]);
    }

    #[test]
    fn weakly_typed_values_pass() {
        assert_eq!(
            check("json_output: \"true\"\noutput_timeout: '2000'\npriority: Warning\n"),
            None
        );
        assert_eq!(
            check("syscall_event_drops:\n  threshold: .1\n  rate: 1\n"),
            None
        );
    }
}
