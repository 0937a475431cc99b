//! HTTPS without a second program: with `[https] domain` set, the server obtains a
//! certificate for it from an ACME CA (Let's Encrypt by default), serves HTTPS with rustls
//! on `[https] listen`, answers the CA's challenges and redirects everything else to HTTPS
//! on the plain `listen`, and renews the certificate before it expires.
//!
//! The certificate and the ACME account live in `<data-dir>/acme/` ([`store`]); the one
//! being served sits behind [`Https`]'s resolver and is replaced whole when a new one
//! arrives, so handshakes in progress or to come never see a gap. Renewal is a background
//! loop on the app's [`Clock`] ([`renew`]): tests move a manual clock to drive it.

mod certificate;
mod challenge;
mod obtain;
mod renew;
mod settings;
mod store;

pub use certificate::{Certificate, CertificateError};
pub use challenge::Challenges;
pub use renew::{Attempt, Status};
pub use settings::{AcmeDirectory, EnvError, HttpsLayer, HttpsSettings};

use crate::clock::Clock;
use crate::domain::HostName;
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use tokio::net::TcpListener;

/// The built-in HTTPS of one server; cheap to clone.
#[derive(Clone)]
pub struct Https(Arc<Inner>);

struct Inner {
    domain: HostName,
    settings: HttpsSettings,
    store: store::Store,
    resolver: Arc<Resolver>,
    challenges: Challenges,
    clock: Clock,
    schedule: Mutex<renew::Schedule>,
}

impl Https {
    /// The built-in HTTPS when `settings` name a domain, with the stored certificate (if
    /// any) already being served; `None` without a domain.
    pub fn new(
        settings: &HttpsSettings,
        data_dir: &Path,
        clock: Clock,
    ) -> anyhow::Result<Option<Self>> {
        let Some(domain) = settings.domain.clone() else {
            return Ok(None);
        };
        let store = store::Store::new(data_dir);
        let resolver = Arc::new(Resolver::default());
        match store.certificate(domain.as_str())? {
            Some(pem) => match Certificate::from_pem(&pem) {
                Ok(certificate) => {
                    tracing::info!(%domain, valid_until = %certificate.not_after, "serving the stored certificate");
                    resolver.set(Arc::new(certificate));
                }
                Err(err) => {
                    tracing::warn!(%domain, error = %err, "the stored certificate cannot be used; obtaining a new one");
                }
            },
            None => tracing::info!(%domain, "no certificate yet; obtaining one"),
        }
        Ok(Some(Self(Arc::new(Inner {
            domain,
            settings: settings.clone(),
            store,
            resolver,
            challenges: Challenges::default(),
            clock,
            schedule: Mutex::new(renew::Schedule::default()),
        }))))
    }

    /// The domain certificates are obtained for.
    pub fn domain(&self) -> &HostName {
        &self.0.domain
    }

    /// The certificate being served, if there is one yet.
    pub fn current(&self) -> Option<Arc<Certificate>> {
        self.0.resolver.get()
    }

    /// The server's two listeners: `plain` answers challenges and redirects to HTTPS (at
    /// `secure`'s port), `secure` serves `app` over TLS with HSTS.
    pub fn listeners(
        &self,
        plain: TcpListener,
        secure: TcpListener,
        app: impl crate::serve::App,
    ) -> std::io::Result<Vec<crate::serve::Listener<crate::serve::BoxApp>>> {
        let port = secure.local_addr()?.port();
        let https_base = match port {
            443 => format!("https://{}", self.0.domain),
            port => format!("https://{}:{port}", self.0.domain),
        };
        let plain_router = challenge::plain_router(self.0.challenges.clone(), https_base);
        let resolver: Arc<dyn ResolvesServerCert> = self.0.resolver.clone();
        let tls = crate::serve::Tls::new(
            crate::serve::tls_config(resolver).map_err(std::io::Error::other)?,
            self.0.settings.handshake_timeout,
        );
        Ok(vec![
            crate::serve::Listener::plain(plain, crate::serve::boxed(plain_router)),
            crate::serve::Listener::tls(secure, self.secure(app), tls),
        ])
    }

    /// `app` with `Strict-Transport-Security` on every answer.
    fn secure(&self, app: impl crate::serve::App) -> crate::serve::BoxApp {
        let app = crate::serve::AsService(app);
        let value = format!("max-age={}", self.0.settings.hsts_max_age.as_secs());
        match http::HeaderValue::try_from(value) {
            Ok(value) => crate::serve::BoxApp::new(tower::Layer::layer(
                &tower_http::set_header::SetResponseHeaderLayer::overriding(
                    http::header::STRICT_TRANSPORT_SECURITY,
                    value,
                ),
                app,
            )),
            Err(_) => crate::serve::BoxApp::new(app),
        }
    }
}

/// Hands rustls the certificate being served: read at each handshake, replaced whole.
#[derive(Debug, Default)]
struct Resolver(RwLock<Option<Arc<Certificate>>>);

impl Resolver {
    fn set(&self, certificate: Arc<Certificate>) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = Some(certificate);
    }

    fn get(&self) -> Option<Arc<Certificate>> {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl ResolvesServerCert for Resolver {
    /// The one certificate, whatever name the client asks for (until the first is
    /// obtained, none: the handshake fails and the client may try again).
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        self.get().map(|c| c.certified.clone())
    }
}
