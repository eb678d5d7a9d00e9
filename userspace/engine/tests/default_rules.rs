//! rfalco's embedded default ruleset (`rules/rfalco_rules.yaml`): it loads cleanly, raises
//! exactly the expected alerts on the shared VM trigger captures and stays quiet on a
//! capture of ordinary activity.

mod common;

use rfalco_engine::{Engine, EngineOptions};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The file the CLI embeds with `include_str!`.
const DEFAULT_RULES: &str = include_str!("../../../rules/rfalco_rules.yaml");

fn vm_capture(name: &str) -> PathBuf {
    common::capture(&format!("vm/{name}"))
}

fn load() -> rfalco_rules::Loaded {
    rfalco_rules::load([("rfalco_rules.yaml", DEFAULT_RULES)])
}

/// Replays a capture through every enabled default rule; returns alerts counted per rule and
/// the number of events read.
fn alerts_per_rule(capture: &str) -> (BTreeMap<String, usize>, u64) {
    let ruleset = load().ruleset.expect("default ruleset compiles");
    let mut engine =
        Engine::new(&ruleset, |r| r.enabled, EngineOptions::default()).expect("engine");
    let mut counts = BTreeMap::new();
    let num = common::replay(&vm_capture(capture), |ctx| {
        engine.process(ctx, |a| {
            *counts.entry(a.rule.clone()).or_insert(0) += 1;
        });
    });
    (counts, num)
}

fn expected(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs.iter().map(|&(r, n)| (r.to_owned(), n)).collect()
}

#[test]
fn default_rules_load_without_errors_or_warnings() {
    let loaded = load();
    for r in &loaded.results {
        assert!(r.errors.is_empty(), "{}: errors {:?}", r.name, r.errors);
        assert!(
            r.warnings.is_empty(),
            "{}: warnings {:?}",
            r.name,
            r.warnings
        );
    }
    let ruleset = loaded.ruleset.expect("ruleset");
    // Every rule is enabled: none is shipped switched off.
    let disabled: Vec<_> = ruleset
        .rules
        .iter()
        .filter(|r| !r.enabled)
        .map(|r| r.name.clone())
        .collect();
    assert!(disabled.is_empty(), "disabled rules: {disabled:?}");
    assert_eq!(ruleset.rules.len(), RULES.len());
    for (rule, name) in ruleset.rules.iter().zip(RULES) {
        assert_eq!(rule.name, *name);
    }
}

/// Every rule of the file, in order.
const RULES: &[&str] = &[
    "Credential File Read by Untrusted Program",
    "Account Management Program Run",
    "Search for Private Keys or Passwords",
    "Symlink to Credential File Created",
    "Hardlink to Credential File Created",
    "File Below /etc Opened for Writing",
    "File Below Binary Directory Opened for Writing",
    "Directory Created Below Binary Directory",
    "Binary Directory Entry Renamed or Removed",
    "Setuid or Setgid Bit Set",
    "File Created Below /dev",
    "Log File Truncated or Deleted",
    "Shell History Cleared",
    "Bulk Data Destruction Tool Run",
    "Interactive Shell in Container",
    "Kernel Module Loaded",
    "Process Attached or Modified with ptrace",
    "Program Executed from Shared Memory or memfd",
    "Debugfs Run",
    "Cgroup release_agent Written",
    "Packet Socket Created",
    "Shell Connected to Unusual Port",
    "Netcat Started with Command Execution",
    "Download Tool Run in Container",
];

/// What the trigger script of both VM captures does, one alert per action:
/// `echo > /etc/peers_written_below_etc`, `cat /etc/shadow`, `mkdir -p /bin/peers_mkdir_binary_dir`,
/// `touch /dev/peers_created_below_dev`, a shell redirection into /usr/bin, `chmod u+s`,
/// `useradd peersuser` (its six failed execs of nscd/sss_cache are not started programs),
/// `rmdir` and `rm` below /bin and /usr/bin, `ln -s /etc/shadow`. Its other steps raise nothing
/// by design: `su` reading /etc/shadow and PAM files is an authentication program, useradd's
/// writes below /etc are account management, python connecting to 127.0.0.1 is not a shell,
/// `unshare`/`nsenter` and running the setuid copy from /tmp have no rule.
const TRIGGERS: [(&str, usize); 9] = [
    ("Account Management Program Run", 1),
    ("Binary Directory Entry Renamed or Removed", 2),
    ("Credential File Read by Untrusted Program", 1),
    ("Directory Created Below Binary Directory", 1),
    ("File Below /etc Opened for Writing", 1),
    ("File Below Binary Directory Opened for Writing", 1),
    ("File Created Below /dev", 1),
    ("Setuid or Setgid Bit Set", 1),
    ("Symlink to Credential File Created", 1),
];

