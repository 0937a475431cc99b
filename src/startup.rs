//! Building and running the application: the table of contents of the web server.

use crate::clock::Clock;
use crate::config::Config;
use crate::events;
use crate::i18n::Catalog;
use crate::mail::Transport;
use crate::middleware::AroundLayer;
use crate::registration::LinkKey;
use crate::site::{self, Assets};
use crate::state::{AppState, StateParts};
use crate::storage::Database;
use axum::Router;
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::services::ServeDir;
use tower_http::trace::TraceLayer;

/// How long stopping may wait for the job worker once the connections are done, and for
/// the database to close: a failing disk or an unreachable PostgreSQL must not keep the
/// process from stopping. The worker is told to stop when shutdown begins, so it finishes
/// the mail in hand (none sent twice after a restart) while connections drain.
const STOP_WAIT: Duration = Duration::from_secs(5);

/// A bound, ready-to-run server.
pub struct Application {
    listener: TcpListener,
    /// The built-in HTTPS and its listener, when `[https] domain` is set.
    https: Option<(crate::acme::Https, TcpListener)>,
    state: AppState,
    background_jobs: bool,
    /// The demo's mailbox, and who may read it (`convene demo` only).
    demo: Option<crate::mail::demo_mailbox::Access>,
}

impl Application {
    /// Connects storage, loads strings and assets, and binds the listener (port 0 picks a
    /// free port; see [`Application::port`]).
    pub async fn build(config: Config, clock: Clock) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&config.data_dir).map_err(|e| {
            anyhow::anyhow!(
                "cannot create the data folder {}: {e}",
                config.data_dir.display()
            )
        })?;
        let db = Database::connect(&config.database_url()).await?;
        if db.upgrade_search_index().await? {
            tracing::info!("the search index was rebuilt in the current format");
        }
        let revision = db.content_revision().await?;
        let catalog = Catalog::load()?;
        let assets = Assets::load();
        let listener = TcpListener::bind(config.listen).await.map_err(|e| {
            anyhow::anyhow!(
                "cannot listen on {}: {e}; is another server using it?",
                config.listen
            )
        })?;
        let https = match crate::acme::Https::new(&config.https, &config.data_dir, clock.clone())? {
            Some(https) => Some((https, bind_https(config.https.listen).await?)),
            None => None,
        };
        let link_key = load_or_create_key(&config)?;
        let transport = match &config.smtp_url {
            Some(url) => Transport::smtp(
                secrecy::ExposeSecret::expose_secret(url),
                config.mail_per_second,
            )?,
            None => Transport::Files(config.mail_dir()),
        };
        let cluster = match &config.nats_url {
            Some(url) => crate::cluster::Cluster::connect(url).await?,
            None => crate::cluster::Cluster::alone(),
        };
        let mut state = AppState::new(StateParts {
            config,
            db,
            clock,
            catalog,
            assets,
            revision,
            link_key,
            transport,
            cluster,
        });
        state.media = state.config.media_store()?;
        crate::media::check_at_start(&state).await?;
        Ok(Self {
            listener,
            https,
            state,
            background_jobs: true,
            demo: None,
        })
    }

    /// Adds the demo's pages (the mailbox that shows the mail written to files): open to
    /// this machine when listening on loopback, else behind a random token.
    pub fn with_demo_pages(mut self) -> Self {
        let listen = self
            .listener
            .local_addr()
            .map_or(self.state.config.listen.ip(), |a| a.ip());
        self.demo = Some(crate::mail::demo_mailbox::Access::for_listen(listen));
        self
    }

    /// Whether the demo's pages are routed.
    pub fn has_demo_pages(&self) -> bool {
        self.demo.is_some()
    }

    /// The demo mailbox's path with the query that opens it (`/demo/mail?token=…`).
    pub fn demo_mailbox(&self) -> Option<String> {
        self.demo
            .as_ref()
            .map(|access| format!("/demo/mail{}", access.query()))
    }

    /// Starts no job worker: the caller runs due jobs itself (`jobs::run_due`; tests do, so
    /// they see one exact state).
    pub fn without_background_jobs(mut self) -> Self {
        self.background_jobs = false;
        self
    }

    /// The port actually bound.
    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    /// The HTTPS port actually bound, with the built-in HTTPS.
    pub fn https_port(&self) -> Option<u16> {
        let (_, listener) = self.https.as_ref()?;
        listener.local_addr().ok().map(|a| a.port())
    }

    /// The built-in HTTPS (its certificate and renewal), when configured.
    pub fn https(&self) -> Option<&crate::acme::Https> {
        self.https.as_ref().map(|(https, _)| https)
    }

    /// The shared state (for tests and commands that act alongside the server).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until Ctrl-C or SIGTERM.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `shutdown` completes, then lets in-flight requests finish for the
    /// configured grace (dropping those still running), and closes the database.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let watcher = tokio::spawn(site::freshness::watch(self.state.clone()));
        let hall = tokio::spawn(self.state.hall.clone().run());
        // Open hall streams never end by themselves: end them when shutdown begins, so the
        // server can finish the other requests and stop.
        let hub = self.state.hall.hub.clone();
        let (stop_jobs, jobs_stop) = tokio::sync::watch::channel(false);
        let shutdown = async move {
            shutdown.await;
            hub.close();
            let _ = stop_jobs.send(true);
        };
        let jobs = self
            .background_jobs
            .then(|| tokio::spawn(crate::jobs::Worker::new(self.state.clone()).run(jobs_stop)));
        let db = self.state.db.clone();
        let windows = self.state.hall.windows.clone();
        let attendance = self.state.hall.attendance.clone();
        let settings = self.state.config.server.clone();
        let busy_text = busy_text(&self.state.catalog);
        let routes = match self.demo {
            Some(access) => router_with(
                self.state.clone(),
                crate::mail::demo_mailbox::router(access),
            ),
            None => router(self.state.clone()),
        };
        let app = app(self.state, routes);
        let renewal = match self.https {
            Some((https, secure)) => {
                let listeners = https.listeners(self.listener, secure, app)?;
                let renewal = tokio::spawn(https.run());
                crate::serve::serve_all(listeners, &settings, &busy_text, shutdown).await;
                Some(renewal)
            }
            None => {
                // One listener: the application unboxed.
                crate::serve::serve(self.listener, app, &settings, &busy_text, shutdown).await;
                None
            }
        };
        if let Some(renewal) = renewal {
            renewal.abort();
        }
        watcher.abort();
        hall.abort();
        // This instance's hall windows stop counting against their registrations' caps.
        if tokio::time::timeout(STOP_WAIT, windows.forget())
            .await
            .is_err()
        {
            tracing::warn!("could not free this instance's hall windows in time");
        }
        if let Some(mut jobs) = jobs {
            // What the worker still holds after this is taken over when its leases run out.
            if tokio::time::timeout(STOP_WAIT, &mut jobs).await.is_err() {
                tracing::warn!("the job worker did not stop in time");
                jobs.abort();
                // Wait until it has stopped, so it never sees the pool closed under it.
                let _ = jobs.await;
            }
        }
        // The hall windows the shutdown closed record their leave while the pool still
        // serves them.
        if tokio::time::timeout(STOP_WAIT, attendance.settle())
            .await
            .is_err()
        {
            tracing::warn!(
                "hall windows still open or leaving at the stop; they close at their last heartbeat"
            );
        }
        if tokio::time::timeout(STOP_WAIT, db.close()).await.is_err() {
            tracing::warn!("the database did not close in time; stopping anyway");
        }
        Ok(())
    }
}

