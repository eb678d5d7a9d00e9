//! The typed configuration and its defaults.
//!
//! [`Config::default`] holds the values Falco 0.44 uses for a key that is absent (its
//! `configuration.cpp` fallbacks), which is what Falco runs with when no file is given. These
//! differ from the values written in the shipped `falco.yaml` in a few places (no rules files,
//! `engine.kind: kmod`, stdout/syslog outputs and the webserver off, `log_stderr: false`); a
//! loaded `falco.yaml` gives the shipped values.

use crate::selection::RuleSelection;
use std::path::PathBuf;
use std::time::Duration;

pub use rfalco_rules::Priority;

/// Falco's configuration, typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// `config_files`: extra configuration files or folders merged into this one.
    pub config_files: Vec<ConfigInclude>,
    /// `watch_config_files`: reload when a configuration or rules file changes.
    pub watch_config_files: bool,
    /// `rules_files` (or the legacy `rules_file`): files and folders, in order.
    pub rules_files: Vec<PathBuf>,
    /// `rules`: rule enable/disable entries, in order.
    pub rules: Vec<RuleSelection>,
    /// `engine`.
    pub engine: Engine,
    /// `capture`.
    pub capture: Capture,
    /// `load_plugins`: the plugins to load, by name; `None` when the key is absent (load all).
    pub load_plugins: Option<Vec<String>>,
    /// `plugins`: every plugin configuration, in order.
    pub plugins: Vec<PluginConfig>,
    /// `plugins_hostinfo`.
    pub plugins_hostinfo: bool,
    /// `time_format_iso_8601`.
    pub time_format_iso_8601: bool,
    /// `buffer_format_base64`.
    pub buffer_format_base64: bool,
    /// `priority`: the minimum priority of rules to load.
    pub priority: Priority,
    /// `json_output`.
    pub json_output: bool,
    /// `json_include_output_property`.
    pub json_include_output_property: bool,
    /// `json_include_message_property`.
    pub json_include_message_property: bool,
    /// `json_include_output_fields_property`.
    pub json_include_output_fields_property: bool,
    /// `json_include_tags_property`.
    pub json_include_tags_property: bool,
    /// `buffered_outputs`.
    pub buffered_outputs: bool,
    /// `rule_matching`.
    pub rule_matching: RuleMatching,
    /// `outputs_queue.capacity`: 0 means unbounded.
    pub outputs_queue_capacity: u64,
    /// `append_output`, in order.
    pub append_output: Vec<AppendOutput>,
    /// `static_fields`, in document order.
    pub static_fields: Vec<(String, String)>,
    /// `stdout_output.enabled`.
    pub stdout_output: bool,
    /// `syslog_output.enabled`.
    pub syslog_output: bool,
    /// `file_output`.
    pub file_output: FileOutput,
    /// `http_output`.
    pub http_output: HttpOutput,
    /// `program_output`.
    pub program_output: ProgramOutput,
    /// `webserver`.
    pub webserver: Webserver,
    /// `log_stderr`.
    pub log_stderr: bool,
    /// `log_syslog`.
    pub log_syslog: bool,
    /// `log_level`: `emergency` ... `debug`, as written (lowercase).
    pub log_level: String,
    /// `libs_logger`.
    pub libs_logger: LibsLogger,
    /// `output_timeout`, in milliseconds.
    pub output_timeout_ms: u32,
    /// `syscall_event_timeouts.max_consecutives` (greater than 0).
    pub syscall_event_timeouts_max_consecutives: u32,
    /// `syscall_event_drops`.
    pub syscall_event_drops: SyscallEventDrops,
    /// `metrics`.
    pub metrics: Metrics,
    /// `base_syscalls`.
    pub base_syscalls: BaseSyscalls,
    /// `falco_libs`.
    pub falco_libs: FalcoLibs,
}

/// One `config_files` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigInclude {
    /// A file, or a folder whose regular files are merged in name order.
    pub path: PathBuf,
    /// How its keys merge into the document.
    pub strategy: MergeStrategy,
}

/// `config_files[].strategy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeStrategy {
    /// `append` (default): lists are appended to, other keys replaced.
    Append,
    /// `override`: every key replaced.
    Override,
    /// `add-only`: only keys not yet present are added.
    AddOnly,
}

