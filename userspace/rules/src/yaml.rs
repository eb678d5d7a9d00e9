//! A small YAML document tree with positions, built from `saphyr-parser` events.
//!
//! Falco's validation output names the line, column and byte offset of every item it complains
//! about, so the loader needs the position of each node, which a plain deserializer drops.
//! Aliases are expanded (a copy of the anchored node); tags are ignored, as Falco ignores them.

use saphyr_parser::{Event, Marker, Parser, ScalarStyle};
use std::collections::HashMap;

/// A position in a text: 0-based line and column, byte offset (Falco's convention).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pos {
    /// 0-based line.
    pub line: usize,
    /// 0-based column, in characters.
    pub column: usize,
    /// Byte offset from the start of the text.
    pub offset: usize,
}

/// The content of a node.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `~`, `null`, or an empty plain scalar.
    Null,
    /// Any other scalar, as written (quotes removed).
    Scalar(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in document order.
    Map(Vec<(Node, Node)>),
}

/// A node and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The content.
    pub value: Value,
    /// Where the node starts (a block mapping starts at its first key).
    pub pos: Pos,
}

/// A YAML syntax error. Its text is Falco's (which comes from yaml-cpp), so tools that match
/// Falco's messages keep working; the parser's own wording is mapped where it is known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("yaml-cpp: error at line {}, column {}: {}", .pos.line + 1, .pos.column + 1, yaml_cpp_text(.message))]
pub struct YamlError {
    /// What the parser said.
    pub message: String,
    /// Where.
    pub pos: Pos,
}

/// yaml-cpp's wording for a saphyr-parser message, when they describe the same error.
fn yaml_cpp_text(msg: &str) -> &str {
    match msg {
        "mapping values are not allowed in this context" => "illegal map value",
        "did not find expected key" => "end of map not found",
        "did not find expected ',' or ']'" => "end of sequence flow not found",
        "did not find expected ',' or '}'" => "end of map flow not found",
        "while scanning a quoted scalar, found unexpected end of stream" => {
            "end of string not found"
        }
        other => other,
    }
}

impl Node {
    /// The value under `key` when this node is a mapping with a scalar key `key`.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| matches!(&k.value, Value::Scalar(s) if s == key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// The scalar text, if this is a scalar.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s) => Some(s),
            _ => None,
        }
    }

    /// Whether the node is null.
    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }
}

/// Converts the parser's character positions to byte offsets.
struct Offsets {
    /// Byte offset of each character, when the text is not pure ASCII.
    table: Option<Vec<usize>>,
    len: usize,
}

impl Offsets {
    fn new(text: &str) -> Self {
        let table = (!text.is_ascii()).then(|| text.char_indices().map(|(b, _)| b).collect());
        Offsets {
            table,
            len: text.len(),
        }
    }

    fn pos(&self, m: &Marker) -> Pos {
        let offset = match &self.table {
            None => m.index(),
            Some(t) => t.get(m.index()).copied().unwrap_or(self.len),
        };
        Pos {
            line: m.line().saturating_sub(1),
            column: m.col(),
            offset,
        }
    }
}

