//! `/admin/source?file=…` (owners and editors): the content files behind the forms —
//! `site.toml` (languages, calendar, digits), `chapters.toml`, an event's `event.toml`
//! (segments, speakers, stream, premieres, recordings) and its language files — edited as
//! text, checked by the importer itself before anything changes.
//!
//! A check exports the current content (without media) to a temporary folder, puts the
//! edited file in, makes the media visible beside it (`media::ContentMedia::stand_ins`) and
//! reads the whole folder as `convene import` does: every problem with its line, or the new content. Saving replaces
//! the content like an import; the public site shows it at once.

use super::checked::{Outcome, check_in_copy, store_checked};
use super::edit::{self, Edit};
use super::{CheckedForm, Frame, area_lang, respond};
use crate::admin::session::Admin;
use crate::content::{Publication, SiteContent};
use crate::domain::{Lang, Slug, ZoneName};
use crate::error::WebError;
use crate::i18n::Translator;
use crate::state::AppState;

use askama::Template;
use axum::extract::{Extension, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use jiff::Timestamp;
use serde::Deserialize;

/// A content file that can be edited here.
#[derive(Clone, Debug, PartialEq, Eq)]
enum SourceFile {
    Site,
    Chapters,
    Event(Slug),
    EventText(Slug, Lang),
}

impl SourceFile {
    /// Parses `site.toml`, `chapters.toml`, `events/<slug>/event.toml`, `events/<slug>/<lang>.md`.
    fn parse(path: &str) -> Option<Self> {
        match path.split('/').collect::<Vec<_>>().as_slice() {
            ["site.toml"] => Some(SourceFile::Site),
            ["chapters.toml"] => Some(SourceFile::Chapters),
            ["events", slug, "event.toml"] => Some(SourceFile::Event(slug.parse().ok()?)),
            ["events", slug, file] => {
                let lang = file.strip_suffix(".md")?.parse().ok()?;
                Some(SourceFile::EventText(slug.parse().ok()?, lang))
            }
            _ => None,
        }
    }

    fn path(&self) -> String {
        match self {
            SourceFile::Site => "site.toml".to_owned(),
            SourceFile::Chapters => "chapters.toml".to_owned(),
            SourceFile::Event(slug) => format!("events/{slug}/event.toml"),
            SourceFile::EventText(slug, lang) => format!("events/{slug}/{lang}.md"),
        }
    }

    fn event(&self) -> Option<&Slug> {
        match self {
            SourceFile::Event(slug) | SourceFile::EventText(slug, _) => Some(slug),
            _ => None,
        }
    }
}

#[derive(Template)]
#[template(path = "admin/source.html")]
struct SourcePage<'a> {
    frame: Frame<'a>,
    path: String,
    text: String,
    /// (file, line, message) of each problem.
    problems: Vec<(String, String, String)>,
    notice: Option<String>,
    /// Other files of the same kind to switch to.
    files: Vec<FileLink>,
    /// Whether the file is an event's text in one language (which can wait: a draft, or
    /// scheduled).
    is_event_text: bool,
    /// Whether the file belongs to an event page that can be previewed.
    previewable: bool,
    /// A digest of the file as it was when the form was filled in: a save over a file that
    /// someone else changed meanwhile is refused instead of undoing their change.
    base: String,
}

#[derive(Deserialize)]
pub struct FileQuery {
    file: String,
    #[serde(default)]
    saved: Option<String>,
}

fn files_like(
    content: &SiteContent,
    file: &SourceFile,
    tr: Translator<'_>,
    now: Timestamp,
) -> Vec<FileLink> {
    let mut paths = vec![
        ("site.toml".to_owned(), None),
        ("chapters.toml".to_owned(), None),
    ];
    if let Some(slug) = file.event()
        && let Some(event) = content.events.iter().find(|e| &e.slug == slug)
    {
        paths.push((SourceFile::Event(slug.clone()).path(), None));
        paths.extend(event.texts.iter().map(|(l, t)| {
            let path = SourceFile::EventText(slug.clone(), l.clone()).path();
            (path, waiting(t.publication, &event.reference_zone, tr, now))
        }));
    }
    let current = file.path();
    paths
        .into_iter()
        .map(|(path, mark)| FileLink {
            current: path == current,
            path,
            mark,
        })
        .collect()
}

