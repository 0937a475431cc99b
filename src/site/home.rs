//! `/` (language redirect) and `/{lang}/` (the home page).

use super::request::PageQuery;
use super::{Chrome, PageRequest};
use crate::content::{Event, SiteContent};
use crate::domain::Lang;
use crate::error::WebError;
use crate::i18n::{Formats, negotiate};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::HeaderMap;

/// `GET /`: to the visitor's language (Accept-Language, then the site default).
pub async fn root_redirect(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let settings = &content.settings;
    let accept = headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = negotiate(accept, &settings.languages, &settings.default_language);
    let mut response = Redirect::to(&format!("/{lang}/")).into_response();
    response.headers_mut().insert(
        http::header::VARY,
        http::HeaderValue::from_static("Accept-Language"),
    );
    Ok(response)
}

/// `GET /{lang}`: add the slash.
pub async fn add_slash(Path(lang): Path<String>) -> Result<Redirect, WebError> {
    let lang: Lang = lang.parse().map_err(|_| WebError::NotFound)?;
    Ok(Redirect::permanent(&format!("/{lang}/")))
}

/// A summary line of an event on the home page.
pub struct EventCard {
    pub href: String,
    pub title: String,
    pub summary: String,
    pub date_iso: String,
    pub gregorian: String,
    pub hijri: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    chrome: Chrome<'a>,
    tagline: String,
    upcoming: Vec<EventCard>,
    past: Vec<EventCard>,
    latest: Vec<crate::publications::view::PostCard>,
}

/// `GET /{lang}/`.
pub async fn home_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(query): Query<PageQuery>,
    http: Request,
) -> Result<Response, WebError> {
    let headers = http.headers();
    let request = PageRequest::from_parts(&query, headers)
        .map_err(|e| WebError::BadRequest(e.to_string()))?;
    let path = super::page_path(http.uri().path(), &["/", &lang, "/"]);
    let route = http.extensions().get::<axum::extract::MatchedPath>();
    super::serve_cached(&state, &request, &path, headers, route, || async {
        let content = state.content().await?;
        let lang = super::site_lang(&content.settings, &lang)?;
        render_home(&state, &content, &lang)
    })
    .await
}

/// Publications shown on the home page.
const LATEST_POSTS: usize = 4;

fn render_home(state: &AppState, content: &SiteContent, lang: &Lang) -> Result<String, WebError> {
    let (settings, events) = (&content.settings, &content.events);
    let formats = Formats::new(lang, settings.digits_for(lang), settings.hijri)?;
    let now = state.clock.now();
    let text = settings.text(lang);
    let card = |e: &Event| {
        let t = e.shown_text(lang, &settings.default_language, now);
        let date = e
            .starts_at
            .to_zoned_datetime(e.reference_zone.zone().clone())
            .date();
        EventCard {
            href: format!("/{lang}/events/{}", e.slug),
            title: t.map(|t| t.title.clone()).unwrap_or_default(),
            summary: t.map(|t| t.summary.clone()).unwrap_or_default(),
            date_iso: date.to_string(),
            gregorian: formats.gregorian_date(date),
            hijri: formats.hijri_date(date),
        }
    };
    let upcoming = events
        .iter()
        .filter(|e| e.is_public() && !e.is_past(now))
        .map(card)
        .collect();
    let past = events
        .iter()
        .rev()
        .filter(|e| e.is_public() && e.is_past(now))
        .map(card)
        .collect();
    let inputs = crate::publications::view::CardInputs {
        content,
        lang,
        tr: state.catalog.translator(lang),
        formats: &formats,
    };
    let latest = content
        .public_posts(now)
        .take(LATEST_POSTS)
        .map(|p| inputs.card(&p))
        .collect();
    let chrome = Chrome::new(
        state,
        settings,
        lang,
        "",
        text.site_name.clone(),
        text.tagline.clone(),
    );
    Ok(HomePage {
        chrome,
        tagline: text.tagline.clone(),
        upcoming,
        past,
        latest,
    }
    .render()?)
}
