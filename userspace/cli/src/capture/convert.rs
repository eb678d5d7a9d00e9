//! `rfalco capture convert IN OUT`.

use std::path::Path;

use anyhow::Context;
use scap_format::{CaptureReader, writer};

pub fn run(input: &Path, output: &Path, gzip: bool) -> anyhow::Result<()> {
    let mut reader =
        CaptureReader::open(input).with_context(|| format!("reading {}", input.display()))?;
    let bar = crate::progress::bytes(reader.total_len());
    let mut w = writer::create(output, reader.metadata(), gzip)
        .with_context(|| format!("creating {}", output.display()))?;
    loop {
        if w.events() % 65536 == 0 {
            bar.set_position(reader.consumed());
        }
        let next = reader
            .next_event()
            .with_context(|| format!("reading {}", input.display()))?;
        let Some(ev) = next else { break };
        w.write_event(&ev)
            .with_context(|| format!("writing {}", output.display()))?;
    }
    bar.finish_and_clear();
    let n = w.events();
    w.finish()
        .and_then(|sink| sink.complete())
        .with_context(|| format!("writing {}", output.display()))?;
    let s = reader.stats();
    eprintln!(
        "{}: {n} events written ({} converted, {} old enter events merged or dropped, {} of unknown type skipped)",
        output.display(),
        s.converted,
        s.dropped_by_converter,
        s.skipped_unknown_type
    );
    Ok(())
}