/// How an event translation off the public site is marked: "draft", or "scheduled for"
/// its clock time in the event's reference zone; `None` when it is public.
fn waiting(
    publication: Publication,
    zone: &ZoneName,
    tr: Translator<'_>,
    now: Timestamp,
) -> Option<String> {
    match publication {
        Publication::Draft => Some(tr.t("admin-mark-draft")),
        Publication::Scheduled(at) if at > now => Some(tr.t_args(
            "admin-mark-scheduled-for",
            &[
                (
                    "when",
                    &super::publishing::local(at, zone).replace('T', " "),
                ),
                ("zone", zone.as_str()),
            ],
        )),
        _ => None,
    }
}

/// Another content file to switch to.
struct FileLink {
    path: String,
    current: bool,
    /// An event translation off the public site: "draft", "scheduled for …".
    mark: Option<String>,
}

/// `GET /admin/source?file=…`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Query(query): Query<FileQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let file = SourceFile::parse(&query.file).ok_or(WebError::NotFound)?;
    let (revision, content) = state.content_for_edit().await?;
    let dir = tempfile::tempdir()
        .map_err(|e| WebError::Internal(anyhow::anyhow!("a temporary folder: {e}")))?;
    crate::content::export_dir(&content, None, dir.path(), &mut |_, _, _| {})
        .map_err(|e| WebError::Internal(e.context("exporting the content")))?;
    let text =
        std::fs::read_to_string(dir.path().join(file.path())).map_err(|_| WebError::NotFound)?;
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let notice = query.saved.is_some().then(|| tr.t("admin-source-saved"));
    let base = digest(&text);
    render(
        &state,
        &admin,
        &headers,
        &content,
        &file,
        text,
        Vec::new(),
        notice,
        StatusCode::OK,
        base,
        Edit::at(revision),
    )
}

#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    content: &SiteContent,
    file: &SourceFile,
    text: String,
    problems: Vec<(String, String, String)>,
    notice: Option<String>,
    status: StatusCode,
    base: String,
    edit: Edit,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let page = SourcePage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-source-heading"),
            Some(&admin.user),
            if file.event().is_some() {
                "/admin/events"
            } else {
                "/admin/settings"
            },
            token,
        )
        .editing(edit),
        path: file.path(),
        text,
        problems,
        notice,
        files: files_like(content, file, tr, state.clock.now()),
        is_event_text: matches!(file, SourceFile::EventText(..)),
        previewable: file.event().is_some(),
        base,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// The digest a form carries of the file it was filled in from.
fn digest(text: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(text.as_bytes()))
}

#[derive(Deserialize)]
pub struct SourceForm {
    file: String,
    text: String,
    /// [`digest`] of the file when the form was filled in.
    #[serde(default)]
    base: String,
    /// The content revision the form was filled in from.
    #[serde(default)]
    revision: String,
    /// `check` or `save`.
    action: String,
}

