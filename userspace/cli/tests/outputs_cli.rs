//! The sensor's alert outputs seen from outside: the output queue that keeps a stuck sink
//! from stalling evaluation, http_output against a local server, the webserver, the metrics
//! and the alert additions (`append_output`, `static_fields`).

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn triggers() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/captures/vm/vm_kmod0.23.2_triggers.scap")
}

/// The sensor replaying the triggers capture with the built-in rules, stdout off unless a
/// test turns it on.
fn replay() -> Command {
    let mut c = Command::cargo_bin("rfalco").expect("binary");
    c.env("FALCO_HOSTNAME", "vm")
        .arg("-o")
        .arg("engine.kind=replay")
        .arg("-o")
        .arg(format!(
            "engine.replay.capture_file={}",
            triggers().display()
        ));
    c
}

fn opts(c: &mut Command, options: &[&str]) {
    for o in options {
        c.arg("-o").arg(o);
    }
}

struct Ran {
    stdout: String,
    stderr: String,
    took: Duration,
}

fn run_ok(c: &mut Command) -> Ran {
    let t = Instant::now();
    let out = c.output().expect("runs");
    let took = t.elapsed();
    let r = Ran {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        took,
    };
    assert!(
        out.status.success(),
        "exit {:?}\nstderr: {}",
        out.status,
        r.stderr
    );
    r
}

#[test]
fn a_program_output_that_never_reads_does_not_stall_the_replay() {
    // One process per alert that neither reads nor ends: the output thread is stuck in the
    // first alert, the one-slot queue fills, the rest are dropped and counted; the replay
    // ends, waits twice output_timeout for the stuck sink, and prints the full summary.
    let mut c = replay();
    opts(
        &mut c,
        &[
            "stdout_output.enabled=false",
            "program_output.enabled=true",
            "program_output.keep_alive=false",
            "program_output.program=exec sleep 30 >/dev/null 2>&1",
            "outputs_queue.capacity=1",
            "output_timeout=500",
        ],
    );
    let r = run_ok(&mut c);
    assert!(r.took < Duration::from_secs(10), "took {:?}", r.took);
    assert!(r.stdout.contains("Events detected: 10\n"), "{}", r.stdout);
    let dropped = r
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("rfalco: warning: outputs queue full: "))
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or_else(|| panic!("no drop report: {}", r.stderr));
    assert!((7..=9).contains(&dropped), "{dropped}: {}", r.stderr);
    assert!(
        r.stderr
            .contains("completed no alert within twice output_timeout (1000 ms)"),
        "{}",
        r.stderr
    );
}

#[test]
fn stdout_alerts_come_before_the_summary() {
    let mut c = replay();
    let r = run_ok(&mut c);
    let alerts = r
        .stdout
        .lines()
        .filter(|l| l.contains(": Error ") || l.contains(": Warning ") || l.contains(": Notice "))
        .count();
    assert_eq!(alerts, 10, "{}", r.stdout);
    let summary = r.stdout.find("Events detected: 10").expect("summary");
    let last_alert = r
        .stdout
        .rfind(": Notice ")
        .max(r.stdout.rfind(": Error "))
        .expect("alerts");
    assert!(last_alert < summary);
    assert!(!r.stderr.contains("dropped"), "{}", r.stderr);
}

/// A loopback http server: answers each request with 200 and hands (head, body) to the test.
fn http_server() -> (String, std::sync::mpsc::Receiver<(String, Vec<u8>)>) {
    use std::io::{BufRead, BufReader, Read, Write};
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/falco", l.local_addr().expect("addr"));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for conn in l.incoming() {
            let Ok(conn) = conn else { return };
            let mut r = BufReader::new(conn);
            loop {
                let (mut head, mut line) = (String::new(), String::new());
                while r.read_line(&mut line).map(|n| n > 0).unwrap_or(false) && line != "\r\n" {
                    head.push_str(&line);
                    line.clear();
                }
                if head.is_empty() {
                    break;
                }
                let len = head
                    .lines()
                    .filter_map(|l| l.split_once(':'))
                    .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                    .and_then(|(_, v)| v.trim().parse::<usize>().ok())
                    .unwrap_or(0);
                let mut body = vec![0; len];
                if r.read_exact(&mut body).is_err()
                    || r.get_mut()
                        .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                        .is_err()
                    || tx.send((head, body)).is_err()
                {
                    break;
                }
            }
        }
    });
    (url, rx)
}

