//! Tests of the converter: single conversions modelled on libscap's converter tests, whole-table
//! checks against the schema, and hostile input.

use super::table::{Action, Instr, RULES, lookup};
use super::*;
use crate::abi::events::{EVENT_MAX, EVENT_TABLE, code};

const TS: u64 = 12;
const TID: u64 = 25;

/// Builds a current-layout event.
fn make(ty: u16, tid: u64, params: &[&[u8]]) -> Vec<u8> {
    let mut v = Vec::new();
    let mut b = EventBuilder::new(&mut v, TS, tid, ty, params.len());
    for p in params {
        b.push(p);
    }
    b.finish();
    v
}

fn run(c: &mut Converter, bytes: &[u8], out: &mut Vec<u8>) -> Result<Conversion, ConvertError> {
    let ev = EventRef::parse(bytes).expect("test event is valid");
    c.convert(&ev, out)
}

/// Converts `bytes`, expecting a converted event, and returns it (owned).
fn converted(c: &mut Converter, bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let res = run(c, bytes, &mut out).expect("conversion succeeds");
    assert_eq!(res, Conversion::Converted);
    out
}

fn params_of(bytes: &[u8]) -> Vec<Vec<u8>> {
    let ev = EventRef::parse(bytes).expect("valid");
    ev.params().map(<[u8]>::to_vec).collect()
}

fn assert_event(bytes: &[u8], ty: u16, tid: u64, params: &[&[u8]]) {
    let ev = EventRef::parse(bytes).expect("valid");
    assert_eq!(ev.ty(), ty, "type");
    assert_eq!(ev.tid(), tid, "tid");
    assert_eq!(ev.ts(), TS, "ts");
    let got = params_of(bytes);
    let want: Vec<Vec<u8>> = params.iter().map(|p| p.to_vec()).collect();
    assert_eq!(got, want, "params of type {ty}");
    // An exit result is current: nothing more to convert.
    let info = event_info(ty).expect("known type");
    if ty % 2 == 1 {
        assert!(
            matches!(verdict(ty, ev.nparams(), tid, info), Ok(Verdict::Pass)),
            "result of type {ty} is final"
        );
    }
}

const fn i64b(v: i64) -> [u8; 8] {
    v.to_le_bytes()
}
const fn u32b(v: u32) -> [u8; 4] {
    v.to_le_bytes()
}
const fn u16b(v: u16) -> [u8; 2] {
    v.to_le_bytes()
}

// ---------------------------------------------------------------- single conversions

#[test]
fn generic_with_and_without_enter() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    // No enter: nativeID falls back to empty.
    let x = make(code::GENERIC_X, TID, &[&u16b(10)]);
    let got = converted(&mut c, &x);
    assert_event(&got, code::GENERIC_X, TID, &[&u16b(10), &[]]);
    assert_eq!(c.stats().enters_missing, 1);

    // With enter: it is stored and dropped, then merged into the exit.
    let e = make(code::GENERIC_E, TID, &[&u16b(10), &u16b(11)]);
    assert_eq!(
        run(&mut c, &e, &mut out),
        Ok(Conversion::Drop(DropReason::StoredEnter))
    );
    assert_eq!(c.stored_enter(TID).expect("stored").as_bytes(), &e[..]);
    let got = converted(&mut c, &x);
    assert_event(&got, code::GENERIC_X, TID, &[&u16b(10), &u16b(11)]);
    assert_eq!(c.stored_enters(), 0, "slot emptied once used");
    assert_eq!(c.stats().enters_used, 1);
}

