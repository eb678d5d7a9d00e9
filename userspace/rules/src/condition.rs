//! The condition language (libsinsp's filter grammar) parsed to a typed AST with byte offsets.
//!
//! The grammar follows libsinsp's recursive-descent parser: `or` binds loosest, then `and`, then
//! `not`; a check is a field (optionally `field[arg]`) or a transformer applied to fields,
//! followed by an operator and its operand, a macro name, or a parenthesised expression. Error
//! texts reuse libsinsp's where Falco's validation output shows them.

use std::fmt;

/// Most nested parentheses/`not`s accepted (Falco raises libsinsp's default to 1000).
pub const MAX_DEPTH: usize = 1000;

/// A boolean expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// All must hold.
    And(Vec<Expr>),
    /// One must hold.
    Or(Vec<Expr>),
    /// Negation.
    Not(Box<Expr>),
    /// A comparison.
    Check(Check),
    /// A reference to a macro, replaced by its condition when macros are resolved.
    Macro {
        /// The macro's name.
        name: String,
        /// Byte offset in the condition text.
        pos: usize,
    },
}

/// `lhs op [modifier] rhs`.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// Left-hand side: a field or a transformer over fields.
    pub lhs: Operand,
    /// The operator.
    pub op: Op,
    /// `oneof`/`anyof`/`allof` after a string operator.
    pub modifier: Option<Modifier>,
    /// Right-hand side.
    pub rhs: Rhs,
    /// Byte offset of the check.
    pub pos: usize,
}

/// A field reference `name` or `name[arg]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldRef {
    /// Field name, e.g. `proc.aname`.
    pub name: String,
    /// Argument between brackets, e.g. `2` in `proc.aname[2]`.
    pub arg: Option<String>,
    /// Byte offset of the name.
    pub pos: usize,
}

/// A value producer: a field, a transformer over operands, or a string (a transformer argument).
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    /// A field.
    Field(FieldRef),
    /// `kind(args)`.
    Transform {
        /// Which transformer.
        kind: Transformer,
        /// Its arguments.
        args: Vec<Operand>,
        /// Byte offset of the transformer name.
        pos: usize,
    },
    /// A literal string argument (as in `concat(proc.name, "-")`).
    Str(String),
}

/// The right-hand side of a check.
#[derive(Debug, Clone, PartialEq)]
pub enum Rhs {
    /// No operand (`exists`).
    None,
    /// One literal value and its byte offset.
    Value(String, usize),
    /// A literal list `(a, b, ...)`; values with their byte offsets.
    List(Vec<(String, usize)>),
    /// An identifier in list position that was not expanded as a list.
    ListName(String, usize),
    /// `val(field)` or a transformer: compares two fields.
    Operand(Operand),
}

macro_rules! keyword_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vm])* $v),+ }
        impl $name {
            /// Every variant, in matching order.
            pub const ALL: &'static [$name] = &[$($name::$v),+];
            /// The spelling in conditions.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$v => $s),+ }
            }
            /// Parses the spelling.
            pub fn from_name(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$v),)+ _ => None }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

keyword_enum!(
    /// Comparison operators; symbolic ones are listed longest first for matching.
    Op {
        /// `<=`
        Le = "<=",
        /// `<`
        Lt = "<",
        /// `>=`
        Ge = ">=",
        /// `>`
        Gt = ">",
        /// `==` (same as `=`)
        EqEq = "==",
        /// `=`
        Eq = "=",
        /// `!=`
        Ne = "!=",
        /// `bcontains`
        Bcontains = "bcontains",
        /// `bstartswith`
        Bstartswith = "bstartswith",
        /// `contains`
        Contains = "contains",
        /// `endswith`
        Endswith = "endswith",
        /// `exists`
        Exists = "exists",
        /// `glob`
        Glob = "glob",
        /// `icontains`
        Icontains = "icontains",
        /// `iglob`
        Iglob = "iglob",
        /// `intersects`
        Intersects = "intersects",
        /// `in`
        In = "in",
        /// `pmatch`
        Pmatch = "pmatch",
        /// `regex`
        Regex = "regex",
        /// `startswith`
        Startswith = "startswith",
    }
);

