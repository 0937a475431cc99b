//! The HTTP server loop (in place of `axum::serve`, which has no header timeout and no
//! caps): accepts connections under a total and a per-network cap, answering a minimal
//! `503` beyond them; serves each over HTTP/1.1 with a header-read and an idle timeout
//! (over TLS after a handshake under its own timeout, see [`tls`]); survives accept errors
//! (no descriptors left) by backing off; and at shutdown lets in-flight requests finish for
//! a bounded grace, then drops them. Several listeners (plain HTTP and HTTPS) share the caps.
//! A connection that opens with a request for an event stream skips hyper: it is answered
//! on a light path that holds no buffer while the stream is idle ([`event_stream`]).

mod app;
mod boxed;
mod caps;
mod connection;
mod event_stream;
mod first_request;
mod refuse;
mod rewind;
mod settings;
mod tls;

pub use app::App;
pub use boxed::{AsService, BoxApp, boxed};
pub use caps::Caps;
pub use settings::{ServerLayer, ServerSettings};
pub use tls::{Tls, tls_config};

use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// How long the loop pauses after an accept error such as "too many open files".
const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);

/// Refused connections being answered at once, at most; beyond it they are closed unanswered.
const MAX_REFUSING: usize = 256;

/// Descriptors kept aside from the connection cap for the database, files, mail and NATS.
const RESERVED_FILES: u64 = 128;

/// A bound listener, the application its connections get, and whether they speak TLS.
pub struct Listener<S> {
    tcp: TcpListener,
    app: S,
    tls: Option<Tls>,
}

impl<S: App> Listener<S> {
    /// Plain HTTP.
    pub fn plain(tcp: TcpListener, app: S) -> Self {
        Self {
            tcp,
            app,
            tls: None,
        }
    }

    /// HTTPS.
    pub fn tls(tcp: TcpListener, app: S, tls: Tls) -> Self {
        Self {
            tcp,
            app,
            tls: Some(tls),
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then stops within
/// `settings.shutdown_grace`. `busy_text` is the body of the `503` beyond the caps.
pub async fn serve<S: App>(
    listener: TcpListener,
    app: S,
    settings: &ServerSettings,
    busy_text: &str,
    shutdown: impl Future<Output = ()>,
) {
    serve_all(
        vec![Listener::plain(listener, app)],
        settings,
        busy_text,
        shutdown,
    )
    .await;
}

/// Serves every listener until `shutdown` completes, under one set of caps; then each
/// stops within `settings.shutdown_grace`.
pub async fn serve_all<S: App>(
    listeners: Vec<Listener<S>>,
    settings: &ServerSettings,
    busy_text: &str,
    shutdown: impl Future<Output = ()>,
) {
    let shared = Shared {
        caps: Caps::new(
            connection_cap(settings.max_connections),
            usize::try_from(settings.max_connections_per_address).unwrap_or(usize::MAX),
        ),
        refusal: refuse::answer(busy_text),
        http: {
            let mut http = hyper::server::conn::http1::Builder::new();
            // The connection's watchdog keeps the header timeout (without a timer per request).
            http.header_read_timeout(None);
            http
        },
        timeouts: connection::Timeouts {
            header: settings.header_timeout,
            idle: settings.idle_timeout,
        },
        grace: settings.shutdown_grace,
    };
    let (stop, stopping) = watch::channel(false);
    let loops = futures_util::future::join_all(
        listeners
            .into_iter()
            .map(|listener| accept_loop(listener, &shared, stopping.clone())),
    );
    tokio::join!(
        async move {
            shutdown.await;
            let _ = stop.send(true);
        },
        loops
    );
}

/// What every listener's loop shares.
struct Shared {
    caps: Caps,
    refusal: bytes::Bytes,
    http: hyper::server::conn::http1::Builder,
    timeouts: connection::Timeouts,
    grace: Duration,
}

/// Accepts on one listener until `shutdown` turns true, then drains its connections.
async fn accept_loop<S: App>(
    listener: Listener<S>,
    shared: &Shared,
    mut shutdown: watch::Receiver<bool>,
) {
    let Listener { tcp, app, tls } = listener;
    let (stop, stopping) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut refusing = JoinSet::new();
    let mut accept_failing = false;
    // The same signal, for the pause after an accept error.
    let mut paused = shutdown.clone();
    loop {
        tokio::select! {
            () = stopped(&mut shutdown) => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            Some(_) = refusing.join_next(), if !refusing.is_empty() => {}
            accepted = tcp.accept() => match accepted {
                Ok((stream, peer)) => {
                    accept_failing = false;
                    let Some(permit) = shared.caps.admit(peer.ip()) else {
                        // Over TLS a plain answer would be noise: the connection just closes.
                        if tls.is_none() && refusing.len() < MAX_REFUSING {
                            refusing.spawn(refuse::refuse(stream, shared.refusal.clone()));
                        }
                        continue;
                    };
                    // Answers written in parts (event streams) go out at once.
                    let _ = stream.set_nodelay(true);
                    let (app, http) = (app.clone(), shared.http.clone());
                    match &tls {
                        None => connections.spawn(connection::serve(
                            stream, peer, app, http, shared.timeouts, stopping.clone(), permit,
                        )),
                        Some(tls) => connections.spawn(tls::serve(
                            stream, peer, tls.clone(), app, http, shared.timeouts,
                            stopping.clone(), permit,
                        )),
                    };
                }
                Err(err) if is_connection_error(&err) => {}
                Err(err) => {
                    // Out of descriptors (EMFILE/ENFILE) or memory: connections closing will
                    // free some; pause briefly instead of spinning, and say so once.
                    if !accept_failing {
                        tracing::warn!(error = %err, open = shared.caps.open(), "cannot accept connections; retrying");
                        accept_failing = true;
                    }
                    let stop_now = tokio::select! {
                        () = stopped(&mut paused) => true,
                        () = pause(ACCEPT_BACKOFF) => false,
                    };
                    if stop_now {
                        break;
                    }
                }
            },
        }
    }
    drop(tcp);
    let _ = stop.send(true);
    refusing.abort_all();
    let drained = tokio::time::timeout(shared.grace, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            requests = connections.len(),
            grace = ?shared.grace,
            "requests still running after the shutdown grace; dropping them"
        );
        connections.abort_all();
        while connections.join_next().await.is_some() {}
    }
}

/// Completes when `shutdown` turns true (or its sender is gone).
async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|stop| *stop).await;
}

