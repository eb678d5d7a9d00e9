//! The sensor's whole replay pipeline with Falco's three rule files, on one and on two
//! evaluation shards (`rfalco --shards N`), beside sysdig in the same run: `sysdig -r FILE -q`
//! (reading only) and sysdig with a Falco-like filter (a rule-sized condition evaluated on every
//! event), on both bulk captures of ../shared/captures/vm.
//!
//! Each round runs, one after the other: rfalco with one shard, rfalco with two, two one-shard
//! rfalco replays at once (the machine's ceiling for any two-thread split of the same work:
//! nothing is shared between them but the machine), sysdig -q, sysdig filtered; figures are medians over `--runs` rounds, and the ratios are medians of the
//! rounds' ratios (the machine's speed drifts over seconds). rfalco's events per second are net
//! of its start-up (the median of `rfalco --dry-run` with the same rules), as Falco's figures
//! are; sysdig's are whole-command. sysdig 0.29.3 cannot read captures of the 0.23.2 driver's
//! newer events (it says so and the row shows "-").
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use rfalco_perf::summary::Row as SummaryRow;
use scap_format::CaptureReader;

#[path = "../peer.rs"]
mod peer;
#[path = "../plain.rs"]
mod plain;
use peer::median;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared");

/// Falco's three rule files as real Falco 0.44.1 ran them (container predicates stubbed).
const RULES: [&str; 3] = [
    "falco_rules-5.1.0.nocontainer.yaml",
    "falco-incubating_rules-5.0.1.nocontainer.yaml",
    "falco-sandbox_rules-5.0.1.nocontainer.yaml",
];

/// Falco 0.44.1's loop on the 0.23.2 bulk capture with the three files, net of start-up, on
/// this machine (../shared/golden/falco-0.44.1/README.md).
const FALCO_ALL_THREE_MEVS: f64 = 3.51;

/// A condition of the size and kind of Falco's file and process rules, for sysdig.
const FALCO_LIKE_FILTER: &str = "evt.dir = < and (\
    (evt.type in (open, openat, openat2, creat) and fd.typechar = f and \
     (fd.name startswith /etc/ or fd.name startswith /bin/ or fd.name startswith /usr/bin/ \
      or fd.name contains shadow or fd.name endswith .ssh/authorized_keys)) \
    or (evt.type in (execve, execveat) and proc.name in (sh, bash, dash, nc, ncat, curl, wget)) \
    or (evt.type in (connect, accept, accept4) and fd.l4proto = tcp and fd.rport in (4444, 1337)) \
    or (evt.type in (unlink, unlinkat, rename, renameat, renameat2) and fd.name contains /var/log))";

#[derive(Debug, Parser)]
#[command(about = "The replay pipeline on 1 and 2 shards against sysdig, quiet and filtered")]
struct Args {
    /// Captures to replay (plain or gzip; gzip is decompressed to a cache file first).
    #[arg(default_values_t = [
        format!("{SHARED}/captures/vm/vm_kmod0.23.2_bulk.scap.gz"),
        format!("{SHARED}/captures/vm/vm_kmod0.1.1_bulk.scap.gz"),
    ])]
    captures: Vec<String>,
    /// Rounds per capture (medians are reported).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Where the uncompressed copies go.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/perf-cache"))]
    cache: PathBuf,
    /// The peer binary.
    #[arg(long, default_value = "sysdig")]
    sysdig: String,
    /// The rfalco binary.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/release/rfalco"))]
    rfalco: PathBuf,
}

/// The wall time of a command whose output is discarded; an error says how it failed.
fn time(cmd: &mut Command) -> anyhow::Result<Duration> {
    let t = Instant::now();
    let child = spawn(cmd)?;
    finish(cmd, child)?;
    Ok(t.elapsed())
}

/// Starts `cmd` with its output discarded and its errors kept for [`finish`].
fn spawn(cmd: &mut Command) -> anyhow::Result<std::process::Child> {
    cmd.stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("running {:?}", cmd.get_program()))
}

/// Waits for `child` of `cmd`; a failure says how it exited and its last line of errors.
fn finish(cmd: &Command, child: std::process::Child) -> anyhow::Result<()> {
    let out = child
        .wait_with_output()
        .with_context(|| format!("waiting for {:?}", cmd.get_program()))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let last = err.lines().last().unwrap_or("").to_owned();
        bail!("{:?} exited with {}: {last}", cmd.get_program(), out.status);
    }
    Ok(())
}

fn rfalco(args: &Args, capture: Option<&Path>, shards: u32) -> Command {
    rfalco_reading(args, capture, shards, false)
}

