//! Metrics in the Prometheus text format at `/metrics`, behind a bearer token.
//!
//! Counters are plain atomics in [`Metrics`] (one per process, held by `AppState`); the
//! exposition is written by hand (`exposition.rs`): the format is a few lines of text, and
//! the `metrics` crate would add a global recorder and labels as free strings where here
//! the route label can only be a matched route pattern. `/metrics` is routed only when
//! `metrics_token` is configured, and answers only `Authorization: Bearer <token>`.

mod exposition;
mod requests;

pub use requests::TrackRequests;

use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use secrecy::ExposeSecret;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// The process's counters.
#[derive(Debug, Default)]
pub struct Metrics {
    pub(crate) requests: requests::Requests,
    pub(crate) page_cache_hits: AtomicU64,
    pub(crate) page_cache_misses: AtomicU64,
    pub(crate) sign_ups: AtomicU64,
    pub(crate) confirmations: AtomicU64,
    /// Open hall streams in this process, by event.
    hall_connections: Mutex<BTreeMap<crate::domain::Slug, Arc<AtomicI64>>>,
    /// Failed attempts to send a mail in this process, by kind of mail.
    mail_failures: Mutex<BTreeMap<String, u64>>,
}

impl Metrics {
    /// A page was answered from the cache (`true`) or rendered (`false`).
    pub fn page_cache(&self, hit: bool) {
        let counter = if hit {
            &self.page_cache_hits
        } else {
            &self.page_cache_misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// A sign-up was stored (acknowledged).
    pub fn sign_up(&self) {
        self.sign_ups.fetch_add(1, Ordering::Relaxed);
    }

    /// A registration was confirmed by its link.
    pub fn confirmation(&self) {
        self.confirmations.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts an open hall stream of `event` until the returned guard is dropped.
    pub fn hall_connection(&self, event: &crate::domain::Slug) -> HallConnection {
        let count = {
            let mut map = self
                .hall_connections
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            Arc::clone(map.entry(event.clone()).or_default())
        };
        count.fetch_add(1, Ordering::Relaxed);
        HallConnection(count)
    }

    /// Open hall streams by event (events seen since start, zero or more).
    pub(crate) fn hall_connections(&self) -> Vec<(crate::domain::Slug, i64)> {
        let map = self
            .hall_connections
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        map.iter()
            .map(|(event, count)| (event.clone(), count.load(Ordering::Relaxed)))
            .collect()
    }

    /// An attempt to send a mail of `kind` failed (it is retried or parked).
    pub fn mail_failed(&self, kind: &str) {
        // The kind is a template name; anything else is counted as `other` so that a
        // label can never carry an arbitrary string.
        let kind = if !kind.is_empty()
            && kind.len() <= 40
            && kind
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        {
            kind
        } else {
            "other"
        };
        let mut map = self.mail_failures.lock().unwrap_or_else(|e| e.into_inner());
        *map.entry(kind.to_owned()).or_default() += 1;
    }

    /// Failed mail attempts by kind.
    pub(crate) fn mail_failures(&self) -> Vec<(String, u64)> {
        let map = self.mail_failures.lock().unwrap_or_else(|e| e.into_inner());
        map.iter().map(|(k, v)| (k.clone(), *v)).collect()
    }
}

/// One open hall stream, counted while it lives.
#[derive(Debug)]
pub struct HallConnection(Arc<AtomicI64>);

impl Drop for HallConnection {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// `GET /metrics`.
pub async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = &state.config.metrics_token else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    let expected = token.expose_secret().as_bytes();
    if !bool::from(subtle::ConstantTimeEq::ct_eq(given.as_bytes(), expected)) {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "send Authorization: Bearer <metrics_token>\n",
        )
            .into_response();
    }
    let pool = state.db.pool_use();
    let now = state.clock.now();
    // The queue is read from the database; if that fails the other metrics still answer.
    let jobs = match state.db.queue_summary(now).await {
        Ok(summary) => Some(exposition::Jobs {
            waiting: summary.waiting,
            scheduled: summary.later,
            oldest_waiting_seconds: summary.oldest_due.map(|due| (now - due).as_secs_f64()),
        }),
        Err(err) => {
            tracing::warn!(error = %err, "metrics: could not read the job queue");
            None
        }
    };
    let nats = match state.cluster.nats_state() {
        crate::cluster::NatsState::NotConfigured => None,
        connection => Some(exposition::Nats {
            connected: connection == crate::cluster::NatsState::Connected,
            losses: state.cluster.nats_losses(),
        }),
    };
    let waitlists = match state.db.waitlist_lengths().await {
        Ok(lengths) => Some(lengths),
        Err(err) => {
            tracing::warn!(error = %err, "metrics: could not read the waitlists");
            None
        }
    };
    let text = exposition::render(
        &state.metrics,
        &exposition::Site {
            pool,
            jobs,
            nats,
            waitlists,
        },
    );
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
        .into_response()
}
