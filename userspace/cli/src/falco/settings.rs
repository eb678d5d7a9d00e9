//! What a run does, from the configuration file, `-o` overrides and the command line, in
//! Falco's order of precedence (file, then each `-o` in order, then the dedicated flags).

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use rfalco_config::{
    BaseSyscalls, Config, EngineKind as ConfigEngineKind, RuleMatching as ConfigRuleMatching,
};
use rfalco_engine::{JsonOptions, RuleMatching};
use rfalco_rules::{Priority, Rule};

use super::append::Appends;
use super::args::FalcoArgs;
use super::drops::DropMonitor;
use super::http::HttpSettings;
use super::metrics::Groups;
use super::outputs::{FileSink, OutputSettings, ProgramSink};
use super::snapshot::MetricsSettings;
use super::webserver::WebSettings;

/// Falco's configuration file, read when `-c` is not given and it exists.
const DEFAULT_CONFIG: &str = "/etc/falco/falco.yaml";

/// Live capture settings.
#[derive(Debug, Clone)]
pub struct KmodSettings {
    /// Device path prefix.
    pub device_prefix: String,
    /// Bytes of I/O buffers captured per event.
    pub snaplen: u32,
}

/// The event source.
#[derive(Debug, Clone)]
pub enum EngineKind {
    /// Replay a capture file.
    Replay(PathBuf),
    /// Live from falco.ko.
    Kmod(KmodSettings),
}

/// Everything a run needs.
#[derive(Debug)]
pub struct Settings {
    /// Rule files (or directories) in order; empty: the built-in ruleset.
    pub rules_files: Vec<PathBuf>,
    /// Least severe priority loaded.
    pub min_priority: Priority,
    /// JSON alerts and reports.
    pub json_output: bool,
    /// First or all matching rules.
    pub rule_matching: RuleMatching,
    /// ISO 8601 time prefix.
    pub time_iso8601: bool,
    /// Where alerts go.
    pub outputs: OutputSettings,
    /// The output queue's length (`outputs_queue.capacity`; 0: rfalco's default bound).
    pub outputs_queue_capacity: usize,
    /// How long the sinks may take to finish at exit (`output_timeout`).
    pub output_timeout: std::time::Duration,
    /// The webserver, when enabled.
    pub webserver: Option<WebSettings>,
    /// Periodic metrics snapshots, when `metrics.enabled`.
    pub metrics: Option<MetricsSettings>,
    /// The host name alerts carry.
    pub hostname: String,
    /// The event source.
    pub engine: EngineKind,
    /// Warnings to show at start (unsupported keys, ...).
    pub warnings: Vec<String>,
    /// Syscall event drop monitoring.
    pub drops: Option<DropMonitor>,
    /// Which system calls a live session traces (`base_syscalls`).
    pub base_syscalls: BaseSyscalls,
    /// The thread table's bound and its purge (`falco_libs.thread_table_*`).
    pub thread_table: ThreadTable,
    /// The configuration, for its `rules:` selections.
    config: Config,
    disable_tags: Vec<String>,
    enable_tags: Vec<String>,
    disable_substrings: Vec<String>,
}

/// The thread table's bound and the periodic purge of inactive threads (live only, as in
/// libsinsp: a capture has no /proc to ask whether an idle thread still exists).
#[derive(Debug, Clone, Copy)]
pub struct ThreadTable {
    /// Most threads held (`falco_libs.thread_table_size`).
    pub max_threads: usize,
    /// Time between two purges, ns of event time (`..._auto_purging_interval_s`).
    pub purge_interval_ns: u64,
    /// Idle time after which a thread /proc no longer shows is removed, ns
    /// (`..._auto_purging_thread_timeout_s`).
    pub purge_timeout_ns: u64,
}

fn hostname() -> String {
    if let Ok(h) = std::env::var("FALCO_HOSTNAME")
        && !h.is_empty()
    {
        return h;
    }
    rustix::system::uname()
        .nodename()
        .to_string_lossy()
        .into_owned()
}

