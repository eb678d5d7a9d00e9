//! Low-level text helpers: escaping, numbers in printf styles, addresses, dates.

use core::fmt::Write as _;

use crate::abi::types::PrintFormat;

/// Whether libsinsp's `isprint` (C locale) accepts `b`.
#[inline]
pub(super) fn is_print(b: u8) -> bool {
    (0x20..=0x7e).contains(&b)
}

/// The bytes of a C string: up to the first NUL, or all of them.
#[inline]
pub(super) fn c_str(raw: &[u8]) -> &[u8] {
    match raw.iter().position(|&b| b == 0) {
        Some(p) => &raw[..p],
        None => raw,
    }
}

/// Appends `s` keeping only printable ASCII, as libsinsp's `sanitize_string` and
/// `strcpy_sanitized` do for paths and names.
pub(super) fn push_sanitized(out: &mut String, s: &[u8]) {
    for &b in s {
        if is_print(b) {
            out.push(b as char);
        }
    }
}

/// Drops every byte that is not printable ASCII from `out[start..]` (for text written by a
/// [`FdNames`](super::FdNames) implementation, which we do not trust to be clean).
pub(super) fn sanitize_tail(out: &mut String, start: usize) {
    if out.as_bytes()[start..].iter().all(|&b| is_print(b)) {
        return;
    }
    let tail = out.split_off(start);
    push_sanitized(out, tail.as_bytes());
}

/// Appends `s` as rfalco prints strings libsinsp prints raw: valid UTF-8 is kept, but control
/// characters (C0, DEL, C1) and every byte of an invalid UTF-8 sequence become `.`.
pub(super) fn push_escaped(out: &mut String, s: &[u8]) {
    for chunk in s.utf8_chunks() {
        let valid = chunk.valid();
        if valid.chars().any(char::is_control) {
            for c in valid.chars() {
                out.push(if c.is_control() { '.' } else { c });
            }
        } else {
            out.push_str(valid);
        }
        for _ in chunk.invalid() {
            out.push('.');
        }
    }
}

/// Appends bytes as libsinsp's `binary_buffer_to_string_dots`: printable ASCII as is, any other
/// byte as `.`; then applies sysdig's output truncation (`max` characters, the last three
/// replaced by `...`; 0 = no limit).
pub(super) fn push_dots(out: &mut String, data: &[u8], max: usize) {
    let start = out.len();
    let shown = if max != 0 && data.len() > max {
        &data[..max]
    } else {
        data
    };
    out.extend(
        shown
            .iter()
            .map(|&b| if is_print(b) { b as char } else { '.' }),
    );
    if shown.len() < data.len() && max > 3 {
        out.truncate(start + max - 3);
        out.push_str("...");
    }
}

/// Appends an integer as libsinsp's `SET_NUMERIC_FORMAT` printf formats render it.
///
/// `v` is the value sign-extended (signed types) or zero-extended (unsigned types); `wide`
/// says whether the C type was 64-bit. Narrower values travel through printf as a 32-bit `int`,
/// so an unsigned 32-bit value above `i32::MAX` prints negative with `%d`, as libs does.
pub(super) fn push_num(out: &mut String, fmt: PrintFormat, v: i64, wide: bool) {
    let (dec, bits) = if wide {
        (v, v as u64)
    } else {
        (v as i32 as i64, v as i32 as u32 as u64)
    };
    let _ = match fmt {
        PrintFormat::Oct if bits == 0 => write!(out, "0"),
        PrintFormat::Oct => write!(out, "0{bits:o}"),
        PrintFormat::Hex => write!(out, "{bits:X}"),
        PrintFormat::PaddedDec => write!(out, "{dec:09}"),
        _ => write!(out, "{dec}"),
    };
}

/// Appends an IPv4 address in dotted decimal.
pub(super) fn push_ipv4(out: &mut String, a: &[u8]) {
    if let [a, b, c, d, ..] = *a {
        let _ = write!(out, "{a}.{b}.{c}.{d}");
    }
}

