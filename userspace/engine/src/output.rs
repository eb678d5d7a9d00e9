//! A rule's output format: literal text and `%field` / `%field[arg]` / `%(field)` tokens,
//! rendered as Falco does (`<NA>` for an undefined field in text, `null` in JSON), with the
//! typed `output_fields` of JSON alerts.

use rfalco_fields::evt::{EventContext, FieldId};
use serde_json::Value;

use crate::check::parse_num;
use crate::error::CompileError;
use crate::ftype::{FieldType, field_type};

#[derive(Debug, Clone)]
enum Part {
    Lit(String),
    Field(usize),
}

#[derive(Debug, Clone)]
struct OutField {
    key: String,
    id: FieldId,
    ty: FieldType,
}

/// A compiled output format.
#[derive(Debug, Clone)]
pub struct OutputFormat {
    parts: Vec<Part>,
    fields: Vec<OutField>,
}

impl OutputFormat {
    /// Parses a format; unknown fields are errors.
    pub fn parse(format: &str) -> Result<OutputFormat, CompileError> {
        let err = |reason: String| CompileError::Output {
            format: format.to_owned(),
            reason,
        };
        let b = format.as_bytes();
        let mut parts = Vec::new();
        let mut fields: Vec<OutField> = Vec::new();
        let mut lit = String::new();
        let mut i = 0;
        while i < b.len() {
            let Some(off) = format[i..].find('%') else {
                lit.push_str(&format[i..]);
                break;
            };
            lit.push_str(&format[i..i + off]);
            i += off + 1;
            if i < b.len() && b[i] == b'%' {
                lit.push('%');
                i += 1;
                continue;
            }
            let paren = i < b.len() && b[i] == b'(';
            if paren {
                i += 1;
            }
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
            // A sentence may end right after a field: `... %fd.name.`
            while i > start && b[i - 1] == b'.' {
                i -= 1;
            }
            let name = &format[start..i];
            let mut arg = None;
            if i < b.len() && b[i] == b'[' {
                let close = format[i..]
                    .find(']')
                    .ok_or_else(|| err(format!("missing ']' after '%{name}['")))?;
                arg = Some(&format[i + 1..i + close]);
                i += close + 1;
            }
            if paren {
                if i < b.len() && b[i] == b')' {
                    i += 1;
                } else {
                    return Err(err(format!("missing ')' after '%({name}'")));
                }
            }
            if name.is_empty() {
                return Err(err(format!("a field name must follow '%' at byte {start}")));
            }
            let id = FieldId::parse(name, arg).map_err(|e| err(e.to_string()))?;
            let key = match arg {
                Some(a) => format!("{name}[{a}]"),
                None => name.to_owned(),
            };
            if !lit.is_empty() {
                parts.push(Part::Lit(std::mem::take(&mut lit)));
            }
            let idx = match fields.iter().position(|f| f.key == key) {
                Some(p) => p,
                None => {
                    fields.push(OutField {
                        key,
                        id,
                        ty: field_type(name),
                    });
                    fields.len() - 1
                }
            };
            parts.push(Part::Field(idx));
        }
        if !lit.is_empty() {
            parts.push(Part::Lit(lit));
        }
        Ok(OutputFormat { parts, fields })
    }

    /// Renders the text into `text` and, when `json` is given, the typed values of every field
    /// into it (keyed by field name, `[arg]` included).
    pub fn render(
        &self,
        ctx: &EventContext<'_, '_>,
        text: &mut String,
        json: Option<&mut serde_json::Map<String, Value>>,
    ) {
        let mut vals: Vec<Option<String>> = Vec::with_capacity(self.fields.len());
        for f in &self.fields {
            let mut s = String::new();
            vals.push(f.id.write(ctx, &mut s).then_some(s));
        }
        for p in &self.parts {
            match p {
                Part::Lit(s) => text.push_str(s),
                Part::Field(i) => text.push_str(vals[*i].as_deref().unwrap_or("<NA>")),
            }
        }
        if let Some(map) = json {
            for (f, v) in self.fields.iter().zip(&vals) {
                map.insert(f.key.clone(), json_value(f.ty, v.as_deref(), ctx));
            }
        }
    }
}

/// The JSON form of a field value: numbers and booleans typed, times as nanoseconds.
pub(crate) fn json_value(ty: FieldType, v: Option<&str>, ctx: &EventContext<'_, '_>) -> Value {
    let Some(v) = v else {
        return Value::Null;
    };
    match ty {
        FieldType::Num => match parse_num(v) {
            Some(n) if n >= 0 => u64::try_from(n).map_or_else(|_| v.into(), Value::from),
            Some(n) => i64::try_from(n).map_or_else(|_| v.into(), Value::from),
            None => v.into(),
        },
        FieldType::AbsTime => match v.parse::<u64>() {
            Ok(n) => n.into(),
            Err(_) => ctx.ev.ts().into(),
        },
        FieldType::Bool => match v {
            "true" => true.into(),
            "false" => false.into(),
            other => other.into(),
        },
        _ => v.into(),
    }
}