keyword_enum!(
    /// Modifiers that turn a string operator into a list operator.
    Modifier {
        /// Any list element matches.
        Oneof = "oneof",
        /// Same as `oneof`.
        Anyof = "anyof",
        /// Every list element matches.
        Allof = "allof",
    }
);

keyword_enum!(
    /// Field transformers, and `val` (a field used as a right-hand side).
    Transformer {
        /// `tolower(...)`
        Tolower = "tolower",
        /// `toupper(...)`
        Toupper = "toupper",
        /// `b64(...)`
        B64 = "b64",
        /// `basename(...)`
        Basename = "basename",
        /// `len(...)`
        Len = "len",
        /// `join(...)`
        Join = "join",
        /// `concat(...)`
        Concat = "concat",
        /// `getopt(...)`
        Getopt = "getopt",
        /// `val(field)`
        Val = "val",
    }
);

impl Op {
    /// Operators taking a list on the right (`in`, `intersects`, `pmatch`).
    pub fn is_list_op(self) -> bool {
        matches!(self, Op::In | Op::Intersects | Op::Pmatch)
    }

    /// Operators that accept a `oneof`/`anyof`/`allof` modifier.
    pub fn is_str_op(self) -> bool {
        matches!(
            self,
            Op::EqEq
                | Op::Eq
                | Op::Ne
                | Op::Bcontains
                | Op::Bstartswith
                | Op::Contains
                | Op::Endswith
                | Op::Glob
                | Op::Icontains
                | Op::Iglob
                | Op::Startswith
                | Op::Regex
        )
    }
}

/// A syntax error in a condition.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    /// libsinsp-style message.
    pub message: String,
    /// Byte offset where parsing stopped.
    pub pos: usize,
}

/// Parses a whole condition.
pub fn parse(src: &str) -> Result<Expr, ParseError> {
    let mut p = Parser {
        src,
        pos: 0,
        last: String::new(),
        depth: 0,
    };
    let e = p.expr()?;
    p.blanks();
    if p.pos < src.len() {
        return Err(p.err(format!(
            "unexpected token after '{}', expecting 'or', 'and'",
            p.last
        )));
    }
    Ok(e)
}

/// Whether `s` matches libsinsp's identifier syntax `[a-zA-Z]+[a-zA-Z0-9_]*` (macro names).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether `s` matches libsinsp's bare-string syntax (list names).
pub fn is_bare_str(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_bare_byte)
}

fn is_bare_byte(b: u8) -> bool {
    !matches!(
        b,
        b' ' | 0x08 | b'\t' | b'\n' | b'\r' | b'(' | b')' | b',' | b'=' | b'"' | b'\''
    )
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

struct Parser<'s> {
    src: &'s str,
    pos: usize,
    /// The last token consumed, quoted in error messages as libsinsp does.
    last: String,
    depth: usize,
}

