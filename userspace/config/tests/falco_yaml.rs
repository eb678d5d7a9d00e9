//! Falco's own default falco.yaml loads cleanly and gives Falco's shipped defaults.

mod common;

use rfalco_config::*;
use std::path::PathBuf;
use std::time::Duration;

#[test]
fn default_falco_yaml_loads_without_warnings() {
    let loaded = Config::load(Some(&common::falco_yaml()), &[]).expect("falco.yaml loads");
    assert_eq!(loaded.warnings, Vec::<String>::new());
}

#[test]
fn default_falco_yaml_values() {
    let c = Config::load(Some(&common::falco_yaml()), &[])
        .expect("falco.yaml loads")
        .config;
    assert_eq!(
        c.config_files,
        vec![ConfigInclude {
            path: PathBuf::from("/etc/falco/config.d"),
            strategy: MergeStrategy::Append
        }]
    );
    assert!(c.watch_config_files);
    assert_eq!(
        c.rules_files,
        vec![
            PathBuf::from("/etc/falco/falco_rules.yaml"),
            PathBuf::from("/etc/falco/falco_rules.local.yaml"),
            PathBuf::from("/etc/falco/rules.d"),
        ]
    );
    assert_eq!(c.rules, vec![]);
    assert_eq!(c.engine.kind, EngineKind::ModernEbpf);
    assert_eq!(
        c.engine.kmod,
        KmodEngine {
            buf_size_preset: 4,
            drop_failed_exit: false
        }
    );
    assert_eq!(c.engine.modern_ebpf.cpus_for_each_buffer, 2);
    assert_eq!(c.engine.replay_capture_file, None);
    assert_eq!(
        c.capture,
        Capture {
            enabled: false,
            path_prefix: "/tmp/falco".into(),
            mode: CaptureMode::Rules,
            default_duration_ms: 5000,
            max_file_size_mb: 0,
        }
    );
    assert_eq!(c.load_plugins, Some(vec![]));
    assert_eq!(c.plugins.len(), 1);
    assert_eq!(c.plugins[0].name, "container");
    assert_eq!(c.plugins[0].library_path, "libcontainer.so");
    assert_eq!(
        c.plugins[0].init_config,
        r#"{"label_max_len":100,"with_size":false}"#
    );
    assert_eq!(c.enabled_plugins(), Vec::<&PluginConfig>::new());
    assert!(c.plugins_hostinfo);
    assert!(!c.time_format_iso_8601);
    assert!(!c.buffer_format_base64);
    assert_eq!(c.priority, Priority::Debug);
    assert!(!c.json_output);
    assert!(c.json_include_output_property);
    assert!(!c.json_include_message_property);
    assert!(c.json_include_output_fields_property);
    assert!(c.json_include_tags_property);
    assert!(!c.buffered_outputs);
    assert_eq!(c.rule_matching, RuleMatching::First);
    assert_eq!(c.outputs_queue_capacity, 0);
    assert_eq!(
        c.append_output,
        vec![AppendOutput {
            suggested_output: true,
            ..AppendOutput::default()
        }]
    );
    assert_eq!(c.static_fields, vec![]);
    assert!(c.stdout_output);
    assert!(c.syslog_output);
    assert_eq!(
        c.file_output,
        FileOutput {
            enabled: false,
            keep_alive: false,
            filename: "./events.txt".into()
        }
    );
    assert_eq!(
        c.http_output,
        HttpOutput {
            enabled: false,
            url: String::new(),
            user_agent: "falcosecurity/falco".into(),
            insecure: false,
            ca_cert: String::new(),
            ca_bundle: String::new(),
            ca_path: "/etc/ssl/certs".into(),
            mtls: false,
            client_cert: "/etc/ssl/certs/client.crt".into(),
            client_key: "/etc/ssl/certs/client.key".into(),
            echo: false,
            compress_uploads: false,
            keep_alive: false,
            max_consecutive_timeouts: 5,
        }
    );
    assert!(!c.program_output.enabled);
    assert_eq!(
        c.program_output.program,
        "jq '{text: .output}' | curl -d @- -X POST https://hooks.slack.com/services/XXX"
    );
    assert_eq!(
        c.webserver,
        Webserver {
            enabled: true,
            threadiness: 0,
            listen_port: 8765,
            listen_address: "0.0.0.0".into(),
            k8s_healthz_endpoint: "/healthz".into(),
            prometheus_metrics_enabled: false,
            ssl_enabled: false,
            ssl_certificate: "/etc/falco/falco.pem".into(),
        }
    );
    assert!(c.log_stderr);
    assert!(c.log_syslog);
    assert_eq!(c.log_level, "info");
    assert_eq!(
        c.libs_logger,
        LibsLogger {
            enabled: true,
            severity: "info".into()
        }
    );
    assert_eq!(c.output_timeout_ms, 2000);
    assert_eq!(c.syscall_event_timeouts_max_consecutives, 1000);
    assert_eq!(
        c.syscall_event_drops,
        SyscallEventDrops {
            threshold: 0.1,
            actions: vec![DropAction::Log, DropAction::Alert],
            rate: 0.03333,
            max_burst: 1.0,
            simulate_drops: false,
        }
    );
    assert!(!c.metrics.enabled);
    assert_eq!(c.metrics.interval_text, "1h");
    assert_eq!(c.metrics.interval, Duration::from_secs(3600));
    assert!(c.metrics.output_rule);
    assert!(!c.metrics.kernel_event_counters_per_cpu_enabled);
    assert!(!c.metrics.jemalloc_stats_enabled);
    assert!(c.metrics.libbpf_stats_enabled);
    assert_eq!(
        c.base_syscalls,
        BaseSyscalls {
            custom_set: vec![],
            repair: false,
            all: false
        }
    );
    assert_eq!(
        c.falco_libs,
        FalcoLibs {
            thread_table_size: 262_144,
            thread_table_auto_purging_interval_s: 300,
            thread_table_auto_purging_thread_timeout_s: 300,
            snaplen: 80,
        }
    );
}

#[test]
fn no_file_gives_falcos_code_defaults() {
    let loaded = Config::load(None, &[]).expect("loads");
    assert_eq!(loaded.warnings, Vec::<String>::new());
    assert_eq!(loaded.config, Config::default());
    let c = loaded.config;
    assert_eq!(c.engine.kind, EngineKind::Kmod);
    assert!(!c.stdout_output);
    assert!(!c.webserver.enabled);
    assert_eq!(c.rules_files, Vec::<PathBuf>::new());
    assert_eq!(c.syscall_event_drops.actions, vec![DropAction::Ignore]);
    assert_eq!(c.load_plugins, None);
}

#[test]
fn harness_overrides_on_falco_yaml() {
    // The options falcosecurity/testing passes to every run.
    let a = common::args(&[
        "append_output.suggested_output=false",
        "log_level=debug",
        "log_stderr=true",
        "engine.kind=replay",
        "engine.replay.capture_file=/traces/cat_write.scap",
        "json_output=true",
    ]);
    let loaded = Config::load(Some(&common::falco_yaml()), &a).expect("loads");
    assert_eq!(loaded.warnings, Vec::<String>::new());
    let c = loaded.config;
    assert_eq!(c.append_output, vec![]);
    assert_eq!(c.log_level, "debug");
    assert_eq!(c.engine.kind, EngineKind::Replay);
    assert_eq!(
        c.engine.replay_capture_file,
        Some(PathBuf::from("/traces/cat_write.scap"))
    );
    assert!(c.json_output);
}
