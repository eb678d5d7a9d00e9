//! From collected definitions to a checked ruleset: lists expand, macros resolve in the AST,
//! exceptions become `and not (...)`, fields and event types are checked.
//!
//! The order and the texts follow Falco's rule compiler: lists are substituted textually into
//! each condition before it is parsed (so a list can hold any condition text), macros are
//! parsed and resolved in definition order, then each rule of a known source is built, its
//! output checked, its condition parsed, resolved and checked. The first error stops
//! compilation; unused lists and macros are reported only when compilation succeeds.

use crate::condition::{self, Check, Expr, Op, Operand, Rhs};
use crate::fields;
use crate::loader::{Collector, Entry, ExceptionInfo, Fail, Priority, fail};
use crate::parsed::Parsed;
use crate::result::{Context, ErrorCode, FileResult, Message, WarningCode};
use rustc_hash::FxHashMap;
use std::collections::{BTreeSet, HashMap};

/// A list after nested lists are expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// Name.
    pub name: String,
    /// Items.
    pub items: Vec<String>,
    /// Whether a condition or another list uses it.
    pub used: bool,
}

/// A macro with its condition parsed and resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Macro {
    /// Name.
    pub name: String,
    /// The resolved condition.
    pub condition: Expr,
    /// Whether a rule or another macro uses it.
    pub used: bool,
}

/// A rule ready for evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Name.
    pub name: String,
    /// Event source.
    pub source: String,
    /// Description.
    pub description: String,
    /// The condition with lists, macros and exceptions resolved.
    pub condition: Expr,
    /// Output format.
    pub output: String,
    /// Priority.
    pub priority: Priority,
    /// Tags.
    pub tags: BTreeSet<String>,
    /// Whether enabled.
    pub enabled: bool,
    /// `capture`.
    pub capture: bool,
    /// `capture_duration`.
    pub capture_duration: u64,
    /// Fields named by the rule's exceptions.
    pub exception_fields: BTreeSet<String>,
    /// Event types the condition can match (`None`: not restricted).
    pub event_types: Option<BTreeSet<String>>,
}

/// The compiled ruleset.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ruleset {
    /// Lists, in definition order.
    pub lists: Vec<List>,
    /// Macros, in definition order.
    pub macros: Vec<Macro>,
    /// Rules of known sources, in definition order.
    pub rules: Vec<Rule>,
}

const EVT_DIR_WARNING: &str = "due to the drop of enter events, 'evt.dir = <' always evaluates to true, and 'evt.dir = >' always evaluates to false. The rule expression can be simplified by removing the condition on 'evt.dir'";

/// Quotes an item holding a space, as Falco does when it pastes lists and exceptions.
fn quote_item(e: &str) -> String {
    if e.contains(' ') && !e.starts_with('"') && !e.starts_with('\'') {
        format!("\"{e}\"")
    } else {
        e.to_string()
    }
}

fn paren_item(e: &str) -> String {
    if e.starts_with('(') {
        e.to_string()
    } else {
        format!("({e})")
    }
}

/// What may stand on either side of a list name for it to be substituted.
const DELIMS: &[u8] = b" \t\n\r(),=";