impl Parser<'_> {
    fn err(&self, message: String) -> ParseError {
        ParseError {
            message,
            pos: self.pos,
        }
    }

    fn rest(&self) -> &[u8] {
        &self.src.as_bytes()[self.pos..]
    }

    fn peek(&self) -> Option<u8> {
        self.rest().first().copied()
    }

    fn blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r' | 0x08)) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.blanks();
        if self.peek() == Some(c) {
            self.pos += 1;
            self.last = (c as char).to_string();
            true
        } else {
            false
        }
    }

    /// Consumes keyword `kw` when followed by a blank, `(` (and `follow_paren`), or the end.
    fn keyword(&mut self, kw: &str, follow_paren: bool) -> bool {
        self.blanks();
        let r = self.rest();
        if !r.starts_with(kw.as_bytes()) {
            return false;
        }
        let ok = match r.get(kw.len()) {
            None => false,
            Some(b' ' | b'\t' | b'\n' | b'\r' | 0x08) => true,
            Some(b'(') => follow_paren,
            Some(_) => false,
        };
        if ok {
            self.pos += kw.len();
            self.last = kw.to_string();
        }
        ok
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(format!("exceeded max depth limit of {MAX_DEPTH}")));
        }
        Ok(())
    }

    fn expr(&mut self) -> Result<Expr, ParseError> {
        self.enter()?;
        let first = self.and_expr()?;
        let mut items = vec![first];
        while self.keyword("or", true) {
            items.push(self.and_expr()?);
        }
        self.depth -= 1;
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Expr::Or(items)
        })
    }

    fn and_expr(&mut self) -> Result<Expr, ParseError> {
        let first = self.not_expr()?;
        let mut items = vec![first];
        while self.keyword("and", true) {
            items.push(self.not_expr()?);
        }
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Expr::And(items)
        })
    }

    fn not_expr(&mut self) -> Result<Expr, ParseError> {
        if self.keyword("not", true) {
            self.enter()?;
            let inner = self.not_expr()?;
            self.depth -= 1;
            return Ok(Expr::Not(Box::new(inner)));
        }
        self.check()
    }

    /// Length of a word (`[a-zA-Z0-9_.]`) at the cursor.
    fn word_len(&self) -> usize {
        self.rest()
            .iter()
            .take_while(|&&b| is_word_byte(b) || b == b'.')
            .count()
    }

    fn check(&mut self) -> Result<Expr, ParseError> {
        self.blanks();
        let start = self.pos;
        if self.eat(b'(') {
            let e = self.expr()?;
            if !self.eat(b')') {
                return Err(self.err(format!(
                    "unexpected token after '{}', expecting ')', 'or', 'and'",
                    self.last
                )));
            }
            return Ok(e);
        }
        if let Some(op) = self.transformer()? {
            return self.condition(op, start);
        }
        let n = self.word_len();
        let word = &self.src[start..start + n];
        if is_field_name(word) {
            let f = self.field()?;
            return self.condition(Operand::Field(f), start);
        }
        if is_identifier(word) {
            self.pos += n;
            self.last = word.to_string();
            return Ok(Expr::Macro {
                name: word.to_string(),
                pos: start,
            });
        }
        Err(self.err(if self.last.is_empty() {
            "unexpected token, expecting a field, a macro name, 'not' or '('".to_string()
        } else {
            format!(
                "unexpected token after '{}', expecting a field, a macro name, 'not' or '('",
                self.last
            )
        }))
    }

    /// A field name and its optional `[arg]` at the cursor.
    fn field(&mut self) -> Result<FieldRef, ParseError> {
        self.blanks();
        let start = self.pos;
        let n = self.word_len();
        let name = &self.src[start..start + n];
        if !is_field_name(name) {
            return Err(self.err(format!("expected a field name after '{}'", self.last)));
        }
        self.pos += n;
        self.last = name.to_string();
        let mut arg = None;
        if self.peek() == Some(b'[') {
            let close =
                self.rest().iter().position(|&b| b == b']').ok_or_else(|| {
                    self.err(format!("unterminated field argument after '{name}'"))
                })?;
            let raw = &self.src[self.pos + 1..self.pos + close];
            let trimmed = raw.trim();
            let unq = trimmed
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .or_else(|| {
                    trimmed
                        .strip_prefix('\'')
                        .and_then(|s| s.strip_suffix('\''))
                })
                .unwrap_or(trimmed);
            arg = Some(unq.to_string());
            self.pos += close + 1;
            self.last = format!("{name}[{raw}]");
        }
        Ok(FieldRef {
            name: name.to_string(),
            arg,
            pos: start,
        })
    }

    /// A transformer call at the cursor (`tolower(`...), if one starts here.
    fn transformer(&mut self) -> Result<Option<Operand>, ParseError> {
        self.blanks();
        let start = self.pos;
        let n = self.rest().iter().take_while(|&&b| is_word_byte(b)).count();
        let Some(kind) = Transformer::from_name(&self.src[start..start + n]) else {
            return Ok(None);
        };
        if self.rest().get(n) != Some(&b'(') {
            return Ok(None);
        }
        self.pos += n + 1;
        self.last = format!("{kind}(");
        let mut args = Vec::new();
        loop {
            self.blanks();
            if let Some(t) = self.transformer()? {
                args.push(t);
            } else if matches!(self.peek(), Some(b'"' | b'\'')) {
                args.push(Operand::Str(self.quoted()?));
            } else {
                args.push(Operand::Field(self.field()?));
            }
            if self.eat(b',') {
                continue;
            }
            if self.eat(b')') {
                break;
            }
            return Err(self.err(format!(
                "unexpected token after '{}', expecting ',' or ')'",
                self.last
            )));
        }
        Ok(Some(Operand::Transform {
            kind,
            args,
            pos: start,
        }))
    }

    fn operator(&mut self) -> Option<Op> {
        self.blanks();
        let r = self.rest();
        for &op in Op::ALL {
            let s = op.as_str().as_bytes();
            if !r.starts_with(s) {
                continue;
            }
            if s[0].is_ascii_alphabetic() && r.get(s.len()).is_some_and(|&b| is_word_byte(b)) {
                continue;
            }
            self.pos += s.len();
            self.last = op.as_str().to_string();
            return Some(op);
        }
        None
    }

    fn condition(&mut self, lhs: Operand, start: usize) -> Result<Expr, ParseError> {
        let Some(op) = self.operator() else {
            return Err(self.err(format!(
                "unexpected token after '{}', expecting a valid operator",
                self.last
            )));
        };
        let mut modifier = None;
        let rhs = if op == Op::Exists {
            Rhs::None
        } else if op.is_list_op() {
            self.list_rhs()?
        } else {
            if op.is_str_op() {
                for &m in Modifier::ALL {
                    if self.keyword(m.as_str(), true) {
                        modifier = Some(m);
                        break;
                    }
                }
            }
            if modifier.is_some() {
                self.list_rhs()?
            } else if let Some(t) = self.transformer()? {
                Rhs::Operand(t)
            } else {
                let at = self.pos;
                Rhs::Value(self.value()?, at)
            }
        };
        Ok(Expr::Check(Check {
            lhs,
            op,
            modifier,
            rhs,
            pos: start,
        }))
    }

    fn list_rhs(&mut self) -> Result<Rhs, ParseError> {
        if let Some(t) = self.transformer()? {
            return Ok(Rhs::Operand(t));
        }
        if self.eat(b'(') {
            let mut items = Vec::new();
            if self.eat(b')') {
                return Ok(Rhs::List(items));
            }
            loop {
                self.blanks();
                let at = self.pos;
                items.push((self.value()?, at));
                if self.eat(b',') {
                    continue;
                }
                if self.eat(b')') {
                    return Ok(Rhs::List(items));
                }
                return Err(self.err(format!(
                    "unexpected token after '{}', expecting ',' or ')'",
                    self.last
                )));
            }
        }
        self.blanks();
        let at = self.pos;
        let n = self.rest().iter().take_while(|&&b| is_bare_byte(b)).count();
        if n == 0 {
            return Err(self.err(format!(
                "unexpected token after '{}', expecting a list",
                self.last
            )));
        }
        let name = self.src[at..at + n].to_string();
        self.pos += n;
        self.last.clone_from(&name);
        Ok(Rhs::ListName(name, at))
    }

    /// A quoted or bare string value.
    fn value(&mut self) -> Result<String, ParseError> {
        self.blanks();
        if matches!(self.peek(), Some(b'"' | b'\'')) {
            return self.quoted();
        }
        let n = self.rest().iter().take_while(|&&b| is_bare_byte(b)).count();
        if n == 0 {
            return Err(self.err(format!(
                "unexpected token after '{}', expecting a value",
                self.last
            )));
        }
        let v = self.src[self.pos..self.pos + n].to_string();
        self.pos += n;
        self.last.clone_from(&v);
        Ok(v)
    }

    fn quoted(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        let Some(q) = self.peek() else {
            return Err(self.err("expected a quoted string".into()));
        };
        let mut out = String::new();
        let mut chars = self.src[start + 1..].char_indices();
        while let Some((i, c)) = chars.next() {
            if c as u32 == q as u32 {
                self.pos = start + 1 + i + 1;
                self.last = self.src[start..self.pos].to_string();
                return Ok(out);
            }
            if c == '\\' {
                match chars.next() {
                    Some((_, e @ ('\\' | '"' | '\''))) => out.push(e),
                    Some((_, 'n')) => out.push('\n'),
                    Some((_, 't')) => out.push('\t'),
                    Some((_, 'r')) => out.push('\r'),
                    Some((_, 'b')) => out.push('\u{8}'),
                    Some((_, other)) => {
                        out.push('\\');
                        out.push(other);
                    }
                    None => break,
                }
            } else {
                out.push(c);
            }
        }
        Err(self.err(format!("unterminated quoted string after '{}'", self.last)))
    }
}

