//! `/admin/registrations/{id}`: one registration, the mail sent about it and whether it was
//! delivered; confirming or cancelling by hand (someone who wrote in), resending a mail.

use super::{CheckedForm, Frame, area_lang, audit_change, respond};
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::registration::{Confirmation, Registration, Status};
use crate::site::forms::ButtonForm;
use crate::state::AppState;
use crate::storage::MailRecord;
use askama::Template;
use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};

#[derive(Template)]
#[template(path = "admin/registration.html")]
struct RegistrationPage<'a> {
    frame: Frame<'a>,
    r: Registration,
    status: String,
    /// The country's and the event's names in the area's language.
    country: String,
    event: String,
    /// Each mail, its kind's name and its state in words.
    mails: Vec<(MailRecord, String, String)>,
    can_confirm: bool,
    can_cancel: bool,
}

/// `GET /admin/registrations/{id}`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let (r, _) = state.db.link_nonces(id).await?.ok_or(WebError::NotFound)?;
    let time = |t: jiff::Timestamp| t.strftime("%Y-%m-%d %H:%M UTC").to_string();
    let mails = state
        .db
        .mail_about(id)
        .await?
        .into_iter()
        .map(|m| {
            let error = m.last_error.as_deref().unwrap_or_default();
            let state_text = match (m.state.as_str(), &m.sent_at, &m.last_error) {
                (_, Some(at), _) => tr.t_with("admin-mail-sent", "when", &time(*at)),
                ("failed", _, _) => tr.t_args(
                    "admin-mail-parked",
                    &[("attempts", &m.attempts.to_string()), ("error", error)],
                ),
                ("skipped", _, _) => tr.t_with("admin-mail-skipped", "reason", error),
                (_, None, Some(err)) => tr.t_args(
                    "admin-mail-failing",
                    &[("attempts", &m.attempts.to_string()), ("error", err)],
                ),
                (_, None, None) => tr.t("admin-mail-queued"),
            };
            let kind = crate::registration::MailKind::parse(&m.kind).map_or_else(
                || m.kind.clone(),
                |k| tr.t(&format!("admin-mail-kind-{}", k.as_str())),
            );
            (m, kind, state_text)
        })
        .collect();
    let content = state.content().await?;
    let event = content
        .events
        .iter()
        .find(|e| e.slug == r.event)
        .map_or_else(|| r.event.to_string(), |e| super::event_title(e, &lang));
    let page = RegistrationPage {
        frame: Frame::new(
            &state,
            &lang,
            r.name.clone(),
            Some(&admin.user),
            "/admin/registrations",
            token,
        ),
        status: tr.t(&format!("admin-status-{}", r.status.as_str())),
        country: crate::i18n::country_name(tr, &r.country),
        event,
        can_confirm: r.status == Status::Pending,
        can_cancel: matches!(
            r.status,
            Status::Pending | Status::Confirmed | Status::Waitlisted | Status::Offered
        ),
        mails,
        r,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

/// `POST /admin/registrations/{id}/confirm`: as if the person had followed their link
/// (a place if one is left, else the waitlist).
pub async fn confirm(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    _headers: HeaderMap,
    CheckedForm(_form): CheckedForm<ButtonForm>,
) -> Result<Response, WebError> {
    let (r, nonces) = state.db.link_nonces(id).await?.ok_or(WebError::NotFound)?;
    let now = state.clock.now();
    let outcome = match nonces.confirm.as_deref() {
        Some(nonce) => state.db.confirm(id, nonce, now).await?,
        None => Confirmation::Unknown,
    };
    if matches!(
        outcome,
        Confirmation::Confirmed { .. } | Confirmation::Waitlisted { .. }
    ) {
        state.places_changed(&r.event).await;
        audit_change(
            &state,
            Some(&admin.user),
            "confirmed a registration",
            &format!("registration {id}"),
            Some(r.status.as_str().into()),
            Some(
                match outcome {
                    Confirmation::Waitlisted { .. } => Status::Waitlisted,
                    _ => Status::Confirmed,
                }
                .as_str()
                .into(),
            ),
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/admin/registrations/{id}")).into_response())
}

/// `POST /admin/registrations/{id}/cancel`: a held place goes to the waitlist.
pub async fn cancel(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    _headers: HeaderMap,
    CheckedForm(_form): CheckedForm<ButtonForm>,
) -> Result<Response, WebError> {
    let (r, nonces) = state.db.link_nonces(id).await?.ok_or(WebError::NotFound)?;
    if let Some(before) = state
        .db
        .cancel(id, &nonces.access, state.clock.now(), state.lifetimes)
        .await?
    {
        state.places_changed(&r.event).await;
        state.hall.revoked(&r.event).await;
        audit_change(
            &state,
            Some(&admin.user),
            "cancelled a registration",
            &format!("registration {id}"),
            Some(before.as_str().into()),
            Some("cancelled".into()),
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/admin/registrations/{id}")).into_response())
}

/// `POST /admin/registrations/{id}/resend/{mail}`: the same mail once more.
pub async fn resend(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path((id, mail)): Path<(i64, i64)>,
    _headers: HeaderMap,
    CheckedForm(_form): CheckedForm<ButtonForm>,
) -> Result<Response, WebError> {
    if state.db.resend(mail, id, state.clock.now()).await? {
        audit_change(
            &state,
            Some(&admin.user),
            "resent a mail",
            &format!("registration {id}"),
            None,
            Some(format!("copy of mail {mail}")),
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/admin/registrations/{id}")).into_response())
}

/// `POST /admin/registrations/{id}/revoke`: the personal link (and with it the hall) stops
/// working at once, open hall windows close; re-sending the confirmation mail sends a new one.
pub async fn revoke(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    _headers: HeaderMap,
    CheckedForm(_form): CheckedForm<ButtonForm>,
) -> Result<Response, WebError> {
    let (r, _) = state.db.link_nonces(id).await?.ok_or(WebError::NotFound)?;
    let nonce = hex::encode(rand::random::<[u8; 16]>());
    let update = state
        .db
        .revoke_hall_access(&r.event, id, &nonce, state.clock.now())
        .await?;
    state.hall.published(&update).await;
    audit_change(
        &state,
        Some(&admin.user),
        "revoked a personal link",
        &format!("registration {id}"),
        None,
        None,
    )
    .await?;
    Ok(Redirect::to(&format!("/admin/registrations/{id}")).into_response())
}