/// Substitutes list `name` into `cnd` where it stands as a whole token; returns whether it did.
fn resolve_list(cnd: &mut String, name: &str, items: &[String]) -> bool {
    const BLANKS: &[u8] = b" \t\n\r";
    if name.is_empty() {
        return false;
    }
    let mut used = false;
    let mut from = 0;
    while let Some(found) = cnd.get(from..).and_then(|s| s.find(name)) {
        let mut start = from + found;
        let mut end = start + name.len();
        let b = cnd.as_bytes();
        let left_ok = start == 0 || DELIMS.contains(&b[start - 1]);
        let right_ok = end >= b.len() || DELIMS.contains(&b[end]);
        if !(left_ok && right_ok) {
            from = start + name.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        while start > 0 && BLANKS.contains(&b[start - 1]) {
            start -= 1;
        }
        while end < b.len() && BLANKS.contains(&b[end]) {
            end += 1;
        }
        let sub = items
            .iter()
            .map(|i| quote_item(i))
            .collect::<Vec<_>>()
            .join(", ");
        if sub.is_empty() {
            if start > 0 && b[start - 1] == b',' {
                start -= 1;
            } else if end < b.len() && b[end] == b',' {
                end += 1;
            }
        }
        let mut new = String::with_capacity(cnd.len() + sub.len() + 2);
        if start > 0 {
            new.push_str(&cnd[..start]);
            new.push(' ');
        }
        new.push_str(&sub);
        new.push(' ');
        let resume = new.len();
        new.push_str(&cnd[end..]);
        *cnd = new;
        used = true;
        from = resume;
    }
    used
}

/// Appends the rule's exceptions to its condition: `(cond) and not (...)`.
fn build_exceptions(
    exceptions: &[ExceptionInfo],
    fields_out: &mut BTreeSet<String>,
    condition: &mut String,
) -> Result<(), Fail> {
    *condition = format!("({condition})");
    for ex in exceptions {
        let mut icond = String::new();
        if !ex.fields.is_list {
            for val in &ex.values {
                if val.is_list {
                    return Err(fail(
                        ErrorCode::Validate,
                        "Expected values array to contain a list of strings",
                        &ex.ctx,
                    ));
                }
                if icond.is_empty() {
                    icond = format!("({} {} (", ex.fields.item, ex.comps.item);
                } else {
                    icond.push_str(", ");
                }
                fields_out.insert(ex.fields.item.clone());
                icond.push_str(&quote_item(&val.item));
            }
            if !icond.is_empty() {
                icond.push_str("))");
            }
        } else {
            icond.push('(');
            for values in &ex.values {
                if ex.fields.items.len() != values.items.len() {
                    return Err(fail(
                        ErrorCode::Validate,
                        "Fields and values lists must have equal length",
                        &ex.ctx,
                    ));
                }
                if icond != "(" {
                    icond.push_str(" or ");
                }
                icond.push('(');
                for (k, field) in ex.fields.items.iter().enumerate() {
                    if k > 0 {
                        icond.push_str(" and ");
                    }
                    let v: &Entry = &values.items[k];
                    let comp = ex.comps.items.get(k).map_or("=", |c| c.item.as_str());
                    let istr = if v.is_list {
                        let inner: Vec<String> =
                            v.items.iter().map(|i| quote_item(&i.item)).collect();
                        format!("({})", inner.join(", "))
                    } else if is_operator_for_list(comp) {
                        paren_item(&v.item)
                    } else {
                        quote_item(&v.item)
                    };
                    icond.push_str(&format!(" {} {comp} {istr}", field.item));
                    fields_out.insert(field.item.clone());
                }
                icond.push(')');
            }
            icond.push(')');
            if icond == "()" {
                icond.clear();
            }
        }
        if !icond.is_empty() {
            condition.push_str(" and not ");
            condition.push_str(&icond);
        }
    }
    Ok(())
}

fn is_operator_for_list(op: &str) -> bool {
    matches!(op, "in" | "intersects" | "pmatch") || crate::loader::is_str_operator_with_modifier(op)
}

/// Macro resolution over parsed (unresolved) macro conditions.
struct Resolver<'a> {
    raw: &'a [(String, Expr, usize)],
    by_name: HashMap<&'a str, usize>,
    used: Vec<bool>,
}