#[test]
fn open_enter_passes_and_exit_gains_dev_ino() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let name = b"/etc/passwd\0";
    // The table lets a 3-parameter open enter through (it is not stored).
    let e = make(code::SYSCALL_OPEN_E, TID, &[name, &u32b(1), &u32b(0o644)]);
    assert_eq!(run(&mut c, &e, &mut out), Ok(Conversion::Pass));
    assert_eq!(c.stored_enters(), 0);
    // A 0-parameter open enter gains three empty parameters, then passes.
    let e0 = make(code::SYSCALL_OPEN_E, TID, &[]);
    let got = converted(&mut c, &e0);
    assert_eq!(params_of(&got), vec![Vec::<u8>::new(); 3]);
    // A 4-parameter exit gets empty dev and ino in two steps.
    let steps = c.stats().steps;
    let x = make(
        code::SYSCALL_OPEN_X,
        TID,
        &[&i64b(3), name, &u32b(1), &u32b(0o644)],
    );
    let got = converted(&mut c, &x);
    assert_event(
        &got,
        code::SYSCALL_OPEN_X,
        TID,
        &[&i64b(3), name, &u32b(1), &u32b(0o644), &[], &[]],
    );
    assert_eq!(c.stats().steps - steps, 2);
    // A 5-parameter exit gets empty ino.
    let x5 = make(
        code::SYSCALL_OPEN_X,
        TID,
        &[&i64b(3), name, &u32b(1), &u32b(0), &u32b(7)],
    );
    let got = converted(&mut c, &x5);
    assert_event(
        &got,
        code::SYSCALL_OPEN_X,
        TID,
        &[&i64b(3), name, &u32b(1), &u32b(0), &u32b(7), &[]],
    );
    // There is no rule for a 3-parameter open exit: that is an error, as in libscap.
    let x3 = make(code::SYSCALL_OPEN_X, TID, &[&i64b(3), name, &u32b(1)]);
    let err = run(&mut c, &x3, &mut out).expect_err("no rule");
    assert!(matches!(err, ConvertError::NoRule { .. }), "{err}");
}

#[test]
fn close_with_and_without_enter() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let x = make(code::SYSCALL_CLOSE_X, TID, &[&i64b(0)]);
    // No enter: fd gets its type's default, 0 on 8 bytes.
    let got = converted(&mut c, &x);
    assert_event(&got, code::SYSCALL_CLOSE_X, TID, &[&i64b(0), &i64b(0)]);

    let e = make(code::SYSCALL_CLOSE_E, TID, &[&i64b(7)]);
    assert_eq!(
        run(&mut c, &e, &mut out),
        Ok(Conversion::Drop(DropReason::StoredEnter))
    );
    let got = converted(&mut c, &x);
    assert_event(&got, code::SYSCALL_CLOSE_X, TID, &[&i64b(0), &i64b(7)]);
    // The enter was consumed: a second exit falls back again.
    let got = converted(&mut c, &x);
    assert_event(&got, code::SYSCALL_CLOSE_X, TID, &[&i64b(0), &i64b(0)]);
}

#[test]
fn current_exit_passes_untouched() {
    let mut c = Converter::new();
    let mut out = vec![1, 2, 3];
    let x = make(code::SYSCALL_CLOSE_X, TID, &[&i64b(0), &i64b(7)]);
    assert_eq!(run(&mut c, &x, &mut out), Ok(Conversion::Pass));
    assert_eq!(out, vec![1, 2, 3], "output buffer untouched");
    assert_eq!(c.stats().passed, 1);
    assert_eq!(c.stats().steps, 0);
}

#[test]
fn enter_of_another_thread_does_not_leak() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let e = make(code::SYSCALL_CLOSE_E, 100, &[&i64b(7)]);
    assert_eq!(
        run(&mut c, &e, &mut out),
        Ok(Conversion::Drop(DropReason::StoredEnter))
    );
    let x = make(code::SYSCALL_CLOSE_X, 101, &[&i64b(0)]);
    let got = converted(&mut c, &x);
    assert_event(&got, code::SYSCALL_CLOSE_X, 101, &[&i64b(0), &i64b(0)]);
    // Thread 100's enter is still there for its own exit.
    let x = make(code::SYSCALL_CLOSE_X, 100, &[&i64b(0)]);
    let got = converted(&mut c, &x);
    assert_event(&got, code::SYSCALL_CLOSE_X, 100, &[&i64b(0), &i64b(7)]);
}

#[test]
fn newer_enter_replaces_older_one() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    for fd in [7, 8] {
        let e = make(code::SYSCALL_CLOSE_E, TID, &[&i64b(fd)]);
        run(&mut c, &e, &mut out).expect("stored");
    }
    assert_eq!(c.stored_enters(), 1);
    let x = make(code::SYSCALL_CLOSE_X, TID, &[&i64b(0)]);
    let got = converted(&mut c, &x);
    assert_event(&got, code::SYSCALL_CLOSE_X, TID, &[&i64b(0), &i64b(8)]);
}

