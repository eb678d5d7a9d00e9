//! The keys rfalco knows, so that every other key is reported instead of silently ignored.
//!
//! Mappings are checked key by key down to the leaves listed here; the content of lists
//! (`rules`, `plugins`, `append_output`, ...) and of free-form mappings (`static_fields`) is
//! checked by the typing code instead.

/// Every known key path. A path whose value is a mapping is descended into unless it is in
/// [`FREE_FORM`].
pub(crate) const KNOWN: &[&str] = &[
    "config_files",
    "watch_config_files",
    "rules_files",
    "rules_file",
    "rules",
    "engine",
    "engine.kind",
    "engine.kmod",
    "engine.kmod.buf_size_preset",
    "engine.kmod.drop_failed_exit",
    "engine.modern_ebpf",
    "engine.modern_ebpf.cpus_for_each_buffer",
    "engine.modern_ebpf.buf_size_preset",
    "engine.modern_ebpf.drop_failed_exit",
    "engine.modern_ebpf.disable_iterators",
    "engine.replay",
    "engine.replay.capture_file",
    "capture",
    "capture.enabled",
    "capture.path_prefix",
    "capture.mode",
    "capture.default_duration",
    "capture.max_file_size_mb",
    "load_plugins",
    "plugins",
    "plugins_hostinfo",
    "time_format_iso_8601",
    "buffer_format_base64",
    "priority",
    "json_output",
    "json_include_output_property",
    "json_include_message_property",
    "json_include_output_fields_property",
    "json_include_tags_property",
    "buffered_outputs",
    "rule_matching",
    "outputs_queue",
    "outputs_queue.capacity",
    "append_output",
    "static_fields",
    "stdout_output",
    "stdout_output.enabled",
    "syslog_output",
    "syslog_output.enabled",
    "file_output",
    "file_output.enabled",
    "file_output.keep_alive",
    "file_output.filename",
    "http_output",
    "http_output.enabled",
    "http_output.url",
    "http_output.user_agent",
    "http_output.insecure",
    "http_output.ca_cert",
    "http_output.ca_bundle",
    "http_output.ca_path",
    "http_output.mtls",
    "http_output.client_cert",
    "http_output.client_key",
    "http_output.echo",
    "http_output.compress_uploads",
    "http_output.keep_alive",
    "http_output.max_consecutive_timeouts",
    "program_output",
    "program_output.enabled",
    "program_output.keep_alive",
    "program_output.program",
    "webserver",
    "webserver.enabled",
    "webserver.threadiness",
    "webserver.listen_port",
    "webserver.listen_address",
    "webserver.k8s_healthz_endpoint",
    "webserver.prometheus_metrics_enabled",
    "webserver.ssl_enabled",
    "webserver.ssl_certificate",
    "log_stderr",
    "log_syslog",
    "log_level",
    "libs_logger",
    "libs_logger.enabled",
    "libs_logger.severity",
    "output_timeout",
    "syscall_event_timeouts",
    "syscall_event_timeouts.max_consecutives",
    "syscall_event_drops",
    "syscall_event_drops.threshold",
    "syscall_event_drops.actions",
    "syscall_event_drops.rate",
    "syscall_event_drops.max_burst",
    "syscall_event_drops.simulate_drops",
    "metrics",
    "metrics.enabled",
    "metrics.interval",
    "metrics.output_rule",
    "metrics.output_file",
    "metrics.rules_counters_enabled",
    "metrics.resource_utilization_enabled",
    "metrics.state_counters_enabled",
    "metrics.kernel_event_counters_enabled",
    "metrics.kernel_event_counters_per_cpu_enabled",
    "metrics.libbpf_stats_enabled",
    "metrics.plugins_metrics_enabled",
    "metrics.kernel_iter_event_counters_enabled",
    "metrics.jemalloc_stats_enabled",
    "metrics.convert_memory_to_mb",
    "metrics.include_empty_values",
    "base_syscalls",
    "base_syscalls.custom_set",
    "base_syscalls.repair",
    "base_syscalls.all",
    "falco_libs",
    "falco_libs.thread_table_size",
    "falco_libs.thread_table_auto_purging_interval_s",
    "falco_libs.thread_table_auto_purging_thread_timeout_s",
    "falco_libs.snaplen",
    // In Falco 0.44's schema but read by nothing (container metadata moved to the container
    // plugin); accepted so configurations written for 0.40-0.44 load without a warning.
    "container_engines",
];

/// The keys allowed in the mapping items of list-valued keys (`plugins[].name`, ...), as paths
/// below the item; `init_config` holds the plugin's own configuration and is not checked.
pub(crate) const ITEM_KEYS: &[(&str, &[&str])] = &[
    ("config_files", &["path", "strategy"]),
    (
        "plugins",
        &["name", "library_path", "init_config", "open_params"],
    ),
    (
        "rules",
        &[
            "enable",
            "enable.rule",
            "enable.tag",
            "disable",
            "disable.rule",
            "disable.tag",
        ],
    ),
    (
        "append_output",
        &[
            "match",
            "match.source",
            "match.tags",
            "match.rule",
            "extra_output",
            "extra_fields",
            "suggested_output",
        ],
    ),
];

/// Known keys whose mapping content is not checked here.
pub(crate) const FREE_FORM: &[&str] = &["static_fields", "container_engines", "append_output"];

use crate::tree::{Item, Val};

/// Every unknown key path in the document, in document order.
pub(crate) fn unknown_keys(root: &Item) -> Vec<String> {
    let mut out = Vec::new();
    if let Val::Map(entries) = &root.value {
        walk(entries, "", &mut out);
    }
    out
}

fn walk(entries: &[(String, Item)], prefix: &str, out: &mut Vec<String>) {
    for (k, v) in entries {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        if !KNOWN.contains(&path.as_str()) {
            out.push(path);
            continue;
        }
        match &v.value {
            Val::Map(inner) if !FREE_FORM.contains(&path.as_str()) => walk(inner, &path, out),
            Val::Seq(items) => {
                if let Some((_, allowed)) = ITEM_KEYS.iter().find(|(k, _)| *k == path) {
                    for (i, item) in items.iter().enumerate() {
                        if let Val::Map(inner) = &item.value {
                            walk_item(inner, &format!("{path}[{i}]"), "", allowed, out);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// Checks the keys of one list item against `allowed` (paths relative to the item).
fn walk_item(
    entries: &[(String, Item)],
    item_path: &str,
    rel: &str,
    allowed: &[&str],
    out: &mut Vec<String>,
) {
    for (k, v) in entries {
        let rel_key = if rel.is_empty() {
            k.clone()
        } else {
            format!("{rel}.{k}")
        };
        if !allowed.contains(&rel_key.as_str()) {
            out.push(format!("{item_path}.{rel_key}"));
            continue;
        }
        if let Val::Map(inner) = &v.value {
            if allowed
                .iter()
                .any(|a| a.starts_with(&format!("{rel_key}.")))
            {
                walk_item(inner, item_path, &rel_key, allowed, out);
            }
        }
    }
}
