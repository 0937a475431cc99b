//! `POST /admin/media/delete`: deletes an upload nothing uses. A file still used by an event,
//! a post or the settings stays, and the page says where it is used; otherwise the file goes
//! from the store (the media folder or the object store) and its record with the audit entry.

use super::media::{Shown, render, store, uses_of};
use super::{CheckedForm, area_lang, audited};
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::media::MediaStore;
use crate::state::AppState;
use axum::extract::{Extension, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use std::collections::HashMap;

/// `POST /admin/media/delete` (field `path`, `uploads/…`).
pub async fn delete(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let path = form.get("path").map(|p| p.trim()).unwrap_or_default();
    let media = store(&state);
    let exists = media
        .list()
        .await
        .map_err(|e| WebError::Internal(e.into()))?
        .iter()
        .any(|item| item.path == path);
    if !exists || crate::media::upload_name(path).is_none() {
        let shown = Shown {
            error: Some(tr.t("admin-media-error-no-file")),
            ..Shown::default()
        };
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return render(&state, &admin, &headers, shown, status).await;
    }
    let uses = uses_of(&state, &lang, path).await?;
    if !uses.is_empty() {
        let places = uses
            .iter()
            .map(|u| u.label.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let shown = Shown {
            error: Some(tr.t_args(
                "admin-media-error-in-use",
                &[("path", &format!("media/{path}")), ("uses", &places)],
            )),
            ..Shown::default()
        };
        return render(&state, &admin, &headers, shown, StatusCode::CONFLICT).await;
    }
    let name = state
        .db
        .media_records()
        .await?
        .remove(path)
        .map(|r| r.original_name)
        .unwrap_or_default();
    media
        .delete(path)
        .await
        .map_err(|e| WebError::Internal(e.into()))?;
    let audit = audited(
        &state,
        Some(&admin.user),
        "deleted media",
        path,
        Some(name),
        None,
    );
    state.db.forget_media(path, &audit).await?;
    let shown = Shown {
        notice: Some(tr.t_with("admin-media-deleted", "path", &format!("media/{path}"))),
        ..Shown::default()
    };
    render(&state, &admin, &headers, shown, StatusCode::OK).await
}
