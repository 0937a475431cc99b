//! `/admin/hall/{event}/announcements` (moderators, who announce): every announcement of
//! the event with its time, author and texts per language, and withdrawing one, which takes
//! it off every open hall at once (here and at the other instances).

use super::{CheckedForm, Frame, area_lang, respond};
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
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
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let event = super::event_by_slug(&content, &slug)?;
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let formats = crate::i18n::Formats::new(
        &lang,
        content.settings.digits_for(&lang),
        content.settings.hijri,
    )?;
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
    let text = event.organiser_text(&lang, &content.settings.default_language);
    let page = AnnouncementsPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-announcements"),
            Some(&admin.user),
            "/admin/hall",
            token,
        ),
        event: event.slug.to_string(),
        title: text.map(|t| t.title.clone()).unwrap_or_default(),
        announcements,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

#[derive(Deserialize)]
pub struct CsrfForm {}

/// `POST /admin/hall/{event}/announcements/{id}/withdraw`: gone from every open hall; the
/// row stays, marked, for the list and the audit log.
pub async fn withdraw(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path((slug, id)): Path<(String, i64)>,
    CheckedForm(_form): CheckedForm<CsrfForm>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let event = super::event_by_slug(&content, &slug)?;
    let audit = super::audited(
        &state,
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
