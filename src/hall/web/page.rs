//! `GET /{lang}/hall/{token}`: the hall page, put together from its parts (the event, the
//! programme with the live segment, the stream and its channels, questions, announcements,
//! the attendee count), each built by a function of its own.

use super::caption_view::{CaptionsView, captions_view};
use super::parts::{
    HallSegment, QuestionView, StreamView, attendee_labels, event_view, phase_name, programme,
    question_languages, reaction_buttons, stream_view,
};
use super::poll_view::{PollInputs, PollView, poll_views};
use super::{attendee, event_of, hall_headers};
use crate::content::{Event, SiteContent};
use crate::domain::{Lang, ZoneName};
use crate::error::WebError;
use crate::events::view::{EventView, TimeView};
use crate::hall::{LiveChoice, Question, QuestionStatus, StoredAnnouncement, sort_questions};
use crate::i18n::{Formats, Translator};
use crate::registration::Registration;
use crate::site::{Chrome, csrf, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

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
    announcements: Vec<AnnouncementView>,
    /// The event's main language: announcements not written in the page's are shown in it.
    main_lang: String,
    questions: Vec<QuestionView>,
    attendees: String,
    languages: Vec<(String, String, bool)>,
    ask_error: Option<String>,
    ask_text: String,
    /// The attendee's zone, for times the script writes.
    zone: String,
    /// The bundled hls.js, and the script that plays the stream and switches its channels.
    hls_lib: String,
    stream_js: String,
    /// "# attendees" per plural category, for the count the script updates.
    attendee_labels: Vec<(&'static str, String)>,
    polls: Vec<PollView>,
    /// The texts the script writes poll results with.
    poll_labels: Vec<(&'static str, String)>,
    /// The site's default language: poll texts missing in the page's language are shown in it.
    default_lang: String,
    /// The scripts of the polls and the reactions.
    polls_js: String,
    reactions_js: String,
    /// (name, symbol, label) of each reaction button.
    reactions: Vec<(&'static str, &'static str, String)>,
    captions: CaptionsView,
    captions_js: String,
    /// The interpretation channel chosen, kept when the caption form reloads the page.
    channel: String,
}

#[derive(Deserialize, Default)]
pub struct HallQuery {
    /// The interpretation channel chosen.
    channel: Option<String>,
    /// The caption language chosen.
    captions: Option<String>,
}

/// What a form that came back with a problem said: the question (its text kept), or a
/// refused poll vote (the poll and why).
#[derive(Default)]
pub(super) struct FormState {
    pub ask_error: Option<String>,
    pub ask_text: String,
    pub poll_error: Option<(i64, String)>,
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
    let visit = Visit {
        state: &state,
        content: &content,
        lang: &lang,
        token: &token,
        reg: &reg,
        headers: &headers,
    };
    render(
        &visit,
        Choices {
            channel: query.channel.as_deref(),
            captions: query.captions.as_deref(),
        },
        StatusCode::OK,
        FormState::default(),
    )
    .await
}

/// Who is looking at the hall, in which language, through which link.
pub(super) struct Visit<'a> {
    pub state: &'a AppState,
    pub content: &'a SiteContent,
    pub lang: &'a Lang,
    pub token: &'a str,
    pub reg: &'a Registration,
    pub headers: &'a HeaderMap,
}

/// What the attendee chose to see and hear.
#[derive(Clone, Copy, Default)]
pub(super) struct Choices<'a> {
    /// The interpretation channel.
    pub channel: Option<&'a str>,
    /// The caption language.
    pub captions: Option<&'a str>,
}

