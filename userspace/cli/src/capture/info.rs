//! `rfalco capture info FILE`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use anyhow::Context;
use rfalco_fields::evt::event_type_name;
use rfalco_fields::time;
use scap_format::CaptureReader;
use scap_format::abi::events::code;

pub fn run(file: &Path) -> anyhow::Result<()> {
    let mut reader =
        CaptureReader::open(file).with_context(|| format!("reading {}", file.display()))?;
    let bar = crate::progress::bytes(reader.total_len());
    // Keyed by event code and, for generic syscall events, the syscall id; the name is rendered
    // once per key, not per event.
    let mut per_type: BTreeMap<(u16, u64), (String, char, u64)> = BTreeMap::new();
    let (mut first, mut last, mut n) = (u64::MAX, 0u64, 0u64);
    loop {
        if n % 65536 == 0 {
            bar.set_position(reader.consumed());
        }
        let next = reader
            .next_event()
            .with_context(|| format!("reading {}", file.display()))?;
        let Some(ev) = next else { break };
        n += 1;
        first = first.min(ev.ts());
        last = last.max(ev.ts());
        let generic = ev.ty() == code::GENERIC_E || ev.ty() == code::GENERIC_X;
        let sc = if generic {
            ev.value(0).ok().and_then(|v| v.as_u64()).unwrap_or(0)
        } else {
            0
        };
        match per_type.get_mut(&(ev.ty(), sc)) {
            Some(row) => row.2 += 1,
            None => {
                let dir = if ev.is_enter() { '>' } else { '<' };
                per_type.insert((ev.ty(), sc), (event_type_name(&ev), dir, 1));
            }
        }
    }
    bar.finish_and_clear();

    let out = std::io::stdout();
    let mut o = out.lock();
    let m = reader.metadata();
    writeln!(o, "file: {}", file.display())?;
    if let Some(s) = m.section {
        writeln!(o, "format version: {}.{}", s.major, s.minor)?;
    }
    match &m.machine {
        Some(mi) => writeln!(
            o,
            "machine: hostname={} cpus={} memory={} bytes max_pid={} boot_ts={}",
            rfalco_fields::escape::escaped(&mi.hostname),
            mi.num_cpus,
            mi.memory_size_bytes,
            mi.max_pid,
            mi.boot_ts_epoch
        )?,
        None => writeln!(o, "machine: (no machine info block)")?,
    }
    writeln!(o, "blocks:")?;
    for (kind, count) in &reader.stats().blocks {
        writeln!(o, "  {kind}: {count}")?;
    }
    let s = reader.stats();
    writeln!(o, "  event blocks: {}", s.event_blocks)?;
    if s.skipped_unknown_blocks > 0 {
        writeln!(o, "  unknown blocks skipped: {}", s.skipped_unknown_blocks)?;
    }
    writeln!(
        o,
        "events: {n} ({} converted from old versions, {} enter/unused events merged or dropped, {} of unknown type skipped)",
        s.converted, s.dropped_by_converter, s.skipped_unknown_type
    )?;
    let cs = reader.converter().stats();
    if cs.enters_mismatched > 0 || cs.enters_missing > 0 {
        writeln!(
            o,
            "old-format repairs: {} exits without their enter event, {} of them after a stale enter of another type (parameters filled with fallback values)",
            cs.enters_missing, cs.enters_mismatched
        )?;
    }
    if n > 0 {
        let mut a = String::new();
        time::write_iso8601(&mut a, first);
        let mut b = String::new();
        time::write_iso8601(&mut b, last);
        writeln!(o, "first event: {first} ({a})")?;
        writeln!(o, "last event: {last} ({b})")?;
        writeln!(o, "duration: {:.3} s", (last - first) as f64 / 1e9)?;
    }
    let fds: usize = m.fds.iter().map(|(_, f)| f.len()).sum();
    writeln!(o, "threads in table: {}", m.threads.len())?;
    writeln!(o, "fds in table: {fds} (in {} fd lists)", m.fds.len())?;
    writeln!(
        o,
        "users: {} groups: {}",
        m.users.users.len(),
        m.users.groups.len()
    )?;
    writeln!(o, "events per type:")?;
    let mut rows: Vec<_> = per_type.into_values().collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    for (name, dir, count) in rows {
        writeln!(o, "  {count:>10} {dir} {name}")?;
    }
    Ok(())
}
