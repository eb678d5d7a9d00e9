//! Definitions read from rule files, and their merging with Falco's `append`/`override` rules.
//!
//! The [`Collector`] keeps the lists, macros and rules in definition order. A later definition
//! of a name replaces the earlier one in place; `append: true` and `override: {key: append}`
//! extend it, `override: {key: replace}` replaces single keys. The reader (`reader.rs`) feeds it.

use crate::result::{Context, ErrorCode, FileResult, Message, WarningCode};
use crate::yaml::Pos;
use std::collections::{BTreeSet, HashMap};

/// Falco 0.44.1's rules engine version, checked against `required_engine_version`.
pub const ENGINE_VERSION: (u64, u64, u64) = (0, 62, 0);

/// Plugins whose requirements rfalco satisfies itself (its container fields are built in).
pub const BUILTIN_PLUGINS: &[&str] = &["container"];

/// Event sources rfalco knows; rules of other sources are skipped with a warning.
pub const KNOWN_SOURCES: &[&str] = &["syscall"];

const ERROR_NO_PREVIOUS_MACRO: &str =
    "Macro uses 'append' or 'override.condition: append' but no macro by that name already exists";
const ERROR_NO_PREVIOUS_LIST: &str =
    "List uses 'append' or 'override.items: append' but no list by that name already exists";
const ERROR_NO_PREVIOUS_RULE_APPEND: &str =
    "Rule uses 'append' or 'override.<key>: append' but no rule by that name already exists";
const ERROR_NO_PREVIOUS_RULE_REPLACE: &str =
    "An 'override.<key>: replace' to a rule was requested but no rule by that name already exists";

/// Rule priorities, most severe first (Falco's numbering).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// 0
    Emergency,
    /// 1
    Alert,
    /// 2
    Critical,
    /// 3
    Error,
    /// 4
    Warning,
    /// 5
    Notice,
    /// 6 (`info` or `informational`)
    Informational,
    /// 7
    Debug,
}

impl Priority {
    /// Parses a priority name, case-insensitively, as Falco does.
    pub fn parse(s: &str) -> Option<Priority> {
        Some(match s.to_ascii_lowercase().as_str() {
            "emergency" => Priority::Emergency,
            "alert" => Priority::Alert,
            "critical" => Priority::Critical,
            "error" => Priority::Error,
            "warning" => Priority::Warning,
            "notice" => Priority::Notice,
            "info" | "informational" => Priority::Informational,
            "debug" => Priority::Debug,
            _ => return None,
        })
    }

    /// Falco's display name (`Warning`, `Informational`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Emergency => "Emergency",
            Priority::Alert => "Alert",
            Priority::Critical => "Critical",
            Priority::Error => "Error",
            Priority::Warning => "Warning",
            Priority::Notice => "Notice",
            Priority::Informational => "Informational",
            Priority::Debug => "Debug",
        }
    }
}

/// A value of an exception's `fields`, `comps` or `values`: a string or a list of entries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// Whether this is a list.
    pub is_list: bool,
    /// The string, when not a list.
    pub item: String,
    /// The entries, when a list.
    pub items: Vec<Entry>,
}

impl Entry {
    /// Whether a value was given (Falco's `is_valid`).
    pub fn is_valid(&self) -> bool {
        (self.is_list && !self.items.is_empty()) || (!self.is_list && !self.item.is_empty())
    }
}

/// One `exceptions` entry of a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExceptionInfo {
    /// Its name.
    pub name: String,
    /// `fields`: one field or a list.
    pub fields: Entry,
    /// `comps`: one operator or a list (defaults filled in when validated).
    pub comps: Entry,
    /// `values`.
    pub values: Vec<Entry>,
    /// Where it is defined.
    pub ctx: Context,
}

/// A list definition, after appends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListInfo {
    /// Name.
    pub name: String,
    /// Items, unexpanded.
    pub items: Vec<String>,
    /// Where it was (last) defined.
    pub ctx: Context,
    /// Definition order.
    pub index: usize,
    /// Order of the last definition or append: what it may refer to.
    pub visibility: usize,
}

