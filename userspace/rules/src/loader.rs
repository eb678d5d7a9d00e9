//! Reading rule files into definitions, and merging `append`/`override` items as Falco does.
//!
//! The reader walks each YAML document's items, validates their structure (errors name the
//! item, the key and the position) and hands them to the [`Collector`], which keeps the lists,
//! macros and rules in definition order. A later definition of a name replaces the earlier one
//! in place; `append: true` and `override: {key: append}` extend it, `override: {key: replace}`
//! replaces single keys. As in Falco, loading stops at the first error.

use crate::result::{Context, ErrorCode, FileResult, Message, WarningCode};
use crate::yaml::{Node, Pos, Value};
use std::collections::{BTreeSet, HashMap};

/// Falco 0.44.1's rules engine version, checked against `required_engine_version`.
pub const ENGINE_VERSION: (u64, u64, u64) = (0, 62, 0);

/// Plugins whose requirements rfalco satisfies itself (its container fields are built in).
pub const BUILTIN_PLUGINS: &[&str] = &["container"];

/// Event sources rfalco knows; rules of other sources are skipped with a warning.
pub const KNOWN_SOURCES: &[&str] = &["syscall"];

const WARNING_APPEND: &str = "'append' key is deprecated. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.";
const WARNING_ENABLED: &str = "The standalone 'enabled' key usage is deprecated. The correct approach requires also a 'replace' entry under the 'override' key (i.e. 'enabled: replace').";
const ERROR_OVERRIDE_APPEND: &str = "Keys 'override' and 'append: true' cannot be used together. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.";
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

fn yaml_err(message: impl Into<String>, ctx: &Context) -> Fail {
    fail(ErrorCode::YamlValidate, message, ctx)
}

fn val_err(message: impl Into<String>, ctx: &Context) -> Fail {
    fail(ErrorCode::Validate, message, ctx)
}

/// Fields of a rule update (`append` or `override`), each present when given.
#[derive(Debug, Default)]
struct RuleUpdate {
    cond: Option<(String, Pos, Context)>,
    output: Option<String>,
    desc: Option<String>,
    tags: Option<BTreeSet<String>>,
    exceptions: Option<Vec<ExceptionInfo>>,
    priority: Option<Priority>,
    capture: Option<bool>,
    capture_duration: Option<u64>,
    enabled: Option<bool>,
    warn_evttypes: Option<bool>,
    skip_if_unknown_filter: Option<bool>,
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

    fn define_list(&mut self, mut info: ListInfo) {
        let id = self.next_index();
        info.index = self.lists.get(&info.name).map_or(id, |p| p.index);
        info.visibility = id;
        let name = info.name.clone();
        self.lists.upsert(&name, info);
    }

    fn append_list(&mut self, info: ListInfo) -> Result<(), Fail> {
        let id = self.next_index();
        let Some(prev) = self.lists.get_mut(&info.name) else {
            return Err(val_err(ERROR_NO_PREVIOUS_LIST, &info.ctx));
        };
        prev.items.extend(info.items);
        prev.visibility = id;
        Ok(())
    }

    fn define_macro(&mut self, mut info: MacroInfo) {
        let id = self.next_index();
        info.index = self.macros.get(&info.name).map_or(id, |p| p.index);
        info.visibility = id;
        let name = info.name.clone();
        self.macros.upsert(&name, info);
    }

    fn append_macro(&mut self, info: MacroInfo) -> Result<(), Fail> {
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

    fn define_rule(&mut self, mut info: RuleInfo, res: &mut FileResult) -> Result<(), Fail> {
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

    fn append_rule(
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

    fn replace_rule(
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

/// Reads one file's items into a collector.
pub(crate) struct Reader<'a> {
    pub(crate) text: &'a str,
    pub(crate) res: &'a mut FileResult,
    pub(crate) col: &'a mut Collector,
}

/// Semver `x.y.z` (digits only, as libsinsp's `sinsp_version`).
fn parse_semver(s: &str) -> Option<(u64, u64, u64)> {
    let mut it = s.split('.');
    let a = it.next()?.parse().ok()?;
    let b = it.next()?.parse().ok()?;
    let c = it.next()?.parse().ok()?;
    it.next().is_none().then_some((a, b, c))
}

fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" | "y" | "Y" => {
            Some(true)
        }
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" | "n" | "N" => {
            Some(false)
        }
        _ => None,
    }
}

