//! Conditions are user input: any text either compiles or is a clear error, and whatever
//! compiles evaluates on real events without panicking (random conditions from the grammar's
//! pieces, and random bytes).

mod common;

use proptest::prelude::*;
use rfalco_engine::Filter;

const FIELDS: &[&str] = &[
    "proc.name",
    "proc.pid",
    "proc.aname",
    "proc.aname[2]",
    "proc.apid",
    "proc.cmdline",
    "proc.args",
    "fd.name",
    "fd.num",
    "fd.sip",
    "fd.snet",
    "fd.ip",
    "fd.port",
    "fd.typechar",
    "evt.type",
    "evt.rawres",
    "evt.res",
    "evt.arg.flags",
    "evt.rawarg.flags",
    "evt.arg[0]",
    "user.uid",
    "user.name",
    "thread.tid",
    "evt.is_open_read",
    "container.id",
    "fd.types",
];
const OPS: &[&str] = &[
    "=",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "contains",
    "icontains",
    "startswith",
    "endswith",
    "glob",
    "iglob",
    "regex",
    "bcontains",
    "bstartswith",
    "in",
    "intersects",
    "pmatch",
    "exists",
    "contains oneof",
    "startswith allof",
    "= anyof",
];
const VALUES: &[&str] = &[
    "cat",
    "0",
    "-1",
    "18446744073709551615",
    "99999999999999999999999999",
    "127.0.0.1",
    "10.0.0.0/8",
    "::1",
    "fe80::/10",
    "/etc",
    "\"a b\"",
    "'*'",
    "[",
    "(",
    "2f",
    "0x1f",
    "",
    "(cat, bash)",
    "(1, 2, 3)",
    "(10.0.0.0/8, ::1)",
    "(/etc, /bin)",
    "val(proc.name)",
    "tolower(proc.name)",
];
const TRANSFORMS: &[&str] = &["tolower", "toupper", "b64", "basename", "len", "val"];

fn run(cond: &str) {
    let Ok(mut f) = Filter::compile(cond) else {
        return;
    };
    common::replay(&common::capture("falco/cat_write.scap"), |ctx| {
        let _ = f.matches(ctx);
    });
}

fn check() -> impl Strategy<Value = String> {
    (
        prop::sample::select(FIELDS),
        prop::option::of(prop::sample::select(TRANSFORMS)),
        prop::sample::select(OPS),
        prop::sample::select(VALUES),
    )
        .prop_map(|(f, t, op, v)| match t {
            Some(t) => format!("{t}({f}) {op} {v}"),
            None => format!("{f} {op} {v}"),
        })
}

fn condition() -> impl Strategy<Value = String> {
    check().prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} and {b})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} or {b})")),
            inner.prop_map(|a| format!("not {a}")),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn grammar_built_conditions_never_panic(c in condition()) {
        run(&c);
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,80}") {
        let _ = Filter::compile(&s);
    }
}
