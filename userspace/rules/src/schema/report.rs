//! The `jsonschema` crate's errors as Falco's schema warnings.
//!
//! Falco's validator reports a failure where it happens, then once per enclosing container on
//! the way back up: `failed for <root>[0]["priority"]: Failed to match against any enum
//! values.`, `failed for <root>[0]: Failed to validate against schema associated with property
//! name 'priority'.`, `failed for <root>: Failed to validate item #0 in array.`. Within a node
//! it applies the schema's keywords in a fixed order (`type`, `anyOf`, `enum`, `items`, ...,
//! `properties`, `required`), visits array items in order and object properties in the
//! alphabetical order of the schema's property names, and names only the first property (in
//! document order) that the schema does not allow. The crate reports only the failures
//! themselves, with their places; this module walks the document and the schema together to
//! put them in that order and add the containers.

use super::weak::{item_schema, property_schema};
use super::{Shape, Tree, candidates};
use jsonschema::ValidationError;
use jsonschema::error::ValidationErrorKind as Kind;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// When a keyword's failure is reported among a node's messages (Falco's validator applies
/// keywords in this order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Type,
    Alternatives,
    Enum,
    /// After the array items, before the object properties.
    Bounds,
    OneOf,
    Pattern,
    Additional,
    Required,
    Other,
}

/// One failure at a node, ready to print.
#[derive(Debug)]
struct Failure {
    stage: Stage,
    /// The messages (an `anyOf`/`oneOf` failure carries its alternatives' first, each with
    /// the JSON pointer of its own place).
    lines: Vec<(Option<String>, String)>,
    /// For an unexpected-properties failure: the names the crate reported.
    unexpected: Vec<String>,
}

/// Falco's warnings for a document that failed `errors`.
pub(super) fn warnings<T: Tree>(
    node: Option<&T>,
    schema: &Value,
    errors: Vec<ValidationError<'_>>,
) -> Vec<String> {
    let mut at: HashMap<String, Vec<Failure>> = HashMap::new();
    for e in errors {
        let ptr = e.instance_path().as_str().to_string();
        let f = failure(&e);
        at.entry(ptr).or_default().push(f);
    }
    let mut out = Vec::new();
    let mut w = Walker {
        root: schema,
        at,
        out: &mut out,
    };
    w.node(node, Some(schema), "", "<root>");
    // Failures in places the walk did not reach (none with rfalco's schemas): reported last,
    // without their containers, so that no failure goes unreported.
    let mut rest: Vec<_> = w.at.drain().collect();
    rest.sort_by(|a, b| a.0.cmp(&b.0));
    for (ptr, fs) in rest {
        for f in fs {
            for (place, l) in f.lines {
                let p = place.as_deref().unwrap_or(&ptr);
                out.push(format!("failed for {}: {l}", context_of_pointer(p)));
            }
        }
    }
    out
}

struct Walker<'s, 'o> {
    root: &'s Value,
    at: HashMap<String, Vec<Failure>>,
    out: &'o mut Vec<String>,
}

impl Walker<'_, '_> {
    /// Reports the failures at and below `node`; whether there were any.
    fn node<T: Tree>(
        &mut self,
        node: Option<&T>,
        schema: Option<&Value>,
        ptr: &str,
        ctx: &str,
    ) -> bool {
        let start = self.out.len();
        let mut own = self.at.remove(ptr).unwrap_or_default();
        own.sort_by_key(|f| f.stage);
        let cands = schema.map(|s| candidates(s, self.root)).unwrap_or_default();
        let shape = node.map(Tree::shape);
        self.emit(&own, ptr, ctx, |s| s < Stage::Bounds);
        if let Some(Shape::Seq(items)) = &shape {
            for (i, item) in items.iter().enumerate() {
                let sub = item_schema(&cands, i);
                if self.node(
                    Some(item),
                    sub,
                    &format!("{ptr}/{i}"),
                    &format!("{ctx}[{i}]"),
                ) {
                    self.out.push(format!(
                        "failed for {ctx}: Failed to validate item #{i} in array."
                    ));
                }
            }
        }
        self.emit(&own, ptr, ctx, |s| {
            (Stage::Bounds..Stage::Additional).contains(&s)
        });
        if let Some(Shape::Map(entries)) = &shape {
            let named: BTreeSet<&str> = cands
                .iter()
                .filter_map(|c| c.get("properties").and_then(Value::as_object))
                .flat_map(|p| p.keys().map(String::as_str))
                .collect();
            // Properties the schema names, in the order of their names.
            for name in &named {
                if let Some((k, v)) = entries.iter().find(|(k, _)| k == name) {
                    let sub = property_schema(&cands, k);
                    let child = format!("{ptr}/{}", escape(k));
                    if self.node(Some(*v), sub, &child, &format!("{ctx}[\"{k}\"]")) {
                        self.out.push(format!(
                            "failed for {ctx}: Failed to validate against schema associated with property name '{k}'."
                        ));
                    }
                }
            }
            for f in own.iter().filter(|f| f.stage == Stage::Additional) {
                let first = entries
                    .iter()
                    .map(|(k, _)| k.as_ref())
                    .find(|k| f.unexpected.iter().any(|u| u == k))
                    .or(f.unexpected.first().map(String::as_str));
                if let Some(name) = first {
                    self.out.push(format!(
                        "failed for {ctx}: Object contains a property that could not be validated using 'properties' or 'additionalProperties' constraints: '{name}'."
                    ));
                }
            }
            // Other properties, checked against an `additionalProperties` schema.
            for (k, v) in entries.iter().filter(|(k, _)| !named.contains(k.as_ref())) {
                let Some(sub) = property_schema(&cands, k) else {
                    continue;
                };
                let child = format!("{ptr}/{}", escape(k));
                if self.node(Some(*v), Some(sub), &child, &format!("{ctx}[\"{k}\"]")) {
                    self.out.push(format!(
                        "failed for {ctx}: Failed to validate against additional properties schema."
                    ));
                }
            }
        }
        self.emit(&own, ptr, ctx, |s| s >= Stage::Required);
        self.out.len() > start
    }