/// `rule_matching`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleMatching {
    /// `first`: an event triggers at most the first matching rule.
    First,
    /// `all`: every matching rule.
    All,
}

/// `engine.kind`. Falco 0.44 knows these four; `ebpf` (legacy probe) and `gvisor` were removed
/// from Falco before 0.44 and are refused, as Falco refuses them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineKind {
    /// `kmod`: the kernel module.
    Kmod,
    /// `modern_ebpf`.
    ModernEbpf,
    /// `replay`: read `engine.replay.capture_file`.
    Replay,
    /// `nodriver`: no syscall source (plugins only).
    Nodriver,
}

impl EngineKind {
    /// The configuration spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            EngineKind::Kmod => "kmod",
            EngineKind::ModernEbpf => "modern_ebpf",
            EngineKind::Replay => "replay",
            EngineKind::Nodriver => "nodriver",
        }
    }
}

/// `engine`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Engine {
    /// `engine.kind`.
    pub kind: EngineKind,
    /// `engine.kmod`.
    pub kmod: KmodEngine,
    /// `engine.modern_ebpf`.
    pub modern_ebpf: ModernEbpfEngine,
    /// `engine.replay.capture_file` (required, non-empty, when `kind` is `replay`).
    pub replay_capture_file: Option<PathBuf>,
}

/// `engine.kmod`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KmodEngine {
    /// `buf_size_preset`: 1..=10 select a ring size, 0 the driver default.
    pub buf_size_preset: i16,
    /// `drop_failed_exit`.
    pub drop_failed_exit: bool,
}

/// `engine.modern_ebpf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModernEbpfEngine {
    /// `cpus_for_each_buffer`.
    pub cpus_for_each_buffer: u16,
    /// `buf_size_preset`.
    pub buf_size_preset: i16,
    /// `drop_failed_exit`.
    pub drop_failed_exit: bool,
    /// `disable_iterators`.
    pub disable_iterators: bool,
}

/// `capture`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture {
    /// `enabled`.
    pub enabled: bool,
    /// `path_prefix`.
    pub path_prefix: String,
    /// `mode`.
    pub mode: CaptureMode,
    /// `default_duration`, in milliseconds.
    pub default_duration_ms: u32,
    /// `max_file_size_mb`: 0 means no limit.
    pub max_file_size_mb: u64,
}

/// `capture.mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptureMode {
    /// `rules`: only rules with `capture: true`.
    Rules,
    /// `all_rules`.
    AllRules,
}

/// One `plugins` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginConfig {
    /// `name`.
    pub name: String,
    /// `library_path`.
    pub library_path: String,
    /// `init_config`: a string as written, or a mapping rendered as JSON (as Falco passes it).
    pub init_config: String,
    /// `open_params`.
    pub open_params: String,
}

/// One `append_output` entry.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AppendOutput {
    /// `match.source`: only events of this source (empty: any).
    pub source: String,
    /// `match.tags`: only rules carrying all these tags.
    pub tags: Vec<String>,
    /// `match.rule`: only this rule (empty: any).
    pub rule: String,
    /// `extra_output`: text appended to the output.
    pub extra_output: String,
    /// `extra_fields` written `- name: format`, in order.
    pub formatted_fields: Vec<(String, String)>,
    /// `extra_fields` written `- field.name`, in order.
    pub raw_fields: Vec<String>,
    /// `suggested_output`: append the fields plugins suggest (and static fields).
    pub suggested_output: bool,
}

/// `file_output`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileOutput {
    /// `enabled`.
    pub enabled: bool,
    /// `keep_alive`.
    pub keep_alive: bool,
    /// `filename` (required when enabled).
    pub filename: String,
}

/// `program_output`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramOutput {
    /// `enabled`.
    pub enabled: bool,
    /// `keep_alive`.
    pub keep_alive: bool,
    /// `program`, run with `sh -c` (required when enabled).
    pub program: String,
}