impl Resolver<'_> {
    /// Replaces macro references with their conditions; `visible` bounds the macro indexes.
    fn resolve(
        &mut self,
        e: &Expr,
        visible: usize,
        stack: &mut Vec<usize>,
    ) -> Result<Expr, (String, usize)> {
        Ok(match e {
            Expr::And(v) => Expr::And(self.resolve_all(v, visible, stack)?),
            Expr::Or(v) => Expr::Or(self.resolve_all(v, visible, stack)?),
            Expr::Not(x) => Expr::Not(Box::new(self.resolve(x, visible, stack)?)),
            Expr::Check(c) => Expr::Check(c.clone()),
            Expr::Macro { name, pos } => {
                let found = self
                    .by_name
                    .get(name.as_str())
                    .copied()
                    .filter(|&i| self.raw[i].2 < visible);
                let Some(i) = found else {
                    return Err((format!("Undefined macro '{name}' used in filter."), *pos));
                };
                if stack.contains(&i) {
                    return Err((format!("reference loop in macro '{name}'"), *pos));
                }
                self.used[i] = true;
                stack.push(i);
                let raw = self.raw;
                let r = self.resolve(&raw[i].1, visible, stack);
                stack.pop();
                // Like Falco, the expansion takes the position of the reference.
                let mut x = r?;
                reposition(&mut x, *pos);
                x
            }
        })
    }

    fn resolve_all(
        &mut self,
        v: &[Expr],
        visible: usize,
        stack: &mut Vec<usize>,
    ) -> Result<Vec<Expr>, (String, usize)> {
        v.iter().map(|x| self.resolve(x, visible, stack)).collect()
    }
}

/// Sets every position in `e` to `pos`.
fn reposition(e: &mut Expr, pos: usize) {
    fn operand(o: &mut Operand, pos: usize) {
        match o {
            Operand::Field(f) => f.pos = pos,
            Operand::Transform { args, pos: p, .. } => {
                *p = pos;
                args.iter_mut().for_each(|a| operand(a, pos));
            }
            Operand::List(args) => args.iter_mut().for_each(|a| operand(a, pos)),
            Operand::Str(_) => {}
        }
    }
    match e {
        Expr::And(v) | Expr::Or(v) => v.iter_mut().for_each(|x| reposition(x, pos)),
        Expr::Not(x) => reposition(x, pos),
        Expr::Macro { pos: p, .. } => *p = pos,
        Expr::Check(c) => {
            c.pos = pos;
            operand(&mut c.lhs, pos);
            match &mut c.rhs {
                Rhs::Value(_, p) | Rhs::ListName(_, p) => *p = pos,
                Rhs::List(items) => items.iter_mut().for_each(|(_, p)| *p = pos),
                Rhs::Operand(o) => operand(o, pos),
                Rhs::None => {}
            }
        }
    }
}

/// The lists a condition may name. A list is substituted only where its name is a whole run of
/// characters between [`DELIMS`] (see [`resolve_list`]), so looking a condition's runs up by
/// name gives exactly the lists to try, in one pass over the text; a name holding a delimiter,
/// which no run can equal, is always tried.
struct ListNames {
    by_name: FxHashMap<String, Vec<usize>>,
    always: Vec<usize>,
    count: usize,
}

impl ListNames {
    fn new(lists: &[List]) -> ListNames {
        let mut by_name: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let mut always = Vec::new();
        for (i, l) in lists.iter().enumerate() {
            if l.name.is_empty() {
                // Never substituted (`resolve_list`).
                continue;
            }
            if l.name.bytes().any(|b| DELIMS.contains(&b)) {
                always.push(i);
            } else {
                by_name.entry(l.name.clone()).or_default().push(i);
            }
        }
        ListNames {
            by_name,
            always,
            count: lists.len(),
        }
    }

    /// Per list, whether `cond` may name it.
    fn present(&self, cond: &str) -> Vec<bool> {
        let mut p = vec![false; self.count];
        for &i in &self.always {
            p[i] = true;
        }
        for run in cond.split(|c: char| c.is_ascii() && DELIMS.contains(&(c as u8))) {
            if let Some(ix) = self.by_name.get(run) {
                ix.iter().for_each(|&i| p[i] = true);
            }
        }
        p
    }
}

/// Substitutes lists into `cond` in definition order, as Falco does. Only lists whose name
/// occurs in the text are tried; after a substitution the text is looked at again, since the
/// items pasted in may name later lists.
fn expand_lists(cond: &str, lists: &mut [List], names: &ListNames) -> String {
    let mut c = cond.to_string();
    let mut seen = names.present(&c);
    for i in 0..lists.len() {
        if !seen[i] {
            continue;
        }
        let l = &mut lists[i];
        if resolve_list(&mut c, &l.name, &l.items) {
            l.used = true;
            seen = names.present(&c);
        }
    }
    c
}