/// The HTTPS listener of the built-in HTTPS.
async fn bind_https(address: std::net::SocketAddr) -> anyhow::Result<TcpListener> {
    TcpListener::bind(address).await.map_err(|e| {
        anyhow::anyhow!(
            "cannot listen for HTTPS on {address}: {e}; is another server using it? (ports \
             below 1024 need CAP_NET_BIND_SERVICE, see docs/DEPLOYMENT.md)"
        )
    })
}

/// The body of the `503` beyond the connection caps: the message in every language, since
/// it is written before the request (and its languages) is read.
fn busy_text(catalog: &crate::i18n::Catalog) -> String {
    let mut text = catalog.in_every_language("error-busy-text").join("\n");
    text.push('\n');
    text
}

/// The application as the server loop runs it (outermost first): every request traced,
/// cached pages answered before routing (`site::FrontCache`), then `routes`.
pub fn app(state: AppState, routes: Router) -> impl crate::serve::App {
    tower::ServiceBuilder::new()
        .layer(TraceLayer::new_for_http())
        .service(site::FrontCache::new(state, routes))
}

/// Every route, and the layers around them.
pub fn router(state: AppState) -> Router {
    router_with(state, Router::new())
}

/// The routes plus `extra` (the demo's pages).
fn router_with(state: AppState, extra: Router<AppState>) -> Router {
    // With an object store, `/media/…` is answered from it (every instance alike); without
    // one, by the media folder's file server.
    let media = match state.media {
        crate::media::Media::S3(_) => Router::new()
            .route(
                "/media/uploads/{name}",
                axum::routing::get(crate::media::serve::upload),
            )
            .route(
                "/media/{*path}",
                axum::routing::get(crate::media::serve::content),
            ),
        crate::media::Media::Local(_) => {
            Router::new().nest_service("/media", ServeDir::new(state.config.media_dir()))
        }
    };
    // `/metrics` exists only with a token to open it.
    let metrics_route = match state.config.metrics_token {
        Some(_) => Router::new().route("/metrics", axum::routing::get(crate::metrics::scrape)),
        None => Router::new(),
    };
    Router::new()
        .merge(extra)
        .merge(site::router())
        .merge(events::router())
        .merge(crate::registration::router())
        .merge(crate::publications::router())
        .merge(crate::letters::router())
        .merge(crate::broadcast::router())
        .merge(crate::supporters::router())
        .merge(crate::badges::router())
        .merge(crate::hall::web::router())
        .merge(crate::attendance::router())
        .merge(crate::admin::router(state.clone()))
        .route(
            "/{lang}/search",
            axum::routing::get(crate::search::web::search),
        )
        .merge(media)
        .merge(metrics_route)
        // One layer for the whole stack (outermost first): `Router::layer` boxes each layer
        // it is given around every route, and a request then clones each box; plain tower
        // layers (`crate::middleware`) clone nothing per request. Layers given to
        // `Router::layer` run after routing, so the matched route is on the request.
        .layer(
            tower::ServiceBuilder::new()
                .layer(AroundLayer(crate::metrics::TrackRequests::new(
                    state.metrics.clone(),
                )))
                .layer(AroundLayer(site::SecurityHeaders))
                .layer(AroundLayer(site::ErrorPages(state.clone())))
                .layer(AroundLayer(site::RefuseCrossSite::new(
                    state.config.public_url.as_deref(),
                ))),
        )
        .with_state(state)
}

/// The key that signs links: configured, else kept in `<data-dir>/secret.key` (created with
/// owner-only permissions on first start).
fn load_or_create_key(config: &Config) -> anyhow::Result<LinkKey> {
    if let Some(secret) = &config.secret_key {
        return LinkKey::new(
            secrecy::ExposeSecret::expose_secret(secret)
                .as_bytes()
                .to_vec(),
        )
        .ok_or_else(|| anyhow::anyhow!("secret_key must be at least 32 characters long"));
    }
    let path = config.data_dir.join("secret.key");
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let bytes = hex::decode(text.trim()).map_err(|_| anyhow::anyhow!("{} is not a hex key; delete it to make a new one (this invalidates every link sent so far)", path.display()))?;
            LinkKey::new(bytes).ok_or_else(|| anyhow::anyhow!("{} is too short", path.display()))
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            let bytes: [u8; 32] = rand::random();
            write_private(&path, &hex::encode(bytes))?;
            LinkKey::new(bytes.to_vec()).ok_or_else(|| anyhow::anyhow!("key generation failed"))
        }
        Err(err) => Err(anyhow::anyhow!("cannot read {}: {err}", path.display())),
    }
}

#[cfg(unix)]
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = terminate => {} }
}
