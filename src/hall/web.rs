//! The attendee's hall: `/{lang}/hall/{token}` behind the personal link from the
//! confirmation mail (confirmed registrations only), its update stream, asking and voting.
//!
//! Everything works without JavaScript (forms post and redirect back; a reload shows what
//! is new); `hall.js` adds the live stream of updates, the countdown that opens the hall
//! without a reload, and premieres that start at the right second.

use super::{
    Announcement, LiveChoice, MAX_QUESTION_CHARS, Phase, PlainText, PlainTextError, Question,
    QuestionStatus, StreamStart, Viewer,
};
use crate::content::{Event, SiteContent, StreamKind};
use crate::domain::Lang;
use crate::error::WebError;
use crate::events::view::{EventView, SegmentView, TimeView, VideoView, ViewInputs, video_view};
use crate::registration::{Registration, Status};
use crate::site::{Chrome, csrf, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::Deserialize;

/// Questions one attendee may ask per window.
const QUESTIONS_PER_WINDOW: i64 = 3;
/// The window of that limit, in minutes.
const QUESTION_WINDOW_MINUTES: i64 = 5;

/// A programme segment in the hall.
pub struct HallSegment {
    pub view: SegmentView,
    pub starts_ms: i64,
    pub ends_ms: i64,
    pub live: bool,
    pub premiere: Option<VideoView>,
}

/// A question as an attendee sees it.
pub struct QuestionView {
    pub id: i64,
    pub text: String,
    pub lang: String,
    pub lang_name: String,
    pub votes: i64,
    pub status: &'static str,
    pub pinned: bool,
    pub mine: bool,
    pub voted: bool,
}

/// The stream: how it plays, its address, and the interpretation channels.
pub struct StreamView {
    pub kind: &'static str,
    pub src: String,
    /// (language, its name, link to switch, whether chosen)
    pub channels: Vec<(String, String, String, bool)>,
}

#[derive(Template)]
#[template(path = "hall.html")]
struct HallPage<'a> {
    chrome: Chrome<'a>,
    e: EventView,
    phase: &'static str,
    base: String,
    event_href: String,
    recordings_href: String,
    csrf: String,
    seq: i64,
    server_now_ms: i64,
    doors_ms: i64,
    live_segment: String,
    live_since_ms: i64,
    stream: Option<StreamView>,
    programme: Vec<HallSegment>,
    announcements: Vec<(String, TimeView)>,
    questions: Vec<QuestionView>,
    attendees: String,
    languages: Vec<(String, String, bool)>,
    ask_error: Option<String>,
    ask_text: String,
    /// The attendee's zone, for times the script writes.
    zone: String,
    /// The bundled hls.js, for browsers without native HLS.
    hls_lib: String,
    /// "# attendees" per plural category, for the count the script updates.
    attendee_labels: Vec<(&'static str, String)>,
}

/// The confirmed registration behind a hall link; anything else is refused.
async fn attendee(state: &AppState, token: &str) -> Result<Registration, WebError> {
    let (reg, _) = crate::registration::web::personal::registration_for(state, token).await?;
    if reg.status == Status::Confirmed {
        Ok(reg)
    } else {
        Err(WebError::Forbidden)
    }
}

fn event_of<'c>(content: &'c SiteContent, reg: &Registration) -> Result<&'c Event, WebError> {
    content
        .events
        .iter()
        .find(|e| e.slug == reg.event)
        .ok_or(WebError::NotFound)
}

/// Headers of every hall response: never cached, never referred, never indexed, and a CSP
/// that allows exactly the stream's origins.
fn hall_headers(mut response: Response, event: &Event) -> Response {
    let origins = event
        .stream
        .as_ref()
        .map(|s| s.origins().join(" "))
        .unwrap_or_default();
    let embed = event
        .stream
        .as_ref()
        .is_some_and(|s| s.kind == StreamKind::Embed);
    let policy = crate::site::policy_with_stream(&origins, embed);
    let h = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&policy) {
        h.insert(http::header::CONTENT_SECURITY_POLICY, value);
    }
    h.insert(
        http::HeaderName::from_static("x-robots-tag"),
        HeaderValue::from_static("noindex"),
    );
    // No cache, no referrer: as every page behind a personal link.
    crate::registration::web::private(response)
}

#[derive(Deserialize, Default)]
pub struct HallQuery {
    /// The interpretation channel chosen.
    channel: Option<String>,
}

