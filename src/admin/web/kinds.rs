//! `/admin/kinds`: the kinds of publication, and a new one (its name for one post and for
//! the list in every site language, and whether people can sign posts of it, as
//! `post-kinds.toml` needs them). The new content is checked by the importer before it is
//! stored.

use super::chapters::name_in;
use super::checked::{Outcome, problem_lines, store_candidate};
use super::edit::{self, Edit};
use super::publishing::propose_slug;
use super::{CheckedForm, Frame, area_lang, respond};
use crate::admin::session::Admin;
use crate::content::{PostKind, SiteContent};
use crate::domain::Slug;
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::collections::{BTreeMap, HashMap};

#[derive(Template)]
#[template(path = "admin/kinds.html")]
struct KindsPage<'a> {
    frame: Frame<'a>,
    /// (slug, name, plural, signable)
    kinds: Vec<(String, String, String, bool)>,
    /// (code, language name, name typed, plural typed, direction)
    languages: Vec<(String, String, String, String, &'static str)>,
    slug: String,
    signable: bool,
    errors: Vec<String>,
    saved: bool,
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
    let page = KindsPage {
        frame: Frame::new(
            state,
            &area,
            tr.t("admin-nav-kinds"),
            Some(&admin.user),
            "/admin/events",
            token,
        )
        .editing(edit),
        kinds: content
            .post_kinds
            .iter()
            .map(|k| {
                let (name, plural) = (
                    name_in(&k.name, &area, content),
                    name_in(&k.plural, &area, content),
                );
                (k.slug.to_string(), name, plural, k.signable)
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
                    typed(&format!("plural-{l}")),
                    l.direction().html(),
                )
            })
            .collect(),
        slug: typed("slug"),
        signable: form.contains_key("signable"),
        errors,
        saved,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/kinds`.
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

/// `POST /admin/kinds`: adds a kind at the end of the menus.
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
    let (mut name, mut plural) = (BTreeMap::new(), BTreeMap::new());
    for lang in &content.settings.languages {
        let (n, p) = (
            field(&format!("name-{lang}")),
            field(&format!("plural-{lang}")),
        );
        if n.is_empty() || p.is_empty() {
            errors.push(tr.t_with(
                "admin-kind-error-names",
                "language",
                &tr.t(&format!("lang-{lang}")),
            ));
        }
        name.insert(lang.clone(), n);
        plural.insert(lang.clone(), p);
    }
    let taken = |s: &str| content.post_kinds.iter().any(|k| k.slug.as_str() == s);
    let default_name = name
        .get(&content.settings.default_language)
        .cloned()
        .unwrap_or_default();
    let slug = match field("slug") {
        typed if typed.is_empty() => Some(propose_slug(&default_name, "kind", taken)),
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
    let (Some(slug), true) = (slug, errors.is_empty()) else {
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
    let signable = form.contains_key("signable");
    let after = format!(
        "{slug}: {default_name}{}",
        if signable { ", signable" } else { "" }
    );
    let mut candidate = (*content).clone();
    candidate.post_kinds.push(PostKind {
        slug: slug.clone(),
        signable,
        name,
        plural,
    });
    match store_candidate(
        &state,
        &admin,
        tr,
        &candidate,
        base,
        "created a kind of post",
        slug.as_str(),
        (None, Some(after)),
    )
    .await?
    {
        Outcome::Saved => Ok(Redirect::to("/admin/kinds?saved=1").into_response()),
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