#[test]
fn http_output_posts_every_alert_as_json() {
    let (url, rx) = http_server();
    let mut c = replay();
    let url_opt = format!("http_output.url={url}");
    opts(
        &mut c,
        &[
            "stdout_output.enabled=false",
            "json_output=true",
            "http_output.enabled=true",
            &url_opt,
        ],
    );
    let r = run_ok(&mut c);
    assert!(!r.stderr.contains("not supported yet"), "{}", r.stderr);
    let posts: Vec<(String, Vec<u8>)> = rx.try_iter().collect();
    assert_eq!(posts.len(), 10, "{}", r.stderr);
    for (head, body) in &posts {
        let head = head.to_ascii_lowercase();
        assert!(head.starts_with("post /falco http/1.1\r\n"), "{head}");
        assert!(head.contains("content-type: application/json"), "{head}");
        assert!(head.contains("user-agent: falcosecurity/falco"), "{head}");
        let v: serde_json::Value = serde_json::from_slice(body).expect("json body");
        assert_eq!(v["hostname"], "vm");
        assert!(
            v["rule"].is_string() && v["output_fields"].is_object(),
            "{v}"
        );
    }
    assert!(!r.stderr.contains("could not be sent"), "{}", r.stderr);
}

#[test]
fn http_output_sends_text_lines_when_json_is_off() {
    let (url, rx) = http_server();
    let mut c = replay();
    let url_opt = format!("http_output.url={url}");
    opts(
        &mut c,
        &[
            "stdout_output.enabled=false",
            "http_output.enabled=true",
            &url_opt,
        ],
    );
    run_ok(&mut c);
    let posts: Vec<(String, Vec<u8>)> = rx.try_iter().collect();
    assert_eq!(posts.len(), 10);
    let (head, body) = &posts[0];
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: text/plain"),
        "{head}"
    );
    let body = String::from_utf8_lossy(body);
    assert!(!body.ends_with('\n') && body.contains(": Error "), "{body}");
}

/// The number in `http_output: N alerts could not be sent`.
fn http_failures(stderr: &str) -> u64 {
    stderr
        .lines()
        .filter(|l| l.contains("could not be sent"))
        .find_map(|l| l.strip_prefix("rfalco: warning: http_output: "))
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no http failure report: {stderr}"))
}

#[test]
fn http_output_to_a_server_that_never_answers_ends_in_bounded_time() {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url_opt = format!("http_output.url=http://{}/", l.local_addr().expect("addr"));
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for c in l.incoming() {
            held.push(c);
        }
    });
    let mut c = replay();
    opts(
        &mut c,
        &[
            "stdout_output.enabled=true",
            "http_output.enabled=true",
            &url_opt,
            "output_timeout=300",
            "http_output.max_consecutive_timeouts=1",
        ],
    );
    let r = run_ok(&mut c);
    assert!(r.took < Duration::from_secs(10), "took {:?}", r.took);
    assert_eq!(http_failures(&r.stderr), 10, "{}", r.stderr);
    // The other sinks still got every alert.
    assert!(r.stdout.contains("Events detected: 10"), "{}", r.stdout);
    assert_eq!(r.stdout.matches(": Error ").count(), 6, "{}", r.stdout);
}

