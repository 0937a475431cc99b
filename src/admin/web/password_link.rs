//! Setting a password from a one-time link (the first sign-in of an invited person, or a
//! reset): the link is checked, spent before the password is stored, and never leaks
//! through `Referer`.

use super::login::{Field, FormPage};
use super::{CheckedForm, Frame, area_lang, audit_change, message, respond};
use crate::admin::{password, session};
use crate::error::WebError;
use crate::state::AppState;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

fn password_form(
    state: &AppState,
    headers: &HeaderMap,
    token: &str,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (csrf_token, cookie) = super::form_token(state, headers);
    let page = FormPage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-password-heading"),
            None,
            "",
            csrf_token,
        ),
        heading: tr.t("admin-password-heading"),
        intro: Some(tr.t_with(
            "admin-password-intro",
            "min",
            &password::MIN_LENGTH.to_string(),
        )),
        error,
        action: format!("/admin/password/{token}"),
        fields: vec![
            Field {
                name: "password",
                label: tr.t("admin-password-new"),
                kind: "password",
                value: String::new(),
                autocomplete: "new-password",
                hint: None,
            },
            Field {
                name: "again",
                label: tr.t("admin-password-again"),
                kind: "password",
                value: String::new(),
                autocomplete: "new-password",
                hint: None,
            },
        ],
        submit: tr.t("admin-password-submit"),
    };
    let mut response = respond(status, page.render()?, cookie);
    response.headers_mut().insert(
        http::header::REFERRER_POLICY,
        http::HeaderValue::from_static("no-referrer"),
    );
    Ok(response)
}

/// `GET /admin/password/{token}`.
pub async fn page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let valid = state
        .db
        .password_link(&session::token_hash(&token), state.clock.now(), false)
        .await?
        .is_some();
    if !valid {
        let lang = area_lang(&headers);
        let text = state
            .catalog
            .translator(&lang)
            .t("admin-password-link-invalid");
        return message(
            &state,
            &headers,
            None,
            StatusCode::NOT_FOUND,
            "admin-password-heading",
            text,
        );
    }
    password_form(&state, &headers, &token, None, StatusCode::OK)
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    again: String,
}

/// `POST /admin/password/{token}`.
pub async fn submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<PasswordForm>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let now = state.clock.now();
    let hash = session::token_hash(&token);
    let Some(user) = state.db.password_link(&hash, now, false).await? else {
        let text = tr.t("admin-password-link-invalid");
        return message(
            &state,
            &headers,
            None,
            StatusCode::NOT_FOUND,
            "admin-password-heading",
            text,
        );
    };
    if form.password != form.again {
        return password_form(
            &state,
            &headers,
            &token,
            Some(tr.t("admin-password-mismatch")),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    if let Err(weak) = password::check_new(&form.password, &user.email) {
        let reason = match weak {
            password::WeakPassword::TooShort => tr.t_with(
                "admin-password-short",
                "min",
                &password::MIN_LENGTH.to_string(),
            ),
            password::WeakPassword::TooLong => tr.t("admin-password-long"),
            password::WeakPassword::Common => tr.t("admin-password-common"),
        };
        return password_form(
            &state,
            &headers,
            &token,
            Some(reason),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    // Spend the link first: two submissions cannot both set a password.
    if state.db.password_link(&hash, now, true).await?.is_none() {
        let text = tr.t("admin-password-link-invalid");
        return message(
            &state,
            &headers,
            None,
            StatusCode::NOT_FOUND,
            "admin-password-heading",
            text,
        );
    }
    state
        .db
        .set_password(user.id, &password::hash(&form.password))
        .await?;
    audit_change(&state, Some(&user), "set password", &user.email, None, None).await?;
    let text = tr.t("admin-password-done");
    message(
        &state,
        &headers,
        None,
        StatusCode::OK,
        "admin-password-heading",
        text,
    )
}
