//! `/admin/posts/new`: a new publication of any kind, written in one language first (the
//! others are translated later, each with its own state). The slug is proposed from the
//! title; the new content is checked by the importer before it is stored. Chapter editors
//! create only in their own chapter.

use super::checked::{Outcome, problem_lines, store_candidate};
use super::edit::{self, Edit};
use super::post_edit::text_problems;
use super::publishing::propose_slug;
use super::{CheckedForm, Frame, area_lang, forbidden, respond};
use crate::admin::session::Admin;
use crate::admin::{Permission, Role, allows};
use crate::content::{Post, PostText, Publication, SiteContent};
use crate::domain::{Lang, Slug};
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;
use std::collections::BTreeMap;

/// (value, label, selected) of a select's option.
type Choice = (String, String, bool);

#[derive(Template)]
#[template(path = "admin/post_new.html")]
struct NewPage<'a> {
    frame: Frame<'a>,
    form: NewPostForm,
    kinds: Vec<Choice>,
    languages: Vec<Choice>,
    chapters: Vec<Choice>,
    events: Vec<Choice>,
    /// The direction of the chosen language, for the text fields.
    text_dir: &'static str,
    preview: Option<String>,
    errors: Vec<String>,
}

/// The form as typed.
#[derive(Debug, Default, Deserialize)]
pub struct NewPostForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    lang: String,
    /// A chapter's slug, or empty for the central office.
    #[serde(default)]
    chapter: String,
    #[serde(default)]
    event: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body: String,
    /// Empty: proposed from the title.
    #[serde(default)]
    slug: String,
    #[serde(default)]
    published_on: String,
    /// `preview`, `draft` (create it as a draft) or `publish`.
    #[serde(default)]
    action: String,
    /// `1`: answer only the preview's HTML (admin.js's live preview).
    #[serde(default)]
    fragment: String,
    #[serde(default)]
    revision: String,
}

/// The name in the area's language, else the site's default language, else the slug.
fn named(
    names: &BTreeMap<Lang, String>,
    area: &Lang,
    content: &SiteContent,
    slug: &Slug,
) -> String {
    names
        .get(area)
        .or_else(|| names.get(&content.settings.default_language))
        .cloned()
        .unwrap_or_else(|| slug.to_string())
}

