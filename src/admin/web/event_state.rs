//! Whether an event is on the public site: publishing a new edition, taking one off the site
//! (its pages then answer 410 Gone and it leaves the home page, the sitemap and the
//! calendar feed), and deleting one, asked first and refused while people are registered
//! for it or posts are about it (unpublish it instead).

use super::edit;
use super::{CheckedForm, area_lang, audited, confirm, event_by_slug, event_title, message};
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::state::AppState;
use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::collections::HashMap;

/// The page saying a change was refused because the content moved on.
fn conflict_page(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    conflict: edit::Edit,
) -> Result<Response, WebError> {
    message(
        state,
        headers,
        Some(&admin.user),
        StatusCode::CONFLICT,
        "admin-event-not-changed",
        conflict.conflict.unwrap_or_default(),
    )
}

/// `POST /admin/events/{slug}/visibility`: `action=publish` puts the event on the public
/// site, `action=unpublish` takes it off.
pub async fn visibility(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let (_, content) = state.content_for_edit().await?;
    event_by_slug(&content, &slug)?;
    let draft = match form.get("action").map(String::as_str) {
        Some("unpublish") => true,
        Some("publish") => false,
        _ => return Ok(Redirect::to(&format!("/admin/events/{slug}")).into_response()),
    };
    let base = edit::base_of(form.get("revision").map(String::as_str));
    let area = area_lang(&headers);
    let tr = state.catalog.translator(&area);
    let mut updated = (*content).clone();
    for event in updated
        .events
        .iter_mut()
        .filter(|e| e.slug.as_str() == slug)
    {
        event.draft = draft;
    }
    let (action, after) = if draft {
        ("unpublished an event", "off the site")
    } else {
        ("published an event", "on the site")
    };
    let audit = audited(
        &state,
        Some(&admin.user),
        action,
        &slug,
        None,
        Some(after.into()),
    );
    if let Some(conflict) = edit::save(&state, tr, &updated, base, audit).await? {
        return conflict_page(&state, &admin, &headers, conflict);
    }
    Ok(Redirect::to(&format!("/admin/events/{slug}?saved=1")).into_response())
}

/// `POST /admin/events/{slug}/delete`: asks first; refused while anyone is registered or a
/// post is about the event. The audit log keeps the event as JSON.
pub async fn delete(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let (_, content) = state.content_for_edit().await?;
    let event = event_by_slug(&content, &slug)?;
    if confirm::going_back(&form) {
        return Ok(Redirect::to(&format!("/admin/events/{slug}")).into_response());
    }
    let area = area_lang(&headers);
    let tr = state.catalog.translator(&area);
    let registered = state.db.registrations(&event.slug).await?.len();
    let posts: Vec<String> = content
        .posts
        .iter()
        .filter(|p| p.event.as_ref() == Some(&event.slug))
        .map(|p| p.slug.to_string())
        .collect();
    if registered > 0 || !posts.is_empty() {
        let why = tr.t_args(
            "admin-event-delete-refused",
            &[
                ("registrations", &registered.to_string()),
                ("posts", &posts.join(", ")),
            ],
        );
        return message(
            &state,
            &headers,
            Some(&admin.user),
            StatusCode::CONFLICT,
            "admin-event-not-changed",
            why,
        );
    }
    if !confirm::confirmed(&form, &[&slug]) {
        let item = format!("{} ({slug})", event_title(event, &area));
        return confirm::ask(
            &state,
            &admin,
            &headers,
            &format!("/admin/events/{slug}/delete"),
            "admin-confirm-delete-event",
            vec![item],
            &[&slug],
            &form,
        );
    }
    let base = edit::base_of(form.get("revision").map(String::as_str));
    let mut updated = (*content).clone();
    updated.events.retain(|e| e.slug.as_str() != slug);
    let json = serde_json::to_value(event).map_err(|e| WebError::Internal(e.into()))?;
    let audit = audited(
        &state,
        Some(&admin.user),
        "deleted an event",
        &slug,
        Some(confirm::audit_json(1, json)),
        None,
    );
    if let Some(conflict) = edit::save(&state, tr, &updated, base, audit).await? {
        return conflict_page(&state, &admin, &headers, conflict);
    }
    Ok(Redirect::to("/admin/events").into_response())
}
