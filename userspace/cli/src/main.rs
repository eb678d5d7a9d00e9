//! `rfalco`: the command-line entry point.
#![forbid(unsafe_code)]

mod capture;
mod procscan;
mod progress;

use clap::{Parser, Subcommand};

/// rfalco: a Falco-compatible runtime security sensor.
#[derive(Debug, Parser)]
#[command(name = "rfalco", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
        Command::Capture(c) => capture::run(c),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
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
