//! From the edited document to [`Config`]: one typing path for file values and `-o` values.
//!
//! Each key is read as Falco 0.44's `falco_configuration::load_yaml` reads it (same defaults,
//! same refusals, same message text where a test suite matches it), except that a value of the
//! wrong type is an error here where Falco would silently fall back to the default.

use crate::config::*;
use crate::duration::parse_duration;
use crate::error::ConfigError;
use crate::scalar::Reader;
use crate::selection::{RuleSelection, SelectionOp};
use crate::tree::{Item, Val};
use std::path::PathBuf;

/// Types the document; also returns warnings (deprecated keys, dubious combinations).
pub(crate) fn read(r: &Reader<'_>) -> Result<(Config, Vec<String>), ConfigError> {
    let d = Config::default();
    let mut warnings = Vec::new();
    let engine = read_engine(r, &d.engine)?;

    let rules_files = match (r.root.get("rules_files"), r.root.get("rules_file")) {
        (Some(_), Some(legacy)) => {
            return Err(r.error(
                Some(legacy),
                "rules_file",
                "both 'rules_files' and 'rules_file' keys set",
            ));
        }
        (None, Some(_)) => {
            warnings.push(
                "Using deprecated config key 'rules_file' (singular form). Please use new \
                 'rules_files' config key (plural form)."
                    .to_string(),
            );
            r.strings("rules_file")?
        }
        _ => r.strings("rules_files")?,
    };
    let rules_files = rules_files
        .unwrap_or_default()
        .into_iter()
        .map(PathBuf::from)
        .collect();

    let file_output = FileOutput {
        enabled: r.bool("file_output.enabled", false)?,
        keep_alive: r.bool("file_output.keep_alive", false)?,
        filename: r.string("file_output.filename", "")?,
    };
    if file_output.enabled && file_output.filename.is_empty() {
        return Err(r.error(
            r.at("file_output.enabled"),
            "file_output.filename",
            "file output enabled but no filename in configuration block",
        ));
    }
    let program_output = ProgramOutput {
        enabled: r.bool("program_output.enabled", false)?,
        keep_alive: r.bool("program_output.keep_alive", false)?,
        program: r.string("program_output.program", "")?,
    };
    if program_output.enabled && program_output.program.is_empty() {
        return Err(r.error(
            r.at("program_output.enabled"),
            "program_output.program",
            "program output enabled but no program in configuration block",
        ));
    }
    let http_output = read_http(r, &d.http_output)?;

    let rule_matching = match r.string("rule_matching", "first")?.as_str() {
        "first" => RuleMatching::First,
        "all" => RuleMatching::All,
        other => {
            return Err(r.error(
                r.at("rule_matching"),
                "rule_matching",
                format!("Unknown rule matching strategy \"{other}\"--must be one of first, all"),
            ));
        }
    };
    let priority_text = r.string("priority", "debug")?;
    let priority = Priority::parse(&priority_text).ok_or_else(|| {
        r.error(
            r.at("priority"),
            "priority",
            format!(
                "unknown priority '{priority_text}' (expected one of emergency, alert, \
                 critical, error, warning, notice, informational/info, debug)"
            ),
        )
    })?;

    let webserver = read_webserver(r, &d.webserver)?;
    let syscall_event_drops = read_drops(r, &d.syscall_event_drops)?;
    let max_consecutives = r.int("syscall_event_timeouts.max_consecutives", 1000u32)?;
    if max_consecutives == 0 {
        return Err(r.error(
            r.at("syscall_event_timeouts.max_consecutives"),
            "syscall_event_timeouts.max_consecutives",
            "the maximum consecutive timeouts without an event must be an unsigned integer > 0",
        ));
    }

    let mut custom_set: Vec<String> = Vec::new();
    for name in r.strings("base_syscalls.custom_set")?.unwrap_or_default() {
        if !custom_set.contains(&name) {
            custom_set.push(name);
        }
    }

    let capture_mode = match r.string("capture.mode", "rules")?.as_str() {
        "rules" => CaptureMode::Rules,
        "all_rules" => CaptureMode::AllRules,
        other => {
            return Err(r.error(
                r.at("capture.mode"),
                "capture.mode",
                format!("capture.mode '{other}' is not a valid mode (expected rules or all_rules)"),
            ));
        }
    };

    let plugins = read_plugins(r)?;
    let load_plugins = match r.root.get("load_plugins") {
        None => None,
        Some(_) => Some(r.strings("load_plugins")?.unwrap_or_default()),
    };
    if let Some(names) = &load_plugins {
        for name in names {
            if !plugins.iter().any(|p| &p.name == name) {
                return Err(r.error(
                    r.at("load_plugins"),
                    "load_plugins",
                    format!("Cannot load plugin '{name}': plugin config not found for given name"),
                ));
            }
        }
    }

    let append_output = read_append_output(r, &mut warnings)?;

    let config = Config {
        config_files: read_config_files(r)?,
        watch_config_files: r.bool("watch_config_files", d.watch_config_files)?,
        rules_files,
        rules: read_rule_selection(r)?,
        engine,
        capture: Capture {
            enabled: r.bool("capture.enabled", false)?,
            path_prefix: r.string("capture.path_prefix", &d.capture.path_prefix)?,
            mode: capture_mode,
            default_duration_ms: r.int("capture.default_duration", 5000u32)?,
            max_file_size_mb: r.int("capture.max_file_size_mb", 0u64)?,
        },
        load_plugins,
        plugins,
        plugins_hostinfo: r.bool("plugins_hostinfo", true)?,
        time_format_iso_8601: r.bool("time_format_iso_8601", false)?,
        buffer_format_base64: r.bool("buffer_format_base64", false)?,
        priority,
        json_output: r.bool("json_output", false)?,
        json_include_output_property: r.bool("json_include_output_property", true)?,
        json_include_message_property: r.bool("json_include_message_property", false)?,
        json_include_output_fields_property: r.bool("json_include_output_fields_property", true)?,
        json_include_tags_property: r.bool("json_include_tags_property", true)?,
        buffered_outputs: r.bool("buffered_outputs", false)?,
        rule_matching,
        outputs_queue_capacity: r.int("outputs_queue.capacity", 0u64)?,
        append_output,
        static_fields: read_static_fields(r)?,
        stdout_output: r.bool("stdout_output.enabled", false)?,
        syslog_output: r.bool("syslog_output.enabled", false)?,
        file_output,
        http_output,
        program_output,
        webserver,
        log_stderr: r.bool("log_stderr", false)?,
        log_syslog: r.bool("log_syslog", true)?,
        log_level: read_level(r, "log_level", &LOG_LEVELS)?,
        libs_logger: LibsLogger {
            enabled: r.bool("libs_logger.enabled", true)?,
            severity: read_level(r, "libs_logger.severity", &LIBS_SEVERITIES)?,
        },
        output_timeout_ms: r.int("output_timeout", 2000u32)?,
        syscall_event_timeouts_max_consecutives: max_consecutives,
        syscall_event_drops,
        metrics: read_metrics(r, &d.metrics)?,
        base_syscalls: BaseSyscalls {
            custom_set,
            repair: r.bool("base_syscalls.repair", false)?,
            all: r.bool("base_syscalls.all", false)?,
        },
        falco_libs: FalcoLibs {
            thread_table_size: r.int("falco_libs.thread_table_size", 262_144u32)?,
            thread_table_auto_purging_interval_s: r
                .int("falco_libs.thread_table_auto_purging_interval_s", 300u32)?,
            thread_table_auto_purging_thread_timeout_s: r.int(
                "falco_libs.thread_table_auto_purging_thread_timeout_s",
                300u32,
            )?,
            snaplen: r.int("falco_libs.snaplen", 0u64)?,
        },
    };
    Ok((config, warnings))
}

