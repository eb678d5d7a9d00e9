//! The sensor as Falco users run it: configuration and rules loaded, events from a capture
//! (`engine.kind=replay`) or live from falco.ko (`engine.kind=kmod`), rules evaluated, alerts
//! written, a summary at the end.

mod append;
mod args;
mod drops;
mod http;
mod info;
mod metrics;
mod outputs;
mod queue;
mod settings;
mod shards;
mod snapshot;
mod stats;
mod syscalls;
mod syslog;
mod tls;
mod webserver;

pub use args::FalcoArgs;

use std::io::{BufWriter, Write};
use std::ops::ControlFlow;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use anyhow::{Context, bail};
use rfalco_engine::{Alert, Engine, EngineOptions};
use rfalco_fields::evt::EventContext;
use rfalco_rules::{Loaded, Ruleset};
use rfalco_state::State;
use scap_format::CaptureReader;
use scap_format::EventRef;
use scap_format::reader::Next;

use drops::{DropCounters, DropMonitor};
use metrics::SensorMetrics;
use queue::{Drained, OutputCounters, OutputQueue};
use settings::{EngineKind, Settings};
use snapshot::Snapshots;
use stats::{Stage, Stats};

/// The default ruleset, built into the binary.
pub const DEFAULT_RULES: &str = include_str!("../../../../rules/rfalco_rules.yaml");
/// The name the built-in ruleset is reported under.
pub const DEFAULT_RULES_NAME: &str = "<built-in rfalco_rules.yaml>";