impl Settings {
    /// Reads the configuration and applies the command line.
    pub fn load(args: &FalcoArgs) -> anyhow::Result<Settings> {
        let path: Option<&Path> = match &args.config {
            Some(p) => Some(p.as_path()),
            None if Path::new(DEFAULT_CONFIG).is_file() => Some(Path::new(DEFAULT_CONFIG)),
            None => None,
        };
        let mut overrides = args.options.clone();
        if args.all_events {
            overrides.push("base_syscalls.all=true".into());
        }
        // Without a configuration file, alerts go to stdout (Falco's shipped falco.yaml
        // enables it; the built-in default of an absent key does not).
        if path.is_none() {
            overrides.insert(0, "stdout_output.enabled=true".into());
        }
        let loaded = Config::load(path, &overrides).context("reading the configuration")?;
        let c = loaded.config;
        let mut warnings = loaded.warnings;
        let rules_files = if args.rules.is_empty() {
            // Configured files that do not exist are skipped (a warning when a configuration
            // file named them), so a host without /etc/falco runs the built-in ruleset.
            c.rules_files
                .iter()
                .filter(|p| {
                    let ok = p.exists();
                    if !ok && path.is_some() {
                        warnings.push(format!(
                            "rules file {} (rules_files) does not exist; skipped",
                            p.display()
                        ));
                    }
                    ok
                })
                .cloned()
                .collect()
        } else {
            args.rules.clone()
        };
        if c.falco_libs.thread_table_size == 0 {
            bail!("falco_libs.thread_table_size: must be at least 1");
        }
        let thread_table = ThreadTable {
            max_threads: c.falco_libs.thread_table_size as usize,
            purge_interval_ns: u64::from(c.falco_libs.thread_table_auto_purging_interval_s)
                * 1_000_000_000,
            purge_timeout_ns: u64::from(c.falco_libs.thread_table_auto_purging_thread_timeout_s)
                * 1_000_000_000,
        };
        let snaplen = match c.falco_libs.snaplen {
            0 => scap_format::abi::ring::SNAPLEN_DEFAULT,
            n => u32::try_from(n).map_err(|_| anyhow::anyhow!("falco_libs.snaplen: too large"))?,
        };
        let kmod = || {
            EngineKind::Kmod(KmodSettings {
                device_prefix: "/dev/falco".into(),
                snaplen,
            })
        };
        let engine = match c.engine.kind {
            ConfigEngineKind::Replay => {
                let Some(f) = c.engine.replay_capture_file.clone() else {
                    bail!("engine.kind=replay needs engine.replay.capture_file");
                };
                EngineKind::Replay(f)
            }
            ConfigEngineKind::Kmod => kmod(),
            other => {
                warnings.push(format!(
                    "engine.kind={} is not available in rfalco; using kmod (falco.ko)",
                    other.as_str()
                ));
                kmod()
            }
        };
        let file = c.file_output.enabled.then(|| FileSink {
            path: c.file_output.filename.clone().into(),
            keep_alive: c.file_output.keep_alive,
        });
        let program = c.program_output.enabled.then(|| ProgramSink {
            program: c.program_output.program.clone(),
            keep_alive: c.program_output.keep_alive,
        });
        // (`suggested_output` suggests the static fields, see append.rs; the fields plugins
        // would suggest do not exist in rfalco.)
        let groups = Groups {
            rules: c.metrics.rules_counters_enabled,
            resources: c.metrics.resource_utilization_enabled,
            kernel: c.metrics.kernel_event_counters_enabled,
            memory_mb: c.metrics.convert_memory_to_mb,
            empty_values: c.metrics.include_empty_values,
            per_cpu: c.metrics.kernel_event_counters_per_cpu_enabled,
            state: c.metrics.state_counters_enabled,
        };
        let metrics = c.metrics.enabled.then(|| MetricsSettings {
            interval: c.metrics.interval,
            output_rule: c.metrics.output_rule,
            output_file: (!c.metrics.output_file.is_empty())
                .then(|| c.metrics.output_file.clone().into()),
            groups,
        });
        let w = &c.webserver;
        let webserver = if !w.enabled {
            None
        } else {
            if w.prometheus_metrics_enabled && !c.metrics.enabled {
                warnings.push(
                    "webserver.prometheus_metrics_enabled needs metrics.enabled; /metrics is not \
                     served"
                        .into(),
                );
            }
            let healthz = &w.k8s_healthz_endpoint;
            // The router takes literal paths only, and each once.
            if !healthz.starts_with('/')
                || healthz.contains(['{', '}'])
                || healthz == "/versions"
                || healthz == "/metrics"
            {
                bail!(
                    "webserver.k8s_healthz_endpoint \"{healthz}\": a path starting with /, \
                     other than /versions and /metrics, without braces"
                );
            }
            Some(WebSettings {
                listen_address: w.listen_address.clone(),
                listen_port: u16::try_from(w.listen_port).map_err(|_| {
                    anyhow::anyhow!("webserver.listen_port {} is not a port", w.listen_port)
                })?,
                healthz: w.k8s_healthz_endpoint.clone(),
                prometheus: w.prometheus_metrics_enabled && c.metrics.enabled,
                groups,
                ssl_certificate: w.ssl_enabled.then(|| PathBuf::from(&w.ssl_certificate)),
            })
        };
        let hostname = hostname();
        let outputs = OutputSettings {
            stdout: c.stdout_output,
            file,
            program,
            syslog: c.syslog_output,
            http: c.http_output.enabled.then(|| HttpSettings {
                output: c.http_output.clone(),
                // An alert and its retry fit in output_timeout (http.rs).
                timeout: std::time::Duration::from_millis(
                    u64::from(c.output_timeout_ms / 2).max(1),
                ),
            }),
            json: c.json_output,
            json_opts: JsonOptions {
                output: c.json_include_output_property,
                output_fields: c.json_include_output_fields_property,
                tags: c.json_include_tags_property,
                message: c.json_include_message_property,
            },
            unbuffered: args.unbuffered || !c.buffered_outputs,
            hostname: hostname.clone(),
        };
        Ok(Settings {
            rules_files,
            min_priority: c.priority,
            json_output: c.json_output,
            rule_matching: match c.rule_matching {
                ConfigRuleMatching::First => RuleMatching::First,
                ConfigRuleMatching::All => RuleMatching::All,
            },
            time_iso8601: c.time_format_iso_8601,
            outputs,
            outputs_queue_capacity: usize::try_from(c.outputs_queue_capacity).unwrap_or(usize::MAX),
            output_timeout: std::time::Duration::from_millis(u64::from(c.output_timeout_ms)),
            webserver,
            metrics,
            hostname,
            engine,
            warnings,
            drops: Some(DropMonitor::new(&c.syscall_event_drops)),
            base_syscalls: c.base_syscalls.clone(),
            thread_table,
            config: c,
            disable_tags: args.disable_tags.clone(),
            enable_tags: args.enable_tags.clone(),
            disable_substrings: args.disable_rules.clone(),
        })
    }

    /// The `append_output` and `static_fields` additions compiled for an engine's rules.
    pub fn appends(&self, rules: &[rfalco_engine::CompiledRule]) -> anyhow::Result<Appends> {
        Appends::new(
            &self.config.append_output,
            &self.config.static_fields,
            rules,
        )
    }

    /// Whether a loaded rule runs: its `enabled` flag as changed by the configuration's
    /// `rules:` selections, then `-D`, `-T` and `-t`, and the priority threshold.
    pub fn rule_selected(&self, r: &Rule) -> bool {
        let tags: Vec<&str> = r.tags.iter().map(String::as_str).collect();
        let mut on = self.config.apply_selection(&r.name, &tags, r.enabled);
        if self
            .disable_substrings
            .iter()
            .any(|s| r.name.contains(s.as_str()))
        {
            on = false;
        }
        if self.disable_tags.iter().any(|t| r.tags.contains(t)) {
            on = false;
        }
        if !self.enable_tags.is_empty() && !self.enable_tags.iter().any(|t| r.tags.contains(t)) {
            on = false;
        }
        on && r.priority <= self.min_priority
    }
}
