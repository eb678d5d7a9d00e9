//! The recursive-descent parser behind [`parse`](super::parse), mirroring libsinsp's: the same
//! lexing rules (what a field name, a number, a bare string is; which operators need a blank
//! after them) and the same error texts.

use super::{
    Check, Expr, FieldRef, MAX_DEPTH, Modifier, Op, Operand, ParseError, Rhs, Transformer,
};

/// Parses a whole condition.
pub fn parse(src: &str) -> Result<Expr, ParseError> {
    if src.is_empty() {
        return Err(ParseError {
            message: "filter input string is empty".into(),
            pos: 0,
        });
    }
    let mut p = Parser {
        src,
        pos: 0,
        last: String::new(),
        depth: 0,
    };
    let e = p.or_expr()?;
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
    !s.is_empty() && identifier_len(s.as_bytes()) == s.len()
}

/// Whether `s` matches libsinsp's bare-string syntax (list names).
pub fn is_bare_str(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_bare_byte)
}

fn is_bare_byte(b: u8) -> bool {
    !matches!(
        b,
        b' ' | 0x08
            | b'\t'
            | b'\n'
            | b'\r'
            | 0x0b
            | 0x0c
            | b'('
            | b')'
            | b','
            | b'='
            | b'"'
            | b'\''
    )
}

fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | 0x08 | b'\r' | b'\n')
}

/// Length of the identifier `[a-zA-Z]+[a-zA-Z0-9_]*` at the start of `b` (0 if none).
fn identifier_len(b: &[u8]) -> usize {
    if !b.first().is_some_and(u8::is_ascii_alphabetic) {
        return 0;
    }
    b.iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
        .count()
}

/// Length of the field name (identifiers joined by dots, at least two) at the start of `b`.
fn field_name_len(b: &[u8]) -> usize {
    let mut n = identifier_len(b);
    if n == 0 {
        return 0;
    }
    let mut parts = 1;
    while b.get(n) == Some(&b'.') {
        let more = identifier_len(&b[n + 1..]);
        if more == 0 {
            break;
        }
        n += 1 + more;
        parts += 1;
    }
    if parts >= 2 { n } else { 0 }
}

/// Length of a number (`0x..` or `[+-]?[0-9]+[.]?[0-9]*([eE][+-][0-9]+)?`) at the start of `b`.
fn number_len(b: &[u8]) -> usize {
    if b.len() > 2 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X') {
        let h = b[2..].iter().take_while(|c| c.is_ascii_hexdigit()).count();
        if h > 0 {
            return 2 + h;
        }
    }
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let d = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if d == 0 {
        return 0;
    }
    i += d;
    if b.get(i) == Some(&b'.') {
        i += 1;
        i += b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    }
    if matches!(b.get(i), Some(b'e' | b'E')) && matches!(b.get(i + 1), Some(b'+' | b'-')) {
        let e = b[i + 2..].iter().take_while(|c| c.is_ascii_digit()).count();
        if e > 0 {
            i += 2 + e;
        }
    }
    i
}

