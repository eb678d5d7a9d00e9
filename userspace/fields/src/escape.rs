//! Escaping of attacker-controlled bytes (process names, paths) before they reach a terminal.

use std::fmt::Write;

/// Appends `b` with control characters and invalid UTF-8 escaped (`\n`, `\x1b`, ...).
pub fn push_escaped(out: &mut String, b: &[u8]) {
    for chunk in b.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                }
                c => out.push(c),
            }
        }
        for byte in chunk.invalid() {
            let _ = write!(out, "\\x{byte:02x}");
        }
    }
}

/// `b` escaped, as an owned string.
pub fn escaped(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len());
    push_escaped(&mut s, b);
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(super::escaped(b"a\x1b[31mb\n\xff"), "a\\x1b[31mb\\n\\xff");
    }
}