fn parse_at(cond: &str, ctx: &Context, parsed: &mut Parsed) -> Result<Expr, Fail> {
    parsed.parse(cond).map_err(|e| {
        fail(
            ErrorCode::CompileCondition,
            e.message,
            &ctx.in_condition(cond, Some(e.pos)),
        )
    })
}

/// A set of event type names kept either as its members or as its complement, so that `not`
/// and `!=` cost nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Types {
    /// Exactly these.
    Only(BTreeSet<String>),
    /// Every event type but these.
    Except(BTreeSet<String>),
}

impl Types {
    fn all() -> Types {
        Types::Except(BTreeSet::new())
    }

    fn not(self) -> Types {
        match self {
            Types::Only(s) => Types::Except(s),
            Types::Except(s) => Types::Only(s),
        }
    }

    fn and(self, o: Types) -> Types {
        match (self, o) {
            (Types::Only(a), Types::Only(b)) => Types::Only(a.intersection(&b).cloned().collect()),
            (Types::Only(a), Types::Except(e)) | (Types::Except(e), Types::Only(a)) => {
                Types::Only(a.difference(&e).cloned().collect())
            }
            (Types::Except(a), Types::Except(b)) => Types::Except(a.union(&b).cloned().collect()),
        }
    }

    fn or(self, o: Types) -> Types {
        match (self, o) {
            (Types::Only(a), Types::Only(b)) => Types::Only(a.union(&b).cloned().collect()),
            (Types::Only(a), Types::Except(e)) | (Types::Except(e), Types::Only(a)) => {
                Types::Except(e.difference(&a).cloned().collect())
            }
            (Types::Except(a), Types::Except(b)) => {
                Types::Except(a.intersection(&b).cloned().collect())
            }
        }
    }

    /// The members (`None`: every event type).
    fn into_set(self) -> Option<BTreeSet<String>> {
        match self {
            Types::Only(s) => Some(s),
            Types::Except(e) if e.is_empty() => None,
            Types::Except(e) => Some(
                fields::event_type_names()
                    .iter()
                    .filter(|n| !e.contains(**n))
                    .map(|n| n.to_string())
                    .collect(),
            ),
        }
    }
}

/// Event types a condition can match, as Falco's `ppm_event_codes` computes: `evt.type`
/// checks restrict, `and` intersects, `or` unites, `not` complements, other checks allow all.
fn event_types(e: &Expr) -> Option<BTreeSet<String>> {
    // Negation is pushed down to the checks (De Morgan): a negated `evt.type` check
    // complements its set, while any other check allows every type negated or not.
    fn walk(e: &Expr, neg: bool) -> Types {
        let (all_of, any_of) = if neg { (false, true) } else { (true, false) };
        let fold = |v: &[Expr], conj: bool| {
            let it = v.iter().map(|x| walk(x, neg));
            if conj {
                it.fold(Types::all(), Types::and)
            } else {
                it.fold(Types::Only(BTreeSet::new()), Types::or)
            }
        };
        match e {
            Expr::And(v) => fold(v, all_of),
            Expr::Or(v) => fold(v, any_of),
            Expr::Not(x) => walk(x, !neg),
            Expr::Check(c) => {
                let Operand::Field(f) = &c.lhs else {
                    return Types::all();
                };
                if f.name != "evt.type" {
                    return Types::all();
                }
                let vals: BTreeSet<String> = match &c.rhs {
                    Rhs::Value(v, _) | Rhs::ListName(v, _) => [v.clone()].into(),
                    Rhs::List(items) => items.iter().map(|(v, _)| v.clone()).collect(),
                    _ => return Types::all(),
                };
                let t = match c.op {
                    Op::Eq | Op::EqEq | Op::In => Types::Only(vals),
                    Op::Ne => Types::Except(vals),
                    _ => return Types::all(),
                };
                if neg { t.not() } else { t }
            }
            Expr::Macro { .. } => Types::all(),
        }
    }
    walk(e, false).into_set()
}

