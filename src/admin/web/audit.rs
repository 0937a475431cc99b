//! `/admin/audit` (owners): every change, newest first.

use super::audit_words::{ShownEntry, shown};
use super::{Frame, area_lang, respond};
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};

/// Entries shown.
const SHOWN: i64 = 500;

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage<'a> {
    frame: Frame<'a>,
    entries: Vec<(String, ShownEntry)>,
}

/// `GET /admin/audit`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let content = state.content().await?;
    let entries = state
        .db
        .audit_log(SHOWN)
        .await?
        .iter()
        .map(|e| {
            (
                e.at.strftime("%Y-%m-%d %H:%M:%S UTC").to_string(),
                shown(tr, &content, e),
            )
        })
        .collect();
    let page = AuditPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-audit"),
            Some(&admin.user),
            "/admin/audit",
            token,
        ),
        entries,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}
