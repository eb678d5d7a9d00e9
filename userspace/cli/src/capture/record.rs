//! `rfalco capture record -w FILE [--duration S]`: a live capture from falco.ko's rings.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use rfalco_fields::evt::EventContext;
use rfalco_fields::format::{DEFAULT_FORMAT, Format};
use rfalco_ring::device::DeviceSet;
use rfalco_ring::merge::drain_merged;
use rfalco_state::State;
use scap_format::abi::ring::{info_offset, ioctl, tp};
use scap_format::abi::syscalls::{UF_USED, X86_64_SYSCALL_TABLE};
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

/// Tracepoints a capture needs: syscalls (TOCTOU enters and all exits), process exit, fork and
/// exec (successful execve exits come from sched_process_exec).
const TRACEPOINTS: [(u32, &str); 5] = [
    (tp::SYS_ENTER, "sys_enter"),
    (tp::SYS_EXIT, "sys_exit"),
    (tp::SCHED_PROC_EXIT, "sched_process_exit"),
    (tp::SCHED_PROC_FORK, "sched_process_fork"),
    (tp::SCHED_PROC_EXEC, "sched_process_exec"),
];

pub fn run(opts: &Options<'_>) -> anyhow::Result<()> {
    let set = DeviceSet::open(opts.device_prefix, opts.module)?;
    let first = &set.devices()[0];
    first.ioctl(ioctl::SET_SNAPLEN, opts.snaplen as usize)?;
    for (nr, entry) in X86_64_SYSCALL_TABLE.iter().enumerate() {
        if entry.flags & UF_USED != 0 {
            first.ioctl(ioctl::ENABLE_SYSCALL, nr)?;
        }
    }
    let mut rings = set.map_all()?;
    let meta = crate::procscan::scan();
    // The live view applies the same state `capture print` builds from the written file: the
    // scan written as its metadata, then every event.
    let mut state = State::from_metadata(&meta);
    let mut w = writer::create(opts.output, &meta, opts.gzip)
        .with_context(|| format!("creating {}", opts.output.display()))?;

    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(sig, stop.clone()).context("installing signal handlers")?;
    }
    for (idx, name) in TRACEPOINTS {
        if let Err(e) = first.ioctl(ioctl::ENABLE_TP, idx as usize) {
            eprintln!("rfalco: warning: tracepoint {name} not enabled: {e}");
        }
    }
    let deadline = opts
        .duration
        .map(|s| Instant::now() + Duration::from_secs_f64(s));
    let fmt_text = opts.format.unwrap_or(DEFAULT_FORMAT);
    let fmt = Format::parse(fmt_text).with_context(|| format!("format {fmt_text:?}"))?;
    let self_tid = u64::from(std::process::id());
    let mut visible = CaptureVisibility::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut line = String::new();
    let mut write_err = None;
    let mut written = 0u64;
    let mut corrupt = 0u64;
    let mut sleep = Duration::from_micros(500);
    loop {
        let done = stop.load(Ordering::Relaxed) || deadline.is_some_and(|d| Instant::now() >= d);
        if done {
            for (idx, _) in TRACEPOINTS {
                let _ = first.ioctl(ioctl::DISABLE_TP, idx as usize);
            }
        }
        let d = drain_merged(&mut rings, |ev| {
            if write_err.is_some() {
                return;
            }
            if let Err(e) = w.write_raw(ev.as_bytes(), ev.cpu(), 0) {
                write_err = Some(e);
                return;
            }
            written += 1;
            // State serves the printed lines only: without --print the loop just copies.
            if opts.print {
                state.update(ev);
            }
            // Our own output makes system calls too: printing them would feed itself (sinsp
            // leaves out its own events in live mode for the same reason).
            if opts.print && visible.shows(ev) && ev.tid() != self_tid {
                line.clear();
                let ctx = EventContext {
                    num: written,
                    ev,
                    state: &state,
                };
                if fmt.render(&ctx, &mut line) {
                    line.push('\n');
                    if let Err(e) = out.write_all(line.as_bytes()) {
                        write_err = Some(e);
                    }
                }
            }
        })?;
        if opts.print {
            out.flush().context("writing to stdout")?;
        }
        corrupt += d.corrupt;
        if let Some(e) = write_err.take() {
            return Err(e).with_context(|| format!("writing {}", opts.output.display()));
        }
        if done {
            break;
        }
        // Back off while the rings are idle, as libscap does (0.5 ms doubling to 30 ms).
        if d.events == 0 {
            std::thread::sleep(sleep);
            sleep = (sleep * 2).min(Duration::from_millis(30));
        } else {
            sleep = Duration::from_micros(500);
        }
    }
    w.finish()
        .and_then(|sink| sink.complete())
        .with_context(|| format!("writing {}", opts.output.display()))?;

    eprintln!("{}: {written} events written", opts.output.display());
    eprintln!("cpu       n_evts   drops_buffer   drops_pf   preemptions");
    let (mut evts, mut drops) = (0u64, 0u64);
    for r in &rings {
        let i = r.info();
        let (n, db, pf) = (
            i.counter(info_offset::N_EVTS),
            i.counter(info_offset::N_DROPS_BUFFER),
            i.counter(info_offset::N_DROPS_PF),
        );
        evts += n;
        drops += db + pf;
        eprintln!(
            "{:>3} {:>12} {:>14} {:>10} {:>13}",
            r.cpu(),
            n,
            db,
            pf,
            i.counter(info_offset::N_PREEMPTIONS)
        );
    }
    eprintln!(
        "total: {evts} events seen by the module, {drops} dropped, {written} written, {corrupt} corrupt batches"
    );
    Ok(())
}