/// A macro definition, after appends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MacroInfo {
    /// Name.
    pub name: String,
    /// Condition text (appends concatenated with a space).
    pub cond: String,
    /// Where the condition text starts.
    pub cond_pos: Pos,
    /// Context of the condition value.
    pub cond_ctx: Context,
    /// Where it was (last) defined.
    pub ctx: Context,
    /// Definition order.
    pub index: usize,
    /// Order of the last definition or append.
    pub visibility: usize,
}

/// A rule definition, after appends and overrides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleInfo {
    /// Name.
    pub name: String,
    /// Event source (`syscall` unless given).
    pub source: String,
    /// Description.
    pub desc: String,
    /// Condition text.
    pub cond: String,
    /// Where the condition starts.
    pub cond_pos: Pos,
    /// Context of the condition value.
    pub cond_ctx: Context,
    /// Output format (trimmed).
    pub output: String,
    /// Context of the output value.
    pub output_ctx: Context,
    /// Priority.
    pub priority: Priority,
    /// Tags, sorted.
    pub tags: BTreeSet<String>,
    /// Whether the rule is enabled.
    pub enabled: bool,
    /// `capture`.
    pub capture: bool,
    /// `capture_duration`, in milliseconds.
    pub capture_duration: u64,
    /// `warn_evttypes`.
    pub warn_evttypes: bool,
    /// `skip-if-unknown-filter`.
    pub skip_if_unknown_filter: bool,
    /// Exceptions.
    pub exceptions: Vec<ExceptionInfo>,
    /// Where it was defined.
    pub ctx: Context,
    /// Whether the source is unknown (the rule is skipped).
    pub unknown_source: bool,
    /// Definition order.
    pub index: usize,
    /// Order of the last definition, append or override.
    pub visibility: usize,
}

/// A `required_plugin_versions` entry: any alternative satisfies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginRequirement {
    /// `(name, version)` alternatives.
    pub alternatives: Vec<(String, String)>,
    /// Where it is.
    pub ctx: Context,
}

/// Definitions in order, addressable by name.
#[derive(Debug, Clone)]
pub struct Indexed<T> {
    items: Vec<T>,
    by_name: HashMap<String, usize>,
}

impl<T> Default for Indexed<T> {
    fn default() -> Self {
        Indexed {
            items: Vec::new(),
            by_name: HashMap::new(),
        }
    }
}

impl<T> Indexed<T> {
    /// The item named `name`.
    pub fn get(&self, name: &str) -> Option<&T> {
        self.by_name.get(name).map(|&i| &self.items[i])
    }

    fn get_mut(&mut self, name: &str) -> Option<&mut T> {
        self.by_name.get(name).map(|&i| &mut self.items[i])
    }

    /// Inserts or replaces in place.
    fn upsert(&mut self, name: &str, item: T) {
        match self.by_name.get(name) {
            Some(&i) => self.items[i] = item,
            None => {
                self.by_name.insert(name.to_string(), self.items.len());
                self.items.push(item);
            }
        }
    }

