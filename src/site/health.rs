//! `/healthz`: readiness for a load balancer or a monitor.
//!
//! Ready means an acknowledged write would be durable: the database answers, takes a
//! committed write, and the data folder has room for the database to grow and for uploads
//! and mail. A ping alone still answers on a full or read-only disk.

use crate::state::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use std::path::Path;

/// Below this much free space in the data folder, the site reports itself not ready: a
/// write may already fail, and the operator must act before it does.
const MIN_FREE_BYTES: u64 = 4 << 20;

/// `GET /healthz`: 200 "ok", or 503 with the reason (the database down, taking no writes,
/// or the data folder almost full).
pub async fn healthz(State(state): State<AppState>) -> Response {
    match problem(&state).await {
        None => (StatusCode::OK, "ok\n").into_response(),
        Some(reason) => (StatusCode::SERVICE_UNAVAILABLE, reason).into_response(),
    }
}

async fn problem(state: &AppState) -> Option<&'static str> {
    if let Err(err) = state.db.ping().await {
        tracing::warn!(error = %err, "health check: the database does not answer");
        return Some("database unavailable\n");
    }
    if free_bytes(&state.config.data_dir).is_some_and(|free| free < MIN_FREE_BYTES) {
        tracing::warn!(
            folder = %state.config.data_dir.display(),
            "health check: the data folder is almost full"
        );
        return Some("data folder almost full\n");
    }
    if let Err(err) = folder_takes_writes(&state.config.data_dir).await {
        tracing::warn!(
            folder = %state.config.data_dir.display(),
            error = %err,
            "health check: the data folder takes no writes"
        );
        return Some("data folder takes no writes (read-only?)\n");
    }
    if let Err(err) = state.db.write_probe(state.clock.now()).await {
        tracing::warn!(error = %err, "health check: the database takes no writes");
        return Some("database takes no writes (disk full or read-only?)\n");
    }
    None
}

/// Creates and removes a probe file in the data folder (uploads and mail files go there).
async fn folder_takes_writes(dir: &Path) -> std::io::Result<()> {
    let probe = dir.join(".healthz-probe");
    tokio::fs::write(&probe, b"ok").await?;
    tokio::fs::remove_file(&probe).await
}

/// Bytes an unprivileged writer may still use under `dir`, when the system says.
#[cfg(unix)]
fn free_bytes(dir: &Path) -> Option<u64> {
    let stat = rustix::fs::statvfs(dir).ok()?;
    Some(stat.f_bavail.saturating_mul(stat.f_frsize))
}

#[cfg(not(unix))]
fn free_bytes(_dir: &Path) -> Option<u64> {
    None
}
