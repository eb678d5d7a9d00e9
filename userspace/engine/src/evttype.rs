//! `evt.type` checks decided by the event's type code.
//!
//! Almost every rule condition starts with `evt.type in (...)` or `evt.type = name`. Through
//! the general path each check renders the type's name and compares text; for a type whose
//! name the event table fixes (every type but the generic system call exit and async events,
//! named from their parameters) the answer is one bit of a set built at compile time.

use rfalco_rules::condition::{Check as AstCheck, Op, Operand, Rhs};
use scap_format::EventRef;
use scap_format::abi::events::{EVENT_MAX, EVENT_TABLE, code};

/// The type codes whose name a check accepts.
#[derive(Debug, Clone)]
pub(crate) struct TypeSet {
    bits: Vec<u64>,
    /// `!=`: the check holds for the codes outside the set.
    negate: bool,
}

impl TypeSet {
    /// The set of `c` when it is `evt.type = v`, `== v`, `!= v` or `in (v, ...)` with literal
    /// values and no modifier; `None` otherwise (the general path decides).
    pub(crate) fn of(c: &AstCheck) -> Option<TypeSet> {
        let Operand::Field(f) = &c.lhs else {
            return None;
        };
        if f.name != "evt.type" || f.arg.is_some() || c.modifier.is_some() {
            return None;
        }
        let names: Vec<&str> = match (&c.op, &c.rhs) {
            (Op::Eq | Op::EqEq | Op::Ne, Rhs::Value(v, _)) => vec![v.as_str()],
            (Op::In, Rhs::List(items)) => items.iter().map(|(v, _)| v.as_str()).collect(),
            _ => return None,
        };
        let mut bits = vec![0u64; EVENT_MAX.div_ceil(64)];
        for (ty, info) in EVENT_TABLE.iter().enumerate() {
            if names.contains(&info.name) {
                bits[ty / 64] |= 1 << (ty % 64);
            }
        }
        Some(TypeSet {
            bits,
            negate: c.op == Op::Ne,
        })
    }

    /// Whether the check holds for `ev`, when its type code decides it.
    #[inline]
    pub(crate) fn holds(&self, ev: &EventRef<'_>) -> Option<bool> {
        let ty = ev.ty();
        if ty == code::GENERIC_X || ty == code::ASYNCEVENT_E || usize::from(ty) >= EVENT_MAX {
            return None;
        }
        let word = self.bits.get(usize::from(ty) / 64)?;
        Some((word >> (ty % 64) & 1 == 1) != self.negate)
    }
}