/// `GET /{lang}/hall/{token}`.
pub async fn page(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    Query(query): Query<HallQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let reg = attendee(&state, &token).await?;
    render(
        &state,
        &content,
        &lang,
        &token,
        &reg,
        &headers,
        query.channel.as_deref(),
        StatusCode::OK,
        None,
        String::new(),
    )
    .await
}

#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
async fn render(
    state: &AppState,
    content: &SiteContent,
    lang: &Lang,
    token: &str,
    reg: &Registration,
    headers: &HeaderMap,
    channel: Option<&str>,
    status: StatusCode,
    ask_error: Option<String>,
    ask_text: String,
) -> Result<Response, WebError> {
    let event = event_of(content, reg)?;
    let settings = &content.settings;
    let now = state.clock.now();
    let tr = state.catalog.translator(lang);
    let formats = crate::i18n::Formats::new(lang, settings.digits_for(lang), settings.hijri)?;
    let zone: Option<crate::domain::ZoneName> = reg.time_zone.parse().ok();
    let mut e = EventView::build(&ViewInputs {
        settings,
        event,
        chapters: &content.chapters,
        lang,
        tr,
        formats: &formats,
        now,
        visitor_zone: zone.as_ref(),
        page_url: String::new(),
    });
    let db = &state.db;
    let seq = db.hall_seq(&event.slug).await?;
    let choice = db.live_choice(&event.slug).await?;
    let live = super::live_segment(event, choice.as_ref(), now);
    let phase = super::phase(event, now);
    let base = format!("/{lang}/hall/{token}");
    // The hall shows no recordings: the event page has them after the event.
    let views = std::mem::take(&mut e.segments);
    let programme = event
        .segments
        .iter()
        .zip(views)
        .enumerate()
        .map(|(index, (segment, mut view))| {
            view.recording = None;
            HallSegment {
                view,
                starts_ms: segment.starts_at.as_millisecond(),
                ends_ms: segment.ends_at().as_millisecond(),
                live: live.is_some_and(|l| l.index == index),
                premiere: segment.premiere.as_ref().map(|v| video_view(v, tr, lang)),
            }
        })
        .collect();
    let chosen_channel: Option<Lang> = channel
        .and_then(|c| c.parse().ok())
        .or_else(|| reg.lang.parse().ok());
    let stream = event.stream.as_ref().map(|s| {
        let current = chosen_channel
            .as_ref()
            .filter(|l| s.languages.contains_key(*l));
        StreamView {
            kind: match s.kind {
                StreamKind::Hls => "hls",
                StreamKind::Embed => "embed",
            },
            src: s.source_for(current).href(),
            channels: std::iter::once(&event.proceedings_language)
                .chain(s.languages.keys())
                .map(|l| {
                    let is_main = l == &event.proceedings_language;
                    (
                        l.to_string(),
                        crate::events::view::lang_name(tr, l),
                        format!("{base}?channel={l}"),
                        if is_main {
                            current.is_none()
                        } else {
                            current == Some(l)
                        },
                    )
                })
                .collect(),
        }
    });
    let votes = db.votes_of(&event.slug, reg.id).await?;
    let mut questions: Vec<Question> = db
        .questions(&event.slug)
        .await?
        .into_iter()
        .filter(|q| {
            q.status.is_public() || (q.asker == reg.id && q.status == QuestionStatus::Pending)
        })
        .collect();
    sort_questions(&mut questions);
    let questions = questions
        .into_iter()
        .map(|q| QuestionView {
            lang_name: crate::events::view::lang_name(tr, &q.lang),
            lang: q.lang.to_string(),
            mine: q.asker == reg.id,
            voted: votes.contains(&q.id),
            status: q.status.as_str(),
            id: q.id,
            text: q.text,
            votes: q.votes,
            pinned: q.pinned,
        })
        .collect();
    let zone_tz = zone
        .as_ref()
        .map_or(jiff::tz::TimeZone::UTC, |z| z.zone().clone());
    let announcements = db
        .announcements(&event.slug)
        .await?
        .into_iter()
        .map(|a: Announcement| {
            let at = jiff::Timestamp::from_millisecond(a.at).unwrap_or(now);
            (
                a.text,
                TimeView {
                    text: formats.time(at.to_zoned_datetime(zone_tz.clone()).time()),
                    datetime: at.to_string(),
                },
            )
        })
        .collect();
    let attendees = state
        .hall
        .hub
        .channel(&event.slug)
        .await?
        .attendees()
        .max(1) as i64;
    let (csrf_token, cookie) = csrf::form_token(state, headers);
    let mut chrome = Chrome::new(
        state,
        settings,
        lang,
        &format!("hall/{token}"),
        e.title.clone(),
        String::new(),
    );
    chrome.hreflang.clear();
    chrome.canonical.clear();
    chrome.js = state.assets.url("js/hall.js");
    let reg_lang = reg.lang.clone();
    let page = HallPage {
        phase: match phase {
            Phase::Waiting => "waiting",
            Phase::Open => "open",
            Phase::Ended => "ended",
        },
        event_href: format!("/{lang}/events/{}", event.slug),
        recordings_href: format!("/{lang}/events/{}/recordings", event.slug),
        csrf: csrf_token,
        seq,
        server_now_ms: now.as_millisecond(),
        doors_ms: event.doors_open_at.as_millisecond(),
        live_segment: choice
            .as_ref()
            .map(|c: &LiveChoice| c.segment.to_string())
            .unwrap_or_default(),
        live_since_ms: choice.as_ref().map_or(0, |c| c.since.as_millisecond()),
        stream,
        programme,
        announcements,
        questions,
        attendees: tr.t_count("hall-attendees", attendees, &formats.number(attendees)),
        languages: settings
            .languages
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    crate::events::view::lang_name(tr, l),
                    l.as_str() == reg_lang,
                )
            })
            .collect(),
        ask_error,
        ask_text,
        hls_lib: state.assets.url("vendor/hls.light.min.js"),
        zone: zone
            .as_ref()
            .map_or_else(|| "UTC".to_owned(), ToString::to_string),
        attendee_labels: [
            ("zero", 0),
            ("one", 1),
            ("two", 2),
            ("few", 3),
            ("many", 11),
            ("other", 100),
        ]
        .into_iter()
        .map(|(category, sample)| (category, tr.t_count("hall-attendees", sample, "#")))
        .collect(),
        base,
        e,
        chrome,
    };
    let mut response = (status, Html(page.render()?)).into_response();
    if let Some(value) = cookie.and_then(|c| c.parse().ok()) {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    Ok(hall_headers(response, event))
}