/// The transformers, quoted, in libsinsp's order (`val` first when included).
fn transformers_list(with_val: bool) -> String {
    let val = with_val.then_some(Transformer::Val);
    val.into_iter()
        .chain(
            Transformer::ALL
                .iter()
                .copied()
                .filter(|t| *t != Transformer::Val),
        )
        .map(|t| format!("'{t}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every operator, quoted and comma-separated, as libsinsp lists them in errors.
fn operators_list() -> String {
    [
        "exists",
        "<=",
        "<",
        ">=",
        ">",
        "==",
        "=",
        "!=",
        "glob",
        "iglob",
        "contains",
        "icontains",
        "bcontains",
        "startswith",
        "bstartswith",
        "endswith",
        "regex",
        "intersects",
        "in",
        "pmatch",
    ]
    .iter()
    .map(|o| format!("'{o}'"))
    .collect::<Vec<_>>()
    .join(", ")
}

/// A recursive-descent parser mirroring libsinsp's (same lexing rules, same error texts).
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

    /// Skips blanks; whether there were any (does not change the last token, as in libsinsp).
    fn blank(&mut self) -> bool {
        let n = self.rest().iter().take_while(|b| is_blank(**b)).count();
        self.pos += n;
        n > 0
    }

    /// Consumes `n` bytes as the last token.
    fn take(&mut self, n: usize) -> &str {
        let t = &self.src[self.pos..self.pos + n];
        self.pos += n;
        self.last = t.to_string();
        t
    }

    /// Consumes `s` if the input continues with it.
    fn lit(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s.as_bytes()) {
            self.take(s.len());
            true
        } else {
            false
        }
    }

    /// Consumes word operator `s` only when blanks follow it (and the blanks too).
    fn word_op(&mut self, s: &str) -> bool {
        let (pos, last) = (self.pos, self.last.clone());
        if self.lit(s) {
            if self.blank() {
                return true;
            }
            self.pos = pos;
            self.last = last;
        }
        false
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(format!("exceeded max depth limit of {MAX_DEPTH}")));
        }
        Ok(())
    }

    fn or_expr(&mut self) -> Result<Expr, ParseError> {
        self.enter()?;
        self.blank();
        let mut items = vec![self.and_expr()?];
        self.blank();
        while self.lit("or") {
            if self.blank() {
                items.push(self.and_expr()?);
            } else if self.lit("(") {
                items.push(self.embedded()?);
            } else {
                return Err(self.err("expected blank or '(' after 'or'".into()));
            }
            self.blank();
        }
        self.depth -= 1;
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Expr::Or(items)
        })
    }

    fn and_expr(&mut self) -> Result<Expr, ParseError> {
        self.enter()?;
        self.blank();
        let mut items = vec![self.not_expr()?];
        self.blank();
        while self.lit("and") {
            if self.blank() {
                items.push(self.not_expr()?);
            } else if self.lit("(") {
                items.push(self.embedded()?);
            } else {
                return Err(self.err("expected blank or '(' after 'and'".into()));
            }
            self.blank();
        }
        self.depth -= 1;
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Expr::And(items)
        })
    }

    fn not_expr(&mut self) -> Result<Expr, ParseError> {
        self.enter()?;
        self.blank();
        // `not` needs blanks after it; an even count cancels out, as in libsinsp.
        let mut negate = false;
        loop {
            let r = self.rest();
            if r.starts_with(b"not") && r.get(3).is_some_and(|b| is_blank(*b)) {
                self.take(3);
                self.blank();
                negate = !negate;
            } else {
                break;
            }
        }
        let child = if self.lit("not(") {
            negate = !negate;
            self.embedded()?
        } else {
            self.check()?
        };
        self.depth -= 1;
        Ok(if negate {
            Expr::Not(Box::new(child))
        } else {
            child
        })
    }

    /// The rest of a parenthesised expression, after its `(`.
    fn embedded(&mut self) -> Result<Expr, ParseError> {
        self.enter()?;
        self.blank();
        let e = self.or_expr()?;
        self.blank();
        if !self.lit(")") {
            return Err(self.err("expected a ')' token".into()));
        }
        self.depth -= 1;
        Ok(e)
    }

    fn check(&mut self) -> Result<Expr, ParseError> {
        self.enter()?;
        self.blank();
        let start = self.pos;
        if self.lit("(") {
            let e = self.embedded()?;
            self.depth -= 1;
            return Ok(e);
        }
        let e = if let Some(f) = self.field()? {
            self.condition(Operand::Field(f), start)?
        } else if let Some(t) = self.transformer(false)? {
            self.condition(t, start)?
        } else {
            let n = identifier_len(self.rest());
            if n == 0 {
                return Err(
                    self.err("expected a '(' token, a field check, or an identifier".into())
                );
            }
            let name = self.take(n).to_string();
            Expr::Macro { name, pos: start }
        };
        self.depth -= 1;
        Ok(e)
    }

    /// A field name and its optional `[arg]` at the cursor, if a field name starts here.
    fn field(&mut self) -> Result<Option<FieldRef>, ParseError> {
        let start = self.pos;
        let n = field_name_len(self.rest());
        if n == 0 {
            return Ok(None);
        }
        let name = self.take(n).to_string();
        let arg = self.field_arg()?;
        Ok(Some(FieldRef {
            name,
            arg,
            pos: start,
        }))
    }

    fn field_arg(&mut self) -> Result<Option<String>, ParseError> {
        if !self.lit("[") {
            return Ok(None);
        }
        let arg = if matches!(self.peek(), Some(b'"' | b'\'')) {
            self.quoted()?
        } else {
            let n = self
                .rest()
                .iter()
                .take_while(|b| {
                    !matches!(**b, b'[' | b']' | b'"' | b'\'') && !b.is_ascii_whitespace()
                })
                .count();
            if n == 0 {
                return Err(self.err(
                    "expected a valid field argument: a quoted string or a bare string".into(),
                ));
            }
            self.take(n).to_string()
        };
        if !self.lit("]") {
            return Err(self.err("expected a ']' token".into()));
        }
        Ok(Some(arg))
    }

    /// A transformer call (`tolower(`...) or, when `with_val`, `val(field)` at the cursor.
    fn transformer(&mut self, with_val: bool) -> Result<Option<Operand>, ParseError> {
        self.enter()?;
        let start = self.pos;
        let mut found = None;
        for &t in Transformer::ALL {
            if t == Transformer::Val && !with_val {
                continue;
            }
            if self.lit(&format!("{t}(")) {
                found = Some(t);
                break;
            }
        }
        let Some(kind) = found else {
            self.depth -= 1;
            return Ok(None);
        };
        self.blank();
        let mut args = Vec::new();
        if kind == Transformer::Val {
            let Some(f) = self.field()? else {
                return Err(self.err(format!("expected a field within '{kind}' transformer")));
            };
            args.push(Operand::Field(f));
            self.blank();
        } else {
            loop {
                args.push(self.transformer_arg()?);
                self.blank();
                if !self.lit(",") {
                    break;
                }
            }
            self.blank();
        }
        if !self.lit(")") {
            return Err(self.err("expected a ')' token closing the transformer".into()));
        }
        let arg = self.field_arg()?;
        self.depth -= 1;
        Ok(Some(Operand::Transform {
            kind,
            args,
            arg,
            pos: start,
        }))
    }

    fn transformer_arg(&mut self) -> Result<Operand, ParseError> {
        self.blank();
        let n = number_len(self.rest());
        if n > 0 {
            return Ok(Operand::Str(self.take(n).to_string()));
        }
        if matches!(self.peek(), Some(b'"' | b'\'')) {
            return Ok(Operand::Str(self.quoted()?));
        }
        if self.lit("(") {
            self.blank();
            let mut items = Vec::new();
            if !self.lit(")") {
                loop {
                    self.blank();
                    items.push(self.transformer_list_arg()?);
                    self.blank();
                    if !self.lit(",") {
                        break;
                    }
                }
                if !self.lit(")") {
                    return Err(self.err("expected ')'".into()));
                }
            }
            return Ok(Operand::List(items));
        }
        if let Some(t) = self.transformer(false)? {
            return Ok(t);
        }
        if let Some(f) = self.field()? {
            return Ok(Operand::Field(f));
        }
        Err(self.err(
            "expected field transformer argument: field, transformer, quoted string, number, or transformer list"
                .into(),
        ))
    }

    fn transformer_list_arg(&mut self) -> Result<Operand, ParseError> {
        if let Some(f) = self.field()? {
            return Ok(Operand::Field(f));
        }
        if let Some(t) = self.transformer(false)? {
            return Ok(t);
        }
        if matches!(self.peek(), Some(b'"' | b'\'')) {
            return Ok(Operand::Str(self.quoted()?));
        }
        let n = number_len(self.rest());
        if n > 0 {
            return Ok(Operand::Str(self.take(n).to_string()));
        }
        Err(self.err(
            "expected transformer list argument: field, transformer, quoted string, or number"
                .into(),
        ))
    }

    fn condition(&mut self, lhs: Operand, start: usize) -> Result<Expr, ParseError> {
        self.blank();
        let check = |op, modifier, rhs| {
            Expr::Check(Check {
                lhs,
                op,
                modifier,
                rhs,
                pos: start,
            })
        };
        if self.lit("exists") {
            return Ok(check(Op::Exists, None, Rhs::None));
        }
        self.blank();
        for op in [Op::Le, Op::Lt, Op::Ge, Op::Gt] {
            if self.lit(op.as_str()) {
                let rhs = self.num_value()?;
                return Ok(check(op, None, rhs));
            }
        }
        let str_ops = [
            Op::EqEq,
            Op::Eq,
            Op::Ne,
            Op::Glob,
            Op::Iglob,
            Op::Contains,
            Op::Icontains,
            Op::Bcontains,
            Op::Startswith,
            Op::Bstartswith,
            Op::Endswith,
            Op::Regex,
        ];
        for op in str_ops {
            let word = op.as_str().as_bytes()[0].is_ascii_alphabetic();
            let matched = if word {
                self.word_op(op.as_str())
            } else {
                self.lit(op.as_str())
            };
            if !matched {
                continue;
            }
            let had_blank = word || self.blank();
            let (pos, last) = (self.pos, self.last.clone());
            if had_blank {
                for &m in Modifier::ALL {
                    if self.word_op(m.as_str()) {
                        if self.list_follows() && !self.bool_keyword_follows() {
                            let rhs = self.list_value(false)?;
                            return Ok(check(op, Some(m), rhs));
                        }
                        break;
                    }
                }
            }
            self.pos = pos;
            self.last = last;
            let rhs = self.str_value()?;
            return Ok(check(op, None, rhs));
        }
        for op in [Op::Intersects, Op::In, Op::Pmatch] {
            if self.lit(op.as_str()) {
                let rhs = self.list_value(true)?;
                return Ok(check(op, None, rhs));
            }
        }
        Err(self.err(format!(
            "expected a valid check operator: one of {}",
            operators_list()
        )))
    }

    fn list_follows(&self) -> bool {
        self.peek() == Some(b'(') || identifier_len(self.rest()) > 0
    }

    fn bool_keyword_follows(&self) -> bool {
        let r = self.rest();
        ["and", "or", "not"].iter().any(|kw| {
            r.starts_with(kw.as_bytes())
                && r.get(kw.len()).is_none_or(|b| !b.is_ascii_alphanumeric())
        })
    }

    fn num_value(&mut self) -> Result<Rhs, ParseError> {
        self.blank();
        let at = self.pos;
        if let Some(t) = self.transformer(true)? {
            return Ok(Rhs::Operand(t));
        }
        let n = number_len(self.rest());
        if n > 0 {
            return Ok(Rhs::Value(self.take(n).to_string(), at));
        }
        Err(self.err(format!(
            "expected a number value or a field with a valid transformer: {}",
            transformers_list(true)
        )))
    }

    fn str_value(&mut self) -> Result<Rhs, ParseError> {
        self.blank();
        let at = self.pos;
        if let Some(t) = self.transformer(true)? {
            return Ok(Rhs::Operand(t));
        }
        if let Some(v) = self.plain_str()? {
            return Ok(Rhs::Value(v, at));
        }
        Err(self.err(format!(
            "expected a string value or a field with a valid transformer: {}",
            transformers_list(true)
        )))
    }

    /// A quoted or bare string at the cursor.
    fn plain_str(&mut self) -> Result<Option<String>, ParseError> {
        if matches!(self.peek(), Some(b'"' | b'\'')) {
            return self.quoted().map(Some);
        }
        let n = self.rest().iter().take_while(|b| is_bare_byte(**b)).count();
        if n == 0 {
            return Ok(None);
        }
        Ok(Some(self.take(n).to_string()))
    }

    /// `(v, ...)`, a list name, or (for list operators) a transformer.
    fn list_value(&mut self, transformer: bool) -> Result<Rhs, ParseError> {
        self.blank();
        let at = self.pos;
        if self.lit("(") {
            self.blank();
            let mut items = Vec::new();
            let first_at = self.pos;
            if let Some(v) = self.plain_str()? {
                items.push((v, first_at));
                self.blank();
                while self.lit(",") {
                    self.blank();
                    let p = self.pos;
                    match self.plain_str()? {
                        Some(v) => items.push((v, p)),
                        None => return Err(self.err("expected a string value".into())),
                    }
                    self.blank();
                }
            }
            if !self.lit(")") {
                return Err(self.err("expected a ')' token".into()));
            }
            return Ok(Rhs::List(items));
        }
        if transformer && let Some(t) = self.transformer(true)? {
            return Ok(Rhs::Operand(t));
        }
        let n = identifier_len(self.rest());
        if n > 0 {
            return Ok(Rhs::ListName(self.take(n).to_string(), at));
        }
        Err(self.err(if transformer {
            format!(
                "expected a list, an identifier, or a field with a valid transformer: {}",
                transformers_list(true)
            )
        } else {
            "expected a list or an identifier".into()
        }))
    }

    /// A quoted string (libsinsp: the closing quote is one not preceded by a backslash).
    fn quoted(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        let Some(q) = self.peek() else {
            return Err(self.err("expected a quoted string".into()));
        };
        let mut out = String::new();
        let mut chars = self.src[start + 1..].char_indices();
        while let Some((i, c)) = chars.next() {
            if c as u32 == u32::from(q) {
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
        // An unterminated quote is not a string: libsinsp then fails on what follows.
        Err(self.err(format!(
            "expected a string value or a field with a valid transformer: {}",
            transformers_list(true)
        )))
    }
}

/// Whether `s` matches libsinsp's field name syntax: dotted identifiers, at least two parts.
pub fn is_field_name(s: &str) -> bool {
    !s.is_empty() && field_name_len(s.as_bytes()) == s.len()
}
