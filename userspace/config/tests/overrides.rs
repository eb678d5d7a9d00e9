//! `-o key=value` in each of Falco's forms, applied to the document before typing.

mod common;

use common::{error_text, with_overrides};
use rfalco_config::*;
use std::path::PathBuf;

#[test]
fn scalars_bools_and_ints() {
    let c = with_overrides(&[
        "json_output=true",
        "json_include_tags_property=false",
        "time_format_iso_8601=yes",
        "output_timeout=250",
        "outputs_queue.capacity=0x10",
        "falco_libs.snaplen=160",
        "priority=WARNING",
        "rule_matching=all",
    ])
    .expect("loads")
    .config;
    assert!(c.json_output);
    assert!(!c.json_include_tags_property);
    assert!(c.time_format_iso_8601);
    assert_eq!(c.output_timeout_ms, 250);
    assert_eq!(c.outputs_queue_capacity, 16);
    assert_eq!(c.falco_libs.snaplen, 160);
    assert_eq!(c.priority, Priority::Warning);
    assert_eq!(c.rule_matching, RuleMatching::All);
}

#[test]
fn dotted_keys_reach_nested_values() {
    let c = with_overrides(&[
        "engine.kind=kmod",
        "engine.kmod.buf_size_preset=6",
        "engine.kmod.drop_failed_exit=true",
        "webserver.listen_port=9000",
        "http_output.max_consecutive_timeouts=9",
    ])
    .expect("loads")
    .config;
    assert_eq!(c.engine.kind, EngineKind::Kmod);
    assert_eq!(
        c.engine.kmod,
        KmodEngine {
            buf_size_preset: 6,
            drop_failed_exit: true
        }
    );
    assert_eq!(c.webserver.listen_port, 9000);
    assert_eq!(c.http_output.max_consecutive_timeouts, 9);
}

#[test]
fn later_override_wins_and_value_keeps_equals_signs() {
    let c = with_overrides(&[
        "program_output.program=first",
        "program_output.program=jq '.a=1' | cat",
    ])
    .expect("loads")
    .config;
    assert_eq!(c.program_output.program, "jq '.a=1' | cat");
}

#[test]
fn append_builds_rule_selection_in_order() {
    let c = with_overrides(&["rules[].disable.rule=*", "rules[].enable.tag=network"])
        .expect("loads")
        .config;
    assert_eq!(
        c.rules,
        vec![
            RuleSelection {
                op: SelectionOp::Disable,
                rule: Some("*".into()),
                tag: None
            },
            RuleSelection {
                op: SelectionOp::Enable,
                rule: None,
                tag: Some("network".into())
            },
        ]
    );
    assert!(c.apply_selection("Outbound Connection", &["network"], true));
    assert!(!c.apply_selection("Read sensitive file", &["filesystem"], true));
}

#[test]
fn index_edits_and_appends() {
    let (_d, _p, res) = common::load_text(
        "rules:\n  - disable:\n      rule: a\n  - enable:\n      rule: b\n",
        &["rules[1].enable.rule=c", "rules[2].disable.tag=t"],
    );
    let c = res.expect("loads").config;
    let rules: Vec<(SelectionOp, Option<String>, Option<String>)> =
        c.rules.into_iter().map(|r| (r.op, r.rule, r.tag)).collect();
    assert_eq!(
        rules,
        vec![
            (SelectionOp::Disable, Some("a".into()), None),
            (SelectionOp::Enable, Some("c".into()), None),
            (SelectionOp::Disable, None, Some("t".into())),
        ]
    );
}

#[test]
fn index_past_the_end_is_an_error() {
    let msg = error_text(with_overrides(&["rules[3].disable.rule=x"]));
    assert_eq!(
        msg,
        "-o rules[3].disable.rule=x: rules[3].disable.rule: index 3 is out of range ('rules' has 0 items)"
    );
}

#[test]
fn flow_lists() {
    let c = with_overrides(&[
        "base_syscalls.custom_set=[openat, read, '!write']",
        "rules_files=[a.yaml,/etc/b.yaml]",
        "syscall_event_drops.actions=[log,exit]",
        "load_plugins=[]",
    ])
    .expect("loads")
    .config;
    assert_eq!(c.base_syscalls.custom_set, ["openat", "read", "!write"]);
    assert_eq!(
        c.rules_files,
        [PathBuf::from("a.yaml"), PathBuf::from("/etc/b.yaml")]
    );
    assert_eq!(
        c.syscall_event_drops.actions,
        [DropAction::Log, DropAction::Exit]
    );
    assert_eq!(c.load_plugins, Some(vec![]));
}

#[test]
fn flow_mapping_value() {
    let c = with_overrides(&[
        "static_fields={env: prod, region: eu-west-1}",
        "rules[]={disable: {tag: noisy}}",
    ])
    .expect("loads")
    .config;
    assert_eq!(
        c.static_fields,
        vec![
            ("env".to_string(), "prod".to_string()),
            ("region".to_string(), "eu-west-1".to_string())
        ]
    );
    assert_eq!(c.rules[0].tag.as_deref(), Some("noisy"));
}

