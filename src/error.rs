//! The one web-facing error type (STYLE.md §5).
//!
//! Which error goes where:
//! - domain constructors return their own small `thiserror` errors (`SlugError`, …);
//! - storage returns [`crate::storage::StoreError`]; start-up and CLI commands use `anyhow`;
//! - handlers return [`WebError`]. Its `IntoResponse` only marks the response with the
//!   status and what went wrong; [`crate::site::ErrorPages`] then renders the
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
    /// A post or event that was public and was deleted or unpublished (410).
    #[error("gone")]
    Gone,
    /// A form without its CSRF token (or with a stale one).
    #[error("forbidden")]
    Forbidden,
    /// The request is malformed; the detail is safe to show (it names the bad part).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The storage cannot take the request right now (a full disk, a restarting
    /// database): nothing was stored, and the visitor is asked to send it again shortly.
    #[error("storage unavailable for now")]
    Unavailable(#[source] anyhow::Error),
    /// Anything else; logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl WebError {
    /// What to answer for something not public: [`WebError::Gone`] when it was withdrawn
    /// (listed in the content's `gone`), else [`WebError::NotFound`].
    pub fn missing(withdrawn: bool) -> Self {
        if withdrawn {
            WebError::Gone
        } else {
            WebError::NotFound
        }
    }
}

impl From<crate::storage::StoreError> for WebError {
    fn from(err: crate::storage::StoreError) -> Self {
        if err.is_unavailable() {
            WebError::Unavailable(err.into())
        } else {
            WebError::Internal(err.into())
        }
    }
}

/// Seconds a visitor is asked to wait before sending a request the storage could not take.
pub const RETRY_AFTER_UNAVAILABLE: u32 = 5;

/// Whether anything in `err`'s cause chain says the storage is unavailable for now: a
/// passing database fault, or a full or read-only disk under the data folder.
pub fn storage_unavailable(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind as Io;
    err.chain().any(|cause| {
        cause
            .downcast_ref::<crate::storage::StoreError>()
            .is_some_and(crate::storage::StoreError::is_unavailable)
            || cause
                .downcast_ref::<sqlx::Error>()
                .is_some_and(crate::storage::is_unavailable)
            || cause.downcast_ref::<std::io::Error>().is_some_and(|io| {
                matches!(
                    io.kind(),
                    Io::StorageFull | Io::ReadOnlyFilesystem | Io::QuotaExceeded
                )
            })
    })
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
    Gone,
    Forbidden,
    BadRequest(String),
    Unavailable(Arc<anyhow::Error>),
    Internal(Arc<anyhow::Error>),
}

impl ErrorKind {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Gone => StatusCode::GONE,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::BadRequest(_) => StatusCode::BAD_REQUEST,
            ErrorKind::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ErrorKind::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let kind = match self {
            WebError::NotFound => ErrorKind::NotFound,
            WebError::Gone => ErrorKind::Gone,
            WebError::Forbidden => ErrorKind::Forbidden,
            WebError::BadRequest(detail) => ErrorKind::BadRequest(detail),
            WebError::Unavailable(err) => ErrorKind::Unavailable(Arc::new(err)),
            // Handlers often carry a storage error inside anyhow: a passing fault found in
            // the cause chain is still "try again", never a 500.
            WebError::Internal(err) if storage_unavailable(&err) => {
                ErrorKind::Unavailable(Arc::new(err))
            }
            WebError::Internal(err) => ErrorKind::Internal(Arc::new(err)),
        };
        let mut response = kind.status().into_response();
        response.extensions_mut().insert(kind);
        response
    }
}
