//! The sensor's own counters, shared by the evaluation thread (which updates them), the
//! webserver (`/metrics`, Prometheus text with Falco's metric names) and the periodic metrics
//! snapshot (`metrics.output_rule`, `metrics.output_file`, with Falco's `output_fields` names).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;
use rfalco_engine::CompiledRule;
use rfalco_rules::Priority;
use serde_json::{Map, Value};

use super::info::ENGINE_VERSION;
use super::queue::OutputCounters;
use crate::live::CpuCounters;

/// Every this many events the `--stats` percentiles are published for `/metrics`.
pub const LATENCY_EVERY: u64 = 1 << 16;

/// The Falco release whose behaviour rfalco follows; reported as `falco.version`.
pub const FALCO_VERSION: &str = "0.44.1";

/// One rule's identity and match count.
#[derive(Debug, Clone)]
struct RuleCount {
    name: String,
    priority: Priority,
    source: String,
    tags: Vec<String>,
    matches: u64,
}

/// The kernel module's cumulative counters (live runs only).
#[derive(Debug, Default)]
pub struct KernelCounters {
    /// Set once a live session published counters.
    pub live: AtomicBool,
    /// Events the module produced.
    pub n_evts: AtomicU64,
    /// Events dropped because a ring was full.
    pub n_drops_buffer: AtomicU64,
    /// Events dropped on a page fault.
    pub n_drops_pf: AtomicU64,
    /// Per CPU, as the live session last published them.
    pub per_cpu: Arc<Mutex<Vec<CpuCounters>>>,
}

impl KernelCounters {
    /// The module's counters as read by the live session.
    pub fn publish(&self, c: &crate::live::DriverCounters) {
        self.n_evts.store(c.n_evts, Ordering::Relaxed);
        self.n_drops_buffer
            .store(c.n_drops_buffer, Ordering::Relaxed);
        self.n_drops_pf.store(c.n_drops_pf, Ordering::Relaxed);
        self.live.store(true, Ordering::Relaxed);
    }
}

/// The state engine's counters (`state_counters_enabled`), refreshed by the evaluation
/// thread every [`STATE_EVERY`] events.
#[derive(Debug, Default)]
pub struct StateCounters {
    /// Set once counters were published.
    pub published: AtomicBool,
    /// Threads in the table now.
    pub n_threads: AtomicU64,
    /// Threads added.
    pub n_added_threads: AtomicU64,
    /// Threads removed.
    pub n_removed_threads: AtomicU64,
    /// Threads not added because the table was full.
    pub n_drops_full_threadtable: AtomicU64,
    /// Events of threads the table did not know.
    pub n_failed_thread_lookups: AtomicU64,
}

/// How often (in events) the state counters are refreshed.
pub const STATE_EVERY: u64 = 1024;

impl StateCounters {
    /// The state's counters now.
    pub fn publish(&self, stats: &rfalco_state::Stats, n_threads: usize) {
        let r = Ordering::Relaxed;
        self.n_threads
            .store(u64::try_from(n_threads).unwrap_or(u64::MAX), r);
        self.n_added_threads.store(stats.threads_added, r);
        self.n_removed_threads.store(stats.threads_removed, r);
        self.n_drops_full_threadtable
            .store(stats.threads_dropped_full, r);
        self.n_failed_thread_lookups
            .store(stats.unknown_thread_events, r);
        self.published.store(true, r);
    }

