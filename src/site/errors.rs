//! Turning a [`WebError`](crate::error::WebError) mark into a translated error page (or JSON
//! under `/api/`), and logging internal errors once.

use super::Chrome;
use crate::domain::Lang;
use crate::error::ErrorKind;
use crate::i18n::negotiate;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    text: String,
}

/// Middleware: renders error pages for responses marked with an [`ErrorKind`], and for
/// unmatched routes (404 without a mark).
pub async fn render_error_pages(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let accept_language = request
        .headers()
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let response = next.run(request).await;
    let kind = match response.extensions().get::<ErrorKind>() {
        Some(kind) => kind.clone(),
        None if response.status() == http::StatusCode::NOT_FOUND
            && response.headers().get(http::header::CONTENT_TYPE).is_none() =>
        {
            ErrorKind::NotFound
        }
        None if response.status() == http::StatusCode::BAD_REQUEST
            && response
                .headers()
                .get(http::header::CONTENT_TYPE)
                .is_some_and(|v| v.as_bytes().starts_with(b"text/plain")) =>
        {
            // Axum's own rejections (malformed path or query).
            ErrorKind::BadRequest("the address has a malformed part".to_owned())
        }
        None => return response,
    };
    if let ErrorKind::Internal(err) = &kind {
        tracing::error!(path = %path, error = %format!("{err:#}"), "request failed");
    }
    if path.starts_with("/api/") {
        let message = match &kind {
            ErrorKind::NotFound => "not found".to_owned(),
            ErrorKind::Forbidden => "forbidden: reload the form and send it again".to_owned(),
            ErrorKind::BadRequest(detail) => detail.clone(),
            ErrorKind::Internal(_) => "internal error; it has been logged".to_owned(),
        };
        let body = serde_json::json!({ "error": { "status": kind.status().as_u16(), "message": message } });
        return (kind.status(), axum::Json(body)).into_response();
    }
    match error_page(&state, &path, accept_language.as_deref(), &kind).await {
        Ok(html) => (kind.status(), Html(html)).into_response(),
        Err(err) => {
            tracing::error!(error = %format!("{err:#}"), "rendering the error page failed");
            (kind.status(), "Error").into_response()
        }
    }
}

async fn error_page(
    state: &AppState,
    path: &str,
    accept_language: Option<&str>,
    kind: &ErrorKind,
) -> anyhow::Result<String> {
    let Some(settings) = state.db.site_settings().await? else {
        return Ok(format!("{}", kind.status()));
    };
    // The language in the path if the site offers it, else the visitor's.
    let from_path = path
        .split('/')
        .nth(1)
        .and_then(|s| s.parse::<Lang>().ok())
        .filter(|l| settings.offers(l));
    let lang = from_path.unwrap_or_else(|| {
        negotiate(
            accept_language,
            &settings.languages,
            &settings.default_language,
        )
        .clone()
    });
    let tr = state.catalog.translator(&lang);
    let (heading, text) = match kind {
        ErrorKind::NotFound => (tr.t("error-not-found-title"), tr.t("error-not-found-text")),
        ErrorKind::Forbidden => (
            tr.t("error-forbidden-title"),
            tr.t("register-error-session"),
        ),
        ErrorKind::BadRequest(detail) => (
            tr.t("error-bad-request-title"),
            tr.t_with("error-bad-request-text", "detail", detail),
        ),
        ErrorKind::Internal(_) => (tr.t("error-internal-title"), tr.t("error-internal-text")),
    };
    let chrome = Chrome::new(state, &settings, &lang, "", heading.clone(), text.clone());
    Ok(ErrorPage {
        chrome,
        heading,
        text,
    }
    .render()?)
}
