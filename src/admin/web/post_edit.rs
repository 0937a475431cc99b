//! `/admin/posts/{slug}/{lang}`: editing one language version of a post with a preview
//! rendered by the same code as the public page (and a live preview fragment for admin.js).
//! Chapter editors edit only their chapter's posts.

use super::edit::{self, Edit};
use super::posts::may_edit;
use super::{CheckedForm, Frame, area_lang, audited, respond};
use crate::admin::session::Admin;
use crate::admin::web::forbidden;
use crate::content::{MAX_BODY_BYTES, PostText, SiteContent};
use crate::domain::Lang;
use crate::error::WebError;
use crate::media::{MediaStore, MediaType};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// The caption track choices of one language: (code, name, [(path, selected)]).
type CaptionChoice = (String, String, Vec<(String, bool)>);

#[derive(Template)]
#[template(path = "admin/post_edit.html")]
struct EditPage<'a> {
    frame: Frame<'a>,
    slug: String,
    post_lang: String,
    post_dir: &'static str,
    heading: String,
    title: String,
    summary: String,
    body: String,
    published_on: String,
    draft: bool,
    /// Choices of media: (path, selected) for the image, video and poster selects.
    images: Vec<(String, bool)>,
    videos: Vec<(String, bool)>,
    posters: Vec<(String, bool)>,
    /// Per site language: (code, name, [(path, selected)]).
    caption_choices: Vec<CaptionChoice>,
    /// "Public since …", "Scheduled for …" or "Draft".
    state_label: String,
    preview: String,
    errors: Vec<String>,
    saved: bool,
    public_href: String,
    /// Other language versions, to translate from side by side.
    others: Vec<(String, String, String)>,
}

/// The form as typed.
#[derive(Debug, Default, Deserialize)]
pub struct EditForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    published_on: String,
    draft: Option<String>,
    /// Media of the post (all languages): paths, or empty for none.
    #[serde(default)]
    image: String,
    #[serde(default)]
    video: String,
    #[serde(default)]
    poster: String,
    /// `caption-<lang>` → a WebVTT path.
    #[serde(flatten)]
    captions: std::collections::HashMap<String, String>,
    #[serde(default)]
    action: String,
    #[serde(default)]
    fragment: String,
    /// The content revision the form was filled in from.
    #[serde(default)]
    revision: String,
}

struct Target {
    /// The revision `content` is at.
    revision: i64,
    content: std::sync::Arc<SiteContent>,
    at: usize,
    lang: Lang,
}

async fn target(
    state: &AppState,
    admin: &Admin,
    slug: &str,
    lang: &str,
) -> Result<Result<Target, ()>, WebError> {
    let (revision, content) = state.content_for_edit().await?;
    let lang: Lang = lang.parse().map_err(|_| WebError::NotFound)?;
    if !content.settings.offers(&lang) {
        return Err(WebError::NotFound);
    }
    let at = content
        .posts
        .iter()
        .position(|p| p.slug.as_str() == slug)
        .ok_or(WebError::NotFound)?;
    if !may_edit(&admin.user, &content.posts[at]) {
        return Ok(Err(()));
    }
    Ok(Ok(Target {
        revision,
        content,
        at,
        lang,
    }))
}

/// Every media path that can be chosen: uploads and what content already uses.
async fn media_paths(
    state: &AppState,
    content: &SiteContent,
) -> Result<Vec<(String, MediaType)>, WebError> {
    let mut paths: Vec<(String, MediaType)> = state
        .media
        .clone()
        .list()
        .await
        .map_err(|e| WebError::Internal(e.into()))?
        .into_iter()
        .map(|item| (item.path, item.kind))
        .collect();
    let used = content
        .events
        .iter()
        .flat_map(crate::content::event_media)
        .chain(content.posts.iter().flat_map(crate::content::post_media));
    for path in used {
        let kind = path.as_str().rsplit_once('.').and_then(|(_, ext)| {
            MediaType::from_extension(if ext == "jpeg" { "jpg" } else { ext })
        });
        if let Some(kind) = kind
            && !paths.iter().any(|(p, _)| p == path.as_str())
        {
            paths.push((path.to_string(), kind));
        }
    }
    Ok(paths)
}

