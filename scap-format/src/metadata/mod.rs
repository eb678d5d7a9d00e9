//! Bodies of the metadata blocks of a `.scap` capture: machine info, process list, fd lists,
//! interface list and user list.
//!
//! Each submodule parses every on-disk version of its block that libscap reads, and writes the
//! current one. A "body" is what lies between the 8-byte block header and the 4-byte trailer, so
//! it may end with up to 3 bytes of padding: every parser ignores fewer than 4 trailing bytes, as
//! libscap does. Parsers never panic and never read out of bounds: hostile input yields a
//! [`MetaError`] that names the entry, the field and the offset within the body.
//!
//! Strings are kept as raw bytes (`Vec<u8>`), exactly as stored (not NUL-terminated on disk,
//! not guaranteed to be UTF-8). The writers truncate a string to the longest length libscap's
//! reader accepts for that field, so what they write is always readable by libscap.

use core::fmt;

pub mod fdlist;
pub mod iflist;
pub mod machine;
pub mod proclist;
pub mod userlist;

pub use fdlist::{FdDetail, FdEntry, FdType};
pub use iflist::{InterfaceList, Ipv4Interface, Ipv6Interface};
pub use machine::MachineInfo;
pub use proclist::ThreadEntry;
pub use userlist::{GroupEntry, UserEntry, UserList};

/// Longest path-like string libscap accepts (`SCAP_MAX_PATH_SIZE`).
pub const MAX_PATH_SIZE: usize = 1024;
/// Longest argument list libscap accepts (`SCAP_MAX_ARGS_SIZE`).
pub const MAX_ARGS_SIZE: usize = 4096;
/// Longest environment libscap accepts (`SCAP_MAX_ENV_SIZE`).
pub const MAX_ENV_SIZE: usize = 4096;
/// Longest cgroup list libscap accepts (`SCAP_MAX_CGROUPS_SIZE`).
pub const MAX_CGROUPS_SIZE: usize = 4096;
/// Size of the user and group name buffers of libscap (`MAX_CREDENTIALS_STR_LEN`).
pub const MAX_CREDENTIALS_STR_LEN: usize = 256;

/// Which end a read ran into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bound {
    /// The end of the current entry, as given by its length field.
    Entry,
    /// The end of the block body.
    Block,
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Bound::Entry => "entry",
            Bound::Block => "block",
        })
    }
}

/// Why a metadata block body is invalid. Offsets are within the block body; `entry` says which
/// entry was being read, e.g. `process list entry 3 (tid 1234)`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MetaError {
    /// A fixed-size field runs past the end of its entry or of the block.
    #[error(
        "{entry}: field {field}: {need} bytes at body offset {offset} run past the {bound} end at body offset {end}"
    )]
    Truncated {
        /// The entry being read.
        entry: String,
        /// The field being read.
        field: &'static str,
        /// Where the field starts.
        offset: usize,
        /// The field's size.
        need: usize,
        /// Where the entry or block ends.
        end: usize,
        /// Which end it ran into.
        bound: Bound,
    },
    /// A length-prefixed string runs past the end of its entry or of the block.
    #[error(
        "{entry}: field {field}: length {len} at body offset {offset} runs past the {bound} end at body offset {end}"
    )]
    StringPastEnd {
        /// The entry being read.
        entry: String,
        /// The field being read.
        field: &'static str,
        /// Where the string's bytes start (after its length).
        offset: usize,
        /// The string's stored length.
        len: usize,
        /// Where the entry or block ends.
        end: usize,
        /// Which end it ran into.
        bound: Bound,
    },
    /// A string longer than libscap accepts for that field.
    #[error(
        "{entry}: field {field}: length {len} at body offset {offset} exceeds the limit of {max} bytes"
    )]
    StringTooLong {
        /// The entry being read.
        entry: String,
        /// The field being read.
        field: &'static str,
        /// Where the string's bytes start (after its length).
        offset: usize,
        /// The string's stored length.
        len: usize,
        /// The largest length accepted.
        max: usize,
    },
    /// An entry length smaller than what the entry's fields need.
    #[error(
        "{entry}: entry length {len} at body offset {offset} is shorter than the {min} bytes its fields take"
    )]
    EntryTooShort {
        /// The entry being read.
        entry: String,
        /// Where the entry starts.
        offset: usize,
        /// The stored entry length.
        len: u64,
        /// Bytes the entry's fields take.
        min: usize,
    },
    /// An entry length that runs past the end of the block.
    #[error(
        "{entry}: entry length {len} at body offset {offset} runs past the block end at body offset {end}"
    )]
    EntryPastEnd {
        /// The entry being read.
        entry: String,
        /// Where the entry starts.
        offset: usize,
        /// The stored entry length.
        len: u64,
        /// Where the block body ends.
        end: usize,
    },
    /// An interface entry of a type libscap does not know.
    #[error("{entry}: unknown interface type {ty} at body offset {offset}")]
    UnknownInterfaceType {
        /// The entry being read.
        entry: String,
        /// Where the type field is.
        offset: usize,
        /// The stored type.
        ty: u16,
    },
    /// A block version this module does not know.
    #[error("unsupported {list} version {version}")]
    UnsupportedVersion {
        /// Which list.
        list: &'static str,
        /// The version asked for.
        version: u8,
    },
}

