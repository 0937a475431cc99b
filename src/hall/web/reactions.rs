//! `POST /{lang}/hall/{token}/reactions`: an attendee's reaction (a button of a form that
//! works without JavaScript), counted unless it comes faster than the limit, and sent on
//! with everyone else's within the second (`hall::reactions`).

use super::{attendee, check_form, event_of, hall_headers, json_error, wants_json};
use crate::error::WebError;
use crate::hall::{Phase, Reaction};
use crate::i18n::Translator;
use crate::site::site_lang;
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// A reaction button on the hall page: (name, symbol, label).
pub fn buttons(tr: Translator<'_>) -> Vec<(&'static str, &'static str, String)> {
    Reaction::ALL
        .iter()
        .map(|r| {
            (
                r.as_str(),
                r.symbol(),
                tr.t(&format!("hall-reaction-{}", r.as_str())),
            )
        })
        .collect()
}

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
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let reg = attendee(&state, &token).await?;
    let event = event_of(&content, &reg)?;
    check_form(&state, &headers, &form.csrf)?;
    let reaction = Reaction::parse(&form.reaction)
        .ok_or_else(|| WebError::BadRequest("choose one of the hall's reactions".to_owned()))?;
    let now = state.clock.now();
    let tr = state.catalog.translator(&lang);
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
        None if wants_json(&headers) => Ok(StatusCode::NO_CONTENT.into_response()),
        Some((status, message)) if wants_json(&headers) => Ok(json_error(status, message)),
        // Without JavaScript a reaction too many is simply not counted: back to the hall.
        _ => Ok(hall_headers(
            Redirect::to(&format!("/{lang}/hall/{token}#reactions")).into_response(),
            event,
        )),
    }
}
