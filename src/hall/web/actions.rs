//! What attendees do in the hall: ask a question, vote for one. Each is a plain form POST
//! that redirects back to the hall (without JavaScript), or answers 204 / a JSON error to
//! the script (`Accept: application/json`).

use super::page::{Choices, FormState, Visit, render};
use super::{attendee, check_form, event_of, hall_headers, json_error, wants_json};
use crate::domain::Lang;
use crate::error::WebError;
use crate::hall::{MAX_QUESTION_CHARS, Phase, PlainText, PlainTextError};
use crate::site::site_lang;
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// Questions one attendee may ask per window.
const QUESTIONS_PER_WINDOW: i64 = 3;
/// The window of that limit, in minutes.
const QUESTION_WINDOW_MINUTES: i64 = 5;

#[derive(Deserialize)]
pub struct AskForm {
    csrf: String,
    text: String,
    lang: String,
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
    check_form(&state, &headers, &form.csrf)?;
    let tr = state.catalog.translator(&lang);
    let now = state.clock.now();
    let problem = if crate::hall::phase(event, now) != Phase::Open {
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
            let visit = Visit {
                state: &state,
                content: &content,
                lang: &lang,
                token: &token,
                reg: &reg,
                headers: &headers,
            };
            let returned = FormState {
                ask_error: Some(message),
                ask_text: form.text,
                ..FormState::default()
            };
            render(&visit, Choices::default(), status, returned).await
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
    check_form(&state, &headers, &form.csrf)?;
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
