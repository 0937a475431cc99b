//! The update stream: `GET /{lang}/hall/{token}/updates` (an attendee's Server-Sent Events),
//! and [`open_stream`], which the moderators' console uses for theirs.

use super::attendee;
use crate::error::WebError;
use crate::hall::{StreamStart, Viewer};
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct UpdatesQuery {
    after: Option<i64>,
    /// The caption language chosen (none: no captions).
    captions: Option<String>,
}

/// `GET /{lang}/hall/{token}/updates`: the attendee's Server-Sent Events.
pub async fn updates(
    State(state): State<AppState>,
    Path((_lang, token)): Path<(String, String)>,
    Query(query): Query<UpdatesQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let reg = attendee(&state, &token).await?;
    // Only a language the event captions in (each opens a lane of its own in the hub);
    // any other shows no captions, as before.
    let content = state.content().await?;
    let captions = query
        .captions
        .and_then(|l| l.parse::<crate::domain::Lang>().ok())
        .filter(|lang| {
            content
                .events
                .iter()
                .any(|e| e.slug == reg.event && e.caption_languages.contains(lang))
        });
    open_stream(
        &state,
        &reg.event,
        Viewer::Attendee(reg.id),
        &headers,
        query.after,
        captions,
    )
    .await
}

/// A stream of updates for `viewer`, resuming after `Last-Event-ID` (or `after`), with the
/// captions in `captions`.
pub async fn open_stream(
    state: &AppState,
    event: &crate::domain::Slug,
    viewer: Viewer,
    headers: &HeaderMap,
    after: Option<i64>,
    captions: Option<crate::domain::Lang>,
) -> Result<Response, WebError> {
    let hub = &state.hall.hub;
    let channel = hub.channel(event).await?;
    // The cap across instances first (a slot in the database on PostgreSQL), then here.
    let window = state.hall.windows.open(viewer).await?;
    let (Some(window), Some(presence)) = (window, channel.enter(viewer)) else {
        return Ok(crate::site::RetryAfter(60).on((
            StatusCode::TOO_MANY_REQUESTS,
            "This link already has the most open hall windows allowed; close one.",
        )
            .into_response()));
    };
    let stay = match viewer {
        Viewer::Attendee(registration) => state.hall.attendance.join(event, registration).await?,
        Viewer::Moderator => crate::hall::Stay::none(),
    };
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok())
        .or(after);
    let after = match resume {
        Some(seq) if seq >= 0 => seq,
        _ => state.db.hall_seq(event).await?,
    };
    let hello = format!(
        "retry: 3000\nevent: hello\ndata: {{\"now\":{},\"after\":{after},\"attendees\":{}}}\n\n",
        state.clock.now().as_millisecond(),
        channel.attendees(),
    );
    Ok(crate::hall::stream_response(StreamStart {
        db: state.db.clone(),
        event: event.clone(),
        channel,
        presence,
        window,
        stay,
        viewer,
        captions,
        after,
        hello: bytes::Bytes::from(hello),
        closing: hub.closing(),
        counted: state.metrics.hall_connection(event),
    })
    .await?)
}