#[test]
fn stored_enter_of_another_type_is_an_error() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let e = make(code::SYSCALL_CLOSE_E, TID, &[&i64b(7)]);
    run(&mut c, &e, &mut out).expect("stored");
    let x = make(code::SYSCALL_READ_X, TID, &[&i64b(5), b"hello"]);
    let err = run(&mut c, &x, &mut out).expect_err("mismatch");
    match &err {
        ConvertError::EnterMismatch { at, found } => {
            assert_eq!((at.ty, at.nparams, at.tid), (code::SYSCALL_READ_X, 2, TID));
            assert_eq!(found.ty, code::SYSCALL_CLOSE_E);
        }
        other => panic!("unexpected {other}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("read_X (type 7, 2 params, tid 25)"), "{msg}");
    assert!(msg.contains("close_E"), "{msg}");
    assert_eq!(c.stats().errors, 1);
    // The stored enter is kept (libscap empties the slot only after a successful step).
    assert_eq!(c.stored_enters(), 1);
}

#[test]
fn lenient_mode_discards_a_stale_enter() {
    let mut c = Converter::new();
    c.set_lenient(true);
    let mut out = Vec::new();
    let e = make(code::SYSCALL_CLOSE_E, TID, &[&i64b(7)]);
    run(&mut c, &e, &mut out).expect("stored");
    let x = make(code::SYSCALL_READ_X, TID, &[&i64b(5), b"hello"]);
    let got = converted(&mut c, &x);
    assert_event(
        &got,
        code::SYSCALL_READ_X,
        TID,
        &[&i64b(5), b"hello", &i64b(0), &u32b(0)],
    );
    assert_eq!(c.stored_enters(), 0, "the stale enter is gone");
    let s = c.stats();
    assert_eq!(
        (s.enters_mismatched, s.enters_missing, s.enters_used),
        (1, 1, 0)
    );
    // A matching enter is still used.
    let e = make(code::SYSCALL_READ_E, TID, &[&i64b(25), &u32b(36)]);
    run(&mut c, &e, &mut out).expect("stored");
    let got = converted(&mut c, &x);
    assert_event(
        &got,
        code::SYSCALL_READ_X,
        TID,
        &[&i64b(5), b"hello", &i64b(25), &u32b(36)],
    );
}

#[test]
fn read_exit_takes_fd_and_size_from_enter() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let e = make(code::SYSCALL_READ_E, TID, &[&i64b(25), &u32b(36)]);
    run(&mut c, &e, &mut out).expect("stored");
    let x = make(code::SYSCALL_READ_X, TID, &[&i64b(5), b"hello"]);
    let got = converted(&mut c, &x);
    assert_event(
        &got,
        code::SYSCALL_READ_X,
        TID,
        &[&i64b(5), b"hello", &i64b(25), &u32b(36)],
    );
}

#[test]
fn link_changes_type_with_empty_fallback() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let x = make(code::SYSCALL_LINK_X, TID, &[&i64b(0)]);
    let got = converted(&mut c, &x);
    assert_event(&got, code::SYSCALL_LINK_2_X, TID, &[&i64b(0), &[], &[]]);

    let e = make(code::SYSCALL_LINK_E, TID, &[b"/a\0", b"/b\0"]);
    run(&mut c, &e, &mut out).expect("stored");
    let got = converted(&mut c, &x);
    assert_event(
        &got,
        code::SYSCALL_LINK_2_X,
        TID,
        &[&i64b(0), b"/a\0", b"/b\0"],
    );
}

#[test]
fn brk_1_chain_uses_its_own_enter() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let e = make(code::SYSCALL_BRK_1_E, TID, &[&0x1000u64.to_le_bytes()]);
    run(&mut c, &e, &mut out).expect("stored");
    let x = make(code::SYSCALL_BRK_1_X, TID, &[&0x2000u64.to_le_bytes()]);
    let got = converted(&mut c, &x);
    let ev = EventRef::parse(&got).expect("valid");
    assert_eq!(ev.ty(), code::SYSCALL_BRK_4_X);
    assert_eq!(
        ev.nparams(),
        EVENT_TABLE[code::SYSCALL_BRK_4_X as usize].params.len()
    );
    assert_eq!(ev.param(0), Some(&0x2000u64.to_le_bytes()[..]));
}

