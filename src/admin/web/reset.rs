//! `/admin/login/forgot`: a new password by mail. The answer is the same whether or not the
//! address has an account; the mail is a job sent by the worker, so the timing is the same
//! too. The link (stored as a hash) works once, for two hours.

use super::login::{Field, FormPage};
use super::{CheckedForm, Frame, area_lang, message, respond};
use crate::admin::session;
use crate::error::WebError;
use crate::jobs::Job;
use crate::site::{ClientAddr, network_key};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use jiff::SignedDuration;
use serde::Deserialize;

/// How long a reset link works.
const LIFETIME: SignedDuration = SignedDuration::from_hours(2);

/// `GET /admin/login/forgot`.
pub async fn page(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let page = FormPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-reset-heading"),
            None,
            "/admin/login/forgot",
            token,
        ),
        heading: tr.t("admin-reset-heading"),
        intro: Some(tr.t("admin-reset-intro")),
        error: None,
        action: "/admin/login/forgot".into(),
        fields: vec![Field {
            name: "email",
            label: tr.t("admin-email"),
            kind: "email",
            value: String::new(),
            autocomplete: "username",
            hint: None,
        }],
        submit: tr.t("admin-reset-submit"),
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

#[derive(Debug, Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    email: String,
}

/// `POST /admin/login/forgot`.
pub async fn submit(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<ResetForm>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let now = state.clock.now();
    if state
        .limits
        .resets_per_ip
        .hit(&network_key(client), now)
        .await?
        .is_err()
    {
        let text = tr.t_with("admin-login-rate", "minutes", "10");
        return message(
            &state,
            &headers,
            None,
            StatusCode::TOO_MANY_REQUESTS,
            "admin-reset-heading",
            text,
        );
    }
    let email = form.email.trim().to_lowercase();
    let per_address = state
        .limits
        .signups_per_address
        .hit(&format!("reset:{email}"), now)
        .await?
        .is_ok();
    if per_address
        && let Some(account) = state.db.credentials(&email).await?
        && !account.user.disabled
    {
        // The mail is a job, written with the link in one transaction: it survives a
        // restart, and the answer does not wait for the SMTP server (same timing whether or
        // not the address has an account). Its token is derived from the nonce with the
        // server's key, so the job in the database opens nothing.
        let nonce = crate::registration::new_nonce();
        let token = crate::mail::password_token(&state, &nonce);
        let mail = Job::PasswordReset {
            user: account.user.id,
            nonce,
            lang: lang.to_string(),
        };
        state
            .db
            .request_password_reset(
                &session::token_hash(&token),
                account.user.id,
                now + LIFETIME,
                &mail,
                now,
            )
            .await?;
    }
    let text = tr.t("admin-reset-sent");
    message(
        &state,
        &headers,
        None,
        StatusCode::OK,
        "admin-reset-heading",
        text,
    )
}
