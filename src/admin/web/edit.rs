//! Saving content from the organisers' editors: every editor's form carries the content
//! revision it was filled in from, and a save based on an older one is refused (409) with the
//! form as typed, so two organisers (on one instance or two) never silently undo each other.

use crate::content::SiteContent;
use crate::error::WebError;
use crate::i18n::Translator;
use crate::state::AppState;
use crate::storage::{Audited, ContentSave};

/// What an editor's page needs to know about the save it offers.
#[derive(Debug, Clone, Default)]
pub struct Edit {
    /// The revision the form is based on.
    pub revision: i64,
    /// Set when a save was refused because the content moved on.
    pub conflict: Option<String>,
}

impl Edit {
    /// A form filled in from the content at `revision`.
    pub fn at(revision: i64) -> Self {
        Self {
            revision,
            conflict: None,
        }
    }
}

/// The revision a submitted form was based on; a missing or unreadable one (a form from
/// before revisions were carried, or a forged one) is `-1`, which no content has, so its
/// save is refused rather than taken as unconditional.
pub fn base_of(value: Option<&str>) -> i64 {
    value.and_then(|v| v.trim().parse().ok()).unwrap_or(-1)
}

/// Saves `content` if it is still at `base`, with `audit` in the same transaction.
/// `Ok(None)`: stored. `Ok(Some(edit))`: refused; `edit` says so (naming the change that
/// came first, from the audit log) and carries the current revision, so the form shown again
/// with what was typed can be saved on top.
pub async fn save(
    state: &AppState,
    tr: Translator<'_>,
    content: &SiteContent,
    base: i64,
    audit: Audited,
) -> Result<Option<Edit>, WebError> {
    // What was public and is no more (deleted, unpublished) answers 410 from now on; what is
    // public again leaves that list. Compared with the content the edit is based on (if it
    // moved on, the save is refused below anyway).
    let (current, before) = state.content_for_edit().await?;
    let mut content = content.clone();
    if current == base {
        content.note_gone(&before, state.clock.now());
    }
    match state
        .save_content(&content, Some(base), Some(&audit))
        .await?
    {
        ContentSave::Stored(_) => Ok(None),
        ContentSave::Stale { current } => Ok(Some(conflict(state, tr, current).await?)),
    }
}

/// The refusal of a save based on an older revision than `current`.
pub async fn conflict(
    state: &AppState,
    tr: Translator<'_>,
    current: i64,
) -> Result<Edit, WebError> {
    let mut message = tr.t("admin-content-conflict");
    // Every editor's save commits with its audit entry, so the newest entry is the change
    // that came first (an import from the command line writes none).
    if let Some(latest) = state.db.audit_log(1).await?.into_iter().next() {
        message.push(' ');
        message.push_str(&tr.t_args(
            "admin-content-conflict-latest",
            &[
                ("actor", &latest.actor),
                ("action", &latest.action),
                ("subject", &latest.subject),
            ],
        ));
    }
    Ok(Edit {
        revision: current,
        conflict: Some(message),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_or_garbled_base_is_never_a_real_revision() {
        assert_eq!(base_of(Some("7")), 7);
        assert_eq!(base_of(Some(" 12 ")), 12);
        assert_eq!(base_of(None), -1);
        assert_eq!(base_of(Some("")), -1);
        assert_eq!(base_of(Some("7x")), -1);
    }
}