#[test]
fn bpf_cmd_is_truncated_to_the_new_type() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let e = make(code::SYSCALL_BPF_E, TID, &[&i64b(0x1_0000_0005)]);
    run(&mut c, &e, &mut out).expect("stored");
    let x = make(code::SYSCALL_BPF_X, TID, &[&i64b(3)]);
    let got = converted(&mut c, &x);
    assert_event(&got, code::SYSCALL_BPF_2_X, TID, &[&i64b(3), &u32b(5)]);
}

#[test]
fn bpf_dynamic_result_is_copied_truncated_like_libscap() {
    // Old drivers wrote `res_or_fd` as a dynamic parameter: one index byte, then the value.
    // libscap copies it into the new 8-byte fd capped to 8 bytes: index byte + 7 value bytes.
    let mut c = Converter::new();
    let mut dyn_fd = vec![0u8];
    dyn_fd.extend_from_slice(&i64b(3));
    let x = make(code::SYSCALL_BPF_X, TID, &[&dyn_fd]);
    let got = converted(&mut c, &x);
    assert_event(&got, code::SYSCALL_BPF_2_X, TID, &[&dyn_fd[..8], &[]]);
}

#[test]
fn execve_8_chain_reaches_execve_19() {
    let mut c = Converter::new();
    // The old enter climbs to EXECVE_19_E (empty filename) and is stored *and* passed.
    let e = make(code::SYSCALL_EXECVE_8_E, TID, &[]);
    let got = converted(&mut c, &e);
    assert_event(&got, code::SYSCALL_EXECVE_19_E, TID, &[&[]]);
    assert_eq!(c.stats().enters_stored, 1);

    let fixed: [&[u8]; 8] = [
        &i64b(0),
        b"/bin/ls\0",
        b"-l\0",
        &i64b(TID as i64),
        &i64b(TID as i64),
        &i64b(1),
        b"/root\0",
        &i64b(1024),
    ];
    let x = make(code::SYSCALL_EXECVE_8_X, TID, &fixed);
    let steps = c.stats().steps;
    let got = converted(&mut c, &x);
    let ps = params_of(&got);
    let ev = EventRef::parse(&got).expect("valid");
    assert_eq!(ev.ty(), code::SYSCALL_EXECVE_19_X);
    assert_eq!(ps.len(), 31);
    for (i, p) in fixed.iter().enumerate() {
        assert_eq!(&ps[i][..], *p, "param {i}");
    }
    // Everything added along the way is empty, including the filename taken from the enter.
    assert!(ps[8..].iter().all(Vec::is_empty));
    assert_eq!(c.stats().steps - steps, 16);
    assert_eq!(c.stored_enters(), 0, "the enter was used by the last step");
}

#[test]
fn execve_18_chain_carries_the_filename() {
    let mut c = Converter::new();
    let e = make(code::SYSCALL_EXECVE_18_E, TID, &[b"/usr/bin/ls\0"]);
    let got = converted(&mut c, &e);
    assert_event(&got, code::SYSCALL_EXECVE_19_E, TID, &[b"/usr/bin/ls\0"]);
    let mut ps: Vec<Vec<u8>> = vec![Vec::new(); 17];
    ps[0] = i64b(0).to_vec();
    ps[1] = b"ls\0".to_vec();
    let refs: Vec<&[u8]> = ps.iter().map(Vec::as_slice).collect();
    let x = make(code::SYSCALL_EXECVE_18_X, TID, &refs);
    let got = converted(&mut c, &x);
    let out = params_of(&got);
    assert_eq!(out.len(), 31);
    assert_eq!(out[1], b"ls\0");
    assert_eq!(out[30], b"/usr/bin/ls\0");
}

#[test]
fn execve_19_enter_is_stored_and_passed() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let e = make(code::SYSCALL_EXECVE_19_E, TID, &[b"/bin/sh\0"]);
    assert_eq!(run(&mut c, &e, &mut out), Ok(Conversion::Pass));
    assert_eq!(c.stored_enters(), 1);
    // A current exit passes and leaves the stored enter in place (as libscap does).
    let info = &EVENT_TABLE[code::SYSCALL_EXECVE_19_X as usize];
    let ps = vec![Vec::new(); info.params.len()];
    let refs: Vec<&[u8]> = ps.iter().map(Vec::as_slice).collect();
    let x = make(code::SYSCALL_EXECVE_19_X, TID, &refs);
    assert_eq!(run(&mut c, &x, &mut out), Ok(Conversion::Pass));
    assert_eq!(c.stored_enters(), 1);
}

