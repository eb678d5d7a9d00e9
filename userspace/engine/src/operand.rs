//! Compiled value producers: fields (with a per-event cache), transformers, literals.
//!
//! Many rules test the same fields (`proc.name`, `fd.name`) of the same event, so every
//! distinct field of the loaded rules gets a cache slot; a slot is filled at most once per
//! event and its strings keep their capacity from one event to the next, so extraction does
//! not allocate in steady state.

use base64::Engine as _;
use rfalco_fields::evt::{EventContext, FieldId};
use rfalco_rules::condition::{Operand as AstOperand, Transformer};
use std::collections::HashMap;

use crate::error::CompileError;
use crate::ftype::{FieldType, field_type};
use crate::memo::{Memo, Shared};

/// Ancestor fields that, without an index, match when any ancestor matches (libsinsp's custom
/// comparison for `proc.aname`, `proc.apid`, `proc.aexe`, `proc.aexepath`, `proc.acmdline`).
const ANCESTOR_FIELDS: &[&str] = &[
    "proc.acmdline",
    "proc.aexe",
    "proc.aexepath",
    "proc.aname",
    "proc.apid",
];

/// Filter-only fields that match when either end of the connection matches (libsinsp's
/// custom comparison for `fd.ip`, `fd.port`, `fd.net`, `fd.proto`): the client and the server
/// field they stand for.
const EITHER_END_FIELDS: &[(&str, [&str; 2])] = &[
    ("fd.ip", ["fd.cip", "fd.sip"]),
    ("fd.net", ["fd.cip", "fd.sip"]),
    ("fd.port", ["fd.cport", "fd.sport"]),
    ("fd.proto", ["fd.cproto", "fd.sproto"]),
];

/// Deepest ancestor an unindexed ancestor field walks to (a cycle in a corrupt capture's
/// parent links must not loop forever).
const MAX_ANCESTORS: usize = 256;

/// How a slot's field is extracted.
#[derive(Debug, Clone)]
enum Extract {
    /// One value through the field's extractor.
    One(FieldId),
    /// Every ancestor's value (`proc.aname` without an index), nearest first.
    Ancestors(String),
    /// The client's and the server's value (`fd.ip`), each when defined.
    EitherEnd([FieldId; 2]),
}

/// The extracted values of one field for the current event.
#[derive(Debug, Default, Clone)]
struct Slot {
    /// Event generation these values belong to.
    generation: u64,
    /// Whether the field is defined.
    defined: bool,
    /// Values; the first `len` are current, the rest keep their capacity.
    vals: Vec<String>,
    /// How many values are current.
    len: usize,
}

/// Field slots shared by every rule of an engine.
#[derive(Debug, Default, Clone)]
pub(crate) struct FieldCache {
    generation: u64,
    /// Results of shared subtrees (see `memo.rs`), by the same generation.
    pub(crate) memo: Memo,
    specs: Vec<Extract>,
    slots: Vec<Slot>,
    by_name: HashMap<(String, Option<String>), usize>,
}

impl FieldCache {
    /// Starts a new event: every slot becomes stale.
    pub(crate) fn next_event(&mut self) {
        self.generation = self.generation.wrapping_add(1);
    }

    /// The result of node `s` for this event: kept from an earlier evaluation, or computed by
    /// `f` (and kept when the node is shared).
    #[inline]
    pub(crate) fn remembered(&mut self, s: Shared, f: impl FnOnce(&mut Self) -> bool) -> bool {
        if s == Shared::NONE {
            return f(self);
        }
        if let Some(v) = self.memo.get(s, self.generation) {
            return v;
        }
        let v = f(self);
        self.memo.set(s, self.generation, v);
        v
    }

