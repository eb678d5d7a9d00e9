//! `${VAR}` expansion in configuration values, as Falco's `yaml_helper` does it.
//!
//! Falco expands every scalar value (not keys) of a configuration file when it loads it; values
//! given with `-o` are not expanded. `${VAR}` becomes the variable's value, or nothing when it
//! is unset; `$${text}` becomes the literal `${text}`; a `$` not followed by `{...}` stays.

/// Expands `value` in place, reading variables through `lookup`.
pub(crate) fn expand(value: &mut String, lookup: &impl Fn(&str) -> Option<String>) {
    if !value.contains('$') {
        return;
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value.as_str();
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(inner) = tail.strip_prefix("${") {
            let Some(end) = inner.find('}') else {
                // Falco stops at an unterminated reference and keeps the rest as written.
                out.push_str(tail);
                rest = "";
                break;
            };
            if let Some(v) = lookup(&inner[..end]) {
                out.push_str(&v);
            }
            rest = &inner[end + 1..];
        } else if let Some(inner) = tail.strip_prefix("$${") {
            let Some(end) = inner.find('}') else {
                out.push_str(tail);
                rest = "";
                break;
            };
            out.push_str("${");
            out.push_str(&inner[..=end]);
            rest = &inner[end + 1..];
        } else {
            out.push('$');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    *value = out;
}

/// The process environment, as [`expand`]'s lookup.
pub(crate) fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

#[cfg(test)]
mod tests {
    use super::expand;

    fn run(s: &str) -> String {
        let mut v = s.to_string();
        expand(&mut v, &|name| match name {
            "HOME" => Some("/root".into()),
            "EMPTY" => Some(String::new()),
            _ => None,
        });
        v
    }

    #[test]
    fn set_variable_is_replaced() {
        assert_eq!(run("${HOME}/x"), "/root/x");
        assert_eq!(run("a${HOME}b${HOME}"), "a/rootb/root");
    }

    #[test]
    fn unset_variable_is_removed() {
        assert_eq!(run("a${NOPE}b"), "ab");
        assert_eq!(run("${EMPTY}"), "");
    }

    #[test]
    fn double_dollar_escapes() {
        assert_eq!(run("$${HOME}"), "${HOME}");
        assert_eq!(run("x$${A}y${HOME}"), "x${A}y/root");
    }

    #[test]
    fn lone_dollar_and_unterminated_stay() {
        assert_eq!(run("cost $5"), "cost $5");
        assert_eq!(run("${HOME"), "${HOME");
        assert_eq!(run("a$"), "a$");
    }
}
