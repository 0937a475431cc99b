//! `/admin/events/new`: a new event, from scratch (its times, places and texts in the
//! default language; the programme and speakers are added on its own pages) or as the next
//! edition of an earlier one, every date moved by the days chosen (programme, registration
//! window, doors and times keep their clock times in the reference zone). A new event is a
//! draft until it is published; the importer checks it before it is stored.

use super::checked::{Outcome, problem_lines, store_candidate};
use super::edit::{self, Edit};
use super::events::{local, zones};
use super::publishing::{parse_local, propose_slug};
use super::{CheckedForm, Frame, area_lang, event_title, respond};
use crate::admin::session::Admin;
use crate::content::{Event, EventText, SiteContent};
use crate::domain::{Lang, Places, Slug, ZoneName};
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::collections::{BTreeMap, HashMap};

#[derive(Template)]
#[template(path = "admin/event_new.html")]
struct NewPage<'a> {
    frame: Frame<'a>,
    values: HashMap<String, String>,
    zones: Vec<(String, String, bool)>,
    /// (code, name, selected) of the site's languages, for the proceedings.
    languages: Vec<(String, String, bool)>,
    /// (slug, title, selected) of the events to copy from.
    sources: Vec<(String, String, bool)>,
    default_language: String,
    errors: Vec<String>,
}

impl NewPage<'_> {
    fn value(&self, name: &str) -> &str {
        self.values
            .get(name)
            .map(String::as_str)
            .unwrap_or_default()
    }
}

