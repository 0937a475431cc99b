//! `GET /{lang}/events/{slug}`: the event page.

use super::view::{EventView, ViewInputs};
use crate::domain::Slug;
use crate::error::WebError;
use crate::i18n::Formats;
use crate::site::{Chrome, PageQuery, PageRequest, serve_cached, site_lang};
use crate::state::AppState;
use crate::storage::{EventStore, RegistrationStore, SiteStore};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use http::HeaderMap;

#[derive(Template)]
#[template(path = "event.html")]
struct EventPage<'a> {
    chrome: Chrome<'a>,
    event: EventView,
}

/// The event page in one language, with times in the visitor's zone if they chose one.
pub async fn event_page(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let request = PageRequest::from_parts(&query, &headers)
        .map_err(|e| WebError::BadRequest(e.to_string()))?;
    let path = format!("/{lang}/events/{slug}");
    serve_cached(&state, &request, &path, &headers, || async {
        let settings = state.db.site_settings().await?.ok_or(WebError::NotFound)?;
        let lang = site_lang(&settings, &lang)?;
        let slug: Slug = slug.parse().map_err(|_| WebError::NotFound)?;
        let event = state.db.event(&slug).await?.ok_or(WebError::NotFound)?;
        let chapters = state.db.chapters().await?;
        let formats = Formats::new(&lang, settings.digits_for(&lang), settings.hijri)?;
        let places = state.db.places(&slug).await?;
        let mut view = EventView::build(&ViewInputs {
            settings: &settings,
            event: &event,
            chapters: &chapters,
            lang: &lang,
            tr: state.catalog.translator(&lang),
            formats: &formats,
            now: state.clock.now(),
            visitor_zone: request.zone.zone.as_ref(),
            page_url: format!("{}{path}", state.public_url()),
        });
        let now = state.clock.now();
        view.add_registration(
            &event,
            places,
            &lang,
            state.catalog.translator(&lang),
            &formats,
            now,
        );
        let chrome = Chrome::new(
            &state,
            &settings,
            &lang,
            &format!("events/{slug}"),
            view.title.clone(),
            view.summary.clone(),
        );
        Ok(EventPage {
            chrome,
            event: view,
        }
        .render()?)
    })
    .await
}
