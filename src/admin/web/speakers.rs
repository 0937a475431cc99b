//! `/admin/events/{slug}/speakers` (owners and editors): an event's speakers as a form —
//! name, country, chapter, and in every language of the event the role and, where it is
//! written in another script, the name; speakers added and removed. Checked by the importer
//! itself before anything is stored, like the programme form.

use super::checked::{Outcome, store_edited_event};
use super::edit::{self, Edit};
use super::{CheckedForm, Frame, area_lang, confirm, respond};
use crate::admin::session::Admin;
use crate::content::{Event, SiteContent, Speaker, SpeakerText};
use crate::domain::Slug;
use crate::error::WebError;
use crate::site::forms::{Choice, country_choices};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::collections::HashMap;

/// One speaker's row in the form.
pub struct Row {
    pub index: usize,
    /// Empty for the row that adds a speaker.
    pub id: String,
    pub is_new: bool,
    pub name: String,
    pub countries: Vec<Choice>,
    /// (chapter slug, its name, chosen)
    pub chapters: Vec<(String, String, bool)>,
    /// (language, its name, role, name in that language)
    pub texts: Vec<(String, String, String, String)>,
    /// Ticked for removal (kept when the form is shown again).
    pub removed: bool,
}

#[derive(Template)]
#[template(path = "admin/speakers.html")]
struct SpeakersPage<'a> {
    frame: Frame<'a>,
    slug: String,
    title: String,
    rows: Vec<Row>,
    errors: Vec<String>,
    problems: Vec<(String, String, String)>,
    saved: bool,
}

/// The values of one row, whether from the stored event or from a submitted form.
struct Values {
    id: String,
    name: String,
    country: String,
    chapter: String,
    /// (language, role, name in that language)
    texts: Vec<(String, String, String)>,
    removed: bool,
}

fn row(
    content: &SiteContent,
    event: &Event,
    tr: crate::i18n::Translator<'_>,
    index: usize,
    values: Values,
) -> Row {
    let lang = tr.lang().clone();
    Row {
        index,
        is_new: !event.speakers.iter().any(|s| s.id.as_str() == values.id),
        countries: country_choices(tr, &values.country),
        chapters: content
            .chapters
            .iter()
            .map(|c| {
                let name = c
                    .name
                    .get(&lang)
                    .or_else(|| c.name.values().next())
                    .cloned()
                    .unwrap_or_default();
                (c.slug.to_string(), name, c.slug.as_str() == values.chapter)
            })
            .collect(),
        texts: values
            .texts
            .into_iter()
            .map(|(l, role, name)| {
                let shown = l
                    .parse()
                    .map(|l| crate::events::view::lang_name(tr, &l))
                    .unwrap_or_else(|_| l.clone());
                (l, shown, role, name)
            })
            .collect(),
        id: values.id,
        name: values.name,
        removed: values.removed,
    }
}

fn stored_values(event: &Event) -> Vec<Values> {
    let mut rows: Vec<Values> = event
        .speakers
        .iter()
        .map(|s| Values {
            id: s.id.to_string(),
            name: s.name.clone(),
            country: s.country.to_string(),
            chapter: s
                .chapter
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            texts: event
                .texts
                .iter()
                .map(|(l, t)| {
                    let text = t.speakers.get(&s.id);
                    (
                        l.to_string(),
                        text.map(|t| t.role.clone()).unwrap_or_default(),
                        text.and_then(|t| t.name.clone()).unwrap_or_default(),
                    )
                })
                .collect(),
            removed: false,
        })
        .collect();
    rows.push(Values {
        id: String::new(),
        name: String::new(),
        country: String::new(),
        chapter: String::new(),
        texts: event
            .texts
            .keys()
            .map(|l| (l.to_string(), String::new(), String::new()))
            .collect(),
        removed: false,
    });
    rows
}