/// `http_output`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpOutput {
    /// `enabled`.
    pub enabled: bool,
    /// `url` (required when enabled).
    pub url: String,
    /// `user_agent`.
    pub user_agent: String,
    /// `insecure`: skip TLS verification.
    pub insecure: bool,
    /// `ca_cert`.
    pub ca_cert: String,
    /// `ca_bundle`.
    pub ca_bundle: String,
    /// `ca_path`.
    pub ca_path: String,
    /// `mtls`.
    pub mtls: bool,
    /// `client_cert`.
    pub client_cert: String,
    /// `client_key`.
    pub client_key: String,
    /// `echo`: print the server's response.
    pub echo: bool,
    /// `compress_uploads`.
    pub compress_uploads: bool,
    /// `keep_alive`.
    pub keep_alive: bool,
    /// `max_consecutive_timeouts`.
    pub max_consecutive_timeouts: u8,
}

/// `webserver`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webserver {
    /// `enabled`.
    pub enabled: bool,
    /// `threadiness`: 0 means one thread per CPU.
    pub threadiness: u32,
    /// `listen_port`.
    pub listen_port: u32,
    /// `listen_address`: an IPv4 or IPv6 address.
    pub listen_address: String,
    /// `k8s_healthz_endpoint`.
    pub k8s_healthz_endpoint: String,
    /// `prometheus_metrics_enabled`.
    pub prometheus_metrics_enabled: bool,
    /// `ssl_enabled`.
    pub ssl_enabled: bool,
    /// `ssl_certificate`.
    pub ssl_certificate: String,
}

/// `libs_logger`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibsLogger {
    /// `enabled`.
    pub enabled: bool,
    /// `severity`.
    pub severity: String,
}

/// `syscall_event_drops`.
#[derive(Debug, Clone, PartialEq)]
pub struct SyscallEventDrops {
    /// `threshold`: a drop ratio in `[0, 1]`.
    pub threshold: f64,
    /// `actions`, deduplicated, in order; `[ignore]` when none is given.
    pub actions: Vec<DropAction>,
    /// `rate`: drop alerts per second (token bucket).
    pub rate: f64,
    /// `max_burst`.
    pub max_burst: f64,
    /// `simulate_drops` (testing).
    pub simulate_drops: bool,
}

/// A `syscall_event_drops.actions` item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropAction {
    /// `ignore`.
    Ignore,
    /// `log`.
    Log,
    /// `alert`.
    Alert,
    /// `exit`.
    Exit,
}

/// `metrics`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metrics {
    /// `enabled`.
    pub enabled: bool,
    /// `interval`, as written (`1h`).
    pub interval_text: String,
    /// `interval`, parsed (checked only when `enabled`, as Falco does).
    pub interval: Duration,
    /// `output_rule`.
    pub output_rule: bool,
    /// `output_file` (empty: none).
    pub output_file: String,
    /// `rules_counters_enabled`.
    pub rules_counters_enabled: bool,
    /// `resource_utilization_enabled`.
    pub resource_utilization_enabled: bool,
    /// `state_counters_enabled`.
    pub state_counters_enabled: bool,
    /// `kernel_event_counters_enabled`.
    pub kernel_event_counters_enabled: bool,
    /// `kernel_event_counters_per_cpu_enabled`.
    pub kernel_event_counters_per_cpu_enabled: bool,
    /// `libbpf_stats_enabled`.
    pub libbpf_stats_enabled: bool,
    /// `plugins_metrics_enabled`.
    pub plugins_metrics_enabled: bool,
    /// `kernel_iter_event_counters_enabled`.
    pub kernel_iter_event_counters_enabled: bool,
    /// `jemalloc_stats_enabled`.
    pub jemalloc_stats_enabled: bool,
    /// `convert_memory_to_mb`.
    pub convert_memory_to_mb: bool,
    /// `include_empty_values`.
    pub include_empty_values: bool,
}

/// `base_syscalls`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BaseSyscalls {
    /// `custom_set`: syscall names, `!name` to exclude; deduplicated, in order.
    pub custom_set: Vec<String>,
    /// `repair`.
    pub repair: bool,
    /// `all`.
    pub all: bool,
}

