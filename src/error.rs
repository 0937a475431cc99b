//! The one web-facing error type (STYLE.md §5).
//!
//! Which error goes where:
//! - domain constructors return their own small `thiserror` errors (`SlugError`, …);
//! - storage returns [`crate::storage::StoreError`]; start-up and CLI commands use `anyhow`;
//! - handlers return [`WebError`]. Its `IntoResponse` only marks the response with the
//!   status and what went wrong; [`crate::site::render_error_pages`] then renders the
//!   translated page (or JSON under `/api/`) and logs internal errors once, with their cause
//!   chain. A visitor never sees internals.

use axum::response::{IntoResponse, Response};
use http::StatusCode;
use std::sync::Arc;

/// An error a handler returns.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// No such page, event or language.
    #[error("not found")]
    NotFound,
    /// A form without its CSRF token (or with a stale one).
    #[error("forbidden")]
    Forbidden,
    /// The request is malformed; the detail is safe to show (it names the bad part).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// Anything else; logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<crate::storage::StoreError> for WebError {
    fn from(err: crate::storage::StoreError) -> Self {
        WebError::Internal(err.into())
    }
}

impl From<crate::i18n::FormatError> for WebError {
    fn from(err: crate::i18n::FormatError) -> Self {
        WebError::Internal(err.into())
    }
}

impl From<askama::Error> for WebError {
    fn from(err: askama::Error) -> Self {
        WebError::Internal(anyhow::Error::new(err).context("rendering a template"))
    }
}

/// What went wrong, carried in the response's extensions to the error-page middleware.
#[derive(Clone, Debug)]
pub enum ErrorKind {
    NotFound,
    Forbidden,
    BadRequest(String),
    Internal(Arc<anyhow::Error>),
}

impl ErrorKind {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::BadRequest(_) => StatusCode::BAD_REQUEST,
            ErrorKind::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let kind = match self {
            WebError::NotFound => ErrorKind::NotFound,
            WebError::Forbidden => ErrorKind::Forbidden,
            WebError::BadRequest(detail) => ErrorKind::BadRequest(detail),
            WebError::Internal(err) => ErrorKind::Internal(Arc::new(err)),
        };
        let mut response = kind.status().into_response();
        response.extensions_mut().insert(kind);
        response
    }
}
