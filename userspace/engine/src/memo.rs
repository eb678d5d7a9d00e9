//! Results of conditions that several rules share, computed once per event.
//!
//! Rule files build conditions from the same macros: with Falco's three rule files about twenty
//! rules are evaluated on every `open` event, and each starts with the same `open_read` or
//! `open_write` checks. Compiled nodes are hash-consed (two subtrees with the same canonical
//! text, positions aside, get one id); a subtree that occurs more than once among the compiled
//! conditions keeps its result until the next event. Conditions read the event and the state
//! only, so a second evaluation within one event could only repeat the first.

use std::collections::HashMap;

/// What makes two compiled subtrees the same: a check by its canonical text, a compound node
/// by its operator and its children's ids.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    /// `lhs op rhs` as [`rfalco_rules::condition::Expr`] displays it.
    Check(String),
    /// `and` of these children.
    And(Vec<u32>),
    /// `or` of these children.
    Or(Vec<u32>),
    /// `not` of this child.
    Not(u32),
}

/// A node whose result is kept for the event: its memo id, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shared(u32);

impl Shared {
    /// Not kept.
    pub(crate) const NONE: Shared = Shared(u32::MAX);

    /// A subtree id, before [`Memo::shared`] decides whether it is kept.
    pub(crate) fn id(id: u32) -> Shared {
        Shared(id)
    }

    /// The subtree id given to [`Shared::id`].
    pub(crate) fn raw(self) -> u32 {
        self.0
    }
}

/// Never written: no generation matches it.
const STALE: u64 = u64::MAX;

/// The ids of compiled subtrees, how often each occurs, and the results of the current event.
#[derive(Debug, Default, Clone)]
pub(crate) struct Memo {
    ids: HashMap<Key, u32>,
    uses: Vec<u32>,
    /// Per id: `generation << 1 | result`, or [`STALE`].
    values: Vec<u64>,
}

impl Memo {
    /// The id of a subtree (the same for equal keys), counting one more occurrence.
    pub(crate) fn intern(&mut self, key: Key) -> u32 {
        let next = self.uses.len() as u32;
        let id = *self.ids.entry(key).or_insert(next);
        if id == next {
            self.uses.push(0);
            self.values.push(STALE);
        }
        self.uses[id as usize] += 1;
        id
    }

    /// Whether a subtree with this id is kept: it occurs more than once.
    pub(crate) fn shared(&self, id: u32) -> Shared {
        if self.uses.get(id as usize).is_some_and(|&n| n > 1) {
            Shared(id)
        } else {
            Shared::NONE
        }
    }

    /// The result of a kept subtree for this event, if already computed.
    #[inline]
    pub(crate) fn get(&self, s: Shared, generation: u64) -> Option<bool> {
        let v = *self.values.get(s.0 as usize)?;
        (v != STALE && v >> 1 == generation).then_some(v & 1 == 1)
    }

    /// Keeps the result of a subtree for this event (nothing for [`Shared::NONE`]).
    #[inline]
    pub(crate) fn set(&mut self, s: Shared, generation: u64, result: bool) {
        if let Some(v) = self.values.get_mut(s.0 as usize) {
            *v = (generation << 1) | u64::from(result);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_share_an_id_and_results_last_one_event() {
        let mut m = Memo::default();
        let a = m.intern(Key::Check("fd.num >= 0".into()));
        let b = m.intern(Key::Check("proc.name = sh".into()));
        assert_eq!(m.intern(Key::Check("fd.num >= 0".into())), a);
        assert_ne!(a, b);
        assert_eq!(m.shared(b), Shared::NONE);
        let s = m.shared(a);
        assert_ne!(s, Shared::NONE);
        assert_eq!(m.get(s, 7), None);
        m.set(s, 7, true);
        assert_eq!(m.get(s, 7), Some(true));
        assert_eq!(m.get(s, 8), None);
        m.set(s, 8, false);
        assert_eq!(m.get(s, 8), Some(false));
        m.set(Shared::NONE, 8, true);
        assert_eq!(m.get(Shared::NONE, 8), None);
    }
}