/// Falco's condition warnings, at most one of each kind per rule, in Falco's code order:
/// `<NA>` compared by equality with a field of a source that may lack it (`ka.*`, `jevt.*`),
/// and any use of the deprecated `evt.dir`.
fn condition_warnings(ast: &Expr) -> Vec<(WarningCode, &'static str)> {
    let (mut na, mut dir) = (false, false);
    ast.for_each_check(&mut |c: &Check| {
        let mut fields = Vec::new();
        c.lhs.for_each_field(&mut |f| fields.push(f.name.as_str()));
        if let Rhs::Operand(o) = &c.rhs {
            o.for_each_field(&mut |f| fields.push(f.name.as_str()));
        }
        dir |= fields.contains(&"evt.dir");
        let unsafe_field = matches!(&c.lhs, Operand::Field(f) if f.name.starts_with("ka.") || f.name.starts_with("jevt."));
        let equality = matches!(c.op, Op::Eq | Op::EqEq | Op::Ne | Op::In | Op::Intersects | Op::Pmatch);
        if unsafe_field && equality {
            na |= match &c.rhs {
                Rhs::Value(v, _) => v == "<NA>",
                Rhs::List(items) => items.iter().any(|(v, _)| v == "<NA>"),
                _ => false,
            };
        }
    });
    let mut out = Vec::new();
    if na {
        out.push((WarningCode::UnsafeNaCheck, ""));
    }
    if dir {
        out.push((WarningCode::DeprecatedItem, EVT_DIR_WARNING));
    }
    out
}

/// Checks fields and event type names; the error text is libsinsp's.
fn check_fields(e: &Expr) -> Result<(), (String, usize)> {
    let mut err = None;
    e.for_each_check(&mut |c: &Check| {
        if err.is_some() {
            return;
        }
        let mut fields_seen = Vec::new();
        c.lhs.for_each_field(&mut |f| fields_seen.push(f));
        if let Rhs::Operand(o) = &c.rhs {
            o.for_each_field(&mut |f| fields_seen.push(f));
        }
        for f in fields_seen {
            if !fields::is_known_field(&f.name) {
                err = Some((
                    format!("filter_check called with nonexistent field {}", f.name),
                    c.pos,
                ));
                return;
            }
        }
        if let Operand::Field(f) = &c.lhs
            && f.name == "evt.type"
        {
            let vals: Vec<(&str, usize)> = match &c.rhs {
                Rhs::Value(v, p) | Rhs::ListName(v, p) => vec![(v.as_str(), *p)],
                Rhs::List(items) => items.iter().map(|(v, p)| (v.as_str(), *p)).collect(),
                _ => Vec::new(),
            };
            for (v, _) in vals {
                if !fields::is_event_type(v) {
                    err = Some((format!("unknown event type {v}"), c.pos));
                    return;
                }
            }
        }
    });
    err.map_or(Ok(()), Err)
}

/// Checks `%field` tokens of an output format; the error text is the one Falco prints.
fn check_output(output: &str) -> Result<(), String> {
    let b = output.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        if i < b.len() && b[i] == b'%' {
            i += 1;
            continue;
        }
        let paren = i < b.len() && b[i] == b'(';
        if paren {
            i += 1;
        }
        let start = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
            i += 1;
        }
        let name = &output[start..i];
        if i < b.len() && b[i] == b'[' {
            match output[i..].find(']') {
                Some(close) => i += close + 1,
                None => return Err("unknown filter: unexpected token after '".to_string()),
            }
        }
        if paren && i < b.len() && b[i] == b')' {
            i += 1;
        }
        if !condition::is_field_name(name) || !fields::is_known_field(name) {
            return Err("unknown filter: unexpected token after '".to_string());
        }
    }
    Ok(())
}