/// Describes the entry being read, for error messages; rendered only when an error happens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx<'a> {
    /// The list, e.g. `process list`.
    pub(crate) what: &'a str,
    /// Index of the entry within the block, if reading one.
    pub(crate) index: Option<usize>,
    /// An identifying field once known, e.g. `("tid", 1234)`.
    pub(crate) key: Option<(&'static str, i64)>,
}

impl<'a> Ctx<'a> {
    /// Context for a whole block (no entry).
    pub(crate) fn block(what: &'a str) -> Self {
        Self {
            what,
            index: None,
            key: None,
        }
    }

    /// Context for entry `index` of a list.
    pub(crate) fn entry(what: &'a str, index: usize) -> Self {
        Self {
            what,
            index: Some(index),
            key: None,
        }
    }
}

impl fmt::Display for Ctx<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)?;
        if let Some(i) = self.index {
            write!(f, " entry {i}")?;
        }
        if let Some((name, value)) = self.key {
            write!(f, " ({name} {value})")?;
        }
        Ok(())
    }
}

/// Bounds-checked little-endian reads over a block body, with a movable end (entry or block).
#[derive(Debug)]
pub(crate) struct Cursor<'a> {
    body: &'a [u8],
    pos: usize,
    end: usize,
    bound: Bound,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `body`, bounded by its end.
    pub(crate) fn new(body: &'a [u8]) -> Self {
        Self {
            body,
            pos: 0,
            end: body.len(),
            bound: Bound::Block,
        }
    }

    /// Current offset within the body.
    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// Bytes left before the current end.
    pub(crate) fn remaining(&self) -> usize {
        self.end.saturating_sub(self.pos)
    }

    /// Bytes left before the end of the body.
    pub(crate) fn remaining_in_block(&self) -> usize {
        self.body.len().saturating_sub(self.pos)
    }

    /// Bounds reads by the entry starting at `start` with `len` bytes (length field included).
    /// Fails when the entry would run past the block, or ends before the current position.
    pub(crate) fn enter_entry(
        &mut self,
        ctx: &Ctx<'_>,
        start: usize,
        len: usize,
    ) -> Result<(), MetaError> {
        let end = start.checked_add(len).filter(|&e| e <= self.body.len());
        let Some(end) = end else {
            return Err(MetaError::EntryPastEnd {
                entry: ctx.to_string(),
                offset: start,
                len: len as u64,
                end: self.body.len(),
            });
        };
        if end < self.pos {
            return Err(MetaError::EntryTooShort {
                entry: ctx.to_string(),
                offset: start,
                len: len as u64,
                min: self.pos - start,
            });
        }
        self.end = end;
        self.bound = Bound::Entry;
        Ok(())
    }

    /// Skips what is left of the current entry and bounds reads by the block again.
    pub(crate) fn leave_entry(&mut self) {
        if self.bound == Bound::Entry {
            self.pos = self.end.max(self.pos);
        }
        self.end = self.body.len();
        self.bound = Bound::Block;
    }

    /// Takes `n` bytes.
    pub(crate) fn bytes(
        &mut self,
        n: usize,
        ctx: &Ctx<'_>,
        field: &'static str,
    ) -> Result<&'a [u8], MetaError> {
        if n > self.remaining() {
            return Err(MetaError::Truncated {
                entry: ctx.to_string(),
                field,
                offset: self.pos,
                need: n,
                end: self.end,
                bound: self.bound,
            });
        }
        let out = self.body.get(self.pos..self.pos + n).unwrap_or_default();
        self.pos += n;
        Ok(out)
    }

    /// Takes a fixed-size array.
    pub(crate) fn array<const N: usize>(
        &mut self,
        ctx: &Ctx<'_>,
        field: &'static str,
    ) -> Result<[u8; N], MetaError> {
        let b = self.bytes(N, ctx, field)?;
        let mut out = [0u8; N];
        out.copy_from_slice(b);
        Ok(out)
    }

    /// Reads a `u8`.
    pub(crate) fn u8(&mut self, ctx: &Ctx<'_>, field: &'static str) -> Result<u8, MetaError> {
        Ok(self.array::<1>(ctx, field)?[0])
    }

    /// Reads a little-endian `u16`.
    pub(crate) fn u16(&mut self, ctx: &Ctx<'_>, field: &'static str) -> Result<u16, MetaError> {
        Ok(u16::from_le_bytes(self.array(ctx, field)?))
    }

    /// Reads a little-endian `u32`.
    pub(crate) fn u32(&mut self, ctx: &Ctx<'_>, field: &'static str) -> Result<u32, MetaError> {
        Ok(u32::from_le_bytes(self.array(ctx, field)?))
    }

    /// Reads a little-endian `u64`.
    pub(crate) fn u64(&mut self, ctx: &Ctx<'_>, field: &'static str) -> Result<u64, MetaError> {
        Ok(u64::from_le_bytes(self.array(ctx, field)?))
    }

    /// Reads a little-endian `i64`.
    pub(crate) fn i64(&mut self, ctx: &Ctx<'_>, field: &'static str) -> Result<i64, MetaError> {
        Ok(i64::from_le_bytes(self.array(ctx, field)?))
    }

    /// Reads `len` string bytes whose length was already read, checking it against `max`.
    pub(crate) fn string_of_len(
        &mut self,
        len: usize,
        max: usize,
        ctx: &Ctx<'_>,
        field: &'static str,
    ) -> Result<Vec<u8>, MetaError> {
        if len > max {
            return Err(MetaError::StringTooLong {
                entry: ctx.to_string(),
                field,
                offset: self.pos,
                len,
                max,
            });
        }
        if len > self.remaining() {
            return Err(MetaError::StringPastEnd {
                entry: ctx.to_string(),
                field,
                offset: self.pos,
                len,
                end: self.end,
                bound: self.bound,
            });
        }
        Ok(self.bytes(len, ctx, field)?.to_vec())
    }

    /// Reads a string stored as a `u16` length and that many bytes, accepting at most `max`.
    pub(crate) fn string16(
        &mut self,
        max: usize,
        ctx: &Ctx<'_>,
        field: &'static str,
    ) -> Result<Vec<u8>, MetaError> {
        let len = self.u16(ctx, field)? as usize;
        self.string_of_len(len, max, ctx, field)
    }
}

