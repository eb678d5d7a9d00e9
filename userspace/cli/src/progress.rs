//! A progress bar on stderr for long files, shown only when stderr is a terminal.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

/// Progress over `total` bytes of input; hidden unless stderr is a terminal and the file is big.
pub fn bytes(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() || total < (8 << 20) {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}
