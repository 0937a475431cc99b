//! The pages behind the links in registration mail: confirming, and the personal page.
//!
//! Confirming takes a button press (a POST), not just opening the link, so that mail
//! scanners which fetch every link cannot confirm on the person's behalf.

use crate::content::SiteSettings;
use crate::domain::Lang;
use crate::error::WebError;
use crate::registration::{Confirmation, Purpose, Registration, Status, VerifiedLink};
use crate::site::forms::ButtonForm;
use crate::site::{Chrome, csrf, site_lang};
use crate::state::AppState;

pub(crate) use super::message::message;
use super::message::with_cookie;
use super::schedule::Schedule;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "registration_personal.html")]
struct PersonalPage<'a> {
    chrome: Chrome<'a>,
    event_title: String,
    event_href: String,
    status: String,
    can_accept: bool,
    can_cancel: bool,
    /// The hall, for a confirmed place in an event that has not ended.
    hall_href: Option<String>,
    /// The event's day and times in the attendee's zone.
    schedule: Schedule,
    /// The calendar file, only while the place is confirmed.
    calendar_href: Option<String>,
    base: String,
    languages: Vec<(String, String, bool)>,
    csrf: String,
    data: Vec<(String, String)>,
    /// The attendee's own attendance, once they have been in the hall.
    attendance: Option<crate::attendance::personal::OwnAttendance>,
}

pub(super) async fn settings_and_lang(
    state: &AppState,
    lang: &str,
) -> Result<(SiteSettings, Lang), WebError> {
    let settings = state.db.site_settings().await?.ok_or(WebError::NotFound)?;
    let lang = site_lang(&settings, lang)?;
    Ok((settings, lang))
}

