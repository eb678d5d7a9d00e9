//! `rfalco capture record -w FILE [--duration S]`: a live capture from falco.ko's rings.

use std::path::Path;

use anyhow::Context;
use rfalco_fields::evt::EventContext;
use rfalco_fields::format::{DEFAULT_FORMAT, Format};
use rfalco_state::State;
use scap_format::display::CaptureVisibility;
use scap_format::writer;
use std::io::Write;

/// What to record and where.
#[derive(Debug)]
pub struct Options<'a> {
    pub output: &'a Path,
    pub duration: Option<f64>,
    pub device_prefix: &'a str,
    pub module: &'a str,
    pub snaplen: u32,
    pub gzip: bool,
    /// Also print each event as it arrives, in sysdig's line format.
    pub print: bool,
    /// Format of the printed lines instead of sysdig's.
    pub format: Option<&'a str>,
}

pub fn run(opts: &Options<'_>) -> anyhow::Result<()> {
    let mut session = crate::live::Session::open(&crate::live::Options {
        device_prefix: opts.device_prefix,
        module: opts.module,
        snaplen: opts.snaplen,
        duration: opts.duration,
        syscalls: None,
        ring_readers: crate::live::RingReaders::Pinned,
    })?;
    let meta = session.metadata().clone();
    // The live view applies the same state `capture print` builds from the written file: the
    // scan written as its metadata, then every event.
    let mut state = State::from_metadata(&meta);
    let mut w = writer::create(opts.output, &meta, opts.gzip)
        .with_context(|| format!("creating {}", opts.output.display()))?;
    let fmt_text = opts.format.unwrap_or(DEFAULT_FORMAT);
    let fmt = Format::parse(fmt_text).with_context(|| format!("format {fmt_text:?}"))?;
    let self_tid = u64::from(std::process::id());
    let mut visible = CaptureVisibility::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut line = String::new();
    let mut written = 0u64;
    // The tracepoints go on as `run` starts: from here on nothing is missed.
    eprintln!(
        "rfalco: recording to {} (SIGINT or SIGTERM stops)",
        opts.output.display()
    );
    let (totals, _) = session.run(None, |ev, _| {
        w.write_raw(ev.as_bytes(), ev.cpu(), 0)
            .with_context(|| format!("writing {}", opts.output.display()))?;
        written += 1;
        // State serves the printed lines only: without --print the loop just copies.
        if !opts.print {
            return Ok(true);
        }
        state.update(ev);
        // Our own output makes system calls too: printing them would feed itself (sinsp
        // leaves out its own events in live mode for the same reason).
        if visible.shows(ev) && ev.tid() != self_tid {
            line.clear();
            let ctx = EventContext {
                num: written,
                ev,
                state: &state,
            };
            if fmt.render(&ctx, &mut line) {
                line.push('\n');
                out.write_all(line.as_bytes())
                    .and_then(|()| out.flush())
                    .context("writing to stdout")?;
            }
        }
        Ok(true)
    })?;
    w.finish()
        .and_then(|sink| sink.complete())
        .with_context(|| format!("writing {}", opts.output.display()))?;
    eprintln!("{}: {written} events written", opts.output.display());
    session.report(&totals, "written");
    Ok(())
}
