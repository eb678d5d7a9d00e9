//! Load results in the shape of Falco's `-V` validation output (`falco_load_results`).

use crate::yaml::Pos;
use serde_json::{Value, json};

/// Error codes, as Falco names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// The file could not be read.
    FileRead,
    /// Not valid YAML.
    YamlParse,
    /// Valid YAML with the wrong structure (missing keys, wrong types).
    YamlValidate,
    /// A condition does not compile.
    CompileCondition,
    /// An output format does not compile.
    CompileOutput,
    /// An item is semantically wrong (undefined macro, bad append, version mismatch...).
    Validate,
}

/// Warning codes, as Falco names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WarningCode {
    /// A rule names a source nobody provides; it is skipped.
    UnknownSource,
    /// Comparison with `<NA>`.
    UnsafeNaCheck,
    /// The condition does not restrict the event type.
    NoEvttype,
    /// Unknown field or event type, skipped through `skip-if-unknown-filter`.
    UnknownFilter,
    /// A macro nobody uses.
    UnusedMacro,
    /// A list nobody uses.
    UnusedList,
    /// A top-level item of unknown kind.
    UnknownItem,
    /// A deprecated construct.
    DeprecatedItem,
    /// Appending an exception without values.
    AppendNoValues,
    /// Two exceptions of a rule share a name.
    ExceptionNameNotUnique,
    /// A macro name that conditions cannot reference.
    InvalidMacroName,
    /// A list name that conditions cannot reference.
    InvalidListName,
    /// A warning from compiling a condition.
    CompileCondition,
    /// An unknown key in an item; it is ignored.
    UnknownKey,
}

impl ErrorCode {
    /// Falco's code name.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::FileRead => "LOAD_ERR_FILE_READ",
            ErrorCode::YamlParse => "LOAD_ERR_YAML_PARSE",
            ErrorCode::YamlValidate => "LOAD_ERR_YAML_VALIDATE",
            ErrorCode::CompileCondition => "LOAD_ERR_COMPILE_CONDITION",
            ErrorCode::CompileOutput => "LOAD_ERR_COMPILE_OUTPUT",
            ErrorCode::Validate => "LOAD_ERR_VALIDATE",
        }
    }

    /// Falco's short description of the code.
    pub fn description(self) -> &'static str {
        match self {
            ErrorCode::FileRead => "File read error",
            ErrorCode::YamlParse => "YAML parse error",
            ErrorCode::YamlValidate => "Error validating internal structure of YAML file",
            ErrorCode::CompileCondition => "Error compiling condition",
            ErrorCode::CompileOutput => "Error compiling output",
            ErrorCode::Validate => "Error validating rule/macro/list/exception objects",
        }
    }
}

impl WarningCode {
    /// Falco's code name.
    pub fn as_str(self) -> &'static str {
        match self {
            WarningCode::UnknownSource => "LOAD_UNKNOWN_SOURCE",
            WarningCode::UnsafeNaCheck => "LOAD_UNSAFE_NA_CHECK",
            WarningCode::NoEvttype => "LOAD_NO_EVTTYPE",
            WarningCode::UnknownFilter => "LOAD_UNKNOWN_FILTER",
            WarningCode::UnusedMacro => "LOAD_UNUSED_MACRO",
            WarningCode::UnusedList => "LOAD_UNUSED_LIST",
            WarningCode::UnknownItem => "LOAD_UNKNOWN_ITEM",
            WarningCode::DeprecatedItem => "LOAD_DEPRECATED_ITEM",
            WarningCode::AppendNoValues => "LOAD_APPEND_NO_VALUES",
            WarningCode::ExceptionNameNotUnique => "LOAD_EXCEPTION_NAME_NOT_UNIQUE",
            WarningCode::InvalidMacroName => "LOAD_INVALID_MACRO_NAME",
            WarningCode::InvalidListName => "LOAD_INVALID_LIST_NAME",
            WarningCode::CompileCondition => "LOAD_COMPILE_CONDITION",
            WarningCode::UnknownKey => "LOAD_UNKNOWN_KEY",
        }
    }

    /// Falco's short description of the code.
    pub fn description(self) -> &'static str {
        match self {
            WarningCode::UnknownSource => "Unknown event source",
            WarningCode::UnsafeNaCheck => "Unsafe <NA> comparison in condition",
            WarningCode::NoEvttype => "Condition has no event-type restriction",
            WarningCode::UnknownFilter => "Unknown field or event-type in condition or output",
            WarningCode::UnusedMacro => "Unused macro",
            WarningCode::UnusedList => "Unused list",
            WarningCode::UnknownItem => "Unknown rules file item",
            WarningCode::DeprecatedItem => "Used deprecated item",
            WarningCode::AppendNoValues => "Overriding/appending with no values",
            WarningCode::ExceptionNameNotUnique => "Multiple exceptions defined with the same name",
            WarningCode::InvalidMacroName => "Invalid macro name",
            WarningCode::InvalidListName => "Invalid list name",
            WarningCode::CompileCondition => "Warning in rule condition",
            WarningCode::UnknownKey => "Unknown key in item definition",
        }
    }
}

