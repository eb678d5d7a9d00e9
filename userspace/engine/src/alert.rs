//! An alert: what a matching rule reports, as Falco's text line or JSON object.

use rfalco_fields::time;
use rfalco_rules::Priority;
use serde_json::{Map, Value};

/// Which optional JSON properties an alert carries (Falco's `json_include_*_property`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonOptions {
    /// `output`: the full text line.
    pub output: bool,
    /// `output_fields`: the values of the format's fields.
    pub output_fields: bool,
    /// `tags`.
    pub tags: bool,
    /// `message`: the output without the time and priority prefix.
    pub message: bool,
}

impl Default for JsonOptions {
    /// Falco's defaults: output, output_fields and tags on, message off.
    fn default() -> Self {
        JsonOptions {
            output: true,
            output_fields: true,
            tags: true,
            message: false,
        }
    }
}

/// A rule match.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    /// Event time, ns since the epoch.
    pub ts: u64,
    /// Rule name.
    pub rule: String,
    /// Rule priority.
    pub priority: Priority,
    /// Event source (`syscall`).
    pub source: String,
    /// Rule tags, sorted.
    pub tags: Vec<String>,
    /// The rule's output rendered, without prefix.
    pub message: String,
    /// The text line: `<time>: <Priority> <message>`.
    pub output: String,
    /// Values of the fields in the output (and the prefix's time), typed.
    pub output_fields: Map<String, Value>,
}

impl Alert {
    /// The JSON object Falco prints for the alert (keys in Falco's sorted order).
    pub fn to_json(&self, hostname: &str, opts: JsonOptions) -> Value {
        let mut m = Map::new();
        m.insert("hostname".into(), hostname.into());
        if opts.output {
            m.insert("output".into(), self.output.clone().into());
        }
        if opts.message {
            m.insert("message".into(), self.message.clone().into());
        }
        if opts.output_fields {
            m.insert(
                "output_fields".into(),
                Value::Object(self.output_fields.clone()),
            );
        }
        m.insert("priority".into(), self.priority.as_str().into());
        m.insert("rule".into(), self.rule.clone().into());
        m.insert("source".into(), self.source.clone().into());
        if opts.tags {
            m.insert(
                "tags".into(),
                Value::Array(self.tags.iter().cloned().map(Value::from).collect()),
            );
        }
        let mut t = String::with_capacity(32);
        time::write_iso8601(&mut t, self.ts);
        m.insert("time".into(), t.into());
        Value::Object(m)
    }
}
