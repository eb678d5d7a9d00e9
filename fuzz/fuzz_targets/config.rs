//! `falco.yaml` and `-o key=value` are user input: loading them must give a typed
//! configuration or a typed error naming the place, never a panic.
//!
//! Input: the file's text, then optionally a NUL byte and the `-o` arguments separated by NUL
//! bytes (argv strings cannot hold NUL). An empty file part means "no configuration file".
#![no_main]

use libfuzzer_sys::fuzz_target;
use rfalco_config::Config;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The file the text is written to, in a folder of this process's own.
fn main_file() -> &'static PathBuf {
    static P: OnceLock<PathBuf> = OnceLock::new();
    P.get_or_init(|| {
        // A memory file system when there is one: the file is rewritten for every input.
        let shm = std::path::Path::new("/dev/shm");
        let tmp = if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        let dir = tmp.join(format!("rfalco-fuzz-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary folder");
        dir.join("falco.yaml")
    })
}

/// Whether the input could make the loader read files outside the fuzzer's reach:
/// `config_files` merges any file or folder it names (`/proc/self/pagemap` would be read
/// whole), directly, through `${VAR}` expansion or through escapes. Such inputs keep to
/// relative names without `..`, which resolve in the fuzzer's own folder.
fn may_escape(data: &[u8]) -> bool {
    let text = String::from_utf8_lossy(data);
    if !text.contains("config_files") {
        return false;
    }
    if text.contains('/') || text.contains('\\') || text.contains("..") {
        return true;
    }
    // `${VAR}` expands from the environment, whose values hold paths.
    text.split("${").skip(1).any(|rest| {
        let name = rest.split('}').next().unwrap_or("");
        std::env::var(name).is_ok_and(|v| v.contains('/') || v.contains(".."))
    })
}

fuzz_target!(|data: &[u8]| {
    if may_escape(data) {
        return;
    }
    let mut parts = data.split(|&b| b == 0);
    let file = parts.next().unwrap_or_default();
    let overrides: Vec<String> = parts
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect();
    let path = if file.is_empty() {
        None
    } else {
        let path = main_file();
        if std::fs::write(path, file).is_err() {
            return;
        }
        Some(path.as_path())
    };
    match Config::load(path, &overrides) {
        Ok(loaded) => {
            let _ = loaded.config.enabled_plugins();
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