/// One entry of a context: which item, where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Falco's item type (`rule`, `macro`, `exception`, `condition expression`, ...).
    pub item_type: &'static str,
    /// The item's name, when it has one.
    pub item_name: String,
    /// Where.
    pub pos: Pos,
    /// The file name.
    pub file: String,
}

/// Where a message points: the chain of items from the file down, and the snippet text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Context {
    /// Outermost first.
    pub locations: Vec<Location>,
    /// The offending line with a caret under the column.
    pub snippet: String,
}

impl Context {
    /// The context of a file: Falco's `rules content` location at its start.
    pub fn file(file: &str, text: &str) -> Context {
        Context {
            locations: vec![Location {
                item_type: "rules content",
                item_name: String::new(),
                pos: Pos::default(),
                file: file.to_string(),
            }],
            snippet: Self::snippet_of(text, Pos::default()),
        }
    }

    /// This context narrowed to an inner item at `pos` of `text`, which the snippet shows.
    pub fn child(&self, item_type: &'static str, name: &str, pos: Pos, text: &str) -> Context {
        let file = self
            .locations
            .first()
            .map(|l| l.file.clone())
            .unwrap_or_default();
        let mut locations = self.locations.clone();
        locations.push(Location {
            item_type,
            item_name: name.to_string(),
            pos,
            file,
        });
        Context {
            locations,
            snippet: Self::snippet_of(text, pos),
        }
    }

    /// A position inside condition text `cond`, relative to this context's innermost item, the
    /// way Falco reports it: libsinsp's 1-based line and column of byte `off` are added to the
    /// item's 0-based line and column (`None`: the item's own position, as for warnings).
    /// The snippet shows the condition's own line.
    pub fn in_condition(&self, cond: &str, off: Option<usize>) -> Context {
        let base = self.locations.last().map(|l| l.pos).unwrap_or_default();
        let (abs, local) = match off {
            None => (base, Pos::default()),
            Some(off) => {
                let off = floor_char_boundary(cond, off);
                let before = &cond[..off];
                let line = before.matches('\n').count();
                let col = before.rfind('\n').map_or(off, |i| off - i - 1);
                (
                    Pos {
                        line: base.line + line + 1,
                        column: base.column + col + 1,
                        offset: base.offset + off,
                    },
                    Pos {
                        line,
                        column: col,
                        offset: off,
                    },
                )
            }
        };
        let mut c = self.child("condition expression", "", abs, "");
        c.snippet = Self::snippet_of(cond, local);
        c
    }

    /// Builds a snippet: the line of `text` holding `pos`, then a caret line.
    pub fn snippet_of(text: &str, pos: Pos) -> String {
        let off = floor_char_boundary(text, pos.offset);
        let start = text[..off].rfind('\n').map_or(0, |i| i + 1);
        let end = text[off..].find('\n').map_or(text.len(), |i| off + i);
        let line = text.get(start..end).unwrap_or("");
        format!("{line}\n{}^\n", " ".repeat(pos.column))
    }
}

/// The largest char boundary of `s` not after `off` (positions may come from another text,
/// such as a macro's, so they are clamped rather than trusted).
fn floor_char_boundary(s: &str, off: usize) -> usize {
    let mut o = off.min(s.len());
    while !s.is_char_boundary(o) {
        o -= 1;
    }
    o
}

/// An error or a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message<C> {
    /// The code.
    pub code: C,
    /// The text.
    pub message: String,
    /// Where it points.
    pub context: Context,
}

/// A message code: its name and Falco's description of it.
trait Code: Copy {
    fn name(self) -> &'static str;
    fn desc(self) -> &'static str;
}

impl Code for ErrorCode {
    fn name(self) -> &'static str {
        self.as_str()
    }
    fn desc(self) -> &'static str {
        self.description()
    }
}

impl Code for WarningCode {
    fn name(self) -> &'static str {
        self.as_str()
    }
    fn desc(self) -> &'static str {
        self.description()
    }
}

/// One message as both reports (JSON and text) print it: code, description, text, context.
type Parts<'a> = (&'static str, &'static str, &'a str, &'a Context);

fn parts<C: Code>(msgs: &[Message<C>]) -> Vec<Parts<'_>> {
    msgs.iter()
        .map(|m| (m.code.name(), m.code.desc(), m.message.as_str(), &m.context))
        .collect()
}

/// The result of loading one rules file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileResult {
    /// The file's name as given.
    pub name: String,
    /// Errors (loading stops at the first, as in Falco).
    pub errors: Vec<Message<ErrorCode>>,
    /// Warnings.
    pub warnings: Vec<Message<WarningCode>>,
    /// The JSON Schema verdict (empty when the file was not validated: not YAML, or empty).
    pub schema: crate::schema::Status,
}

impl FileResult {
    /// Whether the file loaded without errors.
    pub fn successful(&self) -> bool {
        self.errors.is_empty()
    }

