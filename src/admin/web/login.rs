//! Signing in and out: password, then the second factor if the person has one, each attempt
//! through the sign-in throttle (`admin::throttle`).

use super::{Frame, area_lang, respond};
use crate::admin::{password, session, throttle};
use crate::error::WebError;
use crate::site::{ClientAddr, RetryAfter, network_key};
use crate::state::AppState;
use crate::storage::Reservation;
use askama::Template;
use axum::extract::{Form, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// One input of a simple form.
pub struct Field {
    pub name: &'static str,
    pub label: String,
    pub kind: &'static str,
    pub value: String,
    pub autocomplete: &'static str,
    pub hint: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/form.html")]
pub struct FormPage<'a> {
    pub frame: Frame<'a>,
    pub heading: String,
    pub intro: Option<String>,
    pub error: Option<String>,
    pub action: String,
    pub fields: Vec<Field>,
    pub submit: String,
}

pub(super) fn login_form(
    state: &AppState,
    headers: &HeaderMap,
    email: &str,
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
            tr.t("admin-login-heading"),
            None,
            "/admin/login",
            token,
        ),
        heading: tr.t("admin-login-heading"),
        intro: None,
        error,
        action: "/admin/login".into(),
        fields: vec![
            Field {
                name: "email",
                label: tr.t("admin-email"),
                kind: "email",
                value: email.to_owned(),
                autocomplete: "username",
                hint: None,
            },
            Field {
                name: "password",
                label: tr.t("admin-password"),
                kind: "password",
                value: String::new(),
                autocomplete: "current-password",
                hint: None,
            },
        ],
        submit: tr.t("admin-login-submit"),
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/login`.
pub async fn page(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, WebError> {
    login_form(&state, &headers, "", None, StatusCode::OK)
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /admin/login`: every attempt not held back by the throttle costs one Argon2 verify
/// and gets the same answer, whether the address has an account, an invitation or nothing.
pub async fn submit(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let now = state.clock.now();
    if !super::check_token(&state, &headers, &form.csrf) {
        return login_form(
            &state,
            &headers,
            &form.email,
            Some(tr.t("register-error-session")),
            StatusCode::FORBIDDEN,
        );
    }
    let step = throttle::Step::Password {
        address: &form.email,
    };
    let attempt = match reserve(&state, step, client).await? {
        Ok(attempt) => attempt,
        Err(wait) => {
            let response = login_form(
                &state,
                &headers,
                &form.email,
                Some(wait_text(tr, wait)),
                StatusCode::TOO_MANY_REQUESTS,
            )?;
            return Ok(wait.on(response));
        }
    };
    let account = state.db.credentials(form.email.trim()).await?;
    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let typed = form.password.clone();
    let matches =
        tokio::task::spawn_blocking(move || password::verify_or_dummy(&typed, stored.as_deref()))
            .await
            .map_err(|e| {
                WebError::Internal(anyhow::Error::new(e).context("checking a password"))
            })?;
    let Some(account) = account.filter(|a| matches && !a.user.disabled) else {
        return login_form(
            &state,
            &headers,
            &form.email,
            Some(tr.t("admin-login-wrong")),
            StatusCode::UNAUTHORIZED,
        );
    };
    attempt.succeeded(&state, now).await?;
    // A new session id on every sign-in; any session the browser had is ended.
    if let Some(old) = session::cookie_value(&state, &headers) {
        state.db.end_session(&session::token_hash(old)).await?;
    }
    let (token, hash) = session::new_token();
    let verified = !account.user.totp_enabled;
    state
        .db
        .create_session(&hash, account.user.id, verified, now)
        .await?;
    let next = if verified {
        "/admin/"
    } else {
        "/admin/login/code"
    };
    let mut response = Redirect::to(next).into_response();
    if let Ok(value) = session::set_cookie(&state, &headers, &token).parse() {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    Ok(response)
}

/// An attempt the throttle let through: counted under its keys until it succeeds.
pub(super) struct Attempt {
    keys: throttle::Keys,
}

impl Attempt {
    /// Takes the attempt back: the account's counts are forgotten, the network's lowered by
    /// one, and the network is remembered as the account's.
    pub(super) async fn succeeded(
        &self,
        state: &AppState,
        now: jiff::Timestamp,
    ) -> Result<(), WebError> {
        let k = &self.keys;
        state
            .db
            .attempt_succeeded(
                &[k.pair.clone(), k.account.clone()],
                &[(k.network.clone(), throttle::NETWORK)],
            )
            .await?;
        state.db.remember_network(&k.known, now).await?;
        Ok(())
    }
}

/// Counts an attempt of `step` from `client`, or says how long to wait first.
pub(super) async fn reserve(
    state: &AppState,
    step: throttle::Step<'_>,
    client: std::net::IpAddr,
) -> Result<Result<Attempt, RetryAfter>, WebError> {
    let now = state.clock.now();
    let keys = throttle::Keys::new(&state.link_key, step, &network_key(client));
    let known_since = now
        .checked_sub(throttle::KNOWN_FOR)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let known = state.db.known_network(&keys.known, known_since).await?;
    let reservation = state
        .db
        .reserve_attempt(&keys.counted(known), now, throttle::quiet_since(now))
        .await?;
    Ok(match reservation {
        Reservation::Granted => Ok(Attempt { keys }),
        Reservation::Wait(seconds) => Err(RetryAfter(seconds)),
    })
}

/// "Please wait N seconds" (or minutes, past two of them).
pub(super) fn wait_text(tr: crate::i18n::Translator<'_>, wait: RetryAfter) -> String {
    if wait.0 < 120 {
        tr.t_with("admin-login-wait-seconds", "seconds", &wait.0.to_string())
    } else {
        tr.t_with(
            "admin-login-wait-minutes",
            "minutes",
            &wait.minutes().to_string(),
        )
    }
}
