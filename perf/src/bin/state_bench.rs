//! Decode plus full state update (`rfalco_state::State::from_metadata`, then `update` for every
//! event) against `sysdig -r FILE -q` on the same file, and the allocations the state engine
//! makes per event once warmed up.
//!
//! Timing follows decode-bench: an uncompressed copy of the capture, both tools run in the same
//! invocation, medians of `--runs`, events per second from rfalco's event count (sysdig -q
//! prints none), and the ratio of wall times.
//!
//! The same replay with the capture read ahead on a second thread (what `rfalco` does for a
//! replay when it may use two CPUs) is measured after it, against sysdig again.
//!
//! Allocations are counted by `stats_alloc`'s instrumented system allocator, installed as this
//! binary's global allocator (the counting wrapper needs `unsafe impl GlobalAlloc`; the crate
//! keeps it out of ours, which forbid unsafe code). The timed runs pay one relaxed atomic add per
//! allocation, nothing per event. A separate pass reads the counters around every `update` after
//! the first `--warmup` events and reports allocations per event and the event types that
//! allocate most.
#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use clap::Parser;
use rfalco_state::State;
use scap_format::CaptureReader;
use scap_format::reader::Next;
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};

#[path = "../args.rs"]
mod args;
#[path = "../peer.rs"]
mod peer;
#[path = "../plain.rs"]
mod plain;
#[path = "../report.rs"]
mod report;
use args::BenchArgs;

// Counts every allocation of this process (see the module comment).
#[global_allocator]
static GLOBAL: &StatsAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

#[derive(Debug, Parser)]
#[command(about = "Decode plus state update against sysdig -r FILE -q, and allocations per event")]
struct Args {
    #[command(flatten)]
    bench: BenchArgs,
    /// Events replayed before allocations are counted.
    #[arg(long, default_value_t = 100_000)]
    warmup: u64,
}

/// Decodes every event and applies it to a state built from the capture's metadata, on this
/// thread, or with the capture read on a thread of its own when `ahead`
/// (`CaptureReader::for_each_event_read_ahead`, as `rfalco` replays with two CPUs or more:
/// block walk and validation there, the state update here). Also returns the allocations (of
/// every thread) after the first `warmup` events.
fn replay(path: &Path, ahead: bool, warmup: u64) -> anyhow::Result<(u64, usize, u64)> {
    let mut r = CaptureReader::open(path)?;
    let mut state = State::from_metadata(r.metadata());
    let mut n = 0u64;
    let mut warm = None;
    let on_next = |next: Next<'_, '_>| {
        if let Next::Event(ev) = next {
            n += 1;
            state.update(ev);
            if n == warmup {
                let st = GLOBAL.stats();
                warm = Some(st.allocations + st.reallocations);
            }
        }
        std::ops::ControlFlow::<()>::Continue(())
    };
    if ahead {
        r.for_each_event_read_ahead(on_next)?;
    } else {
        r.for_each_event_or_wait(on_next)?;
    }
    let st = GLOBAL.stats();
    let allocs = warm.map_or(0, |w| (st.allocations + st.reallocations - w) as u64);
    Ok((
        n,
        std::hint::black_box(state.stats()).threads_removed as usize,
        allocs,
    ))
}

