//! The form of a POST in the organisers' area, extracted only when it carries the page's
//! CSRF token: handlers that take a [`CheckedForm`] cannot forget the check.

use super::check_token;
use crate::error::WebError;
use crate::state::AppState;
use axum::Form;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Request};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

/// A URL-encoded form whose `csrf` field matched this session's token.
pub struct CheckedForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CheckedForm<T> {
    /// A missing or wrong token is refused with the area's 403; a malformed form as axum
    /// refuses it (415, 422 …).
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (parts, body) = request.into_parts();
        let bytes = Bytes::from_request(Request::from_parts(parts.clone(), body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let decode = |bytes: Bytes| Request::from_parts(parts.clone(), Body::from(bytes));
        // Every pair, so a page whose forms repeat the token (or a field of any shape the
        // form's own type reads) still yields it.
        let token = Form::<Vec<(String, String)>>::from_request(decode(bytes.clone()), state)
            .await
            .ok()
            .and_then(|Form(pairs)| pairs.into_iter().find(|(name, _)| name == "csrf"))
            .map(|(_, value)| value)
            .unwrap_or_default();
        if !check_token(state, &parts.headers, &token) {
            return Err(WebError::Forbidden.into_response());
        }
        let Form(form) = Form::<T>::from_request(decode(bytes), state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(Self(form))
    }
}