struct Builder<'a> {
    text: &'a str,
    parser: Parser<'a, saphyr_parser::StrInput<'a>>,
    offsets: Offsets,
    anchors: HashMap<usize, Node>,
    /// Byte offsets of the text's line feeds, found at the first block scalar.
    newlines: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> Builder<'a> {
    fn next(&mut self) -> Result<Option<(Event<'a>, Pos)>, YamlError> {
        match self.parser.next() {
            None => Ok(None),
            Some(Ok((ev, span))) => Ok(Some((ev, self.offsets.pos(&span.start)))),
            Some(Err(e)) => Err(YamlError {
                message: e.info().to_string(),
                pos: self.offsets.pos(e.marker()),
            }),
        }
    }

    fn remember(&mut self, anchor: usize, node: &Node) {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
    }

    /// Builds the node that `ev` starts.
    fn node(&mut self, ev: Event<'a>, pos: Pos) -> Result<Node, YamlError> {
        match ev {
            Event::Scalar(text, style, anchor, _) => {
                let null = style == ScalarStyle::Plain
                    && matches!(text.as_ref(), "" | "~" | "null" | "Null" | "NULL");
                let value = if null {
                    Value::Null
                } else {
                    Value::Scalar(text.into_owned())
                };
                let pos = if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded) {
                    self.block_indicator(pos)
                } else {
                    pos
                };
                let n = Node { value, pos };
                self.remember(anchor, &n);
                Ok(n)
            }
            Event::Alias(id) => Ok(self.anchors.get(&id).cloned().map_or(
                Node {
                    value: Value::Null,
                    pos,
                },
                |mut n| {
                    n.pos = pos;
                    n
                },
            )),
            Event::SequenceStart(anchor, _) => {
                let mut items = Vec::new();
                loop {
                    let Some((ev, p)) = self.next()? else {
                        return Err(self.eof(pos));
                    };
                    if matches!(ev, Event::SequenceEnd) {
                        break;
                    }
                    items.push(self.node(ev, p)?);
                }
                let n = Node {
                    value: Value::Seq(items),
                    pos,
                };
                self.remember(anchor, &n);
                Ok(n)
            }
            Event::MappingStart(anchor, _) => {
                let mut entries = Vec::new();
                let mut first: Option<Pos> = None;
                loop {
                    let Some((ev, p)) = self.next()? else {
                        return Err(self.eof(pos));
                    };
                    if matches!(ev, Event::MappingEnd) {
                        break;
                    }
                    let k = self.node(ev, p)?;
                    first.get_or_insert(k.pos);
                    let Some((ev, p)) = self.next()? else {
                        return Err(self.eof(pos));
                    };
                    let v = self.node(ev, p)?;
                    entries.push((k, v));
                }
                let n = Node {
                    value: Value::Map(entries),
                    pos: first.unwrap_or(pos),
                };
                self.remember(anchor, &n);
                Ok(n)
            }
            _ => Err(YamlError {
                message: "unexpected YAML event".into(),
                pos,
            }),
        }
    }

    /// yaml-cpp places a block scalar at its `|`/`>` indicator, saphyr at its content: walk
    /// back from the content to the indicator.
    fn block_indicator(&self, content: Pos) -> Pos {
        let b = self.text.as_bytes();
        let mut i = content.offset.min(b.len());
        while i > 0 {
            i -= 1;
            match b[i] {
                b'|' | b'>' => {
                    let line_start = self.text[..i].rfind('\n').map_or(0, |s| s + 1);
                    // Counting the line feeds before `i` at every block scalar made a rules
                    // file quadratic to load; the table is built once.
                    let newlines = self.newlines.get_or_init(|| {
                        b.iter()
                            .enumerate()
                            .filter_map(|(j, &c)| (c == b'\n').then_some(j))
                            .collect()
                    });
                    return Pos {
                        line: newlines.partition_point(|&j| j < i),
                        column: self.text[line_start..i].chars().count(),
                        offset: i,
                    };
                }
                b' ' | b'\t' | b'\n' | b'\r' | b'-' | b'+' | b'0'..=b'9' => {}
                _ => break,
            }
        }
        content
    }

    fn eof(&self, pos: Pos) -> YamlError {
        YamlError {
            message: "unexpected end of input".into(),
            pos,
        }
    }
}

/// Most parses [`parse_documents`] tries while re-indenting closing brackets.
///
/// The first re-indentation fixes every closing line at once; the one-space-per-parse fallback
/// after it is for the odd line it missed. Each try parses the whole text, so the bound keeps a
/// file whose bracket lines never become acceptable linear to parse (it was 10,000 tries: a
/// 6 KiB rules file took seconds to reject). Past it, the original text's error is returned.
pub const MAX_REINDENT_PARSES: usize = 64;

/// Parses every document of `text`; an empty document is `None`.
///
/// yaml-cpp (Falco's parser) accepts a flow collection whose closing bracket sits at its
/// block's indentation (`items: [` ... a line `  ]`), which the YAML spec and saphyr reject.
/// Such lines are re-indented and the text parsed again; positions are mapped back to the
/// original text. At most [`MAX_REINDENT_PARSES`] parses are tried.
pub fn parse_documents(text: &str) -> Result<Vec<Option<Node>>, YamlError> {
    let mut fixed = text.to_string();
    let mut inserted: Vec<(usize, usize)> = Vec::new();
    for _ in 0..MAX_REINDENT_PARSES {
        match parse_exact(&fixed) {
            Ok(mut docs) => {
                if !inserted.is_empty() {
                    for d in docs.iter_mut().flatten() {
                        unshift(d, &inserted);
                    }
                }
                return Ok(docs);
            }
            Err(mut e) => {
                let start = fixed[..e.pos.offset.min(fixed.len())]
                    .rfind('\n')
                    .map_or(0, |i| i + 1);
                let line_end = fixed[start..].find('\n').map_or(fixed.len(), |i| start + i);
                let line = fixed[start..line_end].trim();
                let closing = matches!(line.chars().next(), Some(']' | '}'));
                let indent =
                    fixed[start..line_end].len() - fixed[start..line_end].trim_start().len();
                if e.message.contains("indentation") && closing && indent < 64 {
                    if inserted.is_empty() {
                        // First occurrence: files written this way usually do it for every
                        // flow list, so fix them all at once instead of one parse per line.
                        indent_closing_lines(&mut fixed, &mut inserted);
                    } else {
                        fixed.insert(start, ' ');
                        inserted.push((start, 1));
                    }
                    continue;
                }
                e.pos.offset = original_offset(e.pos.offset, &inserted);
                return Err(e);
            }
        }
    }
    parse_exact(text)
}

