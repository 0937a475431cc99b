//! `/admin/posts`: every post with the languages it has and lacks (editing one is
//! `post_edit`). Chapter editors see only their chapter's posts.

use super::{Frame, area_lang, respond};
use crate::admin::session::Admin;
use crate::admin::{Permission, User, allows};
use crate::content::Post;
use crate::domain::Lang;
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};

/// Where a language version of a post stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionState {
    Current,
    /// Another language was edited after this one.
    OutOfDate,
    Missing,
}

impl VersionState {
    pub fn class(self) -> &'static str {
        match self {
            VersionState::Current => "present",
            VersionState::OutOfDate => "outdated",
            VersionState::Missing => "missing",
        }
    }
}

/// The state of each site language's version of `post`.
pub fn version_states(post: &Post, languages: &[Lang]) -> Vec<(String, VersionState)> {
    let newest = post.texts.values().filter_map(|t| t.edited_at).max();
    languages
        .iter()
        .map(|l| {
            let state = match post.texts.get(l) {
                None => VersionState::Missing,
                Some(t) if newest.is_some_and(|n| t.edited_at.is_none_or(|e| e < n)) => {
                    VersionState::OutOfDate
                }
                Some(_) => VersionState::Current,
            };
            (l.to_string(), state)
        })
        .collect()
}

/// A post in the list: title, chapter, and per site language where its version stands
/// (with "draft" or "scheduled" when it is not public).
pub struct PostRow {
    pub slug: String,
    pub title: String,
    pub from: String,
    /// (code, language name, state, mark) of each site language.
    pub languages: Vec<(String, String, VersionState, String)>,
    /// "Draft" when the whole post is off the site.
    pub hidden: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/posts.html")]
struct PostsPage<'a> {
    frame: Frame<'a>,
    rows: Vec<PostRow>,
}

pub(super) fn may_edit(user: &User, post: &Post) -> bool {
    allows(
        user.role,
        user.chapter.as_ref(),
        Permission::EditPosts,
        Some(post.chapter.as_ref()),
    )
}

/// `GET /admin/posts`.
pub async fn list(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let content = state.content().await?;
    let now = state.clock.now();
    let rows = content
        .posts
        .iter()
        .filter(|p| may_edit(&admin.user, p))
        .map(|p| {
            let shown = p.best_language(&lang, &content.settings.default_language);
            PostRow {
                slug: p.slug.to_string(),
                title: p.texts[shown].title.clone(),
                from: p.chapter.as_ref().map_or_else(
                    || tr.t("admin-central-office"),
                    |c| {
                        content
                            .chapters
                            .iter()
                            .find(|ch| ch.slug == *c)
                            .and_then(|ch| ch.name.get(&lang).or_else(|| ch.name.values().next()))
                            .cloned()
                            .unwrap_or_else(|| c.to_string())
                    },
                ),
                languages: version_states(p, &content.settings.languages)
                    .into_iter()
                    .zip(&content.settings.languages)
                    .map(|((code, state), lang)| {
                        let mark = super::publishing::version_mark(p, lang, now)
                            .map(|id| tr.t(id))
                            .unwrap_or_default();
                        (code, tr.t(&format!("lang-{lang}")), state, mark)
                    })
                    .collect(),
                hidden: p.draft.then(|| tr.t("admin-mark-draft")),
            }
        })
        .collect();
    let page = PostsPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-posts"),
            Some(&admin.user),
            "/admin/posts",
            token,
        ),
        rows,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}
