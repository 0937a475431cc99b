//! The links from mail: confirming a signature (a button, since mail scanners open every
//! link) and withdrawing one. A confirmed signature leads back to its letter: the page
//! shows the letter's new count, its goal, and how to share it.

use super::{Letter, letter};
use crate::error::WebError;
use crate::letters::{SignatureConfirmation, SignatureProgress};
use crate::registration::web::personal::message;
use crate::registration::web::private;
use crate::registration::{Purpose, VerifiedLink};
use crate::site::forms::ButtonForm;
use crate::site::{Chrome, csrf, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use http::{HeaderMap, StatusCode};

#[derive(Template)]
#[template(path = "signature_confirmed.html")]
struct ConfirmedPage<'a> {
    chrome: Chrome<'a>,
    text: String,
    letter_title: String,
    /// The language the letter's title is in (it may differ from the page's).
    letter_lang: String,
    letter_href: String,
    list_href: String,
    progress: SignatureProgress,
    /// (label, href) of each place to share the letter.
    share: Vec<(String, String)>,
}

/// The thanks after confirming: the letter, its count and goal, and its share links.
async fn confirmed_page(state: &AppState, letter: &Letter) -> Result<Response, WebError> {
    let lang = &letter.lang;
    let tr = state.catalog.translator(lang);
    let post = letter.post();
    let heading = tr.t("confirm-done-heading");
    let mut chrome = Chrome::new(
        state,
        &letter.content.settings,
        lang,
        &format!("posts/{}", post.slug),
        heading,
        String::new(),
    );
    // Behind a link from mail: nobody's alternate.
    chrome.hreflang.clear();
    let url = format!("{}{}", state.public_url(), letter.href());
    let tags: Vec<String> = post.hashtags.iter().map(|h| format!("#{h}")).collect();
    let message = std::iter::once(letter.title().to_owned())
        .chain(tags)
        .collect::<Vec<_>>()
        .join(" ");
    let page = ConfirmedPage {
        text: tr.t("letter-confirmed-text"),
        letter_title: letter.title().to_owned(),
        letter_lang: letter.shown_lang().to_string(),
        letter_href: letter.href(),
        list_href: format!("/{lang}/posts/{}/signatures", post.slug),
        progress: letter.progress(state, tr).await?,
        share: crate::events::view::share_links(&message, &url, tr),
        chrome,
    };
    Ok(private(Html(page.render()?).into_response()))
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
    let verified = state.link_key.verify(Purpose::SignatureConfirm, &token);
    let outcome = match &verified {
        Some(VerifiedLink { id, nonce }) => {
            state
                .db
                .confirm_signature(*id, nonce, state.clock.now())
                .await?
        }
        None => SignatureConfirmation::Invalid,
    };
    let verified = verified.map(|v| v.id);
    let id = match (outcome, verified) {
        (SignatureConfirmation::Confirmed, Some(id)) => {
            // The count on the letter's pages changes now.
            state.signatures_changed().await;
            Some(id)
        }
        (SignatureConfirmation::AlreadyConfirmed, Some(id)) => Some(id),
        _ => None,
    };
    // Back to the letter, when it can still be signed (it may have been taken down since).
    if let Some(id) = id
        && let Some((signature, _)) = state.db.signature_nonces(id).await?
    {
        match letter(&state, lang.as_str(), signature.post.as_str()).await {
            Ok(letter) => return confirmed_page(&state, &letter).await,
            Err(WebError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    let (status, heading, text) = match id {
        Some(_) => (
            StatusCode::OK,
            tr.t("confirm-done-heading"),
            tr.t("letter-confirmed-text"),
        ),
        None => (
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
        state.signatures_changed().await;
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