fn read_engine(r: &Reader<'_>, d: &Engine) -> Result<Engine, ConfigError> {
    let kind = match r.string("engine.kind", "kmod")?.as_str() {
        "kmod" => EngineKind::Kmod,
        "modern_ebpf" => EngineKind::ModernEbpf,
        "replay" => EngineKind::Replay,
        "nodriver" => EngineKind::Nodriver,
        other => {
            return Err(r.error(
                r.at("engine.kind"),
                "engine.kind",
                format!(
                    "engine.kind '{other}' is not a valid kind (expected kmod, modern_ebpf, \
                     replay or nodriver)"
                ),
            ));
        }
    };
    let capture_file = r.string("engine.replay.capture_file", "")?;
    if kind == EngineKind::Replay && capture_file.is_empty() {
        return Err(r.error(
            r.at("engine.kind"),
            "engine.replay.capture_file",
            "engine.kind is 'replay' but no engine.replay.capture_file specified",
        ));
    }
    Ok(Engine {
        kind,
        kmod: KmodEngine {
            buf_size_preset: r.int("engine.kmod.buf_size_preset", d.kmod.buf_size_preset)?,
            drop_failed_exit: r.bool("engine.kmod.drop_failed_exit", false)?,
        },
        modern_ebpf: ModernEbpfEngine {
            cpus_for_each_buffer: r.int(
                "engine.modern_ebpf.cpus_for_each_buffer",
                d.modern_ebpf.cpus_for_each_buffer,
            )?,
            buf_size_preset: r.int(
                "engine.modern_ebpf.buf_size_preset",
                d.modern_ebpf.buf_size_preset,
            )?,
            drop_failed_exit: r.bool("engine.modern_ebpf.drop_failed_exit", false)?,
            disable_iterators: r.bool("engine.modern_ebpf.disable_iterators", false)?,
        },
        replay_capture_file: (!capture_file.is_empty()).then(|| PathBuf::from(capture_file)),
    })
}