/// Indents by two spaces every line that holds only a closing `]` or `}` (and maybe a comma or
/// comment), recording each insertion.
fn indent_closing_lines(text: &mut String, inserted: &mut Vec<(usize, usize)>) {
    let mut out = String::with_capacity(text.len() + 256);
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        let closing = matches!(t.chars().next(), Some(']' | '}'))
            && t[1..]
                .trim_start_matches([',', ']', '}', ' ', '\t'])
                .trim_end()
                .chars()
                .next()
                .is_none_or(|c| c == '#');
        if closing {
            inserted.push((out.len(), 2));
            out.push_str("  ");
        }
        out.push_str(line);
    }
    *text = out;
}

fn original_offset(off: usize, inserted: &[(usize, usize)]) -> usize {
    // Insertions are recorded in the coordinates of the text at the time; undo them newest first.
    let mut o = off;
    for &(at, n) in inserted.iter().rev() {
        if o > at {
            o = o.saturating_sub(n).max(at);
        }
    }
    o
}

fn unshift(n: &mut Node, inserted: &[(usize, usize)]) {
    n.pos.offset = original_offset(n.pos.offset, inserted);
    match &mut n.value {
        Value::Seq(items) => items.iter_mut().for_each(|i| unshift(i, inserted)),
        Value::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
            unshift(k, inserted);
            unshift(v, inserted);
        }),
        _ => {}
    }
}

fn parse_exact(text: &str) -> Result<Vec<Option<Node>>, YamlError> {
    let mut b = Builder {
        text,
        parser: Parser::new_from_str(text),
        offsets: Offsets::new(text),
        anchors: HashMap::new(),
        newlines: std::cell::OnceCell::new(),
    };
    let mut docs = Vec::new();
    while let Some((ev, _)) = b.next()? {
        match ev {
            Event::DocumentStart(_) => {
                let Some((ev, p)) = b.next()? else { break };
                if matches!(ev, Event::DocumentEnd) {
                    docs.push(None);
                    continue;
                }
                let n = b.node(ev, p)?;
                docs.push((!n.is_null()).then_some(n));
            }
            Event::StreamEnd => break,
            _ => {}
        }
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_zero_based_and_maps_start_at_first_key() {
        let docs = parse_documents("\n- rule: x\n  desc: y\n").expect("parses");
        let Some(Some(root)) = docs.first() else {
            panic!("one document")
        };
        let Value::Seq(items) = &root.value else {
            panic!("sequence")
        };
        assert_eq!(
            items[0].pos,
            Pos {
                line: 1,
                column: 2,
                offset: 3
            }
        );
        assert_eq!(items[0].get("desc").and_then(Node::as_str), Some("y"));
    }

    #[test]
    fn block_scalars_sit_at_their_indicator_on_every_line() {
        // Several block scalars, so the line table built at the first serves the later ones.
        let text = "- rule: a\n  condition: >\n    x and\n    y\n- rule: b\n\n  condition: |-\n    z\n- rule: c\n  condition:   >+\n    w\n";
        let docs = parse_documents(text).expect("parses");
        let Some(Some(root)) = docs.first() else {
            panic!("one document")
        };
        let Value::Seq(items) = &root.value else {
            panic!("sequence")
        };
        let at = |k: usize| items[k].get("condition").expect("condition").pos;
        for (k, line, column, key) in [
            (0, 1, 13, "condition: >\n"),
            (1, 6, 13, "condition: |-"),
            (2, 9, 15, "condition:   >+"),
        ] {
            let offset =
                text.find(key).expect("present") + key.find(['>', '|']).expect("indicator");
            assert_eq!(
                at(k),
                Pos {
                    line,
                    column,
                    offset
                },
                "rule {k}"
            );
        }
    }

    #[test]
    fn closing_bracket_at_block_indent_is_accepted_like_yaml_cpp() {
        let text = "- list: a\n  items: [\n    x,\n  ]\n- list: b\n  items: []\n";
        let docs = parse_documents(text).expect("yaml-cpp accepts this");
        let Some(Some(root)) = docs.first() else {
            panic!("document")
        };
        let Value::Seq(items) = &root.value else {
            panic!("sequence")
        };
        assert_eq!(items[1].pos.offset, text.find("list: b").expect("present"));
    }

    #[test]
    fn syntax_error_has_position() {
        let e = parse_documents("this : is : not : yaml").expect_err("invalid");
        assert_eq!(e.pos.line, 0);
    }
}
