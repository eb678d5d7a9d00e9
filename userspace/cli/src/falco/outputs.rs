//! Where alerts go: stdout, a file, a program, syslog and an http server (Falco's
//! `stdout_output`, `file_output`, `program_output`, `syslog_output`, `http_output`), as Falco's text line or JSON object; and
//! the closing summary (`Events detected`, counts by severity and by rule) Falco prints when
//! it stops. The sinks run on the output thread (`queue.rs`); stdout is passed in by it.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context;

use super::http::{HttpSettings, HttpSink};
use super::queue::OutputCounters;
use super::syslog::{DEV_LOG, Syslog};
use rfalco_engine::{Alert, CompiledRule, JsonOptions};
use rfalco_rules::Priority;

/// A file alerts are appended to.
#[derive(Debug, Clone)]
pub struct FileSink {
    /// The file.
    pub path: PathBuf,
    /// Keep it open between alerts (else opened and closed for each).
    pub keep_alive: bool,
}

/// A program alerts are written to (its standard input), run with `sh -c`.
#[derive(Debug, Clone)]
pub struct ProgramSink {
    /// The command line.
    pub program: String,
    /// Keep one process for every alert (else one process per alert).
    pub keep_alive: bool,
}

/// How alerts are written.
#[derive(Debug, Clone, Default)]
pub struct OutputSettings {
    /// Print alerts on stdout.
    pub stdout: bool,
    /// Append alerts to a file.
    pub file: Option<FileSink>,
    /// Pipe alerts to a program.
    pub program: Option<ProgramSink>,
    /// Send alerts to the local syslog socket.
    pub syslog: bool,
    /// POST alerts to a server.
    pub http: Option<HttpSettings>,
    /// JSON objects instead of text lines.
    pub json: bool,
    /// Optional JSON properties.
    pub json_opts: JsonOptions,
    /// Flush after every alert.
    pub unbuffered: bool,
    /// The `hostname` of JSON alerts.
    pub hostname: String,
}

/// The alert writer. Stdout is not owned: each call gets it from the output thread.
#[derive(Debug)]
pub struct Outputs {
    settings: OutputSettings,
    line: String,
    file: Option<File>,
    program: Option<(Child, ChildStdin)>,
    syslog: Option<Syslog>,
    http: Option<HttpSink>,
    counters: Arc<OutputCounters>,
    /// Set by SIGUSR1: the file output is closed and opened again at the next alert (log
    /// rotation: the rotated file is left alone, a new one starts), as Falco does.
    reopen: Arc<AtomicBool>,
}

impl Outputs {
    /// The configured sinks (stdout is given to each call).
    pub fn new(settings: OutputSettings, counters: Arc<OutputCounters>) -> anyhow::Result<Self> {
        let reopen = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(signal_hook::consts::SIGUSR1, reopen.clone())
            .context("installing the SIGUSR1 handler")?;
        Ok(Outputs {
            http: http_sink(&settings, &counters)?,
            counters,
            line: String::with_capacity(1024),
            file: None,
            program: None,
            syslog: settings
                .syslog
                .then(|| Syslog::new(std::path::Path::new(DEV_LOG))),
            settings,
            reopen,
        })
    }

    /// Switches to new settings (a reload): the file and program of the old ones are closed
    /// first; what was written stays written.
    pub fn reconfigure(
        &mut self,
        settings: OutputSettings,
        out: &mut impl Write,
    ) -> anyhow::Result<()> {
        self.close(out)?;
        self.http = http_sink(&settings, &self.counters)?;
        self.syslog = settings
            .syslog
            .then(|| Syslog::new(std::path::Path::new(DEV_LOG)));
        self.settings = settings;
        Ok(())
    }

    /// Writes one alert to every enabled output.
    pub fn emit(&mut self, alert: &Alert, out: &mut impl Write) -> anyhow::Result<()> {
        self.line.clear();
        if self.settings.json {
            self.line.push_str(
                &alert
                    .to_json(&self.settings.hostname, self.settings.json_opts)
                    .to_string(),
            );
        } else {
            self.line.push_str(&alert.output);
        }
        if let Some(h) = self.http.as_mut() {
            h.send(&self.line, self.settings.json, out);
        }
        self.line.push('\n');
        if let Some(s) = self.syslog.as_mut() {
            s.send(alert.priority, alert.ts, &self.line);
        }
        self.write_line(out)
    }

    /// Writes a prepared line (`self.line`) to every enabled output.
    fn write_line(&mut self, out: &mut impl Write) -> anyhow::Result<()> {
        if self.settings.stdout {
            out.write_all(self.line.as_bytes())
                .context("writing an alert to stdout")?;
            if self.settings.unbuffered {
                out.flush().context("writing an alert to stdout")?;
            }
        }
        if let Some(f) = self.settings.file.clone() {
            self.write_file(&f)
                .with_context(|| format!("file_output: writing {}", f.path.display()))?;
        }
        if let Some(p) = self.settings.program.clone() {
            self.write_program(&p)
                .with_context(|| format!("program_output: writing to `{}`", p.program))?;
        }
        Ok(())
    }

    fn write_file(&mut self, f: &FileSink) -> std::io::Result<()> {
        if self.reopen.swap(false, Ordering::Relaxed) {
            self.file = None;
        }
        if self.file.is_none() {
            self.file = Some(OpenOptions::new().create(true).append(true).open(&f.path)?);
        }
        if let Some(file) = self.file.as_mut() {
            file.write_all(self.line.as_bytes())?;
        }
        if !f.keep_alive {
            self.file = None;
        }
        Ok(())
    }