#[test]
fn scalar_becomes_one_item_list() {
    // Falco's get_sequence takes a single value as a one-item list.
    let c = with_overrides(&["rules_files=/etc/falco/only.yaml"])
        .expect("loads")
        .config;
    assert_eq!(c.rules_files, [PathBuf::from("/etc/falco/only.yaml")]);
}

#[test]
fn override_replaces_file_list() {
    let c = common::load_text(
        "rules_files:\n  - a.yaml\n  - b.yaml\n",
        &["rules_files=[c.yaml]"],
    )
    .2
    .expect("loads")
    .config;
    assert_eq!(c.rules_files, [PathBuf::from("c.yaml")]);
}

#[test]
fn suggested_output_idiom_drops_default_entry() {
    let (_d, _p, res) = common::load_text(
        "append_output:\n  - suggested_output: true\n  - match:\n      source: syscall\n    extra_output: on CPU %evt.cpu\n",
        &["append_output.suggested_output=false"],
    );
    let loaded = res.expect("loads");
    assert_eq!(loaded.config.append_output, vec![]);
    assert_eq!(loaded.warnings, Vec::<String>::new());
    // Indexing keeps the list a list.
    let (_d, _p, res) = common::load_text(
        "append_output:\n  - suggested_output: true\n",
        &["append_output[0].suggested_output=false"],
    );
    let c = res.expect("loads").config;
    assert_eq!(c.append_output.len(), 1);
    assert!(!c.append_output[0].suggested_output);
}

#[test]
fn escaped_dots_in_keys() {
    let c = with_overrides(&[r"static_fields.k8s\.io/role=master"])
        .expect("loads")
        .config;
    assert_eq!(
        c.static_fields,
        vec![("k8s.io/role".to_string(), "master".to_string())]
    );
}

#[test]
fn malformed_arguments() {
    assert_eq!(
        error_text(with_overrides(&["json_output"])),
        "-o json_output: must be of the form key=val or key.subkey=val"
    );
    assert_eq!(
        error_text(with_overrides(&["a..b=1"])),
        "-o a..b=1: a..b: unexpected character at pos 2"
    );
    assert_eq!(
        error_text(with_overrides(&["rules[x].disable.rule=1"])),
        "-o rules[x].disable.rule=1: rules[x].disable.rule: expected a numeric index, found 'x'"
    );
    assert_eq!(
        error_text(with_overrides(&["priority=debug", "priority.x=1"])),
        "-o priority.x=1: priority.x: 'priority' is a scalar, cannot set key 'x' inside it"
    );
    assert!(
        error_text(with_overrides(&["static_fields={a: [}"]))
            .starts_with("-o static_fields={a: [}: static_fields: invalid YAML value: "),
    );
}

#[test]
fn bad_values_name_the_argument_and_key() {
    assert_eq!(
        error_text(with_overrides(&["priority=loud"])),
        "-o priority=loud: priority: unknown priority 'loud' (expected one of emergency, alert, critical, error, warning, notice, informational/info, debug)"
    );
    assert_eq!(
        error_text(with_overrides(&["json_output=maybe"])),
        "-o json_output=maybe: json_output: expected true or false, found 'maybe'"
    );
    assert_eq!(
        error_text(with_overrides(&[
            "http_output.max_consecutive_timeouts=300"
        ])),
        "-o http_output.max_consecutive_timeouts=300: http_output.max_consecutive_timeouts: 300 is out of range (0 to 255)"
    );
    assert_eq!(
        error_text(with_overrides(&["engine.kind=ebpf"])),
        "-o engine.kind=ebpf: engine.kind: engine.kind 'ebpf' is not a valid kind (expected kmod, modern_ebpf, replay or nodriver)"
    );
    assert_eq!(
        error_text(with_overrides(&["syscall_event_drops.threshold=2"])),
        "-o syscall_event_drops.threshold=2: syscall_event_drops.threshold: syscall event drops threshold must be a double in the range [0, 1]"
    );
}

#[test]
fn replay_requires_a_capture_file() {
    let msg = error_text(with_overrides(&["engine.kind=replay"]));
    assert_eq!(
        msg,
        "-o engine.kind=replay: engine.replay.capture_file: engine.kind is 'replay' but no engine.replay.capture_file specified"
    );
}

#[test]
fn unknown_override_keys_are_reported_once() {
    let l = with_overrides(&["foo=1", "engine.turbo=true", "metrics.bogus=1"]).expect("loads");
    assert_eq!(
        l.warnings,
        vec!["unknown configuration keys, ignored: foo, engine.turbo, metrics.bogus".to_string()]
    );
}

#[test]
fn disable_by_substring_wildcard_from_file_and_override() {
    let (_d, _p, res) = common::load_text(
        "rules:\n  - disable:\n      rule: \"*shell*\"\n",
        &["rules[].enable.rule=Run shell untrusted"],
    );
    let c = res.expect("loads").config;
    let none: &[&str] = &[];
    assert!(!c.apply_selection("Terminal shell in container", none, true));
    assert!(c.apply_selection("Run shell untrusted", none, false));
    assert!(c.apply_selection("Read sensitive file untrusted", none, true));
    // The whole name must match: no implicit substring without stars.
    let c = with_overrides(&["rules[].disable.rule=shell"])
        .expect("loads")
        .config;
    assert!(c.apply_selection("Terminal shell in container", none, true));
    assert!(!c.apply_selection("shell", none, true));
}
