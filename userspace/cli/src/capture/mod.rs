//! `rfalco capture ...`: capture file tools.

mod convert;
mod info;
mod print;
mod record;

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
        /// fields too (as `<NA>`). Default: sysdig's line format.
        #[arg(short = 'p', long = "print")]
        format: Option<String>,
        /// One JSON object per event instead of text.
        #[arg(short = 'j', long = "json")]
        json: bool,
        /// Capture file (.scap, plain or gzip).
        file: PathBuf,
        /// A filter in Falco's condition language: only matching events print
        /// (e.g. `evt.type=openat and fd.name startswith /etc`).
        #[arg(num_args = 0.., trailing_var_arg = true)]
        filter: Vec<String>,
    },
    /// Record a live capture from falco.ko's rings (root; the module must be loaded).
    Record {
        /// Output capture.
        #[arg(short = 'w', long = "write")]
        output: PathBuf,
        /// Stop after this many seconds (default: until SIGINT/SIGTERM).
        #[arg(long)]
        duration: Option<f64>,
        /// Device path prefix: devices are PREFIX0, PREFIX1, ... one per CPU.
        #[arg(long, default_value = "/dev/falco")]
        device_prefix: String,
        /// Module name (for its parameters under /sys/module).
        #[arg(long, default_value = "falco")]
        module: String,
        /// Bytes of I/O buffers captured per event.
        #[arg(long, default_value_t = scap_format::abi::ring::SNAPLEN_DEFAULT)]
        snaplen: u32,
        /// Write it uncompressed (default: gzip).
        #[arg(long)]
        no_compress: bool,
        /// Also print each event as it arrives (sysdig's line format).
        #[arg(long)]
        print: bool,
        /// Format of the printed lines (with --print), as `capture print -p` takes it.
        #[arg(short = 'p', long = "format", requires = "print")]
        format: Option<String>,
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
        CaptureCommand::Print {
            format,
            json,
            file,
            filter,
        } => print::run(&file, format.as_deref(), json, &filter.join(" ")),
        CaptureCommand::Record {
            output,
            duration,
            device_prefix,
            module,
            snaplen,
            no_compress,
            print,
            format,
        } => record::run(&record::Options {
            output: &output,
            duration,
            device_prefix: &device_prefix,
            module: &module,
            snaplen,
            gzip: !no_compress,
            print,
            format: format.as_deref(),
        }),
        CaptureCommand::Convert {
            input,
            output,
            no_compress,
        } => convert::run(&input, &output, !no_compress),
    }
}
