//! File errors name the file, line and column; unknown keys are gathered into one warning.

mod common;

use common::{error_text, load_text, show};
use rfalco_config::*;

#[test]
fn bad_value_in_file_names_its_position() {
    let (_d, path, res) = load_text("json_output: false\nwebserver:\n  listen_port: http\n", &[]);
    assert_eq!(
        error_text(res),
        format!(
            "{}:3:16: webserver.listen_port: expected an integer, found 'http'",
            show(&path)
        )
    );
}

#[test]
fn bad_priority_in_file() {
    let (_d, path, res) = load_text("priority: loud\n", &[]);
    assert_eq!(
        error_text(res),
        format!(
            "{}:1:11: priority: unknown priority 'loud' (expected one of emergency, alert, critical, error, warning, notice, informational/info, debug)",
            show(&path)
        )
    );
}

#[test]
fn override_fixes_a_bad_file_value() {
    // Overrides edit the document before typing, so the bad file value is never read.
    let (_d, _p, res) = load_text("priority: loud\n", &["priority=Error"]);
    assert_eq!(res.expect("loads").config.priority, Priority::Error);
}

#[test]
fn list_where_a_value_is_expected() {
    let (_d, path, res) = load_text("log_level:\n  - info\n", &[]);
    assert_eq!(
        error_text(res),
        format!(
            "{}:2:3: log_level: expected a single value, found a list",
            show(&path)
        )
    );
}

#[test]
fn malformed_rule_selection_entry() {
    let (_d, path, res) = load_text("rules:\n  - enable:\n      rule: a\n  - toggle: b\n", &[]);
    assert_eq!(
        error_text(res),
        format!(
            "{}:4:5: rules[1]: expected 'enable:' or 'disable:' with a 'rule:' or 'tag:'",
            show(&path)
        )
    );
}

#[test]
fn yaml_syntax_error_has_position() {
    let (_d, path, res) = load_text(
        "json_output: false\nstdout_output:\n  enabled: [true\n",
        &[],
    );
    let msg = error_text(res);
    assert!(
        msg.starts_with(&format!(
            "cannot read config file {}: yaml-cpp: error at line ",
            show(&path)
        )),
        "{msg}"
    );
}

#[test]
fn missing_file() {
    let msg = error_text(Config::load(
        Some(std::path::Path::new("/nonexistent/falco.yaml")),
        &[],
    ));
    assert!(
        msg.starts_with("cannot read config file /nonexistent/falco.yaml: "),
        "{msg}"
    );
}

#[test]
fn enabled_outputs_need_their_target() {
    let (_d, path, res) = load_text("file_output:\n  enabled: true\n", &[]);
    assert_eq!(
        error_text(res),
        format!(
            "{}:2:12: file_output.filename: file output enabled but no filename in configuration block",
            show(&path)
        )
    );
    let msg = error_text(common::with_overrides(&["http_output.enabled=true"]));
    assert_eq!(
        msg,
        "-o http_output.enabled=true: http_output.url: http output enabled but no url in configuration block"
    );
}

#[test]
fn both_rules_file_keys_refused() {
    let (_d, path, res) = load_text("rules_files: [a.yaml]\nrules_file: b.yaml\n", &[]);
    assert_eq!(
        error_text(res),
        format!(
            "{}:2:13: rules_file: both 'rules_files' and 'rules_file' keys set",
            show(&path)
        )
    );
}

#[test]
fn load_plugins_must_name_configured_plugins() {
    let (_d, _p, res) = load_text(
        "plugins:\n  - name: json\n    library_path: libjson.so\nload_plugins: [json, k8saudit]\n",
        &[],
    );
    assert!(error_text(res).ends_with(
        "load_plugins: Cannot load plugin 'k8saudit': plugin config not found for given name"
    ));
}

#[test]
fn unknown_keys_one_warning_naming_all() {
    let (_d, _p, res) = load_text(
        "json_output: true\ngrpc:\n  enabled: true\nwebserver:\n  enabled: false\n  tls: on\nmystery: 1\n",
        &[],
    );
    let l = res.expect("loads");
    assert_eq!(
        l.warnings,
        vec!["unknown configuration keys, ignored: grpc, webserver.tls, mystery".to_string()]
    );
    assert!(l.config.json_output);
}

