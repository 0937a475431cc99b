//! `/healthz` and `/readyz`: liveness and readiness for a load balancer or a monitor.
//!
//! Live means the process answers: nothing else is checked, so a supervisor restarts only a
//! process that hangs, never one whose database is down (a restart would not help).
//! Ready means an acknowledged write would be durable and the instance is in touch with the
//! others: the database answers and takes a committed write, the data folder has room for
//! the database to grow and for uploads and mail, NATS is connected (with `nats_url`), and
//! the object store answers (with `media_s3_bucket`). A ping alone still answers on a full
//! or read-only disk.

use crate::cluster::NatsState;
use crate::state::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use std::fmt::Write;
use std::path::Path;

/// Below this much free space in the data folder, the site reports itself not ready: a
/// write may already fail, and the operator must act before it does.
const MIN_FREE_BYTES: u64 = 4 << 20;

/// How long readiness waits for the object store: a hung store must not hang the check
/// (a load balancer's own timeout is a few seconds).
const OBJECT_STORE_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// What one check found: fine (with a word on how), or the problem.
type Finding = Result<&'static str, &'static str>;

/// `GET /healthz`: 200 "ok" while the process answers requests.
pub async fn healthz() -> &'static str {
    "ok\n"
}

/// `GET /readyz`: 200 when every check passes, else 503; the body has one line per check
/// (`database: ok`, `nats: unreachable …`).
pub async fn readyz(State(state): State<AppState>) -> Response {
    let findings = [
        ("database", database(&state).await),
        ("data folder", data_folder(&state).await),
        ("nats", nats(&state)),
        ("object store", object_store(&state).await),
    ];
    let mut body = String::new();
    for (name, finding) in &findings {
        let (Ok(text) | Err(text)) = finding;
        let _ = writeln!(body, "{name}: {text}");
    }
    let status = if findings.iter().all(|(_, f)| f.is_ok()) {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, body).into_response()
}

/// The database answers and takes a committed write.
async fn database(state: &AppState) -> Finding {
    if let Err(err) = state.db.ping().await {
        tracing::warn!(error = %err, "readiness: the database does not answer");
        return Err("unavailable");
    }
    if let Err(err) = state.db.write_probe(state.clock.now()).await {
        tracing::warn!(error = %err, "readiness: the database takes no writes");
        return Err("takes no writes (disk full or read-only?)");
    }
    Ok("ok")
}

/// The data folder has room and takes a file.
async fn data_folder(state: &AppState) -> Finding {
    let dir = &state.config.data_dir;
    if free_bytes(dir).is_some_and(|free| free < MIN_FREE_BYTES) {
        tracing::warn!(folder = %dir.display(), "readiness: the data folder is almost full");
        return Err("almost full");
    }
    if let Err(err) = folder_takes_writes(dir).await {
        tracing::warn!(
            folder = %dir.display(),
            error = %err,
            "readiness: the data folder takes no writes"
        );
        return Err("takes no writes (read-only?)");
    }
    Ok("ok")
}

/// NATS is connected, when configured (its loss and return are logged by `cluster`).
fn nats(state: &AppState) -> Finding {
    match state.cluster.nats_state() {
        NatsState::NotConfigured => Ok("not configured"),
        NatsState::Connected => Ok("ok"),
        NatsState::Unreachable => {
            Err("unreachable (other instances see this one's changes only by polling the database)")
        }
    }
}

/// The object store answers, when configured (one small listing, bounded in time).
async fn object_store(state: &AppState) -> Finding {
    if let crate::media::Media::Local(_) = &state.media {
        return Ok("not configured");
    }
    match tokio::time::timeout(OBJECT_STORE_WAIT, state.media.check()).await {
        Ok(Ok(())) => Ok("ok"),
        Ok(Err(err)) => {
            tracing::warn!(error = %err, "readiness: the object store does not answer");
            Err("unavailable")
        }
        Err(_) => {
            tracing::warn!("readiness: the object store did not answer in time");
            Err("does not answer in time")
        }
    }
}

/// Creates and removes a probe file in the data folder (uploads and mail files go there).
async fn folder_takes_writes(dir: &Path) -> std::io::Result<()> {
    let probe = dir.join(".readyz-probe");
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