    /// Prints the failures of the stages `pick` selects, in the node's context `ctx` (an
    /// alternative's failure elsewhere in its own).
    fn emit(&mut self, own: &[Failure], ptr: &str, ctx: &str, pick: impl Fn(Stage) -> bool) {
        for f in own
            .iter()
            .filter(|f| pick(f.stage) && f.stage != Stage::Additional)
        {
            for (place, l) in &f.lines {
                match place {
                    Some(p) if p != ptr => {
                        self.out
                            .push(format!("failed for {}: {l}", context_of_pointer(p)));
                    }
                    _ => self.out.push(format!("failed for {ctx}: {l}")),
                }
            }
        }
    }
}

/// A JSON pointer segment, escaped.
fn escape(k: &str) -> String {
    k.replace('~', "~0").replace('/', "~1")
}

/// Falco's context text for a JSON pointer (used where the document is not at hand).
fn context_of_pointer(ptr: &str) -> String {
    let mut out = String::from("<root>");
    for seg in ptr.split('/').skip(1) {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        match seg.parse::<usize>() {
            Ok(i) => out.push_str(&format!("[{i}]")),
            Err(_) => out.push_str(&format!("[\"{seg}\"]")),
        }
    }
    out
}

/// A failure's stage and Falco's wording for it.
fn failure(e: &ValidationError<'_>) -> Failure {
    let mut unexpected = Vec::new();
    // Falco's validator reports every alternative's failures before the `anyOf`/`oneOf` one.
    let alternatives = |context: &Vec<Vec<ValidationError<'static>>>| {
        context
            .iter()
            .flatten()
            .flat_map(|c| {
                let place = c.instance_path().as_str().to_string();
                failure(c)
                    .lines
                    .into_iter()
                    .map(move |(p, l)| (p.or_else(|| Some(place.clone())), l))
            })
            .collect::<Vec<_>>()
    };
    let one = |l: String| vec![(None, l)];
    let (stage, lines) = match e.kind() {
        Kind::Type { .. } => (
            Stage::Type,
            one("Value type not permitted by 'type' constraint.".into()),
        ),
        Kind::AnyOf { context } => {
            let mut l = alternatives(context);
            l.push((
                None,
                "Failed to validate against any schemas allowed by anyOf constraint.".into(),
            ));
            (Stage::Alternatives, l)
        }
        Kind::Constant { .. } => (
            Stage::Alternatives,
            one("Failed to match expected value set by 'const' constraint.".into()),
        ),
        Kind::Enum { .. } => (
            Stage::Enum,
            one("Failed to match against any enum values.".into()),
        ),
        Kind::MaxItems { limit } => (
            Stage::Bounds,
            one(format!(
                "Array should contain no more than {limit} elements."
            )),
        ),
        Kind::MinItems { limit } => (
            Stage::Bounds,
            one(format!(
                "Array should contain no fewer than {limit} elements."
            )),
        ),
        Kind::MaxLength { limit } => (
            Stage::Bounds,
            one(format!(
                "String should be no more than {limit} characters in length."
            )),
        ),
        Kind::MinLength { limit } => (
            Stage::Bounds,
            one(format!(
                "String should be no fewer than {limit} characters in length."
            )),
        ),
        Kind::MaxProperties { limit } => (
            Stage::Bounds,
            one(format!(
                "Object should have no more than {limit} properties."
            )),
        ),
        Kind::MinProperties { limit } => (
            Stage::Bounds,
            one(format!(
                "Object should have no fewer than {limit} properties."
            )),
        ),
        Kind::Maximum { limit } => (
            Stage::Bounds,
            one(format!("Expected number less than or equal to {limit}")),
        ),
        Kind::Minimum { limit } => (
            Stage::Bounds,
            one(format!("Expected number greater than or equal to {limit}")),
        ),
        Kind::OneOfNotValid { context } => {
            let mut l = alternatives(context);
            l.push((
                None,
                "Failed to validate against any child schemas allowed by oneOf constraint.".into(),
            ));
            (Stage::OneOf, l)
        }
        Kind::OneOfMultipleValid { .. } => (
            Stage::OneOf,
            one("Failed to validate against exactly one child schema.".into()),
        ),
        Kind::Pattern { .. } => (
            Stage::Pattern,
            one("Failed to match regex specified by 'pattern' constraint.".into()),
        ),
        Kind::AdditionalProperties { unexpected: u } => {
            unexpected = u.clone();
            (Stage::Additional, Vec::new())
        }
        Kind::Required { property } => {
            let name = property
                .as_str()
                .map_or_else(|| property.to_string(), String::from);
            (
                Stage::Required,
                one(format!("Missing required property '{name}'.")),
            )
        }
        _ => (Stage::Other, one(e.to_string())),
    };
    Failure {
        stage,
        lines,
        unexpected,
    }
}
