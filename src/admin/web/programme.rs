//! `/admin/events/{slug}/programme` (owners and editors): the programme as a form — each
//! segment's kind, start (in the event's reference zone), length, speakers and title in
//! every language of the event; segments added and removed. The edited event is checked
//! by the importer itself (order, overlaps, bounds, speakers, a title in every language)
//! before anything is saved. Recordings and premieres stay with their segments.

use super::checked::{Outcome, store_edited_event};
use super::edit::{self, Edit};
use super::{CheckedForm, Frame, area_lang, confirm, respond};
use crate::admin::session::Admin;
use crate::content::{Event, Segment, SegmentKind, SegmentText};
use crate::domain::Slug;
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::collections::{BTreeMap, HashMap};

const KINDS: [SegmentKind; 5] = [
    SegmentKind::Opening,
    SegmentKind::Dialogue,
    SegmentKind::Video,
    SegmentKind::Interactive,
    SegmentKind::Conclusion,
];

/// One segment's row in the form.
pub struct Row {
    pub index: usize,
    /// Empty for the row that adds a segment.
    pub id: String,
    pub is_new: bool,
    pub kind: String,
    pub start: String,
    pub minutes: String,
    /// (speaker id, name, chosen)
    pub speakers: Vec<(String, String, bool)>,
    /// (language, its name, title)
    pub titles: Vec<(String, String, String)>,
    pub has_media: bool,
    /// Ticked for removal (kept when the form is shown again).
    pub removed: bool,
}

#[derive(Template)]
#[template(path = "admin/programme.html")]
struct ProgrammePage<'a> {
    frame: Frame<'a>,
    slug: String,
    title: String,
    zone: String,
    rows: Vec<Row>,
    /// (kind id, its label)
    kinds: Vec<(String, String)>,
    errors: Vec<String>,
    problems: Vec<(String, String, String)>,
    saved: bool,
}

/// The form's rows for `event`, plus an empty one to add a segment.
fn rows_of(event: &Event) -> Vec<Row> {
    let zone = event.reference_zone.zone().clone();
    let speakers = |chosen: &[Slug]| {
        event
            .speakers
            .iter()
            .map(|sp| (sp.id.to_string(), sp.name.clone(), chosen.contains(&sp.id)))
            .collect()
    };
    let titles = |id: Option<&Slug>| {
        event
            .texts
            .iter()
            .map(|(lang, text)| {
                let title = id
                    .and_then(|id| text.segments.get(id))
                    .map(|t| t.title.clone())
                    .unwrap_or_default();
                (lang.to_string(), lang.to_string(), title)
            })
            .collect()
    };
    let mut rows: Vec<Row> = event
        .segments
        .iter()
        .enumerate()
        .map(|(index, s)| Row {
            index,
            id: s.id.to_string(),
            is_new: false,
            kind: s.kind.as_str().to_owned(),
            start: s
                .starts_at
                .to_zoned_datetime(zone.clone())
                .datetime()
                .strftime("%Y-%m-%dT%H:%M")
                .to_string(),
            minutes: s.minutes.to_string(),
            speakers: speakers(&s.speakers),
            titles: titles(Some(&s.id)),
            has_media: s.recording.is_some() || s.premiere.is_some(),
            removed: false,
        })
        .collect();
    rows.push(Row {
        index: rows.len(),
        id: String::new(),
        is_new: true,
        kind: SegmentKind::Dialogue.as_str().to_owned(),
        start: String::new(),
        minutes: String::new(),
        speakers: speakers(&[]),
        titles: titles(None),
        has_media: false,
        removed: false,
    });
    rows
}