    /// (Falco's name without prefix, value, is a counter) for each.
    fn values(&self) -> [(&'static str, u64, bool); 5] {
        let r = Ordering::Relaxed;
        [
            ("n_threads", self.n_threads.load(r), false),
            ("n_added_threads", self.n_added_threads.load(r), true),
            ("n_removed_threads", self.n_removed_threads.load(r), true),
            (
                "n_drops_full_threadtable",
                self.n_drops_full_threadtable.load(r),
                true,
            ),
            (
                "n_failed_thread_lookups",
                self.n_failed_thread_lookups.load(r),
                true,
            ),
        ]
    }
}

/// What the host is, read once at start.
#[derive(Debug, Default)]
struct Host {
    kernel_release: String,
    num_cpus: u64,
    boot_ts: u64,
}

impl Host {
    fn read() -> Host {
        let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
        let num_cpus = stat
            .lines()
            .filter(|l| {
                l.strip_prefix("cpu")
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
            })
            .count();
        let boot_ts = stat
            .lines()
            .find_map(|l| l.strip_prefix("btime "))
            .and_then(|s| s.trim().parse::<u64>().ok())
            .map_or(0, |s| s.saturating_mul(1_000_000_000));
        Host {
            kernel_release: rustix::system::uname()
                .release()
                .to_string_lossy()
                .into_owned(),
            num_cpus: num_cpus as u64,
            boot_ts,
        }
    }
}

/// Which groups of counters a snapshot carries (the `metrics.*_enabled` toggles).
#[derive(Debug, Clone, Copy)]
pub struct Groups {
    /// Per-rule match counts.
    pub rules: bool,
    /// CPU and memory of the process.
    pub resources: bool,
    /// The kernel module's event and drop counters.
    pub kernel: bool,
    /// Memory in MiB (`convert_memory_to_mb`) instead of bytes, in snapshots.
    pub memory_mb: bool,
    /// Rules that never matched listed with 0 (`include_empty_values`).
    pub empty_values: bool,
    /// The module's counters per CPU too (`kernel_event_counters_per_cpu_enabled`).
    pub per_cpu: bool,
    /// The state engine's counters (`state_counters_enabled`).
    pub state: bool,
}

impl Default for Groups {
    fn default() -> Self {
        Groups {
            rules: true,
            resources: true,
            kernel: true,
            memory_mb: true,
            empty_values: false,
            per_cpu: false,
            state: true,
        }
    }
}

/// The shared counters.
#[derive(Debug)]
pub struct SensorMetrics {
    /// Start time, ns since the epoch.
    pub start_ts: u64,
    /// Last reload (or start), ns since the epoch.
    pub reload_ts: AtomicU64,
    /// Events given to the rules.
    pub num_evts: AtomicU64,
    /// The module's counters.
    pub kernel: KernelCounters,
    /// The state engine's counters.
    pub state: StateCounters,
    /// The output side's counters.
    pub outputs: Arc<OutputCounters>,
    /// The host name alerts carry.
    pub hostname: String,
    /// `kmod` or `replay`.
    pub engine_name: String,
    rules: Mutex<Vec<RuleCount>>,
    /// `--stats` percentiles per stage (p50, p99, p99.9 in ns), as last published.
    latency: Mutex<Vec<(&'static str, [u64; 3])>>,
    host: Host,
}

/// Nanoseconds since the epoch, now.
pub fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

impl SensorMetrics {
    /// Counters for a run starting now.
    pub fn new(outputs: Arc<OutputCounters>, hostname: String, engine_name: &str) -> Self {
        let now = now_ns();
        SensorMetrics {
            start_ts: now,
            reload_ts: AtomicU64::new(now),
            num_evts: AtomicU64::new(0),
            kernel: KernelCounters::default(),
            state: StateCounters::default(),
            host: Host::read(),
            outputs,
            hostname,
            engine_name: engine_name.into(),
            rules: Mutex::new(Vec::new()),
            latency: Mutex::new(Vec::new()),
        }
    }