fn read_http(r: &Reader<'_>, d: &HttpOutput) -> Result<HttpOutput, ConfigError> {
    let h = HttpOutput {
        enabled: r.bool("http_output.enabled", false)?,
        url: r.string("http_output.url", "")?,
        user_agent: r.string("http_output.user_agent", &d.user_agent)?,
        insecure: r.bool("http_output.insecure", false)?,
        ca_cert: r.string("http_output.ca_cert", "")?,
        ca_bundle: r.string("http_output.ca_bundle", "")?,
        ca_path: r.string("http_output.ca_path", &d.ca_path)?,
        mtls: r.bool("http_output.mtls", false)?,
        client_cert: r.string("http_output.client_cert", &d.client_cert)?,
        client_key: r.string("http_output.client_key", &d.client_key)?,
        echo: r.bool("http_output.echo", false)?,
        compress_uploads: r.bool("http_output.compress_uploads", false)?,
        keep_alive: r.bool("http_output.keep_alive", false)?,
        max_consecutive_timeouts: r.int("http_output.max_consecutive_timeouts", 5u8)?,
    };
    if h.enabled && h.url.is_empty() {
        return Err(r.error(
            r.at("http_output.enabled"),
            "http_output.url",
            "http output enabled but no url in configuration block",
        ));
    }
    Ok(h)
}

fn read_webserver(r: &Reader<'_>, d: &Webserver) -> Result<Webserver, ConfigError> {
    let listen_address = r.string("webserver.listen_address", &d.listen_address)?;
    if listen_address.parse::<std::net::IpAddr>().is_err() {
        return Err(r.error(
            r.at("webserver.listen_address"),
            "webserver.listen_address",
            format!("webserver listen address \"{listen_address}\" is not a valid IP address"),
        ));
    }
    Ok(Webserver {
        enabled: r.bool("webserver.enabled", false)?,
        threadiness: r.int("webserver.threadiness", 0u32)?,
        listen_port: r.int("webserver.listen_port", d.listen_port)?,
        listen_address,
        k8s_healthz_endpoint: r
            .string("webserver.k8s_healthz_endpoint", &d.k8s_healthz_endpoint)?,
        prometheus_metrics_enabled: r.bool("webserver.prometheus_metrics_enabled", false)?,
        ssl_enabled: r.bool("webserver.ssl_enabled", false)?,
        ssl_certificate: r.string("webserver.ssl_certificate", &d.ssl_certificate)?,
    })
}