/// Appends an IPv6 address as glibc's `inet_ntop` writes it (longest zero run compressed,
/// IPv4-mapped and IPv4-compatible forms with a dotted tail).
pub(super) fn push_ipv6(out: &mut String, a: &[u8; 16]) {
    let mut w = [0u16; 8];
    for (i, x) in w.iter_mut().enumerate() {
        *x = u16::from_be_bytes([a[2 * i], a[2 * i + 1]]);
    }
    // The first longest run of at least two zero words.
    let (mut best, mut best_len) = (usize::MAX, 0usize);
    let mut i = 0;
    while i < 8 {
        if w[i] == 0 {
            let s = i;
            while i < 8 && w[i] == 0 {
                i += 1;
            }
            if i - s > best_len {
                (best, best_len) = (s, i - s);
            }
        } else {
            i += 1;
        }
    }
    if best_len < 2 {
        best = usize::MAX;
    }
    for (i, word) in w.iter().enumerate() {
        if best != usize::MAX && i >= best && i < best + best_len {
            if i == best {
                out.push(':');
            }
            continue;
        }
        if i != 0 {
            out.push(':');
        }
        if i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff)) {
            push_ipv4(out, &a[12..16]);
            return;
        }
        let _ = write!(out, "{word:x}");
    }
    if best != usize::MAX && best + best_len == 8 {
        out.push(':');
    }
}

/// libsinsp's `is_ipv4_mapped_ipv6`: `::ffff:a.b.c.d`, or the all-zero address.
pub(super) fn is_ipv4_mapped(a: &[u8; 16]) -> bool {
    a[..10].iter().all(|&b| b == 0)
        && ((a[10] == 0xff && a[11] == 0xff) || a[10..].iter().all(|&b| b == 0))
}

/// A fixed stack buffer implementing `fmt::Write`, for formatting without allocation.
struct StackBuf {
    b: [u8; 96],
    n: usize,
}

impl core::fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self
            .n
            .checked_add(s.len())
            .filter(|&e| e <= self.b.len())
            .ok_or(core::fmt::Error)?;
        self.b[self.n..end].copy_from_slice(s.as_bytes());
        self.n = end;
        Ok(())
    }
}

impl StackBuf {
    fn new() -> Self {
        Self { b: [0; 96], n: 0 }
    }
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.b[..self.n]).unwrap_or("")
    }
}