fn choices(
    paths: &[(String, MediaType)],
    keep: impl Fn(MediaType) -> bool,
    selected: &str,
) -> Vec<(String, bool)> {
    paths
        .iter()
        .filter(|(_, kind)| keep(*kind))
        .map(|(p, _)| (p.clone(), p == selected))
        .collect()
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    t: &Target,
    form: &EditForm,
    errors: Vec<String>,
    saved: bool,
    status: StatusCode,
    edit: Edit,
) -> Result<Response, WebError> {
    let area = area_lang(headers);
    let tr = state.catalog.translator(&area);
    let (token, cookie) = super::form_token(state, headers);
    let paths = media_paths(state, &t.content).await?;
    let post = &t.content.posts[t.at];
    let language_name = tr.t(&format!("lang-{}", t.lang));
    let page = EditPage {
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
        post_lang: t.lang.to_string(),
        post_dir: t.lang.direction().html(),
        heading: tr.t_args(
            "admin-post-edit-heading",
            &[("post", post.slug.as_str()), ("language", &language_name)],
        ),
        title: form.title.clone(),
        summary: form.summary.clone(),
        body: form.body.clone(),
        published_on: form.published_on.clone(),
        draft: form.draft.is_some(),
        images: choices(&paths, MediaType::is_image, &form.image),
        videos: choices(&paths, MediaType::is_video, &form.video),
        posters: choices(&paths, MediaType::is_image, &form.poster),
        caption_choices: t
            .content
            .settings
            .languages
            .iter()
            .map(|l| {
                let key = format!("caption-{l}");
                let chosen = form
                    .captions
                    .get(&key)
                    .map(String::as_str)
                    .unwrap_or_default();
                (
                    l.to_string(),
                    tr.t(&format!("lang-{l}")),
                    choices(&paths, |k| k == MediaType::Vtt, chosen),
                )
            })
            .collect(),
        state_label: if post.draft {
            tr.t("admin-post-state-draft")
        } else if post.is_published(state.clock.now()) {
            tr.t_with(
                "admin-post-state-public",
                "date",
                &post.published_on.to_string(),
            )
        } else {
            tr.t_with(
                "admin-post-state-scheduled",
                "date",
                &post.published_on.to_string(),
            )
        },
        preview: crate::markdown::to_safe_html(&form.body),
        errors,
        saved,
        public_href: format!("/{}/posts/{}", t.lang, post.slug),
        others: post
            .texts
            .iter()
            .filter(|(l, _)| **l != t.lang)
            .map(|(l, text)| (l.to_string(), text.title.clone(), text.body.clone()))
            .collect(),
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `?saved=1` after a save.
#[derive(Debug, Default, Deserialize)]
pub struct Saved {
    #[serde(default)]
    saved: String,
}

/// `GET /admin/posts/{slug}/{lang}`: the version in that language (empty when it is missing).
pub async fn edit(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path((slug, lang)): Path<(String, String)>,
    Query(saved): Query<Saved>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let Ok(t) = target(&state, &admin, &slug, &lang).await? else {
        return forbidden(&state, &admin.user, &headers);
    };
    let post = &t.content.posts[t.at];
    let mut form = match post.texts.get(&t.lang) {
        Some(text) => EditForm {
            title: text.title.clone(),
            summary: text.summary.clone(),
            body: text.body.clone(),
            ..EditForm::default()
        },
        None => EditForm::default(),
    };
    form.published_on = post.published_on.to_string();
    form.draft = post.draft.then(|| "on".to_owned());
    form.image = post
        .image
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    if let Some(video) = &post.video {
        form.video = video.video.to_string();
        form.poster = video
            .poster
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        for (lang, path) in &video.captions {
            form.captions
                .insert(format!("caption-{lang}"), path.to_string());
        }
    }
    let saved = saved.saved == "1";
    render(
        &state,
        &admin,
        &headers,
        &t,
        &form,
        Vec::new(),
        saved,
        StatusCode::OK,
        Edit::at(t.revision),
    )
    .await
}

fn problems(form: &EditForm, tr: crate::i18n::Translator<'_>) -> Vec<String> {
    let mut errors = Vec::new();
    if form.title.trim().is_empty() || form.title.chars().count() > 300 {
        errors.push(tr.t("admin-post-error-title"));
    }
    if form.summary.trim().is_empty() || form.summary.chars().count() > 1000 {
        errors.push(tr.t("admin-post-error-summary"));
    }
    if form.body.len() > MAX_BODY_BYTES {
        errors.push(tr.t("admin-post-error-long"));
    } else {
        errors.extend(
            crate::markdown::problems(&form.body)
                .into_iter()
                .map(|p| p.message),
        );
    }
    errors
}

/// `POST /admin/posts/{slug}/{lang}`: `action=preview` shows the preview (and, with
/// `fragment=1`, answers only its HTML, for the live preview); `action=save` stores.
pub async fn save(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path((slug, lang)): Path<(String, String)>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<EditForm>,
) -> Result<Response, WebError> {
    let Ok(t) = target(&state, &admin, &slug, &lang).await? else {
        return forbidden(&state, &admin.user, &headers);
    };
    let base = edit::base_of(Some(&form.revision));
    if form.action != "save" {
        if form.fragment == "1" {
            return Ok(Html(crate::markdown::to_safe_html(&form.body)).into_response());
        }
        return render(
            &state,
            &admin,
            &headers,
            &t,
            &form,
            Vec::new(),
            false,
            StatusCode::OK,
            Edit::at(base),
        )
        .await;
    }
    let area = area_lang(&headers);
    let tr = state.catalog.translator(&area);
    let mut errors = problems(&form, tr);
    let published_on = form.published_on.trim().parse::<jiff::civil::Date>();
    if published_on.is_err() {
        errors.push(tr.t("admin-post-error-date"));
    }
    // Media must be among the choices offered, and of the right kind.
    let paths = media_paths(&state, &t.content).await?;
    let known = |value: &str, keep: fn(MediaType) -> bool| {
        value.is_empty() || paths.iter().any(|(p, k)| p == value && keep(*k))
    };
    let captions_ok = form
        .captions
        .iter()
        .filter(|(k, _)| k.starts_with("caption-"))
        .all(|(_, v)| known(v, |k| k == MediaType::Vtt));
    if !known(&form.image, MediaType::is_image)
        || !known(&form.video, MediaType::is_video)
        || !known(&form.poster, MediaType::is_image)
        || !captions_ok
        || (form.video.is_empty() && !form.poster.is_empty())
    {
        errors.push(tr.t("admin-post-error-media"));
    }
    if !errors.is_empty() {
        return render(
            &state,
            &admin,
            &headers,
            &t,
            &form,
            errors,
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
            Edit::at(base),
        )
        .await;
    }
    let mut content = (*t.content).clone();
    let post = &mut content.posts[t.at];
    let was = format!(
        "{}{}",
        post.published_on,
        if post.draft { ", draft" } else { "" }
    );
    if let Ok(date) = published_on {
        post.published_on = date;
    }
    post.draft = form.draft.is_some();
    let path = |v: &str| v.parse::<crate::content::MediaPath>().ok();
    post.image = path(&form.image);
    post.video = path(&form.video).map(|video| crate::content::Video {
        video,
        poster: path(&form.poster),
        captions: t
            .content
            .settings
            .languages
            .iter()
            .filter_map(|l| {
                let chosen = form.captions.get(&format!("caption-{l}"))?;
                Some((l.clone(), path(chosen)?))
            })
            .collect(),
    });
    let now_state = format!(
        "{}{}",
        post.published_on,
        if post.draft { ", draft" } else { "" }
    );
    let before = post.texts.get(&t.lang).map(summary_of);
    let mut text = post.texts.get(&t.lang).cloned().unwrap_or(PostText {
        title: String::new(),
        summary: String::new(),
        image_alt: None,
        image_caption: None,
        video_caption: None,
        body: String::new(),
        edited_at: None,
    });
    text.title = form.title.trim().to_owned();
    text.summary = form.summary.trim().to_owned();
    text.body = form.body.replace("\r\n", "\n");
    text.edited_at = Some(state.clock.now());
    if post.image.is_some() && text.image_alt.is_none() {
        text.image_alt = Some(text.title.clone());
    }
    let after = format!("{}; {now_state}", summary_of(&text));
    let before = before.map(|b| format!("{b}; {was}"));
    post.texts.insert(t.lang.clone(), text);
    let audit = audited(
        &state,
        Some(&admin.user),
        if before.is_some() {
            "edited a post"
        } else {
            "translated a post"
        },
        &format!("{slug} ({})", t.lang),
        before,
        Some(after),
    );
    if let Some(conflict) = edit::save(&state, tr, &content, base, audit).await? {
        return render(
            &state,
            &admin,
            &headers,
            &t,
            &form,
            Vec::new(),
            false,
            StatusCode::CONFLICT,
            conflict,
        )
        .await;
    }
    Ok(Redirect::to(&format!("/admin/posts/{slug}/{}?saved=1", t.lang)).into_response())
}

/// What the audit log keeps of a version: its title and the size of its body.
fn summary_of(text: &PostText) -> String {
    format!(
        "\"{}\", {} characters",
        text.title,
        text.body.chars().count()
    )
}