/// Whether `s` matches libsinsp's field name syntax: dotted identifiers, at least two parts.
pub fn is_field_name(s: &str) -> bool {
    let mut parts = 0;
    for part in s.split('.') {
        if !is_identifier(part) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

impl Expr {
    /// Calls `f` on every check, depth first.
    pub fn for_each_check<'a>(&'a self, f: &mut impl FnMut(&'a Check)) {
        match self {
            Expr::And(v) | Expr::Or(v) => v.iter().for_each(|e| e.for_each_check(f)),
            Expr::Not(e) => e.for_each_check(f),
            Expr::Check(c) => f(c),
            Expr::Macro { .. } => {}
        }
    }
}

impl Operand {
    /// Calls `f` on every field this operand reads.
    pub fn for_each_field<'a>(&'a self, f: &mut impl FnMut(&'a FieldRef)) {
        match self {
            Operand::Field(r) => f(r),
            Operand::Transform { args, .. } => args.iter().for_each(|a| a.for_each_field(f)),
            Operand::Str(_) => {}
        }
    }
}

/// Writes a value so that it parses back to itself: bare when it can be, else double-quoted.
fn write_value(f: &mut fmt::Formatter<'_>, v: &str) -> fmt::Result {
    if is_bare_str(v) && !v.contains('\\') {
        return f.write_str(v);
    }
    write_quoted(f, v)
}

/// Writes `v` double-quoted with escapes.
fn write_quoted(f: &mut fmt::Formatter<'_>, v: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in v.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\t' => f.write_str("\\t")?,
            '\r' => f.write_str("\\r")?,
            '\u{8}' => f.write_str("\\b")?,
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}

impl fmt::Display for FieldRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)?;
        if let Some(a) = &self.arg {
            write!(f, "[{a}]")?;
        }
        Ok(())
    }
}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Field(r) => r.fmt(f),
            Operand::Transform { kind, args, .. } => {
                write!(f, "{kind}(")?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    a.fmt(f)?;
                }
                f.write_str(")")
            }
            Operand::Str(s) => write_quoted(f, s),
        }
    }
}

