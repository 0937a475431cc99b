//! The signing pages: the form, "check your mail", the confirmation link, withdrawal, and
//! the public list of signatories. None of the pages with a form is cached.

use super::{NewSignature, SignatureConfirmation};
use crate::content::{Post, SiteContent};
use crate::domain::{CountryCode, EmailAddress, Lang};
use crate::error::WebError;
use crate::i18n::{Formats, Translator};
use crate::publications::view::Pagination;
use crate::registration::web::form::SentPage;
use crate::registration::web::personal::message;
use crate::registration::web::private;
use crate::registration::{PersonName, Purpose, VerifiedLink, new_nonce};
use crate::site::forms::{ButtonForm, Choice, FieldError, country_choices, parse_field};
use crate::site::{Chrome, ClientAddr, csrf, network_key, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;
use std::sync::Arc;

/// Signatories on one page of the public list.
const LIST_PAGE_SIZE: usize = 100;
/// The longest organisation name accepted.
const MAX_ORGANISATION: usize = 200;

/// Routes of signing.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{lang}/posts/{slug}/sign", get(show).post(submit))
        .route("/{lang}/posts/{slug}/sign/sent", get(sent))
        .route("/{lang}/posts/{slug}/signatures", get(signatories))
        .route(
            "/{lang}/signatures/confirm/{token}",
            get(confirm_page).post(confirm),
        )
        .route(
            "/{lang}/signatures/{token}/withdraw",
            get(withdraw_page).post(withdraw),
        )
}

/// The submitted form, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct SignForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    organisation: String,
    show_name: Option<String>,
    consent: Option<String>,
    /// The honeypot.
    #[serde(default)]
    website: String,
    #[serde(default)]
    csrf: String,
}

#[derive(Template)]
#[template(path = "sign.html")]
struct SignPage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    count: String,
    letter_href: String,
    action: String,
    form: SignForm,
    errors: Vec<FieldError>,
    banner: Option<String>,
    csrf: String,
    countries: Vec<Choice>,
}

impl SignPage<'_> {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// A signable, published letter in a site language.
struct Letter {
    content: Arc<SiteContent>,
    lang: Lang,
    post_at: usize,
}

impl Letter {
    fn post(&self) -> &Post {
        &self.content.posts[self.post_at]
    }

    /// The title in the page's language, else the best one the letter has.
    fn title(&self) -> &str {
        let post = self.post();
        let lang = post.best_language(&self.lang, &self.content.settings.default_language);
        &post.texts[lang].title
    }

    fn href(&self) -> String {
        let post = self.post();
        let lang = post.best_language(&self.lang, &self.content.settings.default_language);
        format!("/{lang}/posts/{}", post.slug)
    }
}

async fn letter(state: &AppState, lang: &str, slug: &str) -> Result<Letter, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, lang)?;
    let now = state.clock.now();
    let post_at = content
        .posts
        .iter()
        .position(|p| {
            p.slug.as_str() == slug
                && p.is_published(now)
                && content
                    .post_kinds
                    .iter()
                    .any(|k| k.slug == p.kind && k.signable)
        })
        .ok_or(WebError::NotFound)?;
    Ok(Letter {
        content,
        lang,
        post_at,
    })
}

async fn count_line(
    state: &AppState,
    letter: &Letter,
    tr: Translator<'_>,
) -> Result<String, WebError> {
    let formats = Formats::new(
        &letter.lang,
        letter.content.settings.digits_for(&letter.lang),
        letter.content.settings.hijri,
    )?;
    let count = state.db.signature_count(&letter.post().slug).await?;
    Ok(tr.t_count("letter-signature-count", count, &formats.number(count)))
}