fn submitted_values(form: &HashMap<String, String>, event: &Event) -> Vec<Values> {
    let field = |name: String| {
        form.get(&name)
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    let mut index = 0;
    while form.contains_key(&format!("sp-{index}-id")) {
        rows.push(Values {
            id: field(format!("sp-{index}-id")),
            name: field(format!("sp-{index}-name")),
            country: field(format!("sp-{index}-country")),
            chapter: field(format!("sp-{index}-chapter")),
            texts: event
                .texts
                .keys()
                .map(|l| {
                    (
                        l.to_string(),
                        field(format!("sp-{index}-role-{l}")),
                        field(format!("sp-{index}-name-{l}")),
                    )
                })
                .collect(),
            removed: form.contains_key(&format!("sp-{index}-remove")),
        });
        index += 1;
    }
    rows
}

#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    content: &SiteContent,
    event: &Event,
    values: Vec<Values>,
    errors: Vec<String>,
    problems: Vec<(String, String, String)>,
    saved: bool,
    status: StatusCode,
    edit: Edit,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let rows = values
        .into_iter()
        .enumerate()
        .map(|(i, v)| row(content, event, tr, i, v))
        .collect();
    let page = SpeakersPage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-speakers-heading"),
            Some(&admin.user),
            "/admin/events",
            token,
        )
        .editing(edit),
        slug: event.slug.to_string(),
        title: super::event_title(event, &lang),
        rows,
        errors,
        problems,
        saved,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/events/{slug}/speakers`.
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
        &content,
        event,
        stored_values(event),
        Vec::new(),
        Vec::new(),
        saved,
        StatusCode::OK,
        Edit::at(revision),
    )
}

/// The removed speakers with their texts in every language, to keep in the audit log.
fn removed_json(event: &Event, removed: &[&Speaker]) -> serde_json::Value {
    removed
        .iter()
        .map(|s| {
            let texts: std::collections::BTreeMap<String, &SpeakerText> = event
                .texts
                .iter()
                .filter_map(|(l, t)| t.speakers.get(&s.id).map(|st| (l.to_string(), st)))
                .collect();
            serde_json::json!({ "speaker": s, "texts": texts })
        })
        .collect()
}

/// `POST /admin/events/{slug}/speakers`: saves, or first asks when it would remove every
/// speaker.
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
    let values = submitted_values(&form, event);
    if confirm::going_back(&form) {
        return render(
            &state,
            &admin,
            &headers,
            &content,
            event,
            values,
            Vec::new(),
            Vec::new(),
            false,
            StatusCode::OK,
            Edit::at(revision),
        );
    }
    let mut errors = Vec::new();
    let mut speakers = Vec::new();
    let mut edited = event.clone();
    for text in edited.texts.values_mut() {
        text.speakers.clear();
    }
    for (index, v) in values.iter().enumerate() {
        let blank_new = v.id.is_empty() && v.name.is_empty();
        if v.removed || blank_new {
            continue;
        }
        let (Ok(id), Ok(country)) = (v.id.parse::<Slug>(), v.country.parse()) else {
            errors.push(tr.t_with(
                "admin-speakers-error-row",
                "number",
                &(index + 1).to_string(),
            ));
            continue;
        };
        if v.name.is_empty() {
            errors.push(tr.t_with(
                "admin-speakers-error-row",
                "number",
                &(index + 1).to_string(),
            ));
            continue;
        }
        let chapter = (!v.chapter.is_empty())
            .then(|| v.chapter.parse::<Slug>().ok())
            .flatten();
        for (l, role, name) in &v.texts {
            if let Some(text) = edited
                .texts
                .iter_mut()
                .find(|(k, _)| k.as_str() == l)
                .map(|(_, t)| t)
                && !role.is_empty()
            {
                text.speakers.insert(
                    id.clone(),
                    SpeakerText {
                        name: (!name.is_empty()).then(|| name.clone()),
                        role: role.clone(),
                    },
                );
            }
        }
        speakers.push(Speaker {
            id,
            name: v.name.clone(),
            country,
            chapter,
        });
    }
    if !errors.is_empty() {
        return render(
            &state,
            &admin,
            &headers,
            &content,
            event,
            values,
            errors,
            Vec::new(),
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
            Edit::at(revision),
        );
    }
    let removed: Vec<&Speaker> = event
        .speakers
        .iter()
        .filter(|old| !speakers.iter().any(|s| s.id == old.id))
        .collect();
    let removed_ids: Vec<&str> = removed.iter().map(|s| s.id.as_str()).collect();
    // Removing every speaker is asked about first.
    if !removed.is_empty() && speakers.is_empty() && !confirm::confirmed(&form, &removed_ids) {
        return confirm::ask(
            &state,
            &admin,
            &headers,
            &format!("/admin/events/{}/speakers", event.slug),
            "admin-confirm-speakers",
            removed.iter().map(|s| s.name.clone()).collect(),
            &removed_ids,
            &form,
        );
    }
    let before = if removed.is_empty() {
        format!("{} speakers", event.speakers.len())
    } else {
        confirm::audit_json(event.speakers.len(), removed_json(event, &removed))
    };
    let count = speakers.len();
    edited.speakers = speakers;
    let summary = (Some(before), Some(format!("{count} speakers")));
    let (problems, status, edit) = match store_edited_event(
        &state,
        &admin,
        tr,
        &content,
        revision,
        edited,
        "edited the speakers",
        summary,
    )
    .await?
    {
        Outcome::Saved => {
            return Ok(
                Redirect::to(&format!("/admin/events/{}/speakers?saved=1", event.slug))
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
        &content,
        event,
        values,
        Vec::new(),
        problems,
        false,
        status,
        edit,
    )
}
