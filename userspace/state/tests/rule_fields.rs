//! Every field the shared Falco rule files use (conditions and outputs of rules and macros,
//! exception `fields`) must be answered here, or be in one of two documented lists of fields
//! that stay undefined for a stated reason. The field names are extracted from
//! `../shared/rules/*.yaml` at test time, so a new rule file with a new field fails the test.
//!
//! "Answered" is checked for real: the field parses ([`FieldId::parse`]) and is defined on at
//! least one event when the shared captures are replayed through the state engine. The
//! always-undefined fields must parse too, and must be undefined on every event (`<NA>`, as
//! sysdig prints them without Falco's container plugin).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use rfalco_fields::evt::{EventContext, FieldId};
use rfalco_state::State;
use scap_format::CaptureReader;

/// Fields whose source is absent here, so they are undefined on every event, as sysdig 0.41.4
/// leaves them when Falco's plugins are not loaded.
const ALWAYS_UNDEFINED: &[(&str, &str)] = &[
    // The container plugin asks the runtime (docker, containerd, cri-o, podman sockets) for
    // these; only the id comes from the cgroup path, which rfalco reads itself.
    (
        "container.image.repository",
        "container runtime metadata (Falco's container plugin)",
    ),
    (
        "container.mount.dest",
        "container runtime metadata (Falco's container plugin)",
    ),
    (
        "container.mounts",
        "container runtime metadata (Falco's container plugin)",
    ),
    (
        "container.privileged",
        "container runtime metadata (Falco's container plugin)",
    ),
    (
        "container.start_ts",
        "container runtime metadata (Falco's container plugin)",
    ),
    // Pod metadata comes from the CRI runtime's sandbox labels, through the same plugin.
    (
        "k8s.ns.name",
        "pod sandbox metadata (Falco's container plugin)",
    ),
    (
        "k8s.pod.name",
        "pod sandbox metadata (Falco's container plugin)",
    ),
    // libsinsp's dns_manager resolves the domain names a loaded filter compares against, on a
    // background thread with network access, and answers only for those; rfalco does no DNS.
    (
        "fd.cip.name",
        "DNS lookups of the names a filter compares (libsinsp dns_manager)",
    ),
    (
        "fd.sip.name",
        "DNS lookups of the names a filter compares (libsinsp dns_manager)",
    ),
    (
        "fd.lip.name",
        "DNS lookups of the names a filter compares (libsinsp dns_manager)",
    ),
    (
        "fd.rip.name",
        "DNS lookups of the names a filter compares (libsinsp dns_manager)",
    ),
];

/// Filter-only fields: libsinsp never extracts a value (an output prints `<NA>`); a condition
/// on them matches either end of the connection, which is the rule engine's job, built on the
/// fields named here (all answered).
const FILTER_ONLY: &[(&str, &[&str])] = &[
    ("fd.ip", &["fd.cip", "fd.sip"]),
    ("fd.net", &["fd.cnet", "fd.snet"]),
    ("fd.port", &["fd.cport", "fd.sport"]),
    ("fd.proto", &["fd.cproto", "fd.sproto"]),
];

/// Classes a field name starts with.
const CLASSES: &[&str] = &[
    "evt",
    "proc",
    "thread",
    "fd",
    "fdlist",
    "fs",
    "user",
    "group",
    "container",
    "k8s",
    "syscall",
];

fn shared() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"))
}

/// Drops `"..."` and `'...'` strings (values, not fields).
fn strip_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut quote = None;
    for c in s.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None => out.push(c),
        }
    }
    out
}

/// Field references in `text`: `class.name` with an optional `[arg]`. In outputs only
/// `%field` counts (the rest is prose).
fn fields_in(text: &str, output: bool, found: &mut BTreeSet<(String, Option<String>)>) {
    let b = text.as_bytes();
    let is_name = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
    let mut i = 0;
    while i < b.len() {
        let prev_ok = i == 0 || !(is_name(b[i - 1]) || b[i - 1] == b'/' || b[i - 1] == b'-');
        if !(b[i].is_ascii_lowercase() && prev_ok) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && is_name(b[i]) {
            i += 1;
        }
        let mut name = &text[start..i];
        name = name.trim_end_matches('.');
        let class = name.split('.').next().unwrap_or("");
        if !name.contains('.') || !CLASSES.contains(&class) {
            continue;
        }
        if output && (start == 0 || b[start - 1] != b'%') {
            continue;
        }
        let mut arg = None;
        if i < b.len() && b[i] == b'[' {
            if let Some(end) = text[i..].find(']') {
                arg = Some(text[i + 1..i + end].to_owned());
                i += end + 1;
            }
        }
        found.insert((name.to_owned(), arg));
    }
}

/// The fields of one rule file: a line scanner over the YAML (the rule files are block YAML:
/// `- rule:`/`- macro:`/`- list:` items with `condition:`, `output:` and `exceptions:`
/// keys, values on the key line or on more-indented continuation lines).
fn rule_file_fields(text: &str, found: &mut BTreeSet<(String, Option<String>)>) {
    let mut kind = String::new();
    let mut key = String::new();
    let mut key_indent = 0usize;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let (dash, body) = match trimmed.strip_prefix("- ") {
            Some(rest) => (true, rest.trim_start()),
            None => (false, trimmed),
        };
        let body_indent = line.len() - body.len();
        let key_split = body.find(':').filter(|&p| {
            body[..p]
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c == b'_')
                && p > 0
        });
        let value =
            if let Some(p) = key_split.filter(|_| indent <= key_indent || dash || key.is_empty()) {
                if dash && indent == 0 {
                    kind = body[..p].to_owned();
                }
                key = body[..p].to_owned();
                key_indent = body_indent;
                &body[p + 1..]
            } else if indent > key_indent {
                body
            } else {
                key.clear();
                continue;
            };
        if kind != "rule" && kind != "macro" {
            continue;
        }
        match key.as_str() {
            "condition" => fields_in(&strip_quoted(value), false, found),
            "output" => fields_in(value, true, found),
            "fields" => fields_in(value, false, found),
            _ => {}
        }
    }
}

