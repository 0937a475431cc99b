//! `/admin/hall/{event}/announcements` (moderators, who announce): every announcement of
//! the event with its time, author and texts per language, and withdrawing one, which takes
//! it off every open hall at once (here and at the other instances).

use super::event_request::EventRequest;
use super::{CheckedForm, Frame, respond};
use crate::error::WebError;
use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use serde::Deserialize;

/// An announcement as the list shows it.
pub struct ListedAnnouncement {
    pub id: i64,
    pub when: String,
    pub datetime: String,
    pub author: Option<String>,
    /// (language code or empty, language name, text)
    pub texts: Vec<(String, String, String)>,
    /// "Withdrawn … by …", if it was.
    pub withdrawn: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/announcements.html")]
struct AnnouncementsPage<'a> {
    frame: Frame<'a>,
    event: String,
    title: String,
    announcements: Vec<ListedAnnouncement>,
}

/// `GET /admin/hall/{event}/announcements`.
pub async fn page(request: EventRequest) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, event, tr) = (&request.state, loaded.event(), loaded.tr());
    let formats = loaded.formats()?;
    let zone = event.reference_zone.zone().clone();
    let when = |at: jiff::Timestamp| {
        formats.date_time_short(at.to_zoned_datetime(zone.clone()).datetime())
    };
    let announcements = state
        .db
        .announcements(&event.slug)
        .await?
        .into_iter()
        .map(|a| ListedAnnouncement {
            id: a.id,
            when: when(a.at),
            datetime: a.at.to_string(),
            author: a.author,
            texts: a
                .texts
                .iter()
                .map(|(code, text)| match code.parse::<crate::domain::Lang>() {
                    Ok(l) if code != crate::hall::UNKNOWN_LANG => (
                        code.to_owned(),
                        crate::events::view::lang_name(tr, &l),
                        text.to_owned(),
                    ),
                    _ => (String::new(), String::new(), text.to_owned()),
                })
                .collect(),
            withdrawn: a.withdrawn.map(|(at, by)| {
                tr.t_args(
                    "admin-announcements-withdrawn",
                    &[("when", &when(at)), ("who", &by)],
                )
            }),
        })
        .collect();
    let (frame, cookie) = loaded.frame("admin-announcements", "/admin/hall");
    let page = AnnouncementsPage {
        frame,
        event: event.slug.to_string(),
        title: loaded.title(),
        announcements,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

#[derive(Deserialize)]
pub struct CsrfForm {}

/// `POST /admin/hall/{event}/announcements/{id}/withdraw`: gone from every open hall; the
/// row stays, marked, for the list and the audit log.
pub async fn withdraw(
    request: EventRequest,
    Path((_, id)): Path<(String, i64)>,
    CheckedForm(_form): CheckedForm<CsrfForm>,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, admin, event) = (&request.state, &request.admin, loaded.event());
    let audit = super::audited(
        state,
        Some(&admin.user),
        "withdrew a hall announcement",
        &format!("announcement {id} of {}", event.slug),
        None,
        None,
    );
    let withdrawn = state
        .db
        .withdraw_announcement(&event.slug, id, &admin.user.name, &audit, state.clock.now())
        .await?;
    match withdrawn {
        Some(update) => state.hall.published(&update).await,
        // Withdrawn already (another moderator, a second press): nothing more to do; an id
        // the event never had is not found.
        None => {
            let known = state
                .db
                .announcements(&event.slug)
                .await?
                .iter()
                .any(|a| a.id == id);
            if !known {
                return Err(WebError::NotFound);
            }
        }
    }
    Ok(Redirect::to(&format!(
        "/admin/hall/{}/announcements#announcement-{id}",
        event.slug
    ))
    .into_response())
}
