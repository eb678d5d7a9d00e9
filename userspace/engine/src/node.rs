//! A condition as a tree of compiled checks.

use rfalco_fields::evt::EventContext;
use rfalco_rules::condition::{Check as AstCheck, Expr, Modifier, Op, Operand, Rhs};

use crate::check::Check;
use crate::error::CompileError;
use crate::memo::{Key, Shared};
use crate::operand::FieldCache;

/// A compiled boolean expression. Compound nodes and checks that occur in more than one place
/// among the compiled conditions keep their result for the event (see `memo.rs`).
#[derive(Debug, Clone)]
pub(crate) enum Node {
    /// All hold (short-circuits left to right).
    And(Vec<Node>, Shared),
    /// One holds (short-circuits left to right).
    Or(Vec<Node>, Shared),
    /// Negation.
    Not(Box<Node>),
    /// A comparison.
    Check(Box<Check>, Shared),
}

/// The operator a run of `or`ed single-value checks on one field merges into: `=` checks
/// become one `in`, `contains`/`icontains`/`startswith`/`endswith` checks one `oneof` check
/// (one hash lookup or one automaton instead of a scan per check).
fn mergeable(c: &AstCheck) -> Option<(Op, Option<Modifier>)> {
    if c.modifier.is_some() || !matches!(c.rhs, Rhs::Value(..)) {
        return None;
    }
    if !matches!(c.lhs, Operand::Field(_)) {
        return None;
    }
    match c.op {
        Op::Eq | Op::EqEq => Some((Op::In, None)),
        Op::Contains | Op::Icontains | Op::Startswith | Op::Endswith => {
            Some((c.op, Some(Modifier::Oneof)))
        }
        _ => None,
    }
}

/// Merges `or`ed checks of one field and one operator (see [`mergeable`]); the result keeps
/// the position of each group's first check. Equivalent: a check on an undefined field is
/// false, so is the merged one.
fn merge_or(items: &[Expr]) -> Vec<Expr> {
    let mut out: Vec<Expr> = Vec::with_capacity(items.len());
    for e in items {
        if let Expr::Check(c) = e
            && let Some((op, modifier)) = mergeable(c)
            && let Rhs::Value(val, pos) = &c.rhs
        {
            let found = out.iter_mut().find_map(|o| match o {
                Expr::Check(m) if m.lhs == c.lhs && m.op == op && m.modifier == modifier => {
                    match &mut m.rhs {
                        Rhs::List(l) => Some(l),
                        _ => None,
                    }
                }
                _ => None,
            });
            match found {
                Some(list) => list.push((val.clone(), *pos)),
                None => out.push(Expr::Check(AstCheck {
                    lhs: c.lhs.clone(),
                    op,
                    modifier,
                    rhs: Rhs::List(vec![(val.clone(), *pos)]),
                    pos: c.pos,
                })),
            }
            continue;
        }
        out.push(e.clone());
    }
    out
}

impl Node {
    /// Compiles a resolved condition (macros already substituted). Until
    /// [`Node::settle`] runs, each node's [`Shared`] holds its subtree id.
    pub(crate) fn compile(e: &Expr, cache: &mut FieldCache) -> Result<Node, CompileError> {
        Ok(Node::compile_id(e, cache)?.0)
    }

    /// Compiles `e` and returns its subtree id with it.
    fn compile_id(e: &Expr, cache: &mut FieldCache) -> Result<(Node, u32), CompileError> {
        let children = |v: &[Expr], cache: &mut FieldCache| {
            v.iter()
                .map(|x| Node::compile_id(x, cache))
                .collect::<Result<(Vec<Node>, Vec<u32>), _>>()
        };
        Ok(match e {
            Expr::And(v) => {
                let (nodes, ids) = children(v, cache)?;
                let id = cache.memo.intern(Key::And(ids));
                (Node::And(nodes, Shared::id(id)), id)
            }
            Expr::Or(v) => {
                let merged = merge_or(v);
                if merged.len() == 1 {
                    return Node::compile_id(&merged[0], cache);
                }
                let (nodes, ids) = children(&merged, cache)?;
                let id = cache.memo.intern(Key::Or(ids));
                (Node::Or(nodes, Shared::id(id)), id)
            }
            Expr::Not(x) => {
                let (node, child) = Node::compile_id(x, cache)?;
                let id = cache.memo.intern(Key::Not(child));
                (Node::Not(Box::new(node)), id)
            }
            Expr::Check(c) => {
                let check = Check::compile(c, cache)?;
                let id = cache.memo.intern(Key::Check(e.to_string()));
                (Node::Check(Box::new(check), Shared::id(id)), id)
            }
            Expr::Macro { name, .. } => {
                return Err(CompileError::Condition(format!(
                    "undefined macro '{name}' used in filter"
                )));
            }
        })
    }

    /// Once every condition sharing `cache` is compiled: keeps the results of the subtrees
    /// that occur more than once, and only those.
    pub(crate) fn settle(&mut self, cache: &FieldCache) {
        match self {
            Node::And(v, s) | Node::Or(v, s) => {
                *s = cache.memo.shared(s.raw());
                v.iter_mut().for_each(|n| n.settle(cache));
            }
            Node::Not(n) => n.settle(cache),
            Node::Check(_, s) => *s = cache.memo.shared(s.raw()),
        }
    }

    /// Evaluates the expression on the current event.
    pub(crate) fn eval(&self, ctx: &EventContext<'_, '_>, cache: &mut FieldCache) -> bool {
        match self {
            Node::And(v, s) => cache.remembered(*s, |c| v.iter().all(|n| n.eval(ctx, c))),
            Node::Or(v, s) => cache.remembered(*s, |c| v.iter().any(|n| n.eval(ctx, c))),
            Node::Not(n) => !n.eval(ctx, cache),
            Node::Check(k, s) => cache.remembered(*s, |c| k.eval(ctx, c)),
        }
    }
}
