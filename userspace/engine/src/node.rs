//! A condition as a tree of compiled checks.

use rfalco_fields::evt::EventContext;
use rfalco_rules::condition::Expr;

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

impl Node {
    /// Compiles a resolved condition (macros already substituted).
    pub(crate) fn compile(e: &Expr, cache: &mut FieldCache) -> Result<Node, CompileError> {
        Ok(match e {
            Expr::And(v) => Node::And(
                v.iter()
                    .map(|x| Node::compile(x, cache))
                    .collect::<Result<_, _>>()?,
            ),
            Expr::Or(v) => Node::Or(
                v.iter()
                    .map(|x| Node::compile(x, cache))
                    .collect::<Result<_, _>>()?,
            ),
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
