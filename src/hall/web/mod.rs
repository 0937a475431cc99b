//! The attendee's hall on the web: `/{lang}/hall/{token}` behind the personal link from the
//! confirmation mail (confirmed registrations only), split by job: the page (`page.rs`,
//! its named parts in `parts.rs`, the polls as shown in `poll_view.rs`), what attendees do
//! there (`actions.rs`: ask and vote for questions; `polls.rs`: vote in a poll;
//! `reactions.rs`; the checks and answers they share in `attendee_post.rs`), the update stream (`updates.rs`) and the caption ingest of a
//! speech-to-text engine (`captions.rs`). What they share is here: who the
//! link opens, and the headers of every hall response.
//!
//! Everything works without JavaScript (forms post and redirect back; a reload shows what
//! is new); `hall.js` adds the live stream of updates, the countdown that opens the hall
//! without a reload, and premieres that start at the right second.

mod actions;
mod attendee_post;
mod caption_view;
mod captions;
mod page;
mod parts;
mod poll_view;
mod polls;
mod reactions;
mod updates;

pub use captions::{CueForm, CueRefused, send_cue};
pub use parts::HallSegment;
pub use poll_view::percent_text;
pub use updates::open_stream;

use crate::content::{Event, SiteContent, StreamKind};
use crate::error::WebError;
use crate::registration::{Registration, Status};
use crate::state::AppState;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, HeaderValue, StatusCode};

/// The hall's public routes.
pub fn router() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/{lang}/hall/{token}", get(page::page))
        .route("/{lang}/hall/{token}/updates", get(updates::updates))
        .route("/{lang}/hall/{token}/questions", post(actions::ask))
        .route(
            "/{lang}/hall/{token}/questions/{id}/vote",
            post(actions::vote),
        )
        .route("/{lang}/hall/{token}/polls/{id}/vote", post(polls::vote))
        .route("/{lang}/hall/{token}/reactions", post(reactions::react))
        .route("/hall/{event}/captions", post(captions::ingest))
}

/// The confirmed registration behind a hall link; anything else is refused.
async fn attendee(state: &AppState, token: &str) -> Result<Registration, WebError> {
    let (reg, _) = crate::registration::registration_for(&state.link_key, &state.db, token)
        .await?
        .ok_or(WebError::NotFound)?;
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
    // No cache, no referrer: as every page behind a personal link (its address is the key).
    h.insert(
        http::header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        http::header::CACHE_CONTROL,
        HeaderValue::from_static("no-store"),
    );
    response
}

/// Whether the client asked for JSON (the script), not a page.
pub fn wants_json(headers: &HeaderMap) -> bool {
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
