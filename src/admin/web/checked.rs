//! Checking an edit from the organisers' editors the way `convene import` reads a folder,
//! and storing it: the current content is exported (without media) to a temporary folder,
//! the edit put in, the media made visible beside it, and the whole folder read by the
//! importer — every problem with its line, or the new content, stored on the revision the
//! form was based on.

use super::audited;
use crate::admin::session::Admin;
use crate::content::{Problems, SiteContent};
use crate::error::WebError;
use crate::state::AppState;
use std::path::{Path, PathBuf};

/// Writes the content's files (no media) into `dir` and makes the media an edit may name
/// visible beside them (links to the media folder, or stand-ins for the object store's
/// files), so the importer finds every referenced file where it expects it. Nothing is
/// copied: a save replaces the content, not the media.
async fn exported(
    content: &SiteContent,
    media: &crate::media::Media,
    media_dir: &Path,
    dir: &Path,
) -> Result<(), WebError> {
    crate::content::export_dir(content, None, dir, &mut |_, _, _| {})
        .map_err(|e| WebError::Internal(e.context("exporting the content to check an edit")))?;
    crate::media::ContentMedia::new(media, media_dir)
        .stand_ins(dir)
        .await
        .map_err(|e| WebError::Internal(e.context("the media beside an edit")))
}

fn problem_rows(problems: &Problems, dir: &Path) -> Vec<(String, String, String)> {
    problems
        .iter()
        .map(|p| {
            let file = p.file.strip_prefix(dir).map_or_else(
                |_| p.file.display().to_string(),
                |f| f.display().to_string(),
            );
            (
                file,
                p.line.map(|l| l.to_string()).unwrap_or_default(),
                p.message.clone(),
            )
        })
        .collect()
}

/// What the importer made of the content with one edit applied.
pub(super) struct Checked {
    /// The edited file's text before the edit (empty without one).
    pub before: String,
    /// The new content, or every problem as (file, line, message).
    pub outcome: Result<crate::content::ImportReport, Vec<(String, String, String)>>,
}

/// Checks `content`, with `edit` (a content file's path and new text) put in if given, the
/// way `convene import` reads a folder: in a temporary copy with the media beside it.
pub(super) async fn check_in_copy(
    state: &AppState,
    content: &SiteContent,
    edit: Option<(&str, &str)>,
) -> Result<Checked, WebError> {
    let dir = tempfile::tempdir()
        .map_err(|e| WebError::Internal(anyhow::anyhow!("a temporary folder: {e}")))?;
    exported(content, &state.media, &state.config.media_dir(), dir.path()).await?;
    let mut before = String::new();
    if let Some((path, text)) = edit {
        let target: PathBuf = dir.path().join(path);
        before = std::fs::read_to_string(&target).unwrap_or_default();
        std::fs::write(&target, text)
            .map_err(|e| WebError::Internal(anyhow::anyhow!("writing the edited file: {e}")))?;
    }
    let outcome = crate::content::read_dir(dir.path(), &mut |_, _, _| {})
        .map_err(|problems| problem_rows(&problems, dir.path()));
    Ok(Checked { before, outcome })
}

/// What became of a save from an editor.
pub(super) enum Outcome {
    /// Stored (and audited).
    Saved,
    /// The importer's check found problems: (file, line, message).
    Problems(Vec<(String, String, String)>),
    /// The content moved on since the form was filled in; nothing was stored.
    Conflict(super::edit::Edit),
}

/// Stores checked content like an import (places included) if it is still at `base`,
/// drops stale pages, audits.
#[expect(clippy::too_many_arguments, reason = "a save is its parts")]
pub(super) async fn store_checked(
    state: &AppState,
    admin: &Admin,
    tr: crate::i18n::Translator<'_>,
    content: &SiteContent,
    base: i64,
    action: &str,
    subject: &str,
    summary: (Option<String>, Option<String>),
) -> Result<Outcome, WebError> {
    let audit = audited(
        state,
        Some(&admin.user),
        action,
        subject,
        summary.0,
        summary.1,
    );
    if let Some(conflict) = super::edit::save(state, tr, content, base, audit).await? {
        return Ok(Outcome::Conflict(conflict));
    }
    Ok(Outcome::Saved)
}

/// Stores `candidate` (the content at revision `base` with a change made in it: something
/// created, moved or removed) if the importer's check finds nothing and the content did not
/// move on, with its audit entry.
#[expect(clippy::too_many_arguments, reason = "a save is its parts")]
pub(super) async fn store_candidate(
    state: &AppState,
    admin: &Admin,
    tr: crate::i18n::Translator<'_>,
    candidate: &SiteContent,
    base: i64,
    action: &str,
    subject: &str,
    summary: (Option<String>, Option<String>),
) -> Result<Outcome, WebError> {
    // What is stored is the candidate itself, once the importer found nothing wrong with
    // it: the importer's reading of the files would drop what the files do not carry (when
    // each post's versions were last edited in this area).
    match check_in_copy(state, candidate, None).await?.outcome {
        Ok(_) => store_checked(state, admin, tr, candidate, base, action, subject, summary).await,
        Err(problems) => Ok(Outcome::Problems(problems)),
    }
}

/// Every problem as one line, `file:line: message`, for a form's list of errors.
pub(super) fn problem_lines(problems: Vec<(String, String, String)>) -> Vec<String> {
    problems
        .into_iter()
        .map(|(file, line, message)| {
            if line.is_empty() {
                format!("{file}: {message}")
            } else {
                format!("{file}:{line}: {message}")
            }
        })
        .collect()
}

/// Stores `content` (at revision `base`) with `edited` in place of the event of the same
/// slug, if the importer's check finds nothing and the content did not move on.
#[expect(clippy::too_many_arguments, reason = "a save is its parts")]
pub(super) async fn store_edited_event(
    state: &AppState,
    admin: &Admin,
    tr: crate::i18n::Translator<'_>,
    content: &SiteContent,
    base: i64,
    edited: crate::content::Event,
    action: &str,
    summary: (Option<String>, Option<String>),
) -> Result<Outcome, WebError> {
    let slug = edited.slug.clone();
    let mut candidate = content.clone();
    if let Some(slot) = candidate.events.iter_mut().find(|e| e.slug == slug) {
        *slot = edited;
    }
    store_candidate(
        state,
        admin,
        tr,
        &candidate,
        base,
        action,
        slug.as_str(),
        summary,
    )
    .await
}