    /// All items in definition order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// How many.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Everything read so far, across files.
#[derive(Debug, Clone, Default)]
pub struct Collector {
    /// Lists.
    pub lists: Indexed<ListInfo>,
    /// Macros.
    pub macros: Indexed<MacroInfo>,
    /// Rules.
    pub rules: Indexed<RuleInfo>,
    /// Plugin requirements.
    pub plugin_requirements: Vec<PluginRequirement>,
    counter: usize,
}

/// An error that stops loading.
pub(crate) type Fail = Box<Message<ErrorCode>>;

pub(crate) fn fail(code: ErrorCode, message: impl Into<String>, ctx: &Context) -> Fail {
    Box::new(Message {
        code,
        message: message.into(),
        context: ctx.clone(),
    })
}

pub(crate) fn yaml_err(message: impl Into<String>, ctx: &Context) -> Fail {
    fail(ErrorCode::YamlValidate, message, ctx)
}

pub(crate) fn val_err(message: impl Into<String>, ctx: &Context) -> Fail {
    fail(ErrorCode::Validate, message, ctx)
}

/// Fields of a rule update (`append` or `override`), each present when given.
#[derive(Debug, Default)]
pub(crate) struct RuleUpdate {
    pub(crate) cond: Option<(String, Pos, Context)>,
    pub(crate) output: Option<String>,
    pub(crate) desc: Option<String>,
    pub(crate) tags: Option<BTreeSet<String>>,
    pub(crate) exceptions: Option<Vec<ExceptionInfo>>,
    pub(crate) priority: Option<Priority>,
    pub(crate) capture: Option<bool>,
    pub(crate) capture_duration: Option<u64>,
    pub(crate) enabled: Option<bool>,
    pub(crate) warn_evttypes: Option<bool>,
    pub(crate) skip_if_unknown_filter: Option<bool>,
}

impl RuleUpdate {
    fn has_any_value(&self) -> bool {
        self.cond.is_some()
            || self.output.is_some()
            || self.desc.is_some()
            || self.tags.is_some()
            || self.exceptions.is_some()
            || self.priority.is_some()
            || self.capture.is_some()
            || self.capture_duration.is_some()
            || self.enabled.is_some()
            || self.warn_evttypes.is_some()
            || self.skip_if_unknown_filter.is_some()
    }
}

/// Normalises an exception operator as Falco does (`==` is `=`; modifiers lower-cased).
fn normalize_comp(c: &str) -> String {
    let parts: Vec<&str> = c.split_whitespace().collect();
    match parts.as_slice() {
        ["=="] => "=".to_string(),
        [op, m] => format!("{op} {}", m.to_ascii_lowercase()),
        _ => c.trim().to_string(),
    }
}

fn is_operator_defined(op: &str) -> bool {
    crate::condition::Op::from_name(op).is_some()
}

/// `startswith oneof` and friends.
pub(crate) fn is_str_operator_with_modifier(op: &str) -> bool {
    let mut it = op.split_whitespace();
    match (it.next(), it.next(), it.next()) {
        (Some(o), Some(m), None) => {
            crate::condition::Op::from_name(o).is_some_and(crate::condition::Op::is_str_op)
                && crate::condition::Modifier::from_name(m).is_some()
        }
        _ => false,
    }
}

/// Whether `field` may appear on the left of an exception comparison.
fn is_valid_lhs_field(field: &str) -> bool {
    crate::fields::is_known_field(field)
}

fn validate_exception(known_source: bool, ex: &mut ExceptionInfo) -> Result<(), Fail> {
    if ex.fields.is_list {
        if !ex.comps.is_valid() {
            ex.comps.is_list = true;
            ex.comps.items = ex
                .fields
                .items
                .iter()
                .map(|_| Entry {
                    item: "=".into(),
                    ..Entry::default()
                })
                .collect();
        }
        if ex.fields.items.len() != ex.comps.items.len() {
            return Err(val_err(
                "Fields and comps lists must have equal length",
                &ex.ctx,
            ));
        }
        for c in &mut ex.comps.items {
            c.item = normalize_comp(&c.item);
            if !is_operator_defined(&c.item) && !is_str_operator_with_modifier(&c.item) {
                return Err(val_err(
                    format!("'{}' is not a supported comparison operator", c.item),
                    &ex.ctx,
                ));
            }
        }
        if known_source {
            for f in &ex.fields.items {
                if !is_valid_lhs_field(&f.item) {
                    return Err(val_err(
                        format!("'{}' is not a supported filter field", f.item),
                        &ex.ctx,
                    ));
                }
            }
        }
    } else {
        if !ex.comps.is_valid() {
            ex.comps.is_list = false;
            ex.comps.item = "in".into();
        }
        if ex.comps.is_list {
            return Err(val_err("Fields and comps must both be strings", &ex.ctx));
        }
        ex.comps.item = normalize_comp(&ex.comps.item);
        let c = ex.comps.item.as_str();
        if c != "in" && c != "pmatch" && c != "intersects" && !is_str_operator_with_modifier(c) {
            return Err(val_err(
                "When fields is a single value, comps must be one of (in, pmatch, intersects) or a modifier operator (e.g. startswith oneof)",
                &ex.ctx,
            ));
        }
        if known_source && !is_valid_lhs_field(&ex.fields.item) {
            return Err(val_err(
                format!("'{}' is not a supported filter field", ex.fields.item),
                &ex.ctx,
            ));
        }
    }
    Ok(())
}

impl Collector {
    fn next_index(&mut self) -> usize {
        let i = self.counter;
        self.counter += 1;
        i
    }

