//! Falco's configuration: a falco.yaml document, then each `-o key=value` applied to it in
//! order (Falco's key paths: `a.b.c`, `list[N].key`, `list[].key` to append), then typed reads
//! with Falco's defaults. A value of the wrong type is an error naming the key and where the
//! value came from; keys rfalco does not know are collected for one warning.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use rfalco_rules::yaml::{self, Node, Pos, Value};

/// Top-level keys of Falco 0.44's configuration (its default falco.yaml and older files).
const KNOWN_KEYS: &[&str] = &[
    "append_output",
    "base_syscalls",
    "buffer_format_base64",
    "buffered_outputs",
    "capture",
    "config_files",
    "engine",
    "falco_libs",
    "file_output",
    "grpc",
    "grpc_output",
    "http_output",
    "json_include_message_property",
    "json_include_output_fields_property",
    "json_include_output_property",
    "json_include_tags_property",
    "json_output",
    "libs_logger",
    "load_plugins",
    "log_level",
    "log_stderr",
    "log_syslog",
    "metrics",
    "output_timeout",
    "outputs",
    "outputs_queue",
    "plugins",
    "plugins_hostinfo",
    "priority",
    "program_output",
    "rule_matching",
    "rules",
    "rules_file",
    "rules_files",
    "static_fields",
    "stdout_output",
    "syscall_event_drops",
    "syscall_event_timeouts",
    "syslog_output",
    "time_format_iso_8601",
    "watch_config_files",
    "webserver",
];

/// A value's origin, for error messages: a position in the file, or an `-o` argument.
const FROM_OPTION: usize = usize::MAX;

/// A configuration document.
#[derive(Debug, Clone)]
pub struct Config {
    root: Node,
    file: Option<PathBuf>,
    options: Vec<String>,
}

/// One step of a key path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
    Append,
}

fn parse_path(key: &str) -> anyhow::Result<Vec<Step>> {
    let mut steps = Vec::new();
    for part in key.split('.') {
        let (name, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if name.is_empty() {
            bail!("empty key name in '{key}'");
        }
        steps.push(Step::Key(name.to_owned()));
        while !rest.is_empty() {
            let Some(close) = rest.find(']') else {
                bail!("missing ']' in '{key}'");
            };
            let inside = &rest[1..close];
            steps.push(if inside.is_empty() {
                Step::Append
            } else {
                Step::Index(
                    inside
                        .parse()
                        .with_context(|| format!("bad index '{inside}' in '{key}'"))?,
                )
            });
            rest = &rest[close + 1..];
            if !rest.is_empty() && !rest.starts_with('[') {
                bail!("unexpected '{rest}' in '{key}'");
            }
        }
    }
    Ok(steps)
}

fn option_node(value: Value) -> Node {
    Node {
        value,
        pos: Pos {
            line: 0,
            column: 0,
            offset: FROM_OPTION,
        },
    }
}

/// The value of `-o key=VALUE`: a flow list or mapping is YAML, anything else a plain string
/// (so `-o rules[].disable.rule=*` means the text `*`); quotes around it are removed.
fn option_value(text: &str) -> anyhow::Result<Node> {
    let t = text.trim();
    if t.starts_with('[') || t.starts_with('{') {
        let docs = yaml::parse_documents(t).map_err(|e| anyhow::anyhow!("{e}"))?;
        let mut n = docs
            .into_iter()
            .next()
            .flatten()
            .unwrap_or_else(|| option_node(Value::Null));
        mark_option(&mut n);
        return Ok(n);
    }
    let unquoted = t
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| t.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
        .unwrap_or(t);
    Ok(option_node(Value::Scalar(unquoted.to_owned())))
}

fn mark_option(n: &mut Node) {
    n.pos.offset = FROM_OPTION;
    match &mut n.value {
        Value::Seq(items) => items.iter_mut().for_each(mark_option),
        Value::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
            mark_option(k);
            mark_option(v);
        }),
        _ => {}
    }
}

/// Sets `steps` under `node` to `value`, creating mappings and lists on the way.
fn set(node: &mut Node, steps: &[Step], value: Node) -> anyhow::Result<()> {
    let Some((first, rest)) = steps.split_first() else {
        *node = value;
        return Ok(());
    };
    match first {
        Step::Key(k) => {
            if !matches!(node.value, Value::Map(_)) {
                node.value = Value::Map(Vec::new());
            }
            let Value::Map(entries) = &mut node.value else {
                unreachable!("made a mapping above")
            };
            let idx = match entries
                .iter()
                .position(|(key, _)| key.as_str() == Some(k.as_str()))
            {
                Some(i) => i,
                None => {
                    entries.push((
                        option_node(Value::Scalar(k.clone())),
                        option_node(Value::Null),
                    ));
                    entries.len() - 1
                }
            };
            set(&mut entries[idx].1, rest, value)
        }
        Step::Index(_) | Step::Append => {
            if !matches!(node.value, Value::Seq(_)) {
                node.value = Value::Seq(Vec::new());
            }
            let Value::Seq(items) = &mut node.value else {
                unreachable!("made a list above")
            };
            let i = match first {
                Step::Index(i) => *i,
                _ => items.len(),
            };
            if i > items.len() {
                bail!("index {i} is past the end of a list of {}", items.len());
            }
            if i == items.len() {
                items.push(option_node(Value::Null));
            }
            set(&mut items[i], rest, value)
        }
    }
}

