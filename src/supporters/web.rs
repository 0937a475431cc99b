//! `/{lang}/updates`: the plain form to be kept informed, the "check your mail" page and the
//! confirmation link. The form's limits are those of the registration form (per network,
//! then per address, silently).

use super::{CONSENT_TEXT_ID, NewSupporter, Source, verify_confirm_token};
use crate::domain::{CountryCode, EmailAddress, Lang};
use crate::error::WebError;
use crate::registration::new_nonce;
use crate::registration::web::{LinkPage, personal::message, private};
use crate::site::forms::{Choice, FieldError, country_choices};
use crate::site::{Chrome, ClientAddr, csrf, network_key, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// The routes of the supporters' pages.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{lang}/updates", get(page).post(submit))
        .route("/{lang}/updates/sent", get(sent))
        .route(
            "/{lang}/updates/confirm/{token}",
            get(confirm_page).post(confirm),
        )
}

#[derive(Debug, Default, Deserialize)]
pub struct UpdatesForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    country: String,
    consent: Option<String>,
    #[serde(default)]
    website: String,
    #[serde(default)]
    csrf: String,
}

#[derive(Template)]
#[template(path = "updates.html")]
struct UpdatesPage<'a> {
    chrome: Chrome<'a>,
    csrf: String,
    action: String,
    form: UpdatesForm,
    countries: Vec<Choice>,
    errors: Vec<FieldError>,
    banner: Option<String>,
}

impl UpdatesPage<'_> {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

async fn page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    render(
        &state,
        &lang,
        &headers,
        UpdatesForm::default(),
        Vec::new(),
        None,
        StatusCode::OK,
    )
    .await
}

async fn render(
    state: &AppState,
    lang: &str,
    headers: &HeaderMap,
    form: UpdatesForm,
    errors: Vec<FieldError>,
    banner: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, lang)?;
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = csrf::form_token(state, headers);
    let heading = tr.t("supporters-heading");
    let chrome = Chrome::new(
        state,
        &content.settings,
        &lang,
        "updates",
        heading,
        String::new(),
    );
    let countries = country_choices(tr, &form.country);
    let page = UpdatesPage {
        chrome,
        csrf: token,
        action: format!("/{lang}/updates"),
        form,
        countries,
        errors,
        banner,
    };
    let mut response = (status, Html(page.render()?)).into_response();
    if let Some(value) = cookie.and_then(|c| c.parse().ok()) {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    Ok(private(response))
}

/// What is wrong with the form, or the request it makes.
fn validate(
    form: &UpdatesForm,
    lang: &Lang,
    tr: crate::i18n::Translator<'_>,
) -> Result<NewSupporter, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        errors.push(FieldError {
            field: "name",
            message: tr.t("register-error-name"),
        });
    }
    let email = form.email.trim().parse::<EmailAddress>().ok();
    if email.is_none() {
        errors.push(FieldError {
            field: "email",
            message: tr.t("register-error-email"),
        });
    }
    let country = match form.country.trim() {
        "" => None,
        code => match code.parse::<CountryCode>() {
            Ok(c) => Some(c),
            Err(_) => {
                errors.push(FieldError {
                    field: "country",
                    message: tr.t("register-error-country"),
                });
                None
            }
        },
    };
    if form.consent.is_none() {
        errors.push(FieldError {
            field: "consent",
            message: tr.t("supporters-error-consent"),
        });
    }
    match email {
        Some(email) if errors.is_empty() => Ok(NewSupporter {
            email,
            name: name.to_owned(),
            lang: lang.clone(),
            country,
            source: Source::Form,
            consent_text: tr.t(CONSENT_TEXT_ID),
        }),
        _ => Err(errors),
    }
}

async fn submit(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    Form(form): Form<UpdatesForm>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let site = site_lang(&content.settings, &lang)?;
    let tr = state.catalog.translator(&site);
    let now = state.clock.now();
    let sent = private(Redirect::to(&format!("/{site}/updates/sent")).into_response());
    if let Err(retry) = state
        .limits
        .forms_per_ip
        .hit(&network_key(client), now)
        .await?
    {
        let banner = tr.t_with(
            "register-error-rate",
            "minutes",
            &retry.minutes().to_string(),
        );
        let status = StatusCode::TOO_MANY_REQUESTS;
        let response = render(
            &state,
            &lang,
            &headers,
            form,
            Vec::new(),
            Some(banner),
            status,
        );
        return Ok(retry.on(response.await?));
    }
    if !csrf::verify(&state, &headers, &form.csrf) {
        let banner = tr.t("register-error-session");
        let status = StatusCode::FORBIDDEN;
        return render(
            &state,
            &lang,
            &headers,
            form,
            Vec::new(),
            Some(banner),
            status,
        )
        .await;
    }
    if !form.website.is_empty() {
        return Ok(sent);
    }
    match validate(&form, &site, tr) {
        Ok(new) => {
            opt_in(&state, &new).await?;
            Ok(sent)
        }
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            render(&state, &lang, &headers, form, errors, None, status).await
        }
    }
}

/// Records a wish to be kept informed (from any form) and queues its confirmation mail;
/// silently nothing past the per-address limit, so the answer reveals nothing.
pub async fn opt_in(state: &AppState, new: &NewSupporter) -> Result<(), WebError> {
    let now = state.clock.now();
    let key = format!("supporter:{}", new.email.as_str().to_lowercase());
    if state
        .limits
        .signups_per_address
        .hit(&key, now)
        .await?
        .is_ok()
    {
        state.db.opt_in(new, &new_nonce(), now).await?;
    }
    Ok(())
}

async fn sent(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let tr = state.catalog.translator(&lang);
    message(
        &state,
        &content.settings,
        &lang,
        "updates/sent",
        &headers,
        StatusCode::OK,
        tr.t("supporters-sent-heading"),
        tr.t("supporters-sent-text"),
        None,
    )
    .map(private)
}

async fn confirm_page(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    answer(&state, &lang, &token, &headers, false).await
}

async fn confirm(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<crate::site::forms::ButtonForm>,
) -> Result<Response, WebError> {
    if !csrf::verify(&state, &headers, &form.csrf) {
        return Err(WebError::Forbidden);
    }
    answer(&state, &lang, &token, &headers, true).await
}

/// The confirmation link: GET shows the button (mail scanners that follow links confirm
/// nothing), POST confirms.
async fn answer(
    state: &AppState,
    lang: &str,
    token: &str,
    headers: &HeaderMap,
    post: bool,
) -> Result<Response, WebError> {
    let page = LinkPage::open(state, lang, format!("updates/confirm/{token}"), headers).await?;
    let Some((id, nonce)) = verify_confirm_token(&state.link_key, token) else {
        return page.say(
            StatusCode::NOT_FOUND,
            "supporters-invalid-heading",
            "supporters-invalid-text",
        );
    };
    if !post {
        return page.ask(
            "supporters-confirm-heading",
            "supporters-confirm-text",
            "supporters-confirm-button",
        );
    }
    if state
        .db
        .confirm_supporter(id, &nonce, state.clock.now())
        .await?
    {
        page.say(
            StatusCode::OK,
            "supporters-done-heading",
            "supporters-done-text",
        )
    } else {
        page.say(
            StatusCode::GONE,
            "supporters-invalid-heading",
            "supporters-invalid-text",
        )
    }
}
