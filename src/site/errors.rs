//! Turning a [`WebError`](crate::error::WebError) mark into a translated error page (or JSON
//! under `/api/`), and logging internal errors once.

use super::Chrome;
use crate::domain::Lang;
use crate::error::{ErrorKind, WebError};
use crate::i18n::negotiate;
use crate::middleware::{After, Around};
use crate::state::AppState;
use askama::Template;
use axum::extract::Request;
use axum::response::{Html, IntoResponse, Response};
use http::{HeaderValue, Uri};
use std::ops::ControlFlow;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    text: String,
}

/// Middleware: renders error pages for responses marked with an [`ErrorKind`], and for
/// unmatched routes (404 without a mark). A response that needs neither passes untouched;
/// the request's path and `Accept-Language` are kept (shared, not copied) for those that do.
#[derive(Clone)]
pub struct ErrorPages(pub AppState);

/// What an error page needs of its request.
pub struct Asked {
    state: AppState,
    uri: Uri,
    accept_language: Option<HeaderValue>,
}

impl Around for ErrorPages {
    type Carry = Asked;

    fn before(&self, request: &Request) -> ControlFlow<Response, Asked> {
        ControlFlow::Continue(Asked {
            state: self.0.clone(),
            uri: request.uri().clone(),
            accept_language: request
                .headers()
                .get(http::header::ACCEPT_LANGUAGE)
                .cloned(),
        })
    }

    fn after(asked: Asked, response: Response) -> After {
        match error_kind(&response) {
            None => After::Now(response),
            Some(kind) => After::Later(Box::pin(render(asked, kind))),
        }
    }
}

/// What went wrong, if the response is an error to render.
fn error_kind(response: &Response) -> Option<ErrorKind> {
    match response.extensions().get::<ErrorKind>() {
        Some(kind) => Some(kind.clone()),
        None if response.status() == http::StatusCode::NOT_FOUND
            && response.headers().get(http::header::CONTENT_TYPE).is_none() =>
        {
            Some(ErrorKind::NotFound)
        }
        None if response.status() == http::StatusCode::BAD_REQUEST
            && response
                .headers()
                .get(http::header::CONTENT_TYPE)
                .is_some_and(|v| v.as_bytes().starts_with(b"text/plain")) =>
        {
            // Axum's own rejections (malformed path or query).
            Some(ErrorKind::BadRequest(
                "the address has a malformed part".to_owned(),
            ))
        }
        None => None,
    }
}

/// The error page (or JSON under `/api/`) for `kind`; logs internal errors.
async fn render(asked: Asked, kind: ErrorKind) -> Response {
    let Asked {
        state,
        uri,
        accept_language,
    } = asked;
    let path = uri.path();
    let accept_language = accept_language.as_ref().and_then(|v| v.to_str().ok());
    match &kind {
        ErrorKind::Internal(err) => {
            tracing::error!(path = %path, error = %format!("{err:#}"), "request failed");
        }
        ErrorKind::Unavailable(err) => {
            tracing::warn!(path = %path, error = %format!("{err:#}"), "storage unavailable; asked to try again");
        }
        _ => {}
    }
    let mut retry_after = http::HeaderMap::new();
    if matches!(kind, ErrorKind::Unavailable(_)) {
        retry_after.insert(
            http::header::RETRY_AFTER,
            http::HeaderValue::from(crate::error::RETRY_AFTER_UNAVAILABLE),
        );
    }
    if path.starts_with("/api/") {
        let message = match &kind {
            ErrorKind::NotFound => "not found".to_owned(),
            ErrorKind::Gone => "gone: withdrawn by the organisers".to_owned(),
            ErrorKind::Forbidden => "forbidden: reload the form and send it again".to_owned(),
            ErrorKind::BadRequest(detail) => detail.clone(),
            ErrorKind::Unavailable(_) => {
                "storage unavailable for now; nothing was stored, send the request again shortly"
                    .to_owned()
            }
            ErrorKind::Internal(_) => "internal error; it has been logged".to_owned(),
        };
        let body = serde_json::json!({ "error": { "status": kind.status().as_u16(), "message": message } });
        return (kind.status(), retry_after, axum::Json(body)).into_response();
    }
    match error_page(&state, path, accept_language, &kind).await {
        Ok(html) => (kind.status(), retry_after, Html(html)).into_response(),
        Err(err) => {
            tracing::error!(error = %format!("{err:#}"), "rendering the error page failed");
            (kind.status(), retry_after, "Error").into_response()
        }
    }
}

/// Every page of a site with no content (before the first `convene import`): for its
/// organisers, who are the only ones to see it. In English: the site has no languages yet.
const NO_CONTENT_YET: &str = "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">\
    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
    <title>No content yet</title></head>\n<body>\n<main>\n<h1>This site has no content yet</h1>\n\
    <p>Organisers: import the site's content folder with <code>convene import FOLDER</code> \
    (docs/content-format.md describes it; a packaged install has an example in \
    <code>/usr/share/convene/example-content</code>). The pages appear at once.</p>\n\
    <p>The organisers' area is at <a href=\"/admin/\">/admin/</a>.</p>\n</main>\n</body>\n</html>\n";

async fn error_page(
    state: &AppState,
    path: &str,
    accept_language: Option<&str>,
    kind: &ErrorKind,
) -> anyhow::Result<String> {
    // The in-memory snapshot, so the page still renders while the database is down.
    let content = match state.content().await {
        Ok(content) => content,
        // A site installed and not yet given its content: say what to do.
        Err(WebError::NotFound) if matches!(kind, ErrorKind::NotFound) => {
            return Ok(NO_CONTENT_YET.to_owned());
        }
        Err(_) => return Ok(format!("{}", kind.status())),
    };
    let settings = &content.settings;
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
        ErrorKind::Gone => (tr.t("error-gone-title"), tr.t("error-gone-text")),
        ErrorKind::Forbidden => (
            tr.t("error-forbidden-title"),
            tr.t("register-error-session"),
        ),
        ErrorKind::BadRequest(detail) => (
            tr.t("error-bad-request-title"),
            tr.t_with("error-bad-request-text", "detail", detail),
        ),
        ErrorKind::Unavailable(_) => (
            tr.t("error-unavailable-title"),
            tr.t("error-unavailable-text"),
        ),
        ErrorKind::Internal(_) => (tr.t("error-internal-title"), tr.t("error-internal-text")),
    };
    let chrome = Chrome::new(state, settings, &lang, "", heading.clone(), text.clone());
    Ok(ErrorPage {
        chrome,
        heading,
        text,
    }
    .render()?)
}