/// Compiles everything collected; errors and warnings go to `res`. `parsed` keeps the
/// conditions parsed by earlier compiles of the same load.
pub fn compile(col: &Collector, res: &mut FileResult, parsed: &mut Parsed) -> Option<Ruleset> {
    match compile_inner(col, res, parsed) {
        Ok(rs) => {
            for (m, info) in rs.macros.iter().zip(col.macros.iter()) {
                if !m.used {
                    res.warnings.push(Message {
                        code: WarningCode::UnusedMacro,
                        message: "Macro not referred to by any other rule/macro".into(),
                        context: info.ctx.clone(),
                    });
                }
            }
            for (l, info) in rs.lists.iter().zip(col.lists.iter()) {
                if !l.used {
                    res.warnings.push(Message {
                        code: WarningCode::UnusedList,
                        message: "List not referred to by any other rule/macro".into(),
                        context: info.ctx.clone(),
                    });
                }
            }
            Some(rs)
        }
        Err(e) => {
            res.errors.push(*e);
            None
        }
    }
}

fn compile_inner(
    col: &Collector,
    res: &mut FileResult,
    parsed: &mut Parsed,
) -> Result<Ruleset, Fail> {
    // Lists: items naming an earlier-visible list expand to its items.
    let mut lists: Vec<List> = Vec::with_capacity(col.lists.len());
    let mut used_names = Vec::new();
    for l in col.lists.iter() {
        let mut items = Vec::new();
        for it in &l.items {
            match col.lists.get(it) {
                Some(r) if r.index < l.visibility => {
                    used_names.push(r.name.clone());
                    items.extend(r.items.iter().cloned());
                }
                _ => items.push(it.clone()),
            }
        }
        lists.push(List {
            name: l.name.clone(),
            items,
            used: false,
        });
    }
    for n in used_names {
        if let Some(l) = lists.iter_mut().find(|l| l.name == n) {
            l.used = true;
        }
    }

    let names = ListNames::new(&lists);
    // Macros: parse each, then resolve each against the macros visible to it.
    let mut raw = Vec::with_capacity(col.macros.len());
    for m in col.macros.iter() {
        let cond = expand_lists(&m.cond, &mut lists, &names);
        raw.push((
            m.name.clone(),
            parse_at(&cond, &m.cond_ctx, parsed)?,
            m.index,
        ));
    }
    let mut resolver = Resolver {
        raw: &raw,
        by_name: raw
            .iter()
            .enumerate()
            .map(|(i, m)| (m.0.as_str(), i))
            .collect(),
        used: vec![false; raw.len()],
    };
    let mut macros = Vec::with_capacity(raw.len());
    for (i, m) in col.macros.iter().enumerate() {
        // The macro itself is not on the stack: like Falco, a loop is reported at the first
        // macro reference met twice.
        let mut stack = Vec::new();
        let resolved = resolver
            .resolve(&raw[i].1, m.visibility, &mut stack)
            .map_err(|(msg, pos)| {
                fail(
                    ErrorCode::Validate,
                    msg,
                    &m.ctx.in_condition(&m.cond, Some(pos)),
                )
            })?;
        macros.push(Macro {
            name: m.name.clone(),
            condition: resolved,
            used: false,
        });
    }

    let mut rules = Vec::new();
    for r in col.rules.iter() {
        if r.unknown_source {
            continue;
        }
        let mut cond = r.cond.clone();
        let mut exception_fields = BTreeSet::new();
        if !r.exceptions.is_empty() {
            build_exceptions(&r.exceptions, &mut exception_fields, &mut cond)?;
        }
        let mut output = r.output.clone();
        if output.contains("%container.info") {
            res.warnings.push(Message {
                code: WarningCode::DeprecatedItem,
                message: "%container.info is deprecated and no more useful, and will be dropped by Falco 1.0.0. The container plugin will automatically add required fields to the output message.".into(),
                context: r.ctx.clone(),
            });
            output = output.replace("%container.info", "");
        }
        if let Err(msg) = check_output(&output) {
            if r.skip_if_unknown_filter {
                res.warnings.push(Message {
                    code: WarningCode::UnknownFilter,
                    message: msg,
                    context: r.output_ctx.clone(),
                });
                continue;
            }
            return Err(fail(ErrorCode::CompileOutput, msg, &r.output_ctx));
        }
        if output.contains("evt.dir") {
            res.warnings.push(Message {
                code: WarningCode::DeprecatedItem,
                message: "usage of deprecated field 'evt.dir' has been detected in the rule output"
                    .into(),
                context: r.output_ctx.clone(),
            });
        }
        let expanded = expand_lists(&cond, &mut lists, &names);
        let ast = parse_at(&expanded, &r.cond_ctx, parsed)?;
        let mut stack = Vec::new();
        let ast = resolver
            .resolve(&ast, usize::MAX, &mut stack)
            .map_err(|(msg, pos)| {
                fail(
                    ErrorCode::Validate,
                    msg,
                    &r.ctx.in_condition(&expanded, Some(pos)),
                )
            })?;
        for (code, message) in condition_warnings(&ast) {
            res.warnings.push(Message {
                code,
                message: message.into(),
                context: r.cond_ctx.in_condition(&expanded, None),
            });
        }
        if let Err((msg, pos)) = check_fields(&ast) {
            let ctx = r.cond_ctx.in_condition(&expanded, Some(pos));
            if r.skip_if_unknown_filter {
                res.warnings.push(Message {
                    code: WarningCode::UnknownFilter,
                    message: msg,
                    context: ctx,
                });
                continue;
            }
            return Err(fail(ErrorCode::CompileCondition, msg, &ctx));
        }
        let evttypes = event_types(&ast);
        let too_many = evttypes.as_ref().is_none_or(|s| s.len() > 100);
        if r.source == "syscall" && too_many && r.warn_evttypes {
            res.warnings.push(Message {
                code: WarningCode::NoEvttype,
                message: "Rule matches too many evt.type values. This has a significant performance penalty.".into(),
                context: r.ctx.clone(),
            });
        }
        rules.push(Rule {
            name: r.name.clone(),
            source: r.source.clone(),
            description: r.desc.clone(),
            condition: ast,
            output,
            priority: r.priority,
            tags: r.tags.clone(),
            enabled: r.enabled,
            capture: r.capture,
            capture_duration: r.capture_duration,
            exception_fields,
            event_types: evttypes,
        });
    }
    for (m, used) in macros.iter_mut().zip(&resolver.used) {
        m.used = *used;
    }
    Ok(Ruleset {
        lists,
        macros,
        rules,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ListNames::present` names exactly the lists `resolve_list` substitutes.
    fn check_present_matches_resolve(cond: &str, names: &[&str]) {
        let lists: Vec<List> = names
            .iter()
            .map(|n| List {
                name: (*n).to_owned(),
                items: vec!["x".to_owned()],
                used: false,
            })
            .collect();
        let present = ListNames::new(&lists).present(cond);
        for (l, p) in lists.iter().zip(&present) {
            let mut c = cond.to_owned();
            let substituted = resolve_list(&mut c, &l.name, &l.items);
            if l.name.bytes().any(|b| DELIMS.contains(&b)) {
                assert!(*p, "{:?} is always tried", l.name);
            } else {
                assert_eq!(*p, substituted, "{:?} in {cond:?}", l.name);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn list_names_found_are_those_substituted(
            cond in "[a-c_.( ),=\t\né]{0,24}",
            names in proptest::collection::vec("[a-c_.é]{0,3}|[a-c ]{1,3}", 1..5),
        ) {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            check_present_matches_resolve(&cond, &names);
        }
    }

    #[test]
    fn list_names_found_where_they_stand_alone() {
        check_present_matches_resolve(
            "proc.name in (shell_binaries) and not proc.pname=shell_binaries,x",
            &["shell_binaries", "binaries", "shell", "x", "in"],
        );
        check_present_matches_resolve("a b", &["a b", "a", "b"]);
        check_present_matches_resolve("éa (a)", &["a", "éa", "é"]);
    }

    #[test]
    fn list_substitution_is_token_wise() {
        let mut c = "proc.name in (shells) and not proc.name in (my_shells)".to_string();
        assert!(resolve_list(
            &mut c,
            "shells",
            &["bash".into(), "a b".into()]
        ));
        assert_eq!(
            c,
            "proc.name in ( bash, \"a b\" ) and not proc.name in (my_shells)"
        );
    }

    #[test]
    fn empty_list_drops_a_comma() {
        let mut c = "proc.name in (a, empty)".to_string();
        assert!(resolve_list(&mut c, "empty", &[]));
        assert!(condition::parse(&c).is_ok(), "{c}");
    }

    fn entry(s: &str) -> Entry {
        Entry {
            item: s.into(),
            ..Entry::default()
        }
    }

    fn list(items: &[&str]) -> Entry {
        Entry {
            is_list: true,
            items: items.iter().map(|s| entry(s)).collect(),
            ..Entry::default()
        }
    }

    #[test]
    // The double space after `and` is Falco's: it joins with " and " then " field".
    fn exceptions_become_and_not_like_falco() {
        let exs = vec![
            ExceptionInfo {
                name: "pair".into(),
                fields: list(&["proc.name", "fd.name"]),
                comps: list(&["=", "in"]),
                values: vec![
                    Entry {
                        is_list: true,
                        items: vec![entry("cat"), entry("/etc")],
                        ..Entry::default()
                    },
                    Entry {
                        is_list: true,
                        items: vec![entry("my cat"), list(&["/a", "/b"])],
                        ..Entry::default()
                    },
                ],
                ctx: Context::default(),
            },
            ExceptionInfo {
                name: "single".into(),
                fields: entry("proc.pname"),
                comps: entry("in"),
                values: vec![entry("bash"), entry("a b")],
                ctx: Context::default(),
            },
        ];
        let mut cond = "evt.type = open".to_string();
        let mut fields = BTreeSet::new();
        build_exceptions(&exs, &mut fields, &mut cond).expect("valid");
        assert_eq!(
            cond,
            "(evt.type = open) and not (( proc.name = cat and  fd.name in (/etc)) or ( proc.name = \"my cat\" and  fd.name in (/a, /b))) and not (proc.pname in (bash, \"a b\"))"
        );
        assert!(condition::parse(&cond).is_ok());
        assert_eq!(fields.len(), 3);
    }

    #[test]
    fn event_types_follow_ppm_event_codes() {
        let types = |c: &str| event_types(&condition::parse(c).expect("parses"));
        let set = |v: &[&str]| Some(v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>());
        assert_eq!(
            types("evt.type in (open, openat) and proc.name = x"),
            set(&["open", "openat"])
        );
        assert_eq!(
            types("evt.type = open or evt.type = close"),
            set(&["close", "open"])
        );
        assert_eq!(types("proc.name = x"), None);
        assert_eq!(types("evt.type = open or proc.name = x"), None);
        assert_eq!(
            types("evt.type in (open, close) and not evt.type = close"),
            set(&["open"])
        );
        // A negated check on another field allows every type (the bug that hid every rule
        // with an exception: `not proc.name in (...)` once counted as "no type").
        assert_eq!(
            types("evt.type = open and not proc.name in (a, b)"),
            set(&["open"])
        );
        assert_eq!(
            types("evt.type = open and not (proc.name = a and evt.type = open)"),
            set(&["open"])
        );
        assert_eq!(
            types("not (evt.type = open or evt.type = close) and evt.type in (open, read)"),
            set(&["read"])
        );
        let most = types("evt.type != open").expect("restricted");
        assert!(!most.contains("open") && most.len() > 100);
    }

    #[test]
    fn output_tokens() {
        assert!(
            check_output("user=%user.name cmd=%proc.cmdline %evt.arg.flags %proc.aname[2]").is_ok()
        );
        assert!(check_output("An open was seen %not_a_real_field").is_err());
    }
}
