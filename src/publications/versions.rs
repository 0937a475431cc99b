//! A post's other language versions: the links between them, and the page for a language
//! the post is not (publicly) written in, which offers the versions that exist.

use crate::content::{Post, SiteContent};
use crate::domain::Lang;
use crate::error::WebError;
use crate::events::view::lang_name;
use crate::site::{Alternate, Chrome};
use crate::state::AppState;
use askama::Template;
use axum::response::{IntoResponse, Response};
use http::StatusCode;

#[derive(Template)]
#[template(path = "post_missing.html")]
struct MissingPage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    text: String,
    versions: Vec<Alternate>,
}

/// Links to the versions of `post` in other languages than `except`.
pub(super) fn versions(state: &AppState, post: &Post, except: Option<&Lang>) -> Vec<Alternate> {
    post.texts
        .iter()
        .filter(|(l, _)| Some(*l) != except)
        .map(|(l, text)| Alternate {
            lang: l.to_string(),
            name: format!(
                "{} — {}",
                state.catalog.text(l.as_str(), "language-name-self", None),
                text.title
            ),
            href: format!("/{l}/posts/{}", post.slug),
            dir: l.direction().html(),
            current: false,
        })
        .collect()
}

/// The page for a post asked for in a language it is not written in: says so (in the
/// asked-for language) and offers the versions that exist.
pub(super) fn missing_language(
    state: &AppState,
    content: &SiteContent,
    post: &Post,
    lang: &Lang,
) -> Result<Response, WebError> {
    let tr = state.catalog.translator(lang);
    let mut chrome = Chrome::new(
        state,
        &content.settings,
        lang,
        &format!("posts/{}", post.slug),
        tr.t("post-missing-heading"),
        String::new(),
    );
    chrome.only_languages(post.languages());
    let page = MissingPage {
        heading: tr.t("post-missing-heading"),
        text: tr.t_with("post-missing-text", "language", &lang_name(tr, lang)),
        versions: versions(state, post, None),
        chrome,
    };
    let mut response =
        (StatusCode::NOT_FOUND, axum::response::Html(page.render()?)).into_response();
    // Asked again each time: a translation waiting as a draft or scheduled may be public by
    // the next visit (a browser kept this answer for a minute before).
    response.headers_mut().insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("no-cache"),
    );
    Ok(response)
}
