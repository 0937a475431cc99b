//! The vote in a poll: a plain form POST that redirects back to the poll (the script sends
//! the same form and reads 204 or a JSON error). What attendees see of polls is built in
//! `poll_view.rs`.

use super::page::{Choices, FormState, Visit, render};
use super::{attendee, check_form, event_of, hall_headers, json_error, wants_json};
use crate::error::WebError;
use crate::hall::{PollStatus, PollVote};
use crate::site::site_lang;
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct PollVoteForm {
    csrf: String,
    /// The option's position; missing when nothing was chosen.
    #[serde(default)]
    option: Option<String>,
}

/// `POST /{lang}/hall/{token}/polls/{id}/vote`: a first vote, or a changed one, while the
/// poll is open; refused with a clear message once it is closed.
pub async fn vote(
    State(state): State<AppState>,
    Path((lang, token, id)): Path<(String, String, i64)>,
    headers: HeaderMap,
    Form(form): Form<PollVoteForm>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let reg = attendee(&state, &token).await?;
    let event = event_of(&content, &reg)?;
    check_form(&state, &headers, &form.csrf)?;
    let tr = state.catalog.translator(&lang);
    let position = form
        .option
        .as_deref()
        .and_then(|o| o.trim().parse::<i64>().ok());
    let problem = match position {
        None => Some((StatusCode::UNPROCESSABLE_ENTITY, tr.t("hall-poll-choose"))),
        Some(position) => match state
            .db
            .vote_in_poll(&event.slug, id, reg.id, position, state.clock.now())
            .await?
        {
            PollVote::Counted(update) => {
                if let Some(update) = update {
                    state.hall.published(&update).await;
                }
                None
            }
            PollVote::Unchanged => None,
            PollVote::NotOpen(PollStatus::Closed) => {
                Some((StatusCode::CONFLICT, tr.t("hall-poll-closed-refused")))
            }
            PollVote::NotOpen(_) | PollVote::Unknown => return Err(WebError::NotFound),
        },
    };
    match problem {
        None if wants_json(&headers) => Ok(StatusCode::NO_CONTENT.into_response()),
        None => Ok(hall_headers(
            Redirect::to(&format!("/{lang}/hall/{token}#poll-{id}")).into_response(),
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
            let form = FormState {
                poll_error: Some((id, message)),
                ..FormState::default()
            };
            render(&visit, Choices::default(), status, form).await
        }
    }
}
