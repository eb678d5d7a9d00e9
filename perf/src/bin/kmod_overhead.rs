//! `kmod-overhead`: what falco.ko costs a syscall, and how fast it delivers without drops.
//! Runs inside the test VM (`make bench-kmod`); only ratios mean anything under emulation.
//!
//! * `kmod-overhead base FILE`: without the module, times a getppid loop and a 1-byte read of
//!   /dev/zero, and writes the figures to FILE.
//! * `kmod-overhead capture FILE`: with the module loaded, captures every syscall and
//!   tracepoint with a consumer draining all rings, times the same loops, and prints each
//!   ratio to FILE's figures. Then storms every vCPU with getppid at falling rates until one
//!   runs without a drop at the ring size the module was loaded with, and prints that rate.
//! * `kmod-overhead alert-storm --rfalco BIN`: for each rate, starts the sensor live with its
//!   built-in rules and `--stats`, then has every vCPU read /etc/shadow at that rate in all
//!   (each read raises "Credential File Read by Untrusted Program"): events produced and
//!   dropped, alerts, system-call-to-alert latency percentiles and the sensor's CPU use.
//! * `kmod-overhead soak --rfalco BIN`: the sensor live for `--secs` (600) under a steady
//!   workload (alerting reads and short-lived processes), its rules reloaded every minute;
//!   its RSS sampled, its latency histograms of the first and the last 90 s compared, its
//!   counters reconciled. Prints `SOAK: PASS` or `SOAK: FAIL (reasons)`.

use std::fs::File;
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
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
    /// The sensor under a storm of alerting reads at rising rates.
    AlertStorm(StormArgs),
    /// The sensor for a long steady run with periodic reloads.
    Soak(SoakArgs),
}

#[derive(clap::Args)]
struct SoakArgs {
    /// The sensor binary.
    #[arg(long, default_value = "/rfalco")]
    rfalco: String,
    /// Length of the run, seconds.
    #[arg(long, default_value_t = 600)]
    secs: u64,
    /// Alerting reads per second over all vCPUs.
    #[arg(long, default_value_t = 200)]
    rate: u64,
    /// Short-lived processes started per second.
    #[arg(long, default_value_t = 5)]
    spawn_rate: u64,
    /// Seconds between two rule reloads (SIGHUP).
    #[arg(long, default_value_t = 60)]
    reload_every: u64,
    /// Seconds between two RSS samples.
    #[arg(long, default_value_t = 30)]
    sample_every: u64,
}

#[derive(clap::Args)]
struct StormArgs {
    /// The sensor binary.
    #[arg(long, default_value = "/rfalco")]
    rfalco: String,
    /// Rates to try, in reads per second over all vCPUs (0: as fast as they go).
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "1000,2000,5000,10000,20000,0"
    )]
    rates: Vec<u64>,
    /// Seconds of storm per rate.
    #[arg(long, default_value_t = 3.0)]
    secs: f64,
    /// Seconds the storm waits after the sensor said it starts tracing.
    #[arg(long, default_value_t = 0.5)]
    warmup: f64,
    /// One more argument for the sensor (repeatable), e.g. `--sensor-arg=--ring-readers=inline`.
    #[arg(long = "sensor-arg", allow_hyphen_values = true)]
    sensor_args: Vec<String>,
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
    let calls = paced(ncpu, rate, secs, getppid_burst);
    stop.store(true, Ordering::Release);
    let _ = consumer.join();
    let (_, d1) = counters(set)?;
    Ok((calls, d1 - d0))
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Base { file } => {
            let (g, r) = loops(cli.calls, cli.runs)?;
            std::fs::write(&file, format!("{g} {r}\n")).with_context(|| format!("write {file}"))?;
            println!("BENCH base: getppid {g:.0} ns/call, read(/dev/zero, 1) {r:.0} ns/call");
        }
        Cmd::AlertStorm(a) => alert_storm(&a)?,
        Cmd::Soak(a) => soak(&a)?,
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

