//! Rule files come from users: no input may panic the loader or the condition parser.

use proptest::prelude::*;

/// Fragments that steer random conditions and rule files into the interesting paths.
const COND_PARTS: &[&str] = &[
    "proc.name",
    "evt.type",
    "=",
    "in",
    "(",
    ")",
    ",",
    "and",
    "or",
    "not",
    " ",
    "\"é x\"",
    "'",
    "tolower(",
    "val(",
    "[",
    "]",
    "startswith",
    "oneof",
    "exists",
    "m",
    "é",
    "\\",
    "<",
    ">=",
];

const YAML_PARTS: &[&str] = &[
    "- rule: r\n",
    "- macro: m\n",
    "- list: l\n",
    "  condition: ",
    "  items: [",
    "]\n",
    "  output: o %proc.name\n",
    "  priority: INFO\n",
    "  desc: d\n",
    "  append: true\n",
    "  override:\n    condition: append\n",
    "  exceptions:\n    - name: e\n      fields: [proc.name]\n",
    "      values: [[a]]\n",
    "proc.name = é and m\n",
    "l\n",
    ">\n    ",
    "&a ",
    "*a\n",
    ":",
    "\n",
    "é",
    "  enabled: false\n",
    "- required_engine_version: 1\n",
];

fn assemble(parts: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(parts), 0..24).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn condition_parser_never_panics(s in assemble(COND_PARTS)) {
        if let Ok(e) = rfalco_rules::condition::parse(&s) {
            let text = e.to_string();
            let again = rfalco_rules::condition::parse(&text);
            prop_assert!(again.is_ok(), "{s:?} printed as {text:?}: {again:?}");
            prop_assert_eq!(again.map(|a| a.to_string()).ok(), Some(text));
        }
    }

    #[test]
    fn condition_parser_never_panics_on_any_text(s in ".{0,64}") {
        let _ = rfalco_rules::condition::parse(&s);
    }

    #[test]
    fn loader_never_panics(s in assemble(YAML_PARTS)) {
        let (json, rc) = rfalco_rules::validate([("f.yaml", s.as_str())]);
        prop_assert!(rc == 0 || rc == 1);
        prop_assert!(json["falco_load_results"].is_array());
    }
}
