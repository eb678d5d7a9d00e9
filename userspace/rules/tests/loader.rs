//! Append/override semantics and loader errors, on small inline rule files.

use rfalco_rules::{ErrorCode, Loaded, WarningCode, load};

fn load_str(text: &str) -> Loaded {
    load([("t.yaml", text)])
}

fn errors(l: &Loaded) -> Vec<(ErrorCode, String)> {
    l.results
        .iter()
        .flat_map(|r| r.errors.iter().map(|e| (e.code, e.message.clone())))
        .collect()
}

fn warnings(l: &Loaded) -> Vec<WarningCode> {
    l.results
        .iter()
        .flat_map(|r| r.warnings.iter().map(|w| w.code))
        .collect()
}

fn only_error(l: &Loaded) -> (ErrorCode, String) {
    let e = errors(l);
    assert_eq!(e.len(), 1, "{e:?}");
    e[0].clone()
}

const BASE: &str = "
- list: shells
  items: [bash, sh]
- macro: spawned
  condition: evt.type = execve
- rule: r
  desc: d
  condition: spawned and proc.name in (shells)
  output: o %proc.name
  priority: WARNING
  tags: [a]
";

#[test]
fn base_file_compiles() {
    let l = load_str(BASE);
    assert!(errors(&l).is_empty(), "{:?}", errors(&l));
    let rs = l.ruleset.as_ref().expect("ruleset");
    assert_eq!(rs.rules.len(), 1);
    assert_eq!(rs.rules[0].priority, rfalco_rules::Priority::Warning);
    assert_eq!(
        rs.rules[0]
            .event_types
            .as_ref()
            .map(|s| s.iter().cloned().collect::<Vec<_>>()),
        Some(vec!["execve".to_string()])
    );
    assert!(warnings(&l).is_empty());
}

#[test]
fn legacy_list_append_extends_and_warns() {
    let l = load_str(&format!(
        "{BASE}- list: shells\n  items: [zsh]\n  append: true\n"
    ));
    assert!(errors(&l).is_empty());
    let rs = l.ruleset.as_ref().expect("ruleset");
    assert_eq!(rs.lists[0].items, ["bash", "sh", "zsh"]);
    assert_eq!(warnings(&l), [WarningCode::DeprecatedItem]);
}

#[test]
fn list_override_append_and_replace() {
    let l = load_str(&format!(
        "{BASE}- list: shells\n  items: [zsh]\n  override:\n    items: append\n"
    ));
    assert_eq!(
        l.ruleset.as_ref().expect("ok").lists[0].items,
        ["bash", "sh", "zsh"]
    );
    let l = load_str(&format!(
        "{BASE}- list: shells\n  items: [zsh]\n  override:\n    items: replace\n"
    ));
    assert_eq!(l.ruleset.as_ref().expect("ok").lists[0].items, ["zsh"]);
}

#[test]
fn appending_to_undefined_items_is_an_error() {
    let l = load_str("- list: nope\n  items: [a]\n  append: true\n");
    assert_eq!(
        only_error(&l),
        (
            ErrorCode::Validate,
            "List uses 'append' or 'override.items: append' but no list by that name already exists".into()
        )
    );
    let l = load_str(
        "- macro: nope\n  condition: and proc.name = a\n  override:\n    condition: append\n",
    );
    assert_eq!(only_error(&l).0, ErrorCode::Validate);
    let l = load_str(
        "- rule: nope\n  condition: and proc.name = a\n  override:\n    condition: replace\n",
    );
    assert_eq!(
        only_error(&l).1,
        "An 'override.<key>: replace' to a rule was requested but no rule by that name already exists"
    );
}

#[test]
fn mixing_append_and_override_is_an_error() {
    let l = load_str(&format!(
        "{BASE}- rule: r\n  condition: and proc.pid > 0\n  append: true\n  override:\n    condition: append\n"
    ));
    assert_eq!(
        only_error(&l),
        (
            ErrorCode::YamlValidate,
            "Keys 'override' and 'append: true' cannot be used together. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.".into()
        )
    );
}

#[test]
fn macro_append_concatenates_text() {
    let l = load_str(&format!(
        "{BASE}- macro: spawned\n  condition: or evt.type = execveat\n  override:\n    condition: append\n"
    ));
    assert!(errors(&l).is_empty(), "{:?}", errors(&l));
    let rs = l.ruleset.as_ref().expect("ok");
    let types = rs.rules[0].event_types.clone().expect("restricted");
    assert!(types.contains("execve") && types.contains("execveat"));
}

#[test]
fn rule_override_append_and_replace_keys() {
    let l = load_str(&format!(
        "{BASE}- rule: r\n  condition: and proc.pid > 0\n  priority: ERROR\n  tags: [b]\n  override:\n    condition: append\n    priority: replace\n    tags: append\n"
    ));
    assert!(errors(&l).is_empty(), "{:?}", errors(&l));
    let r = &l.ruleset.as_ref().expect("ok").rules[0];
    assert_eq!(r.priority, rfalco_rules::Priority::Error);
    assert_eq!(r.tags.iter().cloned().collect::<Vec<_>>(), ["a", "b"]);
    assert!(matches!(r.condition, rfalco_rules::condition::Expr::And(_)));
}

