//! `/admin/posts/{slug}`: one publication as a whole: each language version with its state,
//! taking the post off the site and putting it back, and deleting it (asked first; a letter
//! that people signed is unpublished instead, so their signatures keep their letter). What
//! was public and is no more answers 410 Gone at its old address.

use super::edit::{self, Edit};
use super::posts::may_edit;
use super::publishing::{self, version_label};
use super::{CheckedForm, Frame, area_lang, audited, confirm, forbidden, respond};
use crate::admin::session::Admin;
use crate::content::{Post, SiteContent};
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Template)]
#[template(path = "admin/post_page.html")]
struct PostPage<'a> {
    frame: Frame<'a>,
    slug: String,
    title: String,
    /// Whether the whole post is off the site.
    draft: bool,
    /// Per site language: (code, name, state, exists).
    versions: Vec<(String, String, String, bool)>,
    public_href: Option<String>,
    /// Why a delete was refused.
    refused: Option<String>,
}

/// The post `slug`, if `admin` may edit it: `Ok(Err(()))` when not (their answer is 403).
async fn load(
    state: &AppState,
    admin: &Admin,
    slug: &str,
) -> Result<Result<(i64, Arc<SiteContent>, usize), ()>, WebError> {
    let (revision, content) = state.content_for_edit().await?;
    let at = content
        .posts
        .iter()
        .position(|p| p.slug.as_str() == slug)
        .ok_or(WebError::NotFound)?;
    if !may_edit(&admin.user, &content.posts[at]) {
        return Ok(Err(()));
    }
    Ok(Ok((revision, content, at)))
}

fn title_of(post: &Post, area: &crate::domain::Lang, content: &SiteContent) -> String {
    let shown = post.best_language(area, &content.settings.default_language);
    post.texts
        .get(shown)
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    content: &SiteContent,
    post: &Post,
    refused: Option<String>,
    status: StatusCode,
    edit: Edit,
) -> Result<Response, WebError> {
    let area = area_lang(headers);
    let tr = state.catalog.translator(&area);
    let (token, cookie) = super::form_token(state, headers);
    let now = state.clock.now();
    let zone = publishing::zone_for(content, Some(post), now);
    let versions = content
        .settings
        .languages
        .iter()
        .map(|l| {
            (
                l.to_string(),
                tr.t(&format!("lang-{l}")),
                version_label(tr, post, l, now, &zone),
                post.texts.contains_key(l),
            )
        })
        .collect();
    let public_href = post.public_at(now).and_then(|p| {
        p.texts
            .keys()
            .next()
            .map(|l| format!("/{l}/posts/{}", p.slug))
    });
    let page = PostPage {
        frame: Frame::new(
            state,
            &area,
            tr.t("admin-nav-posts"),
            Some(&admin.user),
            "/admin/posts",
            token,
        )
        .editing(edit),
        slug: post.slug.to_string(),
        title: title_of(post, &area, content),
        draft: post.draft,
        versions,
        public_href,
        refused,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/posts/{slug}`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let Ok((revision, content, at)) = load(&state, &admin, &slug).await? else {
        return forbidden(&state, &admin.user, &headers);
    };
    let post = &content.posts[at];
    render(
        &state,
        &admin,
        &headers,
        &content,
        post,
        None,
        StatusCode::OK,
        Edit::at(revision),
    )
}

/// `POST /admin/posts/{slug}/visibility`: `action=unpublish` takes the whole post off the
/// site (every language; its address then answers 410), `action=publish` puts it back.
pub async fn visibility(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let Ok((_, content, at)) = load(&state, &admin, &slug).await? else {
        return forbidden(&state, &admin.user, &headers);
    };
    let base = edit::base_of(form.get("revision").map(String::as_str));
    let draft = match form.get("action").map(String::as_str) {
        Some("unpublish") => true,
        Some("publish") => false,
        _ => return Ok(Redirect::to(&format!("/admin/posts/{slug}")).into_response()),
    };
    let area = area_lang(&headers);
    let tr = state.catalog.translator(&area);
    let mut updated = (*content).clone();
    updated.posts[at].draft = draft;
    let (action, after) = if draft {
        ("unpublished a post", "off the site")
    } else {
        ("published a post again", "on the site")
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
        let post = &content.posts[at];
        return render(
            &state,
            &admin,
            &headers,
            &content,
            post,
            None,
            StatusCode::CONFLICT,
            conflict,
        );
    }
    Ok(Redirect::to(&format!("/admin/posts/{slug}")).into_response())
}

/// `POST /admin/posts/{slug}/delete`: asks first (naming the post), then removes it with
/// every language version; the audit log keeps the post as JSON, so it can be put back.
pub async fn delete(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let Ok((_, content, at)) = load(&state, &admin, &slug).await? else {
        return forbidden(&state, &admin.user, &headers);
    };
    if confirm::going_back(&form) {
        return Ok(Redirect::to(&format!("/admin/posts/{slug}")).into_response());
    }
    let area = area_lang(&headers);
    let tr = state.catalog.translator(&area);
    let post = &content.posts[at];
    let base = edit::base_of(form.get("revision").map(String::as_str));
    if !state.db.signatures(&post.slug).await?.is_empty() {
        let refused = Some(tr.t("admin-post-delete-signed"));
        return render(
            &state,
            &admin,
            &headers,
            &content,
            post,
            refused,
            StatusCode::CONFLICT,
            Edit::at(base),
        );
    }
    if !confirm::confirmed(&form, &[&slug]) {
        let item = format!("{} ({slug})", title_of(post, &area, &content));
        return confirm::ask(
            &state,
            &admin,
            &headers,
            &format!("/admin/posts/{slug}/delete"),
            "admin-confirm-delete-post",
            vec![item],
            &[&slug],
            &form,
        );
    }
    let mut updated = (*content).clone();
    let removed = updated.posts.remove(at);
    let json = serde_json::to_value(&removed).map_err(|e| WebError::Internal(e.into()))?;
    let audit = audited(
        &state,
        Some(&admin.user),
        "deleted a post",
        &slug,
        Some(confirm::audit_json(1, json)),
        None,
    );
    if let Some(conflict) = edit::save(&state, tr, &updated, base, audit).await? {
        return render(
            &state,
            &admin,
            &headers,
            &content,
            post,
            None,
            StatusCode::CONFLICT,
            conflict,
        );
    }
    Ok(Redirect::to("/admin/posts?deleted=1").into_response())
}