/// [`rfalco`], the capture read ahead on a thread of its own when `ahead`.
fn rfalco_reading(args: &Args, capture: Option<&Path>, shards: u32, ahead: bool) -> Command {
    let mut c = Command::new(&args.rfalco);
    for f in RULES {
        c.arg("-r")
            .arg(Path::new(SHARED).join("golden/falco-0.44.1/rules").join(f));
    }
    match capture {
        Some(p) => {
            c.args(["-o", "engine.kind=replay", "-o"])
                .arg(format!("engine.replay.capture_file={}", p.display()))
                .arg("--shards")
                .arg(shards.to_string())
                // The shards are what is measured: the capture is read by the evaluating
                // thread unless the read-ahead row asks otherwise.
                .args(["--read-ahead", if ahead { "on" } else { "off" }]);
        }
        None => {
            c.arg("--dry-run");
        }
    }
    c
}

/// The wall time of two commands started together, until both have ended.
fn time_both(a: &mut Command, b: &mut Command) -> anyhow::Result<Duration> {
    let t = Instant::now();
    let (first, second) = (spawn(a)?, spawn(b)?);
    finish(a, first)?;
    finish(b, second)?;
    Ok(t.elapsed())
}

/// sysdig reading the capture with the Falco-like filter (`peer` runs it with `-q`).
fn sysdig_filtered(args: &Args, capture: &Path) -> Command {
    let mut c = Command::new(&args.sysdig);
    c.arg("-r").arg(capture).arg(FALCO_LIKE_FILTER);
    c
}

fn count_events(capture: &Path) -> anyhow::Result<u64> {
    let mut n = 0u64;
    CaptureReader::open(capture)?.for_each_event(|_| {
        n += 1;
        std::ops::ControlFlow::<()>::Continue(())
    })?;
    Ok(n)
}

/// What one capture measured.
struct Row {
    name: String,
    events: u64,
    startup: Duration,
    one: Duration,
    two: Duration,
    shard_ratio: f64,
    /// Two one-shard replays at once against one alone: events per second of the pair over
    /// those of one (2.0 on a machine whose two CPUs do not slow each other down).
    ceiling: f64,
    /// One shard with the capture read ahead on a second thread, and against one shard
    /// reading it on the evaluating thread (net times, median of the rounds' ratios).
    ahead: Duration,
    ahead_ratio: f64,
    quiet: Option<Duration>,
    /// sysdig -q's whole command over rfalco's (one shard, start-up included).
    vs_quiet: Option<f64>,
    filtered: Option<Duration>,
    vs_filtered: Option<f64>,
}

/// The capture's rows of the run's summary: one shard against Falco's recorded rate (0.23.2
/// capture) or against sysdig's filtered run (0.1.1 capture), and two shards against one;
/// `one` and `two` are net events per second (M).
fn summary_rows(r: &Row, one: f64, two: f64) -> Vec<SummaryRow> {
    let mut v = Vec::new();
    if r.name.contains("0.23.2") {
        v.push(SummaryRow::new(
            "pipeline-bench",
            format!("replay, three rule files, 1 shard, {}", r.name),
            format!("{one:.2} M ev/s"),
            format!("Falco 0.44.1 {FALCO_ALL_THREE_MEVS} M ev/s (recorded)"),
            Some(one / FALCO_ALL_THREE_MEVS),
            ">= 2x Falco's net events/s (issue 6)",
            Some(one >= 2.0 * FALCO_ALL_THREE_MEVS),
        ));
    }
    if let (Some(f), Some(x)) = (r.filtered, r.vs_filtered) {
        let filtered = r.events as f64 / f.as_secs_f64() / 1e6;
        v.push(SummaryRow::new(
            "pipeline-bench",
            format!("replay, three rule files, 1 shard, {}", r.name),
            format!("{one:.2} M ev/s"),
            format!("sysdig 0.29.3 filtered {filtered:.2} M ev/s (same run)"),
            Some(x),
            "faster than sysdig filtered (issue 6)",
            Some(x > 1.0),
        ));
    }
    v.push(SummaryRow::new(
        "pipeline-bench",
        format!("2 shards against 1, {}", r.name),
        format!("{two:.2} M ev/s"),
        format!("1 shard {one:.2} M ev/s (same run)"),
        Some(r.shard_ratio),
        ">= 1.8x (issue 6)",
        Some(r.shard_ratio >= 1.8),
    ));
    v.push(SummaryRow::new(
        "pipeline-bench",
        format!(
            "1 shard, capture read ahead against read inline, {}",
            r.name
        ),
        format!(
            "{:.2} M ev/s",
            r.events as f64 / r.ahead.as_secs_f64() / 1e6
        ),
        format!("1 shard {one:.2} M ev/s (same run)"),
        Some(r.ahead_ratio),
        "",
        None,
    ));
    v.push(SummaryRow::new(
        "pipeline-bench",
        format!("two 1-shard replays at once against one, {}", r.name),
        format!("{:.2} M ev/s for the pair", one * r.ceiling),
        format!("1 shard {one:.2} M ev/s (same run)"),
        Some(r.ceiling),
        "",
        None,
    ));
    v
}