async fn render_form(
    state: &AppState,
    letter: &Letter,
    headers: &HeaderMap,
    form: SignForm,
    errors: Vec<FieldError>,
    banner: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = &letter.lang;
    let tr = state.catalog.translator(lang);
    let (csrf_token, cookie) = csrf::form_token(state, headers);
    let slug = &letter.post().slug;
    let heading = tr.t_with("letter-sign-title", "letter", letter.title());
    let chrome = Chrome::new(
        state,
        &letter.content.settings,
        lang,
        &format!("posts/{slug}/sign"),
        heading.clone(),
        String::new(),
    );
    let countries = country_choices(tr, &form.country);
    let page = SignPage {
        heading,
        count: count_line(state, letter, tr).await?,
        letter_href: letter.href(),
        action: format!("/{lang}/posts/{slug}/sign"),
        form,
        errors,
        banner,
        csrf: csrf_token,
        countries,
        chrome,
    };
    let mut response = (status, Html(page.render()?)).into_response();
    if let Some(value) = cookie.and_then(|c| c.parse().ok()) {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    Ok(private(response))
}

/// `GET /{lang}/posts/{slug}/sign`.
pub async fn show(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let letter = letter(&state, &lang, &slug).await?;
    // Every box unticked: listing a name publicly is consent, given by ticking it.
    let form = SignForm::default();
    render_form(
        &state,
        &letter,
        &headers,
        form,
        Vec::new(),
        None,
        StatusCode::OK,
    )
    .await
}

fn validate(
    form: &SignForm,
    letter: &Letter,
    tr: Translator<'_>,
) -> Result<NewSignature, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name =
        parse_field::<PersonName>(&form.name, "name", "register-error-name", tr, &mut errors);
    let email = parse_field::<EmailAddress>(
        &form.email,
        "email",
        "register-error-email",
        tr,
        &mut errors,
    );
    let country = parse_field::<CountryCode>(
        &form.country,
        "country",
        "register-error-country",
        tr,
        &mut errors,
    );
    let organisation = form.organisation.trim();
    if organisation.chars().count() > MAX_ORGANISATION || organisation.chars().any(char::is_control)
    {
        errors.push(FieldError {
            field: "organisation",
            message: tr.t("letter-error-organisation"),
        });
    }
    if form.consent.is_none() {
        errors.push(FieldError {
            field: "consent",
            message: tr.t("letter-error-consent"),
        });
    }
    match (name, email, country) {
        (Some(name), Some(email), Some(country)) if errors.is_empty() => Ok(NewSignature {
            post: letter.post().slug.clone(),
            email,
            name: name.as_str().to_owned(),
            country,
            organisation: (!organisation.is_empty()).then(|| organisation.to_owned()),
            show_name: form.show_name.is_some(),
            lang: letter.lang.clone(),
            flagged: false,
        }),
        _ => Err(errors),
    }
}

