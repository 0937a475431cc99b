//! `/admin/account`: the person's own account: second factor (TOTP) and signing out
//! everywhere.

use super::{CheckedForm, Frame, area_lang, audit_change, respond};
use crate::admin::session::Admin;
use crate::admin::totp;
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "admin/account.html")]
struct AccountPage<'a> {
    frame: Frame<'a>,
    email: String,
    role: String,
    totp_enabled: bool,
    must_enrol: bool,
    /// During enrolment: the secret, its QR code (SVG) and the otpauth address.
    enrol: Option<(String, String, String)>,
    recovery_codes: Vec<String>,
    error: Option<String>,
}

async fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    recovery_codes: Vec<String>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let user = state
        .db
        .user(admin.user.id)
        .await?
        .ok_or(WebError::NotFound)?;
    let secret = state
        .db
        .credentials(&user.email)
        .await?
        .and_then(|c| c.totp_secret);
    let enrol = match (&secret, user.totp_enabled) {
        (Some(secret), false) => totp::setup_url(secret, &user.email).map(|url| {
            let svg = qrcode::QrCode::new(url.as_bytes())
                .map(|q| {
                    q.render::<qrcode::render::svg::Color<'_>>()
                        .min_dimensions(200, 200)
                        .build()
                })
                .unwrap_or_default();
            // Inline in the page: without the XML declaration the renderer puts first.
            let svg = svg
                .find("<svg")
                .map_or(svg.clone(), |at| svg[at..].to_owned());
            (secret.clone(), svg, url)
        }),
        _ => None,
    };
    let page = AccountPage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-nav-account"),
            Some(&user),
            "/admin/account",
            token,
        ),
        email: user.email.clone(),
        role: tr.t(&format!("admin-role-{}", user.role)),
        totp_enabled: user.totp_enabled,
        must_enrol: state.config.require_totp
            && user.role.needs_second_factor()
            && !user.totp_enabled,
        enrol,
        recovery_codes,
        error,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/account`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    render(&state, &admin, &headers, Vec::new(), None, StatusCode::OK).await
}

#[derive(Debug, Deserialize)]
pub struct TotpForm {
    #[serde(default)]
    code: String,
}

/// `POST /admin/account/totp`: a new secret to scan.
pub async fn totp_start(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    _headers: HeaderMap,
    CheckedForm(_form): CheckedForm<TotpForm>,
) -> Result<Response, WebError> {
    if !admin.user.totp_enabled {
        state
            .db
            .set_totp_secret(admin.user.id, &totp::new_secret())
            .await?;
    }
    Ok(Redirect::to("/admin/account").into_response())
}

/// `POST /admin/account/totp/confirm`: the first code proves the app has the secret; then
/// the recovery codes are shown, once.
pub async fn totp_confirm(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<TotpForm>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let now = state.clock.now();
    let secret = state
        .db
        .credentials(&admin.user.email)
        .await?
        .and_then(|c| c.totp_secret);
    let step = secret
        .as_deref()
        .and_then(|s| totp::matching_step(s, &form.code, now));
    let Some(step) = step else {
        return render(
            &state,
            &admin,
            &headers,
            Vec::new(),
            Some(tr.t("admin-code-wrong")),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    state.db.use_totp_step(admin.user.id, step).await?;
    let codes = totp::new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| totp::recovery_hash(c)).collect();
    state.db.enable_totp(admin.user.id, &hashes).await?;
    audit_change(
        &state,
        Some(&admin.user),
        "enabled two-step sign-in",
        &admin.user.email,
        Some("off".into()),
        Some("on".into()),
    )
    .await?;
    render(&state, &admin, &headers, codes, None, StatusCode::OK).await
}