    fn message_json((code, desc, message, ctx): Parts<'_>) -> Value {
        let locations: Vec<Value> = ctx
            .locations
            .iter()
            .map(|l| {
                json!({
                    "item_name": l.item_name,
                    "item_type": l.item_type,
                    "position": {
                        "column": l.pos.column,
                        "line": l.pos.line,
                        "name": l.file,
                        "offset": l.pos.offset,
                    }
                })
            })
            .collect();
        json!({
            "code": code,
            "codedesc": desc,
            "context": { "locations": locations, "snippet": ctx.snippet },
            "message": message,
        })
    }

    /// This file's entry of `falco_load_results`. `schema_valid` and `schema_warnings` are
    /// present only when the file was validated, as in Falco.
    pub fn to_json(&self) -> Value {
        let errors: Vec<Value> = parts(&self.errors)
            .into_iter()
            .map(Self::message_json)
            .collect();
        let warnings: Vec<Value> = parts(&self.warnings)
            .into_iter()
            .map(Self::message_json)
            .collect();
        let mut v = json!({
            "errors": errors,
            "name": self.name,
            "successful": self.successful(),
            "warnings": warnings,
        });
        if self.schema.checked()
            && let Some(o) = v.as_object_mut()
        {
            o.insert("schema_valid".into(), json!(self.schema.valid()));
            o.insert("schema_warnings".into(), json!(self.schema.warnings()));
        }
        v
    }
}

impl FileResult {
    /// The human-readable report Falco prints for a file: `NAME: Ok`, `NAME: Ok, with
    /// warnings` or `NAME: Invalid`, the schema warnings when the file does not match the rules
    /// schema, then each message with its chain of locations
    /// (`file:line:column`, 1-based as editors count), the snippet and the code.
    pub fn to_text(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let status = match (self.successful(), self.warnings.is_empty()) {
            (false, _) => "Invalid",
            (true, true) => "Ok",
            (true, false) => "Ok, with warnings",
        };
        let _ = writeln!(out, "{}: {status}", self.name);
        let schema = self.schema.warnings();
        if !schema.is_empty() {
            let _ = writeln!(out, "{} Schema warnings:", schema.len());
            for w in schema {
                let _ = writeln!(out, "------\n{w}");
            }
            let _ = writeln!(out, "------");
        }
        let mut section = |title: &str, msgs: Vec<Parts<'_>>| {
            if msgs.is_empty() {
                return;
            }
            let _ = writeln!(out, "{} {title}:", msgs.len());
            for (code, desc, message, ctx) in msgs {
                for (depth, l) in ctx.locations.iter().enumerate() {
                    let what = if l.item_name.is_empty() {
                        l.item_type.to_string()
                    } else {
                        format!("{} '{}'", l.item_type, l.item_name)
                    };
                    let _ = writeln!(
                        out,
                        "{}In {what}: ({}:{}:{})",
                        "    ".repeat(depth),
                        l.file,
                        l.pos.line + 1,
                        l.pos.column + 1
                    );
                }
                let _ = writeln!(out, "------\n{}------", ctx.snippet);
                let _ = writeln!(out, "{code} ({desc}): {message}");
            }
        };
        section("Errors", parts(&self.errors));
        section("Warnings", parts(&self.warnings));
        out
    }
}

/// The whole `-V` document for a set of files.
pub fn results_json(results: &[FileResult]) -> Value {
    json!({ "falco_load_results": results.iter().map(FileResult::to_json).collect::<Vec<_>>() })
}

/// Falco's exit status for a validation run: 1 when any file has errors.
pub fn exit_code(results: &[FileResult]) -> i32 {
    i32::from(results.iter().any(|r| !r.successful()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_report_names_file_position_and_code() {
        let loaded = crate::load([(
            "r.yaml",
            "- rule: x\n  desc: d\n  condition: proc.name =\n  output: o\n  priority: INFO\n",
        )]);
        let t = loaded.results[0].to_text();
        assert!(t.starts_with("r.yaml: Invalid\n1 Errors:\n"), "{t}");
        assert!(t.contains("In rule 'x': (r.yaml:1:3)"), "{t}");
        assert!(t.contains("LOAD_ERR_COMPILE_CONDITION"), "{t}");
        let ok = crate::load([("ok.yaml", "- list: l\n  items: [a]\n")]);
        assert!(
            ok.results[0]
                .to_text()
                .starts_with("ok.yaml: Ok, with warnings\n1 Warnings:"),
            "{}",
            ok.results[0].to_text()
        );
    }

    #[test]
    fn snippet_has_caret_under_column() {
        let text = "a\n- rule: x\n";
        let p = Pos {
            line: 1,
            column: 2,
            offset: 4,
        };
        assert_eq!(Context::snippet_of(text, p), "- rule: x\n  ^\n");
    }

    #[test]
    fn json_shape() {
        let r = FileResult {
            name: "f.yaml".into(),
            ..Default::default()
        };
        let v = results_json(&[r]);
        assert_eq!(v["falco_load_results"][0]["successful"], true);
        assert_eq!(exit_code(&[]), 0);
    }
}
