//! `GET /metrics`: the bearer token checked, then the process's counters and what the
//! database and the cluster say, in the Prometheus text format.

use super::exposition;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use secrecy::ExposeSecret;

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
