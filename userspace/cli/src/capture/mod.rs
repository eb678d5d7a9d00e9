//! `rfalco capture ...`: capture file tools.

mod convert;
mod info;
mod print;

use std::path::PathBuf;

use clap::Subcommand;

/// Capture file subcommands.
#[derive(Debug, Subcommand)]
pub enum CaptureCommand {
    /// Summarise a capture: format, machine, blocks, events per type, time span, tables.
    Info {
        /// Capture file (.scap, plain or gzip).
        file: PathBuf,
    },
    /// Print one line per event, like `sysdig -r FILE [-p FORMAT]`.
    Print {
        /// Output format with %field substitutions; a leading '*' prints events with undefined
        /// fields too (as <NA>). Default: sysdig's line format.
        #[arg(short = 'p', long = "print")]
        format: Option<String>,
        /// One JSON object per event instead of text.
        #[arg(short = 'j', long = "json")]
        json: bool,
        /// Capture file (.scap, plain or gzip).
        file: PathBuf,
    },
    /// Rewrite a capture in the current format (old events upgraded).
    Convert {
        /// Input capture.
        input: PathBuf,
        /// Output capture.
        output: PathBuf,
        /// Write it uncompressed (default: gzip, as Falco writes captures).
        #[arg(long)]
        no_compress: bool,
    },
}

/// Runs a capture subcommand.
pub fn run(cmd: CaptureCommand) -> anyhow::Result<()> {
    match cmd {
        CaptureCommand::Info { file } => info::run(&file),
        CaptureCommand::Print { format, json, file } => print::run(&file, format.as_deref(), json),
        CaptureCommand::Convert {
            input,
            output,
            no_compress,
        } => convert::run(&input, &output, !no_compress),
    }
}