    pub(crate) fn define_list(&mut self, mut info: ListInfo) {
        let id = self.next_index();
        info.index = self.lists.get(&info.name).map_or(id, |p| p.index);
        info.visibility = id;
        let name = info.name.clone();
        self.lists.upsert(&name, info);
    }

    pub(crate) fn append_list(&mut self, info: ListInfo) -> Result<(), Fail> {
        let id = self.next_index();
        let Some(prev) = self.lists.get_mut(&info.name) else {
            return Err(val_err(ERROR_NO_PREVIOUS_LIST, &info.ctx));
        };
        prev.items.extend(info.items);
        prev.visibility = id;
        Ok(())
    }

    pub(crate) fn define_macro(&mut self, mut info: MacroInfo) {
        let id = self.next_index();
        info.index = self.macros.get(&info.name).map_or(id, |p| p.index);
        info.visibility = id;
        let name = info.name.clone();
        self.macros.upsert(&name, info);
    }

    pub(crate) fn append_macro(&mut self, info: MacroInfo) -> Result<(), Fail> {
        let id = self.next_index();
        let Some(prev) = self.macros.get_mut(&info.name) else {
            return Err(val_err(ERROR_NO_PREVIOUS_MACRO, &info.ctx));
        };
        prev.cond.push(' ');
        prev.cond.push_str(&info.cond);
        prev.visibility = id;
        Ok(())
    }

    fn check_same_source(&self, name: &str, source: &str, ctx: &Context) -> Result<(), Fail> {
        if let Some(prev) = self.rules.get(name)
            && !prev.source.is_empty()
            && !source.is_empty()
            && prev.source != source
        {
            return Err(val_err(
                "Rule has been re-defined with a different source",
                ctx,
            ));
        }
        Ok(())
    }

    pub(crate) fn define_rule(
        &mut self,
        mut info: RuleInfo,
        res: &mut FileResult,
    ) -> Result<(), Fail> {
        self.check_same_source(&info.name, &info.source, &info.ctx)?;
        let known = KNOWN_SOURCES.contains(&info.source.as_str());
        if !known {
            info.unknown_source = true;
            res.warnings.push(Message {
                code: WarningCode::UnknownSource,
                message: format!("Unknown source {}, skipping", info.source),
                context: info.ctx.clone(),
            });
        }
        for ex in &mut info.exceptions {
            if !ex.fields.is_valid() {
                return Err(val_err(
                    "Rule exception item must have fields property with a list of fields",
                    &ex.ctx,
                ));
            }
            validate_exception(known, ex)?;
        }
        let id = self.next_index();
        info.index = self.rules.get(&info.name).map_or(id, |p| p.index);
        info.visibility = id;
        let name = info.name.clone();
        self.rules.upsert(&name, info);
        Ok(())
    }

