//! The short pages behind links from mail: a heading, a text, perhaps one button (a
//! CSRF-protected POST), and a way back.

use crate::content::SiteSettings;
use crate::domain::Lang;
use crate::error::WebError;
use crate::site::{Chrome, csrf};
use crate::state::AppState;
use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use http::{HeaderMap, StatusCode};

#[derive(Template)]
#[template(path = "registration_message.html")]
struct MessagePage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    text: String,
    /// A one-button form (confirm), if any.
    button: Option<(String, String)>,
    csrf: String,
    /// Where to go from here: (href, label).
    back: (String, String),
}

/// What a message page says.
pub(crate) struct Message {
    pub status: StatusCode,
    pub heading: String,
    pub text: String,
    /// A one-button form: (action, label).
    pub button: Option<(String, String)>,
    /// The way back: (href, label); the home page when `None`.
    pub back: Option<(String, String)>,
}

/// Adds the form cookie (if a new one was made) and marks the response private.
pub(crate) fn with_cookie(mut response: Response, cookie: Option<String>) -> Response {
    if let Some(value) = cookie.and_then(|c| c.parse().ok()) {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    super::private(response)
}

/// The page for `/{lang}/{rest}` saying `m`.
pub(crate) fn message_page(
    state: &AppState,
    settings: &SiteSettings,
    lang: &Lang,
    rest: &str,
    headers: &HeaderMap,
    m: Message,
) -> Result<Response, WebError> {
    let (csrf_token, cookie) = csrf::form_token(state, headers);
    let mut chrome = Chrome::new(
        state,
        settings,
        lang,
        rest,
        m.heading.clone(),
        String::new(),
    );
    // Pages behind links from mail are nobody's alternates.
    chrome.hreflang.clear();
    let back = m.back.unwrap_or_else(|| {
        (
            format!("/{lang}/"),
            state.catalog.translator(lang).t("error-back-home"),
        )
    });
    let page = MessagePage {
        chrome,
        heading: m.heading,
        text: m.text,
        button: m.button,
        csrf: csrf_token,
        back,
    };
    Ok(with_cookie(
        (m.status, Html(page.render()?)).into_response(),
        cookie,
    ))
}

/// A page with a heading, a text and optionally one button, leading back home.
#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
pub(crate) fn message(
    state: &AppState,
    settings: &SiteSettings,
    lang: &Lang,
    rest: &str,
    headers: &HeaderMap,
    status: StatusCode,
    heading: String,
    text: String,
    button: Option<(String, String)>,
) -> Result<Response, WebError> {
    message_page(
        state,
        settings,
        lang,
        rest,
        headers,
        Message {
            status,
            heading,
            text,
            button,
            back: None,
        },
    )
}
