//! `-o key=value`: Falco's key-path language and how an override edits the document.
//!
//! The key grammar is Falco's (`yaml_helper::get_node`):
//! `Key := NodeKey ('.' NodeKey)*`, `NodeKey := (Char | '\' ('.'|'['|']'|'\'))+ ('[' N? ']')*`.
//! `key[N]` indexes a list (N equal to its length appends), `key[]` appends a new item, so
//! `-o rules[].disable.rule=*` then `-o rules[].enable.tag=network` gives two list items.
//!
//! The value is split at the first `=`. Falco parses a value written `{...}` as YAML and keeps
//! anything else as a string scalar, typed later like a value from the file. rfalco also parses
//! a value written `[...]` as a YAML flow list (Falco 0.44 would keep the brackets as part of
//! one string, which no key accepts usefully), so `-o rules_files=[a.yaml,b.yaml]` works.
//!
//! Like yaml-cpp, a string key applied to a list turns the list into a mapping whose keys are
//! the former indices: `-o append_output.suggested_output=false` on Falco's default
//! `append_output` list leaves a mapping, which Falco (and rfalco) then ignore, so the default
//! `suggested_output: true` entry goes away.

use crate::tree::{Item, Origin, Val};
use rfalco_rules::yaml::parse_documents;

/// One step of a key path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// A mapping key.
    Key(String),
    /// `[N]`.
    Index(usize),
    /// `[]`: a new item at the end of a list.
    Append,
}

/// Parses a key path; the error says what is wrong and where (0-based character offset).
pub(crate) fn parse_key(key: &str) -> Result<Vec<Step>, String> {
    let chars: Vec<char> = key.chars().collect();
    let mut steps = Vec::new();
    let mut name = String::new();
    // Whether `name` has been started (an escaped character counts, an empty name does not).
    let mut i = 0;
    // After `]` only `.`, `[` or the end may follow.
    let mut after_bracket = false;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                if after_bracket {
                    return Err(format!("expected '.' character at pos {i}"));
                }
                match chars.get(i + 1) {
                    None => return Err(format!("trailing backslash at pos {i}")),
                    Some(&n @ ('.' | '[' | ']' | '\\')) => name.push(n),
                    Some(n) => return Err(format!("invalid escape sequence '\\{n}' at pos {i}")),
                }
                i += 2;
                continue;
            }
            '.' => {
                if after_bracket {
                    after_bracket = false;
                } else if name.is_empty() {
                    return Err(format!("unexpected character at pos {i}"));
                } else {
                    steps.push(Step::Key(std::mem::take(&mut name)));
                }
                if i + 1 == chars.len() {
                    return Err(format!("unexpected character at pos {i}"));
                }
            }
            '[' => {
                if !name.is_empty() {
                    steps.push(Step::Key(std::mem::take(&mut name)));
                } else if !after_bracket {
                    return Err(format!("unexpected character at pos {i}"));
                }
                let Some(close) = chars[i..].iter().position(|&c| c == ']') else {
                    return Err(format!("missing ']' for '[' at pos {i}"));
                };
                let idx: String = chars[i + 1..i + close].iter().collect();
                if idx.is_empty() {
                    steps.push(Step::Append);
                } else {
                    let n = idx
                        .parse::<usize>()
                        .map_err(|_| format!("expected a numeric index, found '{idx}'"))?;
                    steps.push(Step::Index(n));
                }
                i += close + 1;
                after_bracket = true;
                continue;
            }
            _ => {
                if after_bracket {
                    return Err(format!("expected '.' character at pos {}", i - 1));
                }
                name.push(c);
            }
        }
        i += 1;
    }
    if !name.is_empty() {
        steps.push(Step::Key(name));
    }
    if steps.is_empty() {
        return Err("empty key".into());
    }
    Ok(steps)
}

/// The node a `-o` value stands for.
pub(crate) fn parse_value(value: &str, origin: Origin) -> Result<Item, String> {
    let structured = (value.starts_with('{') && value.ends_with('}'))
        || (value.starts_with('[') && value.ends_with(']'));
    if !structured {
        return Ok(Item {
            value: Val::Scalar(value.to_string()),
            origin,
        });
    }
    let docs = parse_documents(value).map_err(|e| format!("invalid YAML value: {e}"))?;
    Ok(match docs.into_iter().next().flatten() {
        Some(node) => Item::from_node(&node, origin),
        None => Item::null(origin),
    })
}

/// Splits `key=value` at the first `=`.
pub(crate) fn split(arg: &str) -> Option<(&str, &str)> {
    arg.split_once('=')
}

