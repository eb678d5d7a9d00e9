//! `kmod-overhead`: what falco.ko costs a syscall, and how fast it delivers without drops.
//! Runs inside the test VM (`make bench-kmod`); only ratios mean anything under emulation.
//!
//! * `kmod-overhead base FILE`: without the module, times a getppid loop and a 1-byte read of
//!   /dev/zero, and writes the figures to FILE.
//! * `kmod-overhead capture FILE`: with the module loaded, captures every syscall and
//!   tracepoint with a consumer draining all rings, times the same loops, and prints each
//!   ratio to FILE's figures. Then storms every vCPU with getppid at falling rates until one
//!   runs without a drop at the ring size the module was loaded with, and prints that rate.

use std::fs::File;
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use rfalco_ring::device::DeviceSet;
use scap_format::abi::ring::{info_offset, ioctl as nr, tp};
use scap_format::abi::syscalls::SYSCALL_TABLE_SIZE;

#[derive(Parser)]
#[command(about = "falco.ko per-syscall overhead and zero-drop delivery rate (run in the VM)")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
    /// Calls per timed loop.
    #[arg(long, default_value_t = 200_000)]
    calls: u64,
    /// Timed repetitions of each loop (the median is kept).
    #[arg(long, default_value_t = 5)]
    runs: usize,
}

#[derive(Subcommand)]
enum Cmd {
    /// Time the loops without the module and save the figures.
    Base { file: String },
    /// Time the loops while capturing everything and compare with the saved figures.
    Capture { file: String },
}

/// Median nanoseconds per call of `f` over `runs` timed loops of `calls` calls.
fn time_loop(calls: u64, runs: usize, mut f: impl FnMut()) -> f64 {
    let mut v: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..calls {
                f();
            }
            t.elapsed().as_nanos() as f64 / calls as f64
        })
        .collect();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// (getppid ns/call, 1-byte /dev/zero read ns/call).
fn loops(calls: u64, runs: usize) -> Result<(f64, f64)> {
    let mut zero = File::open("/dev/zero").context("open /dev/zero")?;
    let mut b = [0u8; 1];
    let getppid = time_loop(calls, runs, || {
        std::hint::black_box(rustix::process::getppid());
    });
    let read = time_loop(calls, runs, || {
        let _ = std::hint::black_box(zero.read(&mut b));
    });
    Ok((getppid, read))
}

/// A consumer thread draining every ring until `stop`; returns events read.
fn drain(set: &DeviceSet, stop: Arc<AtomicBool>) -> Result<std::thread::JoinHandle<u64>> {
    let mut rings = set.map_all().context("map rings")?;
    Ok(std::thread::spawn(move || {
        let mut n = 0;
        loop {
            let stopping = stop.load(Ordering::Acquire);
            let mut got = 0;
            for ring in &mut rings {
                if let Ok(mut b) = ring.read() {
                    while let Some(ev) = b.next_event() {
                        got += u64::from(ev.is_ok());
                    }
                }
            }
            n += got;
            if got == 0 {
                if stopping {
                    return n;
                }
                std::thread::sleep(Duration::from_micros(200));
            }
        }
    }))
}

/// Per-CPU (events, drops) from the info pages.
fn counters(set: &DeviceSet) -> Result<(u64, u64)> {
    let rings = set.map_all().context("map rings")?;
    Ok(rings.iter().fold((0, 0), |(e, d), r| {
        let i = r.info();
        (
            e + i.counter(info_offset::N_EVTS),
            d + i.counter(info_offset::N_DROPS_BUFFER)
                + i.counter(info_offset::N_DROPS_PF)
                + i.counter(info_offset::N_PREEMPTIONS),
        )
    }))
}