pub(super) fn event_title(
    event: &crate::content::Event,
    lang: &Lang,
    settings: &SiteSettings,
    now: jiff::Timestamp,
) -> String {
    event
        .shown_text(lang, &settings.default_language, now)
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

/// `GET /{lang}/registrations/confirm/{token}`: the confirm button.
pub async fn confirm_page(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (settings, lang) = settings_and_lang(&state, &lang).await?;
    let tr = state.catalog.translator(&lang);
    let Some(link) = state.link_key.verify(Purpose::Confirm, &token) else {
        return message(
            &state,
            &settings,
            &lang,
            &format!("registrations/confirm/{token}"),
            &headers,
            StatusCode::NOT_FOUND,
            tr.t("confirm-heading"),
            tr.t("confirm-unknown"),
            None,
        );
    };
    let title = match state.db.link_nonces(link.id).await? {
        Some((reg, _)) => match state.db.event(&reg.event).await? {
            Some(event) => event_title(&event, &lang, &settings, state.clock.now()),
            None => String::new(),
        },
        None => String::new(),
    };
    let action = format!("/{lang}/registrations/confirm/{token}");
    message(
        &state,
        &settings,
        &lang,
        &format!("registrations/confirm/{token}"),
        &headers,
        StatusCode::OK,
        tr.t("confirm-heading"),
        tr.t_with("confirm-text", "event", &title),
        Some((action, tr.t("confirm-button"))),
    )
}

/// `POST /{lang}/registrations/confirm/{token}`.
pub async fn confirm(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<ButtonForm>,
) -> Result<Response, WebError> {
    let (settings, lang) = settings_and_lang(&state, &lang).await?;
    let tr = state.catalog.translator(&lang);
    if !csrf::verify(&state, &headers, &form.csrf) {
        let action = format!("/{lang}/registrations/confirm/{token}");
        return message(
            &state,
            &settings,
            &lang,
            &format!("registrations/confirm/{token}"),
            &headers,
            StatusCode::FORBIDDEN,
            tr.t("confirm-heading"),
            tr.t("register-error-session"),
            Some((action, tr.t("confirm-button"))),
        );
    }
    let outcome = match state.link_key.verify(Purpose::Confirm, &token) {
        Some(VerifiedLink { id, nonce }) => state.db.confirm(id, &nonce, state.clock.now()).await?,
        None => Confirmation::Unknown,
    };
    let id = match outcome {
        Confirmation::Confirmed { id } | Confirmation::Waitlisted { id, .. } => {
            state.metrics.confirmation();
            id
        }
        Confirmation::AlreadyConfirmed { id, .. } => id,
        Confirmation::Expired => {
            return message(
                &state,
                &settings,
                &lang,
                &format!("registrations/confirm/{token}"),
                &headers,
                StatusCode::GONE,
                tr.t("confirm-heading"),
                tr.t("confirm-expired"),
                None,
            );
        }
        Confirmation::Unknown => {
            return message(
                &state,
                &settings,
                &lang,
                &format!("registrations/confirm/{token}"),
                &headers,
                StatusCode::NOT_FOUND,
                tr.t("confirm-heading"),
                tr.t("confirm-unknown"),
                None,
            );
        }
    };
    let (reg, nonces) = state.db.link_nonces(id).await?.ok_or(WebError::NotFound)?;
    // Places left changed: the event page must show it at once.
    state.places_changed(&reg.event).await;
    // Post/redirect/get: the personal page says where the registration stands.
    let access = state.link_key.token(Purpose::Access, id, &nonces.access);
    Ok(super::private(
        Redirect::to(&format!("/{lang}/registrations/{access}")).into_response(),
    ))
}

/// Refuses a form whose CSRF token does not match the visitor's cookie.
fn require_form_token(state: &AppState, headers: &HeaderMap, token: &str) -> Result<(), WebError> {
    if csrf::verify(state, headers, token) {
        Ok(())
    } else {
        Err(WebError::BadRequest(
            "the form has expired; go back and try again".to_owned(),
        ))
    }
}

/// The registration behind a personal link, for a form posted from its page.
async fn checked_registration(
    state: &AppState,
    headers: &HeaderMap,
    csrf_token: &str,
    link: &str,
) -> Result<(Registration, String), WebError> {
    require_form_token(state, headers, csrf_token)?;
    registration_for(state, link).await
}

/// The registration a personal link opens, and the link's nonce; `NotFound` for any other.
pub(super) async fn registration_for(
    state: &AppState,
    token: &str,
) -> Result<(Registration, String), WebError> {
    crate::registration::registration_for(&state.link_key, &state.db, token)
        .await?
        .ok_or(WebError::NotFound)
}

/// `GET /{lang}/registrations/{token}`: status, data held, cancel.
pub async fn page(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (settings, lang) = settings_and_lang(&state, &lang).await?;
    let (reg, _) = registration_for(&state, &token).await?;
    let event = state
        .db
        .event(&reg.event)
        .await?
        .ok_or(WebError::NotFound)?;
    let tr = state.catalog.translator(&lang);
    let formats = crate::i18n::Formats::new(&lang, settings.digits_for(&lang), settings.hijri)?;
    let status = match reg.status {
        Status::Pending => tr.t("me-status-pending"),
        Status::Confirmed => tr.t("me-status-confirmed"),
        Status::Waitlisted => tr.t_with(
            "me-status-waitlisted",
            "position",
            &formats.number(reg.waitlist_position.unwrap_or(0)),
        ),
        Status::Offered => {
            let expires = reg.offer_expires_at.map(|t| {
                let z = t.to_zoned_datetime(event.reference_zone.zone().clone());
                format!(
                    "{} {}",
                    formats.gregorian_date(z.date()),
                    formats.time(z.time())
                )
            });
            tr.t_with("me-status-offered", "expires", &expires.unwrap_or_default())
        }
        Status::Cancelled => tr.t("me-status-cancelled"),
        Status::Expired => tr.t("me-status-expired"),
    };
    let (csrf_token, cookie) = csrf::form_token(&state, &headers);
    let title = event_title(&event, &lang, &settings, state.clock.now());
    let chrome = Chrome::new(
        &state,
        &settings,
        &lang,
        &format!("registrations/{token}"),
        tr.t("me-heading"),
        String::new(),
    );
    let zone: crate::domain::ZoneName = reg
        .time_zone
        .parse()
        .unwrap_or_else(|_| event.reference_zone.clone());
    let schedule = Schedule::new(&event, &zone, &formats, tr);
    let attendance = crate::attendance::personal::own_attendance(
        &state,
        &event,
        &reg,
        (&lang, &settings.default_language),
        tr,
        &formats,
    )
    .await?;
    let page = PersonalPage {
        attendance,
        schedule,
        calendar_href: (reg.status == Status::Confirmed)
            .then(|| format!("/{lang}/registrations/{token}/calendar.ics")),
        event_href: format!("/{lang}/events/{}", event.slug),
        event_title: title,
        status,
        can_accept: reg.status == Status::Offered,
        can_cancel: matches!(
            reg.status,
            Status::Pending | Status::Confirmed | Status::Waitlisted | Status::Offered
        ),
        base: format!("/{lang}/registrations/{token}"),
        hall_href: (reg.status == Status::Confirmed && !event.is_past(state.clock.now()))
            .then(|| format!("/{lang}/hall/{token}")),
        languages: settings
            .languages
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    state.catalog.text(l.as_str(), "language-name-self", None),
                    l.as_str() == reg.lang,
                )
            })
            .collect(),
        csrf: csrf_token,
        data: vec![
            (tr.t("me-data-name"), reg.name.clone()),
            (tr.t("me-data-email"), reg.email.as_str().to_owned()),
            (
                tr.t("me-data-country"),
                crate::i18n::country_name(tr, &reg.country),
            ),
            (
                tr.t("me-data-language"),
                state.catalog.text(&reg.lang, "language-name-self", None),
            ),
            (
                tr.t("me-data-zone"),
                formats.zones().name_and_city(&zone, event.starts_at),
            ),
        ],
        chrome,
    };
    Ok(with_cookie(Html(page.render()?).into_response(), cookie))
}

