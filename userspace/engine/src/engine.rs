//! The engine: enabled rules compiled, indexed by event type, evaluated on each event.
//!
//! As in Falco, each event is tested only against the rules whose condition can match its type
//! (rules without an `evt.type` restriction are tested on every event), in rule file order;
//! with `rule_matching: first` the first matching rule wins, with `all` every matching rule
//! alerts.

use rfalco_fields::evt::{EventContext, FieldId};
use rfalco_rules::{Priority, Rule, Ruleset};
use scap_format::abi::events::EVENT_TABLE;
use scap_format::abi::events::code;
use scap_format::display;
use serde_json::Map;
use std::collections::HashMap;

use crate::alert::Alert;
use crate::error::CompileError;
use crate::node::Node;
use crate::operand::FieldCache;
use crate::output::OutputFormat;

/// Which matching rules alert for one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RuleMatching {
    /// The first matching rule, in load order (Falco's default).
    #[default]
    First,
    /// Every matching rule.
    All,
}

/// How alerts are produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EngineOptions {
    /// First or all matching rules.
    pub matching: RuleMatching,
    /// Prefix alerts with `evt.time.iso8601` instead of `evt.time` (`time_format_iso_8601`).
    pub time_iso8601: bool,
}

/// A rule ready to run.
#[derive(Debug, Clone)]
pub struct CompiledRule {
    /// Name.
    pub name: String,
    /// Priority.
    pub priority: Priority,
    /// Source.
    pub source: String,
    /// Tags, sorted.
    pub tags: Vec<String>,
    output: OutputFormat,
    node: Node,
}

/// Per-rule alert counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Events given to the engine.
    pub events: u64,
    /// Rule conditions evaluated (events times the rules indexed for their type).
    pub evaluations: u64,
    /// Alerts per rule, in rule order.
    pub per_rule: Vec<u64>,
    /// Conditions evaluated per rule, in rule order.
    pub evaluated_per_rule: Vec<u64>,
}

/// The rule engine.
#[derive(Debug, Clone)]
pub struct Engine {
    rules: Vec<CompiledRule>,
    /// Rule indexes per event code (restricted rules of that type and unrestricted rules).
    by_code: Vec<Vec<u32>>,
    /// Rule indexes per dynamic type name (generic syscalls, async events).
    by_name: HashMap<String, Vec<u32>>,
    /// Rules without a type restriction, for dynamic names no rule names.
    unrestricted: Vec<u32>,
    cache: FieldCache,
    opts: EngineOptions,
    counts: Counts,
    name_buf: String,
    time_id: (FieldId, &'static str),
}

fn merge(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut v: Vec<u32> = a.iter().chain(b).copied().collect();
    v.sort_unstable();
    v.dedup();
    v
}

impl Engine {
    /// Compiles the rules of `ruleset` that `enabled` selects (Falco's enabled flag, priority
    /// threshold and `rules[]` selections are decided by the caller).
    pub fn new(
        ruleset: &Ruleset,
        mut enabled: impl FnMut(&Rule) -> bool,
        opts: EngineOptions,
    ) -> Result<Engine, CompileError> {
        let mut cache = FieldCache::default();
        let mut rules = Vec::new();
        let mut types: Vec<Option<Vec<String>>> = Vec::new();
        for r in ruleset.rules.iter().filter(|r| r.source == "syscall") {
            if !enabled(r) {
                continue;
            }
            let wrap = |e: CompileError| CompileError::Rule {
                rule: r.name.clone(),
                source: Box::new(e),
            };
            let node = Node::compile(&r.condition, &mut cache).map_err(wrap)?;
            let output = OutputFormat::parse(&r.output).map_err(wrap)?;
            rules.push(CompiledRule {
                name: r.name.clone(),
                priority: r.priority,
                source: r.source.clone(),
                tags: r.tags.iter().cloned().collect(),
                output,
                node,
            });
            types.push(r.event_types.as_ref().map(|s| s.iter().cloned().collect()));
        }
        let unrestricted: Vec<u32> = (0..rules.len() as u32)
            .filter(|&i| types[i as usize].is_none())
            .collect();
        let mut named: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, t) in types.iter().enumerate() {
            for n in t.iter().flatten() {
                named.entry(n.clone()).or_default().push(i as u32);
            }
        }
        let by_code = EVENT_TABLE
            .iter()
            .map(|info| {
                let own = named.get(info.name).map_or(&[][..], Vec::as_slice);
                merge(own, &unrestricted)
            })
            .collect();
        // Dynamic names (generic system calls, async events) are looked up by name.
        let by_name = named
            .iter()
            .map(|(n, own)| (n.clone(), merge(own, &unrestricted)))
            .collect();
        let time_id = if opts.time_iso8601 {
            (FieldId::EvtTimeIso8601, "evt.time.iso8601")
        } else {
            (FieldId::EvtTime, "evt.time")
        };
        for r in &mut rules {
            r.node.settle(&cache);
        }
        let n = rules.len();
        Ok(Engine {
            rules,
            by_code,
            by_name,
            unrestricted,
            cache,
            opts,
            counts: Counts {
                events: 0,
                evaluations: 0,
                per_rule: vec![0; n],
                evaluated_per_rule: vec![0; n],
            },
            name_buf: String::new(),
            time_id,
        })
    }

