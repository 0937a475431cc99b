//! `/admin/events`: an event's places, registration window, times and reference zone. Times
//! are civil times in the reference zone, checked as an import checks them; moving the start
//! moves the programme with it. Raising the places offers them to the waitlist in order.

use super::edit::{self, Edit};
use super::{CheckedForm, Frame, area_lang, audited, respond};
use crate::admin::session::Admin;
use crate::content::{Event, SiteContent};
use crate::domain::{Lang, Places, ZoneName};
use crate::error::WebError;
use crate::state::AppState;

use askama::Template;
use axum::extract::{Extension, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use jiff::{SignedDuration, Timestamp, civil};
use std::collections::HashMap;

/// Zones offered besides the event's own and the chapters'.
const ZONES: &[&str] = &[
    "UTC",
    "Africa/Cairo",
    "Africa/Casablanca",
    "America/New_York",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Kuala_Lumpur",
    "Asia/Riyadh",
    "Europe/London",
    "Europe/Paris",
];

#[derive(Template)]
#[template(path = "admin/events.html")]
struct EventsPage<'a> {
    frame: Frame<'a>,
    /// (slug, title, draft)
    events: Vec<(String, String, bool)>,
}

#[derive(Template)]
#[template(path = "admin/event_edit.html")]
struct EditPage<'a> {
    frame: Frame<'a>,
    slug: String,
    title: String,
    values: HashMap<String, String>,
    zones: Vec<(String, String, bool)>,
    errors: Vec<String>,
    saved: bool,
    /// Off the public site.
    draft: bool,
}

impl EditPage<'_> {
    fn value(&self, name: &str) -> &str {
        self.values
            .get(name)
            .map(String::as_str)
            .unwrap_or_default()
    }
}

fn title(content: &SiteContent, event: &Event, lang: &crate::domain::Lang) -> String {
    event
        .organiser_text(lang, &content.settings.default_language)
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

/// `GET /admin/events`.
pub async fn list(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let (_, content) = state.content_for_edit().await?;
    let page = EventsPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-events"),
            Some(&admin.user),
            "/admin/events",
            token,
        ),
        events: content
            .events
            .iter()
            .map(|e| (e.slug.to_string(), title(&content, e, &lang), e.draft))
            .collect(),
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

pub(super) fn local(at: Timestamp, zone: &ZoneName) -> String {
    at.to_zoned_datetime(zone.zone().clone())
        .datetime()
        .strftime("%Y-%m-%dT%H:%M")
        .to_string()
}

fn values_of(event: &Event) -> HashMap<String, String> {
    let z = &event.reference_zone;
    let mut v = HashMap::new();
    v.insert("zone".into(), z.to_string());
    v.insert(
        "places".into(),
        event
            .places
            .map(|p| p.get().to_string())
            .unwrap_or_default(),
    );
    v.insert("doors".into(), local(event.doors_open_at, z));
    v.insert("starts".into(), local(event.starts_at, z));
    v.insert("ends".into(), local(event.ends_at, z));
    v.insert(
        "opens".into(),
        event
            .registration_opens_at
            .map(|t| local(t, z))
            .unwrap_or_default(),
    );
    v.insert(
        "closes".into(),
        event
            .registration_closes_at
            .map(|t| local(t, z))
            .unwrap_or_default(),
    );
    v.insert(
        "reminders".into(),
        event
            .reminder_hours
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", "),
    );
    v
}

/// The reference zones offered, as (id, name for people in `lang`, selected).
pub(super) fn zones(
    state: &AppState,
    content: &SiteContent,
    selected: &str,
    lang: &Lang,
) -> Result<Vec<(String, String, bool)>, WebError> {
    let mut names: std::collections::BTreeSet<String> =
        ZONES.iter().map(|z| (*z).to_owned()).collect();
    names.extend(content.chapters.iter().map(|c| c.time_zone.to_string()));
    names.insert(selected.to_owned());
    let formats = crate::i18n::Formats::new(
        lang,
        content.settings.digits_for(lang),
        content.settings.hijri,
    )?;
    Ok(formats
        .zones()
        .choices(names.iter().map(String::as_str), state.clock.now())
        .into_iter()
        .map(|z| {
            let chosen = z.id == selected;
            (z.id, z.label, chosen)
        })
        .collect())
}