#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    content: &SiteContent,
    values: HashMap<String, String>,
    errors: Vec<String>,
    status: StatusCode,
    edit: Edit,
) -> Result<Response, WebError> {
    let area = area_lang(headers);
    let tr = state.catalog.translator(&area);
    let (token, cookie) = super::form_token(state, headers);
    let selected = |name: &str| values.get(name).cloned().unwrap_or_default();
    let zone = selected("zone");
    let page = NewPage {
        frame: Frame::new(
            state,
            &area,
            tr.t("admin-event-new"),
            Some(&admin.user),
            "/admin/events",
            token,
        )
        .editing(edit),
        zones: zones(
            state,
            content,
            if zone.is_empty() {
                "Asia/Riyadh"
            } else {
                &zone
            },
            &area,
        )?,
        languages: content
            .settings
            .languages
            .iter()
            .map(|l| {
                let name = tr.t(&format!("lang-{l}"));
                (l.to_string(), name, l.as_str() == selected("proceedings"))
            })
            .collect(),
        sources: content
            .events
            .iter()
            .rev()
            .map(|e| {
                let title = event_title(e, &area);
                (
                    e.slug.to_string(),
                    title,
                    e.slug.as_str() == selected("source"),
                )
            })
            .collect(),
        default_language: tr.t(&format!("lang-{}", content.settings.default_language)),
        values,
        errors,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/events/new`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (revision, content) = state.content_for_edit().await?;
    let mut values = HashMap::new();
    if let Some(latest) = content.events.last() {
        values.insert("source".to_owned(), latest.slug.to_string());
        values.insert("zone".to_owned(), latest.reference_zone.to_string());
    }
    values.insert("days".to_owned(), "364".to_owned());
    values.insert(
        "proceedings".to_owned(),
        content.settings.default_language.to_string(),
    );
    render(
        &state,
        &admin,
        &headers,
        &content,
        values,
        Vec::new(),
        StatusCode::OK,
        Edit::at(revision),
    )
}

/// `POST /admin/events/new`: `mode=copy` (a new edition of `source`, `days` later) or
/// `mode=scratch`.
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
    let taken = |s: &str| content.events.iter().any(|e| e.slug.as_str() == s);
    let mut errors = Vec::new();
    let slug = |title: &str, fallback: &str, errors: &mut Vec<String>| -> Option<Slug> {
        let typed = field("slug");
        if typed.is_empty() {
            return Some(propose_slug(title, fallback, taken));
        }
        match typed.parse::<Slug>() {
            Ok(s) if taken(s.as_str()) => {
                errors.push(tr.t_with("admin-error-slug-taken", "slug", s.as_str()));
                None
            }
            Ok(s) => Some(s),
            Err(_) => {
                errors.push(tr.t("admin-error-slug"));
                None
            }
        }
    };
    let event = match field("mode").as_str() {
        "copy" => copy(&content, &field, &mut errors, tr, slug),
        "scratch" => scratch(&content, &field, &mut errors, tr, slug),
        _ => None,
    };
    let values: HashMap<String, String> = form
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "csrf" | "revision"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let Some(event) = event.filter(|_| errors.is_empty()) else {
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        return render(
            &state,
            &admin,
            &headers,
            &content,
            values,
            errors,
            status,
            Edit::at(base),
        );
    };
    let new_slug = event.slug.clone();
    let after = format!(
        "a draft starting {} {}",
        local(event.starts_at, &event.reference_zone).replace('T', " "),
        event.reference_zone
    );
    let action = if field("mode") == "copy" {
        format!("created an event, copied from {}", field("source"))
    } else {
        "created an event".to_owned()
    };
    let mut candidate = (*content).clone();
    candidate.events.push(event);
    candidate.events.sort_by_key(|e| e.starts_at);
    let outcome = store_candidate(
        &state,
        &admin,
        tr,
        &candidate,
        base,
        &action,
        new_slug.as_str(),
        (None, Some(after)),
    )
    .await?;
    match outcome {
        Outcome::Saved => {
            Ok(Redirect::to(&format!("/admin/events/{new_slug}?saved=1")).into_response())
        }
        Outcome::Problems(problems) => render(
            &state,
            &admin,
            &headers,
            &content,
            values,
            problem_lines(problems),
            StatusCode::UNPROCESSABLE_ENTITY,
            Edit::at(base),
        ),
        Outcome::Conflict(conflict) => render(
            &state,
            &admin,
            &headers,
            &content,
            values,
            Vec::new(),
            StatusCode::CONFLICT,
            conflict,
        ),
    }
}

/// The next edition of `source`, `days` later, as a draft.
fn copy(
    content: &SiteContent,
    field: &dyn Fn(&str) -> String,
    errors: &mut Vec<String>,
    tr: crate::i18n::Translator<'_>,
    slug: impl FnOnce(&str, &str, &mut Vec<String>) -> Option<Slug>,
) -> Option<Event> {
    let Some(source) = content
        .events
        .iter()
        .find(|e| e.slug.as_str() == field("source"))
    else {
        errors.push(tr.t("admin-event-error-source"));
        return None;
    };
    let days = field("days")
        .parse::<i32>()
        .ok()
        .filter(|d| (-3660..=3660).contains(d) && *d != 0);
    if days.is_none() {
        errors.push(tr.t("admin-event-error-days"));
    }
    // The slug proposed from the earlier edition's, a year in it moved with the dates.
    let proposed = moved_year(source.slug.as_str(), source, days?);
    let slug = slug(&proposed, source.slug.as_str(), errors)?;
    Some(source.next_edition(slug, days?))
}

/// `text` with the year `source` starts in replaced by the year it starts in `days` later.
fn moved_year(text: &str, source: &Event, days: i32) -> String {
    let zone = source.reference_zone.zone().clone();
    let year = |e: &Event| e.starts_at.to_zoned_datetime(zone.clone()).year();
    let mut moved = source.clone();
    moved.move_by_days(days);
    let (from, to) = (year(source).to_string(), year(&moved).to_string());
    if from == to {
        text.to_owned()
    } else {
        text.replace(&from, &to)
    }
}

/// An event from the form's times, places and texts in the default language, as a draft
/// with no programme yet.
fn scratch(
    content: &SiteContent,
    field: &dyn Fn(&str) -> String,
    errors: &mut Vec<String>,
    tr: crate::i18n::Translator<'_>,
    slug: impl FnOnce(&str, &str, &mut Vec<String>) -> Option<Slug>,
) -> Option<Event> {
    let zone: Option<ZoneName> = field("zone").parse().ok();
    if zone.is_none() {
        errors.push(tr.t("admin-event-error-zone"));
    }
    let mut instant = |name: &str| {
        let at = zone.as_ref().and_then(|z| parse_local(&field(name), z));
        if at.is_none() {
            let label = tr.t(&format!("admin-event-{name}"));
            errors.push(tr.t_with("admin-event-error-time", "field", &label));
        }
        at
    };
    let (doors, starts, ends) = (instant("doors"), instant("starts"), instant("ends"));
    if let (Some(d), Some(s), Some(e)) = (doors, starts, ends)
        && (d > s || e <= s)
    {
        errors.push(tr.t("admin-event-error-order"));
    }
    let places = match field("places") {
        p if p.is_empty() => Some(None),
        p => p
            .parse::<u32>()
            .ok()
            .and_then(|n| Places::try_from(n).ok())
            .map(Some),
    };
    if places.is_none() {
        errors.push(tr.t("admin-event-error-places"));
    }
    let proceedings: Option<Lang> = field("proceedings").parse().ok();
    if proceedings.is_none() {
        errors.push(tr.t("admin-post-error-language"));
    }
    let (title, summary, zone_label) = (field("title"), field("summary"), field("zone_label"));
    if title.is_empty() || title.chars().count() > 300 {
        errors.push(tr.t("admin-post-error-title"));
    }
    if summary.is_empty() || summary.chars().count() > 1000 {
        errors.push(tr.t("admin-post-error-summary"));
    }
    if zone_label.is_empty() {
        errors.push(tr.t("admin-event-error-zone-label"));
    }
    let slug = slug(&title, "event", errors)?;
    let text = EventText {
        title,
        summary,
        eligibility: String::new(),
        zone_label,
        attestation: String::new(),
        description: String::new(),
        segments: BTreeMap::new(),
        speakers: BTreeMap::new(),
        publication: Default::default(),
    };
    Some(Event {
        slug,
        reference_zone: zone?,
        doors_open_at: doors?,
        starts_at: starts?,
        ends_at: ends?,
        proceedings_language: proceedings?,
        interpretation_languages: Vec::new(),
        caption_languages: Vec::new(),
        places: places?,
        registration_opens_at: None,
        registration_closes_at: None,
        reminder_hours: vec![24, 1],
        chapters: Vec::new(),
        hashtags: content.settings.hashtags.clone(),
        trailer: None,
        speakers: Vec::new(),
        segments: Vec::new(),
        texts: BTreeMap::from([(content.settings.default_language.clone(), text)]),
        stream: None,
        draft: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_in_the_slug_moves_with_the_dates() {
        let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/demo");
        let report = crate::content::read_dir(&demo, &mut |_, _, _| {}).expect("demo content");
        let event = report.content.events.last().expect("an event").clone();
        let year = event
            .starts_at
            .to_zoned_datetime(event.reference_zone.zone().clone())
            .year();
        let title = format!("Water {year}");
        assert_eq!(
            moved_year(&title, &event, 364),
            format!("Water {}", year + 1)
        );
        assert_eq!(moved_year(&title, &event, 1), title);
    }
}
