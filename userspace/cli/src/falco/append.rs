//! What the configuration adds to alerts: `append_output` entries (matched on the rule's
//! source, tags and name, in order) append their `extra_output` to the alert's text, after a
//! space, and their `extra_fields` to its `output_fields` (a `name: format` entry gives the
//! rendered text, a bare field name its typed value). With `suggested_output` on a matching
//! entry, the `static_fields` are suggested to the rule's output as Falco does: ` static_NAME=VALUE`
//! in the text and `static.NAME` in `output_fields`. Formats are compiled once per engine and
//! rendered on the evaluation thread with the event that raised the alert.

use std::collections::HashMap;

use anyhow::Context;
use rfalco_config::AppendOutput;
use rfalco_engine::output::OutputFormat;
use rfalco_engine::{Alert, CompiledRule};
use rfalco_fields::evt::EventContext;
use serde_json::{Map, Value};

/// The additions for one rule.
#[derive(Debug, Default, Clone)]
struct RuleAdds {
    extra_output: Vec<OutputFormat>,
    formatted: Vec<(String, OutputFormat)>,
    raw: Vec<OutputFormat>,
    /// A matching entry has `suggested_output`: the static fields are appended.
    suggest_static: bool,
}

/// The compiled additions of a configuration for an engine's rules.
#[derive(Debug, Default, Clone)]
pub struct Appends {
    by_rule: HashMap<String, RuleAdds>,
    statics: Map<String, Value>,
}

fn matches(e: &AppendOutput, r: &CompiledRule) -> bool {
    (e.source.is_empty() || e.source == r.source)
        && (e.rule.is_empty() || e.rule == r.name)
        && e.tags.iter().all(|t| r.tags.contains(t))
}

impl Appends {
    /// Compiles the entries for `rules`; a format with an unknown field is an error naming the
    /// entry.
    pub fn new(
        entries: &[AppendOutput],
        statics: &[(String, String)],
        rules: &[CompiledRule],
    ) -> anyhow::Result<Appends> {
        let mut by_rule: HashMap<String, RuleAdds> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            let ctx = || format!("append_output[{i}]");
            let extra = (!e.extra_output.is_empty())
                .then(|| OutputFormat::parse(&e.extra_output))
                .transpose()
                .with_context(|| format!("{}.extra_output", ctx()))?;
            let formatted = e
                .formatted_fields
                .iter()
                .map(|(k, f)| OutputFormat::parse(f).map(|f| (k.clone(), f)))
                .collect::<Result<Vec<_>, _>>()
                .with_context(|| format!("{}.extra_fields", ctx()))?;
            let raw = e
                .raw_fields
                .iter()
                .map(|f| OutputFormat::parse(&format!("%{f}")))
                .collect::<Result<Vec<_>, _>>()
                .with_context(|| format!("{}.extra_fields", ctx()))?;
            let suggest = e.suggested_output && !statics.is_empty();
            if extra.is_none() && formatted.is_empty() && raw.is_empty() && !suggest {
                continue;
            }
            for r in rules.iter().filter(|r| matches(e, r)) {
                let adds = by_rule.entry(r.name.clone()).or_default();
                adds.suggest_static |= suggest;
                adds.extra_output.extend(extra.clone());
                adds.formatted.extend(formatted.iter().cloned());
                adds.raw.extend(raw.iter().cloned());
            }
        }
        Ok(Appends {
            by_rule,
            statics: statics
                .iter()
                .map(|(k, v)| (k.clone(), Value::from(v.clone())))
                .collect(),
        })
    }

    /// Adds to a rule's alert what the configuration asks for.
    pub fn apply(&self, a: &mut Alert, ctx: &EventContext<'_, '_>) {
        if let Some(adds) = self.by_rule.get(&a.rule) {
            let mut text = String::new();
            for f in &adds.extra_output {
                text.push(' ');
                f.render(ctx, &mut text, Some(&mut a.output_fields));
            }
            if adds.suggest_static {
                for (k, v) in &self.statics {
                    text.push_str(&format!(" static_{k}={}", v.as_str().unwrap_or_default()));
                    a.output_fields.insert(format!("static.{k}"), v.clone());
                }
            }
            a.output.push_str(&text);
            a.message.push_str(&text);
            for (name, f) in &adds.formatted {
                let mut v = String::new();
                f.render(ctx, &mut v, None);
                a.output_fields.insert(name.clone(), v.into());
            }
            for f in &adds.raw {
                let mut ignored = String::new();
                f.render(ctx, &mut ignored, Some(&mut a.output_fields));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Vec<CompiledRule> {
        let loaded = rfalco_rules::load([(
            "t.yaml",
            "- rule: A\n  desc: d\n  condition: evt.type = execve\n  output: a\n  priority: WARNING\n  tags: [x, y]\n\
             - rule: B\n  desc: d\n  condition: evt.type = open\n  output: b\n  priority: WARNING\n  tags: [x]\n",
        )]);
        let rs = loaded.ruleset.as_ref().expect("rules");
        rfalco_engine::Engine::new(rs, |_| true, Default::default())
            .expect("engine")
            .rules()
            .to_vec()
    }

    fn entry(rule: &str, tags: &[&str], extra: &str) -> AppendOutput {
        AppendOutput {
            rule: rule.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            extra_output: extra.into(),
            ..AppendOutput::default()
        }
    }

    #[test]
    fn entries_match_by_rule_and_all_tags() {
        let rules = rules();
        let a = Appends::new(
            &[
                entry("", &["x", "y"], "both"),
                entry("B", &[], "only b"),
                entry("", &["z"], "none"),
            ],
            &[],
            &rules,
        )
        .expect("compiles");
        assert_eq!(a.by_rule["A"].extra_output.len(), 1);
        assert_eq!(a.by_rule["B"].extra_output.len(), 1);
        assert_eq!(a.by_rule.len(), 2);
    }

    #[test]
    fn an_unknown_field_names_the_entry() {
        let e = Appends::new(&[entry("", &[], "%no.such_field")], &[], &rules())
            .expect_err("unknown field");
        assert!(
            format!("{e:#}").contains("append_output[0].extra_output"),
            "{e:#}"
        );
    }
}