#[test]
fn container_e_becomes_json() {
    let mut c = Converter::new();
    let e = make(
        code::CONTAINER_E,
        TID,
        &[
            b"container_id\0",
            &u32b(123),
            b"container_name\0",
            b"container_image\0",
        ],
    );
    let got = converted(&mut c, &e);
    let json = b"{\"id\":\"container_id\",\"type\":123,\"name\":\"container_name\",\
\"image\":\"container_image\"}\0";
    assert_event(&got, code::CONTAINER_JSON_2_E, TID, &[json]);

    // A short type is read as its little-endian bytes; strings are not escaped; the last byte
    // is dropped whatever it is.
    let e = make(code::CONTAINER_E, TID, &[b"a\"b\0", &[7], b"n\0", b"imgX"]);
    let got = converted(&mut c, &e);
    let json = b"{\"id\":\"a\"b\",\"type\":7,\"name\":\"n\",\"image\":\"img\"}\0";
    assert_event(&got, code::CONTAINER_JSON_2_E, TID, &[json]);

    // An empty string or an oversized type makes the callback fail: empty fallback.
    for bad in [
        make(code::CONTAINER_E, TID, &[b"", &u32b(1), b"n\0", b"i\0"]),
        make(code::CONTAINER_E, TID, &[b"id\0", &i64b(1), b"n\0", b"i\0"]),
    ] {
        let got = converted(&mut c, &bad);
        assert_event(&got, code::CONTAINER_JSON_2_E, TID, &[&[]]);
    }
    assert_eq!(c.stats().callback_fallbacks, 2);

    // A JSON longer than a 16-bit parameter is an error, not a fallback.
    let big = vec![b'x'; 21_830];
    let e = make(code::CONTAINER_E, TID, &[&big, &u32b(u32::MAX), &big, &big]);
    assert!(e.len() <= MAX_EVENT_SIZE);
    let mut out = Vec::new();
    let err = run(&mut c, &e, &mut out).expect_err("too long");
    assert!(
        matches!(err, ConvertError::CallbackLength { max: 65535, .. }),
        "{err}"
    );
}

#[test]
fn unused_and_old_enter_events_are_dropped() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let unused = (0..EVENT_MAX as u16)
        .find(|&t| EVENT_TABLE[t as usize].is_unused())
        .expect("an unused code");
    let e = make(unused, TID, &[]);
    assert_eq!(
        run(&mut c, &e, &mut out),
        Ok(Conversion::Drop(DropReason::Unused))
    );
    let old_enter = (0..EVENT_MAX as u16)
        .find(|&t| {
            let i = &EVENT_TABLE[t as usize];
            t % 2 == 0 && i.is_old_version() && !i.is_converter_managed() && !i.is_unused()
        })
        .expect("an unmanaged old enter");
    let e = make(old_enter, TID, &[]);
    assert_eq!(
        run(&mut c, &e, &mut out),
        Ok(Conversion::Drop(DropReason::OldEnter))
    );
    assert_eq!(c.stats().dropped_unused, 1);
    assert_eq!(c.stats().dropped_old_enter, 1);
}

#[test]
fn unknown_type_passes() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let mut e = make(code::SYSCALL_CLOSE_X, TID, &[]);
    e[20..22].copy_from_slice(&(EVENT_MAX as u16).to_le_bytes());
    assert_eq!(run(&mut c, &e, &mut out), Ok(Conversion::Pass));
    assert_eq!(c.stats().unknown_type, 1);
}

#[test]
fn exit_with_too_many_params_is_an_error() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let x = make(code::SYSCALL_CLOSE_X, TID, &[&i64b(0), &i64b(1), &i64b(2)]);
    let err = run(&mut c, &x, &mut out).expect_err("too many");
    assert!(
        matches!(err, ConvertError::TooManyParams { expected: 2, .. }),
        "{err}"
    );
    assert_eq!(err.event().ty, code::SYSCALL_CLOSE_X);
}

