//! The read-only JSON API: `/api/v1/events`, `/api/v1/events/{slug}`, and its OpenAPI document.

use crate::content::{Chapter, Event, SiteSettings, Video};
use crate::domain::{HijriDate, Lang, Slug};
use crate::error::WebError;
use crate::registration::Places;
use crate::state::AppState;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The OpenAPI 3.1 description of this API.
const OPENAPI: &str = include_str!("openapi.json");

/// `?lang=`.
#[derive(Debug, Deserialize)]
pub struct LangQuery {
    lang: Option<String>,
}

/// An instant three ways: UTC, local time in the event's reference zone, and the Hijri date
/// of that local day under the site's calendar settings.
#[derive(Serialize)]
struct Instant {
    utc: String,
    reference_local: String,
    gregorian_date: String,
    hijri: HijriDate,
}

#[derive(Serialize)]
struct EventSummary {
    slug: String,
    lang: String,
    url: String,
    title: String,
    summary: String,
    reference_zone: String,
    doors_open_at: Instant,
    starts_at: Instant,
    ends_at: Instant,
    places_total: Option<u32>,
    /// Places not held by a confirmed registration or an open offer (`null`: unlimited).
    places_left: Option<i64>,
    registration_opens_at: Option<Instant>,
    registration_closes_at: Option<Instant>,
    registration_open: bool,
    is_past: bool,
}

#[derive(Serialize)]
struct EventDetail {
    #[serde(flatten)]
    summary: EventSummary,
    available_languages: Vec<String>,
    zone_label: String,
    eligibility: String,
    description_markdown: String,
    proceedings_language: String,
    interpretation_languages: Vec<String>,
    caption_languages: Vec<String>,
    hashtags: Vec<String>,
    trailer: Option<VideoJson>,
    chapters: Vec<ChapterJson>,
    speakers: Vec<SpeakerJson>,
    segments: Vec<SegmentJson>,
}