#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    event: &Event,
    rows: Vec<Row>,
    errors: Vec<String>,
    problems: Vec<(String, String, String)>,
    saved: bool,
    status: StatusCode,
    edit: Edit,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let rows = rows
        .into_iter()
        .map(|mut row| {
            for title in &mut row.titles {
                if let Ok(l) = title.0.parse() {
                    title.1 = crate::events::view::lang_name(tr, &l);
                }
            }
            row
        })
        .collect();
    let page = ProgrammePage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-programme-heading"),
            Some(&admin.user),
            "/admin/events",
            token,
        )
        .editing(edit),
        slug: event.slug.to_string(),
        title: super::event_title(event, &lang),
        zone: event.reference_zone.to_string(),
        rows,
        kinds: KINDS
            .iter()
            .map(|k| {
                (
                    k.as_str().to_owned(),
                    tr.t(&format!("admin-programme-kind-{}", k.as_str())),
                )
            })
            .collect(),
        errors,
        problems,
        saved,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/events/{slug}/programme`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(slug): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (revision, content) = state.content_for_edit().await?;
    let event = super::event_by_slug(&content, &slug)?;
    let saved = query.get("saved").is_some_and(|v| v == "1");
    render(
        &state,
        &admin,
        &headers,
        event,
        rows_of(event),
        Vec::new(),
        Vec::new(),
        saved,
        StatusCode::OK,
        Edit::at(revision),
    )
}

/// The rows as submitted (to show them again when something is wrong).
fn rows_from(form: &HashMap<String, String>, event: &Event) -> Vec<Row> {
    let field = |name: String| {
        form.get(&name)
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    let mut index = 0;
    while form.contains_key(&format!("seg-{index}-id")) {
        let id = field(format!("seg-{index}-id"));
        let existing = event.segments.iter().find(|s| s.id.as_str() == id);
        rows.push(Row {
            index,
            is_new: existing.is_none(),
            kind: field(format!("seg-{index}-kind")),
            start: field(format!("seg-{index}-start")),
            minutes: field(format!("seg-{index}-minutes")),
            speakers: event
                .speakers
                .iter()
                .map(|sp| {
                    (
                        sp.id.to_string(),
                        sp.name.clone(),
                        form.contains_key(&format!("seg-{index}-speaker-{}", sp.id)),
                    )
                })
                .collect(),
            titles: event
                .texts
                .keys()
                .map(|l| {
                    (
                        l.to_string(),
                        l.to_string(),
                        field(format!("seg-{index}-title-{l}")),
                    )
                })
                .collect(),
            has_media: existing.is_some_and(|s| s.recording.is_some() || s.premiere.is_some()),
            removed: form.contains_key(&format!("seg-{index}-remove")),
            id,
        });
        index += 1;
    }
    rows
}

/// How a segment about to be removed is named on the question page.
fn removed_label(
    event: &Event,
    segment: &Segment,
    lang: &crate::domain::Lang,
    tr: crate::i18n::Translator<'_>,
) -> String {
    let title = event
        .texts
        .get(lang)
        .or_else(|| event.texts.values().next())
        .and_then(|t| t.segments.get(&segment.id))
        .map(|t| t.title.clone())
        .unwrap_or_default();
    let media = if segment.recording.is_some() || segment.premiere.is_some() {
        format!(" ({})", tr.t("admin-programme-remove-media"))
    } else {
        String::new()
    };
    format!("{}: {title}{media}", segment.id)
}

/// The removed segments with their texts in every language, to keep in the audit log.
fn removed_json(event: &Event, removed: &[&Segment]) -> serde_json::Value {
    removed
        .iter()
        .map(|s| {
            let texts: BTreeMap<String, &SegmentText> = event
                .texts
                .iter()
                .filter_map(|(l, t)| t.segments.get(&s.id).map(|st| (l.to_string(), st)))
                .collect();
            serde_json::json!({ "segment": s, "texts": texts })
        })
        .collect()
}

/// `POST /admin/events/{slug}/programme`: saves, or first asks when it would remove every
/// segment or one with a recording or premiere.
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
    let revision = edit::base_of(form.get("revision").map(String::as_str));
    let event = super::event_by_slug(&content, &slug)?;
    let rows = rows_from(&form, event);
    if confirm::going_back(&form) {
        return render(
            &state,
            &admin,
            &headers,
            event,
            rows,
            Vec::new(),
            Vec::new(),
            false,
            StatusCode::OK,
            Edit::at(revision),
        );
    }
    let zone = event.reference_zone.zone().clone();
    let mut errors = Vec::new();
    let mut segments = Vec::new();
    let mut titles: BTreeMap<Slug, Vec<(String, String)>> = BTreeMap::new();
    for row in &rows {
        if row.removed || (row.is_new && row.id.is_empty()) {
            continue;
        }
        let number = row.index + 1;
        let Ok(id) = row.id.parse::<Slug>() else {
            errors.push(tr.t_with("admin-programme-error-id", "number", &number.to_string()));
            continue;
        };
        let kind = KINDS.into_iter().find(|k| k.as_str() == row.kind);
        let start = row
            .start
            .parse::<jiff::civil::DateTime>()
            .ok()
            .and_then(|dt| zone.to_ambiguous_zoned_datetime(dt).unambiguous().ok())
            .map(|z| z.timestamp());
        let minutes = row.minutes.parse::<u32>().ok();
        let (Some(kind), Some(start), Some(minutes)) = (kind, start, minutes) else {
            errors.push(tr.t_with("admin-programme-error-row", "id", id.as_str()));
            continue;
        };
        let old = event.segments.iter().find(|s| s.id == id);
        titles.insert(
            id.clone(),
            row.titles
                .iter()
                .map(|t| (t.0.clone(), t.2.clone()))
                .collect(),
        );
        segments.push(Segment {
            id,
            kind,
            starts_at: start,
            minutes,
            speakers: row
                .speakers
                .iter()
                .filter(|s| s.2)
                .filter_map(|s| s.0.parse().ok())
                .collect(),
            recording: old.and_then(|s| s.recording.clone()),
            premiere: old.and_then(|s| s.premiere.clone()),
        });
    }
    if !errors.is_empty() {
        return render(
            &state,
            &admin,
            &headers,
            event,
            rows,
            errors,
            Vec::new(),
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
            Edit::at(revision),
        );
    }
    // Removing every segment, or one with a recording or premiere, is asked about first.
    let removed: Vec<&Segment> = event
        .segments
        .iter()
        .filter(|old| !segments.iter().any(|s| s.id == old.id))
        .collect();
    let removed_ids: Vec<&str> = removed.iter().map(|s| s.id.as_str()).collect();
    let destructive = !removed.is_empty()
        && (segments.is_empty()
            || removed
                .iter()
                .any(|s| s.recording.is_some() || s.premiere.is_some()));
    if destructive && !confirm::confirmed(&form, &removed_ids) {
        let items = removed
            .iter()
            .map(|s| removed_label(event, s, &lang, tr))
            .collect();
        return confirm::ask(
            &state,
            &admin,
            &headers,
            &format!("/admin/events/{}/programme", event.slug),
            "admin-confirm-programme",
            items,
            &removed_ids,
            &form,
        );
    }
    segments.sort_by_key(|s| s.starts_at);
    let mut edited = event.clone();
    edited.segments = segments;
    for (lang, text) in &mut edited.texts {
        let previous = std::mem::take(&mut text.segments);
        for (id, row_titles) in &titles {
            let title = row_titles
                .iter()
                .find(|(l, _)| l == lang.as_str())
                .map(|(_, t)| t.clone())
                .unwrap_or_default();
            // An empty title is left out, so the check names the missing translation.
            if !title.is_empty() {
                text.segments.insert(
                    id.clone(),
                    SegmentText {
                        title,
                        description: previous.get(id).and_then(|t| t.description.clone()),
                    },
                );
            }
        }
    }
    let before = if removed.is_empty() {
        format!("{} segments", event.segments.len())
    } else {
        confirm::audit_json(event.segments.len(), removed_json(event, &removed))
    };
    let summary = (Some(before), Some(format!("{} segments", titles.len())));
    let (problems, status, edit) = match store_edited_event(
        &state,
        &admin,
        tr,
        &content,
        revision,
        edited,
        "edited a programme",
        summary,
    )
    .await?
    {
        Outcome::Saved => {
            return Ok(
                Redirect::to(&format!("/admin/events/{}/programme?saved=1", event.slug))
                    .into_response(),
            );
        }
        Outcome::Problems(problems) => (
            problems,
            StatusCode::UNPROCESSABLE_ENTITY,
            Edit::at(revision),
        ),
        Outcome::Conflict(edit) => (Vec::new(), StatusCode::CONFLICT, edit),
    };
    render(
        &state,
        &admin,
        &headers,
        event,
        rows,
        Vec::new(),
        problems,
        false,
        status,
        edit,
    )
}
