//! Falco's `webserver`: a health endpoint (`k8s_healthz_endpoint`, `{"status": "ok"}`),
//! `/versions` and, with `prometheus_metrics_enabled` and `metrics.enabled`, `/metrics` in
//! Prometheus text format; over TLS with `ssl_enabled` (tls.rs). It runs on a single-threaded
//! tokio runtime on its own thread, so it never takes time from rule evaluation; it reads the
//! shared counters only.

use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;

use anyhow::Context;
use axum::Router;
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use axum::routing::get;

use super::metrics::{Groups, SensorMetrics, versions};
use super::tls::{TlsListener, server_config};

/// The `webserver` settings rfalco acts on.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// The address to listen on.
    pub listen_address: String,
    /// The port (0: any free port, reported at start).
    pub listen_port: u16,
    /// The health endpoint's path.
    pub healthz: String,
    /// Serve `/metrics`.
    pub prometheus: bool,
    /// The metric groups `/metrics` carries.
    pub groups: Groups,
    /// Serve HTTPS with the certificate and key of this PEM file (`ssl_enabled`).
    pub ssl_certificate: Option<std::path::PathBuf>,
}

/// A running webserver.
#[derive(Debug)]
pub struct Webserver {
    /// Where it listens.
    pub addr: SocketAddr,
}

/// The Prometheus text format's content type.
const PROMETHEUS_TEXT: &str = "text/plain; version=0.0.4; charset=utf-8";

impl Webserver {
    /// Binds now (an address in use is an error at start) and serves on its own thread.
    pub fn start(s: &WebSettings, metrics: Arc<SensorMetrics>) -> anyhow::Result<Webserver> {
        let host = s
            .listen_address
            .trim_start_matches('[')
            .trim_end_matches(']');
        let listener = TcpListener::bind((host, s.listen_port)).with_context(|| {
            format!(
                "webserver: listening on {}:{}",
                s.listen_address, s.listen_port
            )
        })?;
        listener
            .set_nonblocking(true)
            .context("webserver: socket mode")?;
        let addr = listener.local_addr().context("webserver: local address")?;
        let tls = s
            .ssl_certificate
            .as_deref()
            .map(server_config)
            .transpose()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .context("webserver: starting its runtime")?;
        let app = router(s, metrics);
        std::thread::Builder::new()
            .name("rfalco-webserver".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let served = match (tokio::net::TcpListener::from_std(listener), tls) {
                        (Ok(l), None) => axum::serve(l, app).await,
                        (Ok(l), Some(cfg)) => match TlsListener::new(l, cfg) {
                            Ok(l) => axum::serve(l, app).await,
                            Err(e) => Err(e),
                        },
                        (Err(e), _) => Err(e),
                    };
                    if let Err(e) = served {
                        eprintln!("rfalco: warning: webserver stopped: {e}");
                    }
                });
            })
            .context("webserver: starting its thread")?;
        Ok(Webserver { addr })
    }
}

