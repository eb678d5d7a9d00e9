//! sysdig's `-p` output formats: text with `%field` or `%field[arg]` substitutions.
//!
//! A leading `*` prints every event, showing undefined fields as `<NA>`; without it an event is
//! printed only when every field of the format is defined.

use crate::evt::{EventContext, FieldError, FieldId};

/// A parsed output format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Format {
    all_events: bool,
    tokens: Vec<Token>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Text(String),
    Field(FieldId),
}

/// Why a format string is invalid.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// A `%` not followed by a field name.
    #[error("format position {pos}: '%' must be followed by a field name")]
    EmptyField {
        /// Byte position of the `%`.
        pos: usize,
    },
    /// A `[` without its `]`.
    #[error("format position {pos}: unterminated '[' in field argument")]
    UnterminatedArg {
        /// Byte position of the `[`.
        pos: usize,
    },
    /// A field the format names is unknown.
    #[error("format position {pos}: {source}")]
    Field {
        /// Byte position of the `%`.
        pos: usize,
        /// What is wrong with the field.
        source: FieldError,
    },
}

/// The format sysdig prints by default.
pub const DEFAULT_FORMAT: &str =
    "*%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.info";

fn is_field_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'_'
}

impl Format {
    /// Parses a format string.
    pub fn parse(s: &str) -> Result<Self, FormatError> {
        let (all_events, body, base) = match s.strip_prefix('*') {
            Some(rest) => (true, rest, 1),
            None => (false, s, 0),
        };
        let b = body.as_bytes();
        let mut tokens = Vec::new();
        let mut text = String::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] != b'%' {
                let next = body[i..].find('%').map_or(b.len(), |p| i + p);
                text.push_str(&body[i..next]);
                i = next;
                continue;
            }
            let pos = base + i;
            let start = i + 1;
            let mut end = start;
            while end < b.len() && is_field_char(b[end]) {
                end += 1;
            }
            // A trailing '.' ends a sentence, not a field name.
            while end > start && b[end - 1] == b'.' {
                end -= 1;
            }
            if end == start {
                return Err(FormatError::EmptyField { pos });
            }
            let name = &body[start..end];
            let mut arg = None;
            let mut next = end;
            if end < b.len() && b[end] == b'[' {
                let close = body[end..]
                    .find(']')
                    .ok_or(FormatError::UnterminatedArg { pos: base + end })?;
                arg = Some(&body[end + 1..end + close]);
                next = end + close + 1;
            }
            let field =
                FieldId::parse(name, arg).map_err(|source| FormatError::Field { pos, source })?;
            if !text.is_empty() {
                tokens.push(Token::Text(std::mem::take(&mut text)));
            }
            tokens.push(Token::Field(field));
            i = next;
        }
        if !text.is_empty() {
            tokens.push(Token::Text(text));
        }
        Ok(Self { all_events, tokens })
    }

    /// Whether events with undefined fields are printed too.
    pub fn prints_all_events(&self) -> bool {
        self.all_events
    }

    /// Appends the rendering of `ctx` to `out`. Returns `false` (and leaves `out` as it was)
    /// when a field is undefined and the format does not print all events.
    pub fn render(&self, ctx: &EventContext<'_, '_>, out: &mut String) -> bool {
        let mark = out.len();
        for t in &self.tokens {
            match t {
                Token::Text(s) => out.push_str(s),
                Token::Field(f) => {
                    let before = out.len();
                    if !f.write(ctx, out) {
                        if !self.all_events {
                            out.truncate(mark);
                            return false;
                        }
                        out.truncate(before);
                        out.push_str("<NA>");
                    }
                }
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_default_format() {
        let f = Format::parse(DEFAULT_FORMAT).expect("valid");
        assert!(f.prints_all_events());
        assert_eq!(f.tokens.len(), 15);
    }

    #[test]
    fn field_arguments_and_errors() {
        assert!(Format::parse("%evt.arg[0] %proc.aname[2]").is_ok());
        assert_eq!(
            Format::parse("a %"),
            Err(FormatError::EmptyField { pos: 2 })
        );
        assert!(matches!(
            Format::parse("%evt.arg[1"),
            Err(FormatError::UnterminatedArg { pos: 8 })
        ));
        assert!(matches!(
            Format::parse("*%no.such"),
            Err(FormatError::Field {
                pos: 1,
                source: FieldError::Unknown(_)
            })
        ));
    }
}