impl Reader<'_> {
    fn ctx_at(&self, parent: &Context, ty: &'static str, name: &str, node: &Node) -> Context {
        parent.child(ty, name, node.pos, self.text)
    }

    fn warn(&mut self, code: WarningCode, message: impl Into<String>, ctx: &Context) {
        self.res.warnings.push(Message {
            code,
            message: message.into(),
            context: ctx.clone(),
        });
    }

    /// Falco's `decode_val`: a defined, non-null, non-empty scalar.
    fn scalar<'n>(
        &self,
        item: &'n Node,
        key: &str,
        ctx: &Context,
        optional: bool,
        can_be_empty: bool,
    ) -> Result<Option<&'n str>, Fail> {
        let Some(val) = item.get(key) else {
            if optional {
                return Ok(None);
            }
            return Err(yaml_err(
                format!("Item has no mapping for key '{key}'"),
                ctx,
            ));
        };
        if val.is_null() {
            if can_be_empty {
                return Ok(None);
            }
            return Err(yaml_err(format!("Mapping for key '{key}' is empty"), ctx));
        }
        let vctx = self.ctx_at(ctx, "value for", key, val);
        let Some(s) = val.as_str() else {
            return Err(yaml_err("Value is not a scalar value", &vctx));
        };
        if s.is_empty() && !can_be_empty {
            return Err(yaml_err("Value must be non-empty", &vctx));
        }
        Ok(Some(s))
    }

    fn string(&self, item: &Node, key: &str, ctx: &Context) -> Result<String, Fail> {
        Ok(self
            .scalar(item, key, ctx, false, false)?
            .unwrap_or_default()
            .to_string())
    }

    fn opt_bool(&self, item: &Node, key: &str, ctx: &Context) -> Result<Option<bool>, Fail> {
        let Some(s) = self.scalar(item, key, ctx, true, false)? else {
            return Ok(None);
        };
        match parse_bool(s) {
            Some(b) => Ok(Some(b)),
            None => Err(yaml_err(
                "Can't decode YAML scalar value",
                &self.value_ctx(item, key, ctx),
            )),
        }
    }

    fn opt_u64(&self, item: &Node, key: &str, ctx: &Context) -> Result<Option<u64>, Fail> {
        let Some(s) = self.scalar(item, key, ctx, true, false)? else {
            return Ok(None);
        };
        match s.parse() {
            Ok(v) => Ok(Some(v)),
            Err(_) => Err(yaml_err(
                "Can't decode YAML scalar value",
                &self.value_ctx(item, key, ctx),
            )),
        }
    }

    fn value_ctx(&self, item: &Node, key: &str, ctx: &Context) -> Context {
        match item.get(key) {
            Some(v) => self.ctx_at(ctx, "value for", key, v),
            None => ctx.clone(),
        }
    }

    /// Falco's `decode_seq`: a sequence of scalars.
    fn seq(
        &self,
        item: &Node,
        key: &str,
        ctx: &Context,
        optional: bool,
    ) -> Result<Option<Vec<String>>, Fail> {
        let Some(val) = item.get(key) else {
            if optional {
                return Ok(None);
            }
            return Err(yaml_err(
                format!("Item has no mapping for key '{key}'"),
                ctx,
            ));
        };
        let vctx = self.ctx_at(ctx, "value for", key, val);
        let Value::Seq(items) = &val.value else {
            return Err(yaml_err("Value is not a sequence", &vctx));
        };
        let mut out = Vec::with_capacity(items.len());
        for v in items {
            match &v.value {
                Value::Scalar(s) => out.push(s.clone()),
                _ => {
                    let ictx = self.ctx_at(&vctx, "list item", "", v);
                    return Err(yaml_err("sequence value is not scalar", &ictx));
                }
            }
        }
        Ok(Some(out))
    }

    fn tags(&self, item: &Node, ctx: &Context) -> Result<Option<BTreeSet<String>>, Fail> {
        Ok(self
            .seq(item, "tags", ctx, true)?
            .map(|v| v.into_iter().collect()))
    }

    fn warn_unknown_keys(&mut self, item: &Node, expected: &[&str], ctx: &Context) {
        let Value::Map(entries) = &item.value else {
            return;
        };
        for (k, _) in entries {
            let key = k.as_str().unwrap_or_default();
            if !expected.contains(&key) {
                self.warn(
                    WarningCode::UnknownKey,
                    format!("Unknown key '{key}'. The key will be ignored."),
                    ctx,
                );
            }
        }
    }

    /// Reads one YAML document.
    pub(crate) fn read_document(&mut self, doc: &Node, base: &Context) -> Result<(), Fail> {
        match &doc.value {
            Value::Seq(items) => {
                for item in items {
                    if !item.is_null() {
                        self.read_item(item, base)?;
                    }
                }
                Ok(())
            }
            Value::Map(_) => Err(yaml_err("Rules content is not yaml array of objects", base)),
            _ => Err(yaml_err("Rules content is not yaml", base)),
        }
    }

    fn read_item(&mut self, item: &Node, base: &Context) -> Result<(), Fail> {
        if !matches!(item.value, Value::Map(_)) {
            let ctx = self.ctx_at(base, "rules content item", "", item);
            return Err(yaml_err(
                "Unexpected element type. Each element should be a yaml associative array.",
                &ctx,
            ));
        }
        if item.get("required_engine_version").is_some() {
            self.read_engine_version(item, base)
        } else if let Some(req) = item.get("required_plugin_versions") {
            self.read_plugin_versions(item, req, base)
        } else if item.get("list").is_some() {
            self.read_list(item, base)
        } else if item.get("macro").is_some() {
            self.read_macro(item, base)
        } else if item.get("rule").is_some() {
            self.read_rule(item, base)
        } else {
            let ctx = self.ctx_at(base, "rules content item", "", item);
            self.warn(WarningCode::UnknownItem, "Unknown top level item", &ctx);
            Ok(())
        }
    }

    fn read_engine_version(&mut self, item: &Node, base: &Context) -> Result<(), Fail> {
        let ctx = self.ctx_at(base, "required_engine_version", "", item);
        let s = self.string(item, "required_engine_version", &ctx)?;
        let version = match s.parse::<u32>() {
            Ok(n) => (0, u64::from(n), 0),
            Err(_) => parse_semver(&s).ok_or_else(|| {
                yaml_err(
                    format!(
                        "Unable to parse engine version '{s}' as a semver string. Expected \"x.y.z\" semver format."
                    ),
                    &ctx,
                )
            })?,
        };
        let (maj, min, pat) = ENGINE_VERSION;
        if version.0 != maj || (version.1, version.2) > (min, pat) {
            return Err(val_err(
                format!(
                    "Rules require engine version {}.{}.{}, but engine version is {maj}.{min}.{pat}",
                    version.0, version.1, version.2
                ),
                &ctx,
            ));
        }
        self.warn_unknown_keys(item, &["required_engine_version"], &ctx);
        Ok(())
    }

    fn read_plugin_versions(
        &mut self,
        item: &Node,
        req: &Node,
        base: &Context,
    ) -> Result<(), Fail> {
        let ctx = self.ctx_at(base, "required_plugin_versions", "", req);
        let Value::Seq(plugins) = &req.value else {
            return Err(yaml_err(
                "Value of required_plugin_versions must be a sequence",
                &ctx,
            ));
        };
        for plugin in plugins {
            let tmp = self.ctx_at(&ctx, "required_plugin_versions entry", "", plugin);
            if !matches!(plugin.value, Value::Map(_)) {
                return Err(yaml_err("Plugin version must be a mapping", &tmp));
            }
            let name = self.string(plugin, "name", &tmp)?;
            let pctx = self.ctx_at(&ctx, "required_plugin_versions entry", &name, plugin);
            let version = self.string(plugin, "version", &pctx)?;
            let mut alternatives = vec![(name, version)];
            if let Some(alts) = plugin.get("alternatives") {
                let Value::Seq(alts) = &alts.value else {
                    return Err(yaml_err(
                        "Value of plugin version alternatives must be a sequence",
                        &pctx,
                    ));
                };
                for alt in alts {
                    let tmp = self.ctx_at(&pctx, "required_plugin_versions alternative", "", alt);
                    if !matches!(alt.value, Value::Map(_)) {
                        return Err(yaml_err(
                            "Plugin version alternative must be a mapping",
                            &tmp,
                        ));
                    }
                    let name = self.string(alt, "name", &tmp)?;
                    let actx =
                        self.ctx_at(&pctx, "required_plugin_versions alternative", &name, alt);
                    let version = self.string(alt, "version", &actx)?;
                    alternatives.push((name, version));
                }
            }
            for (n, v) in &alternatives {
                if parse_semver(v).is_none() {
                    return Err(val_err(
                        format!("Invalid required version '{v}' for plugin '{n}'"),
                        &pctx,
                    ));
                }
            }
            self.col.plugin_requirements.push(PluginRequirement {
                alternatives,
                ctx: pctx,
            });
        }
        let rctx = self.ctx_at(base, "required_plugin_versions", "", item);
        self.warn_unknown_keys(item, &["required_plugin_versions"], &rctx);
        Ok(())
    }

    /// Falco's `override:` decoding: which keys are appended, which replaced.
    fn overrides(
        &self,
        item: &Node,
        appendable: &[&str],
        replaceable: &[&str],
        ctx: &Context,
    ) -> Result<(BTreeSet<String>, BTreeSet<String>), Fail> {
        let mut app = BTreeSet::new();
        let mut rep = BTreeSet::new();
        let Some(ov) = item.get("override") else {
            return Ok((app, rep));
        };
        let octx = self.ctx_at(ctx, "override", "", ov);
        let Value::Map(entries) = &ov.value else {
            return Ok((app, rep));
        };
        for (k, v) in entries {
            let key = k.as_str().unwrap_or_default().to_string();
            let op = v.as_str().unwrap_or_default();
            let kctx = self.ctx_at(&octx, "override", &key, k);
            match op {
                "append" => {
                    if !appendable.contains(&key.as_str()) {
                        return Err(yaml_err(
                            format!("Key '{key}' cannot be appended to, use 'replace' instead"),
                            &kctx,
                        ));
                    }
                    app.insert(key);
                }
                "replace" => {
                    if !replaceable.contains(&key.as_str()) {
                        return Err(yaml_err(format!("Key '{key}' cannot be replaced"), &kctx));
                    }
                    rep.insert(key);
                }
                _ => {
                    let mut msg = format!(
                        "Invalid override operation for key '{key}': '{op}'. Allowed values are: "
                    );
                    if appendable.contains(&key.as_str()) {
                        msg.push_str("append ");
                    }
                    if replaceable.contains(&key.as_str()) {
                        msg.push_str("replace ");
                    }
                    let vctx = self.ctx_at(&octx, "value for", &key, v);
                    return Err(yaml_err(msg, &vctx));
                }
            }
        }
        Ok((app, rep))
    }

    fn read_list(&mut self, item: &Node, base: &Context) -> Result<(), Fail> {
        let tmp = self.ctx_at(base, "list", "", item);
        let name = self.string(item, "list", &tmp)?;
        let ctx = self.ctx_at(base, "list", &name, item);
        if !crate::condition::is_bare_str(&name) {
            self.warn(
                WarningCode::InvalidListName,
                "List has an invalid name. List names should match a regular expression: [^ \\b\\t\\n\\r(),=\"']+",
                &ctx,
            );
        }
        let items = self.seq(item, "items", &ctx, false)?.unwrap_or_default();
        let append = self.opt_bool(item, "append", &ctx)?.unwrap_or(false);
        if append {
            self.warn(WarningCode::DeprecatedItem, WARNING_APPEND, &ctx);
        }
        let (oa, or) = self.overrides(item, &["items"], &["items"], &ctx)?;
        if append && (!oa.is_empty() || !or.is_empty()) {
            return Err(yaml_err(ERROR_OVERRIDE_APPEND, &ctx));
        }
        let info = ListInfo {
            name,
            items,
            ctx: ctx.clone(),
            index: 0,
            visibility: 0,
        };
        if append || oa.contains("items") {
            self.col.append_list(info)?;
        } else {
            self.col.define_list(info);
        }
        self.warn_unknown_keys(item, &["list", "items", "append", "override"], &ctx);
        Ok(())
    }

    fn read_macro(&mut self, item: &Node, base: &Context) -> Result<(), Fail> {
        let tmp = self.ctx_at(base, "macro", "", item);
        let name = self.string(item, "macro", &tmp)?;
        let ctx = self.ctx_at(base, "macro", &name, item);
        if !crate::condition::is_identifier(&name) {
            self.warn(
                WarningCode::InvalidMacroName,
                "Macro has an invalid name. Macro names should match a regular expression: ([a-zA-Z]+[a-zA-Z0-9_]*)",
                &ctx,
            );
        }
        let cond = self.string(item, "condition", &ctx)?;
        let cnode = item.get("condition").map(|n| n.pos).unwrap_or_default();
        let cond_ctx = ctx.child("macro condition", "", cnode, self.text);
        let append = self.opt_bool(item, "append", &ctx)?.unwrap_or(false);
        if append {
            self.warn(WarningCode::DeprecatedItem, WARNING_APPEND, &ctx);
        }
        let (oa, or) = self.overrides(item, &["condition"], &["condition"], &ctx)?;
        if append && (!oa.is_empty() || !or.is_empty()) {
            return Err(yaml_err(ERROR_OVERRIDE_APPEND, &ctx));
        }
        let info = MacroInfo {
            name,
            cond,
            cond_pos: cnode,
            cond_ctx,
            ctx: ctx.clone(),
            index: 0,
            visibility: 0,
        };
        if append || oa.contains("condition") {
            self.col.append_macro(info)?;
        } else {
            self.col.define_macro(info);
        }
        self.warn_unknown_keys(item, &["macro", "condition", "append", "override"], &ctx);
        Ok(())
    }

    fn exception_entry(&self, val: &Node, key: &str, ctx: &Context) -> Result<Entry, Fail> {
        let vctx = self.ctx_at(ctx, "value for", key, val);
        let mut out = Entry::default();
        match &val.value {
            Value::Scalar(s) => {
                if s.is_empty() {
                    return Err(yaml_err("Value must be non-empty", &vctx));
                }
                out.item = s.clone();
            }
            Value::Seq(items) => {
                out.is_list = true;
                for v in items {
                    let lctx = self.ctx_at(&vctx, "exception", "", v);
                    if v.is_null() {
                        continue;
                    }
                    out.items.push(self.exception_entry(v, "", &lctx)?);
                }
            }
            _ => {}
        }
        Ok(out)
    }

    fn exceptions(
        &mut self,
        item: &Node,
        parent: &Context,
        append: bool,
    ) -> Result<Vec<ExceptionInfo>, Fail> {
        let mut out: Vec<ExceptionInfo> = Vec::new();
        let Some(exs) = item.get("exceptions") else {
            return Ok(out);
        };
        if exs.is_null() {
            return Ok(out);
        }
        let exes_ctx = self.ctx_at(parent, "exceptions", "", exs);
        let Value::Seq(list) = &exs.value else {
            return Err(yaml_err("Rule exceptions must be a sequence", &exes_ctx));
        };
        for ex in list {
            let tmp = self.ctx_at(&exes_ctx, "exception", "", ex);
            if !matches!(ex.value, Value::Map(_)) {
                return Err(yaml_err("Rule exception must be a mapping", &tmp));
            }
            let name = self.string(ex, "name", &tmp)?;
            let ex_ctx = self.ctx_at(parent, "exception", &name, ex);
            if out.iter().any(|e| e.name == name) {
                self.warn(
                    WarningCode::ExceptionNameNotUnique,
                    format!("Multiple definitions of exception '{name}' in the same rule"),
                    &ex_ctx,
                );
            }
            let fields = match ex.get("fields") {
                Some(f) => self.exception_entry(f, "fields", &ex_ctx)?,
                None if append => Entry::default(),
                None => {
                    return Err(yaml_err("Item has no mapping for key 'fields'", &ex_ctx));
                }
            };
            let comps = match ex.get("comps") {
                Some(c) => self.exception_entry(c, "comps", &ex_ctx)?,
                None => Entry::default(),
            };
            let mut values = Vec::new();
            if let Some(vals) = ex.get("values") {
                let vals_ctx = self.ctx_at(&ex_ctx, "exception values", "", vals);
                let Value::Seq(vs) = &vals.value else {
                    return Err(yaml_err(
                        "Rule exception values must be a sequence",
                        &vals_ctx,
                    ));
                };
                for v in vs {
                    let vctx = self.ctx_at(&vals_ctx, "exception value", "", v);
                    values.push(self.exception_entry(v, "", &vctx)?);
                }
            } else if append {
                self.warn(
                    WarningCode::AppendNoValues,
                    "Overriding/appending exception with no values",
                    &ex_ctx,
                );
            }
            out.push(ExceptionInfo {
                name,
                fields,
                comps,
                values,
                ctx: ex_ctx,
            });
        }
        Ok(out)
    }

    fn priority(&self, item: &Node, ctx: &Context) -> Result<Priority, Fail> {
        let p = self.string(item, "priority", ctx)?;
        Priority::parse(&p).ok_or_else(|| {
            let pctx = item
                .get("priority")
                .map_or_else(|| ctx.clone(), |n| self.ctx_at(ctx, "rule priority", "", n));
            yaml_err("Invalid priority", &pctx)
        })
    }

    fn cond_of(&self, item: &Node, ctx: &Context) -> Result<(String, Pos, Context), Fail> {
        let c = self.string(item, "condition", ctx)?;
        let pos = item.get("condition").map(|n| n.pos).unwrap_or_default();
        Ok((c, pos, ctx.child("rule condition", "", pos, self.text)))
    }

    fn read_rule(&mut self, item: &Node, base: &Context) -> Result<(), Fail> {
        const APPENDABLE: &[&str] = &["condition", "output", "desc", "tags", "exceptions"];
        const REPLACEABLE: &[&str] = &[
            "condition",
            "output",
            "desc",
            "priority",
            "capture",
            "capture_duration",
            "tags",
            "exceptions",
            "enabled",
            "warn_evttypes",
            "skip-if-unknown-filter",
        ];
        let tmp = self.ctx_at(base, "rule", "", item);
        let name = self.string(item, "rule", &tmp)?;
        let ctx = self.ctx_at(base, "rule", &name, item);
        let source = self
            .scalar(item, "source", &ctx, true, true)?
            .unwrap_or_default()
            .to_string();
        let has_append_flag = self.opt_bool(item, "append", &ctx)?.unwrap_or(false);
        if has_append_flag {
            self.warn(WarningCode::DeprecatedItem, WARNING_APPEND, &ctx);
        }
        let (oa, or) = self.overrides(item, APPENDABLE, REPLACEABLE, &ctx)?;
        let has_overrides = !oa.is_empty() || !or.is_empty();
        if has_append_flag && has_overrides {
            return Err(yaml_err(ERROR_OVERRIDE_APPEND, &ctx));
        }
        if has_overrides {
            // Keys present in the item that an override could name: each must be named.
            let mut expected: BTreeSet<&str> = APPENDABLE
                .iter()
                .chain(REPLACEABLE)
                .copied()
                .filter(|k| item.get(k).is_some())
                .collect();
            let mut take = |set: &BTreeSet<String>, kind: &str, key: &str| -> Result<bool, Fail> {
                if !set.contains(key) {
                    return Ok(false);
                }
                if !expected.remove(key) {
                    return Err(yaml_err(
                        format!(
                            "An {kind} override for '{key}' was specified but '{key}' is not defined"
                        ),
                        &ctx,
                    ));
                }
                Ok(true)
            };
            let mut app = RuleUpdate::default();
            let mut rep = RuleUpdate::default();
            let mut app_ex = false;
            let mut rep_ex = false;
            for (set, kind, upd, ex_flag) in [
                (&oa, "append", &mut app, &mut app_ex),
                (&or, "replace", &mut rep, &mut rep_ex),
            ] {
                if set.is_empty() {
                    continue;
                }
                if take(set, kind, "condition")? {
                    upd.cond = Some(self.cond_of(item, &ctx)?);
                }
                *ex_flag = take(set, kind, "exceptions")?;
                if take(set, kind, "output")? {
                    upd.output = Some(self.string(item, "output", &ctx)?);
                }
                if take(set, kind, "desc")? {
                    upd.desc = Some(self.string(item, "desc", &ctx)?);
                }
                if take(set, kind, "tags")? {
                    upd.tags = self.tags(item, &ctx)?;
                }
                if take(set, kind, "priority")? {
                    upd.priority = Some(self.priority(item, &ctx)?);
                }
                if take(set, kind, "capture")? {
                    upd.capture = self.opt_bool(item, "capture", &ctx)?;
                }
                if take(set, kind, "capture_duration")? {
                    upd.capture_duration = self.opt_u64(item, "capture_duration", &ctx)?;
                }
                if take(set, kind, "enabled")? {
                    upd.enabled = self.opt_bool(item, "enabled", &ctx)?;
                }
                if take(set, kind, "warn_evttypes")? {
                    upd.warn_evttypes = self.opt_bool(item, "warn_evttypes", &ctx)?;
                }
                if take(set, kind, "skip-if-unknown-filter")? {
                    upd.skip_if_unknown_filter =
                        self.opt_bool(item, "skip-if-unknown-filter", &ctx)?;
                }
            }
            if app_ex {
                app.exceptions = Some(self.exceptions(item, &ctx, true)?);
            }
            if rep_ex {
                rep.exceptions = Some(self.exceptions(item, &ctx, false)?);
            }
            if !oa.is_empty() {
                self.col.append_rule(&name, &source, app, &ctx)?;
            }
            if !or.is_empty() {
                self.col.replace_rule(&name, &source, rep, &ctx)?;
            }
            if let Some(key) = expected.into_iter().next() {
                let kctx = item
                    .get(key)
                    .map_or_else(|| ctx.clone(), |n| self.ctx_at(&ctx, "override", key, n));
                return Err(yaml_err(
                    format!(
                        "Unexpected key '{key}': no corresponding entry under 'override' is defined."
                    ),
                    &kctx,
                ));
            }
        } else if has_append_flag {
            let mut v = RuleUpdate::default();
            if item.get("condition").is_some() {
                v.cond = Some(self.cond_of(item, &ctx)?);
            }
            if item.get("exceptions").is_some() {
                v.exceptions = Some(self.exceptions(item, &ctx, true)?);
            }
            self.col.append_rule(&name, &source, v, &ctx)?;
        } else if ["condition", "output", "desc", "priority"]
            .iter()
            .all(|k| item.get(k).is_none())
        {
            let enabled = self.string(item, "enabled", &ctx)?;
            let enabled = parse_bool(&enabled).ok_or_else(|| {
                yaml_err(
                    "Can't decode YAML scalar value",
                    &self.value_ctx(item, "enabled", &ctx),
                )
            })?;
            self.warn(WarningCode::DeprecatedItem, WARNING_ENABLED, &ctx);
            let Some(prev) = self.col.rules.get_mut(&name) else {
                return Err(val_err(
                    "Rule has 'enabled' key but no rule by that name already exists",
                    &ctx,
                ));
            };
            prev.enabled = enabled;
        } else {
            let (cond, cond_pos, cond_ctx) = self.cond_of(item, &ctx)?;
            let output = self.string(item, "output", &ctx)?;
            let opos = item.get("output").map(|n| n.pos).unwrap_or_default();
            let output_ctx = ctx.child("rule output", "", opos, self.text);
            let desc = self.string(item, "desc", &ctx)?;
            let priority = self.priority(item, &ctx)?;
            let source = self
                .scalar(item, "source", &ctx, true, false)?
                .unwrap_or("syscall")
                .to_string();
            let info = RuleInfo {
                name: name.clone(),
                source,
                desc,
                cond,
                cond_pos,
                cond_ctx,
                output: output.trim().to_string(),
                output_ctx,
                priority,
                enabled: self.opt_bool(item, "enabled", &ctx)?.unwrap_or(true),
                capture: self.opt_bool(item, "capture", &ctx)?.unwrap_or(false),
                capture_duration: self.opt_u64(item, "capture_duration", &ctx)?.unwrap_or(0),
                warn_evttypes: self.opt_bool(item, "warn_evttypes", &ctx)?.unwrap_or(true),
                skip_if_unknown_filter: self
                    .opt_bool(item, "skip-if-unknown-filter", &ctx)?
                    .unwrap_or(false),
                tags: self.tags(item, &ctx)?.unwrap_or_default(),
                exceptions: self.exceptions(item, &ctx, false)?,
                ctx: ctx.clone(),
                unknown_source: false,
                index: 0,
                visibility: 0,
            };
            self.col.define_rule(info, self.res)?;
        }
        self.warn_unknown_keys(
            item,
            &[
                "rule",
                "condition",
                "output",
                "desc",
                "priority",
                "source",
                "enabled",
                "capture",
                "capture_duration",
                "warn_evttypes",
                "skip-if-unknown-filter",
                "tags",
                "exceptions",
                "override",
                "append",
            ],
            &ctx,
        );
        Ok(())
    }
}