fn router(s: &WebSettings, metrics: Arc<SensorMetrics>) -> Router {
    let mut app = Router::new()
        .route(
            &s.healthz,
            get(|| async { ([(CONTENT_TYPE, "application/json")], r#"{"status": "ok"}"#) }),
        )
        .route(
            "/versions",
            get(|| async { ([(CONTENT_TYPE, "application/json")], versions().to_string()) }),
        );
    if s.prometheus {
        let groups = s.groups;
        app =
            app.route(
                "/metrics",
                get(move || {
                    let m = metrics.clone();
                    async move {
                        ([(CONTENT_TYPE, PROMETHEUS_TEXT)], m.prometheus(groups)).into_response()
                    }
                }),
            );
    }
    app
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::falco::queue::OutputCounters;
    use std::io::Write;
    use std::process::{Command, Stdio};
    use std::sync::atomic::Ordering;

    fn settings(prometheus: bool) -> WebSettings {
        WebSettings {
            listen_address: "127.0.0.1".into(),
            listen_port: 0,
            healthz: "/healthz".into(),
            prometheus,
            groups: Groups {
                per_cpu: true,
                ..Groups::default()
            },
            ssl_certificate: None,
        }
    }

    fn get(url: &str) -> (u16, String, String) {
        let mut r = ureq::get(url)
            .config()
            .http_status_as_error(false)
            .build()
            .call()
            .expect("request");
        let ctype = r
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let body = r.body_mut().read_to_string().expect("body");
        (r.status().as_u16(), ctype, body)
    }

    fn metrics() -> Arc<SensorMetrics> {
        let m = Arc::new(SensorMetrics::new(
            Arc::new(OutputCounters::default()),
            "vm".into(),
            "kmod",
        ));
        m.num_evts.store(1234, Ordering::Relaxed);
        m.outputs.queue_drops.store(7, Ordering::Relaxed);
        m.outputs.queued.store(10, Ordering::Relaxed);
        m.outputs.written.store(6, Ordering::Relaxed);
        m.set_latency(vec![("kernel_to_alert", [1500, 99000, 999000])]);
        m.kernel.live.store(true, Ordering::Relaxed);
        m.kernel.n_evts.store(5000, Ordering::Relaxed);
        m.kernel.n_drops_buffer.store(3, Ordering::Relaxed);
        m.state.publish(
            &rfalco_state::Stats {
                threads_added: 40,
                ..rfalco_state::Stats::default()
            },
            12,
        );
        if let Ok(mut c) = m.kernel.per_cpu.lock() {
            *c = vec![
                crate::live::CpuCounters {
                    cpu: 0,
                    n_evts: 3000,
                    n_drops_buffer: 1,
                    n_drops_pf: 0,
                },
                crate::live::CpuCounters {
                    cpu: 1,
                    n_evts: 2000,
                    n_drops_buffer: 2,
                    n_drops_pf: 0,
                },
            ];
        }
        let rules = rfalco_rules::load([(
            "t.yaml",
            "- rule: Shell spawned\n  desc: d\n  condition: evt.type = execve\n  output: x\n  priority: WARNING\n  tags: [host, mitre-execution]\n",
        )]);
        let ruleset = rules.ruleset.as_ref().expect("rules");
        let engine =
            rfalco_engine::Engine::new(ruleset, |_| true, Default::default()).expect("engine");
        m.set_rules(engine.rules());
        m.set_matches(&[2]);
        m
    }

    #[test]
    fn health_versions_and_metrics() {
        let w = Webserver::start(&settings(true), metrics()).expect("starts");
        let base = format!("http://{}", w.addr);
        let (status, ctype, body) = get(&format!("{base}/healthz"));
        assert_eq!(
            (status, ctype.as_str(), body.as_str()),
            (200, "application/json", r#"{"status": "ok"}"#)
        );
        let (status, _, body) = get(&format!("{base}/versions"));
        assert_eq!(status, 200);
        let v: serde_json::Value = serde_json::from_str(&body).expect("json");
        assert_eq!(v["falco_version"], "0.44.1");
        assert_eq!(v["engine_version_semver"], "0.57.0");
        let (status, ctype, body) = get(&format!("{base}/metrics"));
        assert_eq!(status, 200);
        assert!(ctype.starts_with("text/plain; version=0.0.4"), "{ctype}");
        for line in [
            "falcosecurity_falco_outputs_queue_num_drops_total 7",
            "falcosecurity_falco_num_evts_total 1234",
            "falcosecurity_scap_n_evts_total 5000",
            "falcosecurity_scap_n_drops_total 3",
            "falcosecurity_falco_rules_matches_total{priority=\"4\",rule_name=\"Shell spawned\",source=\"syscall\",tag_host=\"true\",tag_mitre_execution=\"true\"} 2",
            "falcosecurity_falco_version_info{version=\"0.44.1\"} 1",
            "falcosecurity_scap_n_evts_cpu_total{cpu=\"1\"} 2000",
            "falcosecurity_scap_n_drops_cpu_total{cpu=\"1\"} 2",
            "falcosecurity_scap_n_threads_total 12",
            "falcosecurity_scap_n_added_threads_total 40",
            "# TYPE falcosecurity_scap_n_threads_total gauge",
            "falcosecurity_rfalco_outputs_queue_depth 4",
            "falcosecurity_rfalco_stage_latency_nanoseconds{stage=\"kernel_to_alert\",quantile=\"0.99\"} 99000",
            "falcosecurity_rfalco_stage_latency_nanoseconds{stage=\"kernel_to_alert\",quantile=\"0.999\"} 999000",
        ] {
            assert!(body.lines().any(|l| l == line), "{line} missing:\n{body}");
        }
        promtool_check(&body);
        let (status, _, _) = get(&format!("{base}/nothing"));
        assert_eq!(status, 404);
    }

    #[test]
    fn metrics_are_not_served_unless_enabled_and_the_health_path_is_configurable() {
        let mut s = settings(false);
        s.healthz = "/ready".into();
        let w = Webserver::start(&s, metrics()).expect("starts");
        let base = format!("http://{}", w.addr);
        assert_eq!(get(&format!("{base}/ready")).0, 200);
        assert_eq!(get(&format!("{base}/metrics")).0, 404);
    }

    #[test]
    fn an_address_in_use_is_an_error_at_start() {
        let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let mut s = settings(false);
        s.listen_port = taken.local_addr().expect("addr").port();
        let e = Webserver::start(&s, metrics()).expect_err("in use");
        assert!(format!("{e:#}").contains("webserver"), "{e:#}");
    }

    #[test]
    fn https_with_the_certificate_and_key_of_one_pem_file() {
        let cert =
            rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).expect("certificate");
        let dir = tempfile::tempdir().expect("tempdir");
        let pem = dir.path().join("falco.pem");
        std::fs::write(
            &pem,
            format!("{}{}", cert.signing_key.serialize_pem(), cert.cert.pem()),
        )
        .expect("pem");
        let mut s = settings(false);
        s.ssl_certificate = Some(pem);
        let w = Webserver::start(&s, metrics()).expect("starts");
        let root = ureq::tls::Certificate::from_der(cert.cert.der()).to_owned();
        let agent = ureq::Agent::config_builder()
            .tls_config(
                ureq::tls::TlsConfig::builder()
                    .root_certs(ureq::tls::RootCerts::from([root]))
                    .build(),
            )
            .build()
            .new_agent();
        let mut r = agent
            .get(&format!("https://{}/healthz", w.addr))
            .call()
            .expect("https answer");
        assert_eq!(
            r.body_mut().read_to_string().expect("body"),
            r#"{"status": "ok"}"#
        );
        // A client that does not trust the certificate is refused.
        assert!(
            ureq::get(&format!("https://{}/healthz", w.addr))
                .call()
                .is_err()
        );
    }

    #[test]
    fn a_pem_file_without_a_key_is_an_error_at_start() {
        let cert =
            rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).expect("certificate");
        let dir = tempfile::tempdir().expect("tempdir");
        let pem = dir.path().join("falco.pem");
        std::fs::write(&pem, cert.cert.pem()).expect("pem");
        let mut s = settings(false);
        s.ssl_certificate = Some(pem);
        let e = Webserver::start(&s, metrics()).expect_err("no key");
        assert!(format!("{e:#}").contains("no PEM private key"), "{e:#}");
    }

    /// `promtool check metrics` on the exposition; it must be installed (`make test` installs
    /// it) unless RFALCO_SKIP_PROMTOOL=1 says otherwise. The text must parse; of promtool's
    /// naming advice, only what Falco's own metric names draw (nanosecond timestamps, gauges
    /// ending in `_total`), kept for compatibility with Falco's dashboards, is accepted.
    fn promtool_check(text: &str) {
        if std::env::var("RFALCO_SKIP_PROMTOOL").as_deref() == Ok("1") {
            eprintln!("promtool check skipped: RFALCO_SKIP_PROMTOOL=1");
            return;
        }
        let mut child = Command::new("promtool")
            .args(["check", "metrics"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("promtool (Debian package prometheus; RFALCO_SKIP_PROMTOOL=1 to skip)");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write");
        let out = child.wait_with_output().expect("promtool runs");
        let report = String::from_utf8_lossy(&out.stdout);
        // Exit 3: lint problems only (the text parsed), listed on stdout.
        let only_falco_names = out.status.code() == Some(3)
            && report.lines().filter(|l| !l.trim().is_empty()).all(|l| {
                let falco_names = [
                    (
                        "falcosecurity_falco_",
                        "use base unit \"seconds\" instead of \"nanoseconds\"",
                    ),
                    (
                        "falcosecurity_falco_host_num_cpus_total",
                        "non-counter metrics should not have \"_total\" suffix",
                    ),
                    (
                        "falcosecurity_scap_n_threads_total",
                        "non-counter metrics should not have \"_total\" suffix",
                    ),
                ];
                falco_names
                    .iter()
                    .any(|(name, advice)| l.starts_with(name) && l.ends_with(advice))
            });
        assert!(
            out.status.success() || only_falco_names,
            "promtool: {}{}\n{text}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
