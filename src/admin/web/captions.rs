//! `/admin/hall/{event}/captions` (moderators): the captioners' console. One line per
//! cue, Enter sends it; the last lines of the language stay in view; "correct" replaces
//! the last one. A plain form POST works without JavaScript (the page comes back with the
//! line sent); `captions-console.js` sends without a reload. Organisers (site editors) set
//! the event's ingest token for a speech-to-text engine here (shown once) and save the
//! cues of ended segments as WebVTT tracks (`caption_tracks.rs`).

use super::event_request::EventRequest;
use super::{CheckedForm, Frame, audit_change, respond};
use crate::admin::Permission;
use crate::content::Event;
use crate::domain::Lang;
use crate::error::WebError;
use crate::hall::IngestToken;
use crate::hall::web::{CueForm, CueRefused, send_cue};
use crate::i18n::Translator;
use askama::Template;
use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use serde::Deserialize;

/// Lines of the chosen language shown above the input.
const LAST_LINES: i64 = 8;

#[derive(Template)]
#[template(path = "admin/captions.html")]
struct ConsolePage<'a> {
    frame: Frame<'a>,
    event: String,
    title: String,
    /// (code, name, chosen)
    languages: Vec<(String, String, bool)>,
    lang: String,
    dir: &'static str,
    /// (cue id, text), oldest first.
    lines: Vec<(i64, String)>,
    error: Option<String>,
    text: String,
    /// Organisers: the token part of the page.
    organiser: bool,
    token_set: Option<String>,
    /// A token just set, shown this once.
    new_token: Option<String>,
    ingest_url: String,
    notice: Option<String>,
    captions_js: String,
}

#[derive(Deserialize, Default)]
pub struct ConsoleQuery {
    /// The caption language (not `lang`: that chooses the area's own language).
    caption: Option<String>,
}

/// What the page shows besides the lines.
#[derive(Default)]
pub(super) struct Shown {
    pub error: Option<String>,
    pub text: String,
    pub new_token: Option<String>,
    pub notice: Option<String>,
}

/// `GET /admin/hall/{event}/captions`.
pub async fn page(
    request: EventRequest,
    Query(query): Query<ConsoleQuery>,
) -> Result<Response, WebError> {
    let asked = query.caption.as_deref();
    render(&request, asked, StatusCode::OK, Shown::default()).await
}

/// The language the console sends in: the one asked for if the event offers it, else
/// the event's first caption language.
fn console_lang(event: &Event, asked: Option<&str>) -> Result<Lang, WebError> {
    asked
        .and_then(|l| l.parse::<Lang>().ok())
        .filter(|l| event.caption_languages.contains(l))
        .or_else(|| event.caption_languages.first().cloned())
        .ok_or_else(|| WebError::BadRequest("this event offers no captions".to_owned()))
}

pub(super) async fn render(
    request: &EventRequest,
    asked: Option<&str>,
    status: StatusCode,
    shown: Shown,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, event, tr) = (&request.state, loaded.event(), loaded.tr());
    let chosen = console_lang(event, asked)?;
    let lines = state
        .db
        .last_cues(&event.slug, &chosen, LAST_LINES)
        .await?
        .into_iter()
        .map(|c| (c.id, c.text))
        .collect();
    let organiser = request.admin.user.may(Permission::EditSite);
    let token_set = match state.db.caption_token_set_at(&event.slug).await? {
        Some(at) if organiser => Some(at.strftime("%Y-%m-%d %H:%M UTC").to_string()),
        _ => None,
    };
    let (frame, cookie) = loaded.frame("admin-captions", "/admin/hall");
    let page = ConsolePage {
        frame,
        event: event.slug.to_string(),
        title: loaded.title(),
        languages: event
            .caption_languages
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    crate::events::view::lang_name(tr, l),
                    *l == chosen,
                )
            })
            .collect(),
        dir: chosen.direction().html(),
        lang: chosen.to_string(),
        lines,
        error: shown.error,
        text: shown.text,
        organiser,
        token_set,
        new_token: shown.new_token,
        ingest_url: format!("{}/hall/{}/captions", state.public_url(), event.slug),
        notice: shown.notice,
        captions_js: state.assets.url("js/captions-console.js"),
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `POST /admin/hall/{event}/captions`: one line (or the correction of the last one).
/// The script asks for JSON and gets the stored cue; a form gets the console again.
pub async fn send(
    request: EventRequest,
    CheckedForm(cue): CheckedForm<CueForm>,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (event, tr) = (loaded.event(), loaded.tr());
    let json = crate::hall::web::wants_json(&request.headers);
    let problem = match send_cue(&request.state, event, &cue).await {
        Ok(update) => {
            if json {
                return Ok((
                    StatusCode::CREATED,
                    [(http::header::CONTENT_TYPE, "application/json")],
                    update.payload,
                )
                    .into_response());
            }
            return Ok(Redirect::to(&format!(
                "/admin/hall/{}/captions?caption={}#caption-text",
                event.slug, cue.lang
            ))
            .into_response());
        }
        Err(CueRefused::Store(err)) => return Err(err),
        Err(refused) => refused_message(tr, &refused),
    };
    let status = if matches!(problem.0, Problem::TooFast) {
        StatusCode::TOO_MANY_REQUESTS
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    if json {
        return Ok((
            status,
            [(http::header::CONTENT_TYPE, "application/json")],
            serde_json::json!({ "error": problem.1 }).to_string(),
        )
            .into_response());
    }
    let shown = Shown {
        error: Some(problem.1),
        text: cue.text.clone(),
        ..Shown::default()
    };
    render(&request, Some(&cue.lang), status, shown).await
}

enum Problem {
    Refused,
    TooFast,
}

fn refused_message(tr: Translator<'_>, refused: &CueRefused) -> (Problem, String) {
    match refused {
        CueRefused::TooFast(_) => (Problem::TooFast, tr.t("admin-captions-too-fast")),
        CueRefused::Language => (Problem::Refused, tr.t("admin-captions-no-language")),
        _ => (
            Problem::Refused,
            tr.t_with(
                "admin-captions-text",
                "max",
                &crate::hall::MAX_CUE_CHARS.to_string(),
            ),
        ),
    }
}

#[derive(Deserialize)]
pub struct CsrfOnly {}

/// `POST /admin/hall/{event}/captions/token` (organisers): a new ingest token, shown once;
/// the one before stops working.
pub async fn set_token(
    request: EventRequest,
    CheckedForm(_form): CheckedForm<CsrfOnly>,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, event) = (&request.state, loaded.event());
    let token = IngestToken::generate();
    state
        .db
        .set_caption_token(&event.slug, &token.hash(), state.clock.now())
        .await?;
    audit_change(
        state,
        Some(&request.admin.user),
        "set the caption ingest token",
        event.slug.as_str(),
        None,
        None,
    )
    .await?;
    let shown = Shown {
        new_token: Some(token.reveal().to_owned()),
        ..Shown::default()
    };
    render(&request, None, StatusCode::OK, shown).await
}