/// Strips trailing zeros of a fractional part, and the point if nothing is left after it.
fn strip_frac(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// Appends a double as C's `%g` (precision 6) does.
pub(super) fn push_g(out: &mut String, v: f64) {
    if v.is_nan() {
        out.push_str(if v.is_sign_negative() { "-nan" } else { "nan" });
        return;
    }
    if v.is_infinite() {
        out.push_str(if v < 0.0 { "-inf" } else { "inf" });
        return;
    }
    if v == 0.0 {
        out.push_str(if v.is_sign_negative() { "-0" } else { "0" });
        return;
    }
    let mut e = StackBuf::new();
    let _ = write!(e, "{v:.5e}");
    let s = e.as_str();
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let x: i32 = exp.parse().unwrap_or(0);
    if (-4..6).contains(&x) {
        let prec = (5 - x) as usize;
        let mut f = StackBuf::new();
        let _ = write!(f, "{v:.prec$}");
        out.push_str(strip_frac(f.as_str()));
    } else {
        out.push_str(strip_frac(mant));
        let _ = write!(
            out,
            "e{}{:02}",
            if x < 0 { '-' } else { '+' },
            x.unsigned_abs()
        );
    }
}

/// Appends a nanosecond timestamp as `YYYY-MM-DD HH:MM:SS.nnnnnnnnn` in UTC (libsinsp uses the
/// local time zone; rfalco prints UTC so the output does not depend on the host).
pub(super) fn push_abstime(out: &mut String, ns: u64) {
    let secs = ns / 1_000_000_000;
    let nsec = ns % 1_000_000_000;
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Days since 1970-01-01 to a civil date (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let _ = write!(
        out,
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}.{nsec:09}",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(f: impl FnOnce(&mut String)) -> String {
        let mut o = String::new();
        f(&mut o);
        o
    }

    #[test]
    fn g_format() {
        assert_eq!(s(|o| push_g(o, 0.0)), "0");
        assert_eq!(s(|o| push_g(o, 1.0)), "1");
        assert_eq!(s(|o| push_g(o, 0.5)), "0.5");
        assert_eq!(s(|o| push_g(o, 1e-9)), "1e-09");
        assert_eq!(s(|o| push_g(o, 0.123456789)), "0.123457");
        assert_eq!(s(|o| push_g(o, 0.0001)), "0.0001");
        assert_eq!(s(|o| push_g(o, 0.00001234)), "1.234e-05");
        assert_eq!(s(|o| push_g(o, 123456.0)), "123456");
        assert_eq!(s(|o| push_g(o, 1234567.0)), "1.23457e+06");
        assert_eq!(s(|o| push_g(o, 999999.5)), "1e+06");
        assert_eq!(s(|o| push_g(o, 18446744073.709553)), "1.84467e+10");
        assert_eq!(s(|o| push_g(o, 100.0)), "100");
        assert_eq!(s(|o| push_g(o, -2.5)), "-2.5");
    }

    #[test]
    fn ipv6_text() {
        let p = |a: [u8; 16]| s(|o| push_ipv6(o, &a));
        let mut a = [0u8; 16];
        assert_eq!(p(a), "::");
        a[15] = 1;
        assert_eq!(p(a), "::1");
        let db8 = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3];
        assert_eq!(p(db8), "2001:db8::3");
        let mapped = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1];
        assert_eq!(p(mapped), "::ffff:127.0.0.1");
        let compat = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 1];
        assert_eq!(p(compat), "::10.0.0.1");
        let one_zero = [0, 1, 0, 0, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7];
        assert_eq!(p(one_zero), "1:0:2:3:4:5:6:7");
        let two_runs = [0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 3];
        assert_eq!(p(two_runs), "1:0:0:2::3");
        let equal_runs = [0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 3, 0, 4];
        assert_eq!(p(equal_runs), "1::2:0:0:3:4");
        let tail = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(p(tail), "fe80::");
    }

    #[test]
    fn dates() {
        assert_eq!(s(|o| push_abstime(o, 0)), "1970-01-01 00:00:00.000000000");
        assert_eq!(
            s(|o| push_abstime(o, 1_745_849_508_000_000_001)),
            "2025-04-28 14:11:48.000000001"
        );
        assert_eq!(
            s(|o| push_abstime(o, 951_782_400_000_000_000)),
            "2000-02-29 00:00:00.000000000"
        );
        assert_eq!(
            s(|o| push_abstime(o, u64::MAX)),
            "2554-07-21 23:34:33.709551615"
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            s(|o| push_num(o, PrintFormat::Dec, 4_294_967_295, false)),
            "-1"
        );
        assert_eq!(s(|o| push_num(o, PrintFormat::Dec, -1, true)), "-1");
        assert_eq!(s(|o| push_num(o, PrintFormat::Hex, 0x1ff, false)), "1FF");
        assert_eq!(s(|o| push_num(o, PrintFormat::Hex, -1, false)), "FFFFFFFF");
        assert_eq!(
            s(|o| push_num(o, PrintFormat::Hex, -1, true)),
            "FFFFFFFFFFFFFFFF"
        );
        assert_eq!(s(|o| push_num(o, PrintFormat::Oct, 0o4755, false)), "04755");
        assert_eq!(s(|o| push_num(o, PrintFormat::Oct, 0, false)), "0");
        assert_eq!(
            s(|o| push_num(o, PrintFormat::PaddedDec, 42, false)),
            "000000042"
        );
        assert_eq!(
            s(|o| push_num(o, PrintFormat::PaddedDec, -5, false)),
            "-00000005"
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(s(|o| push_escaped(o, b"a\x1b[2Jb\n")), "a.[2Jb.");
        assert_eq!(
            s(|o| push_escaped(o, "h\u{e9}\u{9b}x".as_bytes())),
            "h\u{e9}.x"
        );
        assert_eq!(s(|o| push_escaped(o, b"\xff\xfeok")), "..ok");
        assert_eq!(s(|o| push_sanitized(o, b"a\tb\xc3\xa9c")), "abc");
        assert_eq!(s(|o| push_dots(o, b"ab\0\x7f\x80c", 0)), "ab...c");
        let long = [b'x'; 100];
        let t = s(|o| push_dots(o, &long, 80));
        assert_eq!(t.len(), 80);
        assert!(t.ends_with("xx..."));
        assert_eq!(s(|o| push_dots(o, &long[..80], 80)), "x".repeat(80));
    }
}
