//! `/admin/login/forgot`: a new password by mail. The answer is the same whether or not the
//! address has an account; the mail goes out in the background so the timing is the same
//! too. The link (stored as a hash) works once, for two hours.

use super::login::{Field, FormPage};
use super::{Frame, area_lang, check_csrf, message, respond};
use crate::admin::session;
use crate::error::WebError;
use crate::site::network_key;
use crate::state::AppState;
use crate::storage::AccountStore;
use askama::Template;
use axum::extract::{ConnectInfo, Form, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use jiff::SignedDuration;
use lettre::message::{Mailbox, MultiPart};
use serde::Deserialize;
use std::net::SocketAddr;

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
    #[serde(default)]
    csrf: String,
}

/// `POST /admin/login/forgot`.
pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<ResetForm>,
) -> Result<Response, WebError> {
    check_csrf(&state, &headers, &form.csrf)?;
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let now = state.clock.now();
    if state
        .limits
        .resets_per_ip
        .hit(&network_key(peer.ip()), now)
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
        .is_ok();
    if per_address
        && let Some(account) = state.db.credentials(&email).await?
        && !account.user.disabled
    {
        let (token, hash) = session::new_token();
        state
            .db
            .create_password_link(&hash, account.user.id, now + LIFETIME)
            .await?;
        let url = format!("{}/admin/password/{token}", state.public_url());
        let footer = tr.t("admin-reset-footer");
        let composed = crate::mail::compose_notice(
            &state.catalog,
            &lang,
            "admin-reset-mail",
            &account.user.name,
            url,
            footer,
        )
        .map_err(|e| WebError::Internal(e.into()))?;
        let to = Mailbox::new(
            Some(account.user.name.clone()),
            account
                .user
                .email
                .parse()
                .map_err(|e: lettre::address::AddressError| WebError::Internal(e.into()))?,
        );
        let message = lettre::Message::builder()
            .from(
                state
                    .config
                    .mail_from
                    .parse()
                    .map_err(|e: lettre::address::AddressError| WebError::Internal(e.into()))?,
            )
            .to(to)
            .subject(composed.subject)
            .multipart(MultiPart::alternative_plain_html(
                composed.text,
                composed.html,
            ))
            .map_err(|e| WebError::Internal(e.into()))?;
        let transport = state.transport.clone();
        let stem = format!("{}-password-reset", now.as_second());
        // In the background: the answer must not take longer when the account exists.
        tokio::spawn(async move {
            if let Err(err) = transport.send(message, &stem).await {
                tracing::warn!(error = %err, "the password reset mail could not be sent");
            }
        });
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
