//! What attendees do in the hall: ask a question, vote for one. Each is a plain form POST
//! that redirects back to the hall (without JavaScript), or answers 204 / a JSON error to
//! the script (`Accept: application/json`).

use super::attendee_post::AttendeePost;
use super::page::FormState;
use crate::domain::Lang;
use crate::error::WebError;
use crate::hall::{MAX_QUESTION_CHARS, Phase, PlainText, PlainTextError};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
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
    let post = AttendeePost::check(&state, &lang, &token, &headers, &form.csrf).await?;
    let (event, tr) = (post.event(), post.tr());
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
                    .filter(|l| post.content.settings.languages.contains(l))
                    .unwrap_or_else(|| post.lang.clone());
                let limit = (since, QUESTIONS_PER_WINDOW);
                match state
                    .db
                    .ask(&event.slug, post.reg.id, &question_lang, &text, limit, now)
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
    post.answer(problem, "questions", |message| FormState {
        ask_error: Some(message),
        ask_text: form.text,
        ..FormState::default()
    })
    .await
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
    let post = AttendeePost::check(&state, &lang, &token, &headers, &form.csrf).await?;
    // A second vote, or a vote for a question that is not open, changes nothing.
    if let Some(update) = state
        .db
        .vote(&post.event().slug, id, post.reg.id, state.clock.now())
        .await?
    {
        state.hall.published(&update).await;
    }
    Ok(post.accepted(&format!("question-{id}")))
}