/// `POST …/cancel`.
pub async fn cancel(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<ButtonForm>,
) -> Result<Response, WebError> {
    let (reg, nonce) = checked_registration(&state, &headers, &form.csrf, &token).await?;
    state
        .db
        .cancel(reg.id, &nonce, state.clock.now(), state.lifetimes)
        .await?;
    state.places_changed(&reg.event).await;
    state.hall.revoked(&reg.event).await;
    Ok(super::private(
        Redirect::to(&format!("/{lang}/registrations/{token}")).into_response(),
    ))
}

/// `POST …/accept`.
pub async fn accept(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<ButtonForm>,
) -> Result<Response, WebError> {
    let (reg, nonce) = checked_registration(&state, &headers, &form.csrf, &token).await?;
    state
        .db
        .accept_offer(reg.id, &nonce, state.clock.now())
        .await?;
    Ok(super::private(
        Redirect::to(&format!("/{lang}/registrations/{token}")).into_response(),
    ))
}

/// `POST …/delete`: erases the data held about the person.
pub async fn erase(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<ButtonForm>,
) -> Result<Response, WebError> {
    let (settings, lang) = settings_and_lang(&state, &lang).await?;
    let (reg, nonce) = checked_registration(&state, &headers, &form.csrf, &token).await?;
    state
        .db
        .erase(reg.id, &nonce, state.clock.now(), state.lifetimes)
        .await?;
    state.places_changed(&reg.event).await;
    state.hall.revoked(&reg.event).await;
    let tr = state.catalog.translator(&lang);
    message(
        &state,
        &settings,
        &lang,
        "",
        &headers,
        StatusCode::OK,
        tr.t("me-deleted-heading"),
        tr.t("me-deleted-text"),
        None,
    )
}

/// The language field of the language form.
#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    lang: String,
}

/// `POST …/language`: the language of the person's mail (and of this page).
pub async fn language(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<LanguageForm>,
) -> Result<Response, WebError> {
    let (settings, _) = settings_and_lang(&state, &lang).await?;
    require_form_token(&state, &headers, &form.csrf)?;
    let chosen = site_lang(&settings, &form.lang).map_err(|_| {
        WebError::BadRequest(format!(
            "{:?} is not one of the site's languages",
            form.lang
        ))
    })?;
    let (reg, nonce) = registration_for(&state, &token).await?;
    state
        .db
        .set_language(reg.id, &nonce, chosen.as_str())
        .await?;
    Ok(super::private(
        Redirect::to(&format!("/{chosen}/registrations/{token}")).into_response(),
    ))
}