#[derive(Serialize)]
struct VideoJson {
    video: String,
    poster: Option<String>,
    captions: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct ChapterJson {
    slug: String,
    country: String,
    time_zone: String,
    name: String,
    city: String,
    /// The start and the doors as clock times in the chapter's zone (`YYYY-MM-DDTHH:MM:SS`).
    local_start: String,
    local_doors_open: String,
}

#[derive(Serialize)]
struct SpeakerJson {
    id: String,
    name: String,
    role: String,
    country: String,
}

#[derive(Serialize)]
struct SegmentJson {
    id: String,
    kind: &'static str,
    number: u32,
    title: String,
    description: Option<String>,
    starts_at: Instant,
    minutes: u32,
    speakers: Vec<String>,
    recording: Option<VideoJson>,
}

/// `GET /api/v1/events`.
pub async fn list_events(
    State(state): State<AppState>,
    Query(q): Query<LangQuery>,
) -> Result<Response, WebError> {
    let settings = state.db.site_settings().await?.ok_or(WebError::NotFound)?;
    let lang = api_lang(&settings, q.lang.as_deref())?;
    let now = state.clock.now();
    let events = state.db.events().await?;
    let mut list: Vec<EventSummary> = Vec::with_capacity(events.len());
    for e in events.iter().filter(|e| e.is_public()) {
        let places = state.db.places(&e.slug).await?;
        list.push(summary(&settings, e, places, &lang, now));
    }
    Ok(Json(serde_json::json!({ "events": list })).into_response())
}

/// `GET /api/v1/events/{slug}`.
pub async fn get_event(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<LangQuery>,
) -> Result<Response, WebError> {
    let settings = state.db.site_settings().await?.ok_or(WebError::NotFound)?;
    let lang = api_lang(&settings, q.lang.as_deref())?;
    let slug: Slug = slug.parse().map_err(|_| WebError::NotFound)?;
    let event = state
        .db
        .event(&slug)
        .await?
        .filter(|e| e.is_public())
        .ok_or(WebError::NotFound)?;
    let chapters = state.db.chapters().await?;
    let places = state.db.places(&slug).await?;
    Ok(Json(detail(
        &settings,
        &event,
        &chapters,
        places,
        &lang,
        state.clock.now(),
    ))
    .into_response())
}

/// `GET /api/v1/openapi.json`: the document, with this site's languages as the values `lang`
/// takes (a client, and schemathesis in `scripts/api-fuzz`, then knows which are accepted).
pub async fn openapi(State(state): State<AppState>) -> Result<Response, WebError> {
    let mut doc: serde_json::Value = serde_json::from_str(OPENAPI)
        .map_err(|e| WebError::Internal(anyhow::anyhow!("openapi.json: {e}")))?;
    // Without settings (nothing imported, or storage down for now) the document is served
    // as written: it is still true, only less precise.
    if let Ok(Some(settings)) = state.db.site_settings().await {
        let languages: Vec<&str> = settings.languages.iter().map(Lang::as_str).collect();
        let operations = doc["paths"]
            .as_object_mut()
            .into_iter()
            .flat_map(|paths| paths.values_mut())
            .filter_map(|path| path.as_object_mut())
            .flat_map(|path| path.values_mut());
        for operation in operations {
            let parameters = operation
                .get_mut("parameters")
                .and_then(|p| p.as_array_mut())
                .into_iter()
                .flatten();
            for parameter in parameters.filter(|p| p["name"] == "lang") {
                parameter["schema"]["enum"] = serde_json::json!(languages);
            }
        }
    }
    Ok(Json(doc).into_response())
}

fn api_lang(settings: &SiteSettings, raw: Option<&str>) -> Result<Lang, WebError> {
    let Some(raw) = raw else {
        return Ok(settings.default_language.clone());
    };
    let offered = || {
        settings
            .languages
            .iter()
            .map(Lang::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    };
    raw.parse::<Lang>()
        .ok()
        .filter(|l| settings.offers(l))
        .ok_or_else(|| WebError::BadRequest(format!("lang must be one of: {}", offered())))
}

/// `at` as a clock time in the chapter's zone.
fn local_in(at: Timestamp, c: &Chapter) -> String {
    at.to_zoned_datetime(c.time_zone.zone().clone())
        .datetime()
        .strftime("%Y-%m-%dT%H:%M:%S")
        .to_string()
}

fn instant(settings: &SiteSettings, event: &Event, at: Timestamp) -> Instant {
    let local = at.to_zoned_datetime(event.reference_zone.zone().clone());
    Instant {
        utc: at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        reference_local: local.datetime().strftime("%Y-%m-%dT%H:%M:%S").to_string(),
        gregorian_date: local.date().to_string(),
        hijri: settings.hijri.hijri_date(local.date()),
    }
}

fn summary(
    settings: &SiteSettings,
    e: &Event,
    places: Places,
    lang: &Lang,
    now: Timestamp,
) -> EventSummary {
    let text_lang = e.shown_language(lang, &settings.default_language, now);
    let text = e.text(text_lang, now);
    EventSummary {
        slug: e.slug.to_string(),
        lang: text_lang.to_string(),
        url: format!("/{lang}/events/{}", e.slug),
        title: text.map(|t| t.title.clone()).unwrap_or_default(),
        summary: text.map(|t| t.summary.clone()).unwrap_or_default(),
        reference_zone: e.reference_zone.to_string(),
        doors_open_at: instant(settings, e, e.doors_open_at),
        starts_at: instant(settings, e, e.starts_at),
        ends_at: instant(settings, e, e.ends_at),
        places_total: e.places.map(|p| p.get()),
        places_left: places.left(),
        registration_opens_at: e.registration_opens_at.map(|t| instant(settings, e, t)),
        registration_closes_at: e.registration_closes_at.map(|t| instant(settings, e, t)),
        registration_open: e.registration_open(now),
        is_past: e.is_past(now),
    }
}

fn video(v: &Video) -> VideoJson {
    VideoJson {
        video: format!("/media/{}", v.video),
        poster: v.poster.as_ref().map(|p| format!("/media/{p}")),
        captions: v
            .captions
            .iter()
            .map(|(l, p)| (l.to_string(), format!("/media/{p}")))
            .collect(),
    }
}

fn detail(
    settings: &SiteSettings,
    e: &Event,
    chapters: &[Chapter],
    places: Places,
    lang: &Lang,
    now: Timestamp,
) -> EventDetail {
    let text = e.shown_text(lang, &settings.default_language, now);
    let mut counters = std::collections::HashMap::new();
    EventDetail {
        summary: summary(settings, e, places, lang, now),
        available_languages: e.public_languages(now).map(ToString::to_string).collect(),
        zone_label: text.map(|t| t.zone_label.clone()).unwrap_or_default(),
        eligibility: text.map(|t| t.eligibility.clone()).unwrap_or_default(),
        description_markdown: text.map(|t| t.description.clone()).unwrap_or_default(),
        proceedings_language: e.proceedings_language.to_string(),
        interpretation_languages: e
            .interpretation_languages
            .iter()
            .map(ToString::to_string)
            .collect(),
        caption_languages: e
            .caption_languages
            .iter()
            .map(ToString::to_string)
            .collect(),
        hashtags: e.hashtags.iter().map(ToString::to_string).collect(),
        trailer: e.trailer.as_ref().map(video),
        chapters: e
            .chapters
            .iter()
            .filter_map(|slug| chapters.iter().find(|c| &c.slug == slug))
            .map(|c| ChapterJson {
                slug: c.slug.to_string(),
                country: c.country.to_string(),
                time_zone: c.time_zone.to_string(),
                name: c.name.get(lang).cloned().unwrap_or_default(),
                city: c.city.get(lang).cloned().unwrap_or_default(),
                local_start: local_in(e.starts_at, c),
                local_doors_open: local_in(e.doors_open_at, c),
            })
            .collect(),
        speakers: e
            .speakers
            .iter()
            .map(|s| {
                let t = text.and_then(|t| t.speakers.get(&s.id));
                SpeakerJson {
                    id: s.id.to_string(),
                    name: t
                        .and_then(|t| t.name.clone())
                        .unwrap_or_else(|| s.name.clone()),
                    role: t.map(|t| t.role.clone()).unwrap_or_default(),
                    country: s.country.to_string(),
                }
            })
            .collect(),
        segments: e
            .segments
            .iter()
            .map(|s| {
                let n = counters.entry(s.kind).or_insert(0u32);
                *n += 1;
                let t = text.and_then(|t| t.segments.get(&s.id));
                SegmentJson {
                    id: s.id.to_string(),
                    kind: s.kind.as_str(),
                    number: *n,
                    title: t.map(|t| t.title.clone()).unwrap_or_default(),
                    description: t.and_then(|t| t.description.clone()),
                    starts_at: instant(settings, e, s.starts_at),
                    minutes: s.minutes,
                    speakers: s.speakers.iter().map(ToString::to_string).collect(),
                    recording: s.recording.as_ref().map(video),
                }
            })
            .collect(),
    }
}
