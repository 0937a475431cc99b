//! Sending a caption cue, from the captioners' console (`admin/web/captions.rs`) or from a
//! speech-to-text engine through `POST /hall/{event}/captions` with the event's bearer
//! token (`application/x-www-form-urlencoded`: `lang`, `text`, optional `correction=1`).

use crate::content::Event;
use crate::domain::{Lang, Slug};
use crate::error::WebError;
use crate::hall::{HallUpdate, cue_text, token_hash};
use crate::site::{ClientAddr, RetryAfter, network_key};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// Why a cue was not sent.
#[derive(Debug)]
pub enum CueRefused {
    /// The event does not offer captions in this language.
    Language,
    /// Empty, or too long.
    Text,
    /// Too many cues in this language just now.
    TooFast(RetryAfter),
    Store(WebError),
}

impl From<crate::storage::StoreError> for CueRefused {
    fn from(err: crate::storage::StoreError) -> Self {
        CueRefused::Store(err.into())
    }
}

/// A cue as a form or an engine sends it.
#[derive(Deserialize)]
pub struct CueForm {
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub text: String,
    /// Present and not "0"/"false": replace the last cue of this language.
    #[serde(default)]
    pub correction: Option<String>,
}

impl CueForm {
    pub fn is_correction(&self) -> bool {
        self.correction
            .as_deref()
            .is_some_and(|c| !matches!(c, "" | "0" | "false"))
    }
}

/// Stores `form`'s cue for `event` (in the segment live now) and sends it to every
/// instance's streams that chose its language.
pub async fn send_cue(
    state: &AppState,
    event: &Event,
    form: &CueForm,
) -> Result<HallUpdate, CueRefused> {
    let lang: Lang = form.lang.parse().map_err(|_| CueRefused::Language)?;
    if !event.caption_languages.contains(&lang) {
        return Err(CueRefused::Language);
    }
    let text = cue_text(&form.text).map_err(|_| CueRefused::Text)?;
    let now = state.clock.now();
    let key = format!("{}/{lang}", event.slug);
    state
        .limits
        .caption_cues
        .hit(&key, now)
        .await?
        .map_err(CueRefused::TooFast)?;
    let choice = state.db.live_choice(&event.slug).await?;
    let segment = crate::hall::live_segment(event, choice.as_ref(), now).map(|l| &l.segment.id);
    let update = state
        .db
        .add_cue(
            crate::storage::NewCue {
                event: &event.slug,
                segment,
                lang: &lang,
                text: &text,
                correction: form.is_correction(),
            },
            now,
        )
        .await?;
    state.hall.published(&update).await;
    Ok(update)
}

/// `POST /hall/{event}/captions`: a cue from a speech-to-text engine.
pub async fn ingest(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    Form(form): Form<CueForm>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let event = slug
        .parse::<Slug>()
        .ok()
        .and_then(|s| content.events.iter().find(|e| e.slug == s))
        .ok_or(WebError::NotFound)?;
    let presented = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let accepted = match presented {
        Some(token) => {
            state
                .db
                .caption_token_matches(&event.slug, &token_hash(token))
                .await?
        }
        None => false,
    };
    if !accepted {
        let now = state.clock.now();
        if let Err(retry) = state
            .limits
            .caption_token_failures
            .hit(&network_key(client), now)
            .await?
        {
            return Ok(retry.on(plain(
                StatusCode::TOO_MANY_REQUESTS,
                "too many refused tokens",
            )));
        }
        let mut response = plain(StatusCode::UNAUTHORIZED, "a valid bearer token is needed");
        response.headers_mut().insert(
            http::header::WWW_AUTHENTICATE,
            http::HeaderValue::from_static("Bearer realm=\"captions\""),
        );
        return Ok(response);
    }
    Ok(match send_cue(&state, event, &form).await {
        Ok(update) => (
            StatusCode::CREATED,
            [(http::header::CONTENT_TYPE, "application/json")],
            serde_json::json!({ "seq": update.seq }).to_string(),
        )
            .into_response(),
        Err(CueRefused::Language) => plain(
            StatusCode::UNPROCESSABLE_ENTITY,
            "the event has no captions in this language",
        ),
        Err(CueRefused::Text) => plain(
            StatusCode::UNPROCESSABLE_ENTITY,
            "the cue is empty or longer than 300 characters",
        ),
        Err(CueRefused::TooFast(retry)) => retry.on(plain(
            StatusCode::TOO_MANY_REQUESTS,
            "too many cues in this language just now",
        )),
        Err(CueRefused::Store(err)) => return Err(err),
    })
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    (
        status,
        [(http::header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text,
    )
        .into_response()
}
