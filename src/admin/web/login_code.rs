//! `/admin/login/code`: the second step of signing in (a TOTP code or a recovery code),
//! through the same throttle as the password.

use super::login::{Field, FormPage, reserve, wait_text};
use super::{CheckedForm, Frame, area_lang, respond};
use crate::admin::session::HalfSignedIn;
use crate::admin::{throttle, totp};
use crate::error::WebError;
use crate::site::ClientAddr;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

fn code_form(
    state: &AppState,
    headers: &HeaderMap,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let page = FormPage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-code-heading"),
            None,
            "/admin/login/code",
            token,
        ),
        heading: tr.t("admin-code-heading"),
        intro: Some(tr.t("admin-code-intro")),
        error,
        action: "/admin/login/code".into(),
        fields: vec![Field {
            name: "code",
            label: tr.t("admin-code"),
            kind: "text",
            value: String::new(),
            autocomplete: "one-time-code",
            hint: Some(tr.t("admin-code-hint")),
        }],
        submit: tr.t("admin-login-submit"),
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/login/code`.
pub async fn code_page(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    code_form(&state, &headers, None, StatusCode::OK)
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// `POST /admin/login/code`: a TOTP code or a recovery code, throttled like the password.
pub async fn code_submit(
    State(state): State<AppState>,
    Extension(half): Extension<HalfSignedIn>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<CodeForm>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let now = state.clock.now();
    let Some(account) = state.db.credentials(&half.user.email).await? else {
        return Ok(Redirect::to("/admin/login").into_response());
    };
    let step = throttle::Step::Code {
        user_id: account.user.id,
    };
    let attempt = match reserve(&state, step, client).await? {
        Ok(attempt) => attempt,
        Err(wait) => {
            let response = code_form(
                &state,
                &headers,
                Some(wait_text(tr, wait)),
                StatusCode::TOO_MANY_REQUESTS,
            )?;
            return Ok(wait.on(response));
        }
    };
    let by_code = match account
        .totp_secret
        .as_deref()
        .and_then(|s| totp::matching_step(s, &form.code, now))
    {
        Some(step) => state.db.use_totp_step(account.user.id, step).await?,
        None => false,
    };
    let accepted = by_code
        || state
            .db
            .use_recovery_code(account.user.id, &totp::recovery_hash(&form.code), now)
            .await?;
    if !accepted {
        return code_form(
            &state,
            &headers,
            Some(tr.t("admin-code-wrong")),
            StatusCode::UNAUTHORIZED,
        );
    }
    attempt.succeeded(&state, now).await?;
    state.db.verify_session(&half.token_hash).await?;
    Ok(Redirect::to("/admin/").into_response())
}