/// Runs `op` on every vCPU at `rate` calls per second in all (0: unpaced) for `secs`; `op`
/// returns how many calls it made. Returns the calls made.
fn paced(ncpu: u64, rate: u64, secs: f64, op: fn() -> u64) -> u64 {
    let threads: Vec<_> = (0..ncpu)
        .map(|_| {
            std::thread::spawn(move || {
                let t = Instant::now();
                let per = if rate == 0 {
                    0.0
                } else {
                    (rate / ncpu).max(1) as f64
                };
                let mut done = 0u64;
                while t.elapsed().as_secs_f64() < secs {
                    done += op();
                    if per > 0.0 {
                        let due = done as f64 / per;
                        let now = t.elapsed().as_secs_f64();
                        if due > now {
                            std::thread::sleep(Duration::from_secs_f64(due - now));
                        }
                    }
                }
                done
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap_or(0)).sum()
}

/// One alerting action: open and read the credential file, as an untrusted program.
fn read_shadow() -> u64 {
    if let Ok(mut f) = File::open("/etc/shadow") {
        let mut b = [0u8; 16];
        let _ = std::hint::black_box(f.read(&mut b));
    }
    1
}

/// 64 getppid calls (the storm's unit: pacing between single calls would cost more than
/// the calls).
fn getppid_burst() -> u64 {
    for _ in 0..64 {
        std::hint::black_box(rustix::process::getppid());
    }
    64
}

/// The rule the alerting reads raise.
const RULE: &str = "Credential File Read by Untrusted Program";

/// The figures `rfalco --stats` printed for one run.
#[derive(Debug, Default)]
struct SensorRun {
    produced: u64,
    dropped: u64,
    evaluated: u64,
    /// p50, p99, p99.9 of system call to alert, microseconds.
    latency_us: Option<[f64; 3]>,
    cpu_percent: Option<f64>,
    alerts: u64,
}

fn parse_sensor(stderr: &str) -> SensorRun {
    let mut r = SensorRun::default();
    for line in stderr.lines() {
        let w: Vec<&str> = line.split_whitespace().collect();
        if let Some(rest) = line.strip_prefix("total: ") {
            let n: Vec<u64> = rest
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|t| t.parse().ok())
                .collect();
            if let [p, d, e, ..] = n[..] {
                (r.produced, r.dropped, r.evaluated) = (p, d, e);
            }
        } else if line.trim_start().starts_with("kernel ts -> alert") && w.len() >= 10 {
            // name (4 words), samples, p50, p90, p99, p99.9, max
            let v: Vec<f64> = w[4..].iter().filter_map(|t| t.parse().ok()).collect();
            if v.len() >= 6 {
                r.latency_us = Some([v[1] / 1e3, v[3] / 1e3, v[4] / 1e3]);
            }
        } else if line.trim_start().starts_with("cpu: ") {
            r.cpu_percent = line
                .split('(')
                .nth(1)
                .and_then(|t| t.split('%').next())
                .and_then(|t| t.parse().ok());
        }
    }
    r
}

/// The sensor running live with JSON alerts and `--stats` for `secs` seconds; its alerts are
/// counted as they stream by (a pipe left unread would fill and hold its outputs back) and
/// its stderr kept.
struct Sensor {
    child: std::process::Child,
    /// JSON alerts of [`RULE`] read, and the count the summary at exit gives.
    alerts: std::thread::JoinHandle<(u64, Option<u64>)>,
    /// Signalled when the sensor says it starts tracing.
    ready: std::sync::mpsc::Receiver<()>,
    stderr: std::thread::JoinHandle<String>,
}

impl Sensor {
    fn start(bin: &str, secs: &str, extra: &[String]) -> Result<Sensor> {
        use std::io::BufRead;
        use std::process::{Command, Stdio};
        let mut child = Command::new(bin)
            .args(["--stats", "-o", "json_output=true", "-M", secs])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| format!("start {bin}"))?;
        let stdout = child.stdout.take().context("sensor stdout")?;
        let alerts = std::thread::spawn(move || {
            let (mut json, mut summary) = (0, None);
            for l in std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
            {
                if l.contains(&format!("\"rule\":\"{RULE}\"")) {
                    json += 1;
                } else if let Some(n) = l.trim().strip_prefix(&format!("{RULE}: ")) {
                    summary = n.parse().ok();
                }
            }
            (json, summary)
        });
        let err = child.stderr.take().context("sensor stderr")?;
        let (ready_tx, ready) = std::sync::mpsc::channel();
        let stderr = std::thread::spawn(move || {
            let mut s = String::new();
            for l in std::io::BufReader::new(err).lines().map_while(Result::ok) {
                // Printed right before the tracepoints go on.
                if l.starts_with("rfalco: tracing") {
                    let _ = ready_tx.send(());
                }
                s.push_str(&l);
                s.push('\n');
            }
            s
        });
        Ok(Sensor {
            child,
            alerts,
            stderr,
            ready,
        })
    }

    /// Waits until the sensor traces (its start-up, the /proc scan and the rules, takes seconds
    /// in the emulator; a workload started before would partly go unseen), plus `settle`.
    fn wait_ready(&self, settle: Duration) -> Result<()> {
        self.ready
            .recv_timeout(Duration::from_secs(120))
            .context("the sensor did not start tracing within 120 s")?;
        std::thread::sleep(settle);
        Ok(())
    }

    /// Stops the sensor as an operator would (SIGINT: it drains the rings and prints its
    /// summary).
    fn interrupt(&self) {
        signal(self.child.id(), rustix::process::Signal::INT);
    }

    /// Waits for the end: exit status, alerts (read, and counted by the sensor), stderr.
    fn wait(&mut self) -> Result<(std::process::ExitStatus, (u64, Option<u64>), String)> {
        let status = self.child.wait().context("wait for the sensor")?;
        let alerts = std::mem::replace(&mut self.alerts, std::thread::spawn(|| (0, None)));
        let stderr = std::mem::replace(&mut self.stderr, std::thread::spawn(String::new));
        Ok((
            status,
            alerts.join().unwrap_or((0, None)),
            stderr.join().unwrap_or_default(),
        ))
    }
}

fn alert_storm(a: &StormArgs) -> Result<()> {
    let ncpu = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    let mut zero_drop = None;
    for &rate in &a.rates {
        // -M is a safety net: the sensor is stopped with SIGINT once the storm is over.
        let mut sensor = Sensor::start(&a.rfalco, &(a.secs + 120.0).to_string(), &a.sensor_args)?;
        sensor.wait_ready(Duration::from_secs_f64(a.warmup))?;
        let made = paced(ncpu, rate, a.secs, read_shadow);
        std::thread::sleep(Duration::from_secs(1));
        sensor.interrupt();
        let (status, (alerts, _), stderr) = sensor.wait()?;
        let mut s = parse_sensor(&stderr);
        s.alerts = alerts;
        if !status.success() || s.produced == 0 {
            bail!("the sensor failed ({status}): {stderr}");
        }
        let lat = s.latency_us.map_or_else(
            || "no alert timed".to_string(),
            |[p50, p99, p999]| format!("p50 {p50:.0} us, p99 {p99:.0} us, p99.9 {p999:.0} us"),
        );
        let label = if rate == 0 {
            "unpaced".to_string()
        } else {
            format!("{rate}/s")
        };
        println!(
            "BENCH alert-storm {label}: {:.0} reads/s made; module {} events, {} dropped; sensor evaluated {}, {} alerts; syscall-to-alert {lat}; sensor CPU {}",
            made as f64 / a.secs,
            s.produced,
            s.dropped,
            s.evaluated,
            s.alerts,
            s.cpu_percent
                .map_or_else(|| "?".to_string(), |c| format!("{c:.0}% of one CPU")),
        );
        let rate_made = made as f64 / a.secs;
        if s.dropped == 0 && s.produced == s.evaluated && zero_drop.is_none_or(|z| rate_made > z) {
            zero_drop = Some(rate_made);
        }
    }
    match zero_drop {
        Some(r) => println!("BENCH alert-storm highest zero-drop rate: {r:.0} alerting reads/s"),
        None => println!("BENCH alert-storm highest zero-drop rate: none of the rates"),
    }
    Ok(())
}

/// The sensor's resident set, kB.
fn rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
}