fn read_drops(r: &Reader<'_>, d: &SyscallEventDrops) -> Result<SyscallEventDrops, ConfigError> {
    let key = "syscall_event_drops.actions";
    let mut actions: Vec<DropAction> = Vec::new();
    for name in r.strings(key)?.unwrap_or_default() {
        let action = match name.as_str() {
            "ignore" => DropAction::Ignore,
            "log" => DropAction::Log,
            "alert" => DropAction::Alert,
            "exit" => DropAction::Exit,
            _ => {
                return Err(r.error(
                    r.at(key),
                    key,
                    "available actions for syscall event drops are \"ignore\", \"log\", \
                     \"alert\", and \"exit\"",
                ));
            }
        };
        if matches!(action, DropAction::Log | DropAction::Alert)
            && actions.contains(&DropAction::Ignore)
        {
            return Err(r.error(
                r.at(key),
                key,
                format!(
                    "syscall event drop action \"{name}\" does not make sense with the \
                     \"ignore\" action"
                ),
            ));
        }
        if !actions.contains(&action) {
            actions.push(action);
        }
    }
    if actions.is_empty() {
        actions.push(DropAction::Ignore);
    }
    let threshold = r.float("syscall_event_drops.threshold", d.threshold)?;
    if !(0.0..=1.0).contains(&threshold) {
        return Err(r.error(
            r.at("syscall_event_drops.threshold"),
            "syscall_event_drops.threshold",
            "syscall event drops threshold must be a double in the range [0, 1]",
        ));
    }
    Ok(SyscallEventDrops {
        threshold,
        actions,
        rate: r.float("syscall_event_drops.rate", d.rate)?,
        max_burst: r.float("syscall_event_drops.max_burst", d.max_burst)?,
        simulate_drops: r.bool("syscall_event_drops.simulate_drops", false)?,
    })
}

fn read_metrics(r: &Reader<'_>, d: &Metrics) -> Result<Metrics, ConfigError> {
    let enabled = r.bool("metrics.enabled", false)?;
    let interval_text = r.string("metrics.interval", &d.interval_text)?;
    let interval = match parse_duration(&interval_text) {
        Some(i) => i,
        // Falco checks the interval only when metrics are on.
        None if !enabled => d.interval,
        None => {
            return Err(r.error(
                r.at("metrics.interval"),
                "metrics.interval",
                format!(
                    "'{interval_text}' is not a Prometheus time duration (e.g. 1h, 15m, 100ms)"
                ),
            ));
        }
    };
    if enabled && interval.as_millis() < 100 {
        return Err(r.error(
            r.at("metrics.interval"),
            "metrics.interval",
            "Metrics interval must have a minimum value of 100ms",
        ));
    }
    let b = |key: &str, default: bool| r.bool(&format!("metrics.{key}"), default);
    Ok(Metrics {
        enabled,
        interval_text,
        interval,
        output_rule: b("output_rule", false)?,
        output_file: r.string("metrics.output_file", "")?,
        rules_counters_enabled: b("rules_counters_enabled", true)?,
        resource_utilization_enabled: b("resource_utilization_enabled", true)?,
        state_counters_enabled: b("state_counters_enabled", true)?,
        kernel_event_counters_enabled: b("kernel_event_counters_enabled", true)?,
        kernel_event_counters_per_cpu_enabled: b("kernel_event_counters_per_cpu_enabled", true)?,
        libbpf_stats_enabled: b("libbpf_stats_enabled", true)?,
        plugins_metrics_enabled: b("plugins_metrics_enabled", true)?,
        kernel_iter_event_counters_enabled: b("kernel_iter_event_counters_enabled", true)?,
        jemalloc_stats_enabled: b("jemalloc_stats_enabled", true)?,
        convert_memory_to_mb: b("convert_memory_to_mb", true)?,
        include_empty_values: b("include_empty_values", false)?,
    })
}