#[test]
fn http_output_to_a_refused_port_counts_failures() {
    // A port nobody listens on: bound, then closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let url_opt = format!("http_output.url=http://127.0.0.1:{port}/");
    let mut c = replay();
    opts(
        &mut c,
        &[
            "stdout_output.enabled=false",
            "http_output.enabled=true",
            &url_opt,
        ],
    );
    let r = run_ok(&mut c);
    assert!(r.took < Duration::from_secs(10), "took {:?}", r.took);
    assert_eq!(http_failures(&r.stderr), 10, "{}", r.stderr);
    assert_eq!(
        r.stderr.matches("could not POST an alert").count(),
        1,
        "{}",
        r.stderr
    );
}

fn bulk() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/captures/vm/vm_kmod0.23.2_bulk.scap.gz")
}

#[test]
fn metrics_snapshots_as_alerts_and_json_lines() {
    // The bulk capture takes longer than the 100 ms interval to replay (0.3 s in a release
    // build, seconds in a debug one), so snapshots are due during the run; snapshot.rs tests
    // the timing itself.
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("stats.jsonl");
    let mut c = Command::cargo_bin("rfalco").expect("binary");
    c.env("FALCO_HOSTNAME", "vm");
    let file_opt = format!("metrics.output_file={}", file.display());
    let capture = format!("engine.replay.capture_file={}", bulk().display());
    opts(
        &mut c,
        &[
            "engine.kind=replay",
            &capture,
            "json_output=true",
            "metrics.enabled=true",
            "metrics.interval=100ms",
            "metrics.output_rule=true",
            &file_opt,
        ],
    );
    let r = run_ok(&mut c);
    let snapshots: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .filter(|l| l.starts_with('{'))
        .filter_map(|l| serde_json::from_str(l).ok())
        .filter(|v: &serde_json::Value| v["rule"] == "Falco internal: metrics snapshot")
        .collect();
    assert!(!snapshots.is_empty(), "no snapshot: {}", r.stdout);
    let s = &snapshots[0];
    assert_eq!(s["priority"], "Informational");
    assert_eq!(s["source"], "internal");
    let f = &s["output_fields"];
    for key in [
        "evt.hostname",
        "falco.num_evts",
        "falco.evts_rate_sec",
        "falco.outputs_queue_num_drops",
        "falco.version",
        "scap.engine_name",
        "falco.rules.matches_total",
        "falco.memory_rss",
        "falco.kernel_release",
        "falco.host_num_cpus",
        "falco.n_threads",
        "falco.n_added_threads",
    ] {
        assert!(!f[key].is_null(), "{key} missing: {f}");
    }
    assert_eq!(f["evt.hostname"], "vm");
    assert_eq!(f["scap.engine_name"], "replay");
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&file)
        .expect("output_file")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), snapshots.len());
    assert_eq!(lines[0]["sample"], 1);
    assert!(lines[0]["output_fields"]["falco.num_evts"].is_u64());
    // Snapshot alerts are not rule matches: the summary counts the rules' alerts only.
    assert!(r.stdout.contains("Events detected: "), "{}", r.stdout);
    assert!(!r.stderr.contains("not supported yet"), "{}", r.stderr);
}

#[test]
fn the_webserver_answers_while_the_sensor_runs() {
    use std::io::BufRead;
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("rfalco"));
    let capture = format!("engine.replay.capture_file={}", bulk().display());
    for o in [
        "engine.kind=replay",
        capture.as_str(),
        "stdout_output.enabled=false",
        "webserver.enabled=true",
        "webserver.listen_address=127.0.0.1",
        "webserver.listen_port=0",
        "webserver.prometheus_metrics_enabled=true",
        "metrics.enabled=true",
        "metrics.interval=1h",
    ] {
        cmd.arg("-o").arg(o);
    }
    let mut child = cmd
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let stderr = child.stderr.take().expect("stderr");
    let mut lines = std::io::BufReader::new(stderr).lines();
    let addr = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| {
            l.strip_prefix("rfalco: webserver listening on ")
                .map(str::to_owned)
        })
        .expect("listening line");
    let get = |path: &str| {
        let mut r = ureq::get(&format!("http://{addr}{path}"))
            .call()
            .expect("answer");
        r.body_mut().read_to_string().expect("body")
    };
    assert_eq!(get("/healthz"), r#"{"status": "ok"}"#);
    let v: serde_json::Value = serde_json::from_str(&get("/versions")).expect("json");
    assert_eq!(v["engine_version_semver"], "0.57.0");
    let m = get("/metrics");
    assert!(
        m.contains("# TYPE falcosecurity_falco_num_evts_total counter"),
        "{m}"
    );
    assert!(
        m.contains("falcosecurity_falco_outputs_queue_num_drops_total 0"),
        "{m}"
    );
    let status = child.wait().expect("ends");
    assert!(status.success());
}

