//! `rfalco capture print [-p FORMAT] [-j] FILE [FILTER]`: one line per event, as sysdig prints
//! them, optionally only the events a filter in Falco's condition language selects.

use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Context;
use rfalco_engine::Filter;
use rfalco_fields::evt::{EventContext, FieldId};
use rfalco_fields::format::{DEFAULT_FORMAT, Format};
use rfalco_state::State;
use scap_format::CaptureReader;
use scap_format::display::CaptureVisibility;

/// Fields of sysdig's default `-j` object, in its key order.
const JSON_FIELDS: [&str; 8] = [
    "evt.cpu",
    "evt.dir",
    "evt.info",
    "evt.num",
    "evt.outputtime",
    "evt.type",
    "proc.name",
    "thread.tid",
];

pub fn run(file: &Path, format: Option<&str>, json: bool, filter: &str) -> anyhow::Result<()> {
    let mut filter = if filter.trim().is_empty() {
        None
    } else {
        Some(Filter::compile(filter).context("invalid filter")?)
    };
    let fmt = Format::parse(format.unwrap_or(DEFAULT_FORMAT)).context("invalid -p format")?;
    let json_fields = JSON_FIELDS
        .iter()
        .map(|f| FieldId::parse(f, None).map(|id| (*f, id)))
        .collect::<Result<Vec<_>, _>>()?;
    let mut reader =
        CaptureReader::open(file).with_context(|| format!("reading {}", file.display()))?;
    let bar = crate::progress::bytes(reader.total_len());
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut line = String::with_capacity(512);
    let mut num = 0u64;
    // State is always applied: seeded from the capture's process, fd and user lists, then
    // updated by every event, hidden ones included.
    let mut state = State::from_metadata(reader.metadata());
    let mut visible = CaptureVisibility::new();
    loop {
        if num % 65536 == 0 {
            bar.set_position(reader.consumed());
        }
        let next = reader
            .next_event()
            .with_context(|| format!("reading {}", file.display()))?;
        let Some(ev) = next else { break };
        num += 1;
        state.update(&ev);
        if !visible.shows(&ev) {
            continue;
        }
        let ctx = EventContext {
            num,
            ev: &ev,
            state: &state,
        };
        if let Some(f) = filter.as_mut()
            && !f.matches(&ctx)
        {
            continue;
        }
        line.clear();
        if json {
            let mut obj = serde_json::Map::new();
            let mut v = String::new();
            for (name, id) in &json_fields {
                v.clear();
                let value = if !id.write(&ctx, &mut v) {
                    serde_json::Value::Null
                } else if matches!(*name, "evt.cpu" | "evt.num" | "thread.tid") {
                    v.parse::<u64>()
                        .map_or_else(|_| v.clone().into(), Into::into)
                } else {
                    v.clone().into()
                };
                obj.insert((*name).to_owned(), value);
            }
            line.push_str(&serde_json::Value::Object(obj).to_string());
        } else if !fmt.render(&ctx, &mut line) {
            continue;
        }
        line.push('\n');
        out.write_all(line.as_bytes())?;
    }
    bar.finish_and_clear();
    out.flush()?;
    Ok(())
}
