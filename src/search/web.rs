//! `GET /{lang}/search?q=…`: one box, results from every language.

use super::{DocKind, SearchQuery};
use crate::error::WebError;
use crate::i18n::Formats;
use crate::publications::view::{CardInputs, PostCard};
use crate::site::{Chrome, ClientAddr, network_key, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

/// Results shown.
const RESULTS: i64 = 30;

/// `?q=`.
#[derive(Debug, Default, Deserialize)]
pub struct SearchParams {
    #[serde(default)]
    q: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage<'a> {
    chrome: Chrome<'a>,
    q: String,
    /// "3 results for …", or why there are none.
    summary: Option<String>,
    results: Vec<PostCard>,
    busy: bool,
}

/// The search page and its results.
pub async fn search(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(params): Query<SearchParams>,
    ClientAddr(client): ClientAddr,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let tr = state.catalog.translator(&lang);
    let formats = Formats::new(
        &lang,
        content.settings.digits_for(&lang),
        content.settings.hijri,
    )?;
    let now = state.clock.now();
    let query = SearchQuery::parse(&params.q);
    let mut results = Vec::new();
    let mut summary = None;
    let mut busy = false;
    let mut status = http::StatusCode::OK;
    if let Some(query) = &query {
        if let Err(retry) = state
            .limits
            .searches_per_ip
            .hit(&network_key(client), now)
            .await?
        {
            busy = true;
            status = http::StatusCode::TOO_MANY_REQUESTS;
            summary = Some(tr.t_with("search-busy", "seconds", &formats.number(retry.0)));
        } else {
            let hits = state.db.search(query, now, RESULTS).await?;
            let inputs = CardInputs {
                content: &content,
                lang: &lang,
                tr,
                formats: &formats,
            };
            let mut seen = std::collections::BTreeSet::new();
            for hit in hits {
                // One result per post or event, in the visitor's language when it has one.
                if !seen.insert((hit.doc_kind.as_str(), hit.slug.clone())) {
                    continue;
                }
                match hit.doc_kind {
                    DocKind::Post => {
                        // Shown in a version public now, never a draft's title.
                        if let Some(post) = content.public_post(&hit.slug, now) {
                            results.push(inputs.card(&post));
                        }
                    }
                    DocKind::Event => {
                        if let Some(event) = content.public_event(&hit.slug) {
                            results.push(inputs.event_card(event, now));
                        }
                    }
                }
            }
            summary = Some(tr.t_count(
                "search-results",
                results.len() as i64,
                &formats.number(results.len() as i64),
            ));
        }
    } else if !params.q.trim().is_empty() {
        summary = Some(tr.t("search-no-words"));
    }
    let heading = tr.t("search-heading");
    let mut chrome = Chrome::new(
        &state,
        &content.settings,
        &lang,
        "search",
        heading,
        String::new(),
    );
    chrome.hreflang.clear();
    let page = SearchPage {
        chrome,
        q: params.q.chars().take(super::MAX_QUERY_CHARS).collect(),
        summary,
        results,
        busy,
    };
    let mut response = (status, Html(page.render()?)).into_response();
    response.headers_mut().insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("private, no-cache"),
    );
    Ok(response)
}
