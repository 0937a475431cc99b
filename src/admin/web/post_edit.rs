//! `/admin/posts/{slug}/{lang}`: editing one language version of a post with a preview
//! rendered by the same code as the public page (and a live preview fragment for admin.js).
//! Chapter editors edit only their chapter's posts.

use super::edit::{self, Edit};
use super::post_media::{self, Chosen, MediaChoice, choices, media_paths};
use super::posts::may_edit;
use super::publishing::{self, version_label};
use super::{CheckedForm, Frame, area_lang, audited, respond};
use crate::admin::session::Admin;
use crate::admin::web::forbidden;
use crate::content::Publication;
use crate::content::{MAX_BODY_BYTES, PostText, SiteContent};
use crate::domain::Lang;
use crate::error::WebError;
use crate::media::MediaType;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// The caption track choices of one language: (code, name, [(path, label, selected)]).
type CaptionChoice = (String, String, Vec<MediaChoice>);

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
    /// Choices of media: (path, label, selected) for the image, video and poster selects.
    images: Vec<MediaChoice>,
    videos: Vec<MediaChoice>,
    posters: Vec<MediaChoice>,
    /// Per site language: (code, name, [(path, label, selected)]).
    caption_choices: Vec<CaptionChoice>,
    /// "Public since …", "Scheduled for …" or "Draft": the whole post.
    state_label: String,
    /// Where this language version stands.
    version_state: String,
    /// The clock time a version is scheduled for, in `zone`.
    publish_at: String,
    zone: String,
    preview: String,
    errors: Vec<String>,
    /// What a save just did (the message id), if the page follows one.
    saved: Option<&'static str>,
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
    /// When to publish this version (`action=schedule`), a clock time in the post's zone.
    #[serde(default)]
    publish_at: String,
    /// `preview`, `save` (and publish this version), `draft` (save it as a draft) or
    /// `schedule` (save it to be published at `publish_at`).
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

#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
async fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    t: &Target,
    form: &EditForm,
    errors: Vec<String>,
    saved: Option<&'static str>,
    status: StatusCode,
    edit: Edit,
) -> Result<Response, WebError> {
    let area = area_lang(headers);
    let tr = state.catalog.translator(&area);
    let (token, cookie) = super::form_token(state, headers);
    let paths = media_paths(state, &t.content).await?;
    let names = state.db.media_records().await?;
    let post = &t.content.posts[t.at];
    let language_name = tr.t(&format!("lang-{}", t.lang));
    let now = state.clock.now();
    let zone = publishing::zone_for(&t.content, Some(post), now);
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
        images: choices(&paths, MediaType::is_image, &form.image, &names),
        videos: choices(&paths, MediaType::is_video, &form.video, &names),
        posters: choices(&paths, MediaType::is_image, &form.poster, &names),
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
                    choices(&paths, |k| k == MediaType::Vtt, chosen, &names),
                )
            })
            .collect(),
        state_label: if post.draft {
            tr.t("admin-post-state-draft")
        } else if post.published_at() <= now {
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
        version_state: version_label(tr, post, &t.lang, now, &zone),
        publish_at: form.publish_at.clone(),
        zone: zone.to_string(),
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

/// `?saved=1` (published), `?saved=draft` or `?saved=scheduled` after a save.
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
    (form.image, form.video, form.poster, form.captions) = post_media::values_of(post);
    if let Some(Publication::Scheduled(at)) = post.texts.get(&t.lang).map(|t| t.publication) {
        let zone = publishing::zone_for(&t.content, Some(post), state.clock.now());
        form.publish_at = publishing::local(at, &zone);
    }
    let saved = match saved.saved.as_str() {
        "1" => Some("admin-post-saved"),
        "draft" => Some("admin-post-saved-draft"),
        "scheduled" => Some("admin-post-saved-scheduled"),
        _ => None,
    };
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

/// What is wrong with a version's title, summary and Markdown body (as an import checks).
pub(super) fn text_problems(
    title: &str,
    summary: &str,
    body: &str,
    tr: crate::i18n::Translator<'_>,
) -> Vec<String> {
    let mut errors = Vec::new();
    if title.trim().is_empty() || title.chars().count() > 300 {
        errors.push(tr.t("admin-post-error-title"));
    }
    if summary.trim().is_empty() || summary.chars().count() > 1000 {
        errors.push(tr.t("admin-post-error-summary"));
    }
    if body.len() > MAX_BODY_BYTES {
        errors.push(tr.t("admin-post-error-long"));
    } else {
        errors.extend(
            crate::markdown::problems(body)
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
    if !matches!(form.action.as_str(), "save" | "draft" | "schedule") {
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
            None,
            StatusCode::OK,
            Edit::at(base),
        )
        .await;
    }
    let area = area_lang(&headers);
    let tr = state.catalog.translator(&area);
    let mut errors = text_problems(&form.title, &form.summary, &form.body, tr);
    let published_on = form.published_on.trim().parse::<jiff::civil::Date>();
    if published_on.is_err() {
        errors.push(tr.t("admin-post-error-date"));
    }
    // Media must be among the choices offered, and of the right kind.
    let chosen = Chosen {
        image: &form.image,
        video: &form.video,
        poster: &form.poster,
        captions: &form.captions,
    };
    if !chosen.valid(&media_paths(&state, &t.content).await?) {
        errors.push(tr.t("admin-post-error-media"));
    }
    let zone = publishing::zone_for(&t.content, Some(&t.content.posts[t.at]), state.clock.now());
    let publication = match form.action.as_str() {
        "draft" => Some(Publication::Draft),
        "schedule" => publishing::parse_local(&form.publish_at, &zone).map(Publication::Scheduled),
        _ => Some(Publication::Published),
    };
    if publication.is_none() {
        errors.push(tr.t_with("admin-post-error-schedule", "zone", zone.as_str()));
    }
    if !errors.is_empty() {
        return render(
            &state,
            &admin,
            &headers,
            &t,
            &form,
            errors,
            None,
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
    chosen.apply(post, &t.content.settings.languages);
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
        publication: Publication::Draft,
    });
    text.title = form.title.trim().to_owned();
    text.summary = form.summary.trim().to_owned();
    text.body = form.body.replace("\r\n", "\n");
    text.edited_at = Some(state.clock.now());
    text.publication = publication.unwrap_or_default();
    if post.image.is_some() && text.image_alt.is_none() {
        text.image_alt = Some(text.title.clone());
    }
    let after = format!(
        "{}; {now_state}; this version {}",
        summary_of(&text),
        publication_word(text.publication)
    );
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
            None,
            StatusCode::CONFLICT,
            conflict,
        )
        .await;
    }
    let saved = match form.action.as_str() {
        "draft" => "draft",
        "schedule" => "scheduled",
        _ => "1",
    };
    Ok(Redirect::to(&format!("/admin/posts/{slug}/{}?saved={saved}", t.lang)).into_response())
}

/// What the audit log keeps of a version: its title and the size of its body.
fn summary_of(text: &PostText) -> String {
    format!(
        "\"{}\", {} characters",
        text.title,
        text.body.chars().count()
    )
}

/// A version's state for the audit log.
fn publication_word(publication: Publication) -> String {
    match publication {
        Publication::Draft => "a draft".to_owned(),
        Publication::Scheduled(at) => format!("scheduled for {at}"),
        Publication::Published => "published".to_owned(),
    }
}