/// Errors of one connection that came and went before it was accepted: not the loop's.
fn is_connection_error(err: &std::io::Error) -> bool {
    matches!(
        err.kind(),
        std::io::ErrorKind::ConnectionRefused
            | std::io::ErrorKind::ConnectionAborted
            | std::io::ErrorKind::ConnectionReset
    )
}

#[expect(
    clippy::disallowed_methods,
    reason = "the accept loop's back-off is network pacing, not time the app reasons about"
)]
async fn pause(duration: Duration) {
    tokio::time::sleep(duration).await;
}

/// The total cap: the configured one, lowered to what the process may open (first raising
/// its soft limit on open files to the hard one, as Go's runtime does) less the reserve and
/// the refusals being answered, so that a flood of connections meets the cap's `503`
/// instead of "too many open files".
fn connection_cap(configured: u32) -> usize {
    let configured = usize::try_from(configured).unwrap_or(usize::MAX);
    let Some(files) = open_file_limit() else {
        return configured;
    };
    // Refused connections hold a descriptor while they are answered, too.
    let refusing = u64::try_from(MAX_REFUSING).unwrap_or(u64::MAX);
    let budget = files
        .saturating_sub(RESERVED_FILES)
        .saturating_sub(refusing)
        .max(16);
    let budget = usize::try_from(budget).unwrap_or(usize::MAX);
    if budget < configured {
        tracing::info!(
            connections = budget,
            open_files = files,
            "at most this many connections: the process may open no more files"
        );
    }
    configured.min(budget)
}

#[cfg(unix)]
fn open_file_limit() -> Option<u64> {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    if let (Some(current), Some(maximum)) = (limit.current, limit.maximum)
        && current < maximum
    {
        let raised = rustix::process::Rlimit {
            current: Some(maximum),
            maximum: Some(maximum),
        };
        if setrlimit(Resource::Nofile, raised).is_ok() {
            return getrlimit(Resource::Nofile).current;
        }
    }
    // None: no limit at all.
    limit.current
}

#[cfg(not(unix))]
fn open_file_limit() -> Option<u64> {
    None
}