impl fmt::Display for Expr {
    /// A canonical text of the expression that parses back to the same tree (positions aside):
    /// nested `and`/`or` and negated compound expressions are parenthesised.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn child(f: &mut fmt::Formatter<'_>, e: &Expr) -> fmt::Result {
            match e {
                Expr::And(_) | Expr::Or(_) => write!(f, "({e})"),
                _ => write!(f, "{e}"),
            }
        }
        match self {
            Expr::And(v) | Expr::Or(v) => {
                let sep = if matches!(self, Expr::And(_)) {
                    " and "
                } else {
                    " or "
                };
                for (i, x) in v.iter().enumerate() {
                    if i > 0 {
                        f.write_str(sep)?;
                    }
                    child(f, x)?;
                }
                Ok(())
            }
            Expr::Not(x) => {
                f.write_str("not ")?;
                child(f, x)
            }
            Expr::Macro { name, .. } => f.write_str(name),
            Expr::Check(c) => {
                write!(f, "{} {}", c.lhs, c.op)?;
                if let Some(m) = c.modifier {
                    write!(f, " {m}")?;
                }
                match &c.rhs {
                    Rhs::None => Ok(()),
                    Rhs::Value(v, _) => {
                        f.write_str(" ")?;
                        write_value(f, v)
                    }
                    Rhs::ListName(n, _) => write!(f, " {n}"),
                    Rhs::Operand(o) => write!(f, " {o}"),
                    Rhs::List(items) => {
                        f.write_str(" (")?;
                        for (i, (v, _)) in items.iter().enumerate() {
                            if i > 0 {
                                f.write_str(", ")?;
                            }
                            write_value(f, v)?;
                        }
                        f.write_str(")")
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_round_trips() {
        for src in [
            "a.b = 1 or not (c.d = 2 and m)",
            "proc.name in (a, \"b c\", 'd\\'e') and fd.name exists",
            "tolower(proc.aname[2]) startswith oneof (a, b) and proc.name = val(proc.pname)",
            "not not evt.dir = < and concat(proc.name, \"-\") != \"\"",
        ] {
            let e = parse(src).expect("parses");
            let text = e.to_string();
            let again = parse(&text).unwrap_or_else(|err| panic!("{text}: {err}"));
            assert_eq!(again.to_string(), text, "{src}");
        }
    }

    fn check(e: &Expr) -> &Check {
        match e {
            Expr::Check(c) => c,
            other => panic!("not a check: {other:?}"),
        }
    }

    #[test]
    fn precedence_or_and_not() {
        let e = parse("a.b = 1 or not c.d = 2 and m").expect("parses");
        let Expr::Or(v) = &e else { panic!("or") };
        assert_eq!(v.len(), 2);
        let Expr::And(a) = &v[1] else { panic!("and") };
        assert!(matches!(a[0], Expr::Not(_)));
        assert!(matches!(&a[1], Expr::Macro { name, .. } if name == "m"));
    }

    #[test]
    fn operators_values_and_lists() {
        let e =
            parse("evt.dir=< and proc.name in (a, \"b c\", 'd') and fd.name exists").expect("ok");
        let Expr::And(v) = &e else { panic!("and") };
        assert_eq!(check(&v[0]).rhs, Rhs::Value("<".into(), 8));
        assert_eq!(check(&v[0]).op, Op::Eq);
        let Rhs::List(items) = &check(&v[1]).rhs else {
            panic!("list")
        };
        let vals: Vec<_> = items.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(vals, ["a", "b c", "d"]);
        assert_eq!(check(&v[2]).op, Op::Exists);
    }

    #[test]
    fn intersects_is_not_in() {
        let e = parse("proc.aname intersects (bash)").expect("ok");
        assert_eq!(check(&e).op, Op::Intersects);
        let e = parse("proc.name in(bash)").expect("ok");
        assert_eq!(check(&e).op, Op::In);
    }

    #[test]
    fn field_args_transformers_val_and_modifiers() {
        let e = parse("tolower(proc.aname[2]) startswith oneof (a, b)").expect("ok");
        let c = check(&e);
        assert_eq!(c.modifier, Some(Modifier::Oneof));
        let Operand::Transform { kind, args, .. } = &c.lhs else {
            panic!("transformer")
        };
        assert_eq!(*kind, Transformer::Tolower);
        assert!(matches!(&args[0], Operand::Field(f) if f.arg.as_deref() == Some("2")));
        let e = parse("proc.name = val(proc.pname)").expect("ok");
        assert!(matches!(
            &check(&e).rhs,
            Rhs::Operand(Operand::Transform {
                kind: Transformer::Val,
                ..
            })
        ));
        let e = parse("len(proc.args) > 3").expect("ok");
        assert_eq!(check(&e).op, Op::Gt);
        let e = parse("concat(proc.name, \"-x\") = a").expect("ok");
        assert!(
            matches!(&check(&e).lhs, Operand::Transform { kind: Transformer::Concat, args, .. } if args.len() == 2)
        );
    }

    #[test]
    fn trailing_token_error_matches_falco() {
        let e = parse("evt.type=execve foo").expect_err("error");
        assert_eq!(
            e.message,
            "unexpected token after 'execve', expecting 'or', 'and'"
        );
        assert_eq!(e.pos, 16);
    }

    #[test]
    fn keywords_need_a_boundary() {
        let e = parse("android.x = 1").expect("field");
        assert!(matches!(e, Expr::Check(_)));
        let e = parse("not(a.b exists)").expect("not(");
        assert!(matches!(e, Expr::Not(_)));
        assert!(parse("notamacro").is_ok());
        assert!(parse("(a.b = 1").is_err());
        assert!(parse("a.b").is_err());
        assert!(parse("").is_err());
    }

    #[test]
    fn quoted_escapes_and_empty_list() {
        let e = parse(r#"proc.cmdline contains "a \"b\"" and proc.name in ()"#).expect("ok");
        let Expr::And(v) = &e else { panic!("and") };
        assert_eq!(check(&v[0]).rhs, Rhs::Value("a \"b\"".into(), 22));
        assert_eq!(check(&v[1]).rhs, Rhs::List(vec![]));
    }

    #[test]
    fn depth_is_limited() {
        // Debug builds use big frames: give the parser the stack a release build would not need.
        let t = std::thread::Builder::new().stack_size(256 << 20).spawn(|| {
            let s = format!("{}a.b exists{}", "(".repeat(1100), ")".repeat(1100));
            parse(&s).map_err(|e| e.message)
        });
        let r = t.expect("spawn").join().expect("no panic");
        assert!(r.expect_err("too deep").contains("max depth"));
    }
}