    /// The `--stats` histograms' percentiles per stage, for `/metrics`.
    pub fn set_latency(&self, stages: Vec<(&'static str, [u64; 3])>) {
        if let Ok(mut l) = self.latency.lock() {
            *l = stages;
        }
    }

    /// The rules now running (at start and after a reload); their counts start at 0.
    pub fn set_rules(&self, rules: &[CompiledRule]) {
        if let Ok(mut r) = self.rules.lock() {
            *r = rules
                .iter()
                .map(|c| RuleCount {
                    name: c.name.clone(),
                    priority: c.priority,
                    source: c.source.clone(),
                    tags: c.tags.clone(),
                    matches: 0,
                })
                .collect();
        }
    }

    /// The engine's per-rule match counts (same order as [`SensorMetrics::set_rules`]).
    pub fn set_matches(&self, per_rule: &[u64]) {
        if let Ok(mut r) = self.rules.lock() {
            for (rule, n) in r.iter_mut().zip(per_rule) {
                rule.matches = *n;
            }
        }
    }

    fn per_cpu(&self) -> Vec<CpuCounters> {
        self.kernel
            .per_cpu
            .lock()
            .map(|c| c.clone())
            .unwrap_or_default()
    }

    fn rules(&self) -> Vec<RuleCount> {
        self.rules.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// The Prometheus text exposition of the counters, Falco's names under `falcosecurity_`.
    pub fn prometheus(&self, groups: Groups) -> String {
        let mut reg = Registry::with_prefix("falcosecurity");
        let info = |reg: &mut Registry, name: &str, help: &str, labels: Vec<(String, String)>| {
            let f = Family::<Vec<(String, String)>, Gauge>::default();
            f.get_or_create(&labels).set(1);
            reg.register(name, help, f);
        };
        let counter = |reg: &mut Registry, name: &str, help: &str, v: u64| {
            let c = Counter::<u64>::default();
            c.inc_by(v);
            reg.register(name, help, c);
        };
        let gauge = |reg: &mut Registry, name: &str, help: &str, v: u64| {
            let g = Gauge::<i64>::default();
            g.set(i64::try_from(v).unwrap_or(i64::MAX));
            reg.register(name, help, g);
        };
        info(
            &mut reg,
            "falco_version_info",
            "The Falco version rfalco follows",
            vec![("version".into(), FALCO_VERSION.into())],
        );
        info(
            &mut reg,
            "falco_rfalco_version_info",
            "The rfalco version",
            vec![("version".into(), env!("CARGO_PKG_VERSION").into())],
        );
        info(
            &mut reg,
            "scap_engine_name_info",
            "The event source",
            vec![
                ("engine_name".into(), self.engine_name.clone()),
                ("evt_source".into(), "syscall".into()),
            ],
        );
        info(
            &mut reg,
            "evt_hostname_info",
            "The host name alerts carry",
            vec![("hostname".into(), self.hostname.clone())],
        );
        info(
            &mut reg,
            "falco_kernel_release_info",
            "The kernel release",
            vec![("kernel_release".into(), self.host.kernel_release.clone())],
        );
        gauge(
            &mut reg,
            "falco_host_num_cpus_total",
            "CPUs of the host",
            self.host.num_cpus,
        );
        gauge(
            &mut reg,
            "falco_host_boot_timestamp_nanoseconds",
            "Boot time of the host",
            self.host.boot_ts,
        );
        gauge(
            &mut reg,
            "falco_start_timestamp_nanoseconds",
            "Start time",
            self.start_ts,
        );
        gauge(
            &mut reg,
            "falco_reload_timestamp_nanoseconds",
            "Last reload (or start) time",
            self.reload_ts.load(Ordering::Relaxed),
        );
        counter(
            &mut reg,
            "falco_duration_seconds",
            "Seconds since start",
            now_ns().saturating_sub(self.start_ts) / 1_000_000_000,
        );
        counter(
            &mut reg,
            "falco_num_evts",
            "Events given to the rules",
            self.num_evts.load(Ordering::Relaxed),
        );
        let o = &self.outputs;
        counter(
            &mut reg,
            "falco_outputs_queue_num_drops",
            "Alerts dropped because the output queue was full",
            o.queue_drops.load(Ordering::Relaxed),
        );
        counter(
            &mut reg,
            "falco_outputs_written",
            "Alerts written by the output thread (rfalco)",
            o.written.load(Ordering::Relaxed),
        );
        counter(
            &mut reg,
            "falco_http_output_failures",
            "Alerts http_output could not deliver (rfalco)",
            o.http.failed.load(Ordering::Relaxed),
        );
        counter(
            &mut reg,
            "falco_http_output_sent",
            "Alerts http_output delivered (rfalco)",
            o.http.sent.load(Ordering::Relaxed),
        );
        gauge(
            &mut reg,
            "rfalco_outputs_queue_depth",
            "Alerts queued for the output thread and not written yet",
            o.queued
                .load(Ordering::Relaxed)
                .saturating_sub(o.written.load(Ordering::Relaxed)),
        );
        let latency = self.latency.lock().map(|l| l.clone()).unwrap_or_default();
        if !latency.is_empty() {
            let f = Family::<Vec<(String, String)>, Gauge>::default();
            for (stage, qs) in latency {
                for (q, v) in ["0.5", "0.99", "0.999"].into_iter().zip(qs) {
                    let l = vec![
                        ("stage".to_owned(), stage.to_owned()),
                        ("quantile".to_owned(), q.to_owned()),
                    ];
                    f.get_or_create(&l)
                        .set(i64::try_from(v).unwrap_or(i64::MAX));
                }
            }
            reg.register(
                "rfalco_stage_latency_nanoseconds",
                "Per-stage time per event from --stats (sampled events; live: kernel timestamp to dequeue, done and alert), current window",
                f,
            );
        }
        if groups.kernel && self.kernel.live.load(Ordering::Relaxed) {
            let k = &self.kernel;
            let (n, b, pf) = (
                k.n_evts.load(Ordering::Relaxed),
                k.n_drops_buffer.load(Ordering::Relaxed),
                k.n_drops_pf.load(Ordering::Relaxed),
            );
            counter(&mut reg, "scap_n_evts", "Events the module produced", n);
            counter(
                &mut reg,
                "scap_n_drops_buffer",
                "Events dropped because a ring was full",
                b,
            );
            counter(
                &mut reg,
                "scap_n_drops_page_faults",
                "Events dropped on a page fault",
                pf,
            );
            counter(&mut reg, "scap_n_drops", "Events dropped", b + pf);
            if groups.per_cpu {
                let evts = Family::<Vec<(String, String)>, Counter>::default();
                let drops = Family::<Vec<(String, String)>, Counter>::default();
                for c in self.per_cpu() {
                    let l = vec![("cpu".to_owned(), c.cpu.to_string())];
                    evts.get_or_create(&l).inc_by(c.n_evts);
                    drops
                        .get_or_create(&l)
                        .inc_by(c.n_drops_buffer + c.n_drops_pf);
                }
                reg.register(
                    "scap_n_evts_cpu",
                    "Events the module produced, per CPU",
                    evts,
                );
                reg.register("scap_n_drops_cpu", "Events dropped, per CPU", drops);
            }
        }
        if groups.state && self.state.published.load(Ordering::Relaxed) {
            for (name, v, is_counter) in self.state.values() {
                let help = "State engine counter";
                if is_counter {
                    counter(&mut reg, &format!("scap_{name}"), help, v);
                } else {
                    // Falco names this gauge with a `_total` suffix.
                    gauge(&mut reg, &format!("scap_{name}_total"), help, v);
                }
            }
        }
        if groups.rules {
            let f = Family::<Vec<(String, String)>, Counter>::default();
            for r in self
                .rules()
                .iter()
                .filter(|r| r.matches > 0 || groups.empty_values)
            {
                let mut labels = vec![
                    ("priority".into(), (r.priority as u8).to_string()),
                    ("rule_name".into(), r.name.clone()),
                    ("source".into(), r.source.clone()),
                ];
                for t in &r.tags {
                    labels.push((format!("tag_{}", label_name(t)), "true".into()));
                }
                f.get_or_create(&labels).inc_by(r.matches);
            }
            reg.register("falco_rules_matches", "Alerts per rule", f);
        }
        if groups.resources {
            let m = resources();
            gauge(
                &mut reg,
                "falco_memory_rss_bytes",
                "Resident memory",
                m.rss_bytes,
            );
            gauge(
                &mut reg,
                "falco_memory_vsz_bytes",
                "Virtual memory",
                m.vsz_bytes,
            );
        }
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = encode(&mut text, &reg);
        to_prometheus_text(&text)
    }

    /// The `output_fields` of Falco's metrics snapshot. `prev_evts` is the event count of the
    /// previous snapshot (for the rate), `secs` the time since it.
    pub fn snapshot_fields(&self, groups: Groups, prev_evts: u64, secs: f64) -> Map<String, Value> {
        let mut m = Map::new();
        let now = now_ns();
        let evts = self.num_evts.load(Ordering::Relaxed);
        m.insert("evt.hostname".into(), self.hostname.clone().into());
        m.insert("evt.source".into(), "syscall".into());
        m.insert("evt.time".into(), now.into());
        m.insert(
            "falco.duration_sec".into(),
            (now.saturating_sub(self.start_ts) / 1_000_000_000).into(),
        );
        let rate = if secs > 0.0 {
            (evts.saturating_sub(prev_evts) as f64 / secs * 10.0).round() / 10.0
        } else {
            0.0
        };
        m.insert("falco.evts_rate_sec".into(), rate.into());
        m.insert("falco.num_evts".into(), evts.into());
        m.insert("falco.host_boot_ts".into(), self.host.boot_ts.into());
        m.insert("falco.host_num_cpus".into(), self.host.num_cpus.into());
        m.insert(
            "falco.kernel_release".into(),
            self.host.kernel_release.clone().into(),
        );
        if groups.state && self.state.published.load(Ordering::Relaxed) {
            for (name, v, _) in self.state.values() {
                m.insert(format!("falco.{name}"), v.into());
            }
        }
        m.insert("falco.num_evts_prev".into(), prev_evts.into());
        m.insert(
            "falco.outputs_queue_num_drops".into(),
            self.outputs.queue_drops.load(Ordering::Relaxed).into(),
        );
        m.insert(
            "falco.reload_ts".into(),
            self.reload_ts.load(Ordering::Relaxed).into(),
        );
        m.insert("falco.start_ts".into(), self.start_ts.into());
        m.insert("falco.version".into(), FALCO_VERSION.into());
        m.insert("scap.engine_name".into(), self.engine_name.clone().into());
        if groups.kernel && self.kernel.live.load(Ordering::Relaxed) {
            let k = &self.kernel;
            let n = k.n_evts.load(Ordering::Relaxed);
            let b = k.n_drops_buffer.load(Ordering::Relaxed);
            let pf = k.n_drops_pf.load(Ordering::Relaxed);
            m.insert("scap.n_evts".into(), n.into());
            m.insert("scap.n_drops".into(), (b + pf).into());
            m.insert("scap.n_drops_buffer_total".into(), b.into());
            m.insert("scap.n_drops_page_faults".into(), pf.into());
            let perc = if n + b + pf > 0 {
                ((b + pf) as f64 / (n + b + pf) as f64 * 100.0 * 100.0).round() / 100.0
            } else {
                0.0
            };
            m.insert("scap.n_drops_perc".into(), perc.into());
            if groups.per_cpu {
                for c in self.per_cpu() {
                    m.insert(format!("scap.n_evts_cpu_{}", c.cpu), c.n_evts.into());
                    m.insert(
                        format!("scap.n_drops_cpu_{}", c.cpu),
                        (c.n_drops_buffer + c.n_drops_pf).into(),
                    );
                }
            }
        }
        if groups.rules {
            let rules = self.rules();
            let total: u64 = rules.iter().map(|r| r.matches).sum();
            m.insert("falco.rules.matches_total".into(), total.into());
            for r in rules
                .iter()
                .filter(|r| r.matches > 0 || groups.empty_values)
            {
                m.insert(format!("falco.rules.{}", r.name), r.matches.into());
            }
        }
        if groups.resources {
            let r = resources();
            let mem = |b: u64| -> Value {
                if groups.memory_mb {
                    ((b as f64 / 1_048_576.0 * 100.0).round() / 100.0).into()
                } else {
                    b.into()
                }
            };
            m.insert("falco.memory_rss".into(), mem(r.rss_bytes));
            m.insert("falco.memory_vsz".into(), mem(r.vsz_bytes));
        }
        m
    }
}

/// The Prometheus text format (0.0.4, what Falco serves and Prometheus scrapers parse without
/// content negotiation) of prometheus-client's OpenMetrics text: a counter family is named
/// with its `_total` suffix in `# HELP`/`# TYPE`, as its samples are, and `# EOF` goes.
fn to_prometheus_text(openmetrics: &str) -> String {
    let counters: std::collections::HashSet<&str> = openmetrics
        .lines()
        .filter_map(|l| l.strip_prefix("# TYPE "))
        .filter_map(|l| l.strip_suffix(" counter"))
        .collect();
    let mut out = String::with_capacity(openmetrics.len() + 16 * counters.len());
    for line in openmetrics.lines() {
        if line == "# EOF" {
            continue;
        }
        let meta = ["# HELP ", "# TYPE "]
            .into_iter()
            .find_map(|p| line.strip_prefix(p).map(|rest| (p, rest)));
        match meta {
            Some((p, rest)) => {
                let (name, tail) = rest.split_once(' ').unwrap_or((rest, ""));
                out.push_str(p);
                out.push_str(name);
                if counters.contains(name) {
                    out.push_str("_total");
                }
                out.push(' ');
                out.push_str(tail);
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// A Prometheus label name from a tag: letters, digits and `_`.
fn label_name(tag: &str) -> String {
    tag.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// The process's memory, from /proc/self/statm (0 when unreadable).
struct Resources {
    rss_bytes: u64,
    vsz_bytes: u64,
}

fn resources() -> Resources {
    let page = rustix::param::page_size() as u64;
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let mut it = statm
        .split_whitespace()
        .map(|v| v.parse::<u64>().unwrap_or(0));
    let vsz = it.next().unwrap_or(0);
    let rss = it.next().unwrap_or(0);
    Resources {
        rss_bytes: rss * page,
        vsz_bytes: vsz * page,
    }
}

/// The `/versions` document: Falco's keys, with rfalco's own version added.
pub fn versions() -> Value {
    let (a, b, c) = scap_format::abi::version::API_VERSION;
    let (x, y, z) = scap_format::abi::version::SCHEMA_VERSION;
    let engine_minor = ENGINE_VERSION.split('.').nth(1).unwrap_or("0");
    serde_json::json!({
        "default_driver_version": "rfalco falco.ko",
        "driver_api_version": format!("{a}.{b}.{c}"),
        "driver_schema_version": format!("{x}.{y}.{z}"),
        "engine_version": engine_minor,
        "engine_version_semver": ENGINE_VERSION,
        "falco_version": FALCO_VERSION,
        "libs_version": "rfalco",
        "plugin_api_version": "none",
        "rfalco_version": env!("CARGO_PKG_VERSION"),
    })
}
