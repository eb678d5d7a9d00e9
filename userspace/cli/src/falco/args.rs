//! Falco's command-line options, as users type them (`rfalco -r rules.yaml -o json_output=true`).

use std::path::PathBuf;

use clap::Args;

/// Options of the sensor (Falco's command line).
#[derive(Debug, Clone, Default, Args)]
pub struct FalcoArgs {
    /// Configuration file (Falco's falco.yaml). Default: /etc/falco/falco.yaml when it exists,
    /// else built-in defaults.
    #[arg(short = 'c', value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Rules file or directory (repeatable; replaces the configuration's rules_files). Without
    /// any, the configured files are loaded, or the built-in default ruleset.
    #[arg(short = 'r', value_name = "PATH")]
    pub rules: Vec<PathBuf>,

    /// Set a configuration key: `-o json_output=true`, `-o rules[].disable.rule=NAME`,
    /// `-o engine.kind=replay -o engine.replay.capture_file=FILE` (repeatable, in order).
    #[arg(short = 'o', long = "option", value_name = "KEY=VALUE")]
    pub options: Vec<String>,

    /// Validate rules files and exit (repeatable); prints Falco's validation report (JSON with
    /// `-o json_output=true`).
    #[arg(short = 'V', long = "validate", value_name = "PATH")]
    pub validate: Vec<PathBuf>,

    /// List the loaded rules (name and description) and exit.
    #[arg(short = 'L')]
    pub list_rules: bool,

    /// Show the name and description of a rule and exit.
    #[arg(short = 'l', value_name = "RULE")]
    pub describe_rule: Option<String>,

    /// List the fields the rules may use (of SOURCE: only `syscall` here) and exit.
    #[arg(long = "list", value_name = "SOURCE", num_args = 0..=1, default_missing_value = "")]
    pub list_fields: Option<String>,

    /// With --list: names only.
    #[arg(short = 'N')]
    pub names_only: bool,

    /// Load the configuration and rules, then exit without opening any event source.
    #[arg(long = "dry-run")]
    pub dry_run: bool,

    /// Monitor all events, including those Falco ignores by default (same as
    /// `-o base_syscalls.all=true`; rfalco's live session already enables every system call).
    #[arg(short = 'A')]
    pub all_events: bool,

    /// Disable rules with this tag (repeatable).
    #[arg(short = 'T', value_name = "TAG")]
    pub disable_tags: Vec<String>,

    /// Enable only rules with this tag (repeatable; others are disabled).
    #[arg(short = 't', value_name = "TAG")]
    pub enable_tags: Vec<String>,

    /// Disable rules whose name contains this substring (repeatable).
    #[arg(short = 'D', value_name = "SUBSTRING")]
    pub disable_rules: Vec<String>,

    /// Stop after this many seconds.
    #[arg(short = 'M', value_name = "SECONDS")]
    pub duration: Option<f64>,

    /// Verbose: report the counters and the loaded rules' summary on stderr.
    #[arg(short = 'v')]
    pub verbose: bool,

    /// Flush every alert as it is written (as `buffered_outputs: false`).
    #[arg(short = 'U', long = "unbuffered")]
    pub unbuffered: bool,

    /// Time the stages of the loop (HDR histograms, one event in 64): printed at exit and on
    /// SIGUSR1.
    #[arg(long = "stats")]
    pub stats: bool,

    /// Evaluate the rules on N threads (shards): every shard keeps its own copy of the state,
    /// and the events of each process are evaluated by one shard; the alerts are those of one
    /// thread, in the same order. 1: the reading thread evaluates.
    #[arg(long = "shards", value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u16).range(1..=256))]
    pub shards: u16,

    /// Who reads a replayed capture: `auto` (a thread of its own when the process may use two
    /// CPUs or more), `on`, or `off` (the evaluating thread reads it between events).
    #[arg(long = "read-ahead", value_name = "WHEN", value_enum,
          default_value_t = ReadAhead::Auto)]
    pub read_ahead: ReadAhead,

    /// Who walks falco.ko's rings, live: `pinned`, one reader thread per ring group pinned to
    /// its CPU, or `inline`, the evaluating thread between events.
    #[arg(long = "ring-readers", value_name = "HOW", value_enum,
          default_value_t = crate::live::RingReaders::Pinned)]
    pub ring_readers: crate::live::RingReaders,

    /// Print the JSON Schema of rules files and exit (the schema `-V` checks files against).
    #[arg(long = "rule-schema")]
    pub rule_schema: bool,

    /// Print the JSON Schema of the configuration file (falco.yaml) and exit.
    #[arg(long = "config-schema")]
    pub config_schema: bool,

    /// Print version information and exit.
    #[arg(long = "version")]
    pub version: bool,
}

/// When a replay reads the capture on a thread of its own (`--read-ahead`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ReadAhead {
    /// When the process may run on two CPUs or more.
    #[default]
    Auto,
    /// Always.
    On,
    /// Never: the evaluating thread reads the capture.
    Off,
}

impl ReadAhead {
    /// Whether to read ahead, given how many CPUs the process may use.
    pub fn wanted(self, cpus: usize) -> bool {
        match self {
            ReadAhead::Auto => cpus >= 2,
            ReadAhead::On => true,
            ReadAhead::Off => false,
        }
    }
}