#[test]
fn short_and_long_params_are_copied_capped() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    // A 3-byte fd in the enter is copied as is (libscap does not check minimum lengths) and a
    // 12-byte one is truncated to 8.
    for (fd, want) in [
        (&[1u8, 2, 3][..], &[1u8, 2, 3][..]),
        (&[9u8; 12][..], &[9u8; 8][..]),
    ] {
        let e = make(code::SYSCALL_CLOSE_E, TID, &[fd]);
        run(&mut c, &e, &mut out).expect("stored");
        let x = make(code::SYSCALL_CLOSE_X, TID, &[&i64b(0)]);
        let got = converted(&mut c, &x);
        assert_eq!(params_of(&got)[1], want);
    }
}

#[test]
fn size_limits() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    // An event needing conversion larger than 64 KiB.
    let data = vec![0u8; 65535];
    let x = make(code::SYSCALL_READ_X, TID, &[&i64b(0), &data]);
    let err = run(&mut c, &x, &mut out).expect_err("too large");
    assert!(matches!(err, ConvertError::TooLarge { .. }), "{err}");
    // A result larger than 64 KiB: the exit adds a result to two long enter paths.
    let a = vec![b'a'; 32_749];
    let e = make(code::SYSCALL_LINK_E, TID, &[&a, &a]);
    assert!(e.len() <= MAX_EVENT_SIZE);
    run(&mut c, &e, &mut out).expect("stored");
    let x = make(code::SYSCALL_LINK_X, TID, &[&i64b(0)]);
    let err = run(&mut c, &x, &mut out).expect_err("result too large");
    assert!(matches!(err, ConvertError::ResultTooLarge { .. }), "{err}");
}

#[test]
fn output_buffer_is_reused() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let e = make(code::SYSCALL_READ_E, TID, &[&i64b(25), &u32b(36)]);
    let x = make(code::SYSCALL_READ_X, TID, &[&i64b(5), b"hello"]);
    for _ in 0..3 {
        run(&mut c, &e, &mut out).expect("stored");
        run(&mut c, &x, &mut out).expect("converted");
    }
    let caps = (out.capacity(), c.scratch.capacity());
    for _ in 0..100 {
        run(&mut c, &e, &mut out).expect("stored");
        assert_eq!(run(&mut c, &x, &mut out), Ok(Conversion::Converted));
        assert_eq!(params_of(&out).len(), 4);
    }
    assert_eq!((out.capacity(), c.scratch.capacity()), caps);
    assert_eq!(c.spare.len(), 1, "the enter buffer goes back and forth");
}

#[test]
fn clear_forgets_enters() {
    let mut c = Converter::new();
    let mut out = Vec::new();
    let e = make(code::SYSCALL_CLOSE_E, TID, &[&i64b(7)]);
    run(&mut c, &e, &mut out).expect("stored");
    c.clear();
    assert_eq!(c.stored_enters(), 0);
    let x = make(code::SYSCALL_CLOSE_X, TID, &[&i64b(0)]);
    assert_event(
        &converted(&mut c, &x),
        code::SYSCALL_CLOSE_X,
        TID,
        &[&i64b(0), &i64b(0)],
    );
}

#[test]
fn defaults_by_type() {
    assert_eq!(default_value(ParamType::Uid), Some(&[0xff; 4][..]));
    assert_eq!(default_value(ParamType::Gid), Some(&[0xff; 4][..]));
    assert_eq!(default_value(ParamType::Fd), Some(&[0; 8][..]));
    assert_eq!(default_value(ParamType::Uint16), Some(&[0; 2][..]));
    assert_eq!(default_value(ParamType::Ipv6Addr), Some(&[0; 16][..]));
    assert_eq!(default_value(ParamType::CharBuf), Some(&[][..]));
    assert_eq!(default_value(ParamType::Bool), None);
    assert_eq!(len_bounds(ParamType::FsPath, false), Some((0, 65535)));
    assert_eq!(len_bounds(ParamType::FsPath, true), Some((0, u32::MAX)));
    assert_eq!(len_bounds(ParamType::SigType, true), Some((1, 1)));
}

// ---------------------------------------------------------------- whole-table checks

#[test]
fn table_is_sorted_and_complete() {
    assert_eq!(RULES.len(), 253);
    for w in RULES.windows(2) {
        assert!((w[0].code, w[0].nparams) < (w[1].code, w[1].nparams));
    }
    for r in &RULES {
        assert_eq!(lookup(r.code, u32::from(r.nparams)), Some(r));
    }
    assert_eq!(lookup(code::SYSCALL_OPEN_X, 3), None);
    assert_eq!(lookup(code::SYSCALL_OPEN_X, 260), None);
}

