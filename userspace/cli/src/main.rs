//! `rfalco`: the command-line entry point.
#![forbid(unsafe_code)]

mod capture;
mod falco;
mod live;
mod procscan;
mod progress;

use clap::{Parser, Subcommand};

// The binary's allocator. What allocates is start-up (reading, expanding and compiling rule
// files: tens of thousands of small strings and nodes) and state growth (new threads' strings,
// fd tables copied on fork); mimalloc's per-thread free lists serve those faster than the
// system allocator (figures in docs/perf.md). Behind the default `mimalloc` feature so
// an embedder can keep its own allocator.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// rfalco: a Falco-compatible runtime security sensor.
///
/// Without a subcommand it runs as Falco does: rules from `-r` (or the configuration, or the
/// built-in ruleset) evaluated on live events from falco.ko, or on a capture with
/// `-o engine.kind=replay -o engine.replay.capture_file=FILE`.
#[derive(Debug, Parser)]
#[command(
    name = "rfalco",
    about,
    disable_version_flag = true,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(flatten)]
    falco: falco::FalcoArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read, print and convert `.scap` capture files.
    #[command(subcommand)]
    Capture(capture::CaptureCommand),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Capture(c)) => capture::run(c).map(|()| std::process::ExitCode::SUCCESS),
        None => falco::run(&cli.falco),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (e.g. `| head`) is a normal way to stop reading output.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return std::process::ExitCode::SUCCESS;
            }
            eprintln!("rfalco: error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
