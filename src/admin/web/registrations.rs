//! `/admin/registrations`: every registration of an event, filtered by status and searched
//! by name, address or country; and its CSV export.

use super::{Frame, area_lang, audit_change, respond};
use crate::admin::session::Admin;
use crate::cli::registrations_cmd::write_csv;
use crate::error::WebError;
use crate::registration::{Registration, Status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Query, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// Rows shown on the page (the export has all).
const SHOWN: usize = 500;

/// `?event=…&status=…&q=…`.
#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    event: Option<String>,
    #[serde(default)]
    status: String,
    #[serde(default)]
    q: String,
}

#[derive(Template)]
#[template(path = "admin/registrations.html")]
struct RegistrationsPage<'a> {
    frame: Frame<'a>,
    events: Vec<(String, String, bool)>,
    statuses: Vec<(String, String, bool)>,
    q: String,
    /// Each registration with its country's name.
    rows: Vec<(Registration, String)>,
    total: usize,
    counts: Vec<(String, usize)>,
    csv_href: String,
}

async fn filtered(
    state: &AppState,
    filter: &Filter,
) -> Result<(String, Vec<Registration>, usize), WebError> {
    let content = state.content().await?;
    let now = state.clock.now();
    let event = filter
        .event
        .clone()
        .filter(|e| content.events.iter().any(|ev| ev.slug.as_str() == e))
        .or_else(|| {
            content
                .events
                .iter()
                .find(|e| !e.is_past(now))
                .or(content.events.last())
                .map(|e| e.slug.to_string())
        })
        .ok_or(WebError::NotFound)?;
    let slug = event.parse().map_err(|_| WebError::NotFound)?;
    let all = state.db.registrations(&slug).await?;
    let total = all.len();
    let q = filter.q.trim().to_lowercase();
    let rows = all
        .into_iter()
        .filter(|r| filter.status.is_empty() || r.status.as_str() == filter.status)
        .filter(|r| {
            q.is_empty()
                || r.name.to_lowercase().contains(&q)
                || r.email.as_str().to_lowercase().contains(&q)
                || r.country.to_lowercase() == q
        })
        .collect();
    Ok((event, rows, total))
}

/// `GET /admin/registrations`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Query(filter): Query<Filter>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let content = state.content().await?;
    let (event, mut rows, total) = filtered(&state, &filter).await?;
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for r in &rows {
        *counts
            .entry(tr.t(&format!("admin-status-{}", r.status.as_str())))
            .or_default() += 1;
    }
    rows.truncate(SHOWN);
    let statuses = std::iter::once((
        String::new(),
        tr.t("admin-status-any"),
        filter.status.is_empty(),
    ))
    .chain(Status::ALL.iter().map(|s| {
        (
            s.as_str().to_owned(),
            tr.t(&format!("admin-status-{}", s.as_str())),
            filter.status == s.as_str(),
        )
    }))
    .collect();
    let events = content
        .events
        .iter()
        .map(|e| {
            let title = e
                .organiser_text(&lang, &content.settings.default_language)
                .map(|t| t.title.clone())
                .unwrap_or_default();
            (e.slug.to_string(), title, e.slug.as_str() == event)
        })
        .collect();
    let query = |k: &str, v: &str| {
        format!(
            "{k}={}",
            percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC)
        )
    };
    let page = RegistrationsPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-registrations"),
            Some(&admin.user),
            "/admin/registrations",
            token,
        ),
        csv_href: format!(
            "/admin/registrations.csv?{}&{}&{}",
            query("event", &event),
            query("status", &filter.status),
            query("q", &filter.q)
        ),
        events,
        statuses,
        q: filter.q.clone(),
        rows: rows
            .into_iter()
            .map(|r| {
                let country = crate::i18n::country_name(tr, &r.country);
                (r, country)
            })
            .collect(),
        total,
        counts: counts.into_iter().collect(),
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

/// `GET /admin/registrations.csv`: the filtered list, safe to open in a spreadsheet.
pub async fn csv(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Query(filter): Query<Filter>,
) -> Result<Response, WebError> {
    let (event, rows, _) = filtered(&state, &filter).await?;
    let mut out = Vec::new();
    write_csv(&mut out, &rows).map_err(WebError::Internal)?;
    audit_change(
        &state,
        Some(&admin.user),
        "exported registrations",
        &event,
        None,
        Some(format!("{} rows", rows.len())),
    )
    .await?;
    Ok((
        [
            (
                http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_owned(),
            ),
            (
                http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"registrations-{event}.csv\""),
            ),
        ],
        out,
    )
        .into_response())
}
