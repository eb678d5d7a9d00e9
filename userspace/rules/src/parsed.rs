//! Conditions already parsed while loading a sequence of rule files.
//!
//! Falco compiles everything collected so far after each file, so with three files the first
//! file's macros and rules are parsed three times, the second's twice. Parsing is a function of
//! the text alone (positions in the AST count from the condition's start), so each distinct
//! condition text, after list expansion, is parsed once per load and the result reused. A list
//! changed by a later file changes the expanded text, which is then parsed anew.

use std::collections::HashMap;

use crate::condition::{self, Expr, ParseError};

/// Parse results by condition text, for one load.
#[derive(Debug, Default)]
pub struct Parsed {
    by_text: HashMap<String, Result<Expr, ParseError>>,
}

impl Parsed {
    /// `condition::parse(text)`, parsed on the first call for a text and cloned after.
    pub fn parse(&mut self, text: &str) -> Result<Expr, ParseError> {
        if let Some(r) = self.by_text.get(text) {
            return r.clone();
        }
        let r = condition::parse(text);
        self.by_text.insert(text.to_owned(), r.clone());
        r
    }

    /// Distinct texts parsed so far.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.by_text.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_parsed_once_and_gives_the_same_result() {
        let mut p = Parsed::default();
        let a = p.parse("proc.name = bash and fd.num >= 0");
        let b = p.parse("proc.name = bash and fd.num >= 0");
        assert_eq!(a, b);
        assert_eq!(a, condition::parse("proc.name = bash and fd.num >= 0"));
        assert_eq!(p.len(), 1);
        let e1 = p.parse("proc.name = ");
        let e2 = p.parse("proc.name = ");
        assert!(e1.is_err());
        assert_eq!(e1, e2);
        assert_eq!(e1, condition::parse("proc.name = "));
        assert_eq!(p.len(), 2);
        p.parse("proc.name = sh").expect("parses");
        assert_eq!(p.len(), 3);
    }
}