#[test]
fn old_exit_versions_are_all_managed() {
    for (t, i) in EVENT_TABLE.iter().enumerate() {
        if t % 2 == 1 && i.is_old_version() && !i.is_unused() {
            assert!(
                i.is_converter_managed(),
                "old exit {t} ({}) is not managed",
                i.name
            );
        }
    }
}

#[test]
fn rules_agree_with_the_schema() {
    for r in &RULES {
        let info = event_info(r.code).expect("rule code in schema");
        assert!(
            info.is_converter_managed(),
            "rule for unmanaged code {}",
            r.code
        );
        let (target, start) = match r.action {
            Action::ChangeType(t) => (t, 0),
            Action::AddParams => (r.code, usize::from(r.nparams)),
            _ => {
                assert!(r.instrs.is_empty(), "code {}", r.code);
                continue;
            }
        };
        let tinfo = event_info(target).expect("target in schema");
        assert!(
            start + r.instrs.len() <= tinfo.params.len(),
            "code {} too many",
            r.code
        );
        for (k, i) in r.instrs.iter().enumerate() {
            let pty = tinfo.params[start + k].ty;
            assert!(
                len_bounds(pty, tinfo.is_large()).is_some(),
                "code {} param {k}",
                r.code
            );
            match *i {
                Instr::Old(n) => assert!(n < r.nparams, "code {} old {n}", r.code),
                Instr::Enter(n, _) => {
                    // Every way the matching enter gets stored carries that parameter.
                    let enter = r.code - 1;
                    let stores: Vec<_> = RULES
                        .iter()
                        .filter(|s| {
                            s.code == enter
                                && matches!(s.action, Action::Store | Action::StoreAndPass)
                        })
                        .collect();
                    assert!(
                        !stores.is_empty(),
                        "code {}: enter {enter} never stored",
                        r.code
                    );
                    for s in stores {
                        assert!(n < s.nparams, "code {} enter param {n}", r.code);
                    }
                }
                Instr::Default => {
                    assert!(default_value(pty).is_some(), "code {} default", r.code)
                }
                _ => {}
            }
        }
    }
}

/// Plausible bytes for a parameter of `info`'s type (fixed-size types at their size).
fn sample(ty: ParamType, i: usize) -> Vec<u8> {
    match len_bounds(ty, false) {
        Some((min, max)) if min == max => (0..min).map(|b| b as u8 + i as u8).collect(),
        _ => format!("p{i}\0").into_bytes(),
    }
}

fn sample_event(code: u16, nparams: usize, tid: u64) -> Vec<u8> {
    let info = event_info(code).expect("code");
    let ps: Vec<Vec<u8>> = (0..nparams)
        .map(|i| {
            info.params
                .get(i)
                .map_or_else(Vec::new, |p| sample(p.ty, i))
        })
        .collect();
    let refs: Vec<&[u8]> = ps.iter().map(Vec::as_slice).collect();
    make(code, tid, &refs)
}