fn median_f(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn measure(args: &Args, capture: &Path) -> anyhow::Result<Row> {
    let events = count_events(capture)?;
    let mut startups = Vec::new();
    for _ in 0..args.runs {
        startups.push(time(&mut rfalco(args, None, 1))?);
    }
    let startup = median(startups);
    let net = |t: Duration| t.saturating_sub(startup).max(Duration::from_micros(1));
    let (mut two, mut ratios, mut ceilings) = (Vec::new(), Vec::new(), Vec::new());
    let (mut ahead, mut ahead_ratios) = (Vec::new(), Vec::new());
    let (mut filtered, mut vs_filtered) = (Vec::new(), Vec::new());
    let mut filter_ok = true;
    // Each round: one shard, two shards, two one-shard replays at once, one shard reading ahead,
    // sysdig filtered; then `paired` runs sysdig -q.
    let m = peer::paired(args.runs, &args.sysdig, capture, || {
        let a = time(&mut rfalco(args, Some(capture), 1))?;
        let b = time(&mut rfalco(args, Some(capture), 2))?;
        ratios.push(net(a).as_secs_f64() / net(b).as_secs_f64());
        two.push(b);
        let both = time_both(
            &mut rfalco(args, Some(capture), 1),
            &mut rfalco(args, Some(capture), 1),
        )?;
        ceilings.push(2.0 * net(a).as_secs_f64() / net(both).as_secs_f64());
        let c = time(&mut rfalco_reading(args, Some(capture), 1, true))?;
        ahead_ratios.push(net(a).as_secs_f64() / net(c).as_secs_f64());
        ahead.push(net(c));
        if filter_ok {
            match time(&mut sysdig_filtered(args, capture)) {
                Ok(f) => {
                    vs_filtered.push(f.as_secs_f64() / net(a).as_secs_f64());
                    filtered.push(f);
                }
                Err(e) => {
                    println!("  sysdig filtered on {}: {e:#}", capture.display());
                    filter_ok = false;
                }
            }
        }
        Ok(a)
    })?;
    let have_filter = filter_ok && !filtered.is_empty();
    Ok(Row {
        name: capture
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        events,
        startup,
        one: m.ours,
        two: median(two),
        shard_ratio: median_f(ratios),
        ceiling: median_f(ceilings),
        ahead: median(ahead),
        ahead_ratio: median_f(ahead_ratios),
        quiet: m.peer,
        vs_quiet: m.ratio,
        filtered: have_filter.then(|| median(filtered)),
        vs_filtered: have_filter.then(|| median_f(vs_filtered)),
    })
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.runs == 0 {
        bail!("--runs must be at least 1");
    }
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "pipeline-bench: {} with Falco's three rule files, {} rounds, {cpus} CPUs",
        args.rfalco.display(),
        args.runs
    );
    println!("sysdig filter: {FALCO_LIKE_FILTER}");
    let mut rows = Vec::new();
    for c in &args.captures {
        let plain = plain::plain_copy(Path::new(c), &args.cache)
            .with_context(|| format!("preparing {c}"))?;
        rows.push(measure(&args, &plain)?);
    }
    let mevs = |events: u64, t: Duration| events as f64 / t.as_secs_f64() / 1e6;
    let opt = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    println!();
    println!(
        "| capture | events | rfalco start-up | 1 shard (net) | 2 shards (net) | 2 shards / 1 | two 1-shard replays at once / 1 | 1 shard, read ahead (net) | read ahead / inline | vs Falco 0.44.1 (1 shard) | sysdig -q | 1 shard vs sysdig -q (whole commands) | sysdig filtered | 1 shard (net) vs sysdig filtered |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut summary = Vec::new();
    for r in &rows {
        let net = |t: Duration| t.saturating_sub(r.startup).max(Duration::from_micros(1));
        let one = mevs(r.events, net(r.one));
        let vs_falco = r
            .name
            .contains("0.23.2")
            .then(|| format!("{:.2}x", one / FALCO_ALL_THREE_MEVS));
        println!(
            "| {} | {} | {:.1} ms | {one:.2} M ev/s | {:.2} M ev/s | {:.2}x | {:.2}x | {:.2} M ev/s | {:.2}x | {} | {} | {} | {} | {} |",
            r.name,
            r.events,
            r.startup.as_secs_f64() * 1e3,
            mevs(r.events, net(r.two)),
            r.shard_ratio,
            r.ceiling,
            mevs(r.events, r.ahead),
            r.ahead_ratio,
            opt(vs_falco),
            opt(r.quiet.map(|t| format!("{:.2} M ev/s", mevs(r.events, t)))),
            opt(r.vs_quiet.map(|x| format!("{x:.2}x"))),
            opt(r
                .filtered
                .map(|t| format!("{:.2} M ev/s", mevs(r.events, t)))),
            opt(r.vs_filtered.map(|x| format!("{x:.2}x"))),
        );
        summary.extend(summary_rows(r, one, mevs(r.events, net(r.two))));
    }
    rfalco_perf::summary::add(&args.cache, &summary)?;
    Ok(())
}