/// `POST /{lang}/posts/{slug}/sign`: checks, stores, and shows everyone the same page.
pub async fn submit(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    Form(form): Form<SignForm>,
) -> Result<Response, WebError> {
    let letter = letter(&state, &lang, &slug).await?;
    let tr = state.catalog.translator(&letter.lang);
    let now = state.clock.now();
    let sent = Redirect::to(&format!(
        "/{}/posts/{}/sign/sent",
        letter.lang,
        letter.post().slug
    ))
    .into_response();
    if let Err(retry) = state.limits.forms_per_ip.hit(&network_key(client), now) {
        let minutes = retry.minutes();
        let banner = tr.t_with("register-error-rate", "minutes", &minutes.to_string());
        let response = render_form(
            &state,
            &letter,
            &headers,
            form,
            Vec::new(),
            Some(banner),
            StatusCode::TOO_MANY_REQUESTS,
        )
        .await?;
        return Ok(retry.on(response));
    }
    if !csrf::verify(&state, &headers, &form.csrf) {
        let banner = tr.t("register-error-session");
        return render_form(
            &state,
            &letter,
            &headers,
            form,
            Vec::new(),
            Some(banner),
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    if !form.website.is_empty() {
        return Ok(private(sent));
    }
    let mut new = match validate(&form, &letter, tr) {
        Ok(new) => new,
        Err(errors) => {
            return render_form(
                &state,
                &letter,
                &headers,
                form,
                errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    // Many signatures from one network: accepted, but held for a moderator.
    new.flagged = state
        .limits
        .signatures_unflagged_per_ip
        .hit(&network_key(client), now)
        .is_err();
    // Per-address limit: the same answer either way, so it reveals nothing.
    if state
        .limits
        .signups_per_address
        .hit(
            &format!("letter:{}", new.email.as_str().to_lowercase()),
            now,
        )
        .is_ok()
    {
        state
            .db
            .sign(&new, &new_nonce(), &new_nonce(), now, state.lifetimes)
            .await?;
    }
    Ok(private(sent))
}

/// `GET /{lang}/posts/{slug}/sign/sent`.
pub async fn sent(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let letter = letter(&state, &lang, &slug).await?;
    let tr = state.catalog.translator(&letter.lang);
    let chrome = Chrome::new(
        &state,
        &letter.content.settings,
        &letter.lang,
        &format!("posts/{}/sign/sent", letter.post().slug),
        tr.t("letter-sent-heading"),
        String::new(),
    );
    let page = SentPage {
        heading: tr.t("letter-sent-heading"),
        text: tr.t("letter-sent-text"),
        event_href: letter.href(),
        event_title: letter.title().to_owned(),
        chrome,
    };
    Ok(private(Html(page.render()?).into_response()))
}

#[derive(Template)]
#[template(path = "signatures.html")]
struct SignatoriesPage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    count: String,
    listed_note: String,
    letter_href: String,
    sign_href: String,
    first: usize,
    rows: Vec<(String, String, Option<String>)>,
    pagination: Pagination,
}

/// `?page=N`.
#[derive(Debug, Default, Deserialize)]
pub struct PageNumber {
    page: Option<String>,
}

/// `GET /{lang}/posts/{slug}/signatures`: who signed and agreed to be listed.
pub async fn signatories(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Query(query): Query<PageNumber>,
) -> Result<Response, WebError> {
    let letter = letter(&state, &lang, &slug).await?;
    let lang = &letter.lang;
    let tr = state.catalog.translator(lang);
    let formats = Formats::new(
        lang,
        letter.content.settings.digits_for(lang),
        letter.content.settings.hijri,
    )?;
    let post = letter.post();
    let page = crate::publications::view::page_number(query.page.as_deref())?;
    let offset = (page - 1)
        .checked_mul(LIST_PAGE_SIZE)
        .and_then(|o| i64::try_from(o).ok())
        .ok_or(WebError::NotFound)?;
    let (list, listed) = state
        .db
        .public_signatures(&post.slug, offset, LIST_PAGE_SIZE as i64)
        .await?;
    let base = format!("/{lang}/posts/{}/signatures", post.slug);
    let (pagination, _) = Pagination::new(
        usize::try_from(listed).unwrap_or(0),
        page,
        LIST_PAGE_SIZE,
        tr,
        &formats,
        |n| format!("{base}?page={n}"),
    )?;
    let heading = tr.t_with("letter-signatories-title", "letter", letter.title());
    let chrome = Chrome::new(
        &state,
        &letter.content.settings,
        lang,
        &format!("posts/{}/signatures", post.slug),
        heading.clone(),
        String::new(),
    );
    let page_view = SignatoriesPage {
        heading,
        count: count_line(&state, &letter, tr).await?,
        listed_note: tr.t("letter-signatories-note"),
        letter_href: letter.href(),
        sign_href: format!("/{lang}/posts/{}/sign", post.slug),
        first: (pagination.page - 1) * LIST_PAGE_SIZE + 1,
        rows: list
            .into_iter()
            .map(|s| {
                (
                    s.name,
                    crate::i18n::country_name(tr, s.country.as_str()),
                    s.organisation,
                )
            })
            .collect(),
        pagination,
        chrome,
    };
    let mut response = Html(page_view.render()?).into_response();
    response.headers_mut().insert(
        http::header::CACHE_CONTROL,
        // Fresh on every visit: a signer must see their name appear, and a withdrawn
        // name must disappear at once.
        http::HeaderValue::from_static("no-cache"),
    );
    Ok(response)
}

/// `GET /{lang}/signatures/confirm/{token}`: the confirm button (mail scanners only GET).
pub async fn confirm_page(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let tr = state.catalog.translator(&lang);
    let (status, text, button) = match state.link_key.verify(Purpose::SignatureConfirm, &token) {
        Some(_) => (
            StatusCode::OK,
            tr.t("letter-confirm-text"),
            Some((
                format!("/{lang}/signatures/confirm/{token}"),
                tr.t("letter-confirm-button"),
            )),
        ),
        None => (StatusCode::NOT_FOUND, tr.t("letter-confirm-unknown"), None),
    };
    message(
        &state,
        &content.settings,
        &lang,
        &format!("signatures/confirm/{token}"),
        &headers,
        status,
        tr.t("letter-confirm-heading"),
        text,
        button,
    )
}

/// `POST /{lang}/signatures/confirm/{token}`.
pub async fn confirm(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<ButtonForm>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let tr = state.catalog.translator(&lang);
    let heading = tr.t("letter-confirm-heading");
    if !csrf::verify(&state, &headers, &form.csrf) {
        let action = format!("/{lang}/signatures/confirm/{token}");
        return message(
            &state,
            &content.settings,
            &lang,
            &format!("signatures/confirm/{token}"),
            &headers,
            StatusCode::FORBIDDEN,
            heading,
            tr.t("register-error-session"),
            Some((action, tr.t("letter-confirm-button"))),
        );
    }
    let outcome = match state.link_key.verify(Purpose::SignatureConfirm, &token) {
        Some(VerifiedLink { id, nonce }) => {
            state
                .db
                .confirm_signature(id, &nonce, state.clock.now())
                .await?
        }
        None => SignatureConfirmation::Invalid,
    };
    let (status, heading, text) = match outcome {
        SignatureConfirmation::Confirmed => {
            // The count on the letter's pages changes now.
            state.pages.remove_containing("/posts/");
            (
                StatusCode::OK,
                tr.t("confirm-done-heading"),
                tr.t("letter-confirmed-text"),
            )
        }
        SignatureConfirmation::AlreadyConfirmed => (
            StatusCode::OK,
            tr.t("confirm-done-heading"),
            tr.t("letter-confirmed-text"),
        ),
        SignatureConfirmation::Invalid => (
            StatusCode::NOT_FOUND,
            heading,
            tr.t("letter-confirm-unknown"),
        ),
    };
    message(
        &state,
        &content.settings,
        &lang,
        &format!("signatures/confirm/{token}"),
        &headers,
        status,
        heading,
        text,
        None,
    )
}

/// `GET /{lang}/signatures/{token}/withdraw`: what is held, and the withdraw button.
pub async fn withdraw_page(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let tr = state.catalog.translator(&lang);
    let heading = tr.t("letter-withdraw-heading");
    let signature = match state.link_key.verify(Purpose::SignatureAccess, &token) {
        Some(VerifiedLink { id, nonce }) => state.db.signature(id, &nonce).await?,
        None => None,
    };
    let Some(signature) = signature else {
        return message(
            &state,
            &content.settings,
            &lang,
            &format!("signatures/{token}/withdraw"),
            &headers,
            StatusCode::NOT_FOUND,
            heading,
            tr.t("letter-withdraw-unknown"),
            None,
        );
    };
    let held = [
        signature.name.as_str(),
        signature.email.as_str(),
        &crate::i18n::country_name(tr, signature.country.as_str()),
        signature.organisation.as_deref().unwrap_or("—"),
    ]
    .join(" · ");
    message(
        &state,
        &content.settings,
        &lang,
        &format!("signatures/{token}/withdraw"),
        &headers,
        StatusCode::OK,
        heading,
        tr.t_with("letter-withdraw-text", "held", &held),
        Some((
            format!("/{lang}/signatures/{token}/withdraw"),
            tr.t("letter-withdraw-button"),
        )),
    )
}

/// `POST /{lang}/signatures/{token}/withdraw`: deletes the signature and its data.
pub async fn withdraw(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<ButtonForm>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    let tr = state.catalog.translator(&lang);
    let heading = tr.t("letter-withdraw-heading");
    if !csrf::verify(&state, &headers, &form.csrf) {
        return message(
            &state,
            &content.settings,
            &lang,
            &format!("signatures/{token}/withdraw"),
            &headers,
            StatusCode::FORBIDDEN,
            heading,
            tr.t("register-error-session"),
            Some((
                format!("/{lang}/signatures/{token}/withdraw"),
                tr.t("letter-withdraw-button"),
            )),
        );
    }
    let withdrawn = match state.link_key.verify(Purpose::SignatureAccess, &token) {
        Some(VerifiedLink { id, nonce }) => state.db.withdraw_signature(id, &nonce).await?,
        None => false,
    };
    let (status, heading, text) = if withdrawn {
        state.pages.remove_containing("/posts/");
        (
            StatusCode::OK,
            tr.t("me-deleted-heading"),
            tr.t("letter-withdrawn-text"),
        )
    } else {
        (
            StatusCode::NOT_FOUND,
            heading,
            tr.t("letter-withdraw-unknown"),
        )
    };
    message(
        &state,
        &content.settings,
        &lang,
        &format!("signatures/{token}/withdraw"),
        &headers,
        status,
        heading,
        text,
        None,
    )
}
