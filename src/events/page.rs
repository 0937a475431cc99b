//! `GET /{lang}/events/{slug}`: the event page.

use super::view::{EventView, ViewInputs};
use crate::domain::Slug;
use crate::error::WebError;
use crate::i18n::Formats;
use crate::publications::view::{CardInputs, PostCard};
use crate::site::{Chrome, PageQuery, PageRequest, page_path, serve_cached, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::extract::{MatchedPath, Path, Query, Request, State};
use axum::response::Response;

#[derive(Template)]
#[template(path = "event.html")]
struct EventPage<'a> {
    chrome: Chrome<'a>,
    event: EventView,
    /// The latest invitations and releases about this event.
    posts: Vec<PostCard>,
}

/// Posts about the event shown on its page.
const EVENT_POSTS: usize = 6;

/// The event page in one language, with times in the visitor's zone if they chose one.
pub async fn event_page(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Query(query): Query<PageQuery>,
    http: Request,
) -> Result<Response, WebError> {
    // The whole request, not a copy of its headers (`HeaderMap` as an extractor clones them).
    let headers = http.headers();
    let request = PageRequest::from_parts(&query, headers)
        .map_err(|e| WebError::BadRequest(e.to_string()))?;
    let path = page_path(http.uri().path(), &["/", &lang, "/events/", &slug]);
    let route = http.extensions().get::<MatchedPath>();
    serve_cached(&state, &request, &path, headers, route, || async {
        let content = state.content().await?;
        let lang = site_lang(&content.settings, &lang)?;
        let event = public_event(&content, &slug)?;
        render_event_page(
            &state,
            &content,
            &lang,
            &event.slug,
            request.zone.zone.as_ref(),
        )
        .await
    })
    .await
}

/// The event page of `slug` in `content` (the stored content, or an edit being previewed).
pub async fn render_event_page(
    state: &AppState,
    content: &crate::content::SiteContent,
    lang: &crate::domain::Lang,
    slug: &Slug,
    visitor_zone: Option<&crate::domain::ZoneName>,
) -> Result<String, WebError> {
    let path = format!("/{lang}/events/{slug}");
    let settings = &content.settings;
    let event = content
        .events
        .iter()
        .find(|e| &e.slug == slug)
        .ok_or(WebError::NotFound)?;
    let chapters = &content.chapters;
    let formats = Formats::new(lang, settings.digits_for(lang), settings.hijri)?;
    let places = state.db.places(slug).await?;
    let mut view = EventView::build(&ViewInputs {
        settings,
        event,
        chapters,
        lang,
        tr: state.catalog.translator(lang),
        formats: &formats,
        now: state.clock.now(),
        visitor_zone,
        programme_in_visitor_zone: false,
        page_url: format!("{}{path}", state.public_url()),
    });
    let now = state.clock.now();
    view.add_registration(
        event,
        places,
        lang,
        state.catalog.translator(lang),
        &formats,
        now,
    );
    let inputs = CardInputs {
        content,
        lang,
        tr: state.catalog.translator(lang),
        formats: &formats,
    };
    let posts = content
        .public_posts(now)
        .filter(|p| p.event.as_ref() == Some(slug))
        .take(EVENT_POSTS)
        .map(|p| inputs.card(&p))
        .collect();
    let mut chrome = Chrome::new(
        state,
        settings,
        lang,
        &format!("events/{slug}"),
        view.title.clone(),
        view.summary.clone(),
    );
    chrome.only_languages(event.public_languages(now));
    if let Some(poster) = event.trailer.as_ref().and_then(|t| t.poster.as_ref()) {
        chrome.og_image = Some(format!("{}/media/{poster}", state.public_url()));
    }
    Ok(EventPage {
        chrome,
        event: view,
        posts,
    }
    .render()?)
}

/// The event `slug` if visitors may see it; 410 if it was withdrawn, else 404.
fn public_event<'c>(
    content: &'c crate::content::SiteContent,
    slug: &str,
) -> Result<&'c crate::content::Event, WebError> {
    content
        .public_event(slug)
        .ok_or_else(|| WebError::missing(content.gone.event(slug)))
}

#[derive(Template)]
#[template(path = "recordings.html")]
struct RecordingsPage<'a> {
    chrome: Chrome<'a>,
    event: EventView,
    event_href: String,
    has_recordings: bool,
}

/// `GET /{lang}/events/{slug}/recordings`: every segment's recording with its captions.
pub async fn recordings_page(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Query(query): Query<PageQuery>,
    http: Request,
) -> Result<Response, WebError> {
    let headers = http.headers();
    let request = PageRequest::from_parts(&query, headers)
        .map_err(|e| WebError::BadRequest(e.to_string()))?;
    let path = page_path(
        http.uri().path(),
        &["/", &lang, "/events/", &slug, "/recordings"],
    );
    let route = http.extensions().get::<MatchedPath>();
    serve_cached(&state, &request, &path, headers, route, || async {
        let content = state.content().await?;
        let settings = &content.settings;
        let lang = site_lang(settings, &lang)?;
        let event = public_event(&content, &slug)?;
        let slug = &event.slug;
        let formats = Formats::new(&lang, settings.digits_for(&lang), settings.hijri)?;
        let view = EventView::build(&ViewInputs {
            settings,
            event,
            chapters: &content.chapters,
            lang: &lang,
            tr: state.catalog.translator(&lang),
            formats: &formats,
            now: state.clock.now(),
            visitor_zone: request.zone.zone.as_ref(),
            programme_in_visitor_zone: false,
            page_url: format!("{}{path}", state.public_url()),
        });
        let tr = state.catalog.translator(&lang);
        let title = format!("{} · {}", tr.t("recordings-heading"), view.title);
        let chrome = Chrome::new(
            &state,
            settings,
            &lang,
            &format!("events/{slug}/recordings"),
            title,
            view.summary.clone(),
        );
        Ok(RecordingsPage {
            chrome,
            has_recordings: event.segments.iter().any(|s| s.recording.is_some()),
            event_href: format!("/{lang}/events/{slug}"),
            event: view,
        }
        .render()?)
    })
    .await
}