    fn write_program(&mut self, p: &ProgramSink) -> anyhow::Result<()> {
        if self.program.is_none() {
            let mut child = Command::new("sh")
                .arg("-c")
                .arg(&p.program)
                .stdin(Stdio::piped())
                .spawn()
                .context("starting the program")?;
            let stdin = child.stdin.take().context("the program's stdin")?;
            self.program = Some((child, stdin));
        }
        if let Some((_, stdin)) = self.program.as_mut() {
            stdin.write_all(self.line.as_bytes())?;
        }
        if !p.keep_alive {
            self.close_program()?;
        }
        Ok(())
    }

    fn close_program(&mut self) -> anyhow::Result<()> {
        if let Some((mut child, stdin)) = self.program.take() {
            drop(stdin);
            let status = child.wait().context("waiting for the program")?;
            if !status.success() {
                eprintln!("rfalco: warning: program_output exited with {status}");
            }
        }
        Ok(())
    }

    /// Flushes buffered alerts and ends a kept-alive program.
    pub fn flush(&mut self, out: &mut impl Write) -> anyhow::Result<()> {
        out.flush().context("writing alerts to stdout")?;
        if let Some(f) = self.file.as_mut() {
            f.flush().context("file_output")?;
        }
        Ok(())
    }

    /// Ends the outputs: flushes, closes the file, waits for the program, reports alerts syslog
    /// did not take.
    pub fn close(&mut self, out: &mut impl Write) -> anyhow::Result<()> {
        self.flush(out)?;
        if let Some(s) = self.syslog.as_ref().filter(|s| s.failed > 0) {
            eprintln!(
                "rfalco: warning: syslog_output: {} alerts could not be sent to {DEV_LOG}",
                s.failed
            );
        }
        self.file = None;
        self.close_program()
    }
}

/// The http sink of the settings, if any.
fn http_sink(s: &OutputSettings, counters: &OutputCounters) -> anyhow::Result<Option<HttpSink>> {
    s.http
        .clone()
        .map(|h| HttpSink::new(h, counters.http.clone()))
        .transpose()
}

/// Writes Falco's closing summary to stdout: the number of alerts, then counts by severity
/// (most severe first) and by rule (in rule order), only for those that fired.
pub fn summary(
    out: &mut impl Write,
    rules: &[CompiledRule],
    per_rule: &[u64],
) -> anyhow::Result<()> {
    {
        let total: u64 = per_rule.iter().sum();
        let mut s = format!("Events detected: {total}\nRule counts by severity:\n");
        let prios = [
            Priority::Emergency,
            Priority::Alert,
            Priority::Critical,
            Priority::Error,
            Priority::Warning,
            Priority::Notice,
            Priority::Informational,
            Priority::Debug,
        ];
        for p in prios {
            let n: u64 = rules
                .iter()
                .zip(per_rule)
                .filter(|(r, _)| r.priority == p)
                .map(|(_, n)| n)
                .sum();
            if n > 0 {
                s.push_str(&format!("   {}: {n}\n", p.as_str().to_uppercase()));
            }
        }
        s.push_str("Triggered rules by rule name:\n");
        for (r, n) in rules.iter().zip(per_rule) {
            if *n > 0 {
                s.push_str(&format!("   {}: {n}\n", r.name));
            }
        }
        out.write_all(s.as_bytes())
            .and_then(|()| out.flush())
            .context("writing the summary to stdout")
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A plain alert numbered `n` (its message `m<n>`, its text line `line <n>`).
    pub(crate) fn alert(n: u32) -> Alert {
        Alert {
            ts: 0,
            rule: "r".into(),
            priority: Priority::Warning,
            source: "syscall".into(),
            tags: Vec::new(),
            message: format!("m{n}"),
            output: format!("line {n}"),
            output_fields: serde_json::Map::new(),
        }
    }

    #[test]
    fn file_output_appends_and_reopens_on_sigusr1() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("events.txt");
        let settings = OutputSettings {
            stdout: false,
            file: Some(FileSink {
                path: path.clone(),
                keep_alive: true,
            }),
            program: None,
            syslog: false,
            http: None,
            json: false,
            json_opts: JsonOptions::default(),
            unbuffered: true,
            hostname: "h".into(),
        };
        let mut out = Outputs::new(settings, Arc::default()).expect("outputs");
        let mut w = Vec::new();
        out.emit(&alert(1), &mut w).expect("emit");
        // Rotation: the file is moved away, SIGUSR1 arrives, the next alert starts a new file.
        let rotated = dir.path().join("events.txt.1");
        std::fs::rename(&path, &rotated).expect("rename");
        out.emit(&alert(2), &mut w).expect("emit");
        signal_hook::low_level::raise(signal_hook::consts::SIGUSR1).expect("raise");
        out.emit(&alert(3), &mut w).expect("emit");
        out.close(&mut w).expect("close");
        assert_eq!(
            std::fs::read_to_string(&rotated).expect("rotated"),
            "line 1\nline 2\n"
        );
        assert_eq!(std::fs::read_to_string(&path).expect("new"), "line 3\n");
    }

    #[test]
    fn program_output_gets_each_alert_on_stdin() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("prog.txt");
        let settings = OutputSettings {
            stdout: false,
            file: None,
            program: Some(ProgramSink {
                program: format!("cat >> {}", path.display()),
                keep_alive: false,
            }),
            syslog: false,
            http: None,
            json: true,
            json_opts: JsonOptions::default(),
            unbuffered: true,
            hostname: "h".into(),
        };
        let mut out = Outputs::new(settings, Arc::default()).expect("outputs");
        let mut w = Vec::new();
        out.emit(&alert(1), &mut w).expect("emit");
        out.emit(&alert(2), &mut w).expect("emit");
        out.close(&mut w).expect("close");
        let text = std::fs::read_to_string(&path).expect("program output");
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1]["output"], "line 2");
    }
}