/// `falco_libs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FalcoLibs {
    /// `thread_table_size`.
    pub thread_table_size: u32,
    /// `thread_table_auto_purging_interval_s`.
    pub thread_table_auto_purging_interval_s: u32,
    /// `thread_table_auto_purging_thread_timeout_s`.
    pub thread_table_auto_purging_thread_timeout_s: u32,
    /// `snaplen`: 0 lets the driver choose (80).
    pub snaplen: u64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            config_files: Vec::new(),
            watch_config_files: true,
            rules_files: Vec::new(),
            rules: Vec::new(),
            engine: Engine {
                kind: EngineKind::Kmod,
                kmod: KmodEngine {
                    buf_size_preset: 4,
                    drop_failed_exit: false,
                },
                modern_ebpf: ModernEbpfEngine {
                    cpus_for_each_buffer: 2,
                    buf_size_preset: 4,
                    drop_failed_exit: false,
                    disable_iterators: false,
                },
                replay_capture_file: None,
            },
            capture: Capture {
                enabled: false,
                path_prefix: "/tmp/falco".into(),
                mode: CaptureMode::Rules,
                default_duration_ms: 5000,
                max_file_size_mb: 0,
            },
            load_plugins: None,
            plugins: Vec::new(),
            plugins_hostinfo: true,
            time_format_iso_8601: false,
            buffer_format_base64: false,
            priority: Priority::Debug,
            json_output: false,
            json_include_output_property: true,
            json_include_message_property: false,
            json_include_output_fields_property: true,
            json_include_tags_property: true,
            buffered_outputs: false,
            rule_matching: RuleMatching::First,
            outputs_queue_capacity: 0,
            append_output: Vec::new(),
            static_fields: Vec::new(),
            stdout_output: false,
            syslog_output: false,
            file_output: FileOutput {
                enabled: false,
                keep_alive: false,
                filename: String::new(),
            },
            http_output: HttpOutput {
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
            },
            program_output: ProgramOutput {
                enabled: false,
                keep_alive: false,
                program: String::new(),
            },
            webserver: Webserver {
                enabled: false,
                threadiness: 0,
                listen_port: 8765,
                listen_address: "0.0.0.0".into(),
                k8s_healthz_endpoint: "/healthz".into(),
                prometheus_metrics_enabled: false,
                ssl_enabled: false,
                ssl_certificate: "/etc/falco/falco.pem".into(),
            },
            log_stderr: false,
            log_syslog: true,
            log_level: "info".into(),
            libs_logger: LibsLogger {
                enabled: true,
                severity: "info".into(),
            },
            output_timeout_ms: 2000,
            syscall_event_timeouts_max_consecutives: 1000,
            syscall_event_drops: SyscallEventDrops {
                threshold: 0.1,
                actions: vec![DropAction::Ignore],
                rate: 0.03333,
                max_burst: 1.0,
                simulate_drops: false,
            },
            metrics: Metrics {
                enabled: false,
                interval_text: "5000".into(),
                interval: Duration::from_millis(5000),
                output_rule: false,
                output_file: String::new(),
                rules_counters_enabled: true,
                resource_utilization_enabled: true,
                state_counters_enabled: true,
                kernel_event_counters_enabled: true,
                kernel_event_counters_per_cpu_enabled: true,
                libbpf_stats_enabled: true,
                plugins_metrics_enabled: true,
                kernel_iter_event_counters_enabled: true,
                jemalloc_stats_enabled: true,
                convert_memory_to_mb: true,
                include_empty_values: false,
            },
            base_syscalls: BaseSyscalls {
                custom_set: Vec::new(),
                repair: false,
                all: false,
            },
            falco_libs: FalcoLibs {
                thread_table_size: 262_144,
                thread_table_auto_purging_interval_s: 300,
                thread_table_auto_purging_thread_timeout_s: 300,
                snaplen: 0,
            },
        }
    }
}

impl Config {
    /// The plugins to load, in order: those named by `load_plugins` when it is given, else all.
    /// [`Config::load`] has already checked that every named plugin has a configuration.
    pub fn enabled_plugins(&self) -> Vec<&PluginConfig> {
        match &self.load_plugins {
            None => self.plugins.iter().collect(),
            Some(names) => names
                .iter()
                .filter_map(|n| self.plugins.iter().find(|p| &p.name == n))
                .collect(),
        }
    }

    /// Whether a rule ends up enabled after the `rules:` entries, given its YAML `enabled:`
    /// flag. (Rules below [`Config::priority`] are not loaded at all; that is the caller's.)
    pub fn apply_selection<S: AsRef<str>>(
        &self,
        rule_name: &str,
        tags: &[S],
        enabled: bool,
    ) -> bool {
        crate::selection::apply_selection(&self.rules, rule_name, tags, enabled)
    }
}
