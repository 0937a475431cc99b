//! `POST /{lang}/hall/{token}/reactions`: an attendee's reaction (a button of a form that
//! works without JavaScript), counted unless it comes faster than the limit, and sent on
//! with everyone else's within the second (`hall::reactions`).

use super::attendee_post::AttendeePost;
use super::json_error;
use crate::error::WebError;
use crate::hall::{Phase, Reaction};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ReactionForm {
    csrf: String,
    #[serde(default)]
    reaction: String,
}

/// `POST /{lang}/hall/{token}/reactions`.
pub async fn react(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<ReactionForm>,
) -> Result<Response, WebError> {
    let post = AttendeePost::check(&state, &lang, &token, &headers, &form.csrf).await?;
    let (event, reg) = (post.event(), &post.reg);
    let reaction = Reaction::parse(&form.reaction)
        .ok_or_else(|| WebError::BadRequest("choose one of the hall's reactions".to_owned()))?;
    let now = state.clock.now();
    let tr = post.tr();
    let problem = if crate::hall::phase(event, now) != Phase::Open {
        Some((StatusCode::CONFLICT, tr.t("hall-ask-closed")))
    } else if !state
        .hall
        .reactions
        .react(&event.slug, reg.id, reaction, now)
    {
        Some((StatusCode::TOO_MANY_REQUESTS, tr.t("hall-react-too-fast")))
    } else {
        None
    };
    match problem {
        Some((status, message)) if post.sent_by_script() => Ok(json_error(status, message)),
        // Without JavaScript a reaction too many is simply not counted: back to the hall.
        _ => Ok(post.accepted("reactions")),
    }
}