/// Sets the node at `steps` below `root` to `value`, creating what is missing.
pub(crate) fn set(root: &mut Item, steps: &[Step], value: Item) -> Result<(), String> {
    let mut node = root;
    let mut walked = String::new();
    for step in steps {
        node = descend(node, step, &walked)?;
        match step {
            Step::Key(k) => {
                if !walked.is_empty() {
                    walked.push('.');
                }
                walked.push_str(k);
            }
            Step::Index(n) => walked.push_str(&format!("[{n}]")),
            Step::Append => walked.push_str("[]"),
        }
    }
    *node = value;
    Ok(())
}

/// One step down, creating or converting the node as yaml-cpp's `operator[]` does.
fn descend<'a>(node: &'a mut Item, step: &Step, walked: &str) -> Result<&'a mut Item, String> {
    let what = if walked.is_empty() {
        "the document".to_string()
    } else {
        format!("'{walked}'")
    };
    match step {
        Step::Key(k) => {
            match &mut node.value {
                Val::Null => node.value = Val::Map(Vec::new()),
                Val::Seq(items) => {
                    let items = std::mem::take(items);
                    node.value = Val::Map(
                        items
                            .into_iter()
                            .enumerate()
                            .map(|(i, it)| (i.to_string(), it))
                            .collect(),
                    );
                }
                Val::Map(_) => {}
                Val::Scalar(_) => {
                    return Err(format!(
                        "{what} is a scalar, cannot set key '{k}' inside it"
                    ));
                }
            }
            let Val::Map(entries) = &mut node.value else {
                unreachable!("made a mapping above")
            };
            let at = match entries.iter().position(|(key, _)| key == k) {
                Some(at) => at,
                None => {
                    entries.push((k.clone(), Item::null(Origin::Implicit)));
                    entries.len() - 1
                }
            };
            Ok(&mut entries[at].1)
        }
        Step::Index(_) | Step::Append => {
            if matches!(node.value, Val::Null) {
                node.value = Val::Seq(Vec::new());
            }
            let Val::Seq(items) = &mut node.value else {
                return Err(format!("{what} is not a list, cannot index it"));
            };
            let n = match step {
                Step::Index(n) => *n,
                _ => items.len(),
            };
            if n == items.len() {
                items.push(Item::null(Origin::Implicit));
            }
            let len = items.len();
            items
                .get_mut(n)
                .ok_or_else(|| format!("index {n} is out of range ({what} has {len} items)"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Step, parse_key};

    fn k(s: &str) -> Step {
        Step::Key(s.into())
    }

    #[test]
    fn dotted_keys() {
        assert_eq!(
            parse_key("engine.kmod.buf_size_preset"),
            Ok(vec![k("engine"), k("kmod"), k("buf_size_preset")])
        );
        assert_eq!(parse_key("priority"), Ok(vec![k("priority")]));
    }

    #[test]
    fn indices_and_appends() {
        assert_eq!(
            parse_key("rules[].disable.rule"),
            Ok(vec![k("rules"), Step::Append, k("disable"), k("rule")])
        );
        assert_eq!(
            parse_key("m[1][3]"),
            Ok(vec![k("m"), Step::Index(1), Step::Index(3)])
        );
        assert_eq!(
            parse_key("plugins[0].name"),
            Ok(vec![k("plugins"), Step::Index(0), k("name")])
        );
    }

    #[test]
    fn escapes() {
        assert_eq!(
            parse_key(r"annotations.kubernetes\.io/role"),
            Ok(vec![k("annotations"), k("kubernetes.io/role")])
        );
        assert_eq!(parse_key(r"a\[b\]"), Ok(vec![k("a[b]")]));
        assert_eq!(
            parse_key(r"a\x"),
            Err(r"invalid escape sequence '\x' at pos 1".into())
        );
        assert_eq!(parse_key(r"a\"), Err("trailing backslash at pos 1".into()));
    }

    #[test]
    fn malformed_keys() {
        assert_eq!(parse_key(""), Err("empty key".into()));
        assert_eq!(parse_key(".a"), Err("unexpected character at pos 0".into()));
        assert_eq!(
            parse_key("a..b"),
            Err("unexpected character at pos 2".into())
        );
        assert_eq!(parse_key("a."), Err("unexpected character at pos 1".into()));
        assert_eq!(
            parse_key("[0]"),
            Err("unexpected character at pos 0".into())
        );
        assert_eq!(
            parse_key("a[x]"),
            Err("expected a numeric index, found 'x'".into())
        );
        assert_eq!(
            parse_key("a[0]b"),
            Err("expected '.' character at pos 3".into())
        );
        assert_eq!(parse_key("a[0"), Err("missing ']' for '[' at pos 1".into()));
    }
}
