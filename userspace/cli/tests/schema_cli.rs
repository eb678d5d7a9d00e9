//! `--rule-schema`, `--config-schema` and the schema checks: what is printed is a JSON Schema
//! the `jsonschema` crate compiles, the stock rules and Falco's own falco.yaml match it, and a
//! file that does not match gets Falco's verdict (`-V`) or a warning (at start).

use assert_cmd::Command;
use rfalco_rules::schema::Schema;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn rfalco() -> Command {
    Command::cargo_bin("rfalco").expect("binary")
}

fn printed(flag: &str) -> String {
    let out = rfalco().arg(flag).output().expect("runs");
    assert!(out.status.success(), "{flag}: exit {:?}", out.status);
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The printed schema: JSON, a valid draft-07 schema, compiled.
fn compiled(flag: &str) -> (Value, jsonschema::Validator) {
    let doc: Value = serde_json::from_str(&printed(flag)).expect("the output is JSON");
    assert_eq!(doc["$schema"], "http://json-schema.org/draft-07/schema#");
    assert!(
        jsonschema::meta::is_valid(&doc),
        "{flag}: not a valid JSON Schema"
    );
    let v = jsonschema::validator_for(&doc).expect("compiles");
    (doc, v)
}

/// Every error of the YAML file's first document against the schema, the document's scalars
/// typed as Falco's validator types them.
fn errors_of(schema_text: &str, v: &jsonschema::Validator, yaml: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(yaml).expect("readable");
    let docs = rfalco_rules::yaml::parse_documents(&text).expect("yaml");
    let schema = Schema::parse(schema_text).expect("schema");
    let instance = schema.instance(docs.first().and_then(Option::as_ref));
    v.iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path().as_str()))
        .collect()
}

#[test]
fn rule_schema_is_a_schema_the_stock_rules_match() {
    let text = printed("--rule-schema");
    let (doc, v) = compiled("--rule-schema");
    assert_eq!(doc["type"], "array");
    let item = &doc["definitions"]["Item"]["properties"];
    for key in [
        "rule",
        "macro",
        "list",
        "override",
        "exceptions",
        "skip-if-unknown-filter",
    ] {
        assert!(item.get(key).is_some(), "{key} missing");
    }
    let mut n = 0;
    for f in std::fs::read_dir(shared().join("rules")).expect("shared/rules") {
        let p = f.expect("entry").path();
        if p.extension().is_some_and(|x| x == "yaml") {
            let errs = errors_of(&text, &v, &p);
            assert!(errs.is_empty(), "{}: {errs:?}", p.display());
            n += 1;
        }
    }
    assert!(n >= 3, "stock rule files found: {n}");
    let ours = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules/rfalco_rules.yaml");
    assert_eq!(errors_of(&text, &v, &ours), Vec::<String>::new());
}

#[test]
fn config_schema_is_a_schema_falcos_falco_yaml_matches() {
    let text = printed("--config-schema");
    let (doc, v) = compiled("--config-schema");
    assert_eq!(doc["type"], "object");
    let falco_yaml = shared().join("compat/falco-legacy/falco.yaml");
    assert_eq!(errors_of(&text, &v, &falco_yaml), Vec::<String>::new());
}

#[test]
fn both_flags_print_both_schemas() {
    let out = printed("--rule-schema");
    let both = rfalco()
        .args(["--rule-schema", "--config-schema"])
        .output()
        .expect("runs");
    assert!(both.status.success());
    assert!(String::from_utf8_lossy(&both.stdout).starts_with(&out));
}

const LOWERCASE_PRIORITY: &str =
    "- rule: r\n  desc: d\n  condition: evt.type = open\n  output: o\n  priority: error\n";

#[test]
fn validation_reports_the_schema_verdict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("r.yaml");
    std::fs::write(&f, LOWERCASE_PRIORITY).expect("write");
    let out = rfalco()
        .arg("-V")
        .arg(&f)
        .args(["-o", "json_output=true"])
        .output()
        .expect("runs");
    // Schema warnings do not make a file fail, as in Falco.
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let r = &v["falco_load_results"][0];
    assert_eq!(r["successful"], true);
    assert_eq!(r["schema_valid"], false);
    assert_eq!(
        r["schema_warnings"][0],
        "failed for <root>[0][\"priority\"]: Failed to match against any enum values."
    );
    let out = rfalco().arg("-V").arg(&f).output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("r.yaml: Ok\n3 Schema warnings:\n------\n"),
        "{text}"
    );

    let stock = shared().join("rules/falco_rules-5.1.0.yaml");
    let out = rfalco()
        .arg("-V")
        .arg(&stock)
        .args(["-o", "json_output=true"])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["falco_load_results"][0]["schema_valid"], true);
    assert_eq!(
        v["falco_load_results"][0]["schema_warnings"],
        Value::Array(vec![])
    );
}

#[test]
fn loading_warns_about_schema_mismatches_and_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rules = dir.path().join("r.yaml");
    std::fs::write(&rules, LOWERCASE_PRIORITY).expect("write");
    let config = dir.path().join("falco.yaml");
    std::fs::write(
        &config,
        "json_output: yes\nstdout_output:\n  enabled: true\n",
    )
    .expect("write");
    let out = rfalco()
        .arg("-c")
        .arg(&config)
        .arg("-r")
        .arg(&rules)
        .arg("--dry-run")
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!(
            "rfalco: warning: {}: schema validation: failed for <root>[\"json_output\"]: Value type not permitted by 'type' constraint.",
            config.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "rfalco: warning: {}: schema validation: failed for <root>[0][\"priority\"]: Failed to match against any enum values. (and 2 more; rfalco -V {} lists them)",
            rules.display(),
            rules.display()
        )),
        "{err}"
    );
}