/// `log_level`: Falco's logger levels.
const LOG_LEVELS: [&str; 8] = [
    "emergency",
    "alert",
    "critical",
    "error",
    "warning",
    "notice",
    "info",
    "debug",
];

/// `libs_logger.severity`: the libs logger's severities.
const LIBS_SEVERITIES: [&str; 8] = [
    "fatal", "critical", "error", "warning", "notice", "info", "debug", "trace",
];

/// A level name from `levels` (default `info`).
fn read_level(r: &Reader<'_>, key: &str, levels: &[&str]) -> Result<String, ConfigError> {
    let level = r.string(key, "info")?;
    if !levels.contains(&level.as_str()) {
        return Err(r.error(
            r.at(key),
            key,
            format!(
                "unknown level '{level}' (expected one of {})",
                levels.join(", ")
            ),
        ));
    }
    Ok(level)
}

/// The items of a list-valued key; a single value counts as a one-item list (Falco's
/// `get_sequence`), absent or null as none.
fn list_items<'a>(r: &Reader<'a>, key: &str) -> Result<Vec<&'a Item>, ConfigError> {
    match r.at(key) {
        None => Ok(Vec::new()),
        Some(Item {
            value: Val::Seq(items),
            ..
        }) => Ok(items.iter().collect()),
        Some(
            item @ Item {
                value: Val::Scalar(_),
                ..
            },
        ) => Ok(vec![item]),
        Some(item) => Err(r.error(Some(item), key, "expected a list, found a mapping")),
    }
}

pub(crate) fn read_config_files(r: &Reader<'_>) -> Result<Vec<ConfigInclude>, ConfigError> {
    let mut out = Vec::new();
    for (i, item) in list_items(r, "config_files")?.into_iter().enumerate() {
        let key = format!("config_files[{i}]");
        let (path, strategy) = match &item.value {
            Val::Map(_) => {
                let path = item
                    .get("path")
                    .ok_or_else(|| r.error(Some(item), &key, "missing 'path'"))?;
                let path = r.text_of(path, &format!("{key}.path"))?;
                let strategy = match item.get("strategy") {
                    None => MergeStrategy::Append,
                    Some(s) => match r.text_of(s, &format!("{key}.strategy"))? {
                        "append" => MergeStrategy::Append,
                        "override" => MergeStrategy::Override,
                        "add-only" => MergeStrategy::AddOnly,
                        other => {
                            return Err(r.error(
                                Some(s),
                                &format!("{key}.strategy"),
                                format!(
                                    "unknown strategy '{other}' (expected append, override or \
                                     add-only)"
                                ),
                            ));
                        }
                    },
                };
                (path, strategy)
            }
            _ => (r.text_of(item, &key)?, MergeStrategy::Append),
        };
        out.push(ConfigInclude {
            path: PathBuf::from(path),
            strategy,
        });
    }
    Ok(out)
}