#[test]
fn override_errors_match_falco() {
    let cases = [
        (
            "  condition: x.y = 1\n  override:\n    condition: prepend\n",
            "Invalid override operation for key 'condition': 'prepend'. Allowed values are: append replace ",
        ),
        (
            "  priority: ERROR\n  override:\n    priority: append\n",
            "Key 'priority' cannot be appended to, use 'replace' instead",
        ),
        (
            "  enabled: false\n  override:\n    output: replace\n",
            "An replace override for 'output' was specified but 'output' is not defined",
        ),
        (
            "  enabled: false\n  desc: x\n  override:\n    enabled: replace\n",
            "Unexpected key 'desc': no corresponding entry under 'override' is defined.",
        ),
    ];
    for (tail, msg) in cases {
        let l = load_str(&format!("{BASE}- rule: r\n{tail}"));
        assert_eq!(
            only_error(&l),
            (ErrorCode::YamlValidate, msg.to_string()),
            "{tail}"
        );
    }
}

#[test]
fn override_enabled_replace_disables() {
    let l = load_str(&format!(
        "{BASE}- rule: r\n  enabled: false\n  override:\n    enabled: replace\n"
    ));
    assert!(!l.ruleset.as_ref().expect("ok").rules[0].enabled);
    assert!(warnings(&l).is_empty());
}

#[test]
fn standalone_enabled_is_deprecated_but_works() {
    let l = load_str(&format!("{BASE}- rule: r\n  enabled: false\n"));
    assert!(!l.ruleset.as_ref().expect("ok").rules[0].enabled);
    assert_eq!(warnings(&l), [WarningCode::DeprecatedItem]);
    let l = load_str("- rule: ghost\n  enabled: false\n");
    assert_eq!(
        only_error(&l).1,
        "Rule has 'enabled' key but no rule by that name already exists"
    );
}

#[test]
fn later_definition_replaces_in_place() {
    let l = load_str(&format!(
        "{BASE}- rule: r2\n  desc: d\n  condition: spawned\n  output: o\n  priority: INFO\n- rule: r\n  desc: d2\n  condition: spawned\n  output: o\n  priority: DEBUG\n"
    ));
    let rs = l.ruleset.as_ref().expect("ok");
    let names: Vec<_> = rs.rules.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["r", "r2"]);
    assert_eq!(rs.rules[0].description, "d2");
    // The list is no longer used by any rule.
    assert_eq!(warnings(&l), [WarningCode::UnusedList]);
}

#[test]
fn unknown_keys_and_items_warn() {
    let l = load_str(&format!(
        "{BASE}- list: l2\n  items: []\n  colour: red\n- something: else\n"
    ));
    let w = warnings(&l);
    assert!(w.contains(&WarningCode::UnknownKey), "{w:?}");
    assert!(w.contains(&WarningCode::UnknownItem), "{w:?}");
    assert!(w.contains(&WarningCode::UnusedList), "{w:?}");
}

