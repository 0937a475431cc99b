//! `/admin/chapters`: the chapters, and a new one (its country, the time zone of its city,
//! and its name and city in every site language, as `chapters.toml` needs them). The new
//! content is checked by the importer before it is stored.

use super::checked::{Outcome, problem_lines, store_candidate};
use super::edit::{self, Edit};
use super::publishing::propose_slug;
use super::{CheckedForm, Frame, area_lang, respond};
use crate::admin::session::Admin;
use crate::content::{Chapter, SiteContent};
use crate::domain::{CountryCode, Lang, Slug, ZoneName};
use crate::error::WebError;
use crate::site::forms::{Choice, country_choices, zone_choices};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::collections::{BTreeMap, HashMap};

#[derive(Template)]
#[template(path = "admin/chapters.html")]
struct ChaptersPage<'a> {
    frame: Frame<'a>,
    /// (slug, name, country, zone)
    chapters: Vec<(String, String, String, String)>,
    /// (code, language name, name typed, city typed, direction)
    languages: Vec<(String, String, String, String, &'static str)>,
    countries: Vec<Choice>,
    zones: Vec<Choice>,
    slug: String,
    errors: Vec<String>,
    saved: bool,
}

/// The name in `area`, else in the default language.
pub(super) fn name_in(
    names: &BTreeMap<Lang, String>,
    area: &Lang,
    content: &SiteContent,
) -> String {
    names
        .get(area)
        .or_else(|| names.get(&content.settings.default_language))
        .cloned()
        .unwrap_or_default()
}

#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    content: &SiteContent,
    form: &HashMap<String, String>,
    errors: Vec<String>,
    saved: bool,
    status: StatusCode,
    edit: Edit,
) -> Result<Response, WebError> {
    let area = area_lang(headers);
    let tr = state.catalog.translator(&area);
    let (token, cookie) = super::form_token(state, headers);
    let typed = |name: &str| form.get(name).cloned().unwrap_or_default();
    let formats = crate::i18n::Formats::new(
        &area,
        content.settings.digits_for(&area),
        content.settings.hijri,
    )?;
    let now = state.clock.now();
    let page = ChaptersPage {
        frame: Frame::new(
            state,
            &area,
            tr.t("admin-nav-chapters"),
            Some(&admin.user),
            "/admin/events",
            token,
        )
        .editing(edit),
        chapters: content
            .chapters
            .iter()
            .map(|c| {
                let country = crate::i18n::country_name(tr, c.country.as_str());
                (
                    c.slug.to_string(),
                    name_in(&c.name, &area, content),
                    country,
                    formats.zones().name_and_city(&c.time_zone, now),
                )
            })
            .collect(),
        languages: content
            .settings
            .languages
            .iter()
            .map(|l| {
                let label = tr.t(&format!("lang-{l}"));
                (
                    l.to_string(),
                    label,
                    typed(&format!("name-{l}")),
                    typed(&format!("city-{l}")),
                    l.direction().html(),
                )
            })
            .collect(),
        countries: country_choices(tr, &typed("country")),
        zones: zone_choices(&typed("zone"), &formats, now),
        slug: typed("slug"),
        errors,
        saved,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/chapters`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (revision, content) = state.content_for_edit().await?;
    let saved = query.get("saved").is_some_and(|v| v == "1");
    render(
        &state,
        &admin,
        &headers,
        &content,
        &HashMap::new(),
        Vec::new(),
        saved,
        StatusCode::OK,
        Edit::at(revision),
    )
}

/// `POST /admin/chapters`: adds a chapter at the end of the list.
pub async fn create(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let (_, content) = state.content_for_edit().await?;
    let area = area_lang(&headers);
    let tr = state.catalog.translator(&area);
    let base = edit::base_of(form.get("revision").map(String::as_str));
    let field = |n: &str| form.get(n).map(|v| v.trim().to_owned()).unwrap_or_default();
    let mut errors = Vec::new();
    let country: Option<CountryCode> = field("country").parse().ok();
    if country.is_none() {
        errors.push(tr.t("admin-chapter-error-country"));
    }
    let zone: Option<ZoneName> = field("zone").parse().ok();
    if zone.is_none() {
        errors.push(tr.t("admin-event-error-zone"));
    }
    let (mut name, mut city) = (BTreeMap::new(), BTreeMap::new());
    for lang in &content.settings.languages {
        let (n, c) = (
            field(&format!("name-{lang}")),
            field(&format!("city-{lang}")),
        );
        if n.is_empty() || c.is_empty() {
            errors.push(tr.t_with(
                "admin-chapter-error-names",
                "language",
                &tr.t(&format!("lang-{lang}")),
            ));
        }
        name.insert(lang.clone(), n);
        city.insert(lang.clone(), c);
    }
    let taken = |s: &str| content.chapters.iter().any(|c| c.slug.as_str() == s);
    let default_name = name
        .get(&content.settings.default_language)
        .cloned()
        .unwrap_or_default();
    let slug = match field("slug") {
        typed if typed.is_empty() => Some(propose_slug(&default_name, "chapter", taken)),
        typed => match typed.parse::<Slug>() {
            Ok(s) if !taken(s.as_str()) => Some(s),
            Ok(s) => {
                errors.push(tr.t_with("admin-error-slug-taken", "slug", s.as_str()));
                None
            }
            Err(_) => {
                errors.push(tr.t("admin-error-slug"));
                None
            }
        },
    };
    let (Some(slug), Some(country), Some(time_zone), true) =
        (slug, country, zone, errors.is_empty())
    else {
        return render(
            &state,
            &admin,
            &headers,
            &content,
            &form,
            errors,
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
            Edit::at(base),
        );
    };
    let after = format!("{slug}: {default_name}, {country}, {time_zone}");
    let mut candidate = (*content).clone();
    candidate.chapters.push(Chapter {
        slug: slug.clone(),
        country,
        time_zone,
        name,
        city,
    });
    match store_candidate(
        &state,
        &admin,
        tr,
        &candidate,
        base,
        "created a chapter",
        slug.as_str(),
        (None, Some(after)),
    )
    .await?
    {
        Outcome::Saved => Ok(Redirect::to("/admin/chapters?saved=1").into_response()),
        Outcome::Problems(problems) => render(
            &state,
            &admin,
            &headers,
            &content,
            &form,
            problem_lines(problems),
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
            Edit::at(base),
        ),
        Outcome::Conflict(conflict) => render(
            &state,
            &admin,
            &headers,
            &content,
            &form,
            Vec::new(),
            false,
            StatusCode::CONFLICT,
            conflict,
        ),
    }
}