    /// The compiled rules, in evaluation order.
    pub fn rules(&self) -> &[CompiledRule] {
        &self.rules
    }

    /// Events seen and alerts per rule so far.
    pub fn counts(&self) -> &Counts {
        &self.counts
    }

    /// A copy for another thread (an evaluation shard): the same compiled rules, a field cache
    /// of its own, every count at 0.
    pub fn fork(&self) -> Engine {
        let mut e = self.clone();
        e.counts = Counts {
            per_rule: vec![0; self.rules.len()],
            evaluated_per_rule: vec![0; self.rules.len()],
            ..Counts::default()
        };
        e
    }

    /// Counts an event that forks evaluate (sharded evaluation: this engine keeps the totals).
    pub fn count_event(&mut self) {
        self.counts.events += 1;
    }

    /// Counts an alert of rule `i` that a fork raised.
    pub fn count_alert(&mut self, i: usize) {
        if let Some(n) = self.counts.per_rule.get_mut(i) {
            *n += 1;
        }
    }

    /// Adds the conditions a fork evaluated.
    pub fn add_evaluations(&mut self, fork: &Counts) {
        self.counts.evaluations += fork.evaluations;
        for (n, f) in self
            .counts
            .evaluated_per_rule
            .iter_mut()
            .zip(&fork.evaluated_per_rule)
        {
            *n += f;
        }
    }

    /// Evaluates the event; calls `on_alert` for each matching rule (the first one only with
    /// [`RuleMatching::First`]).
    pub fn process(&mut self, ctx: &EventContext<'_, '_>, mut on_alert: impl FnMut(Alert)) {
        self.process_indexed(ctx, |_, a| on_alert(a));
    }

    /// [`Engine::process`], with each alert's rule index (in [`Engine::rules`] order).
    pub fn process_indexed(
        &mut self,
        ctx: &EventContext<'_, '_>,
        mut on_alert: impl FnMut(usize, Alert),
    ) {
        self.counts.events += 1;
        // Falco 0.44 drops enter events before the rules (old captures' enter parameters reach
        // the rules through the exit events they are merged into): `evt.dir = >` never holds.
        // They still update the state, which is the caller's business.
        if ctx.ev.is_enter() {
            return;
        }
        self.cache.next_event();
        let ty = ctx.ev.ty();
        let candidates: &[u32] =
            if matches!(ty, code::GENERIC_E | code::GENERIC_X | code::ASYNCEVENT_E) {
                self.name_buf.clear();
                display::write_type(ctx.ev, &mut self.name_buf);
                self.by_name
                    .get(self.name_buf.as_str())
                    .map_or(&self.unrestricted[..], Vec::as_slice)
            } else {
                self.by_code
                    .get(usize::from(ty))
                    .map_or(&self.unrestricted[..], Vec::as_slice)
            };
        for &i in candidates {
            self.counts.evaluations += 1;
            self.counts.evaluated_per_rule[i as usize] += 1;
            let rule = &self.rules[i as usize];
            if !rule.node.eval(ctx, &mut self.cache) {
                continue;
            }
            self.counts.per_rule[i as usize] += 1;
            on_alert(i as usize, self.alert(rule, ctx));
            if self.opts.matching == RuleMatching::First {
                break;
            }
        }
    }

    fn alert(&self, rule: &CompiledRule, ctx: &EventContext<'_, '_>) -> Alert {
        let mut message = String::with_capacity(256);
        let mut fields = Map::new();
        rule.output.render(ctx, &mut message, Some(&mut fields));
        let mut output = String::with_capacity(message.len() + 48);
        let (id, key) = &self.time_id;
        let mut t = String::new();
        let defined = id.write(ctx, &mut t);
        output.push_str(if defined { &t } else { "<NA>" });
        output.push_str(": ");
        output.push_str(rule.priority.as_str());
        output.push(' ');
        output.push_str(&message);
        fields.insert((*key).to_owned(), ctx.ev.ts().into());
        Alert {
            ts: ctx.ev.ts(),
            rule: rule.name.clone(),
            priority: rule.priority,
            source: rule.source.clone(),
            tags: rule.tags.clone(),
            message,
            output,
            output_fields: fields,
        }
    }
}