/// Pinned first, then open questions by votes, then answered ones; ties oldest first.
pub fn sort_questions(questions: &mut [Question]) {
    questions.sort_by_key(|q| {
        (
            !q.pinned,
            q.status == QuestionStatus::Answered,
            q.status != QuestionStatus::Pending,
            -q.votes,
            q.id,
        )
    });
}

#[derive(Deserialize, Default)]
pub struct UpdatesQuery {
    after: Option<i64>,
}

/// `GET /{lang}/hall/{token}/updates`: the attendee's Server-Sent Events.
pub async fn updates(
    State(state): State<AppState>,
    Path((_lang, token)): Path<(String, String)>,
    Query(query): Query<UpdatesQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let reg = attendee(&state, &token).await?;
    open_stream(
        &state,
        &reg.event,
        Viewer::Attendee(reg.id),
        &headers,
        query.after,
    )
    .await
}

/// A stream of updates for `viewer`, resuming after `Last-Event-ID` (or `after`).
pub async fn open_stream(
    state: &AppState,
    event: &crate::domain::Slug,
    viewer: Viewer,
    headers: &HeaderMap,
    after: Option<i64>,
) -> Result<Response, WebError> {
    let hub = &state.hall.hub;
    let channel = hub.channel(event).await?;
    // The cap across instances first (a slot in the database on PostgreSQL), then here.
    let window = state.hall.windows.open(viewer).await?;
    let (Some(window), Some(presence)) = (window, channel.enter(viewer)) else {
        return Ok(crate::site::RetryAfter(60).on((
            StatusCode::TOO_MANY_REQUESTS,
            "This link already has the most open hall windows allowed; close one.",
        )
            .into_response()));
    };
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok())
        .or(after);
    let after = match resume {
        Some(seq) if seq >= 0 => seq,
        _ => state.db.hall_seq(event).await?,
    };
    let hello = format!(
        "retry: 3000\nevent: hello\ndata: {{\"now\":{},\"after\":{after},\"attendees\":{}}}\n\n",
        state.clock.now().as_millisecond(),
        channel.attendees(),
    );
    Ok(super::stream_response(StreamStart {
        db: state.db.clone(),
        event: event.clone(),
        channel,
        presence,
        window,
        viewer,
        after,
        hello: bytes::Bytes::from(hello),
        closing: hub.closing(),
        counted: state.metrics.hall_connection(),
    })
    .await?)
}