#[test]
fn unknown_keys_inside_list_items() {
    let (_d, _p, res) = load_text(
        "plugins:\n  - name: json\n    library_path: libjson.so\n    init_config:\n      anything: 1\n    libary: typo\nrules:\n  - disable:\n      rule: a\n      tags: b\nappend_output:\n  - match:\n      source: syscall\n      priority: x\n    extra_output: y\n",
        &[],
    );
    let l = res.expect("loads");
    assert_eq!(
        l.warnings,
        vec![
            "unknown configuration keys, ignored: plugins[0].libary, rules[0].disable.tags, append_output[0].match.priority"
                .to_string()
        ]
    );
}

#[test]
fn included_config_files_merge() {
    let dir = tempfile::tempdir().expect("tempdir");
    let confd = dir.path().join("config.d");
    std::fs::create_dir(&confd).expect("mkdir");
    std::fs::write(
        confd.join("10-a.yaml"),
        "rules_files: [extra.yaml]\njson_output: true\n",
    )
    .expect("write");
    std::fs::write(confd.join("20-b.yaml"), "priority: error\n").expect("write");
    let over = dir.path().join("override.yaml");
    std::fs::write(&over, "rules_files: [only.yaml]\npriority: notice\n").expect("write");
    let main = dir.path().join("falco.yaml");
    std::fs::write(
        &main,
        format!(
            "config_files:\n  - {}\n  - /nonexistent/skipped.yaml\nrules_files: [main.yaml]\npriority: debug\n",
            confd.display()
        ),
    )
    .expect("write");
    let c = Config::load(Some(&main), &[]).expect("loads").config;
    assert_eq!(
        c.rules_files,
        [
            std::path::PathBuf::from("main.yaml"),
            std::path::PathBuf::from("extra.yaml")
        ]
    );
    assert!(c.json_output);
    assert_eq!(c.priority, Priority::Error);

    // `-o config_files=...` is applied before merging; `override` replaces lists.
    let arg = format!(
        "config_files[]={{path: {}, strategy: override}}",
        over.display()
    );
    let c = Config::load(Some(&main), &[arg]).expect("loads").config;
    assert_eq!(c.rules_files, [std::path::PathBuf::from("only.yaml")]);
    assert_eq!(c.priority, Priority::Notice);

    // add-only keeps existing keys.
    let arg = format!(
        "config_files[]={{path: {}, strategy: add-only}}",
        over.display()
    );
    let c = Config::load(Some(&main), &[arg]).expect("loads").config;
    assert_eq!(c.priority, Priority::Error);
}

#[test]
fn included_file_may_not_include() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inc = dir.path().join("inc.yaml");
    std::fs::write(&inc, "config_files: [x.yaml]\n").expect("write");
    let main = dir.path().join("falco.yaml");
    std::fs::write(&main, format!("config_files: [{}]\n", inc.display())).expect("write");
    let msg = error_text(Config::load(Some(&main), &[]));
    assert!(
        msg.ends_with(&format!(
            "config_files: 'config_files' directive in included config file {}",
            inc.display()
        )),
        "{msg}"
    );
}

#[test]
fn schema_mismatch_is_a_warning_naming_the_key_path() {
    // yaml-cpp reads `yes` as true, so the loader accepts it; Falco's schema check does not
    // (only `true`/`false` pass for a boolean) and says so, as rfalco does.
    let (_d, p, res) = load_text("json_output: yes\nwebserver:\n  listen_port: '8765'\n", &[]);
    let l = res.expect("a schema mismatch does not stop loading");
    assert!(l.config.json_output);
    assert_eq!(
        l.warnings,
        vec![format!(
            "{}: schema validation: failed for <root>[\"json_output\"]: Value type not permitted by 'type' constraint.",
            p.display()
        )]
    );
}

#[test]
fn included_files_are_checked_each() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inc = dir.path().join("extra.yaml");
    std::fs::write(&inc, "buffered_outputs: on\n").expect("write");
    let main = dir.path().join("falco.yaml");
    std::fs::write(&main, format!("config_files:\n  - {}\n", inc.display())).expect("write");
    let l = Config::load(Some(&main), &[]).expect("loads");
    assert_eq!(
        l.warnings,
        vec![format!(
            "{}: schema validation: failed for <root>[\"buffered_outputs\"]: Value type not permitted by 'type' constraint.",
            inc.display()
        )]
    );
}
