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
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

/// The process's counters.
#[derive(Debug, Default)]
pub struct Metrics {
    pub(crate) requests: requests::Requests,
    pub(crate) page_cache_hits: AtomicU64,
    pub(crate) page_cache_misses: AtomicU64,
    pub(crate) sign_ups: AtomicU64,
    pub(crate) confirmations: AtomicU64,
    pub(crate) hall_connections: Arc<AtomicI64>,
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

    /// Counts an open hall stream until the returned guard is dropped.
    pub fn hall_connection(&self) -> HallConnection {
        self.hall_connections.fetch_add(1, Ordering::Relaxed);
        HallConnection(self.hall_connections.clone())
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
    let text = exposition::render(&state.metrics, pool, jobs, nats);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
        .into_response()
}