/// Falco's falco.yaml example for `append_output` and `static_fields`, with fields rfalco has.
const APPEND_CONFIG: &str = r#"
stdout_output:
  enabled: true
append_output:
  - match:
      source: syscall
    extra_output: "on CPU %evt.cpu"
    extra_fields:
      - home_directory: "${HOME}"
      - proc.pid
  - match:
      rule: Account Management Program Run
    extra_output: "(appended)"
  - match:
      tags: [nonexistent_tag]
    extra_output: "NEVER"
  - suggested_output: true
static_fields:
  foo: bar
"#;

fn append_run(json: bool) -> Ran {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = dir.path().join("falco.yaml");
    std::fs::write(&cfg, APPEND_CONFIG).expect("config");
    let mut c = replay();
    c.env("HOME", "/home/analyst").arg("-c").arg(&cfg);
    opts(
        &mut c,
        &[if json {
            "json_output=true"
        } else {
            "json_output=false"
        }],
    );
    run_ok(&mut c)
}

#[test]
fn append_output_extends_the_text_of_matching_rules() {
    let r = append_run(false);
    assert!(!r.stderr.contains("not supported yet"), "{}", r.stderr);
    let alerts: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains(": Error ") || l.contains(": Warning ") || l.contains(": Notice "))
        .collect();
    assert_eq!(alerts.len(), 10, "{}", r.stdout);
    for a in &alerts {
        // Every rule is a syscall rule; the static field is suggested by the last entry.
        let rest = a
            .split_once(") on CPU ")
            .map(|(_, r)| r)
            .unwrap_or_else(|| panic!("{a}"));
        let (cpu, tail) = rest.split_once(' ').expect("cpu");
        assert!(cpu.parse::<u32>().is_ok(), "{a}");
        let expected = if a.contains("Account management program started") {
            "(appended) static_foo=bar"
        } else {
            "static_foo=bar"
        };
        assert_eq!(tail, expected, "{a}");
        assert!(!a.contains("NEVER"));
    }
}

#[test]
fn append_output_extra_fields_and_static_fields_go_to_output_fields() {
    let r = append_run(true);
    let alerts: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(alerts.len(), 10);
    for a in &alerts {
        let f = &a["output_fields"];
        assert_eq!(f["home_directory"], "/home/analyst", "{a}");
        assert!(f["proc.pid"].is_u64(), "{a}");
        assert!(f["evt.cpu"].is_u64(), "{a}");
        assert_eq!(f["static.foo"], "bar", "{a}");
        // Extra fields are not in the text; extra_output is.
        let out = a["output"].as_str().expect("output");
        assert!(
            !out.contains("/home/analyst") && out.contains(" on CPU "),
            "{out}"
        );
    }
}

#[test]
fn a_bad_append_output_format_is_an_error_even_in_a_dry_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = dir.path().join("falco.yaml");
    std::fs::write(
        &cfg,
        "append_output:\n  - extra_output: \"%no.such_field\"\n",
    )
    .expect("config");
    let out = Command::cargo_bin("rfalco")
        .expect("binary")
        .arg("-c")
        .arg(&cfg)
        .arg("--dry-run")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("append_output[0].extra_output"), "{err}");
}
