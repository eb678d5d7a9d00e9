//! TLS for the webserver (`webserver.ssl_enabled`): the certificate and its private key from
//! one PEM file (`webserver.ssl_certificate`, as Falco reads it), and a listener that completes
//! each handshake in its own task, bounded in time, so that a client that connects and never
//! speaks cannot hold up the others.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::crypto::ring::default_provider;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::server::TlsStream;

/// How long a client has to complete the handshake.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Handshaken connections waiting for the server to take them.
const BACKLOG: usize = 64;

/// The server's TLS settings from a PEM file holding the certificate chain and the key.
pub fn server_config(pem: &Path) -> anyhow::Result<Arc<ServerConfig>> {
    let bytes = std::fs::read(pem)
        .with_context(|| format!("webserver.ssl_certificate: reading {}", pem.display()))?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<_, _>>()
        .with_context(|| format!("webserver.ssl_certificate: {}", pem.display()))?;
    if certs.is_empty() {
        bail!(
            "webserver.ssl_certificate: {}: no PEM certificate",
            pem.display()
        );
    }
    let key = PrivateKeyDer::from_pem_slice(&bytes).with_context(|| {
        format!(
            "webserver.ssl_certificate: {}: no PEM private key",
            pem.display()
        )
    })?;
    let cfg = ServerConfig::builder_with_provider(Arc::new(default_provider()))
        .with_safe_default_protocol_versions()
        .context("webserver: TLS versions")?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .with_context(|| format!("webserver.ssl_certificate: {}", pem.display()))?;
    Ok(Arc::new(cfg))
}

/// A listener handing out connections whose TLS handshake completed.
#[derive(Debug)]
pub struct TlsListener {
    ready: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    addr: SocketAddr,
}

impl TlsListener {
    /// Starts accepting on `tcp`; must run inside the webserver's runtime.
    pub fn new(tcp: TcpListener, cfg: Arc<ServerConfig>) -> std::io::Result<TlsListener> {
        let addr = tcp.local_addr()?;
        let (tx, ready) = mpsc::channel(BACKLOG);
        let acceptor = TlsAcceptor::from(cfg);
        tokio::spawn(async move {
            loop {
                let (stream, peer) = match tcp.accept().await {
                    Ok(c) => c,
                    // Out of descriptors and the like: wait a little rather than spin.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                };
                let acceptor = acceptor.clone();
                let tx = tx.clone();
                tokio::spawn(async move {
                    if let Ok(Ok(tls)) =
                        tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await
                    {
                        // The server is gone when the receiver is: nothing to do.
                        let _ = tx.send((tls, peer)).await;
                    }
                });
            }
        });
        Ok(TlsListener { ready, addr })
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(c) => c,
            // The accepting task ended (it never does on its own): no more connections.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.addr)
    }
}