#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    content: &SiteContent,
    form: NewPostForm,
    preview: Option<String>,
    errors: Vec<String>,
    status: StatusCode,
    edit: Edit,
) -> Result<Response, WebError> {
    let area = area_lang(headers);
    let tr = state.catalog.translator(&area);
    let (token, cookie) = super::form_token(state, headers);
    let user = &admin.user;
    let kinds = content
        .post_kinds
        .iter()
        .map(|k| {
            let name = named(&k.name, &area, content, &k.slug);
            (k.slug.to_string(), name, k.slug.as_str() == form.kind)
        })
        .collect();
    let languages = content
        .settings
        .languages
        .iter()
        .map(|l| {
            let name = tr.t(&format!("lang-{l}"));
            (l.to_string(), name, l.as_str() == form.lang)
        })
        .collect();
    // A chapter editor publishes for their chapter only; others also for the central office.
    let mut chapters: Vec<Choice> = Vec::new();
    if allows(
        user.role,
        user.chapter.as_ref(),
        Permission::EditPosts,
        Some(None),
    ) {
        chapters.push((
            String::new(),
            tr.t("admin-central-office"),
            form.chapter.is_empty(),
        ));
    }
    chapters.extend(
        content
            .chapters
            .iter()
            .filter(|c| may_create_in(admin, Some(&c.slug)))
            .map(|c| {
                let name = named(&c.name, &area, content, &c.slug);
                (c.slug.to_string(), name, c.slug.as_str() == form.chapter)
            }),
    );
    let mut events = vec![(
        String::new(),
        tr.t("admin-post-no-event"),
        form.event.is_empty(),
    )];
    events.extend(content.events.iter().map(|e| {
        let title = super::event_title(e, &area);
        (e.slug.to_string(), title, e.slug.as_str() == form.event)
    }));
    let text_dir = form
        .lang
        .parse::<Lang>()
        .map_or("auto", |l| l.direction().html());
    let page = NewPage {
        frame: Frame::new(
            state,
            &area,
            tr.t("admin-post-new"),
            Some(user),
            "/admin/posts",
            token,
        )
        .editing(edit),
        form,
        kinds,
        languages,
        chapters,
        events,
        text_dir,
        preview,
        errors,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// Whether `admin` may create a post of `chapter` (`None`: the central office's).
fn may_create_in(admin: &Admin, chapter: Option<&Slug>) -> bool {
    let user = &admin.user;
    allows(
        user.role,
        user.chapter.as_ref(),
        Permission::EditPosts,
        Some(chapter),
    )
}

/// `GET /admin/posts/new`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (revision, content) = state.content_for_edit().await?;
    let form = NewPostForm {
        lang: content.settings.default_language.to_string(),
        chapter: admin
            .user
            .chapter
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        published_on: state
            .clock
            .now()
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .date()
            .to_string(),
        kind: content
            .post_kinds
            .first()
            .map(|k| k.slug.to_string())
            .unwrap_or_default(),
        ..NewPostForm::default()
    };
    render(
        &state,
        &admin,
        &headers,
        &content,
        form,
        None,
        Vec::new(),
        StatusCode::OK,
        Edit::at(revision),
    )
}

/// `POST /admin/posts/new`: `action=preview` shows the text and the proposed slug;
/// `draft` or `publish` creates the post in the chosen language.
pub async fn create(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    CheckedForm(mut form): CheckedForm<NewPostForm>,
) -> Result<Response, WebError> {
    let (_, content) = state.content_for_edit().await?;
    let area = area_lang(&headers);
    let tr = state.catalog.translator(&area);
    let base = edit::base_of(Some(&form.revision));
    // A chapter editor's posts are their chapter's: none chosen means theirs.
    if form.chapter.trim().is_empty()
        && admin.user.role == Role::ChapterEditor
        && let Some(own) = &admin.user.chapter
    {
        form.chapter = own.to_string();
    }
    let chapter = content
        .chapters
        .iter()
        .find(|c| c.slug.as_str() == form.chapter.trim())
        .map(|c| c.slug.clone());
    if !form.chapter.trim().is_empty() && chapter.is_none() {
        form.chapter.clear();
    }
    if !may_create_in(&admin, chapter.as_ref()) {
        return forbidden(&state, &admin.user, &headers);
    }
    let taken = |s: &str| content.posts.iter().any(|p| p.slug.as_str() == s);
    if form.slug.trim().is_empty() && !form.title.trim().is_empty() {
        form.slug = propose_slug(&form.title, form.kind.trim(), taken).to_string();
    }
    let preview = crate::markdown::to_safe_html(&form.body);
    if form.fragment == "1" {
        return Ok(axum::response::Html(preview).into_response());
    }
    if !matches!(form.action.as_str(), "draft" | "publish") {
        return render(
            &state,
            &admin,
            &headers,
            &content,
            form,
            Some(preview),
            Vec::new(),
            StatusCode::OK,
            Edit::at(base),
        );
    }
    let mut errors = Vec::new();
    let kind = content
        .post_kinds
        .iter()
        .find(|k| k.slug.as_str() == form.kind);
    if kind.is_none() {
        errors.push(tr.t("admin-post-error-kind"));
    }
    let lang = form
        .lang
        .parse::<Lang>()
        .ok()
        .filter(|l| content.settings.offers(l));
    if lang.is_none() {
        errors.push(tr.t("admin-post-error-language"));
    }
    let event = content
        .events
        .iter()
        .find(|e| e.slug.as_str() == form.event)
        .map(|e| e.slug.clone());
    if !form.event.is_empty() && event.is_none() {
        errors.push(tr.t("admin-post-error-event"));
    }
    errors.extend(text_problems(&form.title, &form.summary, &form.body, tr));
    let slug = form.slug.trim().parse::<Slug>();
    match &slug {
        Err(_) => errors.push(tr.t("admin-error-slug")),
        Ok(s) if taken(s.as_str()) => {
            errors.push(tr.t_with("admin-error-slug-taken", "slug", s.as_str()))
        }
        Ok(_) => {}
    }
    let published_on = form.published_on.trim().parse::<jiff::civil::Date>();
    if published_on.is_err() {
        errors.push(tr.t("admin-post-error-date"));
    }
    let (Some(kind), Some(lang), Ok(slug), Ok(published_on), true) =
        (kind, lang, slug, published_on, errors.is_empty())
    else {
        return render(
            &state,
            &admin,
            &headers,
            &content,
            form,
            Some(preview),
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
            Edit::at(base),
        );
    };
    let publication = if form.action == "publish" {
        Publication::Published
    } else {
        Publication::Draft
    };
    let text = PostText {
        title: form.title.trim().to_owned(),
        summary: form.summary.trim().to_owned(),
        image_alt: None,
        image_caption: None,
        video_caption: None,
        body: form.body.replace("\r\n", "\n"),
        edited_at: Some(state.clock.now()),
        publication,
    };
    let post = Post {
        slug: slug.clone(),
        kind: kind.slug.clone(),
        chapter,
        event,
        published_on,
        draft: false,
        hashtags: Vec::new(),
        image: None,
        video: None,
        signature_goal: None,
        texts: BTreeMap::from([(lang.clone(), text)]),
    };
    let mut candidate = (*content).clone();
    candidate.posts.push(post);
    candidate.posts.sort_by(|a, b| {
        b.published_on
            .cmp(&a.published_on)
            .then_with(|| a.slug.cmp(&b.slug))
    });
    let after = format!(
        "{} \"{}\" in {lang}, {}",
        kind.slug,
        form.title.trim(),
        if form.action == "publish" {
            "published"
        } else {
            "a draft"
        }
    );
    let outcome = store_candidate(
        &state,
        &admin,
        tr,
        &candidate,
        base,
        "created a post",
        slug.as_str(),
        (None, Some(after)),
    )
    .await?;
    match outcome {
        Outcome::Saved => {
            let saved = if form.action == "publish" {
                "1"
            } else {
                "draft"
            };
            let to = format!("/admin/posts/{slug}/{lang}?saved={saved}");
            Ok(Redirect::to(&to).into_response())
        }
        Outcome::Problems(problems) => render(
            &state,
            &admin,
            &headers,
            &content,
            form,
            Some(preview),
            problem_lines(problems),
            StatusCode::UNPROCESSABLE_ENTITY,
            Edit::at(base),
        ),
        Outcome::Conflict(conflict) => render(
            &state,
            &admin,
            &headers,
            &content,
            form,
            Some(preview),
            Vec::new(),
            StatusCode::CONFLICT,
            conflict,
        ),
    }
}