/// `POST /admin/source`: check, or check and save.
pub async fn save(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<SourceForm>,
) -> Result<Response, WebError> {
    let file = SourceFile::parse(&form.file).ok_or(WebError::NotFound)?;
    let (current, content) = state.content_for_edit().await?;
    let revision = edit::base_of(Some(&form.revision));
    let text = form.text.replace("\r\n", "\n");
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let checked = check_in_copy(&state, &content, Some((&file.path(), &text))).await?;
    let before = checked.before;
    let report = match checked.outcome {
        Ok(report) => report,
        Err(rows) => {
            return render(
                &state,
                &admin,
                &headers,
                &content,
                &file,
                text,
                rows,
                Some(tr.t("admin-source-problems")),
                StatusCode::UNPROCESSABLE_ENTITY,
                form.base.clone(),
                Edit::at(revision),
            );
        }
    };
    if form.action == "preview"
        && let Some(slug) = file.event()
    {
        let shown = match &file {
            SourceFile::EventText(_, text_lang) => text_lang.clone(),
            _ => report.content.settings.default_language.clone(),
        };
        // A draft or scheduled translation is previewed as it will look once published.
        let mut previewed = report.content;
        if let Some(text) = previewed
            .events
            .iter_mut()
            .find(|e| &e.slug == slug)
            .and_then(|e| e.texts.get_mut(&shown))
        {
            text.publication = Publication::Published;
        }
        let html = crate::events::render_event_page(&state, &previewed, &shown, slug, None).await?;
        let banner = format!(
            "<main id=\"main\" tabindex=\"-1\">\n<p class=\"notice preview-banner\" role=\"status\">{}</p>",
            crate::i18n::escape_html(&tr.t("admin-source-preview-banner"))
        );
        let html = html.replacen("<main id=\"main\" tabindex=\"-1\">", &banner, 1);
        let mut response = axum::response::Html(html).into_response();
        let h = response.headers_mut();
        h.insert(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("no-store"),
        );
        h.insert(
            http::HeaderName::from_static("x-robots-tag"),
            http::HeaderValue::from_static("noindex"),
        );
        return Ok(response);
    }
    if form.action != "save" {
        let notice = tr.t("admin-source-no-problems");
        return render(
            &state,
            &admin,
            &headers,
            &content,
            &file,
            text,
            Vec::new(),
            Some(notice),
            StatusCode::OK,
            form.base.clone(),
            Edit::at(revision),
        );
    }
    if digest(&before) != form.base {
        // Someone saved this file (or imported content) since the form was filled in.
        let rows = vec![(file.path(), String::new(), tr.t("admin-source-conflict"))];
        return render(
            &state,
            &admin,
            &headers,
            &content,
            &file,
            text,
            rows,
            Some(tr.t("admin-source-problems")),
            StatusCode::CONFLICT,
            digest(&before),
            Edit::at(current),
        );
    }
    let outcome = store_checked(
        &state,
        &admin,
        tr,
        &report.content,
        revision,
        "edited a content file",
        &file.path(),
        (
            Some(format!("{} lines", before.lines().count())),
            Some(format!("{} lines", text.lines().count())),
        ),
    )
    .await?;
    if let Outcome::Conflict(edit) = outcome {
        // Another file (or the settings, a post …) changed: this file did not, so what was
        // typed can be saved again on top.
        return render(
            &state,
            &admin,
            &headers,
            &content,
            &file,
            text,
            Vec::new(),
            None,
            StatusCode::CONFLICT,
            form.base.clone(),
            edit,
        );
    }
    Ok(Redirect::to(&format!(
        "/admin/source?file={}&saved=1",
        percent_encoding::utf8_percent_encode(&file.path(), percent_encoding::NON_ALPHANUMERIC)
    ))
    .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_files_can_be_named() {
        for good in [
            "site.toml",
            "chapters.toml",
            "events/water-2026/event.toml",
            "events/water-2026/ar.md",
        ] {
            let file = SourceFile::parse(good).unwrap_or_else(|| panic!("{good}"));
            assert_eq!(file.path(), good);
        }
        for bad in [
            "../secret.key",
            "events/../../x/event.toml",
            "events/water-2026/../event.toml",
            "secret.key",
            "events/water-2026/notes.txt",
            "posts/x/post.toml",
            "/etc/passwd",
        ] {
            assert!(SourceFile::parse(bad).is_none(), "{bad}");
        }
    }
}
