//! Falco's `http_output`: each alert POSTed to `url`, the JSON object (`application/json`) or
//! the text line (`text/plain`). It runs on the output thread, so a slow or dead server costs
//! alerts (counted), never evaluation time. Each POST is bounded by half of `output_timeout`
//! (connect, send and answer), so that an alert and its one retry after a transport error
//! (refusal, timeout) fit in `output_timeout`; after `max_consecutive_timeouts`
//! alerts in a row failed, the server is left alone for a growing pause (1 s doubling up to
//! 30 s) during which alerts are counted as failed without a try, so a dead server cannot hold
//! the output thread for `output_timeout` per alert. Failures are logged once per burst.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use flate2::Compression;
use flate2::write::GzEncoder;
use rfalco_config::HttpOutput;
use ureq::Agent;
use ureq::tls::{Certificate, ClientCert, PemItem, PrivateKey, RootCerts, TlsConfig};

/// Where libcurl finds the system's certificate authorities on Debian-like hosts; used as the
/// trust store when `ca_cert` and `ca_bundle` are empty, as libcurl does.
const SYSTEM_BUNDLE: &str = "/etc/ssl/certs/ca-certificates.crt";
const FIRST_PAUSE: Duration = Duration::from_secs(1);
const MAX_PAUSE: Duration = Duration::from_secs(30);

/// The `http_output` settings: the configuration's, and the bound on each POST attempt.
#[derive(Debug, Clone)]
pub struct HttpSettings {
    /// `http_output` as configured (url, TLS options, echo, keep_alive, ...).
    pub output: HttpOutput,
    /// Bound on each POST attempt (connect, send, answer).
    pub timeout: Duration,
}

/// Counters of the sink, shared with the metrics and the exit report.
#[derive(Debug, Default)]
pub struct HttpCounters {
    /// Alerts the server accepted (2xx).
    pub sent: AtomicU64,
    /// Alerts that could not be delivered (error, timeout, non-2xx, or skipped while the
    /// server was left alone).
    pub failed: AtomicU64,
}

/// The sink.
#[derive(Debug)]
pub struct HttpSink {
    settings: HttpSettings,
    agent: Agent,
    counters: Arc<HttpCounters>,
    /// Alerts failed in a row.
    consecutive: u32,
    /// While set, alerts are not tried before this instant.
    paused_until: Option<Instant>,
    pause: Duration,
}

/// What one POST came to.
enum Outcome {
    Sent(String),
    /// Worth a second try (the request may not have reached the server).
    Transport(String),
    /// The server answered, with an error.
    Refused(String),
}

impl HttpSink {
    /// The sink; a certificate or key that cannot be read is an error here, at start.
    pub fn new(settings: HttpSettings, counters: Arc<HttpCounters>) -> anyhow::Result<HttpSink> {
        if settings.output.url.is_empty() {
            bail!("http_output.url is empty");
        }
        let tls = tls_config(&settings)?;
        let mut cfg = Agent::config_builder()
            .http_status_as_error(false)
            .user_agent(settings.output.user_agent.as_str())
            .timeout_connect(Some(settings.timeout))
            .timeout_global(Some(settings.timeout))
            .max_redirects(0)
            .tls_config(tls);
        if !settings.output.keep_alive {
            cfg = cfg.max_idle_connections(0).max_idle_connections_per_host(0);
        }
        Ok(HttpSink {
            agent: cfg.build().new_agent(),
            settings,
            counters,
            consecutive: 0,
            paused_until: None,
            pause: FIRST_PAUSE,
        })
    }

    /// Sends one alert (`body` without its line end); `out` gets the answer when `echo` is on.
    /// Never fails: failures are counted and logged.
    pub fn send(&mut self, body: &str, json: bool, out: &mut impl Write) {
        if let Some(until) = self.paused_until {
            if Instant::now() < until {
                self.counters.failed.fetch_add(1, Ordering::Relaxed);
                return;
            }
            self.paused_until = None;
        }
        let mut outcome = self.post(body, json);
        if matches!(outcome, Outcome::Transport(_)) {
            outcome = self.post(body, json);
        }
        match outcome {
            Outcome::Sent(answer) => {
                self.counters.sent.fetch_add(1, Ordering::Relaxed);
                if self.consecutive > 0 {
                    eprintln!(
                        "rfalco: http_output: delivering again to {} after {} failed alerts",
                        self.settings.output.url, self.consecutive
                    );
                }
                self.consecutive = 0;
                self.pause = FIRST_PAUSE;
                if self.settings.output.echo {
                    // Best effort: a closed stdout is reported by the stdout sink itself.
                    let _ = writeln!(out, "{}", answer.trim_end());
                }
            }
            Outcome::Transport(e) | Outcome::Refused(e) => {
                self.counters.failed.fetch_add(1, Ordering::Relaxed);
                if self.consecutive == 0 {
                    eprintln!(
                        "rfalco: warning: http_output: could not POST an alert to {}: {e}",
                        self.settings.output.url
                    );
                }
                self.consecutive += 1;
                if self.consecutive
                    >= u32::from(self.settings.output.max_consecutive_timeouts.max(1))
                {
                    eprintln!(
                        "rfalco: warning: http_output: {} alerts failed in a row; not trying \
                         {} for {} s",
                        self.consecutive,
                        self.settings.output.url,
                        self.pause.as_secs()
                    );
                    self.paused_until = Some(Instant::now() + self.pause);
                    self.pause = (self.pause * 2).min(MAX_PAUSE);
                    self.consecutive = 0;
                }
            }
        }
    }

