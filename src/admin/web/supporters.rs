//! `/admin/supporters`: who asked to be kept informed (confirmed first), how many per
//! language and country, the CSV export with the wording each agreed to, and erasing one.

use super::{CheckedForm, Frame, area_lang, audit_change, respond};
use crate::admin::session::Admin;
use crate::cli::registrations_cmd::defuse_formula;
use crate::error::WebError;
use crate::site::forms::ButtonForm;
use crate::state::AppState;
use crate::storage::Supporter;
use askama::Template;
use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::collections::BTreeMap;

#[derive(Template)]
#[template(path = "admin/supporters.html")]
struct SupportersPage<'a> {
    frame: Frame<'a>,
    /// Each supporter with where they came from in words (form, language, country).
    confirmed: Vec<(Supporter, String)>,
    pending: Vec<(Supporter, String)>,
    /// (language name, count) and (country name, count) of the confirmed.
    by_lang: Vec<(String, usize)>,
    by_country: Vec<(String, usize)>,
}

fn counted(keys: impl Iterator<Item = String>) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for key in keys {
        *counts.entry(key).or_default() += 1;
    }
    let mut out: Vec<_> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// `GET /admin/supporters`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let (confirmed, pending): (Vec<_>, Vec<_>) = state
        .db
        .supporters()
        .await?
        .into_iter()
        .partition(|s| s.confirmed_at.is_some());
    let by_lang = counted(
        confirmed
            .iter()
            .map(|s| state.catalog.text(&s.lang, "language-name-self", None)),
    );
    let by_country = counted(confirmed.iter().map(|s| match &s.country {
        Some(code) => crate::i18n::country_name(tr, code),
        None => "—".to_owned(),
    }));
    let page = SupportersPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-supporters"),
            Some(&admin.user),
            "/admin/supporters",
            token,
        ),
        confirmed: confirmed.into_iter().map(|s| origin(tr, s)).collect(),
        pending: pending.into_iter().map(|s| origin(tr, s)).collect(),
        by_lang,
        by_country,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

/// A supporter and where they came from, named in the area's language: "Registration form ·
/// Arabic · Kenya".
fn origin(tr: crate::i18n::Translator<'_>, s: Supporter) -> (Supporter, String) {
    let mut words = vec![tr.t(&format!("admin-supporters-from-{}", s.source))];
    if let Ok(lang) = s.lang.parse::<crate::domain::Lang>() {
        words.push(tr.t(&format!("lang-{lang}")));
    }
    if let Some(country) = &s.country {
        words.push(crate::i18n::country_name(tr, country));
    }
    (s, words.join(" · "))
}

/// `GET /admin/supporters.csv`: every supporter with what they agreed to and when.
pub async fn csv(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
) -> Result<Response, WebError> {
    let supporters = state.db.supporters().await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let row = |s: &Supporter| {
        [
            s.email.clone(),
            s.name.clone(),
            s.lang.clone(),
            s.country.clone().unwrap_or_default(),
            s.source.clone(),
            s.consent_text.clone(),
            s.consented_at.to_string(),
            s.confirmed_at.map(|t| t.to_string()).unwrap_or_default(),
        ]
    };
    let header = [
        "email",
        "name",
        "language",
        "country",
        "source",
        "agreed_to",
        "agreed_at",
        "confirmed_at",
    ];
    let written: anyhow::Result<Vec<u8>> = (|| {
        writer.write_record(header)?;
        for s in &supporters {
            writer.write_record(row(s).iter().map(|f| defuse_formula(f).into_owned()))?;
        }
        writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
    })();
    let out = written.map_err(WebError::Internal)?;
    audit_change(
        &state,
        Some(&admin.user),
        "exported supporters",
        "supporters",
        None,
        Some(format!("{} rows", supporters.len())),
    )
    .await?;
    Ok((
        [
            (http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                http::header::CONTENT_DISPOSITION,
                "attachment; filename=\"supporters.csv\"",
            ),
        ],
        out,
    )
        .into_response())
}

/// `POST /admin/supporters/{id}/erase`: the supporter and their waiting mail are deleted.
pub async fn erase(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    CheckedForm(_): CheckedForm<ButtonForm>,
) -> Result<Response, WebError> {
    // Erasing what is gone already (a second click) is done too: back to the list.
    if state.db.erase_supporter(id).await? {
        // The address is not kept in the log: the entry names the row only.
        audit_change(
            &state,
            Some(&admin.user),
            "erased a supporter",
            &format!("supporter {id}"),
            None,
            None,
        )
        .await?;
    }
    Ok(Redirect::to("/admin/supporters").into_response())
}