/// What the allocation pass found after warm-up.
struct AllocReport {
    events: u64,
    allocations: u64,
    bytes: u64,
    events_allocating: u64,
    /// Allocations by event type name.
    by_type: Vec<(&'static str, u64, u64)>,
}

fn count_allocations(path: &Path, warmup: u64) -> anyhow::Result<AllocReport> {
    let mut r = CaptureReader::open(path)?;
    let mut state = State::from_metadata(r.metadata());
    let mut rep = AllocReport {
        events: 0,
        allocations: 0,
        bytes: 0,
        events_allocating: 0,
        by_type: Vec::new(),
    };
    let mut by_type: HashMap<&'static str, (u64, u64)> = HashMap::with_capacity(512);
    let mut n = 0u64;
    loop {
        let before = GLOBAL.stats();
        let Some(ev) = r.next_event()? else { break };
        n += 1;
        state.update(&ev);
        if n <= warmup {
            continue;
        }
        let after = GLOBAL.stats();
        // Reallocations move or grow a buffer: count them as allocations too.
        let allocs = (after.allocations + after.reallocations
            - before.allocations
            - before.reallocations) as u64;
        rep.events += 1;
        if allocs > 0 {
            rep.allocations += allocs;
            rep.bytes += (after.bytes_allocated - before.bytes_allocated) as u64;
            rep.events_allocating += 1;
            // The map has room for every event type: no allocation of ours in the count.
            let e = by_type.entry(ev.name()).or_default();
            e.0 += 1;
            e.1 += allocs;
        }
    }
    rep.by_type = by_type.into_iter().map(|(k, (e, a))| (k, e, a)).collect();
    rep.by_type.sort_by_key(|t| std::cmp::Reverse(t.2));
    Ok(rep)
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let plain = args.bench.plain_capture()?;
    let size = std::fs::metadata(&plain)?.len();
    println!(
        "capture: {} ({:.1} MB uncompressed)",
        plain.display(),
        size as f64 / 1e6
    );

    let mut events = 0;
    let m = peer::paired(args.bench.runs, &args.bench.sysdig, &plain, || {
        let t = Instant::now();
        let (n, check, _) = replay(&plain, false, args.warmup)?;
        let took = t.elapsed();
        events = n;
        std::hint::black_box(check);
        Ok(took)
    })?;
    report::print_paired("rfalco decode+state", events, &m, args.bench.runs);
    let row = report::row_3x_sysdig(
        "state-bench",
        "decode + state update, bulk capture",
        events,
        &m,
        "issue 4",
    );
    rfalco_perf::summary::add(&args.bench.cache, &[row])?;

    // The same work with the capture read ahead on a second thread (two CPUs, where sysdig
    // uses one: a figure beside the one-thread one, not instead of it).
    let mut ahead_allocs = Vec::new();
    let m = peer::paired(args.bench.runs, &args.bench.sysdig, &plain, || {
        let t = Instant::now();
        let (n, check, allocs) = replay(&plain, true, args.warmup)?;
        let took = t.elapsed();
        events = n;
        ahead_allocs.push(allocs);
        std::hint::black_box(check);
        Ok(took)
    })?;
    report::print_paired(
        "rfalco decode+state, capture read ahead (2 threads)",
        events,
        &m,
        args.bench.runs,
    );
    let row = report::row_3x_sysdig(
        "state-bench",
        "decode + state update, bulk capture, read ahead on a 2nd thread",
        events,
        &m,
        "issue 4",
    );
    rfalco_perf::summary::add(&args.bench.cache, &[row])?;
    println!(
        "  allocations after {} warm-up events, both threads, per run: {:?}",
        args.warmup, ahead_allocs
    );
    // The two ways alternated, pair by pair: the machine's speed changes between the blocks
    // above, much less within one pair.
    let mut ratios = Vec::new();
    for _ in 0..args.bench.runs {
        let t = Instant::now();
        std::hint::black_box(replay(&plain, false, args.warmup)?);
        let one = t.elapsed().as_secs_f64();
        let t = Instant::now();
        std::hint::black_box(replay(&plain, true, args.warmup)?);
        ratios.push(one / t.elapsed().as_secs_f64());
    }
    ratios.sort_by(f64::total_cmp);
    println!(
        "read ahead against one thread, {} alternated pairs: median {:.2}x (from {:.2}x to {:.2}x)",
        ratios.len(),
        ratios[ratios.len() / 2],
        ratios[0],
        ratios[ratios.len() - 1]
    );

    let rep = count_allocations(&plain, args.warmup)?;
    println!(
        "allocations after {} warm-up events: {} in {} events ({:.4} per event, {} bytes), {} events allocate ({:.3}%)",
        args.warmup,
        rep.allocations,
        rep.events,
        rep.allocations as f64 / rep.events.max(1) as f64,
        rep.bytes,
        rep.events_allocating,
        100.0 * rep.events_allocating as f64 / rep.events.max(1) as f64
    );
    for (name, evs, allocs) in rep.by_type.iter().take(8) {
        println!("  {name:<16} {evs:>8} events allocate, {allocs:>8} allocations");
    }

    Ok(())
}
