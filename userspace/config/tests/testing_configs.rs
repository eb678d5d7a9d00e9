//! Every configuration of Falco's legacy test suite loads as Falco 0.44 loads it (the harness
//! adds `-o append_output.suggested_output=false`), or is refused where Falco refuses it.

mod common;

use rfalco_config::*;
use std::path::PathBuf;

fn load(name: &str) -> Result<Loaded, ConfigError> {
    let path = common::legacy().join("testing_configs").join(name);
    assert!(path.is_file(), "missing {}", path.display());
    Config::load(
        Some(&path),
        &common::args(&["append_output.suggested_output=false"]),
    )
}

fn ok(name: &str) -> Loaded {
    load(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_testing_config_is_classified() {
    // A new file in the suite must be added to one of the lists below.
    let mut names: Vec<String> = std::fs::read_dir(common::legacy().join("testing_configs"))
        .expect("testing_configs")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let refused = [
        "DropsIgnoreLog__drops_ignore_log.yaml",
        "DropsThresholdNeg__drops_threshold_neg.yaml",
        "DropsThresholdOor__drops_threshold_oor.yaml",
        "RuleMatchingWrongValue__rule_matching_wrong_value.yaml",
    ];
    let mut loaded = 0;
    for name in &names {
        if refused.contains(&name.as_str()) {
            assert!(load(name).is_err(), "{name} should be refused");
        } else {
            ok(name);
            loaded += 1;
        }
    }
    assert_eq!(names.len(), 25);
    assert_eq!(loaded, 21);
}

#[test]
fn drops_threshold_out_of_range_is_falcos_error() {
    for name in [
        "DropsThresholdNeg__drops_threshold_neg.yaml",
        "DropsThresholdOor__drops_threshold_oor.yaml",
    ] {
        let msg = load(name).expect_err(name).to_string();
        assert!(
            msg.contains("syscall event drops threshold must be a double in the range [0, 1]"),
            "{msg}"
        );
        assert!(msg.contains("syscall_event_drops.threshold"), "{msg}");
        assert!(
            msg.contains(&format!("{name}:3:14: syscall_event_drops.threshold: ")),
            "{msg}"
        );
    }
}

#[test]
fn drops_actions() {
    let actions = |n| ok(n).config.syscall_event_drops.actions;
    assert_eq!(
        actions("DropsAlert__drops_alert.yaml"),
        vec![DropAction::Alert]
    );
    assert_eq!(
        actions("DropsExit__drops_exit.yaml"),
        vec![DropAction::Exit]
    );
    assert_eq!(
        actions("DropsIgnore__drops_ignore.yaml"),
        vec![DropAction::Ignore]
    );
    assert_eq!(actions("DropsLog__drops_log.yaml"), vec![DropAction::Log]);
    let d = ok("DropsAlert__drops_alert.yaml")
        .config
        .syscall_event_drops;
    assert_eq!(d.max_burst, 10.0);
    assert_eq!(d.rate, 0.03333);
    assert!(d.simulate_drops);
    assert!(
        !ok("DropsNone__drops_none.yaml")
            .config
            .syscall_event_drops
            .simulate_drops
    );
}

#[test]
fn ignore_then_log_is_refused() {
    // Falco: `"log" does not make sense with the "ignore" action`.
    // The file lists ignore then log, which Falco 0.44 refuses (legacy test
    // MonitorSyscallDropsIgnoreAndLog expects exit code 1 and this message).
    let msg = common::error_text(load("DropsIgnoreLog__drops_ignore_log.yaml"));
    assert!(
        msg.contains(
            "syscall event drop action \"log\" does not make sense with the \"ignore\" action"
        ),
        "{msg}"
    );
}

#[test]
fn output_configs() {
    let c = ok("FileOutput__file_output.yaml");
    assert_eq!(
        c.warnings,
        vec!["Using deprecated config key 'rules_file' (singular form). Please use new 'rules_files' config key (plural form).".to_string()]
    );
    let c = c.config;
    assert_eq!(c.rules_files, vec![PathBuf::from("/etc/falco_rules.yaml")]);
    assert!(c.file_output.enabled);
    assert_eq!(c.file_output.filename, "/tmp/falco_outputs/file_output.txt");
    assert!(c.stdout_output);
    assert!(!c.syslog_output);
    assert!(!c.log_stderr);
    assert!(!c.log_syslog);
    let p = ok("ProgramOutput__program_output.yaml")
        .config
        .program_output;
    assert!(p.enabled);
    assert_eq!(p.program, "cat >> /tmp/falco_outputs/program_output.txt");
}

#[test]
fn grpc_keys_removed_in_044_are_reported() {
    let l = ok("GrpcUnixSocket__grpc_unix_socket.yaml");
    assert_eq!(
        l.warnings,
        vec!["unknown configuration keys, ignored: grpc, grpc_output".to_string()]
    );
    assert!(!l.config.stdout_output);
}

#[test]
fn rule_matching_and_metrics() {
    assert_eq!(
        ok("RuleMatchingAll__rule_matching_all.yaml")
            .config
            .rule_matching,
        RuleMatching::All
    );
    assert_eq!(
        ok("RuleMatchingFirst__rule_matching_first.yaml")
            .config
            .rule_matching,
        RuleMatching::First
    );
    let msg = common::error_text(load(
        "RuleMatchingWrongValue__rule_matching_wrong_value.yaml",
    ));
    assert!(
        msg.ends_with(
            "RuleMatchingWrongValue__rule_matching_wrong_value.yaml:2:16: rule_matching: Unknown rule matching strategy \"test\"--must be one of first, all"
        ),
        "{msg}"
    );
    let m = ok("MetricsEnabled__rule_metrics_enabled.yaml")
        .config
        .metrics;
    assert!(m.enabled);
    assert_eq!(m.interval, std::time::Duration::from_secs(5));
    assert!(m.output_rule);
}

#[test]
fn plugin_configs() {
    let c = ok("PluginsK8SAudit__k8s_audit.yaml").config;
    assert_eq!(
        c.load_plugins,
        Some(vec!["k8saudit".to_string(), "json".to_string()])
    );
    let names: Vec<&str> = c
        .enabled_plugins()
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["k8saudit", "json"]);
    assert_eq!(c.plugins[0].open_params, "");
    assert_eq!(
        c.plugins[1].library_path,
        "BUILD_DIR/json-plugin-prefix/src/json-plugin/libjson.so"
    );
    let c = ok("PluginsJson__json_plugin_config.yaml").config;
    assert_eq!(c.load_plugins, None);
    assert_eq!(c.enabled_plugins().len(), 1);
    let c = ok("EmptyConfig__empty_config.yaml").config;
    assert_eq!(c, Config::default());
}