#[test]
fn default_rules_on_triggers_0_23_2() {
    let (got, _) = alerts_per_rule("vm_kmod0.23.2_triggers.scap");
    assert_eq!(got, expected(&TRIGGERS));
}

#[test]
fn default_rules_on_triggers_0_1_1() {
    let (got, _) = alerts_per_rule("vm_kmod0.1.1_triggers.scap");
    assert_eq!(got, expected(&TRIGGERS));
}

#[test]
fn default_rules_on_bulk_0_23_2() {
    let (got, events) = alerts_per_rule("vm_kmod0.23.2_bulk.scap.gz");
    // The whole capture was replayed (about a million events of shell loops, file reads,
    // find/tar/xargs over /usr/share and a python TCP server on loopback).
    assert!(events > 1_000_000, "only {events} events read");
    assert_eq!(got, expected(&[]));
}

/// The tuning examples of docs/default-rules.md load on top of the default file, and a
/// rule switched off there stops alerting while an appended trusted program silences
/// another.
#[test]
fn local_overrides_from_the_docs_apply() {
    let local = r#"
- rule: Account Management Program Run
  enabled: false
  override:
    enabled: replace

- list: authentication_programs
  items: [cat]
  override:
    items: append

- rule: File Below /etc Opened for Writing
  condition: and not (proc.name = puppet and fd.name startswith /etc/myapp/)
  override:
    condition: append

- rule: Setuid or Setgid Bit Set
  priority: WARNING
  override:
    priority: replace
"#;
    let loaded = rfalco_rules::load([("rfalco_rules.yaml", DEFAULT_RULES), ("local.yaml", local)]);
    for r in &loaded.results {
        assert!(r.errors.is_empty(), "{}: errors {:?}", r.name, r.errors);
        assert!(
            r.warnings.is_empty(),
            "{}: warnings {:?}",
            r.name,
            r.warnings
        );
    }
    let ruleset = loaded.ruleset.expect("ruleset");
    let mut engine =
        Engine::new(&ruleset, |r| r.enabled, EngineOptions::default()).expect("engine");
    let mut rules = BTreeMap::new();
    common::replay(&vm_capture("vm_kmod0.23.2_triggers.scap"), |ctx| {
        engine.process(ctx, |a| {
            rules.insert(a.rule.clone(), a.priority);
        });
    });
    assert!(!rules.contains_key("Account Management Program Run"));
    assert!(!rules.contains_key("Credential File Read by Untrusted Program"));
    assert_eq!(
        rules.get("Setuid or Setgid Bit Set"),
        Some(&rfalco_rules::Priority::Warning)
    );
    assert_eq!(rules.len(), TRIGGERS.len() - 2);
}

/// An engine's fork (what an evaluation shard runs) raises the same alerts as the engine, and
/// the counting calls a sharded run uses add up to what one engine counts itself.
#[test]
fn a_fork_evaluates_as_its_engine_and_counts_add_up() {
    let ruleset = load().ruleset.expect("default ruleset compiles");
    let mut one = Engine::new(&ruleset, |r| r.enabled, EngineOptions::default()).expect("engine");
    let mut totals = one.fork();
    // Two forks split the events by parity, as shards split processes; `totals` counts as the
    // reading thread does.
    let mut forks = [one.fork(), one.fork()];
    let (mut a, mut b) = (Vec::new(), Vec::new());
    common::replay(&vm_capture("vm_kmod0.23.2_triggers.scap"), |ctx| {
        one.process_indexed(ctx, |i, al| a.push((ctx.num, i, al.output)));
        let f = &mut forks[(ctx.num % 2) as usize];
        f.process_indexed(ctx, |i, al| b.push((ctx.num, i, al.output)));
        totals.count_event();
    });
    assert!(a.len() > 5, "the triggers raise alerts: {}", a.len());
    assert_eq!(a, b, "the forks' alerts, in event order, are the engine's");
    for (_, i, _) in &b {
        totals.count_alert(*i);
    }
    for f in &forks {
        totals.add_evaluations(f.counts());
    }
    assert_eq!(totals.counts(), one.counts());
    assert!(forks.iter().all(|f| f.counts().events > 0));
}