impl Config {
    /// Reads `file` (when given) and applies `overrides` (`key=value`) in order.
    pub fn load(file: Option<&Path>, overrides: &[String]) -> anyhow::Result<Config> {
        let mut root = option_node(Value::Map(Vec::new()));
        if let Some(f) = file {
            let text = std::fs::read_to_string(f)
                .with_context(|| format!("reading configuration file {}", f.display()))?;
            let docs = yaml::parse_documents(&text)
                .map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?;
            match docs.into_iter().next().flatten() {
                Some(n) if matches!(n.value, Value::Map(_)) => root = n,
                Some(n) if n.is_null() => {}
                None => {}
                Some(n) => bail!(
                    "{}:{}:{}: the configuration must be a mapping of keys",
                    f.display(),
                    n.pos.line + 1,
                    n.pos.column + 1
                ),
            }
        }
        for o in overrides {
            let Some((key, value)) = o.split_once('=') else {
                bail!("-o {o}: expected KEY=VALUE");
            };
            let steps = parse_path(key.trim()).with_context(|| format!("-o {o}"))?;
            let v = option_value(value).with_context(|| format!("-o {o}"))?;
            set(&mut root, &steps, v).with_context(|| format!("-o {o}"))?;
        }
        Ok(Config {
            root,
            file: file.map(Path::to_path_buf),
            options: overrides.to_vec(),
        })
    }

    /// Top-level keys rfalco does not know, in document order.
    pub fn unknown_keys(&self) -> Vec<String> {
        match &self.root.value {
            Value::Map(entries) => entries
                .iter()
                .filter_map(|(k, _)| k.as_str())
                .filter(|k| !KNOWN_KEYS.contains(k))
                .map(str::to_owned)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The node at a dotted path, if set.
    pub fn get(&self, path: &str) -> Option<&Node> {
        let mut n = &self.root;
        for k in path.split('.') {
            n = n.get(k)?;
        }
        (!n.is_null()).then_some(n)
    }

    /// Where a node came from, for messages.
    pub fn origin(&self, n: &Node) -> String {
        if n.pos.offset == FROM_OPTION {
            return format!("set by -o ({})", self.options.join(" "));
        }
        match &self.file {
            Some(f) => format!("{}:{}:{}", f.display(), n.pos.line + 1, n.pos.column + 1),
            None => "built-in default".into(),
        }
    }

    fn scalar<'a>(&self, path: &str, n: &'a Node) -> anyhow::Result<&'a str> {
        n.as_str()
            .ok_or_else(|| anyhow::anyhow!("{path}: expected a single value ({})", self.origin(n)))
    }

    /// A boolean (`true`/`false`, as YAML spells them).
    pub fn bool(&self, path: &str, default: bool) -> anyhow::Result<bool> {
        let Some(n) = self.get(path) else {
            return Ok(default);
        };
        match self.scalar(path, n)?.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" => Ok(true),
            "false" | "no" | "off" => Ok(false),
            other => bail!(
                "{path}: expected true or false, got '{other}' ({})",
                self.origin(n)
            ),
        }
    }

    /// A text value.
    pub fn str(&self, path: &str) -> anyhow::Result<Option<String>> {
        self.get(path)
            .map(|n| self.scalar(path, n).map(str::to_owned))
            .transpose()
    }

    /// An unsigned integer.
    pub fn u64(&self, path: &str, default: u64) -> anyhow::Result<u64> {
        let Some(n) = self.get(path) else {
            return Ok(default);
        };
        let s = self.scalar(path, n)?;
        s.parse().map_err(|_| {
            anyhow::anyhow!(
                "{path}: expected a non-negative integer, got '{s}' ({})",
                self.origin(n)
            )
        })
    }

    /// A list of text values (a single value counts as a list of one).
    pub fn strings(&self, path: &str) -> anyhow::Result<Option<Vec<String>>> {
        let Some(n) = self.get(path) else {
            return Ok(None);
        };
        match &n.value {
            Value::Seq(items) => items
                .iter()
                .map(|i| self.scalar(path, i).map(str::to_owned))
                .collect::<anyhow::Result<Vec<_>>>()
                .map(Some),
            Value::Scalar(s) => Ok(Some(vec![s.clone()])),
            _ => bail!("{path}: expected a list ({})", self.origin(n)),
        }
    }

    /// The `rules:` selections in order: `(enable, by_tag, pattern)`.
    pub fn rule_selections(&self) -> anyhow::Result<Vec<(bool, bool, String)>> {
        let Some(n) = self.get("rules") else {
            return Ok(Vec::new());
        };
        let Value::Seq(items) = &n.value else {
            bail!(
                "rules: expected a list of enable/disable entries ({})",
                self.origin(n)
            );
        };
        let mut out = Vec::new();
        for item in items {
            let mut found = false;
            for (action, enable) in [("enable", true), ("disable", false)] {
                let Some(sel) = item.get(action) else {
                    continue;
                };
                for (what, by_tag) in [("rule", false), ("tag", true)] {
                    if let Some(v) = sel.get(what) {
                        let p = self.scalar(&format!("rules[].{action}.{what}"), v)?;
                        out.push((enable, by_tag, p.to_owned()));
                        found = true;
                    }
                }
            }
            if !found {
                bail!(
                    "rules: each entry needs enable or disable with a rule or a tag ({})",
                    self.origin(item)
                );
            }
        }
        Ok(out)
    }
}

