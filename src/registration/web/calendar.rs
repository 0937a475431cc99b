//! `GET /{lang}/registrations/{token}/calendar.ics`: the entry for the attendee's calendar,
//! offered only while the place is confirmed. Otherwise a page says why there is none:
//! 404 while it may still come (waiting for confirmation, on the waitlist, offered), 410
//! once it never will (cancelled, expired).

use super::message::{Message, message_page};
use super::personal::{event_title, registration_for, settings_and_lang};
use crate::error::WebError;
use crate::registration::{CalendarMethod, PlaceCalendar, Status};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, StatusCode};

/// `GET …/calendar.ics`.
pub async fn calendar_file(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (settings, lang) = settings_and_lang(&state, &lang).await?;
    let (reg, _) = registration_for(&state, &token).await?;
    let personal = format!("/{lang}/registrations/{token}");
    if reg.status != Status::Confirmed {
        let tr = state.catalog.translator(&lang);
        let (status, text) = match reg.status {
            Status::Cancelled | Status::Expired => (StatusCode::GONE, "me-calendar-gone"),
            _ => (StatusCode::NOT_FOUND, "me-calendar-not-yet"),
        };
        return message_page(
            &state,
            &settings,
            &lang,
            &format!("registrations/{token}/calendar.ics"),
            &headers,
            Message {
                status,
                heading: tr.t("me-calendar-heading"),
                text: tr.t(text),
                button: None,
                back: Some((personal, tr.t("me-calendar-back"))),
            },
        );
    }
    let event = state
        .db
        .event(&reg.event)
        .await?
        .ok_or(WebError::NotFound)?;
    let title = event_title(&event, &lang, &settings, state.clock.now());
    let url = format!("{}{personal}", state.public_url());
    let ics = PlaceCalendar {
        registration: &reg,
        event: &event,
        settings: &settings,
        lang: &lang,
        summary: &title,
        description: &url,
        url: &url,
        now: state.clock.now(),
    }
    .file(CalendarMethod::Publish);
    let headers = [
        (
            http::header::CONTENT_TYPE,
            "text/calendar; charset=utf-8".to_owned(),
        ),
        (
            http::header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}.ics\"", event.slug),
        ),
    ];
    Ok(super::private((headers, ics).into_response()))
}
