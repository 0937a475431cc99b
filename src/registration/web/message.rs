//! The short pages behind links from mail: a heading, a text, perhaps one button (a
//! CSRF-protected POST), and a way back.

use crate::content::{SiteContent, SiteSettings};
use crate::domain::Lang;
use crate::error::WebError;
use crate::site::{Chrome, csrf, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use http::{HeaderMap, StatusCode};
use std::sync::Arc;

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

/// The page behind a link from mail (`/{lang}/{rest}`: confirm, unsubscribe) in the site's
/// language named in the path, its words taken from the catalog by id. GET asks with one
/// button that POSTs back to the link (mail scanners that follow links change nothing);
/// POST says what happened.
pub(crate) struct LinkPage<'a> {
    state: &'a AppState,
    content: Arc<SiteContent>,
    headers: &'a HeaderMap,
    rest: String,
    pub lang: Lang,
}

impl<'a> LinkPage<'a> {
    /// The page for `/{lang}/{rest}`; 404 for a language the site is not shown in.
    pub async fn open(
        state: &'a AppState,
        lang: &str,
        rest: String,
        headers: &'a HeaderMap,
    ) -> Result<Self, WebError> {
        let content = state.content().await?;
        let lang = site_lang(&content.settings, lang)?;
        Ok(Self {
            state,
            content,
            headers,
            rest,
            lang,
        })
    }

    /// Says `heading` and `text` (message ids), with `status`.
    pub fn say(&self, status: StatusCode, heading: &str, text: &str) -> Result<Response, WebError> {
        self.show(status, heading, text, None)
    }

    /// Asks: `heading` and `text`, and a button labelled `button` that POSTs to this link.
    pub fn ask(&self, heading: &str, text: &str, button: &str) -> Result<Response, WebError> {
        let tr = self.state.catalog.translator(&self.lang);
        let button = (format!("/{}/{}", self.lang, self.rest), tr.t(button));
        self.show(StatusCode::OK, heading, text, Some(button))
    }

    fn show(
        &self,
        status: StatusCode,
        heading: &str,
        text: &str,
        button: Option<(String, String)>,
    ) -> Result<Response, WebError> {
        let tr = self.state.catalog.translator(&self.lang);
        message(
            self.state,
            &self.content.settings,
            &self.lang,
            &self.rest,
            self.headers,
            status,
            tr.t(heading),
            tr.t(text),
            button,
        )
    }
}