#[derive(Deserialize)]
pub struct AskForm {
    csrf: String,
    text: String,
    lang: String,
}

/// Whether the client asked for JSON (the script), not a page.
fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

fn json_error(status: StatusCode, message: String) -> Response {
    (
        status,
        [(http::header::CONTENT_TYPE, "application/json")],
        serde_json::json!({ "error": message }).to_string(),
    )
        .into_response()
}

/// `POST /{lang}/hall/{token}/questions`.
pub async fn ask(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<AskForm>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let reg = attendee(&state, &token).await?;
    let event = event_of(&content, &reg)?;
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Err(WebError::BadRequest(
            "the form has expired; reload the hall and try again".to_owned(),
        ));
    }
    let tr = state.catalog.translator(&lang);
    let now = state.clock.now();
    let problem = if super::phase(event, now) != Phase::Open {
        Some((StatusCode::CONFLICT, tr.t("hall-ask-closed")))
    } else {
        match PlainText::parse(&form.text, MAX_QUESTION_CHARS) {
            Err(PlainTextError::Empty) => {
                Some((StatusCode::UNPROCESSABLE_ENTITY, tr.t("hall-ask-empty")))
            }
            Err(PlainTextError::TooLong(max)) => Some((
                StatusCode::UNPROCESSABLE_ENTITY,
                tr.t_with("hall-ask-too-long", "max", &max.to_string()),
            )),
            Ok(text) => {
                let since = now - jiff::SignedDuration::from_mins(QUESTION_WINDOW_MINUTES);
                let question_lang = form
                    .lang
                    .parse::<Lang>()
                    .ok()
                    .filter(|l| content.settings.languages.contains(l))
                    .unwrap_or_else(|| lang.clone());
                let limit = (since, QUESTIONS_PER_WINDOW);
                match state
                    .db
                    .ask(&event.slug, reg.id, &question_lang, &text, limit, now)
                    .await?
                {
                    Some(update) => {
                        state.hall.published(&update).await;
                        None
                    }
                    None => Some((StatusCode::TOO_MANY_REQUESTS, tr.t("hall-ask-too-many"))),
                }
            }
        }
    };
    match problem {
        None if wants_json(&headers) => Ok(StatusCode::NO_CONTENT.into_response()),
        None => Ok(hall_headers(
            Redirect::to(&format!("/{lang}/hall/{token}#questions")).into_response(),
            event,
        )),
        Some((status, message)) if wants_json(&headers) => Ok(json_error(status, message)),
        Some((status, message)) => {
            render(
                &state,
                &content,
                &lang,
                &token,
                &reg,
                &headers,
                None,
                status,
                Some(message),
                form.text,
            )
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct VoteForm {
    csrf: String,
}

/// `POST /{lang}/hall/{token}/questions/{id}/vote`: one vote per attendee per question.
pub async fn vote(
    State(state): State<AppState>,
    Path((lang, token, id)): Path<(String, String, i64)>,
    headers: HeaderMap,
    Form(form): Form<VoteForm>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let reg = attendee(&state, &token).await?;
    let event = event_of(&content, &reg)?;
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Err(WebError::BadRequest(
            "the form has expired; reload the hall and try again".to_owned(),
        ));
    }
    // A second vote, or a vote for a question that is not open, changes nothing.
    if let Some(update) = state
        .db
        .vote(&event.slug, id, reg.id, state.clock.now())
        .await?
    {
        state.hall.published(&update).await;
    }
    if wants_json(&headers) {
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    Ok(hall_headers(
        Redirect::to(&format!("/{lang}/hall/{token}#question-{id}")).into_response(),
        event,
    ))
}

/// Ends the open hall windows of a registration that no longer holds a place (cancelled or
/// erased): its link no longer enters, and this closes what is already open.
pub async fn close_streams(
    state: &AppState,
    event: &crate::domain::Slug,
    registration: i64,
) -> Result<(), WebError> {
    let update = state
        .db
        .close_hall_streams(event, registration, state.clock.now())
        .await?;
    state.hall.published(&update).await;
    Ok(())
}