    /// The slot for `name[arg]`, created on first use.
    pub(crate) fn slot_for(&mut self, name: &str, arg: Option<&str>) -> Result<usize, String> {
        let key = (name.to_owned(), arg.map(str::to_owned));
        if let Some(&s) = self.by_name.get(&key) {
            return Ok(s);
        }
        let either = EITHER_END_FIELDS.iter().find(|(n, _)| *n == name);
        let spec = if arg.is_none() && ANCESTOR_FIELDS.contains(&name) {
            Extract::Ancestors(name.to_owned())
        } else if let Some((_, [c, s])) = either {
            let id = |n: &str| FieldId::parse(n, None).map_err(|e| e.to_string());
            Extract::EitherEnd([id(c)?, id(s)?])
        } else {
            Extract::One(FieldId::parse(name, arg).map_err(|e| e.to_string())?)
        };
        let s = self.specs.len();
        self.specs.push(spec);
        self.slots.push(Slot::default());
        self.by_name.insert(key, s);
        Ok(s)
    }

    /// Extracts slot `s` for the current event if it is stale; returns its values, `None`
    /// when the field is undefined.
    pub(crate) fn get(&mut self, s: usize, ctx: &EventContext<'_, '_>) -> Option<&[String]> {
        let generation = self.generation;
        let slot = &mut self.slots[s];
        if slot.generation != generation {
            slot.generation = generation;
            slot.len = 0;
            match &self.specs[s] {
                Extract::One(id) => {
                    if slot.vals.is_empty() {
                        slot.vals.push(String::new());
                    }
                    slot.vals[0].clear();
                    slot.defined = id.write(ctx, &mut slot.vals[0]);
                    slot.len = 1;
                }
                Extract::EitherEnd(ids) => {
                    for id in ids {
                        if slot.vals.len() <= slot.len {
                            slot.vals.push(String::new());
                        }
                        let v = &mut slot.vals[slot.len];
                        v.clear();
                        if id.write(ctx, v) {
                            slot.len += 1;
                        }
                    }
                    slot.defined = slot.len > 0;
                }
                Extract::Ancestors(name) => {
                    let mut idx = String::new();
                    for n in 1..=MAX_ANCESTORS {
                        if slot.vals.len() <= slot.len {
                            slot.vals.push(String::new());
                        }
                        let v = &mut slot.vals[slot.len];
                        v.clear();
                        idx.clear();
                        idx.push_str(itoa(n, &mut [0u8; 20]));
                        if !ctx.state.write_field(name, Some(&idx), ctx.ev, v) {
                            break;
                        }
                        slot.len += 1;
                    }
                    slot.defined = slot.len > 0;
                }
            }
        }
        slot.defined.then(|| &slot.vals[..slot.len])
    }
}

