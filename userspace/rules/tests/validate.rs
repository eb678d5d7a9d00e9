//! Our `-V` validation against real Falco 0.44.1's, for every rule file with a golden result.
//!
//! Compared per file: the exit code, `successful`, the set of error codes and the set of
//! warning codes. Message texts are compared too and reported, but not required.

mod common;

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Files whose comparison passes today; raise it when more pass.
const PASS_FLOOR: usize = 111;

/// Files whose `schema_warnings` differ from Falco's, with the reason. `schema_valid` must match
/// for every file.
const SCHEMA_WARNING_MISMATCHES: &[(&str, &str)] = &[];

fn find_rule_file(name: &str) -> Option<PathBuf> {
    let root = common::shared();
    [
        "rules",
        "golden/falco-0.44.1/rules",
        "compat/falco-legacy/testing_rules",
    ]
    .iter()
    .map(|d| root.join(d).join(name))
    .find(|p| p.is_file())
}

fn codes(v: &Value, kind: &str) -> BTreeSet<String> {
    v["falco_load_results"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r[kind].as_array().into_iter().flatten())
        .filter_map(|e| e["code"].as_str().map(str::to_string))
        .collect()
}

fn messages(v: &Value) -> BTreeSet<(String, String)> {
    v["falco_load_results"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| {
            ["errors", "warnings"]
                .into_iter()
                .flat_map(move |k| r[k].as_array().into_iter().flatten())
        })
        .filter_map(|e| {
            Some((
                e["code"].as_str()?.to_string(),
                e["message"].as_str()?.to_string(),
            ))
        })
        .collect()
}

/// Every message with its item locations (type, name, line, column), in order.
fn detailed(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for r in v["falco_load_results"].as_array().into_iter().flatten() {
        for k in ["errors", "warnings"] {
            for e in r[k].as_array().into_iter().flatten() {
                let locs: Vec<String> = e["context"]["locations"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|l| {
                        format!(
                            "{}:{}@{}:{}",
                            l["item_type"],
                            l["item_name"],
                            l["position"]["line"],
                            l["position"]["column"]
                        )
                    })
                    .collect();
                out.push(format!(
                    "{} {} {}",
                    e["code"],
                    e["message"],
                    locs.join(" > ")
                ));
            }
        }
    }
    out
}

#[test]
fn validation_matches_falco() {
    let dir = common::shared().join("golden/falco-0.44.1/validate");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("test data missing: {} ({e})", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    entries.sort();
    let (mut total, mut pass, mut exact_messages, mut exact_positions) = (0, 0, 0, 0);
    let (mut schema_files, mut schema_valid_same, mut schema_warnings_same) = (0, 0, 0);
    let mut schema_failures = Vec::new();
    let mut failures = Vec::new();
    for golden in entries {
        let fname = golden
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let rule_name = fname.trim_end_matches(".json");
        let Some(rule_path) = find_rule_file(rule_name) else {
            failures.push(format!("{rule_name}: rule file not found"));
            total += 1;
            continue;
        };
        let golden_text = std::fs::read_to_string(&golden).expect("readable golden");
        let rc_path = dir.join(format!("{rule_name}.rc"));
        let want_rc: i32 = std::fs::read_to_string(&rc_path)
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        let text = std::fs::read_to_string(&rule_path).expect("readable rule file");
        let (got, rc) = rfalco_rules::validate([(rule_name, text.as_str())]);
        if golden_text.trim().is_empty() {
            // Falco printed nothing: it stopped on a plugin requirement (stderr). The stock
            // files only need `container`, which rfalco provides, so they must pass instead.
            if common::STOCK.contains(&rule_name) {
                continue;
            }
            total += 1;
            if rc == want_rc {
                pass += 1;
            } else {
                failures.push(format!(
                    "{rule_name}: rc {rc} want {want_rc} (plugin requirement)"
                ));
            }
            continue;
        }
        total += 1;
        let want: Value = serde_json::from_str(&golden_text).expect("golden JSON");
        schema_files += 1;
        let (want_r, got_r) = (
            &want["falco_load_results"][0],
            &got["falco_load_results"][0],
        );
        if want_r.get("schema_valid") == got_r.get("schema_valid") {
            schema_valid_same += 1;
        } else {
            schema_failures.push(format!(
                "{rule_name}: schema_valid {:?}, Falco {:?}; warnings {}",
                got_r.get("schema_valid"),
                want_r.get("schema_valid"),
                got_r["schema_warnings"]
            ));
        }
        let known = SCHEMA_WARNING_MISMATCHES
            .iter()
            .any(|(n, _)| *n == rule_name);
        if want_r.get("schema_warnings") == got_r.get("schema_warnings") {
            schema_warnings_same += 1;
            assert!(
                !known,
                "{rule_name}: schema warnings now match Falco's: remove it from SCHEMA_WARNING_MISMATCHES"
            );
        } else if !known {
            schema_failures.push(format!(
                "{rule_name}: schema_warnings\n  got  {}\n  want {}",
                got_r["schema_warnings"], want_r["schema_warnings"]
            ));
        }
        let want_ok = want["falco_load_results"][0]["successful"].as_bool();
        let got_ok = got["falco_load_results"][0]["successful"].as_bool();
        let (we, ge) = (codes(&want, "errors"), codes(&got, "errors"));
        let (ww, gw) = (codes(&want, "warnings"), codes(&got, "warnings"));
        if detailed(&want) == detailed(&got) {
            exact_positions += 1;
        } else if std::env::var_os("RULES_VALIDATE_VERBOSE").is_some() {
            println!(
                "POSITIONS {rule_name}:\n  want {:?}\n  got  {:?}",
                detailed(&want),
                detailed(&got)
            );
        }
        if messages(&want) == messages(&got) {
            exact_messages += 1;
        } else {
            let d: BTreeSet<_> = messages(&want)
                .symmetric_difference(&messages(&got))
                .cloned()
                .collect();
            println!("MESSAGES {rule_name}: {d:?}");
        }
        if rc == want_rc && want_ok == got_ok && we == ge && ww == gw {
            pass += 1;
        } else {
            let mut m = messages(&got);
            let w = messages(&want);
            m = m.symmetric_difference(&w).cloned().collect();
            failures.push(format!(
                "{rule_name}: rc {rc}/{want_rc} errors {ge:?}/{we:?} warnings {gw:?}/{ww:?} diff {m:?}"
            ));
        }
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    println!(
        "validation pass rate: {pass}/{total} ({:.1}%), same message sets: {exact_messages}, same messages, order and locations: {exact_positions}",
        100.0 * pass as f64 / total.max(1) as f64
    );
    println!(
        "schema: schema_valid as Falco's for {schema_valid_same}/{schema_files} files, schema_warnings identical for {schema_warnings_same}/{schema_files}"
    );
    assert!(pass >= PASS_FLOOR, "{pass} passing, floor {PASS_FLOOR}");
    assert!(
        schema_failures.is_empty(),
        "schema verdicts differ from Falco's:\n{}",
        schema_failures.join("\n")
    );
}