/// The system-call-to-alert p50/p99/p99.9 (microseconds) of each `--stats` print, in order.
fn alert_latency_windows(stderr: &str) -> Vec<[f64; 3]> {
    stderr
        .split("rfalco stats (")
        .skip(1)
        .filter_map(|block| parse_sensor(block).latency_us)
        .collect()
}

fn signal(pid: u32, sig: rustix::process::Signal) {
    if let Some(p) = rustix::process::Pid::from_raw(pid as i32) {
        let _ = rustix::process::kill_process(p, sig);
    }
}

fn soak(a: &SoakArgs) -> Result<()> {
    use rustix::process::Signal;
    use std::process::Command;
    let warmup = 2;
    if a.secs < 4 * a.reload_every.max(a.sample_every) {
        bail!("--secs must cover at least four reload and sample periods");
    }
    // -M is a safety net: the sensor is stopped with SIGINT once the workload is over.
    let mut sensor = Sensor::start(&a.rfalco, &(a.secs + 120).to_string(), &[])?;
    let pid = sensor.child.id();
    sensor.wait_ready(Duration::from_secs(warmup))?;
    let ncpu = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    let load_secs = (a.secs - warmup - 3) as f64;
    let rate = a.rate;
    let reads = std::thread::spawn(move || paced(ncpu, rate, load_secs, read_shadow));
    let spawn_rate = a.spawn_rate.max(1);
    let spawns = std::thread::spawn(move || {
        let t = Instant::now();
        let mut n = 0u64;
        while t.elapsed().as_secs_f64() < load_secs {
            if Command::new("/bin/true")
                .status()
                .is_ok_and(|s| s.success())
            {
                n += 1;
            }
            let due = (n + 1) as f64 / spawn_rate as f64;
            let now = t.elapsed().as_secs_f64();
            if due > now {
                std::thread::sleep(Duration::from_secs_f64(due - now));
            }
        }
        n
    });
    let t0 = Instant::now();
    let mut rss = Vec::new();
    let mut hups = 0u64;
    // Windows of the latency histograms: the first 90 s, the middle, the last 90 s. The first
    // and the last each hold one reload (a reload holds events back while the rules compile,
    // which shows in p99), so they compare like with like.
    let window = a.reload_every + a.reload_every / 2;
    let last_window = a.secs - warmup - window;
    let mut t = 0;
    while t + a.sample_every.min(a.reload_every) + warmup < a.secs - 2 {
        t += 1;
        std::thread::sleep(Duration::from_secs(t).saturating_sub(t0.elapsed()));
        if t % a.sample_every == 0 {
            if let Some(kb) = rss_kb(pid) {
                println!("SOAK t={}s rss={kb} kB", t + warmup);
                rss.push((t + warmup, kb));
            }
        }
        if t % a.reload_every == 0 {
            signal(pid, Signal::HUP);
            hups += 1;
        }
        // The first window's end, then the last one's start: the exit print is the last.
        if t == window || t == last_window {
            signal(pid, Signal::USR1);
        }
    }
    let made = reads.join().unwrap_or(0);
    let spawned = spawns.join().unwrap_or(0);
    std::thread::sleep(Duration::from_secs(1));
    sensor.interrupt();
    let (status, (alerts, counted), stderr) = sensor.wait()?;
    let s = parse_sensor(&stderr);
    let reloads = stderr
        .matches("SIGHUP: configuration and rules reloaded")
        .count() as u64;
    let windows = alert_latency_windows(&stderr);
    let mut fails = Vec::new();
    if !status.success() {
        fails.push(format!("sensor exit {status}"));
    }
    if s.produced == 0 || s.produced != s.evaluated + s.dropped {
        fails.push(format!(
            "counters: {} produced != {} evaluated + {} dropped",
            s.produced, s.evaluated, s.dropped
        ));
    }
    if s.dropped == 0 && alerts != made {
        let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("warning")).collect();
        fails.push(format!(
            "{alerts} alerts read for {made} alerting reads (the sensor counted {counted:?}; its warnings: {warnings:?})"
        ));
    }
    if reloads != hups {
        fails.push(format!("{reloads} reloads for {hups} SIGHUPs"));
    }
    // RSS: from the second sample on (the tables have filled), growth within 10% + 1 MiB.
    let base = rss.get(1).map_or(0, |r| r.1);
    let end = rss.last().map_or(0, |r| r.1);
    if rss.len() < 4 || end > base + base / 10 + 1024 {
        fails.push(format!("RSS {base} kB -> {end} kB ({} samples)", rss.len()));
    }
    // Latency: the last window's p99 within twice the first window's, plus a millisecond.
    let (first, last) = (windows.first().copied(), windows.last().copied());
    match (first, last) {
        (Some(f), Some(l)) if windows.len() >= 3 => {
            if l[1] > 2.0 * f[1] + 1000.0 {
                fails.push(format!("p99 drifted: {:.0} us -> {:.0} us", f[1], l[1]));
            }
        }
        _ => fails.push(format!("{} latency windows printed, want 3", windows.len())),
    }
    let show = |w: Option<[f64; 3]>| {
        w.map_or_else(
            || "-".to_string(),
            |[a, b, c]| format!("p50 {a:.0} / p99 {b:.0} / p99.9 {c:.0} us"),
        )
    };
    println!(
        "SOAK {} s: {made} alerting reads, {spawned} processes, {hups} reloads ({reloads} done); module {} events, {} dropped; sensor evaluated {}, {alerts} alerts; RSS {base} kB at {} s -> {end} kB at the end; syscall-to-alert first {window} s {}, last {window} s {}; sensor CPU {}",
        a.secs,
        s.produced,
        s.dropped,
        s.evaluated,
        rss.get(1).map_or(0, |r| r.0),
        show(first),
        show(last),
        s.cpu_percent.map_or_else(
            || "?".to_string(),
            |c| format!("{c:.0}% of one CPU (last window)")
        ),
    );
    if fails.is_empty() {
        println!("SOAK: PASS");
    } else {
        println!("SOAK: FAIL ({})", fails.join("; "));
    }
    Ok(())
}