/// Formats `n` in decimal into `buf` without allocating.
fn itoa(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

/// A compiled operand.
#[derive(Debug, Clone)]
pub(crate) enum Operand {
    /// A field, through cache slot `slot`.
    Field {
        /// Cache slot.
        slot: usize,
        /// Its type.
        ty: FieldType,
        /// Its name, for messages.
        name: String,
    },
    /// A transformer over operands.
    Transform {
        /// Which.
        kind: Transformer,
        /// Arguments.
        args: Vec<Operand>,
        /// `[arg]` after the call (`getopt(proc.args)[-c]`... ).
        arg: Option<String>,
    },
    /// A literal.
    Lit(String),
    /// A list of operands (`join` arguments).
    List(Vec<Operand>),
}

impl Operand {
    /// Compiles an AST operand, assigning cache slots.
    pub(crate) fn compile(
        op: &AstOperand,
        cache: &mut FieldCache,
    ) -> Result<Operand, CompileError> {
        Ok(match op {
            AstOperand::Field(f) => {
                let slot = cache
                    .slot_for(&f.name, f.arg.as_deref())
                    .map_err(CompileError::Condition)?;
                Operand::Field {
                    slot,
                    ty: field_type(&f.name),
                    name: match &f.arg {
                        Some(a) => format!("{}[{a}]", f.name),
                        None => f.name.clone(),
                    },
                }
            }
            AstOperand::Transform {
                kind, args, arg, ..
            } => {
                let args = args
                    .iter()
                    .map(|a| Operand::compile(a, cache))
                    .collect::<Result<Vec<_>, _>>()?;
                if args.is_empty() {
                    return Err(CompileError::Condition(format!(
                        "transformer '{}' needs an argument",
                        kind.as_str()
                    )));
                }
                Operand::Transform {
                    kind: *kind,
                    args,
                    arg: arg.clone(),
                }
            }
            AstOperand::Str(s) => Operand::Lit(s.clone()),
            AstOperand::List(items) => Operand::List(
                items
                    .iter()
                    .map(|a| Operand::compile(a, cache))
                    .collect::<Result<Vec<_>, _>>()?,
            ),
        })
    }

    /// The type of the values this operand yields.
    pub(crate) fn ty(&self) -> FieldType {
        match self {
            Operand::Field { ty, .. } => *ty,
            Operand::Transform { kind, args, .. } => match kind {
                Transformer::Len => FieldType::Num,
                Transformer::Val => args.first().map_or(FieldType::Str, Operand::ty),
                _ => FieldType::Str,
            },
            Operand::Lit(_) | Operand::List(_) => FieldType::Str,
        }
    }

    /// Appends this operand's values to `out`; `false` when undefined.
    pub(crate) fn eval(
        &self,
        ctx: &EventContext<'_, '_>,
        cache: &mut FieldCache,
        out: &mut Vec<String>,
    ) -> bool {
        match self {
            Operand::Field { slot, .. } => match cache.get(*slot, ctx) {
                Some(v) => {
                    out.extend(v.iter().cloned());
                    true
                }
                None => false,
            },
            Operand::Lit(s) => {
                out.push(s.clone());
                true
            }
            Operand::List(items) => items.iter().all(|i| i.eval(ctx, cache, out)),
            Operand::Transform { kind, args, arg } => {
                transform(*kind, args, arg.as_deref(), ctx, cache, out)
            }
        }
    }
}

fn transform(
    kind: Transformer,
    args: &[Operand],
    arg: Option<&str>,
    ctx: &EventContext<'_, '_>,
    cache: &mut FieldCache,
    out: &mut Vec<String>,
) -> bool {
    let mut vals = Vec::new();
    match kind {
        Transformer::Concat => {
            let mut s = String::new();
            for a in args {
                vals.clear();
                if !a.eval(ctx, cache, &mut vals) {
                    return false;
                }
                vals.iter().for_each(|v| s.push_str(v));
            }
            out.push(s);
            return true;
        }
        Transformer::Join => {
            let Some((sep, rest)) = args.split_first() else {
                return false;
            };
            let mut sepv = Vec::new();
            if !sep.eval(ctx, cache, &mut sepv) {
                return false;
            }
            let sep = sepv.concat();
            for a in rest {
                if !a.eval(ctx, cache, &mut vals) {
                    return false;
                }
            }
            out.push(vals.join(&sep));
            return true;
        }
        _ => {}
    }
    for a in args {
        if !a.eval(ctx, cache, &mut vals) {
            return false;
        }
    }
    match kind {
        Transformer::Tolower => out.extend(vals.iter().map(|v| v.to_lowercase())),
        Transformer::Toupper => out.extend(vals.iter().map(|v| v.to_uppercase())),
        Transformer::Basename => out.extend(vals.iter().map(|v| match v.rfind('/') {
            Some(i) => v[i + 1..].to_owned(),
            None => v.clone(),
        })),
        Transformer::B64 => {
            for v in &vals {
                let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(v.trim()) else {
                    return false;
                };
                out.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
        Transformer::Len => {
            if vals.len() == 1 {
                out.push(vals[0].len().to_string());
            } else {
                out.push(vals.len().to_string());
            }
        }
        Transformer::Getopt => {
            let Some(opt) = arg else {
                return false;
            };
            let words: Vec<&str> = vals.iter().flat_map(|v| v.split_whitespace()).collect();
            let found = words.iter().enumerate().find_map(|(i, w)| {
                if *w == opt {
                    Some(words.get(i + 1).copied().unwrap_or(""))
                } else {
                    w.strip_prefix(opt).filter(|_| opt.len() == 2)
                }
            });
            match found {
                Some(v) => out.push(v.to_owned()),
                None => return false,
            }
        }
        Transformer::Val | Transformer::Concat | Transformer::Join => out.extend(vals),
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn itoa_formats_numbers() {
        assert_eq!(itoa(0, &mut [0; 20]), "0");
        assert_eq!(itoa(256, &mut [0; 20]), "256");
        assert_eq!(itoa(usize::MAX, &mut [0; 20]), usize::MAX.to_string());
    }
}
