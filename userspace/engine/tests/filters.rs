//! Conditions evaluated on a real capture: every transformer, `val()`, the multi-valued fields
//! and the typed comparisons select the events their plain equivalents select.

mod common;

use rfalco_engine::Filter;

/// How many events of the capture match each filter.
fn counts(cap: &str, filters: &[&str]) -> Vec<usize> {
    let mut fs: Vec<Filter> = filters
        .iter()
        .map(|f| Filter::compile(f).unwrap_or_else(|e| panic!("{f}: {e}")))
        .collect();
    let mut n = vec![0; fs.len()];
    common::replay(&common::capture(cap), |ctx| {
        for (i, f) in fs.iter_mut().enumerate() {
            n[i] += usize::from(f.matches(ctx));
        }
    });
    n
}

/// Each pair of filters selects the same, non-empty set of events.
fn same(cap: &str, pairs: &[(&str, &str)]) {
    let flat: Vec<&str> = pairs.iter().flat_map(|(a, b)| [*a, *b]).collect();
    let n = counts(cap, &flat);
    for (i, (a, b)) in pairs.iter().enumerate() {
        assert!(n[2 * i] > 0, "{a}: matches nothing");
        assert_eq!(n[2 * i], n[2 * i + 1], "{a} vs {b}");
    }
}

#[test]
fn transformers() {
    same(
        "falco/cat_write.scap",
        &[
            ("tolower(proc.name) = cat", "proc.name = cat"),
            ("toupper(proc.name) = CAT", "proc.name = cat"),
            ("basename(fd.name) = null", "fd.name = /dev/null"),
            ("len(proc.name) = 3 and proc.name = cat", "proc.name = cat"),
            ("concat(proc.name, \"-x\") = cat-x", "proc.name = cat"),
            (
                "join(\"/\", (proc.name, proc.pname)) = cat/bash",
                "proc.name = cat and proc.pname = bash",
            ),
            (
                "tolower(fd.name) icontains /DEV/NULL",
                "fd.name = /dev/null",
            ),
            ("proc.name = val(proc.name)", "proc.name exists"),
            (
                "thread.tid = val(proc.pid) and proc.name = cat",
                "thread.ismain = true and proc.name = cat",
            ),
        ],
    );
}

#[test]
fn b64_and_getopt() {
    // `b64` decodes; an undecodable value makes the check false, never an error.
    same(
        "falco/cat_write.scap",
        &[(
            "b64(concat(\"Y2F0\")) = cat and proc.name = cat",
            "proc.name = cat",
        )],
    );
    let n = counts("falco/cat_write.scap", &["b64(proc.name) = x"]);
    assert_eq!(n, vec![0]);
    // `getopt(proc.args)[-c]`: the word after `-c`.
    let n = counts(
        "vm/vm_kmod0.23.2_triggers.scap",
        &[
            "evt.type = execve and getopt(proc.args)[-c] startswith echo",
            "evt.type = execve and proc.cmdline startswith \"bash -c echo\"",
        ],
    );
    assert!(n[0] > 0);
    assert_eq!(n[0], n[1]);
}

#[test]
fn operators_on_typed_fields() {
    same(
        "libs/test_ipv6_client.scap",
        &[
            ("fd.sip = ::1", "fd.sip in (\"::1\")"),
            ("fd.snet = ::/0", "fd.typechar = 6 and fd.sip exists"),
            ("fd.ip = ::1", "fd.sip = ::1 or fd.cip = ::1"),
            ("fd.port = 2345", "fd.sport = 2345 or fd.cport = 2345"),
            ("fd.sport > 2344 and fd.sport < 2346", "fd.sport = 2345"),
            ("evt.rawres < 0", "evt.failed = true and evt.rawres exists"),
            ("evt.res = ENOENT", "evt.rawres = -2"),
        ],
    );
    same(
        "falco/cat_write.scap",
        &[
            (
                "proc.aname = bash and proc.name = cat",
                "proc.pname = bash and proc.name = cat",
            ),
            ("fd.name glob /dev/nu*", "fd.name = /dev/null"),
            ("fd.name iglob /DEV/NU*", "fd.name = /dev/null"),
            ("fd.name regex \"/dev/nul+\"", "fd.name = /dev/null"),
            (
                "fd.name pmatch (/dev)",
                "fd.name startswith /dev/ or fd.name = /dev",
            ),
            (
                "fd.name bstartswith 2f6465762f6e",
                "fd.name startswith /dev/n",
            ),
            ("fd.name contains oneof (nul, zzz)", "fd.name contains nul"),
            (
                "fd.name startswith allof (/dev, /dev/nu)",
                "fd.name startswith /dev/nu",
            ),
            (
                "fd.name endswith anyof (null, zzz)",
                "fd.name endswith null",
            ),
            (
                "not fd.name != /dev/null and fd.name exists",
                "fd.name = /dev/null",
            ),
        ],
    );
}

#[test]
fn type_errors_are_compile_errors() {
    for bad in [
        "proc.pid = abc",
        "fd.sip = not-an-address",
        "fd.snet in (10.0.0.0/99)",
        "fd.name regex \"(\"",
        "fd.name bcontains zz",
        "not_a_field = 1",
        "proc.name =",
    ] {
        assert!(Filter::compile(bad).is_err(), "{bad} compiled");
    }
}

#[test]
fn derived_state_fields_as_sysdig_prints_them() {
    // Values sysdig 0.29.3 prints for the same events: cat's login shell is bash (pid 136),
    // host fds are named ":<path>", curl's polls list its DNS socket, then (fd 4 reused) its
    // HTTP connection.
    let n = counts(
        "vm/vm_kmod0.1.1_triggers.scap",
        &[
            "proc.name = cat and fd.name = /etc/ld.so.cache",
            "proc.name = cat and fd.name = /etc/ld.so.cache and proc.loginshellid = 136 and fd.containername = :/etc/ld.so.cache",
        ],
    );
    assert!(n[0] > 0);
    assert_eq!(n[0], n[1]);
    let n = counts(
        "libs/curl_google.scap",
        &[
            "evt.type = poll and fdlist.nums = 4",
            "evt.type = poll and fdlist.nums = 4 and ((fdlist.sips = 2001:4860:4860::8888 and fdlist.sports = 53) or (fdlist.sips = 2607:f8b0:4004:802::2004 and fdlist.sports = 80 and fdlist.names endswith \"->2607:f8b0:4004:802::2004:80\"))",
        ],
    );
    assert!(n[0] > 0);
    assert_eq!(n[0], n[1]);
}

#[test]
fn event_type_checks_decided_by_code_agree_with_the_name() {
    // `tolower(evt.type)` takes the general path (the name rendered and compared as text);
    // plain `evt.type` checks are answered from the type code where the table names the type.
    same(
        "vm/vm_kmod0.23.2_triggers.scap",
        &[
            ("evt.type = openat", "tolower(evt.type) = openat"),
            ("evt.type == close", "tolower(evt.type) == close"),
            ("evt.type != openat", "tolower(evt.type) != openat"),
            (
                "evt.type in (open, openat, openat2, execve, connect)",
                "tolower(evt.type) in (open, openat, openat2, execve, connect)",
            ),
            (
                "not evt.type in (openat, close, read, write)",
                "not tolower(evt.type) in (openat, close, read, write)",
            ),
        ],
    );
}
