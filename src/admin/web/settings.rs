//! `/admin/settings` (owners and editors): the site's contact address, hashtags, Hijri
//! calendar variant and day adjustment, digits per language, and its name, organiser and
//! tagline in every language. Saved settings show on the public site at once.

use super::edit::{self, Edit};
use super::{CheckedForm, Frame, area_lang, audited, respond};
use crate::admin::session::Admin;
use crate::content::{Digits, SiteSettings};
use crate::domain::{DayAdjustment, EmailAddress, Hashtag, HijriVariant, WebOrigin};
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::collections::HashMap;

/// The form's values for one language: (code, name, site name, organiser, tagline, Arabic digits).
pub struct LanguageRow {
    pub code: String,
    pub name: String,
    pub site_name: String,
    pub organiser: String,
    pub tagline: String,
    pub arabic_digits: bool,
}

#[derive(Template)]
#[template(path = "admin/settings.html")]
struct SettingsPage<'a> {
    frame: Frame<'a>,
    contact: String,
    hashtags: String,
    tabular: bool,
    adjustment: i8,
    /// The partner origins allowed to frame the embeddable forms, one a line.
    embed_origins: String,
    rows: Vec<LanguageRow>,
    errors: Vec<String>,
    saved: bool,
}

fn rows_of(settings: &SiteSettings, tr: crate::i18n::Translator<'_>) -> Vec<LanguageRow> {
    settings
        .languages
        .iter()
        .map(|l| {
            let text = settings.text(l);
            LanguageRow {
                code: l.to_string(),
                name: tr.t(&format!("lang-{l}")),
                site_name: text.site_name.clone(),
                organiser: text.organiser.clone(),
                tagline: text.tagline.clone(),
                arabic_digits: settings.digits_for(l) == Digits::Arab,
            }
        })
        .collect()
}

/// `GET /admin/settings`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    axum::extract::Query(query): axum::extract::Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let (revision, content) = state.content_for_edit().await?;
    let s = &content.settings;
    let page = SettingsPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-settings"),
            Some(&admin.user),
            "/admin/settings",
            token,
        )
        .editing(Edit::at(revision)),
        contact: s.contact_email.as_str().to_owned(),
        hashtags: s
            .hashtags
            .iter()
            .map(|h| format!("#{}", h.as_str()))
            .collect::<Vec<_>>()
            .join(" "),
        tabular: s.hijri.variant == HijriVariant::Tabular,
        adjustment: s.hijri.adjustment.days(),
        embed_origins: s
            .embed_origins
            .iter()
            .map(|o| o.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        rows: rows_of(s, tr),
        errors: Vec::new(),
        saved: query.get("saved").is_some_and(|v| v == "1"),
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

/// `POST /admin/settings`: fields `contact`, `hashtags`, `hijri`, `adjustment`,
/// `embed_origins` (one origin a line), and per
/// language `site_name-XX`, `organiser-XX`, `tagline-XX`, `digits-XX`.
pub async fn save(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (_, content) = state.content_for_edit().await?;
    let base = edit::base_of(form.get("revision").map(String::as_str));
    let field = |name: &str| {
        form.get(name)
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    let mut errors = Vec::new();
    let mut settings = content.settings.clone();
    match field("contact").parse::<EmailAddress>() {
        Ok(email) => settings.contact_email = email,
        Err(_) => errors.push(tr.t("admin-settings-error-contact")),
    }
    let tags: Result<Vec<Hashtag>, _> = field("hashtags")
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .map(str::parse)
        .collect();
    match tags {
        Ok(tags) => settings.hashtags = tags,
        Err(_) => errors.push(tr.t("admin-settings-error-hashtags")),
    }
    settings.hijri.variant = if field("hijri") == "tabular" {
        HijriVariant::Tabular
    } else {
        HijriVariant::UmmAlQura
    };
    match field("adjustment")
        .parse::<i8>()
        .ok()
        .and_then(|d| DayAdjustment::try_from(d).ok())
    {
        Some(adjustment) => settings.hijri.adjustment = adjustment,
        None => errors.push(tr.t("admin-settings-error-adjustment")),
    }
    let mut origins = Vec::new();
    for line in field("embed_origins")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        match line.parse::<WebOrigin>() {
            Ok(origin) if !origins.contains(&origin) => origins.push(origin),
            Ok(_) => {}
            Err(_) => errors.push(tr.t_with("admin-settings-error-embed-origin", "origin", line)),
        }
    }
    settings.embed_origins = origins;
    for l in content.settings.languages.clone() {
        let text = settings.texts.entry(l.clone()).or_default();
        text.site_name = field(&format!("site_name-{l}"));
        text.organiser = field(&format!("organiser-{l}"));
        text.tagline = field(&format!("tagline-{l}"));
        if text.site_name.is_empty() || text.organiser.is_empty() || text.tagline.is_empty() {
            errors.push(tr.t_with(
                "admin-settings-error-texts",
                "language",
                &tr.t(&format!("lang-{l}")),
            ));
        }
        if form.contains_key(&format!("digits-{l}")) {
            settings.digits.insert(l.clone(), Digits::Arab);
        } else {
            settings.digits.remove(&l);
        }
    }
    let describe = |s: &SiteSettings| {
        format!(
            "contact {}; hashtags {}; hijri {:?} {:+}; embeds {}",
            s.contact_email.as_str(),
            s.hashtags
                .iter()
                .map(|h| h.as_str())
                .collect::<Vec<_>>()
                .join(","),
            s.hijri.variant,
            s.hijri.adjustment.days(),
            s.embed_origins
                .iter()
                .map(|o| o.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        )
    };
    let (status, edit) = if errors.is_empty() {
        let before = describe(&content.settings);
        let after = describe(&settings);
        let mut updated = (*content).clone();
        updated.settings = settings.clone();
        let audit = audited(
            &state,
            Some(&admin.user),
            "changed the site settings",
            "site",
            Some(before),
            Some(after),
        );
        match edit::save(&state, tr, &updated, base, audit).await? {
            None => {
                return Ok(Redirect::to("/admin/settings?saved=1").into_response());
            }
            Some(conflict) => (StatusCode::CONFLICT, conflict),
        }
    } else {
        (StatusCode::UNPROCESSABLE_ENTITY, Edit::at(base))
    };
    // What was typed, shown again with what is wrong or with the conflict.
    let (token, cookie) = super::form_token(&state, &headers);
    let page = SettingsPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-settings"),
            Some(&admin.user),
            "/admin/settings",
            token,
        )
        .editing(edit),
        contact: field("contact"),
        hashtags: field("hashtags"),
        tabular: field("hijri") == "tabular",
        adjustment: field("adjustment").parse().unwrap_or(0),
        embed_origins: field("embed_origins"),
        rows: rows_of(&settings, tr),
        errors,
        saved: false,
    };
    Ok(respond(status, page.render()?, cookie))
}