    fn post(&self, body: &str, json: bool) -> Outcome {
        let ctype = if json {
            "application/json"
        } else {
            "text/plain"
        };
        let req = self
            .agent
            .post(self.settings.output.url.as_str())
            .header("Content-Type", ctype);
        let sent = if self.settings.output.compress_uploads {
            let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
            match gz.write_all(body.as_bytes()).and_then(|()| gz.finish()) {
                Ok(b) => req.header("Content-Encoding", "gzip").send(&b[..]),
                Err(e) => return Outcome::Refused(format!("compressing: {e}")),
            }
        } else {
            req.send(body)
        };
        match sent {
            Ok(mut resp) => {
                let status = resp.status();
                let answer = resp
                    .body_mut()
                    .with_config()
                    .limit(64 * 1024)
                    .read_to_string()
                    .unwrap_or_default();
                if status.is_success() {
                    Outcome::Sent(answer)
                } else {
                    Outcome::Refused(format!("HTTP status {}", status.as_u16()))
                }
            }
            Err(e) => Outcome::Transport(e.to_string()),
        }
    }
}

/// The TLS settings: trust store from `ca_cert`, `ca_bundle` and `ca_path` (the system bundle
/// when the first two are empty), a client certificate with `mtls`, no verification with
/// `insecure`.
fn tls_config(s: &HttpSettings) -> anyhow::Result<TlsConfig> {
    let mut roots: Vec<Certificate<'static>> = Vec::new();
    for (key, file) in [
        ("ca_cert", &s.output.ca_cert),
        ("ca_bundle", &s.output.ca_bundle),
    ] {
        if !file.is_empty() {
            roots.extend(
                certificates(Path::new(file)).with_context(|| format!("http_output.{key}"))?,
            );
        }
    }
    if s.output.ca_cert.is_empty()
        && s.output.ca_bundle.is_empty()
        && Path::new(SYSTEM_BUNDLE).is_file()
    {
        roots.extend(certificates(Path::new(SYSTEM_BUNDLE))?);
    }
    let dir = Path::new(&s.output.ca_path);
    if !s.output.ca_path.is_empty() && dir.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .with_context(|| format!("http_output.ca_path: reading {}", dir.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for f in files {
            // A directory of certificates may hold other files (keys, hashes): skipped.
            if let Ok(c) = certificates(&f) {
                roots.extend(c);
            }
        }
    }
    let mut b = TlsConfig::builder().disable_verification(s.output.insecure);
    if !roots.is_empty() {
        b = b.root_certs(RootCerts::from(roots));
    }
    if s.output.mtls {
        let chain =
            certificates(Path::new(&s.output.client_cert)).context("http_output.client_cert")?;
        let pem = std::fs::read(&s.output.client_key)
            .with_context(|| format!("http_output.client_key: reading {}", s.output.client_key))?;
        let key = PrivateKey::from_pem(&pem)
            .map_err(|e| anyhow::anyhow!("http_output.client_key: {}: {e}", s.output.client_key))?;
        b = b.client_cert(Some(ClientCert::new_with_certs(&chain, key)));
    }
    Ok(b.build())
}

/// The certificates of a PEM file; none is an error.
fn certificates(path: &Path) -> anyhow::Result<Vec<Certificate<'static>>> {
    let pem = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let mut certs = Vec::new();
    for item in ureq::tls::parse_pem(&pem) {
        if let Ok(PemItem::Certificate(c)) = item {
            certs.push(c);
        }
    }
    if certs.is_empty() {
        bail!("{}: no PEM certificate", path.display());
    }
    Ok(certs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader, Read};
    use std::net::TcpListener;
    use tokio_rustls::rustls;

    pub(crate) fn settings(url: String) -> HttpSettings {
        HttpSettings {
            output: HttpOutput {
                enabled: true,
                url,
                user_agent: "falcosecurity/falco".into(),
                insecure: false,
                ca_cert: String::new(),
                ca_bundle: String::new(),
                ca_path: String::new(),
                mtls: false,
                client_cert: String::new(),
                client_key: String::new(),
                echo: true,
                compress_uploads: false,
                keep_alive: true,
                max_consecutive_timeouts: 5,
            },
            timeout: Duration::from_millis(500),
        }
    }

    type Posts = std::sync::mpsc::Receiver<(String, Vec<u8>)>;

    /// Answers each request of one connection with `answer`, handing (head, body) to the
    /// test; false when the test is gone.
    fn serve<S: Read + Write>(
        conn: S,
        answer: &str,
        tx: &std::sync::mpsc::Sender<(String, Vec<u8>)>,
    ) -> bool {
        let mut r = BufReader::new(conn);
        loop {
            let mut head = String::new();
            let mut line = String::new();
            while r.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                if line == "\r\n" {
                    break;
                }
                head.push_str(&line);
                line.clear();
            }
            if head.is_empty() {
                return true;
            }
            let len = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length: ")
                        .map(str::to_owned)
                })
                .and_then(|n| n.trim().parse::<usize>().ok())
                .unwrap_or(0);
            let mut body = vec![0; len];
            if r.read_exact(&mut body).is_err() {
                return true;
            }
            let _ = write!(
                r.get_mut(),
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{answer}",
                answer.len()
            );
            let _ = r.get_mut().flush();
            if tx.send((head, body)).is_err() {
                return false;
            }
        }
    }

    /// A plain http server answering `answer`.
    fn server(answer: &'static str) -> (String, Posts) {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}/alerts", l.local_addr().expect("addr"));
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for conn in l.incoming() {
                let Ok(conn) = conn else { return };
                if !serve(conn, answer, &tx) {
                    return;
                }
            }
        });
        (url, rx)
    }

    #[test]
    fn posts_json_with_content_type_user_agent_and_echoes_the_answer() {
        let (url, rx) = server("thanks");
        let counters = Arc::new(HttpCounters::default());
        let mut sink = HttpSink::new(settings(url), counters.clone()).expect("sink");
        let mut out = Vec::new();
        sink.send(r#"{"rule":"r"}"#, true, &mut out);
        sink.send("a text line", false, &mut out);
        let (head, body) = rx.recv_timeout(Duration::from_secs(5)).expect("first");
        let head = head.to_ascii_lowercase();
        assert!(head.starts_with("post /alerts http/1.1"), "{head}");
        assert!(head.contains("content-type: application/json"), "{head}");
        assert!(head.contains("user-agent: falcosecurity/falco"), "{head}");
        assert_eq!(body, br#"{"rule":"r"}"#);
        let (head, body) = rx.recv_timeout(Duration::from_secs(5)).expect("second");
        assert!(
            head.to_ascii_lowercase()
                .contains("content-type: text/plain")
        );
        assert_eq!(body, b"a text line");
        assert_eq!(counters.sent.load(Ordering::Relaxed), 2);
        assert_eq!(String::from_utf8_lossy(&out), "thanks\nthanks\n");
    }

    #[test]
    fn compressed_uploads_are_gzip() {
        let (url, rx) = server("");
        let mut s = settings(url);
        s.output.compress_uploads = true;
        let mut sink = HttpSink::new(s, Arc::default()).expect("sink");
        sink.send("hello", false, &mut Vec::new());
        let (head, body) = rx.recv_timeout(Duration::from_secs(5)).expect("post");
        assert!(head.to_ascii_lowercase().contains("content-encoding: gzip"));
        let mut text = String::new();
        flate2::read::GzDecoder::new(&body[..])
            .read_to_string(&mut text)
            .expect("gzip");
        assert_eq!(text, "hello");
    }

    #[test]
    fn a_silent_server_is_bounded_and_then_left_alone() {
        // Accepts connections and never answers.
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}/", l.local_addr().expect("addr"));
        std::thread::spawn(move || {
            let mut held = Vec::new();
            for c in l.incoming() {
                held.push(c);
            }
        });
        let mut s = settings(url);
        s.output.max_consecutive_timeouts = 2;
        s.timeout = Duration::from_millis(200);
        let counters = Arc::new(HttpCounters::default());
        let mut sink = HttpSink::new(s, counters.clone()).expect("sink");
        let t = Instant::now();
        for _ in 0..50 {
            sink.send("x", false, &mut Vec::new());
        }
        // Two alerts tried twice each (4 x 200 ms), then 48 skipped during the pause.
        assert!(t.elapsed() < Duration::from_secs(3), "{:?}", t.elapsed());
        assert_eq!(counters.failed.load(Ordering::Relaxed), 50);
        assert_eq!(counters.sent.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn missing_client_certificate_is_an_error_at_start() {
        let mut s = settings("https://127.0.0.1:1/".into());
        s.output.mtls = true;
        s.output.client_cert = "/nonexistent/client.crt".into();
        let e = HttpSink::new(s, Arc::default()).expect_err("no cert");
        assert!(
            format!("{e:#}").contains("/nonexistent/client.crt"),
            "{e:#}"
        );
        let mut s = settings("https://127.0.0.1:1/".into());
        s.output.ca_cert = "/nonexistent/ca.crt".into();
        let e = HttpSink::new(s, Arc::default()).expect_err("no ca");
        assert!(format!("{e:#}").contains("http_output.ca_cert"), "{e:#}");
    }

    #[test]
    fn https_with_a_private_ca_and_a_client_certificate() {
        use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};
        // A private CA, a server certificate for 127.0.0.1 and a client certificate.
        let ca_key = KeyPair::generate().expect("key");
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("params");
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let ca_cert = ca_params.self_signed(&ca_key).expect("ca");
        let issuer = Issuer::from_params(&ca_params, &ca_key);
        let server_key = KeyPair::generate().expect("key");
        let server_cert = CertificateParams::new(vec!["127.0.0.1".to_owned()])
            .expect("params")
            .signed_by(&server_key, &issuer)
            .expect("server cert");
        let client_key = KeyPair::generate().expect("key");
        let client_cert = CertificateParams::new(vec!["rfalco".to_owned()])
            .expect("params")
            .signed_by(&client_key, &issuer)
            .expect("client cert");
        let dir = tempfile::tempdir().expect("tempdir");
        let write = |name: &str, text: String| {
            let p = dir.path().join(name);
            std::fs::write(&p, text).expect("write");
            p.display().to_string()
        };
        let ca_pem = write("ca.crt", ca_cert.pem());
        let client_crt = write("client.crt", client_cert.pem());
        let client_pem_key = write("client.key", client_key.serialize_pem());

        // A server that wants a client certificate signed by the CA.
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut roots = rustls::RootCertStore::empty();
        roots.add(ca_cert.der().clone()).expect("root");
        let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
            Arc::new(roots),
            provider.clone(),
        )
        .build()
        .expect("verifier");
        let cfg = Arc::new(
            rustls::ServerConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .expect("versions")
                .with_client_cert_verifier(verifier)
                .with_single_cert(
                    vec![CertificateDer::from(server_cert.der().to_vec())],
                    PrivateKeyDer::try_from(server_key.serialize_der()).expect("key der"),
                )
                .expect("server config"),
        );
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("https://{}/alerts", l.local_addr().expect("addr"));
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for conn in l.incoming() {
                let Ok(conn) = conn else { return };
                let Ok(tls) = rustls::ServerConnection::new(cfg.clone()) else {
                    return;
                };
                if !serve(rustls::StreamOwned::new(tls, conn), "ok", &tx) {
                    return;
                }
            }
        });

        let mut s = settings(url.clone());
        s.output.ca_cert = ca_pem.clone();
        s.output.mtls = true;
        s.output.client_cert = client_crt;
        s.output.client_key = client_pem_key;
        let counters = Arc::new(HttpCounters::default());
        let mut sink = HttpSink::new(s, counters.clone()).expect("sink");
        sink.send("over tls", false, &mut Vec::new());
        let (_, body) = rx.recv_timeout(Duration::from_secs(5)).expect("post");
        assert_eq!(body, b"over tls");
        assert_eq!(counters.sent.load(Ordering::Relaxed), 1);

        // Without the client certificate the server refuses; without the CA the client does.
        let mut no_client = settings(url.clone());
        no_client.output.ca_cert = ca_pem;
        let counters = Arc::new(HttpCounters::default());
        HttpSink::new(no_client, counters.clone())
            .expect("sink")
            .send("x", false, &mut Vec::new());
        assert_eq!(counters.failed.load(Ordering::Relaxed), 1);
        let counters = Arc::new(HttpCounters::default());
        HttpSink::new(settings(url), counters.clone())
            .expect("sink")
            .send("x", false, &mut Vec::new());
        assert_eq!(counters.failed.load(Ordering::Relaxed), 1);
        assert!(rx.try_recv().is_err(), "nothing got through");
    }
}
