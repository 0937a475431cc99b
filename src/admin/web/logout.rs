//! Signing out: this session, or every session of the person.

use super::{CheckedForm, audit_change};
use crate::admin::session;
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::site::forms::ButtonForm;
use crate::state::AppState;
use axum::extract::{Extension, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::HeaderMap;

/// `POST /admin/logout`.
pub async fn logout(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    CheckedForm(_form): CheckedForm<ButtonForm>,
) -> Result<Response, WebError> {
    state.db.end_session(&admin.token_hash).await?;
    signed_out(&state, &headers)
}

/// `POST /admin/logout/everywhere`: ends every session of the person.
pub async fn logout_everywhere(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    CheckedForm(_form): CheckedForm<ButtonForm>,
) -> Result<Response, WebError> {
    state.db.end_sessions_of(admin.user.id).await?;
    audit_change(
        &state,
        Some(&admin.user),
        "signed out everywhere",
        &admin.user.email,
        None,
        None,
    )
    .await?;
    signed_out(&state, &headers)
}

fn signed_out(state: &AppState, headers: &HeaderMap) -> Result<Response, WebError> {
    let mut response = Redirect::to("/admin/login").into_response();
    if let Ok(value) = session::clear_cookie(state, headers).parse() {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    Ok(response)
}