#[test]
fn exceptions_compile_and_append_values() {
    let text = "
- rule: r
  desc: d
  condition: evt.type = open
  output: o
  priority: INFO
  exceptions:
    - name: pair
      fields: [proc.name, fd.name]
      comps: [=, startswith]
      values:
        - [cat, /etc]
    - name: single
      fields: proc.pname
      values: [bash, \"my shell\"]
- rule: r
  exceptions:
    - name: pair
      values:
        - [dog, /var]
  override:
    exceptions: append
";
    let l = load_str(text);
    assert!(errors(&l).is_empty(), "{:?}", errors(&l));
    let rs = l.ruleset.as_ref().expect("ok");
    let r = &rs.rules[0];
    let fields: Vec<_> = r.exception_fields.iter().cloned().collect();
    assert_eq!(fields, ["fd.name", "proc.name", "proc.pname"]);
    let rfalco_rules::condition::Expr::And(parts) = &r.condition else {
        panic!("and not: {:?}", r.condition)
    };
    assert_eq!(parts.len(), 3, "(cond) and not (pair) and not (single)");
}

#[test]
fn exception_errors_match_falco() {
    let head = "- rule: r\n  desc: d\n  condition: evt.type = open\n  output: o\n  priority: INFO\n  exceptions:\n";
    let cases = [
        (
            "    - name: e\n      fields: [proc.name]\n      comps: [=, =]\n",
            "Fields and comps lists must have equal length",
        ),
        (
            "    - name: e\n      fields: [proc.name]\n      comps: [no-comp]\n",
            "'no-comp' is not a supported comparison operator",
        ),
        (
            "    - name: e\n      fields: [not.exist]\n",
            "'not.exist' is not a supported filter field",
        ),
        (
            "    - name: e\n      fields: [proc.name, fd.name]\n      values:\n        - [a]\n",
            "Fields and values lists must have equal length",
        ),
        (
            "    - name: e\n      fields: proc.name\n      comps: =\n",
            "When fields is a single value, comps must be one of (in, pmatch, intersects) or a modifier operator (e.g. startswith oneof)",
        ),
    ];
    for (ex, msg) in cases {
        let l = load_str(&format!("{head}{ex}"));
        assert_eq!(
            only_error(&l),
            (ErrorCode::Validate, msg.to_string()),
            "{ex}"
        );
    }
    let l = load_str(&format!("{head}    - fields: [proc.name]\n"));
    assert_eq!(
        only_error(&l),
        (
            ErrorCode::YamlValidate,
            "Item has no mapping for key 'name'".into()
        )
    );
}

#[test]
fn versions_and_plugins() {
    let l = load_str(
        "- required_engine_version: 0.50.0\n- required_plugin_versions:\n  - name: container\n    version: 0.4.0\n",
    );
    assert!(errors(&l).is_empty(), "{:?}", errors(&l));
    let l = load_str("- required_engine_version: 9999999\n");
    assert_eq!(
        only_error(&l).1,
        "Rules require engine version 0.9999999.0, but engine version is 0.62.0"
    );
    let l = load_str("- required_plugin_versions:\n  - name: cloudtrail\n    version: 0.1.0\n");
    assert_eq!(only_error(&l).0, ErrorCode::Validate);
    let l = load_str(
        "- required_plugin_versions:\n  - name: json\n    version: 0.1.0\n    alternatives:\n      - name: container\n        version: 0.4.0\n",
    );
    assert!(errors(&l).is_empty());
}

#[test]
fn unknown_fields_skip_or_fail() {
    let rule = "- rule: r\n  desc: d\n  condition: evt.type = open and proc.nobody = cat\n  output: o\n  priority: INFO\n";
    let l = load_str(rule);
    assert_eq!(
        only_error(&l),
        (
            ErrorCode::CompileCondition,
            "filter_check called with nonexistent field proc.nobody".into()
        )
    );
    let l = load_str(&format!("{rule}  skip-if-unknown-filter: true\n"));
    assert!(errors(&l).is_empty());
    assert_eq!(warnings(&l), [WarningCode::UnknownFilter]);
    assert!(
        l.ruleset.as_ref().expect("ok").rules.is_empty(),
        "the rule is skipped"
    );
}

#[test]
fn undefined_macro_and_loops() {
    let l = load_str(
        "- rule: r\n  desc: d\n  condition: evt.type = open and nope\n  output: o\n  priority: INFO\n",
    );
    assert_eq!(
        only_error(&l),
        (
            ErrorCode::Validate,
            "Undefined macro 'nope' used in filter.".into()
        )
    );
    let l = load_str("- macro: a\n  condition: b\n- macro: b\n  condition: a\n");
    // `a` cannot see `b` (defined later): undefined, as in Falco.
    assert_eq!(only_error(&l).1, "Undefined macro 'b' used in filter.");
}

#[test]
fn unknown_source_is_skipped() {
    let l = load_str(
        "- rule: r\n  desc: d\n  condition: ct.name = x\n  output: o\n  priority: INFO\n  source: aws_cloudtrail\n",
    );
    assert!(errors(&l).is_empty());
    assert_eq!(warnings(&l), [WarningCode::UnknownSource]);
}

#[test]
fn json_and_exit_code() {
    let (json, rc) =
        rfalco_rules::validate([("bad.yaml", "- macro: m\n  condition: evt.type=execve foo\n")]);
    assert_eq!(rc, 1);
    let e = &json["falco_load_results"][0]["errors"][0];
    assert_eq!(e["code"], "LOAD_ERR_COMPILE_CONDITION");
    assert_eq!(
        e["message"],
        "unexpected token after 'execve', expecting 'or', 'and'"
    );
    assert_eq!(
        e["context"]["locations"][3]["item_type"],
        "condition expression"
    );
    assert_eq!(e["context"]["locations"][3]["position"]["line"], 2);
    assert_eq!(e["context"]["locations"][3]["position"]["column"], 30);
}

#[test]
fn evt_dir_is_deprecated_in_conditions_and_outputs() {
    let l = load_str(
        "- rule: r\n  desc: d\n  condition: evt.type = open and evt.dir = < and evt.dir != >\n  output: o %evt.dir\n  priority: INFO\n",
    );
    assert!(errors(&l).is_empty(), "{:?}", errors(&l));
    let msgs: Vec<String> = l.results[0]
        .warnings
        .iter()
        .map(|w| w.message.clone())
        .collect();
    assert_eq!(
        msgs.len(),
        2,
        "one for the output, one for the condition: {msgs:?}"
    );
    assert!(msgs[0].contains("detected in the rule output"));
    assert!(msgs[1].starts_with("due to the drop of enter events"));
}