/// The hall page with `status` (a form that came back with a problem keeps what was typed).
pub(super) async fn render(
    visit: &Visit<'_>,
    chosen: Choices<'_>,
    status: StatusCode,
    form: FormState,
) -> Result<Response, WebError> {
    let Visit {
        state,
        content,
        lang,
        token,
        reg,
        headers,
    } = *visit;
    let event = event_of(content, reg)?;
    let settings = &content.settings;
    let now = state.clock.now();
    let tr = state.catalog.translator(lang);
    let formats = Formats::new(lang, settings.digits_for(lang), settings.hijri)?;
    let zone: Option<ZoneName> = reg.time_zone.parse().ok();
    let mut e = event_view(
        settings,
        event,
        content,
        lang,
        tr,
        &formats,
        now,
        zone.as_ref(),
    );
    // The number first: an update committed while the page is read is then sent again by
    // the stream rather than missed.
    let seq = state.db.hall_seq(&event.slug).await?;
    let choice = state.db.live_choice(&event.slug).await?;
    let live = crate::hall::live_segment(event, choice.as_ref(), now);
    let base = format!("/{lang}/hall/{token}");
    let programme = programme(event, std::mem::take(&mut e.segments), live, tr, lang);
    let stream = stream_view(event, chosen.channel, reg, tr);
    let captions = captions_view(state, event, chosen.captions, tr).await?;
    let questions = questions(state, event, reg, tr).await?;
    let choices = state.db.poll_choices(&event.slug, reg.id).await?;
    let polls = poll_views(
        state.db.polls(&event.slug).await?,
        &PollInputs {
            tr,
            formats: &formats,
            lang,
            default: &settings.default_language,
            programme: &programme,
            choices: &choices,
            error: form.poll_error.as_ref(),
        },
    );
    let announcements = announcements(state, event, lang, &formats, zone.as_ref()).await?;
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
    let page = HallPage {
        phase: phase_name(crate::hall::phase(event, now)),
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
        main_lang: event.proceedings_language.to_string(),
        questions,
        attendees: tr.t_count("hall-attendees", attendees, &formats.number(attendees)),
        languages: question_languages(settings, tr, &reg.lang),
        ask_error: form.ask_error,
        ask_text: form.ask_text,
        hls_lib: state.assets.url("vendor/hls.min.js"),
        stream_js: state.assets.url("js/hall-stream.js"),
        zone: zone
            .as_ref()
            .map_or_else(|| "UTC".to_owned(), ToString::to_string),
        attendee_labels: attendee_labels(tr),
        polls,
        poll_labels: super::poll_view::labels(tr),
        default_lang: settings.default_language.to_string(),
        polls_js: state.assets.url("js/hall-polls.js"),
        reactions_js: state.assets.url("js/hall-reactions.js"),
        reactions: reaction_buttons(tr),
        captions,
        captions_js: state.assets.url("js/hall-captions.js"),
        channel: chosen.channel.unwrap_or_default().to_owned(),
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

/// The questions everyone sees and the attendee's own pending ones, in the hall's order.
async fn questions(
    state: &AppState,
    event: &Event,
    reg: &Registration,
    tr: Translator<'_>,
) -> Result<Vec<QuestionView>, WebError> {
    let votes = state.db.votes_of(&event.slug, reg.id).await?;
    let mut questions: Vec<Question> = state
        .db
        .questions(&event.slug)
        .await?
        .into_iter()
        .filter(|q| {
            q.status.is_public() || (q.asker == reg.id && q.status == QuestionStatus::Pending)
        })
        .collect();
    sort_questions(&mut questions);
    Ok(questions
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
        .collect())
}

/// An announcement as an attendee sees it: in their language if written in it.
struct AnnouncementView {
    id: i64,
    /// The language of the text shown (empty: unknown).
    lang: String,
    text: String,
    time: TimeView,
}

/// Announcements not withdrawn, newest first, each in the page's language (else the
/// event's main language), timed in the attendee's zone.
async fn announcements(
    state: &AppState,
    event: &Event,
    lang: &Lang,
    formats: &Formats,
    zone: Option<&ZoneName>,
) -> Result<Vec<AnnouncementView>, WebError> {
    let zone = zone.map_or(jiff::tz::TimeZone::UTC, |z| z.zone().clone());
    Ok(state
        .db
        .announcements(&event.slug)
        .await?
        .into_iter()
        .filter(|a| a.withdrawn.is_none())
        .map(|a: StoredAnnouncement| {
            let (shown, text) = a.texts.in_lang(lang, &event.proceedings_language);
            AnnouncementView {
                id: a.id,
                lang: if shown == crate::hall::UNKNOWN_LANG {
                    String::new()
                } else {
                    shown.to_owned()
                },
                text: text.to_owned(),
                time: TimeView {
                    text: formats.time(a.at.to_zoned_datetime(zone.clone()).time()),
                    datetime: a.at.to_string(),
                },
            }
        })
        .collect())
}