#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    content: &SiteContent,
    event: &Event,
    values: HashMap<String, String>,
    errors: Vec<String>,
    saved: bool,
    status: StatusCode,
    edit: Edit,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let selected = values.get("zone").cloned().unwrap_or_default();
    let page = EditPage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-nav-events"),
            Some(&admin.user),
            "/admin/events",
            token,
        )
        .editing(edit),
        slug: event.slug.to_string(),
        title: title(content, event, &lang),
        zones: zones(state, content, &selected, &lang)?,
        values,
        errors,
        saved,
        draft: event.draft,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/events/{slug}`.
pub async fn edit(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(slug): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (revision, content) = state.content_for_edit().await?;
    let event = content
        .events
        .iter()
        .find(|e| e.slug.as_str() == slug)
        .ok_or(WebError::NotFound)?;
    let saved = query.get("saved").is_some_and(|v| v == "1");
    render(
        &state,
        &admin,
        &headers,
        &content,
        event,
        values_of(event),
        Vec::new(),
        saved,
        StatusCode::OK,
        Edit::at(revision),
    )
}

/// `POST /admin/events/{slug}`.
pub async fn save(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (_, content) = state.content_for_edit().await?;
    let base = edit::base_of(form.get("revision").map(String::as_str));
    let at = content
        .events
        .iter()
        .position(|e| e.slug.as_str() == slug)
        .ok_or(WebError::NotFound)?;
    let old = &content.events[at];
    let field = |n: &str| form.get(n).map(|v| v.trim().to_owned()).unwrap_or_default();
    let mut errors = Vec::new();
    let zone: Option<ZoneName> = field("zone").parse().ok();
    if zone.is_none() {
        errors.push(tr.t("admin-event-error-zone"));
    }
    let instant = |name: &str, errors: &mut Vec<String>| -> Option<Timestamp> {
        let text = field(name);
        let zone = zone.as_ref()?;
        let parsed = text.parse::<civil::DateTime>().ok().and_then(|dt| {
            zone.zone()
                .to_ambiguous_zoned_datetime(dt)
                .unambiguous()
                .ok()
        });
        if parsed.is_none() {
            errors.push(tr.t_with(
                "admin-event-error-time",
                "field",
                &tr.t(&format!("admin-event-{name}")),
            ));
        }
        parsed.map(|z| z.timestamp())
    };
    let optional = |name: &str, errors: &mut Vec<String>| -> Option<Option<Timestamp>> {
        if field(name).is_empty() {
            Some(None)
        } else {
            instant(name, errors).map(Some)
        }
    };
    let doors = instant("doors", &mut errors);
    let starts = instant("starts", &mut errors);
    let ends = instant("ends", &mut errors);
    let opens = optional("opens", &mut errors);
    let closes = optional("closes", &mut errors);
    let places: Option<Option<Places>> = match field("places") {
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
    let reminders: Option<Vec<u32>> = field("reminders")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<u32>().ok().filter(|h| (1..=720).contains(h)))
        .collect();
    if reminders.is_none() {
        errors.push(tr.t("admin-event-error-reminders"));
    }
    // Every check that can be made is made, so all problems are shown at once.
    if let (Some(d), Some(s), Some(e)) = (doors, starts, ends)
        && (d > s || e <= s)
    {
        errors.push(tr.t("admin-event-error-order"));
    }
    let window_wrong = match (opens, closes, ends) {
        (Some(Some(o)), Some(Some(c)), _) if c <= o => true,
        (_, Some(Some(c)), Some(e)) => c > e,
        _ => false,
    };
    if window_wrong {
        errors.push(tr.t("admin-event-error-window"));
    }
    let mut event = old.clone();
    if let (Some(zone), Some(d), Some(s), Some(e), Some(o), Some(c), Some(p), Some(r)) = (
        &zone,
        doors,
        starts,
        ends,
        opens,
        closes,
        places,
        reminders.clone(),
    ) {
        // The programme moves with the start.
        let shift: SignedDuration = s.duration_since(old.starts_at);
        for segment in &mut event.segments {
            segment.starts_at += shift;
        }
        let last_end = event
            .segments
            .last()
            .map(|seg| seg.starts_at + SignedDuration::from_mins(i64::from(seg.minutes)));
        if last_end.is_some_and(|end| end > e) {
            errors.push(tr.t("admin-event-error-segments"));
        }
        event.reference_zone = zone.clone();
        event.doors_open_at = d;
        event.starts_at = s;
        event.ends_at = e;
        event.registration_opens_at = o;
        event.registration_closes_at = c;
        event.places = p;
        event.reminder_hours = r;
    }
    let values = |form: HashMap<String, String>| {
        form.into_iter()
            .filter(|(k, _)| k != "csrf" && k != "revision")
            .collect()
    };
    if !errors.is_empty() {
        return render(
            &state,
            &admin,
            &headers,
            &content,
            old,
            values(form),
            errors,
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
            Edit::at(base),
        );
    }
    let describe = |e: &Event| {
        format!(
            "places {}; starts {} {}; registration {} – {}",
            e.places
                .map(|p| p.get().to_string())
                .unwrap_or_else(|| "unlimited".into()),
            local(e.starts_at, &e.reference_zone),
            e.reference_zone,
            e.registration_opens_at
                .map(|t| local(t, &e.reference_zone))
                .unwrap_or_default(),
            e.registration_closes_at
                .map(|t| local(t, &e.reference_zone))
                .unwrap_or_default(),
        )
    };
    let (before, after) = (describe(old), describe(&event));
    let mut updated = (*content).clone();
    updated.events[at] = event;
    updated.events.sort_by_key(|e| e.starts_at);
    let audit = audited(
        &state,
        Some(&admin.user),
        "changed an event",
        &slug,
        Some(before),
        Some(after),
    );
    if let Some(conflict) = edit::save(&state, tr, &updated, base, audit).await? {
        return render(
            &state,
            &admin,
            &headers,
            &content,
            old,
            values(form),
            Vec::new(),
            false,
            StatusCode::CONFLICT,
            conflict,
        );
    }
    Ok(Redirect::to(&format!("/admin/events/{slug}?saved=1")).into_response())
}
