//! What a run does, from the configuration file, `-o` overrides and the command line, in
//! Falco's order of precedence (file, then each `-o` in order, then the dedicated flags).

use std::path::{Path, PathBuf};

use anyhow::bail;
use rfalco_engine::{JsonOptions, RuleMatching};
use rfalco_rules::{Priority, Rule};

use super::args::FalcoArgs;
use super::config::{Config, wildcard_match};
use super::drops::DropMonitor;
use super::outputs::{FileSink, OutputSettings, ProgramSink};

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
    /// The event source.
    pub engine: EngineKind,
    /// Warnings to show at start (unsupported keys, ...).
    pub warnings: Vec<String>,
    /// Syscall event drop monitoring.
    pub drops: Option<DropMonitor>,
    /// `rules:` selections in order: (enable, by tag, pattern).
    selections: Vec<(bool, bool, String)>,
    disable_tags: Vec<String>,
    enable_tags: Vec<String>,
    disable_substrings: Vec<String>,
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
        let c = Config::load(path, &overrides)?;
        let mut warnings = Vec::new();
        let unknown = c.unknown_keys();
        if !unknown.is_empty() {
            warnings.push(format!(
                "configuration keys rfalco does not know, ignored: {}",
                unknown.join(", ")
            ));
        }
        let configured: Vec<PathBuf> = match c.strings("rules_files")? {
            Some(v) => v,
            None => c.strings("rules_file")?.unwrap_or_else(|| {
                vec![
                    "/etc/falco/falco_rules.yaml".into(),
                    "/etc/falco/falco_rules.local.yaml".into(),
                    "/etc/falco/rules.d".into(),
                ]
            }),
        }
        .into_iter()
        .map(PathBuf::from)
        .collect();
        let rules_files = if args.rules.is_empty() {
            // Configured files that do not exist are skipped (a warning when a configuration
            // file named them), so a host without /etc/falco runs the built-in ruleset.
            configured
                .into_iter()
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
                .collect()
        } else {
            args.rules.clone()
        };
        let snaplen = u32::try_from(c.u64("falco_libs.snaplen", 80)?)
            .map_err(|_| anyhow::anyhow!("falco_libs.snaplen: too large"))?;
        let kmod = || {
            EngineKind::Kmod(KmodSettings {
                device_prefix: "/dev/falco".into(),
                snaplen,
            })
        };
        let kind = c.str("engine.kind")?.unwrap_or_else(|| "kmod".into());
        let engine = match kind.as_str() {
            "replay" => {
                let Some(f) = c.str("engine.replay.capture_file")? else {
                    bail!("engine.kind=replay needs engine.replay.capture_file");
                };
                EngineKind::Replay(PathBuf::from(f))
            }
            "kmod" => kmod(),
            "modern_ebpf" | "ebpf" | "gvisor" | "nodriver" => {
                if path.is_some() || args.options.iter().any(|o| o.starts_with("engine.kind")) {
                    warnings.push(format!(
                        "engine.kind={kind} is not available in rfalco; using kmod (falco.ko)"
                    ));
                }
                kmod()
            }
            other => bail!(
                "engine.kind: unknown engine '{other}' (expected kmod, modern_ebpf, ebpf, replay, gvisor or nodriver)"
            ),
        };
        let prio = c.str("priority")?.unwrap_or_else(|| "debug".into());
        let Some(min_priority) = Priority::parse(&prio) else {
            bail!(
                "priority: unknown priority '{prio}' (expected one of emergency, alert, critical, error, warning, notice, informational/info, debug)"
            );
        };
        let rule_matching = match c.str("rule_matching")?.as_deref() {
            None | Some("first") => RuleMatching::First,
            Some("all") => RuleMatching::All,
            Some(other) => bail!("rule_matching: expected first or all, got '{other}'"),
        };
        let json_output = c.bool("json_output", false)?;
        let file = if c.bool("file_output.enabled", false)? {
            Some(FileSink {
                path: c
                    .str("file_output.filename")?
                    .unwrap_or_else(|| "./events.txt".into())
                    .into(),
                keep_alive: c.bool("file_output.keep_alive", false)?,
            })
        } else {
            None
        };
        let program = if c.bool("program_output.enabled", false)? {
            let Some(program) = c.str("program_output.program")? else {
                bail!("program_output.enabled is true but program_output.program is not set");
            };
            Some(ProgramSink {
                program,
                keep_alive: c.bool("program_output.keep_alive", false)?,
            })
        } else {
            None
        };
        let outputs = OutputSettings {
            stdout: c.bool("stdout_output.enabled", true)?,
            file,
            program,
            json: json_output,
            json_opts: JsonOptions {
                output: c.bool("json_include_output_property", true)?,
                output_fields: c.bool("json_include_output_fields_property", true)?,
                tags: c.bool("json_include_tags_property", true)?,
                message: c.bool("json_include_message_property", false)?,
            },
            unbuffered: args.unbuffered || !c.bool("buffered_outputs", false)?,
            hostname: hostname(),
        };
        for (key, what) in [
            ("http_output.enabled", "http output"),
            ("syslog_output.enabled", "syslog output"),
        ] {
            if c.get(key).is_some() && c.bool(key, false)? {
                warnings.push(format!(
                    "{what} ({key}) is not supported yet; it is not written"
                ));
            }
        }
        let drops = Some(DropMonitor::from_config(&c)?);
        Ok(Settings {
            rules_files,
            min_priority,
            json_output,
            rule_matching,
            time_iso8601: c.bool("time_format_iso_8601", false)?,
            outputs,
            engine,
            warnings,
            drops,
            selections: c.rule_selections()?,
            disable_tags: args.disable_tags.clone(),
            enable_tags: args.enable_tags.clone(),
            disable_substrings: args.disable_rules.clone(),
        })
    }

    /// Whether a loaded rule runs: its `enabled` flag as changed by the configuration's
    /// `rules:` selections, then `-D`, `-T` and `-t`, and the priority threshold.
    pub fn rule_selected(&self, r: &Rule) -> bool {
        let mut on = r.enabled;
        for (enable, by_tag, pattern) in &self.selections {
            let hit = if *by_tag {
                r.tags.contains(pattern)
            } else {
                wildcard_match(pattern, &r.name)
            };
            if hit {
                on = *enable;
            }
        }
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
