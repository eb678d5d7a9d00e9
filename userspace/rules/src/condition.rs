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
        /// A field argument after the call, `len(...)[arg]`.
        arg: Option<String>,
        /// Byte offset of the transformer name.
        pos: usize,
    },
    /// A literal argument: a quoted string or a number (as in `concat(proc.name, "-")`).
    Str(String),
    /// A transformer list argument `(a, b)` (as in `join(",", (proc.name, proc.pname))`).
    List(Vec<Operand>),
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

mod parser;

pub use parser::{is_bare_str, is_field_name, is_identifier, parse};

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
            Operand::Transform { args, .. } | Operand::List(args) => {
                args.iter().for_each(|a| a.for_each_field(f))
            }
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

/// Writes `[arg]`, quoting the argument when it is not a valid bare field argument.
fn write_field_arg(f: &mut fmt::Formatter<'_>, arg: Option<&str>) -> fmt::Result {
    let Some(a) = arg else { return Ok(()) };
    let bare = !a.is_empty()
        && !a
            .bytes()
            .any(|b| matches!(b, b'[' | b']' | b'"' | b'\'' | b'\\') || b.is_ascii_whitespace());
    f.write_str("[")?;
    if bare {
        f.write_str(a)?;
    } else {
        write_quoted(f, a)?;
    }
    f.write_str("]")
}

impl fmt::Display for FieldRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)?;
        write_field_arg(f, self.arg.as_deref())
    }
}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Field(r) => r.fmt(f),
            Operand::Transform {
                kind, args, arg, ..
            } => {
                write!(f, "{kind}(")?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    a.fmt(f)?;
                }
                f.write_str(")")?;
                write_field_arg(f, arg.as_deref())
            }
            Operand::List(items) => {
                f.write_str("(")?;
                for (i, a) in items.iter().enumerate() {
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

    fn error(src: &str) -> String {
        parse(src).expect_err(src).message
    }

    #[test]
    fn libsinsp_error_texts() {
        assert_eq!(error(""), "filter input string is empty");
        assert_eq!(error("(a.b exists"), "expected a ')' token");
        assert_eq!(error("a.b exists orx"), "expected blank or '(' after 'or'");
        assert_eq!(
            error("a.b exists andx"),
            "expected blank or '(' after 'and'"
        );
        assert_eq!(
            error("= 3"),
            "expected a '(' token, a field check, or an identifier"
        );
        assert!(error("proc.pid > abc").starts_with(
            "expected a number value or a field with a valid transformer: 'val', 'tolower'"
        ));
        assert!(
            error("proc.name ~ x")
                .starts_with("expected a valid check operator: one of 'exists', '<='")
        );
        assert_eq!(
            error("proc.aname[] = x"),
            "expected a valid field argument: a quoted string or a bare string"
        );
        assert_eq!(error("proc.aname[1 = x"), "expected a ']' token");
        assert_eq!(
            error("tolower(proc.name = x"),
            "expected a ')' token closing the transformer"
        );
        assert_eq!(
            error("proc.name = val(x)"),
            "expected a field within 'val' transformer"
        );
        assert_eq!(error("proc.name in (a,)"), "expected a string value");
    }

    #[test]
    fn libsinsp_lexing_rules() {
        // Word operators need a blank after them; list operators do not.
        assert!(parse("proc.name contains(x)").is_err());
        assert!(parse("proc.name in(a)").is_ok());
        // A modifier only counts when a list follows; otherwise it is a value.
        let e = parse("proc.name startswith oneof and a.b exists").expect("value");
        let Expr::And(v) = &e else { panic!("and") };
        assert_eq!(check(&v[0]).rhs, Rhs::Value("oneof".into(), 21));
        let e = parse("proc.name = oneof (a, b)").expect("modifier on =");
        assert_eq!(check(&e).modifier, Some(Modifier::Oneof));
        let e = parse("proc.name startswith anyof my_list").expect("list name");
        assert!(matches!(check(&e).rhs, Rhs::ListName(ref n, _) if n == "my_list"));
        // Double negation cancels, as libsinsp does.
        assert!(matches!(
            parse("not not a.b exists").expect("ok"),
            Expr::Check(_)
        ));
        assert!(matches!(
            parse("not  not not(a.b exists)").expect("ok"),
            Expr::Not(_)
        ));
        // Numbers, hex, transformer lists and a field argument after a transformer.
        assert!(parse("evt.rawres >= -1 and fd.num < 0x10 and proc.pid <= 1.5e+3").is_ok());
        let e = parse("join(\",\", (proc.name, proc.pname))[0] = x").expect("transformer list");
        let Operand::Transform { args, arg, .. } = &check(&e).lhs else {
            panic!("transformer")
        };
        assert!(matches!(args[1], Operand::List(ref l) if l.len() == 2));
        assert_eq!(arg.as_deref(), Some("0"));
        // A name without a dot is a macro; `a.b.` stops before the trailing dot.
        assert!(parse("a.b. = x").is_err());
    }

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