fn used_fields() -> BTreeSet<(String, Option<String>)> {
    let mut found = BTreeSet::new();
    let dir = shared().join("rules");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("shared rules directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no rule files in {}", dir.display());
    for f in files {
        let text = std::fs::read_to_string(&f).expect("rule file");
        rule_file_fields(&text, &mut found);
    }
    found
}

#[test]
fn extractor_sees_conditions_outputs_and_skips_comments_and_lists() {
    let yaml = "\
# condition: (evt.hostname contains xyz)
- list: logs
  items: [user.log, kern.log]
- macro: m
  condition: >
    proc.name in (a, b) and
    container.image.repository = \"registry.k8s.io/x\" and proc.aname[2] = sh
- rule: r
  desc: mentions proc.vpgid.name
  output: Text user.name=%user.name gp=%proc.aname[3]. done
  exceptions:
    - name: e
      fields: [fd.name, proc.pname]
";
    let mut f = BTreeSet::new();
    rule_file_fields(yaml, &mut f);
    let names: Vec<String> = f
        .iter()
        .map(|(n, a)| a.as_ref().map_or(n.clone(), |a| format!("{n}[{a}]")))
        .collect();
    assert_eq!(
        names,
        [
            "container.image.repository",
            "fd.name",
            "proc.aname[2]",
            "proc.aname[3]",
            "proc.name",
            "proc.pname",
            "user.name",
        ]
    );
}

#[test]
fn every_rule_field_is_answered_or_documented_undefined() {
    let used = used_fields();
    assert!(used.len() > 50, "too few fields found: {used:?}");
    let undefined: BTreeMap<&str, &str> = ALWAYS_UNDEFINED.iter().copied().collect();
    let filter_only: BTreeMap<&str, &[&str]> = FILTER_ONLY.iter().copied().collect();

    // Every used field must parse; those not documented as undefined go to the replay check.
    let mut to_check: Vec<(String, FieldId)> = Vec::new();
    let mut never: Vec<(String, FieldId)> = Vec::new();
    let mut unknown = Vec::new();
    for (name, arg) in &used {
        let label = arg
            .as_ref()
            .map_or(name.clone(), |a| format!("{name}[{a}]"));
        let id = match FieldId::parse(name, arg.as_deref()) {
            Ok(id) => id,
            Err(e) => {
                unknown.push(format!("{label}: {e}"));
                continue;
            }
        };
        if let Some(parts) = filter_only.get(name.as_str()) {
            never.push((label, id));
            for p in *parts {
                let id = FieldId::parse(p, None).expect("filter-only part parses");
                to_check.push(((*p).to_owned(), id));
            }
        } else if undefined.contains_key(name.as_str()) {
            never.push((label, id));
        } else {
            to_check.push((label, id));
        }
    }
    assert!(
        unknown.is_empty(),
        "rule fields that do not parse: {unknown:#?}"
    );

    // Replay the shared captures; note which fields are ever defined.
    let mut defined = vec![false; to_check.len()];
    let mut wrongly_defined = BTreeSet::new();
    let mut out = String::new();
    let captures = [
        "captures/vm/vm_kmod0.23.2_triggers.scap",
        "captures/vm/vm_kmod0.1.1_triggers.scap",
        "captures/falco/connect_localhost.scap",
        "captures/falco/ping_sendto.scap",
        "captures/falco/psp__privileged.scap",
        "captures/libs/curl_google.scap",
        "captures/libs/single_ipv6_conn.scap",
        "captures/libs/sample.scap",
    ];
    for cap in captures {
        let mut r = CaptureReader::open(shared().join(cap)).expect("open capture");
        let mut state = State::from_metadata(r.metadata());
        let mut num = 0u64;
        while let Ok(Some(ev)) = r.next_event() {
            num += 1;
            state.update(&ev);
            let ctx = EventContext {
                num,
                ev: &ev,
                state: &state,
            };
            for (i, (_, id)) in to_check.iter().enumerate() {
                if !defined[i] {
                    out.clear();
                    defined[i] = id.write(&ctx, &mut out);
                }
            }
            for (label, id) in &never {
                out.clear();
                if id.write(&ctx, &mut out) {
                    wrongly_defined.insert(format!("{label} = {out:?} ({cap} #{num})"));
                }
            }
        }
    }
    let missing: Vec<&str> = to_check
        .iter()
        .zip(&defined)
        .filter(|(_, d)| !**d)
        .map(|((l, _), _)| l.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "rule fields never defined on the shared captures (not implemented?): {missing:#?}"
    );
    assert!(
        wrongly_defined.is_empty(),
        "documented always-undefined fields got a value: {wrongly_defined:#?}"
    );
    println!(
        "{} rule fields: {} answered, {} documented undefined",
        used.len(),
        to_check.len(),
        never.len()
    );
}
