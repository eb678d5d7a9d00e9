//! The informational options: `--version`, `--rule-schema`, `--config-schema`, `--list`, `-L`
//! and `-l RULE`.

use anyhow::bail;
use rfalco_engine::ftype::field_type;
use rfalco_fields::registry::{EVENT_FIELDS, STATE_FIELDS};
use rfalco_rules::Ruleset;
use scap_format::abi::version::{API_VERSION, SCHEMA_VERSION};
use serde_json::json;

/// The engine version rfalco's rule language matches (Falco 0.44's), for
/// `required_engine_version` and `--version`.
pub const ENGINE_VERSION: &str = "0.57.0";

/// `--version`.
pub fn print_version() {
    let (a, b, c) = API_VERSION;
    let (x, y, z) = SCHEMA_VERSION;
    println!("rfalco version: {}", env!("CARGO_PKG_VERSION"));
    println!("Falco compatibility: 0.44");
    println!("Engine: {ENGINE_VERSION}");
    println!("Driver:");
    println!("  API version: {a}.{b}.{c}");
    println!("  Schema version: {x}.{y}.{z}");
    println!("  Default driver: falco.ko (rfalco's Rust-for-Linux module)");
}

/// `--rule-schema` and `--config-schema`: the JSON Schemas, indented (both, one after the
/// other, when both are asked for).
pub fn print_schemas(rules: bool, config: bool) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    if rules {
        let doc = rfalco_rules::schema::rules_schema().document();
        writeln!(out, "{}", serde_json::to_string_pretty(doc)?)?;
    }
    if config {
        let doc = rfalco_config::schema::config_schema().document();
        writeln!(out, "{}", serde_json::to_string_pretty(doc)?)?;
    }
    Ok(())
}

/// `--list [SOURCE]`: the fields rules may use, by class, with their comparison type.
pub fn list_fields(source: &str, names_only: bool) -> anyhow::Result<()> {
    if !source.is_empty() && source != "syscall" {
        bail!("unknown event source '{source}' (rfalco has one: syscall)");
    }
    let mut all: Vec<&str> = EVENT_FIELDS.iter().chain(STATE_FIELDS).copied().collect();
    all.sort_unstable();
    all.dedup();
    let mut class = "";
    for name in all {
        let c = name.split('.').next().unwrap_or(name);
        if names_only {
            println!("{name}");
            continue;
        }
        if c != class {
            class = c;
            println!("\nField Class: {c} (source: syscall)\n");
        }
        println!("{name:<40} {}", field_type(name).falco_name());
    }
    Ok(())
}

/// `-L` (every rule) and `-l RULE` (one): name and description, or JSON with `json_output`.
pub fn list_rules(rs: &Ruleset, only: Option<&str>, json_output: bool) -> anyhow::Result<()> {
    let rules: Vec<_> = rs
        .rules
        .iter()
        .filter(|r| only.is_none_or(|n| r.name == n))
        .collect();
    if let Some(n) = only
        && rules.is_empty()
    {
        bail!("no rule named '{n}' is loaded");
    }
    if json_output {
        let items: Vec<_> = rules
            .iter()
            .map(|r| {
                json!({
                    "info": {
                        "name": r.name,
                        "description": r.description,
                        "output": r.output,
                        "priority": r.priority.as_str(),
                        "source": r.source,
                        "tags": r.tags,
                        "enabled": r.enabled,
                    }
                })
            })
            .collect();
        println!("{}", json!({ "rules": items }));
        return Ok(());
    }
    println!("{:<50} Description", "Rule");
    println!("{:<50} -----------", "----");
    for r in rules {
        let desc = r
            .description
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        println!("{:<50} {desc}", r.name);
    }
    Ok(())
}
