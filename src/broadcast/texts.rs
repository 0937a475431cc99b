//! What a broadcast says: a subject and a Markdown body per language. The site's default
//! language is required; a person whose language has no text gets the default one.

use crate::domain::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest subject, in characters (mail clients show far less).
pub const MAX_SUBJECT: usize = 200;
/// Longest body, in bytes.
pub const MAX_BODY: usize = 20_000;

/// One language's message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BroadcastText {
    pub subject: String,
    /// Markdown.
    pub body: String,
}

/// Why the texts cannot be sent, with the language it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextProblem {
    /// The default language needs a subject and a body.
    DefaultMissing(Lang),
    /// Only one of subject and body was written.
    Incomplete(Lang),
    SubjectTooLong(Lang),
    /// A line break in a subject (it would end the header).
    SubjectLineBreak(Lang),
    BodyTooLong(Lang),
    /// What the Markdown check refuses (a `javascript:` link, raw HTML …).
    Markdown(Lang, String),
}

/// The texts of a broadcast, checked: every language present has both parts, the default
/// language is present, lengths are bounded and the Markdown passes the importer's check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BroadcastTexts {
    default: Lang,
    texts: BTreeMap<Lang, BroadcastText>,
}

impl BroadcastTexts {
    /// Checks what was written (empty languages are left out).
    pub fn new(
        default: Lang,
        written: impl IntoIterator<Item = (Lang, BroadcastText)>,
    ) -> Result<Self, Vec<TextProblem>> {
        let mut texts = BTreeMap::new();
        let mut problems = Vec::new();
        for (lang, text) in written {
            let subject = text.subject.trim().to_owned();
            let body = text.body.replace("\r\n", "\n").trim().to_owned();
            if subject.is_empty() && body.is_empty() {
                continue;
            }
            if subject.is_empty() || body.is_empty() {
                problems.push(TextProblem::Incomplete(lang.clone()));
            }
            if subject.chars().count() > MAX_SUBJECT {
                problems.push(TextProblem::SubjectTooLong(lang.clone()));
            }
            if subject.contains(['\n', '\r']) {
                problems.push(TextProblem::SubjectLineBreak(lang.clone()));
            }
            if body.len() > MAX_BODY {
                problems.push(TextProblem::BodyTooLong(lang.clone()));
            }
            if let Some(problem) = crate::markdown::problems(&body).into_iter().next() {
                problems.push(TextProblem::Markdown(lang.clone(), problem.message));
            }
            texts.insert(lang, BroadcastText { subject, body });
        }
        if !texts.contains_key(&default) {
            problems.insert(0, TextProblem::DefaultMissing(default.clone()));
        }
        if problems.is_empty() {
            Ok(Self { default, texts })
        } else {
            Err(problems)
        }
    }

    /// The text for a person who reads `lang` (the default language's when none).
    pub fn for_lang(&self, lang: &str) -> (&Lang, &BroadcastText) {
        self.texts
            .iter()
            .find(|(l, _)| l.as_str() == lang)
            .or_else(|| self.texts.get_key_value(&self.default))
            .unwrap_or_else(|| unreachable!("the default language is always present"))
    }

    /// The default language's subject (the broadcast's name in lists).
    pub fn subject(&self) -> &str {
        &self.for_lang(self.default.as_str()).1.subject
    }

    /// The languages written, in order.
    pub fn langs(&self) -> impl Iterator<Item = &Lang> {
        self.texts.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(s: &str) -> Lang {
        s.parse().expect("lang")
    }

    fn text(subject: &str, body: &str) -> BroadcastText {
        BroadcastText {
            subject: subject.into(),
            body: body.into(),
        }
    }

    #[test]
    fn the_default_language_is_required_and_others_fall_back_to_it() {
        assert_eq!(
            BroadcastTexts::new(lang("en"), [(lang("ar"), text("s", "b"))]),
            Err(vec![TextProblem::DefaultMissing(lang("en"))])
        );
        let texts = BroadcastTexts::new(
            lang("en"),
            [
                (lang("en"), text(" Stream moved ", "New *address*.\r\n")),
                (lang("ar"), text("تغيير", "عنوان جديد")),
                (lang("fr"), text("", "")),
            ],
        )
        .expect("valid");
        assert_eq!(texts.for_lang("ar").1.subject, "تغيير");
        assert_eq!(texts.for_lang("fr").0, &lang("en"));
        assert_eq!(texts.for_lang("fr").1.body, "New *address*.");
        assert_eq!(texts.subject(), "Stream moved");
        assert_eq!(texts.langs().count(), 2);
    }

    #[test]
    fn half_written_long_or_unsafe_texts_are_refused() {
        let problems = BroadcastTexts::new(
            lang("en"),
            [
                (lang("en"), text("Hello\nBcc: x@example.org", "b")),
                (lang("ar"), text("only a subject", "")),
                (lang("ur"), text(&"x".repeat(MAX_SUBJECT + 1), "b")),
                (lang("fr"), text("s", "[x](javascript:alert(1))")),
            ],
        )
        .expect_err("invalid");
        assert!(problems.contains(&TextProblem::SubjectLineBreak(lang("en"))));
        assert!(problems.contains(&TextProblem::Incomplete(lang("ar"))));
        assert!(problems.contains(&TextProblem::SubjectTooLong(lang("ur"))));
        assert!(
            problems
                .iter()
                .any(|p| matches!(p, TextProblem::Markdown(l, _) if *l == lang("fr")))
        );
    }
}