/// Storms every vCPU with getppid at `rate` calls/s in all (0: as fast as possible) for
/// `secs`; returns (calls made, drops counted).
fn storm(set: &DeviceSet, rate: u64, secs: f64) -> Result<(u64, u64)> {
    let (_, d0) = counters(set)?;
    let ncpu = set.devices().len() as u64;
    let stop = Arc::new(AtomicBool::new(false));
    let consumer = drain(set, stop.clone())?;
    let calls = Arc::new(AtomicU64::new(0));
    let threads: Vec<_> = (0..ncpu)
        .map(|_| {
            let calls = calls.clone();
            std::thread::spawn(move || {
                let t = Instant::now();
                let per = if rate == 0 { 0.0 } else { (rate / ncpu) as f64 };
                let mut done = 0u64;
                while t.elapsed().as_secs_f64() < secs {
                    for _ in 0..64 {
                        std::hint::black_box(rustix::process::getppid());
                    }
                    done += 64;
                    if per > 0.0 {
                        let due = done as f64 / per;
                        let now = t.elapsed().as_secs_f64();
                        if due > now {
                            std::thread::sleep(Duration::from_secs_f64(due - now));
                        }
                    }
                }
                calls.fetch_add(done, Ordering::Relaxed);
            })
        })
        .collect();
    for t in threads {
        let _ = t.join();
    }
    stop.store(true, Ordering::Release);
    let _ = consumer.join();
    let (_, d1) = counters(set)?;
    Ok((calls.load(Ordering::Relaxed), d1 - d0))
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Base { file } => {
            let (g, r) = loops(cli.calls, cli.runs)?;
            std::fs::write(&file, format!("{g} {r}\n")).with_context(|| format!("write {file}"))?;
            println!("BENCH base: getppid {g:.0} ns/call, read(/dev/zero, 1) {r:.0} ns/call");
        }
        Cmd::Capture { file } => {
            let saved = std::fs::read_to_string(&file).with_context(|| format!("read {file}"))?;
            let base: Vec<f64> = saved
                .split_whitespace()
                .filter_map(|s| s.parse().ok())
                .collect();
            let [bg, br] = base[..] else {
                bail!("{file}: expected two figures")
            };
            let set = DeviceSet::open("/dev/falco", "falco").context("open /dev/falco*")?;
            let dev = &set.devices()[0];
            let (ig, ir) = loops(cli.calls, cli.runs)?;
            println!(
                "BENCH loaded, capture off: getppid {ig:.0} ns/call ({:.2}x), read(/dev/zero, 1) {ir:.0} ns/call ({:.2}x)",
                ig / bg,
                ir / br
            );
            for sc in 0..SYSCALL_TABLE_SIZE {
                dev.ioctl(nr::ENABLE_SYSCALL, sc)?;
            }
            for t in [
                tp::SYS_ENTER,
                tp::SYS_EXIT,
                tp::SCHED_PROC_EXIT,
                tp::SCHED_PROC_FORK,
                tp::SCHED_PROC_EXEC,
            ] {
                dev.ioctl(nr::ENABLE_TP, t as usize)?;
            }
            let stop = Arc::new(AtomicBool::new(false));
            let consumer = drain(&set, stop.clone())?;
            let (g, r) = loops(cli.calls, cli.runs)?;
            stop.store(true, Ordering::Release);
            let read = consumer.join().unwrap_or(0);
            let (evts, drops) = counters(&set)?;
            println!(
                "BENCH capture: getppid {g:.0} ns/call ({:.2}x), read(/dev/zero, 1) {r:.0} ns/call ({:.2}x); {read} events read, {evts} produced, {drops} dropped",
                g / bg,
                r / br
            );
            // Delivery: the fastest storm without a drop.
            let (full, drops) = storm(&set, 0, 2.0)?;
            let mut rate = (full as f64 / 2.0) as u64;
            println!(
                "BENCH storm: unpaced {rate} calls/s on {} vCPUs, {drops} dropped",
                set.devices().len()
            );
            let mut best = if drops == 0 { Some(rate) } else { None };
            while best.is_none() && rate > 1000 {
                rate /= 2;
                let (n, d) = storm(&set, rate, 2.0)?;
                println!(
                    "BENCH storm: paced {rate} calls/s, made {:.0}/s, {d} dropped",
                    n as f64 / 2.0
                );
                if d == 0 {
                    best = Some(rate);
                }
            }
            match best {
                Some(b) => println!("BENCH zero-drop rate: {b} calls/s"),
                None => println!("BENCH zero-drop rate: none found above 1000 calls/s"),
            }
        }
    }
    Ok(())
}