/// Falco's rule name patterns: `*` matches any run of characters, everything else itself.
pub fn wildcard_match(pattern: &str, name: &str) -> bool {
    let (p, n) = (pattern.as_bytes(), name.as_bytes());
    let (mut pi, mut ni) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, ni));
            pi += 1;
        } else if pi < p.len() && p[pi] == n[ni] {
            pi += 1;
            ni += 1;
        } else if let Some((sp, sn)) = star {
            pi = sp + 1;
            ni = sn + 1;
            star = Some((sp, sn + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == b'*')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(opts: &[&str]) -> Config {
        Config::load(
            None,
            &opts.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
        .expect("loads")
    }

    #[test]
    fn option_paths_set_nested_keys_lists_and_appends() {
        let c = load(&[
            "json_output=true",
            "engine.kind=replay",
            "engine.replay.capture_file=/tmp/x.scap",
            "rules[].disable.rule=*",
            "rules[].enable.tag=network",
            "base_syscalls.custom_set=[openat, \"!read\"]",
            "rules_files[0]=/a.yaml",
        ]);
        assert!(c.bool("json_output", false).expect("bool"));
        assert_eq!(
            c.str("engine.kind").expect("str").as_deref(),
            Some("replay")
        );
        assert_eq!(
            c.str("engine.replay.capture_file").expect("str").as_deref(),
            Some("/tmp/x.scap")
        );
        assert_eq!(
            c.rule_selections().expect("sel"),
            vec![
                (false, false, "*".to_string()),
                (true, true, "network".to_string())
            ]
        );
        assert_eq!(
            c.strings("base_syscalls.custom_set").expect("list"),
            Some(vec!["openat".to_string(), "!read".to_string()])
        );
        assert_eq!(
            c.strings("rules_files").expect("list"),
            Some(vec!["/a.yaml".to_string()])
        );
    }

    #[test]
    fn bad_values_name_the_key_and_origin() {
        let c = load(&["json_output=maybe"]);
        let e = c
            .bool("json_output", false)
            .expect_err("not a bool")
            .to_string();
        assert!(
            e.contains("json_output") && e.contains("maybe") && e.contains("-o"),
            "{e}"
        );
        assert!(Config::load(None, &["novalue".to_string()]).is_err());
        assert!(Config::load(None, &["a[x]=1".to_string()]).is_err());
        assert!(Config::load(None, &["a[3]=1".to_string()]).is_err());
    }

    #[test]
    fn unknown_keys_are_reported() {
        let c = load(&["json_output=true", "no_such_key=1"]);
        assert_eq!(c.unknown_keys(), vec!["no_such_key".to_string()]);
    }

    #[test]
    fn falcos_default_configuration_loads_with_no_unknown_key() {
        let f = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/compat/falco-legacy/falco.yaml");
        let c = Config::load(Some(&f), &[]).expect("loads");
        assert!(c.unknown_keys().is_empty(), "{:?}", c.unknown_keys());
        assert_eq!(c.str("priority").expect("str").as_deref(), Some("debug"));
        assert_eq!(
            c.str("engine.kind").expect("str").as_deref(),
            Some("modern_ebpf")
        );
    }

    #[test]
    fn wildcards() {
        assert!(wildcard_match("*", "anything"));
        assert!(wildcard_match("open_*", "open_from_cat"));
        assert!(wildcard_match("*cat", "open_from_cat"));
        assert!(wildcard_match("o*f*t", "open_from_cat"));
        assert!(!wildcard_match("open", "open_from_cat"));
        assert!(wildcard_match(
            "Open From Cat ($\\.*+?()[]{}|^)",
            "Open From Cat ($\\.*+?()[]{}|^)"
        ));
    }
}