fn read_rule_selection(r: &Reader<'_>) -> Result<Vec<RuleSelection>, ConfigError> {
    let mut out = Vec::new();
    for (i, item) in list_items(r, "rules")?.into_iter().enumerate() {
        let key = format!("rules[{i}]");
        let bad = || {
            r.error(
                Some(item),
                &key,
                "expected 'enable:' or 'disable:' with a 'rule:' or 'tag:'",
            )
        };
        let (op, body) = match (item.get("enable"), item.get("disable")) {
            (Some(b), _) => (SelectionOp::Enable, b),
            (None, Some(b)) => (SelectionOp::Disable, b),
            (None, None) => return Err(bad()),
        };
        if !matches!(body.value, Val::Map(_)) {
            return Err(bad());
        }
        let field = |name: &str| -> Result<Option<String>, ConfigError> {
            match body.get(name) {
                None => Ok(None),
                Some(v) => {
                    let t = r.text_of(v, &format!("{key}.{name}"))?;
                    Ok((!t.is_empty()).then(|| t.to_string()))
                }
            }
        };
        let (rule, tag) = (field("rule")?, field("tag")?);
        if rule.is_none() && tag.is_none() {
            return Err(bad());
        }
        out.push(RuleSelection { op, rule, tag });
    }
    Ok(out)
}

fn read_plugins(r: &Reader<'_>) -> Result<Vec<PluginConfig>, ConfigError> {
    let mut out = Vec::new();
    for (i, item) in list_items(r, "plugins")?.into_iter().enumerate() {
        let key = format!("plugins[{i}]");
        if !matches!(item.value, Val::Map(_)) {
            return Err(r.error(
                Some(item),
                &key,
                "expected a mapping with name and library_path",
            ));
        }
        let required = |name: &str| -> Result<String, ConfigError> {
            let v = item
                .get(name)
                .ok_or_else(|| r.error(Some(item), &key, format!("missing '{name}'")))?;
            Ok(r.text_of(v, &format!("{key}.{name}"))?.to_string())
        };
        let init_config = match item.get("init_config") {
            None => String::new(),
            Some(v) => match &v.value {
                Val::Map(_) => to_json(v).to_string(),
                _ => r.text_of(v, &format!("{key}.init_config"))?.to_string(),
            },
        };
        let open_params = match item.get("open_params") {
            None => String::new(),
            Some(v) => r
                .text_of(v, &format!("{key}.open_params"))?
                .trim()
                .to_string(),
        };
        out.push(PluginConfig {
            name: required("name")?,
            library_path: required("library_path")?,
            init_config,
            open_params,
        });
    }
    Ok(out)
}

/// A mapping as JSON, scalars typed as Falco's YAML-to-JSON conversion types them
/// (integer, then number, then boolean, else string).
fn to_json(item: &Item) -> serde_json::Value {
    use serde_json::Value as J;
    match &item.value {
        Val::Null => J::Null,
        Val::Scalar(s) => {
            if let Some(n) = crate::scalar::parse_int(s).and_then(|n| i32::try_from(n).ok()) {
                J::from(n)
            } else if let Some(f) = crate::scalar::parse_float(s).filter(|f| f.is_finite()) {
                J::from(f)
            } else if let Some(b) = crate::scalar::parse_bool(s) {
                J::from(b)
            } else {
                J::from(s.as_str())
            }
        }
        Val::Seq(items) => J::Array(items.iter().map(to_json).collect()),
        Val::Map(entries) => J::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), to_json(v)))
                .collect(),
        ),
    }
}

