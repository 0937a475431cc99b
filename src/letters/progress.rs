//! How far a letter has come: its count of signatures and, when the letter sets one, its
//! goal, as text and as a `<progress>` element (`templates/signature_progress.html`).

use crate::content::Post;
use crate::i18n::{Formats, Translator};
use std::num::NonZeroU32;

/// The goal part of [`SignatureProgress`].
pub struct GoalView {
    /// "Our goal: 1,000 signatures".
    pub text: String,
    /// The element's `value` (the count, at most `max`) and `max`.
    pub value: i64,
    pub max: u32,
    /// "12%" with the locale's digits: the element's fallback text.
    pub percent: String,
}

/// A letter's count line and goal.
pub struct SignatureProgress {
    /// "123 signatures" (or "No signatures yet").
    pub count: String,
    pub goal: Option<GoalView>,
}

impl SignatureProgress {
    /// The progress of a letter with `count` confirmed signatures towards `goal`.
    pub fn new(
        count: i64,
        goal: Option<NonZeroU32>,
        tr: Translator<'_>,
        f: &Formats,
    ) -> SignatureProgress {
        SignatureProgress {
            count: tr.t_count("letter-signature-count", count, &f.number(count)),
            goal: goal.map(|goal| {
                let max = goal.get();
                let value = count.clamp(0, i64::from(max));
                let percent = value * 100 / i64::from(max);
                GoalView {
                    text: tr.t_count("letter-goal", i64::from(max), &f.number(i64::from(max))),
                    value,
                    max,
                    percent: tr.t_with("letter-goal-percent", "percent", &f.number(percent)),
                }
            }),
        }
    }

    /// The progress of `letter`, read from the database.
    pub async fn of(
        state: &crate::state::AppState,
        letter: &Post,
        tr: Translator<'_>,
        f: &Formats,
    ) -> Result<SignatureProgress, crate::storage::StoreError> {
        let count = state.db.signature_count(&letter.slug).await?;
        Ok(Self::new(count, letter.signature_goal, tr, f))
    }
}
