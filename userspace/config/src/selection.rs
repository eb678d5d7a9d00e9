//! The `rules:` configuration key: enabling and disabling loaded rules by name pattern or tag.
//!
//! Falco applies the entries in order after loading the rule files, starting from each rule's
//! own `enabled:` flag: an entry with `rule: PATTERN` switches every rule whose name matches the
//! wildcard pattern, an entry with `tag: TAG` every rule carrying that tag (an entry with both
//! does both). The last matching entry wins.

/// Whether an entry enables or disables what it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelectionOp {
    /// `enable:`
    Enable,
    /// `disable:`
    Disable,
}

/// One entry of `rules:`, e.g. `- disable: {rule: "*"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSelection {
    /// Enable or disable.
    pub op: SelectionOp,
    /// A rule-name wildcard pattern (`*` matches any run of characters), if given.
    pub rule: Option<String>,
    /// A tag, if given (matched exactly: Falco has no tag wildcards).
    pub tag: Option<String>,
}

impl RuleSelection {
    /// Whether this entry applies to a rule with this name and these tags.
    pub fn matches<S: AsRef<str>>(&self, rule_name: &str, tags: &[S]) -> bool {
        self.rule
            .as_deref()
            .is_some_and(|p| matches_wildcard(p, rule_name))
            || self
                .tag
                .as_deref()
                .is_some_and(|t| tags.iter().any(|x| x.as_ref() == t))
    }
}

/// Whether a rule ends up enabled: its YAML `enabled:` flag, then each entry in order.
pub fn apply_selection<S: AsRef<str>>(
    selections: &[RuleSelection],
    rule_name: &str,
    tags: &[S],
    enabled: bool,
) -> bool {
    selections.iter().fold(enabled, |on, sel| {
        if sel.matches(rule_name, tags) {
            sel.op == SelectionOp::Enable
        } else {
            on
        }
    })
}

/// Falco's wildcard match (`falco::utils::matches_wildcard`): the whole name must match, `*`
/// matches any run of characters (including none); there is no other special character.
pub fn matches_wildcard(pattern: &str, name: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = name.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        // No `*` at all: exact match.
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(op: SelectionOp, rule: Option<&str>, tag: Option<&str>) -> RuleSelection {
        RuleSelection {
            op,
            rule: rule.map(Into::into),
            tag: tag.map(Into::into),
        }
    }

    #[test]
    fn wildcard_semantics() {
        assert!(matches_wildcard("*", ""));
        assert!(matches_wildcard("*", "anything"));
        assert!(matches_wildcard("**", "x"));
        assert!(matches_wildcard("Write below etc", "Write below etc"));
        assert!(!matches_wildcard("Write below", "Write below etc"));
        assert!(matches_wildcard("*below*", "Write below etc"));
        assert!(!matches_wildcard("*below", "Write below etc"));
        assert!(matches_wildcard("Write*", "Write below etc"));
        assert!(matches_wildcard("W*b*c", "Write below etc"));
        assert!(!matches_wildcard("W*x*c", "Write below etc"));
        assert!(matches_wildcard("a*a", "aa"));
        assert!(!matches_wildcard("a*a", "a"));
        assert!(matches_wildcard("*etc", "etc"));
    }

    #[test]
    fn disable_all_then_enable_tag() {
        let s = vec![
            sel(SelectionOp::Disable, Some("*"), None),
            sel(SelectionOp::Enable, None, Some("network")),
        ];
        assert!(apply_selection(
            &s,
            "Outbound connection",
            &["network", "mitre"],
            true
        ));
        assert!(!apply_selection(
            &s,
            "Write below etc",
            &["filesystem"],
            true
        ));
        // An entry enables a rule whose YAML said `enabled: false`.
        assert!(apply_selection(&s, "Off by default", &["network"], false));
    }

    #[test]
    fn later_entries_win() {
        let s = vec![
            sel(SelectionOp::Enable, None, Some("network")),
            sel(SelectionOp::Disable, Some("*connection*"), None),
        ];
        assert!(!apply_selection(
            &s,
            "Outbound connection",
            &["network"],
            false
        ));
        assert!(apply_selection(&s, "Inbound ssh", &["network"], false));
        let none: &[&str] = &[];
        assert!(apply_selection(&s, "Untouched", none, true));
        assert!(!apply_selection(&s, "Untouched", none, false));
    }
}
