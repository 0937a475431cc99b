//! The vote in a poll: a plain form POST that redirects back to the poll (the script sends
//! the same form and reads 204 or a JSON error). What attendees see of polls is built in
//! `poll_view.rs`.

use super::attendee_post::AttendeePost;
use super::page::FormState;
use crate::error::WebError;
use crate::hall::{PollStatus, PollVote};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
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
    let post = AttendeePost::check(&state, &lang, &token, &headers, &form.csrf).await?;
    let (event, tr) = (post.event(), post.tr());
    let position = form
        .option
        .as_deref()
        .and_then(|o| o.trim().parse::<i64>().ok());
    let problem = match position {
        None => Some((StatusCode::UNPROCESSABLE_ENTITY, tr.t("hall-poll-choose"))),
        Some(position) => match state
            .db
            .vote_in_poll(&event.slug, id, post.reg.id, position, state.clock.now())
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
    post.answer(problem, &format!("poll-{id}"), |message| FormState {
        poll_error: Some((id, message)),
        ..FormState::default()
    })
    .await
}
