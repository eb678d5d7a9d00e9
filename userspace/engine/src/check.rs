//! One compiled comparison `lhs op [modifier] rhs`, with its right-hand side parsed once for the
//! left-hand side's type: numbers, addresses and networks parsed, globs and regexes compiled,
//! large `in` lists hashed, case-folded needles precomputed.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use globset::{GlobBuilder, GlobMatcher};
use memchr::memmem::Finder;
use regex::Regex;
use rfalco_fields::evt::EventContext;
use rfalco_rules::condition::{Check as AstCheck, Modifier, Op, Rhs};
use rustc_hash::FxHashSet;
use std::net::IpAddr;

use crate::error::CompileError;
use crate::evttype::TypeSet;
use crate::ftype::FieldType;
use crate::operand::{FieldCache, Operand};

/// The automaton kind for `icontains` values and `contains`/`icontains` sets: a contiguous
/// NFA. The kind the crate picks for a few patterns is a DFA, whose construction took most of
/// the engine's compile time (start-up, issue 5) for searches run on a fraction of the events.
const BUILD_KIND: Option<AhoCorasickKind> = Some(AhoCorasickKind::ContiguousNFA);

/// A right-hand side value, in every form its operator needs.
#[derive(Debug, Clone)]
struct Val {
    text: String,
    lower: String,
    num: Option<i128>,
    net: Option<(IpAddr, u8)>,
    bytes: Vec<u8>,
    glob: Option<GlobMatcher>,
    re: Option<Regex>,
    /// `contains`: a precompiled substring searcher.
    finder: Option<Finder<'static>>,
    /// `icontains`: an ASCII case-insensitive searcher (libsinsp folds ASCII only).
    ifinder: Option<AhoCorasick>,
}

/// Parses a libsinsp number: decimal, `0x` hex, optionally signed.
pub(crate) fn parse_num(s: &str) -> Option<i128> {
    let s = s.trim();
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let v = if let Some(h) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        i128::from_str_radix(h, 16).ok()?
    } else {
        body.parse::<i128>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// Parses an address or a network (`10.0.0.0/8`, `fe80::/10`); an address is a full-length network.
fn parse_net(s: &str) -> Option<(IpAddr, u8)> {
    let s = s.trim();
    match s.split_once('/') {
        Some((a, bits)) => {
            let a: IpAddr = a.parse().ok()?;
            let bits: u8 = bits.parse().ok()?;
            let max = if a.is_ipv4() { 32 } else { 128 };
            (bits <= max).then_some((a, bits))
        }
        None => {
            let a: IpAddr = s.parse().ok()?;
            Some((a, if a.is_ipv4() { 32 } else { 128 }))
        }
    }
}

fn in_net(ip: IpAddr, (net, bits): (IpAddr, u8)) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(a) & mask == u128::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V4(_)) => a
            .to_ipv4_mapped()
            .is_some_and(|a4| in_net(IpAddr::V4(a4), (net, bits))),
        _ => false,
    }
}

