//! Reading typed values out of the document: scalars as yaml-cpp converts them, with errors
//! that name the key and where its value was written.

use crate::error::ConfigError;
use crate::tree::{Item, Sources, Val};

/// The document being typed and what its origins refer to.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    pub root: &'a Item,
    pub sources: &'a Sources<'a>,
}

impl<'a> Reader<'a> {
    /// The node at a dotted key path; a null value counts as absent (Falco's `as<T>(default)`
    /// falls back to the default on a null node).
    pub fn at(&self, key: &str) -> Option<&'a Item> {
        self.root
            .path(key)
            .filter(|i| !matches!(i.value, Val::Null))
    }

    /// An error about `item` (or about the key when there is no node).
    pub fn error(&self, item: Option<&Item>, key: &str, reason: impl Into<String>) -> ConfigError {
        ConfigError::Invalid {
            place: item.map_or(crate::error::Place::Default, |i| {
                self.sources.place(i.origin)
            }),
            key: key.to_string(),
            reason: reason.into(),
        }
    }

    /// The scalar text of `item`, or an error naming `key` when it is a list or mapping.
    pub fn text_of(&self, item: &'a Item, key: &str) -> Result<&'a str, ConfigError> {
        match &item.value {
            Val::Scalar(s) => Ok(s),
            Val::Null => Ok(""),
            Val::Seq(_) => {
                Err(self.error(Some(item), key, "expected a single value, found a list"))
            }
            Val::Map(_) => {
                Err(self.error(Some(item), key, "expected a single value, found a mapping"))
            }
        }
    }

    /// A string value, or `default`.
    pub fn string(&self, key: &str, default: &str) -> Result<String, ConfigError> {
        match self.at(key) {
            Some(item) => Ok(self.text_of(item, key)?.to_string()),
            None => Ok(default.to_string()),
        }
    }

    /// A boolean, spelled as YAML 1.1 / yaml-cpp accept it, or `default`.
    pub fn bool(&self, key: &str, default: bool) -> Result<bool, ConfigError> {
        let Some(item) = self.at(key) else {
            return Ok(default);
        };
        let text = self.text_of(item, key)?;
        parse_bool(text).ok_or_else(|| {
            self.error(
                Some(item),
                key,
                format!("expected true or false, found '{text}'"),
            )
        })
    }

    /// An integer of type `T` (decimal or `0x` hex), or `default`.
    pub fn int<T: TryFrom<i128>>(&self, key: &str, default: T) -> Result<T, ConfigError> {
        let Some(item) = self.at(key) else {
            return Ok(default);
        };
        let text = self.text_of(item, key)?;
        let n = parse_int(text).ok_or_else(|| {
            self.error(
                Some(item),
                key,
                format!("expected an integer, found '{text}'"),
            )
        })?;
        T::try_from(n).map_err(|_| {
            self.error(
                Some(item),
                key,
                format!("{n} is out of range ({})", range_name::<T>()),
            )
        })
    }

    /// A floating-point number, or `default`.
    pub fn float(&self, key: &str, default: f64) -> Result<f64, ConfigError> {
        let Some(item) = self.at(key) else {
            return Ok(default);
        };
        let text = self.text_of(item, key)?;
        parse_float(text).ok_or_else(|| {
            self.error(
                Some(item),
                key,
                format!("expected a number, found '{text}'"),
            )
        })
    }

    /// Falco's `get_sequence` of strings: a list of scalars, or one scalar as a one-item list;
    /// `None` when the key is absent or null.
    pub fn strings(&self, key: &str) -> Result<Option<Vec<String>>, ConfigError> {
        let Some(item) = self.at(key) else {
            return Ok(None);
        };
        match &item.value {
            Val::Seq(items) => items
                .iter()
                .enumerate()
                .map(|(i, it)| Ok(self.text_of(it, &format!("{key}[{i}]"))?.to_string()))
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Val::Scalar(s) => Ok(Some(vec![s.clone()])),
            _ => Err(self.error(Some(item), key, "expected a list, found a mapping")),
        }
    }
}

/// yaml-cpp's boolean spellings.
pub(crate) fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            Some(true)
        }
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            Some(false)
        }
        _ => None,
    }
}

/// A decimal or `0x` hexadecimal integer with an optional sign.
pub(crate) fn parse_int(s: &str) -> Option<i128> {
    let (neg, digits) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = match digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        Some(hex) if !hex.is_empty() => i128::from_str_radix(hex, 16).ok()?,
        Some(_) => return None,
        None if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            digits.parse().ok()?
        }
        None => return None,
    };
    Some(if neg { -magnitude } else { magnitude })
}

/// A number as YAML writes it (`.1`, `1e3`, `-1`, `.inf`).
pub(crate) fn parse_float(s: &str) -> Option<f64> {
    match s {
        ".inf" | ".Inf" | ".INF" | "+.inf" => return Some(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ => {}
    }
    // Rust also accepts `inf`/`nan` words, which YAML does not.
    if s.bytes()
        .any(|b| b.is_ascii_alphabetic() && b != b'e' && b != b'E')
    {
        return None;
    }
    s.parse().ok()
}

/// The range of an integer type, for messages.
fn range_name<T>() -> &'static str {
    match std::any::type_name::<T>() {
        "u8" => "0 to 255",
        "u16" => "0 to 65535",
        "i16" => "-32768 to 32767",
        "u32" => "0 to 4294967295",
        "u64" => "0 to 18446744073709551615",
        _ => "out of the type's range",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bools() {
        assert_eq!(parse_bool("true"), Some(true));
        assert_eq!(parse_bool("Off"), Some(false));
        assert_eq!(parse_bool("yes"), Some(true));
        assert_eq!(parse_bool("tRUE"), None);
        assert_eq!(parse_bool("1"), None);
    }

    #[test]
    fn ints() {
        assert_eq!(parse_int("42"), Some(42));
        assert_eq!(parse_int("-1"), Some(-1));
        assert_eq!(parse_int("+7"), Some(7));
        assert_eq!(parse_int("0x10"), Some(16));
        assert_eq!(parse_int("1.5"), None);
        assert_eq!(parse_int(""), None);
        assert_eq!(parse_int("-"), None);
        assert_eq!(parse_int("0x"), None);
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float(".1"), Some(0.1));
        assert_eq!(parse_float("-1"), Some(-1.0));
        assert_eq!(parse_float("1e3"), Some(1000.0));
        assert_eq!(parse_float("inf"), None);
        assert_eq!(parse_float(".inf"), Some(f64::INFINITY));
        assert_eq!(parse_float("x"), None);
    }
}