fn read_append_output(
    r: &Reader<'_>,
    warnings: &mut Vec<String>,
) -> Result<Vec<AppendOutput>, ConfigError> {
    let key = "append_output";
    if let Some(Item {
        value: Val::Map(entries),
        ..
    }) = r.at(key)
    {
        // A list turned into a mapping by `-o append_output.<key>=...` (see `overrides`):
        // Falco reads no entries from a mapping. `suggested_output` is the documented idiom
        // for turning the default entry off; anything else is worth a warning.
        let odd: Vec<&str> = entries
            .iter()
            .map(|(k, _)| k.as_str())
            .filter(|k| *k != "suggested_output" && k.parse::<usize>().is_err())
            .collect();
        if !odd.is_empty() {
            warnings.push(format!(
                "append_output is a mapping (keys {}), not a list: no append_output entry applies",
                odd.join(", ")
            ));
        }
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for (i, item) in list_items(r, key)?.into_iter().enumerate() {
        let key = format!("append_output[{i}]");
        if !matches!(item.value, Val::Map(_)) {
            return Err(r.error(Some(item), &key, "expected a mapping"));
        }
        let text = |node: Option<&Item>, sub: &str| -> Result<String, ConfigError> {
            node.map_or(Ok(String::new()), |v| {
                Ok(r.text_of(v, &format!("{key}.{sub}"))?.to_string())
            })
        };
        let mut entry = AppendOutput::default();
        if let Some(m) = item.get("match") {
            entry.source = text(m.get("source"), "match.source")?;
            entry.rule = text(m.get("rule"), "match.rule")?;
            if let Some(Item {
                value: Val::Seq(tags),
                ..
            }) = m.get("tags")
            {
                for (j, t) in tags.iter().enumerate() {
                    let t = r.text_of(t, &format!("{key}.match.tags[{j}]"))?.to_string();
                    if !entry.tags.contains(&t) {
                        entry.tags.push(t);
                    }
                }
            }
            if !entry.rule.is_empty() && !entry.tags.is_empty() {
                warnings.push(format!(
                    "An append_output entry specifies both a rule ({}) and a list of tags ({}). \
                     This means that output will be appended only to the {} rule and only if it \
                     has all the tags: {}.",
                    entry.rule,
                    entry.tags.join(", "),
                    entry.rule,
                    entry.tags.join(", ")
                ));
            }
        }
        entry.extra_output = text(item.get("extra_output"), "extra_output")?;
        if let Some(fields) = item.get("extra_fields") {
            let Val::Seq(defs) = &fields.value else {
                return Err(r.error(
                    Some(fields),
                    &format!("{key}.extra_fields"),
                    "expected a list",
                ));
            };
            for (j, def) in defs.iter().enumerate() {
                let fkey = format!("{key}.extra_fields[{j}]");
                let name = match &def.value {
                    Val::Map(kv) if kv.len() == 1 => {
                        let (name, v) = &kv[0];
                        let fmt = r.text_of(v, &format!("{fkey}.{name}"))?.to_string();
                        if entry.formatted_fields.iter().any(|(n, _)| n == name)
                            || entry.raw_fields.contains(name)
                        {
                            return Err(r.error(
                                Some(def),
                                &fkey,
                                format!("'{name}' defined twice"),
                            ));
                        }
                        entry.formatted_fields.push((name.clone(), fmt));
                        continue;
                    }
                    Val::Scalar(name) => name.clone(),
                    _ => {
                        return Err(r.error(
                            Some(def),
                            &fkey,
                            "expected a field name or a single 'name: format' mapping",
                        ));
                    }
                };
                if entry.formatted_fields.iter().any(|(n, _)| *n == name) {
                    return Err(r.error(Some(def), &fkey, format!("'{name}' defined twice")));
                }
                if !entry.raw_fields.contains(&name) {
                    entry.raw_fields.push(name);
                }
            }
        }
        if let Some(s) = item.get("suggested_output") {
            let skey = format!("{key}.suggested_output");
            let t = r.text_of(s, &skey)?;
            entry.suggested_output = crate::scalar::parse_bool(t).ok_or_else(|| {
                r.error(
                    Some(s),
                    &skey,
                    format!("expected true or false, found '{t}'"),
                )
            })?;
        }
        out.push(entry);
    }
    Ok(out)
}

fn read_static_fields(r: &Reader<'_>) -> Result<Vec<(String, String)>, ConfigError> {
    let key = "static_fields";
    match r.at(key) {
        None => Ok(Vec::new()),
        Some(Item {
            value: Val::Map(entries),
            ..
        }) => entries
            .iter()
            .map(|(k, v)| Ok((k.clone(), r.text_of(v, &format!("{key}.{k}"))?.to_string())))
            .collect(),
        Some(item) => Err(r.error(Some(item), key, "expected a mapping of names to values")),
    }
}