fn hex_bytes(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn glob(pattern: &str, icase: bool) -> Result<GlobMatcher, String> {
    GlobBuilder::new(pattern)
        .literal_separator(false)
        .backslash_escape(true)
        .case_insensitive(icase)
        .build()
        .map(|g| g.compile_matcher())
        .map_err(|e| format!("invalid glob '{pattern}': {e}"))
}

impl Val {
    fn new(text: &str, op: Op, ty: FieldType, field: &str) -> Result<Val, String> {
        let mut v = Val {
            text: text.to_owned(),
            lower: String::new(),
            num: None,
            net: None,
            bytes: Vec::new(),
            glob: None,
            re: None,
            finder: None,
            ifinder: None,
        };
        match op {
            Op::Contains => v.finder = Some(Finder::new(text.as_bytes()).into_owned()),
            Op::Icontains => {
                v.lower = text.to_lowercase();
                v.ifinder = Some(
                    AhoCorasick::builder()
                        .kind(BUILD_KIND)
                        .ascii_case_insensitive(true)
                        .build([text])
                        .map_err(|e| format!("invalid icontains value '{text}': {e}"))?,
                );
            }
            Op::Glob => v.glob = Some(glob(text, false)?),
            Op::Iglob => v.glob = Some(glob(text, true)?),
            Op::Regex => {
                v.re = Some(
                    Regex::new(&format!("^(?:{text})$"))
                        .map_err(|e| format!("invalid regex '{text}': {e}"))?,
                );
            }
            Op::Bcontains | Op::Bstartswith => {
                v.bytes = hex_bytes(text)
                    .ok_or_else(|| format!("filter error: '{text}' is not a valid hex string"))?;
            }
            _ => {}
        }
        let ordering = matches!(
            op,
            Op::Eq
                | Op::EqEq
                | Op::Ne
                | Op::Lt
                | Op::Le
                | Op::Gt
                | Op::Ge
                | Op::In
                | Op::Intersects
        );
        match ty {
            FieldType::Num if ordering => {
                v.num = Some(parse_num(text).ok_or_else(|| {
                    format!("filter error: '{text}' is not a valid number for field '{field}'")
                })?);
            }
            FieldType::Dynamic => v.num = parse_num(text),
            FieldType::Ip | FieldType::IpNet if ordering => {
                v.net = Some(parse_net(text).ok_or_else(|| {
                    format!("filter error: '{text}' is not a valid address or network for field '{field}'")
                })?);
            }
            _ => {}
        }
        Ok(v)
    }

    /// A value computed at run time (`val(field)` on the right).
    fn dynamic(text: &str, op: Op, ty: FieldType) -> Option<Val> {
        Val::new(text, op, ty, "").ok()
    }
}

/// How the right-hand side is held.
#[derive(Debug, Clone)]
enum RhsKind {
    /// `exists`.
    None,
    /// Literal values.
    Vals {
        vals: Vec<Val>,
        /// Text values hashed, for `in`/`intersects` on text fields.
        set: Option<FxHashSet<String>>,
        /// Every value at once, for `contains`/`icontains` with `oneof`/`anyof`.
        any: Option<AhoCorasick>,
    },
    /// A field or transformer evaluated per event.
    Operand(Operand),
}

/// Lists this long or longer are hashed for `in`.
const HASH_FROM: usize = 8;

/// A compiled check.
#[derive(Debug, Clone)]
pub(crate) struct Check {
    lhs: Operand,
    op: Op,
    all: bool,
    multi: bool,
    rhs: RhsKind,
    /// An `evt.type` check answered by the type code where it can be.
    types: Option<TypeSet>,
}

fn compare_num(op: Op, a: i128, b: i128) -> bool {
    match op {
        Op::Eq | Op::EqEq | Op::In | Op::Intersects => a == b,
        Op::Ne => a != b,
        Op::Lt => a < b,
        Op::Le => a <= b,
        Op::Gt => a > b,
        Op::Ge => a >= b,
        _ => false,
    }
}

fn compare_text(op: Op, a: &str, v: &Val) -> bool {
    let b = v.text.as_str();
    match op {
        Op::Eq | Op::EqEq | Op::In | Op::Intersects => a == b,
        Op::Ne => a != b,
        Op::Lt => a < b,
        Op::Le => a <= b,
        Op::Gt => a > b,
        Op::Ge => a >= b,
        Op::Contains => match &v.finder {
            Some(f) => f.find(a.as_bytes()).is_some(),
            None => a.contains(b),
        },
        Op::Icontains => match &v.ifinder {
            Some(f) => f.is_match(a),
            None => a.to_lowercase().contains(&v.lower),
        },
        Op::Startswith => a.starts_with(b),
        Op::Endswith => a.ends_with(b),
        Op::Bcontains => {
            v.bytes.is_empty() || a.as_bytes().windows(v.bytes.len()).any(|w| w == v.bytes)
        }
        Op::Bstartswith => a.as_bytes().starts_with(&v.bytes),
        Op::Glob | Op::Iglob => v.glob.as_ref().is_some_and(|g| g.is_match(a)),
        Op::Regex => v.re.as_ref().is_some_and(|r| r.is_match(a)),
        Op::Pmatch => {
            let p = b.trim_end_matches('/');
            a == b || a.strip_prefix(p).is_some_and(|rest| rest.starts_with('/'))
        }
        Op::Exists => true,
    }
}

/// Compares one left-hand value with one right-hand value.
fn compare_one(op: Op, ty: FieldType, a: &str, v: &Val) -> bool {
    match ty {
        FieldType::Num | FieldType::Dynamic => {
            if let (Some(x), Some(y)) = (parse_num(a), v.num) {
                return compare_num(op, x, y);
            }
            compare_text(op, a, v)
        }
        FieldType::Ip | FieldType::IpNet => match (a.parse::<IpAddr>(), v.net) {
            (Ok(ip), Some(net)) => {
                // An address on the right is a full-length network: containment is equality.
                let eq = in_net(ip, net);
                match op {
                    Op::Ne => !eq,
                    Op::Eq | Op::EqEq | Op::In | Op::Intersects => eq,
                    _ => compare_text(op, a, v),
                }
            }
            _ => compare_text(op, a, v),
        },
        FieldType::Str | FieldType::Bool | FieldType::AbsTime => compare_text(op, a, v),
    }
}

impl Check {
    /// Compiles an AST check; `field` errors name the field and the reason.
    pub(crate) fn compile(c: &AstCheck, cache: &mut FieldCache) -> Result<Check, CompileError> {
        let lhs = Operand::compile(&c.lhs, cache)?;
        let ty = lhs.ty();
        let fname = match &lhs {
            Operand::Field { name, .. } => name.clone(),
            _ => String::from("transformer"),
        };
        let op = c.op;
        let multi = c.modifier.is_some();
        let all = c.modifier == Some(Modifier::Allof);
        let mk = |t: &str| Val::new(t, op, ty, &fname).map_err(CompileError::Condition);
        let rhs = match &c.rhs {
            Rhs::None => {
                if op != Op::Exists {
                    return Err(CompileError::Condition(format!(
                        "operator '{op}' needs a value"
                    )));
                }
                RhsKind::None
            }
            Rhs::Value(t, _) => RhsKind::Vals {
                vals: vec![mk(t)?],
                set: None,
                any: None,
            },
            Rhs::List(items) => {
                let vals = items
                    .iter()
                    .map(|(t, _)| mk(t))
                    .collect::<Result<Vec<_>, _>>()?;
                let set = (matches!(op, Op::In | Op::Intersects)
                    && matches!(ty, FieldType::Str | FieldType::Bool)
                    && vals.len() >= HASH_FROM)
                    .then(|| vals.iter().map(|v| v.text.clone()).collect());
                // `contains oneof (a, b, ...)` (also what `or`-chains of `contains` on one field
                // become, see node.rs): one automaton over every value.
                let any = (multi
                    && !all
                    && matches!(op, Op::Contains | Op::Icontains)
                    && vals.len() >= 2)
                    .then(|| {
                        AhoCorasick::builder()
                            .kind(BUILD_KIND)
                            .ascii_case_insensitive(op == Op::Icontains)
                            .build(vals.iter().map(|v| v.text.as_str()))
                    })
                    .transpose()
                    .map_err(|e| CompileError::Condition(format!("{fname}: {e}")))?;
                RhsKind::Vals { vals, set, any }
            }
            Rhs::ListName(name, _) => RhsKind::Vals {
                vals: vec![mk(name)?],
                set: None,
                any: None,
            },
            Rhs::Operand(o) => RhsKind::Operand(Operand::compile(o, cache)?),
        };
        Ok(Check {
            lhs,
            op,
            all,
            multi,
            rhs,
            types: TypeSet::of(c),
        })
    }

    /// Whether one left-hand value satisfies the check against literal values.
    fn matches_value(&self, a: &str, vals: &[Val], set: Option<&FxHashSet<String>>) -> bool {
        let ty = self.lhs.ty();
        if let Some(set) = set {
            return set.contains(a);
        }
        let list_op = matches!(self.op, Op::In | Op::Intersects | Op::Pmatch);
        if list_op || (self.multi && !self.all) {
            vals.iter().any(|v| compare_one(self.op, ty, a, v))
        } else if self.multi {
            vals.iter().all(|v| compare_one(self.op, ty, a, v))
        } else {
            vals.first().is_some_and(|v| compare_one(self.op, ty, a, v))
        }
    }

    /// Evaluates the check on the current event; an undefined field makes it false.
    pub(crate) fn eval(&self, ctx: &EventContext<'_, '_>, cache: &mut FieldCache) -> bool {
        if let Some(known) = self.types.as_ref().and_then(|t| t.holds(ctx.ev)) {
            return known;
        }
        if let RhsKind::Operand(r) = &self.rhs {
            let mut rv = Vec::new();
            if !r.eval(ctx, cache, &mut rv) {
                return false;
            }
            let ty = self.lhs.ty();
            let vals: Vec<Val> = rv
                .iter()
                .filter_map(|t| Val::dynamic(t, self.op, ty))
                .collect();
            let mut lv = Vec::new();
            if !self.lhs.eval(ctx, cache, &mut lv) {
                return false;
            }
            return lv.iter().any(|a| self.matches_value(a, &vals, None));
        }
        let test = |vals: &[String]| -> bool {
            match &self.rhs {
                RhsKind::None => true,
                RhsKind::Vals { any: Some(ac), .. } => vals.iter().any(|a| ac.is_match(a.as_str())),
                RhsKind::Vals { vals: rv, set, .. } => {
                    vals.iter().any(|a| self.matches_value(a, rv, set.as_ref()))
                }
                RhsKind::Operand(_) => false,
            }
        };
        match &self.lhs {
            Operand::Field { slot, .. } => cache.get(*slot, ctx).is_some_and(test),
            other => {
                let mut lv = Vec::new();
                other.eval(ctx, cache, &mut lv) && test(&lv)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_parse_like_libsinsp() {
        assert_eq!(parse_num("42"), Some(42));
        assert_eq!(parse_num("-1"), Some(-1));
        assert_eq!(parse_num("0x10"), Some(16));
        assert_eq!(parse_num("18446744073709551615"), Some(u64::MAX.into()));
        assert_eq!(parse_num("ten"), None);
    }

    #[test]
    fn networks_contain_addresses() {
        let n = parse_net("10.0.0.0/8").expect("net");
        assert!(in_net("10.1.2.3".parse().expect("ip"), n));
        assert!(!in_net("11.1.2.3".parse().expect("ip"), n));
        let n6 = parse_net("fe80::/10").expect("net");
        assert!(in_net("fe80::1".parse().expect("ip"), n6));
        assert!(in_net("::ffff:10.0.0.1".parse().expect("ip"), n));
        assert!(parse_net("10.0.0.0/33").is_none());
        let all = parse_net("0.0.0.0/0").expect("net");
        assert!(in_net("1.2.3.4".parse().expect("ip"), all));
    }

    fn val(t: &str, op: Op) -> Val {
        Val::new(t, op, FieldType::Str, "f").expect("val")
    }

    #[test]
    fn text_operators() {
        assert!(compare_text(
            Op::Contains,
            "/etc/passwd",
            &val("passwd", Op::Contains)
        ));
        assert!(compare_text(
            Op::Icontains,
            "/ETC/Passwd",
            &val("etc/pass", Op::Icontains)
        ));
        assert!(compare_text(
            Op::Startswith,
            "/etc/passwd",
            &val("/etc", Op::Startswith)
        ));
        assert!(compare_text(
            Op::Endswith,
            "/etc/passwd",
            &val("wd", Op::Endswith)
        ));
        assert!(compare_text(
            Op::Glob,
            "/etc/passwd",
            &val("/e*/pa??wd", Op::Glob)
        ));
        assert!(!compare_text(
            Op::Glob,
            "/etc/passwd",
            &val("/e*/PA??wd", Op::Glob)
        ));
        assert!(compare_text(
            Op::Iglob,
            "/etc/passwd",
            &val("/e*/PA??wd", Op::Iglob)
        ));
        assert!(compare_text(Op::Regex, "bash", &val("ba.h", Op::Regex)));
        // Anchored at both ends, as libsinsp's RE2 match.
        assert!(!compare_text(Op::Regex, "bash -c", &val("ba.h", Op::Regex)));
        assert!(compare_text(
            Op::Bcontains,
            "abc",
            &val("6263", Op::Bcontains)
        ));
        assert!(compare_text(
            Op::Bstartswith,
            "abc",
            &val("61", Op::Bstartswith)
        ));
        assert!(!compare_text(
            Op::Bstartswith,
            "abc",
            &val("62", Op::Bstartswith)
        ));
        assert!(compare_text(
            Op::Pmatch,
            "/etc/ssh/x",
            &val("/etc", Op::Pmatch)
        ));
        assert!(compare_text(Op::Pmatch, "/etc", &val("/etc", Op::Pmatch)));
        assert!(!compare_text(Op::Pmatch, "/etcx", &val("/etc", Op::Pmatch)));
        assert!(compare_text(Op::Lt, "abc", &val("abd", Op::Lt)));
        assert!(Val::new("zz", Op::Bcontains, FieldType::Str, "f").is_err());
        assert!(Val::new("x", Op::Eq, FieldType::Num, "proc.pid").is_err());
        assert!(Val::new("(", Op::Regex, FieldType::Str, "f").is_err());
    }

    #[test]
    fn typed_comparisons() {
        let n = Val::new("100", Op::Lt, FieldType::Num, "proc.pid").expect("num");
        assert!(compare_one(Op::Lt, FieldType::Num, "99", &n));
        assert!(!compare_one(Op::Lt, FieldType::Num, "100", &n));
        let m1 = Val::new("-1", Op::Eq, FieldType::Num, "user.loginuid").expect("num");
        assert!(compare_one(Op::Eq, FieldType::Num, "-1", &m1));
        let ip = Val::new("127.0.0.1", Op::Eq, FieldType::Ip, "fd.sip").expect("ip");
        assert!(compare_one(Op::Eq, FieldType::Ip, "127.0.0.1", &ip));
        assert!(compare_one(Op::Ne, FieldType::Ip, "127.0.0.2", &ip));
        let net = Val::new("192.168.0.0/16", Op::In, FieldType::IpNet, "fd.snet").expect("net");
        assert!(compare_one(Op::In, FieldType::IpNet, "192.168.3.4", &net));
        assert!(!compare_one(Op::In, FieldType::IpNet, "10.0.0.1", &net));
    }
}