/// Every rule's event converts to a final current event (or is stored/passed), with and without
/// its stored enter, and fixed-size parameters keep their size.
#[test]
fn every_rule_converts_to_a_current_event() {
    let mut longest = 0;
    for r in &RULES {
        for with_enter in [false, true] {
            let mut c = Converter::new();
            let mut out = Vec::new();
            if with_enter && r.code % 2 == 1 {
                let Some(s) = RULES.iter().find(|s| {
                    s.code == r.code - 1 && matches!(s.action, Action::Store | Action::StoreAndPass)
                }) else {
                    continue;
                };
                let e = sample_event(s.code, usize::from(s.nparams), TID);
                run(&mut c, &e, &mut out).expect("enter stored");
                assert_eq!(c.stored_enters(), 1);
            }
            let ev = sample_event(r.code, usize::from(r.nparams), TID);
            let steps = c.stats().steps;
            let res = run(&mut c, &ev, &mut out)
                .unwrap_or_else(|e| panic!("rule {} / {}: {e}", r.code, r.nparams));
            longest = longest.max(c.stats().steps - steps);
            let bytes = match res {
                Conversion::Converted => &out[..],
                Conversion::Pass => &ev[..],
                Conversion::Drop(d) => {
                    assert_eq!(
                        d,
                        DropReason::StoredEnter,
                        "rule {} / {}",
                        r.code,
                        r.nparams
                    );
                    continue;
                }
            };
            let got = EventRef::parse(bytes).expect("valid");
            let info = got.info().expect("known");
            if got.ty() % 2 == 1 {
                assert_eq!(
                    got.nparams(),
                    info.params.len(),
                    "rule {} / {}",
                    r.code,
                    r.nparams
                );
                assert!(!info.is_old_version(), "rule {} / {}", r.code, r.nparams);
            }
            for (i, p) in got.params().enumerate() {
                // Known libscap quirk: the old dynamic `res_or_fd` is copied into a plain fd.
                if r.code == code::SYSCALL_BPF_X && i == 0 {
                    continue;
                }
                let Some((min, max)) = len_bounds(info.params[i].ty, info.is_large()) else {
                    continue;
                };
                assert!(
                    p.is_empty() || (p.len() >= min as usize && p.len() <= max as usize),
                    "rule {} / {}: result {} param {i} ({}) has {} bytes",
                    r.code,
                    r.nparams,
                    got.ty(),
                    info.params[i].name,
                    p.len()
                );
            }
        }
    }
    assert!(longest < MAX_CONVERSION_STEPS as u64);
    assert_eq!(longest, 16, "the execve 8 chain is the longest");
}

// ---------------------------------------------------------------- hostile input

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

#[test]
fn hostile_events_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut c = Converter::new();
    let mut out = Vec::new();
    let mut outcomes = [0u32; 4];
    for _ in 0..200_000 {
        let code = if rng.below(2) == 0 {
            RULES[rng.below(RULES.len() as u64) as usize].code
        } else {
            rng.below(EVENT_MAX as u64) as u16
        };
        let info = &EVENT_TABLE[code as usize];
        let n = if rng.below(2) == 0 {
            lookup_counts(code)
                .get(rng.below(4) as usize)
                .copied()
                .unwrap_or(0)
        } else {
            rng.below(info.params.len() as u64 + 2) as usize
        }
        .min(MAX_EVENT_PARAMS);
        let ps: Vec<Vec<u8>> = (0..n)
            .map(|_| {
                let len = match rng.below(8) {
                    0 => 0,
                    1 => rng.below(2000) as usize,
                    _ => rng.below(17) as usize,
                };
                (0..len).map(|_| rng.next() as u8).collect()
            })
            .collect();
        let refs: Vec<&[u8]> = ps.iter().map(Vec::as_slice).collect();
        let ev = make(code, rng.below(4), &refs);
        match run(&mut c, &ev, &mut out) {
            Ok(Conversion::Converted) => {
                EventRef::parse(&out).expect("converted events are valid");
                outcomes[0] += 1;
            }
            Ok(Conversion::Pass) => outcomes[1] += 1,
            Ok(Conversion::Drop(_)) => outcomes[2] += 1,
            Err(_) => outcomes[3] += 1,
        }
    }
    assert!(outcomes.iter().all(|&n| n > 100), "{outcomes:?}");
    let s = c.stats();
    assert_eq!(
        s.passed
            + s.converted
            + s.dropped_unused
            + s.dropped_old_enter
            + s.dropped_stored_enter
            + s.errors,
        200_000
    );
}

/// Parameter counts the table has rules for, for `code`.
fn lookup_counts(code: u16) -> Vec<usize> {
    RULES
        .iter()
        .filter(|r| r.code == code)
        .map(|r| usize::from(r.nparams))
        .collect()
}

#[test]
fn truncated_and_garbage_bytes_are_rejected_before_conversion() {
    // The converter only sees validated events; make sure the slack-after-params case (valid for
    // the parser) converts without carrying the slack along.
    let mut c = Converter::new();
    let mut x = make(code::SYSCALL_CLOSE_X, TID, &[&i64b(4)]);
    x.extend_from_slice(b"slack");
    let len = x.len() as u32;
    x[16..20].copy_from_slice(&len.to_le_bytes());
    let got = converted(&mut c, &x);
    assert_event(&got, code::SYSCALL_CLOSE_X, TID, &[&i64b(4), &i64b(0)]);
}
