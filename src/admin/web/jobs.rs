//! `/admin/jobs`: the background queue as organisers see it — how many jobs wait, since
//! when, and the jobs that failed for good, each with its last error and a retry button.

use super::{CheckedForm, Frame, area_lang, audit_change, respond};
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::site::forms::ButtonForm;
use crate::state::AppState;
use crate::storage::FailedJob;
use askama::Template;
use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};

#[derive(Template)]
#[template(path = "admin/jobs.html")]
struct JobsPage<'a> {
    frame: Frame<'a>,
    waiting: i64,
    later: i64,
    /// When the oldest waiting job became due, and how long ago that is.
    oldest: Option<(String, String)>,
    failed: Vec<(String, FailedJob)>,
}

fn time(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M:%S UTC").to_string()
}

/// `GET /admin/jobs`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let now = state.clock.now();
    let summary = state.db.queue_summary(now).await?;
    let oldest = summary.oldest_due.map(|at| {
        let minutes = now.duration_since(at).as_mins().max(0);
        (
            time(at),
            tr.t_with("admin-jobs-age", "minutes", &minutes.to_string()),
        )
    });
    let failed = summary
        .failed
        .into_iter()
        .map(|j| (j.failed_at.map(time).unwrap_or_default(), j))
        .collect();
    let page = JobsPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-jobs"),
            Some(&admin.user),
            "/admin/jobs",
            token,
        ),
        waiting: summary.waiting,
        later: summary.later,
        oldest,
        failed,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

/// `POST /admin/jobs/{id}/retry`: a failed job waits again, due now, with fresh attempts.
pub async fn retry(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    _headers: HeaderMap,
    CheckedForm(_form): CheckedForm<ButtonForm>,
) -> Result<Response, WebError> {
    if state.db.retry_job(id, state.clock.now()).await? {
        audit_change(
            &state,
            Some(&admin.user),
            "retried a failed job",
            &format!("job {id}"),
            Some("failed".to_owned()),
            Some("waiting".to_owned()),
        )
        .await?;
    }
    Ok(Redirect::to("/admin/jobs").into_response())
}