    pub(crate) fn append_rule(
        &mut self,
        name: &str,
        source: &str,
        v: RuleUpdate,
        ctx: &Context,
    ) -> Result<(), Fail> {
        self.check_same_source(name, source, ctx)?;
        let id = self.next_index();
        let Some(prev) = self.rules.get_mut(name) else {
            return Err(val_err(ERROR_NO_PREVIOUS_RULE_APPEND, ctx));
        };
        if !v.has_any_value() {
            return Err(val_err(
                "Appended rule must have exceptions or condition property",
                ctx,
            ));
        }
        let known = !prev.unknown_source;
        if let Some((c, _, _)) = v.cond
            && !c.is_empty()
        {
            prev.cond.push(' ');
            prev.cond.push_str(&c);
        }
        if let Some(o) = v.output
            && !o.is_empty()
        {
            prev.output.push(' ');
            prev.output.push_str(&o);
        }
        if let Some(d) = v.desc
            && !d.is_empty()
        {
            prev.desc.push(' ');
            prev.desc.push_str(&d);
        }
        if let Some(t) = v.tags {
            prev.tags.extend(t);
        }
        for mut ex in v.exceptions.unwrap_or_default() {
            match prev.exceptions.iter_mut().find(|p| p.name == ex.name) {
                None => {
                    if !ex.fields.is_valid() {
                        return Err(val_err(
                            "Rule exception must have fields property with a list of fields",
                            &ex.ctx,
                        ));
                    }
                    if ex.values.is_empty() {
                        return Err(val_err(
                            "Rule exception must have values property with a list of values",
                            &ex.ctx,
                        ));
                    }
                    validate_exception(known, &mut ex)?;
                    prev.exceptions.push(ex);
                }
                Some(p) => {
                    if ex.fields.is_valid() {
                        return Err(val_err(
                            "Can not append exception fields to existing exception, only values",
                            &ex.ctx,
                        ));
                    }
                    if ex.comps.is_valid() {
                        return Err(val_err(
                            "Can not append exception comps to existing exception, only values",
                            &ex.ctx,
                        ));
                    }
                    p.values.extend(ex.values);
                }
            }
        }
        prev.visibility = id;
        Ok(())
    }

    /// The deprecated standalone `enabled` item: toggles an existing rule.
    pub(crate) fn enable_rule(
        &mut self,
        name: &str,
        enabled: bool,
        ctx: &Context,
    ) -> Result<(), Fail> {
        let Some(prev) = self.rules.get_mut(name) else {
            return Err(val_err(
                "Rule has 'enabled' key but no rule by that name already exists",
                ctx,
            ));
        };
        prev.enabled = enabled;
        Ok(())
    }

    pub(crate) fn replace_rule(
        &mut self,
        name: &str,
        source: &str,
        v: RuleUpdate,
        ctx: &Context,
    ) -> Result<(), Fail> {
        self.check_same_source(name, source, ctx)?;
        let id = self.next_index();
        let Some(prev) = self.rules.get_mut(name) else {
            return Err(val_err(ERROR_NO_PREVIOUS_RULE_REPLACE, ctx));
        };
        if !v.has_any_value() {
            return Err(val_err(
                "The rule must have at least one field that can be replaced",
                ctx,
            ));
        }
        if let Some((c, p, cctx)) = v.cond {
            prev.cond = c;
            prev.cond_pos = p;
            prev.cond_ctx = cctx;
        }
        if let Some(o) = v.output {
            prev.output = o;
        }
        if let Some(d) = v.desc {
            prev.desc = d;
        }
        if let Some(t) = v.tags {
            prev.tags = t;
        }
        if let Some(e) = v.exceptions {
            prev.exceptions = e;
        }
        if let Some(p) = v.priority {
            prev.priority = p;
        }
        if let Some(c) = v.capture {
            prev.capture = c;
        }
        if let Some(c) = v.capture_duration {
            prev.capture_duration = c;
        }
        if let Some(e) = v.enabled {
            prev.enabled = e;
        }
        if let Some(w) = v.warn_evttypes {
            prev.warn_evttypes = w;
        }
        if let Some(s) = v.skip_if_unknown_filter {
            prev.skip_if_unknown_filter = s;
        }
        prev.visibility = id;
        Ok(())
    }
}
