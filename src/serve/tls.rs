//! TLS on the server loop: the handshake of an admitted connection (under its own timeout,
//! the connection's place under the caps held meanwhile), then the same HTTP/1.1 serving,
//! watchdog and shutdown as a plain connection. Certificates come from a resolver (the
//! built-in HTTPS of `crate::acme`), so a renewed one serves the next handshake.

use super::caps::Permit;
use super::connection::{self, Timeouts};
use rustls::server::ResolvesServerCert;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpStream;
use tokio::sync::watch;

/// How a listener's connections are secured.
#[derive(Clone)]
pub struct Tls {
    acceptor: tokio_rustls::TlsAcceptor,
    handshake_timeout: Duration,
}

impl Tls {
    /// Connections get `config`, and `handshake_timeout` to complete the handshake.
    pub fn new(config: Arc<rustls::ServerConfig>, handshake_timeout: Duration) -> Self {
        Self {
            acceptor: tokio_rustls::TlsAcceptor::from(config),
            handshake_timeout,
        }
    }
}

/// TLS 1.2 and 1.3 on ring (the provider the rest of the tree uses), certificates from
/// `resolver`, HTTP/1.1 announced by ALPN (the only HTTP the server speaks).
pub fn tls_config(
    resolver: Arc<dyn ResolvesServerCert>,
) -> Result<Arc<rustls::ServerConfig>, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_cert_resolver(resolver);
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// Completes the handshake, then serves the connection like a plain one.
#[expect(
    clippy::too_many_arguments,
    reason = "the plain connection's arguments plus the TLS settings"
)]
pub async fn serve<S: super::App>(
    stream: TcpStream,
    peer: SocketAddr,
    tls: Tls,
    app: S,
    http: hyper::server::conn::http1::Builder,
    timeouts: Timeouts,
    stop: watch::Receiver<bool>,
    permit: Permit,
) {
    let stream =
        match tokio::time::timeout(tls.handshake_timeout, tls.acceptor.accept(stream)).await {
            Ok(Ok(stream)) => stream,
            Ok(Err(err)) => {
                tracing::debug!(%peer, error = %err, "TLS handshake failed");
                return;
            }
            Err(_) => {
                tracing::debug!(%peer, "closing a connection whose TLS handshake is too slow");
                return;
            }
        };
    connection::serve(stream, peer, app, http, timeouts, stop, permit).await;
}
