//! YAML to JSON with Falco's weak typing.
//!
//! Falco's validator (valijson in weak-types mode over yaml-cpp nodes) sees every YAML scalar
//! as a string that may also pass for another type: a boolean when it is exactly `true` or
//! `false`, an integer when it parses as one, a number when it parses as a float. Quoting does
//! not matter (`"10"` is an integer too), and `yes` is not a boolean. An empty sequence or
//! mapping may also pass for a string, and for each other.
//!
//! A strict validator gives the same verdicts when each scalar is converted to the JSON type
//! the schema asks for at that place, whenever the text allows it; that is what this module
//! does. Where the text does not allow it, the scalar stays a string and the type check fails,
//! as Falco's does.

use super::{Shape, Tree, candidates};
use serde_json::{Map, Number, Value};

/// Converts `node` (`None`: an empty document, which is null) for validation against `schema`
/// (`None`: anything goes) of the schema document `root`.
pub(super) fn to_json<T: Tree>(node: Option<&T>, schema: Option<&Value>, root: &Value) -> Value {
    let Some(node) = node else {
        return Value::Null;
    };
    let cands = schema.map(|s| candidates(s, root)).unwrap_or_default();
    let types = allowed_types(&cands);
    let allows = |t: &str| types.as_ref().is_none_or(|ts| ts.iter().any(|x| x == t));
    match node.shape() {
        Shape::Null => Value::Null,
        Shape::Scalar(text) => scalar(text, types.as_deref()),
        Shape::Seq(items) => {
            if items.is_empty() && !allows("array") {
                if allows("object") {
                    return Value::Object(Map::new());
                }
                if allows("string") {
                    return Value::String(String::new());
                }
            }
            Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| to_json(Some(item), item_schema(&cands, i), root))
                    .collect(),
            )
        }
        Shape::Map(entries) => {
            if entries.is_empty() && !allows("object") {
                if allows("array") {
                    return Value::Array(Vec::new());
                }
                if allows("string") {
                    return Value::String(String::new());
                }
            }
            let mut out = Map::new();
            for (k, v) in entries {
                let child = to_json(Some(v), property_schema(&cands, &k), root);
                out.insert(k.into_owned(), child);
            }
            Value::Object(out)
        }
    }
}

/// The JSON types the candidates name, in order (`None`: no `type` anywhere, so any).
fn allowed_types(cands: &[&Value]) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mut any = false;
    for c in cands {
        match c.get("type") {
            Some(Value::String(t)) => out.push(t.clone()),
            Some(Value::Array(ts)) => {
                out.extend(ts.iter().filter_map(Value::as_str).map(String::from))
            }
            _ => {}
        }
        if c.get("type").is_some() {
            any = true;
        }
    }
    // A schema with an `enum` of strings and no type still wants strings.
    if !any
        && cands.iter().any(|c| {
            c.get("enum")
                .and_then(Value::as_array)
                .is_some_and(|e| e.iter().all(Value::is_string))
        })
    {
        return Some(vec!["string".to_string()]);
    }
    any.then_some(out)
}

/// A scalar as the first type it can pass for; a string when it can pass for none.
fn scalar(text: &str, types: Option<&[String]>) -> Value {
    let Some(types) = types else {
        return Value::String(text.to_string());
    };
    let has = |t: &str| types.iter().any(|x| x == t);
    if has("string") {
        return Value::String(text.to_string());
    }
    if has("boolean") && matches!(text, "true" | "false") {
        return Value::Bool(text == "true");
    }
    if has("integer")
        && let Some(n) = weak_integer(text)
    {
        return Value::Number(n.into());
    }
    if has("number") {
        if let Some(n) = weak_integer(text) {
            return Value::Number(n.into());
        }
        if let Some(n) = weak_float(text).and_then(Number::from_f64) {
            return Value::Number(n);
        }
    }
    if has("null") && text.is_empty() {
        return Value::Null;
    }
    Value::String(text.to_string())
}

/// An integer as a C++ stream reads one: leading white space, an optional sign, digits, and
/// nothing after them; out-of-range values fail.
fn weak_integer(text: &str) -> Option<i64> {
    let t = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// A finite decimal number (no `inf`/`nan` spellings).
fn weak_float(text: &str) -> Option<f64> {
    let t = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    if !t
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'))
    {
        return None;
    }
    t.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// The schema of item `i` of an array: the first candidate's `items`.
pub(super) fn item_schema<'a>(cands: &[&'a Value], i: usize) -> Option<&'a Value> {
    cands.iter().find_map(|c| match c.get("items") {
        Some(Value::Array(tuple)) => tuple.get(i),
        Some(s) => Some(s),
        None => None,
    })
}

/// The schema of property `key` of an object: the first candidate naming it in `properties`,
/// else the first `additionalProperties` schema.
pub(super) fn property_schema<'a>(cands: &[&'a Value], key: &str) -> Option<&'a Value> {
    cands
        .iter()
        .find_map(|c| c.get("properties").and_then(|p| p.get(key)))
        .or_else(|| {
            cands
                .iter()
                .find_map(|c| c.get("additionalProperties").filter(|a| a.is_object()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_read_like_a_stream() {
        assert_eq!(weak_integer(" 42"), Some(42));
        assert_eq!(weak_integer("+7"), Some(7));
        assert_eq!(weak_integer("42 "), None);
        assert_eq!(weak_integer("0x10"), None);
        assert_eq!(weak_integer("99999999999999999999"), None);
    }

    #[test]
    fn scalars_take_the_wanted_type_when_they_can() {
        let t = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(scalar("true", Some(&t(&["boolean"]))), Value::Bool(true));
        assert_eq!(
            scalar("yes", Some(&t(&["boolean"]))),
            Value::String("yes".into())
        );
        assert_eq!(scalar("5", Some(&t(&["integer"]))), Value::Number(5.into()));
        assert_eq!(
            scalar("5", Some(&t(&["string", "integer"]))),
            Value::String("5".into())
        );
        assert_eq!(scalar("0.5", Some(&t(&["number"]))), serde_json::json!(0.5));
    }
}