/// Runs the sensor; the exit status follows Falco's (0, or 1 on any error).
pub fn run(args: &FalcoArgs) -> anyhow::Result<ExitCode> {
    if args.version {
        info::print_version();
        return Ok(ExitCode::SUCCESS);
    }
    // Before the configuration is read: printing a schema needs none.
    if args.rule_schema || args.config_schema {
        info::print_schemas(args.rule_schema, args.config_schema)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut settings = Settings::load(args)?;
    for w in &settings.warnings {
        eprintln!("rfalco: warning: {w}");
    }
    if !args.validate.is_empty() {
        return validate(args, &settings);
    }
    if let Some(source) = &args.list_fields {
        info::list_fields(source, args.names_only)?;
        return Ok(ExitCode::SUCCESS);
    }
    let loaded = load_rules(&settings)?;
    warn_schema(&loaded);
    let ruleset = ruleset_of(&loaded)?;
    if args.verbose {
        for r in loaded.results.iter().filter(|r| !r.warnings.is_empty()) {
            eprint!("{}", r.to_text());
        }
    }
    if args.list_rules || args.describe_rule.is_some() {
        info::list_rules(ruleset, args.describe_rule.as_deref(), settings.json_output)?;
        return Ok(ExitCode::SUCCESS);
    }
    let engine = compile(ruleset, &settings)?;
    // Compiled before --dry-run so that a bad append_output format is caught by it too.
    let appends = settings.appends(engine.rules())?;
    if args.dry_run {
        return Ok(ExitCode::SUCCESS);
    }
    let counters = Arc::new(OutputCounters::default());
    let engine_name = match &settings.engine {
        EngineKind::Replay(_) => "replay",
        EngineKind::Kmod(_) => "kmod",
    };
    let metrics = Arc::new(SensorMetrics::new(
        counters.clone(),
        settings.hostname.clone(),
        engine_name,
    ));
    metrics.set_rules(engine.rules());
    if let Some(w) = &settings.webserver {
        let server = webserver::Webserver::start(w, metrics.clone())?;
        eprintln!("rfalco: webserver listening on {}", server.addr);
    }
    let mut run = Run {
        appends,
        snapshots: settings.metrics.clone().map(Snapshots::start).transpose()?,
        metrics,
        engine,
        out: OutputQueue::start(
            settings.outputs.clone(),
            settings.outputs_queue_capacity,
            counters.clone(),
            || BufWriter::with_capacity(1 << 16, std::io::stdout()),
        )?,
        drops: settings.drops.take(),
        exit: false,
        stats: if args.stats {
            Some(Stats::new()?)
        } else {
            None
        },
        kernel_ts: matches!(settings.engine, EngineKind::Kmod(_)),
        earlier_events: 0,
        shards: None,
        thread_table: settings.thread_table,
    };
    let result = match &settings.engine {
        EngineKind::Replay(file) => replay(file, &mut run, args),
        EngineKind::Kmod(kmod) => {
            let selection = select_syscalls(ruleset, &settings);
            live(args, kmod, &mut run, selection)
        }
    };
    // What is queued is written before the summary; outputs that complete no alert for
    // twice `output_timeout` are abandoned so that the sensor still stops. Twice: an alert may
    // take up to `output_timeout` itself (http_output's attempt and retry), and one started
    // just before the wait began must be able to finish within a window.
    let stall = settings.output_timeout.saturating_mul(2);
    let drained = run.out.close(stall)?;
    result?;
    if let Drained::TimedOut(left) = drained {
        eprintln!(
            "rfalco: warning: the outputs completed no alert within twice output_timeout \
             ({} ms); {left} queued alerts abandoned",
            stall.as_millis()
        );
    }
    if run.out.drops() > 0 {
        eprintln!(
            "rfalco: warning: outputs queue full: {} alerts dropped (outputs_queue.capacity)",
            run.out.drops()
        );
    }
    let http_failed = counters.http.failed.load(Ordering::Relaxed);
    if let Some(h) = settings.outputs.http.as_ref().filter(|_| http_failed > 0) {
        eprintln!(
            "rfalco: warning: http_output: {http_failed} alerts could not be sent to {}",
            h.output.url
        );
    }
    let counts = run.engine.counts().clone();
    let mut stdout = std::io::stdout().lock();
    outputs::summary(&mut stdout, run.engine.rules(), &counts.per_rule)?;
    stdout.flush().context("writing the summary to stdout")?;
    if let Some(d) = &run.drops {
        d.report();
    }
    if let Some(st) = &run.stats {
        st.print();
        Stats::print_rules(run.engine.rules(), &counts);
    }
    if args.verbose {
        eprintln!("Events processed: {}", run.earlier_events + counts.events);
    }
    Ok(if run.exit {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The ruleset of a successful load; on errors, Falco's report of each failing file on stderr.
fn ruleset_of(loaded: &Loaded) -> anyhow::Result<&Ruleset> {
    match loaded.ruleset.as_ref() {
        Some(r) => Ok(r),
        None => {
            for r in loaded.results.iter().filter(|r| !r.successful()) {
                eprint!("{}", r.to_text());
            }
            bail!("could not load the rules")
        }
    }
}

/// The engine for the rules the settings select.
fn compile(ruleset: &Ruleset, settings: &Settings) -> anyhow::Result<Engine> {
    let engine = Engine::new(
        ruleset,
        |r| settings.rule_selected(r),
        EngineOptions {
            matching: settings.rule_matching,
            time_iso8601: settings.time_iso8601,
        },
    )
    .context("compiling the rules")?;
    eprintln!(
        "rfalco: {} rules enabled of {} loaded",
        engine.rules().len(),
        ruleset.rules.len()
    );
    Ok(engine)
}

/// The system calls a live session traces for these settings' rules.
fn select_syscalls(ruleset: &Ruleset, settings: &Settings) -> syscalls::Selection {
    syscalls::select(
        ruleset
            .rules
            .iter()
            .filter(|r| r.source == "syscall" && settings.rule_selected(r)),
        &settings.base_syscalls,
    )
}

/// SIGHUP: the configuration and the rules read again and compiled; the caller swaps them in
/// only when everything loaded.
fn reload(
    args: &FalcoArgs,
) -> anyhow::Result<(Settings, Engine, append::Appends, syscalls::Selection)> {
    let settings = Settings::load(args)?;
    for w in &settings.warnings {
        eprintln!("rfalco: warning: {w}");
    }
    let loaded = load_rules(&settings)?;
    warn_schema(&loaded);
    let ruleset = ruleset_of(&loaded)?;
    let engine = compile(ruleset, &settings)?;
    let selection = select_syscalls(ruleset, &settings);
    let appends = settings.appends(engine.rules())?;
    Ok((settings, engine, appends, selection))
}

/// What a run carries from event to event.
struct Run {
    engine: Engine,
    out: OutputQueue,
    drops: Option<DropMonitor>,
    /// A drop action asked to stop with exit status 1.
    exit: bool,
    /// `--stats` histograms.
    stats: Option<Stats>,
    /// The counters the webserver and the snapshots read.
    metrics: Arc<SensorMetrics>,
    /// Periodic metrics snapshots.
    snapshots: Option<Snapshots>,
    /// What the configuration adds to alerts.
    appends: append::Appends,
    /// Event timestamps are the kernel's clock (live), so `--stats` times alerts from them.
    kernel_ts: bool,
    /// Events the engines replaced by SIGHUP reloads had counted.
    earlier_events: u64,
    /// `--shards N` with N > 1: the evaluation threads, started once the events' source is
    /// open (the engine above then keeps the totals and the rule list).
    shards: Option<shards::Shards>,
    /// The thread table's bound and purge.
    thread_table: settings::ThreadTable,
}

/// Where the alerts merged back from the shards go: those of the other shards (`remote`)
/// counted in this thread's engine, which keeps the totals; then queued for the outputs.
fn sharded_emit<'a>(
    out: &'a mut OutputQueue,
    engine: &'a mut Engine,
    metrics: &'a SensorMetrics,
    mut stats: Option<&'a mut Stats>,
    kernel_ts: bool,
) -> impl FnMut(u64, usize, Alert, bool) -> anyhow::Result<()> + 'a {
    move |_num, i, a, remote| {
        if remote {
            engine.count_alert(i);
            metrics.set_matches(&engine.counts().per_rule);
        }
        let ts = a.ts;
        out.push(a)?;
        if kernel_ts {
            if let Some(st) = stats.as_deref_mut() {
                st.since_kernel_ts(Stage::KernelToAlert, ts);
            }
        }
        Ok(())
    }
}

impl Run {
    /// SIGHUP: loads the configuration and the rules again and swaps them in; when anything
    /// fails to load, the running ones stay. The events counted so far carry over. Returns the
    /// system calls the new rules need (live mode traces them).
    fn reload(&mut self, args: &FalcoArgs) -> anyhow::Result<Option<syscalls::Selection>> {
        match reload(args) {
            Ok((settings, engine, appends, selection)) => {
                // The shards' alerts so far are counted by the rules that raised them.
                self.flush_shards()?;
                self.appends = appends;
                self.out.reconfigure(settings.outputs.clone())?;
                self.metrics.set_rules(engine.rules());
                self.metrics
                    .reload_ts
                    .store(metrics::now_ns(), Ordering::Relaxed);
                self.earlier_events += self.engine.counts().events;
                self.engine = engine;
                self.drops = settings.drops;
                if let Some(sh) = self.shards.as_mut() {
                    sh.swap(&self.engine, &self.appends)?;
                }
                eprintln!("rfalco: SIGHUP: configuration and rules reloaded");
                Ok(Some(selection))
            }
            Err(e) => {
                eprintln!("rfalco: SIGHUP: reload failed, the running rules stay: {e:#}");
                Ok(None)
            }
        }
    }

    /// Starts `n` evaluation shards (nothing for 1) with states seeded from `meta`; `own_pid`:
    /// the process whose events are not evaluated (live).
    fn start_shards(
        &mut self,
        n: u16,
        meta: &scap_format::reader::CaptureMetadata,
        own_pid: Option<i64>,
    ) -> anyhow::Result<()> {
        if n > 1 {
            let (sh, cpus) = shards::Shards::start(
                usize::from(n),
                meta,
                self.thread_table.max_threads,
                &self.engine,
                &self.appends,
                own_pid,
                self.stats.is_some(),
            )?;
            self.shards = Some(sh);
            let pinned = if cpus.is_empty() {
                "not pinned: fewer CPUs than shards".to_owned()
            } else {
                let list: Vec<String> = cpus.iter().map(usize::to_string).collect();
                format!("pinned to CPUs {}", list.join(","))
            };
            eprintln!("rfalco: evaluating the rules on {n} shards ({pinned})");
        }
        Ok(())
    }

    /// Runs `f` on the shards, if any, with the outputs their merged alerts go to.
    fn with_shards(
        &mut self,
        f: impl FnOnce(&mut shards::Shards, &mut shards::Emit<'_>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let Some(sh) = self.shards.as_mut() else {
            return Ok(());
        };
        let mut emit = sharded_emit(
            &mut self.out,
            &mut self.engine,
            &self.metrics,
            self.stats.as_mut(),
            self.kernel_ts,
        );
        f(sh, &mut emit)
    }

    /// Sends the shards the events batched so far and emits their alerts.
    fn flush_shards(&mut self) -> anyhow::Result<()> {
        self.with_shards(|sh, emit| sh.flush(emit))
    }

    /// Hands the shards what is batched and emits the alerts they have finished (live).
    fn poll_shards(&mut self) -> anyhow::Result<()> {
        self.with_shards(|sh, emit| sh.poll(emit))
    }

    /// Stops the shards after their last alerts; their evaluation counts join the engine's.
    fn finish_shards(&mut self) -> anyhow::Result<()> {
        let Some(sh) = self.shards.take() else {
            return Ok(());
        };
        let done = {
            let mut emit = sharded_emit(
                &mut self.out,
                &mut self.engine,
                &self.metrics,
                None,
                self.kernel_ts,
            );
            sh.finish(&mut emit, self.stats.as_mut())?
        };
        self.engine.add_evaluations(&done);
        Ok(())
    }

    /// Applies an event to the state, evaluates the rules and the drop monitor; `false` when
    /// the run must stop. With shards, this thread is shard 0: it evaluates the events of
    /// the processes it owns and hands every event to the other shards.
    fn event(
        &mut self,
        num: u64,
        ev: &EventRef<'_>,
        state: &mut State,
        counters: impl FnOnce() -> DropCounters,
    ) -> anyhow::Result<bool> {
        let timed = self.stats.is_some() && Stats::sampled(num);
        let t = timed.then(Instant::now);
        state.update(ev);
        if let (Some(st), Some(t)) = (self.stats.as_mut(), t) {
            st.since(Stage::State, t);
        }
        let ctx = EventContext { num, ev, state };
        let t = timed.then(Instant::now);
        let mut result = Ok(());
        let mut fired = false;
        let out = &mut self.out;
        let appends = &self.appends;
        match self.shards.as_mut() {
            None => self.engine.process(&ctx, |mut a| {
                fired = true;
                appends.apply(&mut a, &ctx);
                if result.is_ok() {
                    result = out.push(a);
                }
            }),
            Some(sh) => match sh.evaluator(ev, state) {
                None => {}
                // This thread is shard 0: its alerts wait for the other shards' of the batch.
                Some(0) => {
                    self.engine.process_indexed(&ctx, |i, mut a| {
                        fired = true;
                        appends.apply(&mut a, &ctx);
                        sh.local(num, i, a);
                    });
                }
                Some(_) => self.engine.count_event(),
            },
        }
        result?;
        if self.shards.is_some() {
            self.with_shards(|sh, emit| sh.push(num, ev, emit))?;
        } else if fired && self.kernel_ts {
            if let Some(st) = self.stats.as_mut() {
                st.since_kernel_ts(Stage::KernelToAlert, ev.ts());
            }
        }
        if fired {
            self.metrics.set_matches(&self.engine.counts().per_rule);
        }
        if num % metrics::STATE_EVERY == 0 {
            self.metrics
                .state
                .publish(&state.stats(), state.n_threads());
        }
        if let (Some(st), Some(t)) = (self.stats.as_mut(), t) {
            st.since(Stage::Rules, t);
        }
        self.after_event(num, ev, counters)
    }

    /// What follows every event on the reading thread: the events counter, metrics snapshots,
    /// `--stats` signals, the drop monitor.
    fn after_event(
        &mut self,
        num: u64,
        ev: &EventRef<'_>,
        counters: impl FnOnce() -> DropCounters,
    ) -> anyhow::Result<bool> {
        let counts = self.engine.counts();
        self.metrics
            .num_evts
            .store(self.earlier_events + counts.events, Ordering::Relaxed);
        if let Some(a) = self.snapshots.as_mut().and_then(|s| s.poll(&self.metrics)) {
            self.out.push(a)?;
        }
        if let Some(st) = self.stats.as_mut() {
            st.on_signal();
            if num % metrics::LATENCY_EVERY == 0 {
                self.metrics.set_latency(st.percentiles());
            }
        }
        if let Some(d) = self.drops.as_mut() {
            let o = d.on_event(ev.ts(), counters);
            if let Some(a) = o.alert {
                self.out.push(a)?;
            }
            if o.exit {
                self.exit = true;
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// Falco logs each rules file's schema verdict as it loads it; a file that does not match the
/// rules schema gets a warning with its first failure (`-V` lists them all). Loading goes on.
fn warn_schema(loaded: &Loaded) {
    for r in &loaded.results {
        let w = r.schema.warnings();
        if let Some(first) = w.first() {
            let more = match w.len() {
                1 => String::new(),
                n => format!(" (and {} more; rfalco -V {} lists them)", n - 1, r.name),
            };
            // Keys named in the message come from the file: escaped like any file content.
            let line = format!("{}: schema validation: {first}{more}", r.name);
            eprintln!(
                "rfalco: warning: {}",
                rfalco_fields::escape::escaped(line.as_bytes())
            );
        }
    }
}

/// `-V`: Falco's validation report for each file and its exit status.
fn validate(args: &FalcoArgs, settings: &Settings) -> anyhow::Result<ExitCode> {
    let loaded = rfalco_rules::load_paths(&args.validate);
    if settings.json_output {
        println!("{}", rfalco_rules::results_json(&loaded.results));
    } else {
        for r in &loaded.results {
            print!("{}", r.to_text());
        }
    }
    Ok(if rfalco_rules::exit_code(&loaded.results) == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The rule files in load order: `-r` paths (a directory gives its `.yaml`/`.yml` files in
/// name order), else the configured files, else the built-in ruleset.
fn load_rules(settings: &Settings) -> anyhow::Result<Loaded> {
    let mut files: Vec<(String, String)> = Vec::new();
    for p in &settings.rules_files {
        if p.is_dir() {
            let mut entries: Vec<_> = std::fs::read_dir(p)
                .with_context(|| format!("reading rules directory {}", p.display()))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .collect();
            entries.sort();
            for f in entries {
                let text = std::fs::read_to_string(&f)
                    .with_context(|| format!("reading rules file {}", f.display()))?;
                files.push((f.display().to_string(), text));
            }
        } else {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("reading rules file {}", p.display()))?;
            files.push((p.display().to_string(), text));
        }
    }
    if files.is_empty() {
        eprintln!("rfalco: loading the built-in default ruleset");
        files.push((DEFAULT_RULES_NAME.to_owned(), DEFAULT_RULES.to_owned()));
    } else {
        for (name, _) in &files {
            eprintln!("rfalco: loading rules from {name}");
        }
    }
    Ok(rfalco_rules::load(
        files.iter().map(|(n, t)| (n.as_str(), t.as_str())),
    ))
}

/// `engine.kind=replay`: every event of the capture, in order. A capture carries no drop
/// counters: the drop monitor sees none (unless it simulates them).
fn replay(file: &std::path::Path, run: &mut Run, args: &FalcoArgs) -> anyhow::Result<()> {
    let mut reader =
        CaptureReader::open(file).with_context(|| format!("opening capture {}", file.display()))?;
    // SIGHUP between two events swaps in the reloaded rules; the replay goes on where it was.
    let hup = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGHUP, hup.clone())
        .context("installing the SIGHUP handler")?;
    let mut state = State::from_metadata_with_max(reader.metadata(), run.thread_table.max_threads);
    run.start_shards(args.shards, reader.metadata(), None)?;
    let mut num = 0u64;
    // When the read of the next event started, for the sampled events `--stats` times.
    let read_started = |num: u64, stats: &Option<Stats>| {
        (stats.is_some() && Stats::sampled(num)).then(Instant::now)
    };
    let mut read_from = read_started(1, &run.stats);
    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    let read_ahead = args.read_ahead.wanted(cpus);
    if args.verbose {
        eprintln!(
            "rfalco: reading the capture {}",
            if read_ahead {
                "on a thread of its own"
            } else {
                "on the evaluating thread"
            }
        );
    }
    let on_next = |next: Next<'_, '_>| {
        let ev = match next {
            Next::Event(ev) => ev,
            // A pipe's writer is behind: the shards' alerts go out before the wait, not
            // with the next full batch (a file never waits).
            Next::Waiting => {
                return match run.flush_shards() {
                    Ok(()) => ControlFlow::Continue(()),
                    Err(e) => ControlFlow::Break(Some(e)),
                };
            }
        };
        // A plain load per event; the swap only when a signal came.
        if hup.load(Ordering::Relaxed) && hup.swap(false, Ordering::Relaxed) {
            if let Err(e) = run.reload(args) {
                return ControlFlow::Break(Some(e));
            }
        }
        num += 1;
        if let (Some(st), Some(t)) = (run.stats.as_mut(), read_from) {
            st.since(Stage::Read, t);
        }
        let counters = || DropCounters {
            n_evts: num,
            ..DropCounters::default()
        };
        match run.event(num, ev, &mut state, counters) {
            Ok(true) => {
                read_from = read_started(num + 1, &run.stats);
                ControlFlow::Continue(())
            }
            Ok(false) => ControlFlow::Break(None),
            Err(e) => ControlFlow::Break(Some(e)),
        }
    };
    let stopped = if read_ahead {
        reader.for_each_event_read_ahead(on_next)
    } else {
        reader.for_each_event_or_wait(on_next)
    }
    .with_context(|| format!("reading capture {}", file.display()))?;
    if let Some(Some(e)) = stopped {
        return Err(e);
    }
    run.finish_shards()?;
    if args.verbose {
        let st = state.stats();
        eprintln!("rfalco: state: {st:?}");
    }
    Ok(())
}

/// The periodic purge of inactive threads in a live session, as libsinsp's: the first scan
/// 30 s (or the interval, if shorter) after the first event, then one per interval, by event
/// time; a thread goes when it is a fake entry, or idle past the timeout with no
/// `/proc/PID/task/TID` of its name left.
struct Purge {
    table: settings::ThreadTable,
    /// When the next scan is due (0: at the first event, to be set).
    next: u64,
}

impl Purge {
    fn new(table: settings::ThreadTable) -> Self {
        Self { table, next: 0 }
    }

    /// Scans when one is due before the event of time `ts` is applied; the shards get the
    /// same list at the same place in the stream.
    fn at(&mut self, ts: u64, state: &mut State, shards: Option<&mut shards::Shards>) {
        if self.next == 0 {
            self.next = ts.saturating_add(self.table.purge_interval_ns.min(30_000_000_000));
            return;
        }
        if ts < self.next {
            return;
        }
        self.next = ts.saturating_add(self.table.purge_interval_ns.max(1));
        let tids = state.inactive_threads(ts, self.table.purge_timeout_ns, thread_alive);
        if tids.is_empty() {
            return;
        }
        state.purge(&tids);
        if let Some(sh) = shards {
            sh.purge(tids);
        }
    }
}

/// Whether the thread still runs: `/proc/PID/task/TID/comm` exists and names it (a recycled
/// tid shows another name). Kernels cut names to 15 bytes.
fn thread_alive(t: &rfalco_state::thread::Thread) -> bool {
    let path = format!("/proc/{}/task/{}/comm", t.pid, t.tid);
    match std::fs::read(path) {
        Ok(mut comm) => {
            if comm.last() == Some(&b'\n') {
                comm.pop();
            }
            t.comm.starts_with(&comm)
        }
        Err(_) => false,
    }
}

/// `engine.kind=kmod`: live events from falco.ko until SIGINT/SIGTERM or `-M`; the drop
/// monitor reads the module's counters. SIGHUP reloads the configuration and the rules between
/// two batches: the module keeps tracing meanwhile, so no event is lost (a full ring counts its
/// drops as always); a reload that fails keeps the running rules.
fn live(
    args: &FalcoArgs,
    kmod: &settings::KmodSettings,
    run: &mut Run,
    mut selection: syscalls::Selection,
) -> anyhow::Result<()> {
    let mut session = crate::live::Session::open(&crate::live::Options {
        device_prefix: &kmod.device_prefix,
        module: "falco",
        snaplen: kmod.snaplen,
        duration: args.duration,
        syscalls: None,
        ring_readers: args.ring_readers,
    })
    .context("opening falco.ko's devices (is the module loaded? see docs/kmod.md)")?;
    session.share_per_cpu(run.metrics.kernel.per_cpu.clone());
    let (line, warnings) = session.readers();
    eprintln!("rfalco: {line}");
    for w in warnings {
        eprintln!("rfalco: warning: {w}");
    }
    let hup = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGHUP, hup.clone())
        .context("installing the SIGHUP handler")?;
    let mut state = State::from_metadata_with_max(session.metadata(), run.thread_table.max_threads);
    let mut purge = Purge::new(run.thread_table);
    let self_pid = u64::from(std::process::id());
    run.start_shards(args.shards, session.metadata(), Some(self_pid as i64))?;
    let sharded = run.shards.is_some();
    let mut num = 0u64;
    let mut totals = crate::live::Totals::default();
    loop {
        match &selection {
            syscalls::Selection::All => {
                eprintln!("rfalco: tracing every system call");
                session.set_syscalls(None)?;
            }
            syscalls::Selection::Only { names, numbers } => {
                eprintln!(
                    "rfalco: tracing {} system calls the rules and the state need (base_syscalls)",
                    numbers.len()
                );
                if args.verbose {
                    let list: Vec<&str> = names.iter().map(String::as_str).collect();
                    eprintln!("rfalco: system calls: {}", list.join(" "));
                }
                session.set_syscalls(Some(numbers))?;
            }
        }
        // The loop's closures both need the run: one at a time, through a cell.
        let cell = std::cell::RefCell::new(&mut *run);
        let (t, end) = session.run_with(
            Some(&hup),
            |ev, counters| {
                let mut run = cell.borrow_mut();
                num += 1;
                purge.at(ev.ts(), &mut state, run.shards.as_mut());
                // Our own system calls (the output thread writing alerts, the webserver, ...) are
                // not evaluated: they would feed themselves. Our threads are those of our pid in
                // the state (the /proc scan at open found the ones started before). With
                // shards, every event goes to them for their states, and no shard evaluates
                // ours.
                let tid = ev.tid();
                if !sharded
                    && (tid == self_pid
                        || state
                            .thread(tid as i64)
                            .is_some_and(|t| t.pid == self_pid as i64))
                {
                    state.update(ev);
                    return Ok(true);
                }
                let timed = run.stats.is_some() && Stats::sampled(num);
                if let Some(st) = run.stats.as_mut().filter(|_| timed) {
                    st.since_kernel_ts(Stage::KernelToDequeue, ev.ts());
                }
                run.metrics.kernel.publish(&counters);
                let go_on = run.event(num, ev, &mut state, || DropCounters {
                    n_evts: counters.n_evts,
                    n_drops_buffer: counters.n_drops_buffer,
                    n_drops_pf: counters.n_drops_pf,
                })?;
                if let Some(st) = run.stats.as_mut().filter(|_| timed) {
                    st.since_kernel_ts(Stage::KernelToDone, ev.ts());
                }
                Ok(go_on)
            },
            || cell.borrow_mut().poll_shards(),
        )?;
        totals.events += t.events;
        totals.corrupt += t.corrupt;
        if end == crate::live::RunEnd::Finished {
            break;
        }
        if let Some(sel) = run.reload(args)? {
            selection = sel;
        }
    }
    run.finish_shards()?;
    session.report(&totals, "evaluated");
    if args.verbose {
        eprintln!("rfalco: state: {:?}", state.stats());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Purge, settings::ThreadTable};
    use rfalco_state::State;
    use scap_format::CaptureReader;

    #[test]
    fn purge_runs_on_schedule_and_takes_threads_proc_does_not_show() {
        let capture = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/captures/libs/sample.scap"
        );
        let r = CaptureReader::open(capture).expect("capture");
        let mut state = State::from_metadata(r.metadata());
        let before = state.n_threads();
        let s = 1_000_000_000u64;
        let mut purge = Purge::new(ThreadTable {
            max_threads: 1 << 18,
            purge_interval_ns: 60 * s,
            purge_timeout_ns: 0,
        });
        let t0 = 1_000 * s;
        // The first event sets the first scan 30 s on (the interval is longer).
        purge.at(t0, &mut state, None);
        purge.at(t0 + 29 * s, &mut state, None);
        assert_eq!(state.n_threads(), before);
        assert_eq!(state.stats().threads_purged_inactive, 0);
        // The capture's threads are not this host's (their /proc/PID/task/TID/comm is absent
        // or names another program): idle past the timeout of 0, they go.
        purge.at(t0 + 31 * s, &mut state, None);
        let purged = state.stats().threads_purged_inactive;
        assert!(purged > 0);
        assert!(state.n_threads() < before);
        // The next scan is one interval later.
        purge.at(t0 + 90 * s, &mut state, None);
        assert_eq!(state.stats().threads_purged_inactive, purged);
    }
}
