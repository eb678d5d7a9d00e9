//! A standalone filter (`rfalco capture print FILE FILTER`): one condition, no macros or lists.

use rfalco_fields::evt::EventContext;
use rfalco_rules::condition::{self, Expr};

use crate::error::CompileError;
use crate::node::Node;
use crate::operand::FieldCache;

/// A compiled filter expression.
#[derive(Debug)]
pub struct Filter {
    node: Node,
    cache: FieldCache,
}

impl Filter {
    /// Parses and compiles `text`; syntax errors name the byte offset.
    pub fn compile(text: &str) -> Result<Filter, CompileError> {
        let expr = condition::parse(text).map_err(|e| {
            CompileError::Condition(format!("filter error at byte {}: {}", e.pos, e.message))
        })?;
        Filter::from_expr(&expr)
    }

    /// Compiles a parsed (and resolved) expression.
    pub fn from_expr(expr: &Expr) -> Result<Filter, CompileError> {
        let mut cache = FieldCache::default();
        let mut node = Node::compile(expr, &mut cache)?;
        node.settle(&cache);
        Ok(Filter { node, cache })
    }

    /// Whether the event matches.
    pub fn matches(&mut self, ctx: &EventContext<'_, '_>) -> bool {
        self.cache.next_event();
        self.node.eval(ctx, &mut self.cache)
    }
}
