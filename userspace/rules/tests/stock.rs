//! The stock Falco rule files load together without errors and with Falco's counts.

mod common;

use std::collections::BTreeSet;

/// Distinct names of top-level items with key `kind` (a later definition replaces an earlier
/// one, so Falco counts names). Keys may come in any order (`- condition: ...` then `macro:`).
fn names(texts: &[String], kind: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for t in texts {
        let docs = rfalco_rules::yaml::parse_documents(t).expect("valid YAML");
        for doc in docs.iter().flatten() {
            let rfalco_rules::yaml::Value::Seq(items) = &doc.value else {
                continue;
            };
            out.extend(
                items
                    .iter()
                    .filter_map(|i| i.get(kind).and_then(|n| n.as_str()))
                    .map(str::to_string),
            );
        }
    }
    out
}

fn check(dir: &str, suffix: &str) {
    let texts: Vec<String> = common::STOCK
        .iter()
        .map(|f| common::read(&format!("{dir}/{}", f.replace(".yaml", suffix))))
        .collect();
    let t0 = std::time::Instant::now();
    let loaded = rfalco_rules::load(
        common::STOCK
            .iter()
            .zip(&texts)
            .map(|(n, t)| (*n, t.as_str())),
    );
    println!("{dir}: loaded and compiled in {:?}", t0.elapsed());
    for r in &loaded.results {
        for e in &r.errors {
            eprintln!(
                "{}: {} {} {:?}",
                r.name,
                e.code.as_str(),
                e.message,
                e.context.snippet
            );
        }
    }
    assert!(loaded.successful(), "stock rules must load without errors");
    let rs = loaded.ruleset.expect("compiled");
    let enabled = rs.rules.iter().filter(|r| r.enabled).count();
    println!(
        "{dir}: {} rules ({enabled} enabled), {} macros, {} lists",
        rs.rules.len(),
        rs.macros.len(),
        rs.lists.len()
    );
    // Every resolved condition prints to text that parses back to the same tree.
    for r in &rs.rules {
        let text = r.condition.to_string();
        let again = rfalco_rules::condition::parse(&text)
            .unwrap_or_else(|e| panic!("{}: {e}: {text}", r.name));
        assert_eq!(again.to_string(), text, "{}", r.name);
    }
    assert_eq!(rs.rules.len(), 86);
    assert_eq!(enabled, 74);
    assert_eq!(rs.macros.len(), names(&texts, "macro").len());
    assert_eq!((rs.macros.len(), rs.lists.len()), (305, 114));
    assert_eq!(rs.lists.len(), names(&texts, "list").len());
}

#[test]
fn stock_rules_load_with_falco_counts() {
    check("rules", ".yaml");
}

#[test]
fn nocontainer_variants_load_with_falco_counts() {
    check("golden/falco-0.44.1/rules", ".nocontainer.yaml");
}
