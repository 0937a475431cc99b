//! `GET /{lang}/posts/{slug}/signatures`: the public list of those who signed and agreed to
//! be listed (never an address), a page at a time.

use super::letter;
use crate::error::WebError;
use crate::publications::view::Pagination;
use crate::site::Chrome;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

/// Signatories on one page of the public list.
const LIST_PAGE_SIZE: usize = 100;

#[derive(Template)]
#[template(path = "signatures.html")]
struct SignatoriesPage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    count: String,
    listed_note: String,
    letter_href: String,
    sign_href: String,
    first: usize,
    rows: Vec<(String, String, Option<String>)>,
    pagination: Pagination,
}

/// `?page=N`.
#[derive(Debug, Default, Deserialize)]
pub struct PageNumber {
    page: Option<String>,
}

/// `GET /{lang}/posts/{slug}/signatures`: who signed and agreed to be listed.
pub async fn signatories(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Query(query): Query<PageNumber>,
) -> Result<Response, WebError> {
    let letter = letter(&state, &lang, &slug).await?;
    let lang = &letter.lang;
    let tr = state.catalog.translator(lang);
    let formats = letter.formats()?;
    let post = letter.post();
    let page = crate::publications::view::page_number(query.page.as_deref())?;
    let offset = (page - 1)
        .checked_mul(LIST_PAGE_SIZE)
        .and_then(|o| i64::try_from(o).ok())
        .ok_or(WebError::NotFound)?;
    let (list, listed) = state
        .db
        .public_signatures(&post.slug, offset, LIST_PAGE_SIZE as i64)
        .await?;
    let base = format!("/{lang}/posts/{}/signatures", post.slug);
    let (pagination, _) = Pagination::new(
        usize::try_from(listed).unwrap_or(0),
        page,
        LIST_PAGE_SIZE,
        tr,
        &formats,
        |n| format!("{base}?page={n}"),
    )?;
    let heading = tr.t_with("letter-signatories-title", "letter", letter.title());
    let chrome = Chrome::new(
        &state,
        &letter.content.settings,
        lang,
        &format!("posts/{}/signatures", post.slug),
        heading.clone(),
        String::new(),
    );
    let page_view = SignatoriesPage {
        heading,
        count: letter.progress(&state, tr).await?.count,
        listed_note: tr.t("letter-signatories-note"),
        letter_href: letter.href(),
        sign_href: format!("/{lang}/posts/{}/sign", post.slug),
        first: (pagination.page - 1) * LIST_PAGE_SIZE + 1,
        rows: list
            .into_iter()
            .map(|s| {
                (
                    s.name,
                    crate::i18n::country_name(tr, s.country.as_str()),
                    s.organisation,
                )
            })
            .collect(),
        pagination,
        chrome,
    };
    let mut response = Html(page_view.render()?).into_response();
    response.headers_mut().insert(
        http::header::CACHE_CONTROL,
        // Fresh on every visit: a signer must see their name appear, and a withdrawn
        // name must disappear at once.
        http::HeaderValue::from_static("no-cache"),
    );
    Ok(response)
}
