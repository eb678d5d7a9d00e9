//! A condition as a tree of compiled checks.

use rfalco_fields::evt::EventContext;
use rfalco_rules::condition::{Check as AstCheck, Expr, Modifier, Op, Operand, Rhs};

use crate::check::Check;
use crate::error::CompileError;
use crate::operand::FieldCache;

/// A compiled boolean expression.
#[derive(Debug, Clone)]
pub(crate) enum Node {
    /// All hold (short-circuits left to right).
    And(Vec<Node>),
    /// One holds (short-circuits left to right).
    Or(Vec<Node>),
    /// Negation.
    Not(Box<Node>),
    /// A comparison.
    Check(Box<Check>),
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
    /// Compiles a resolved condition (macros already substituted).
    pub(crate) fn compile(e: &Expr, cache: &mut FieldCache) -> Result<Node, CompileError> {
        Ok(match e {
            Expr::And(v) => Node::And(
                v.iter()
                    .map(|x| Node::compile(x, cache))
                    .collect::<Result<_, _>>()?,
            ),
            Expr::Or(v) => {
                let merged = merge_or(v);
                if merged.len() == 1 {
                    return Node::compile(&merged[0], cache);
                }
                Node::Or(
                    merged
                        .iter()
                        .map(|x| Node::compile(x, cache))
                        .collect::<Result<_, _>>()?,
                )
            }
            Expr::Not(x) => Node::Not(Box::new(Node::compile(x, cache)?)),
            Expr::Check(c) => Node::Check(Box::new(Check::compile(c, cache)?)),
            Expr::Macro { name, .. } => {
                return Err(CompileError::Condition(format!(
                    "undefined macro '{name}' used in filter"
                )));
            }
        })
    }

    /// Evaluates the expression on the current event.
    pub(crate) fn eval(&self, ctx: &EventContext<'_, '_>, cache: &mut FieldCache) -> bool {
        match self {
            Node::And(v) => v.iter().all(|n| n.eval(ctx, cache)),
            Node::Or(v) => v.iter().any(|n| n.eval(ctx, cache)),
            Node::Not(n) => !n.eval(ctx, cache),
            Node::Check(c) => c.eval(ctx, cache),
        }
    }
}