/// Appends a string as a `u16` length and its bytes, cut to `max` bytes (and to `u16::MAX`).
pub(crate) fn put_string16(out: &mut Vec<u8>, s: &[u8], max: usize) {
    let n = s.len().min(max).min(u16::MAX as usize);
    out.extend_from_slice(&(n as u16).to_le_bytes());
    out.extend_from_slice(&s[..n]);
}

/// Length of a string as [`put_string16`] writes it, length field included.
pub(crate) fn string16_len(s: &[u8], max: usize) -> usize {
    2 + s.len().min(max).min(u16::MAX as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_reads_and_bounds() {
        let body = [1u8, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0];
        let ctx = Ctx::block("test list");
        let mut c = Cursor::new(&body);
        assert_eq!(c.u16(&ctx, "a").expect("a"), 1);
        assert_eq!(c.u32(&ctx, "b").expect("b"), 2);
        assert_eq!(c.u64(&ctx, "c").expect("c"), 3);
        let e = c.u8(&ctx, "d").expect_err("past end");
        assert_eq!(
            e.to_string(),
            "test list: field d: 1 bytes at body offset 14 run past the block end at body offset 14"
        );
    }

    #[test]
    fn entry_bounds_and_messages() {
        let body = [0u8; 16];
        let mut ctx = Ctx::entry("process list", 3);
        ctx.key = Some(("tid", 1234));
        let mut c = Cursor::new(&body);
        c.enter_entry(&ctx, 0, 8).expect("entry fits");
        c.u32(&ctx, "x").expect("x");
        let e = c.bytes(900, &ctx, "y").expect_err("past entry");
        assert!(
            matches!(
                e,
                MetaError::Truncated {
                    bound: Bound::Entry,
                    end: 8,
                    ..
                }
            ),
            "{e}"
        );
        let e = c
            .string_of_len(900, 4096, &ctx, "exepath")
            .expect_err("past entry");
        assert_eq!(
            e.to_string(),
            "process list entry 3 (tid 1234): field exepath: length 900 at body offset 4 runs \
             past the entry end at body offset 8"
        );
        c.leave_entry();
        assert_eq!(c.pos(), 8);
        assert_eq!(c.remaining(), 8);
        let e = c.enter_entry(&ctx, 8, 9).expect_err("past block");
        assert!(matches!(e, MetaError::EntryPastEnd { .. }));
        let e = c.enter_entry(&ctx, 8, usize::MAX).expect_err("overflow");
        assert!(matches!(e, MetaError::EntryPastEnd { .. }));
    }

    #[test]
    fn string_limits() {
        let mut out = Vec::new();
        put_string16(&mut out, b"abcdef", 4);
        assert_eq!(out, [4, 0, b'a', b'b', b'c', b'd']);
        assert_eq!(string16_len(b"abcdef", 4), 6);
        let ctx = Ctx::block("t");
        let mut c = Cursor::new(&out);
        let e = c.string16(3, &ctx, "s").expect_err("too long");
        assert!(matches!(e, MetaError::StringTooLong { len: 4, max: 3, .. }));
        let mut c = Cursor::new(&out);
        assert_eq!(c.string16(4, &ctx, "s").expect("fits"), b"abcd");
    }
}
