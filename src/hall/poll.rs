//! Polls in the hall: a question and its options written per language, prepared by the
//! moderators for a segment, opened, closed and kept with their results. One vote per
//! registration (storage's primary key), changeable while the poll is open.

use super::{PlainText, PlainTextError};
use crate::domain::{Lang, Slug};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The longest poll question, in characters.
pub const MAX_POLL_QUESTION_CHARS: usize = 300;
/// The longest option, in characters.
pub const MAX_POLL_OPTION_CHARS: usize = 120;
/// The fewest and the most options a poll may have.
pub const POLL_OPTIONS: std::ops::RangeInclusive<usize> = 2..=8;

/// Where a poll stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PollStatus {
    /// Prepared; only the moderators see it.
    Draft,
    /// Everyone sees it and may vote (and change their vote).
    Open,
    /// Kept with its results; no more votes.
    Closed,
}

impl PollStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PollStatus::Draft => "draft",
            PollStatus::Open => "open",
            PollStatus::Closed => "closed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [PollStatus::Draft, PollStatus::Open, PollStatus::Closed]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// A poll's question and options in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollText {
    pub question: String,
    pub options: Vec<String>,
}

/// A poll's texts in every language it was written in: always the site's default language,
/// and the same number of options (2 to 8) in each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PollTexts(BTreeMap<Lang, PollText>);

/// Why the texts of a poll were refused; `lang` says in which language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PollTextsError {
    #[error("the poll needs its question in the default language ({0})")]
    MissingDefault(Lang),
    #[error("the question in {lang} is empty")]
    EmptyQuestion { lang: Lang },
    #[error("the question in {lang} is longer than {max} characters")]
    QuestionTooLong { lang: Lang, max: usize },
    #[error("an option in {lang} is longer than {max} characters")]
    OptionTooLong { lang: Lang, max: usize },
    #[error("a poll has 2 to 8 options; {lang} has {count}")]
    OptionCount { lang: Lang, count: usize },
    #[error("{lang} has {count} options, the default language {expected}")]
    OptionsDiffer {
        lang: Lang,
        count: usize,
        expected: usize,
    },
}

impl PollTexts {
    /// Checks texts as a moderator wrote them: per language a question and its options (a
    /// language left entirely empty is left out; its attendees read the default language).
    pub fn parse(
        written: BTreeMap<Lang, (String, Vec<String>)>,
        default: &Lang,
    ) -> Result<Self, PollTextsError> {
        let mut texts = BTreeMap::new();
        for (lang, (question, options)) in written {
            let options: Vec<String> = options
                .iter()
                .map(|o| o.trim())
                .filter(|o| !o.is_empty())
                .map(str::to_owned)
                .collect();
            if question.trim().is_empty() && options.is_empty() {
                continue;
            }
            let question = match PlainText::parse(&question, MAX_POLL_QUESTION_CHARS) {
                Ok(q) => q.as_str().replace('\n', " "),
                Err(PlainTextError::Empty) => return Err(PollTextsError::EmptyQuestion { lang }),
                Err(PlainTextError::TooLong(max)) => {
                    return Err(PollTextsError::QuestionTooLong { lang, max });
                }
            };
            if !POLL_OPTIONS.contains(&options.len()) {
                let count = options.len();
                return Err(PollTextsError::OptionCount { lang, count });
            }
            let mut cleaned = Vec::with_capacity(options.len());
            for option in &options {
                match PlainText::parse(option, MAX_POLL_OPTION_CHARS) {
                    Ok(o) => cleaned.push(o.as_str().to_owned()),
                    Err(_) => {
                        let max = MAX_POLL_OPTION_CHARS;
                        return Err(PollTextsError::OptionTooLong { lang, max });
                    }
                }
            }
            texts.insert(
                lang,
                PollText {
                    question,
                    options: cleaned,
                },
            );
        }
        let expected = texts
            .get(default)
            .ok_or_else(|| PollTextsError::MissingDefault(default.clone()))?
            .options
            .len();
        if let Some((lang, text)) = texts.iter().find(|(_, t)| t.options.len() != expected) {
            return Err(PollTextsError::OptionsDiffer {
                lang: lang.clone(),
                count: text.options.len(),
                expected,
            });
        }
        Ok(Self(texts))
    }

    /// The texts in `lang`, else in `default`, else in any language written.
    pub fn in_lang(&self, lang: &Lang, default: &Lang) -> Option<(&Lang, &PollText)> {
        self.0
            .get_key_value(lang)
            .or_else(|| self.0.get_key_value(default))
            .or_else(|| self.0.iter().next())
    }

    /// How many options the poll has.
    pub fn option_count(&self) -> usize {
        self.0.values().next().map_or(0, |t| t.options.len())
    }

    /// The languages written.
    pub fn languages(&self) -> impl Iterator<Item = &Lang> {
        self.0.keys()
    }

    /// As stored and sent: `{"en": {"question": …, "options": […]}, …}`.
    pub fn to_json(&self) -> String {
        let map: BTreeMap<&str, &PollText> = self.0.iter().map(|(l, t)| (l.as_str(), t)).collect();
        serde_json::to_string(&map).unwrap_or_default()
    }

    /// Reads what [`PollTexts::to_json`] wrote; `None` if it is not that.
    pub fn from_json(json: &str) -> Option<Self> {
        let map: BTreeMap<String, PollText> = serde_json::from_str(json).ok()?;
        let texts = map
            .into_iter()
            .map(|(l, t)| Some((l.parse().ok()?, t)))
            .collect::<Option<BTreeMap<Lang, PollText>>>()?;
        Some(Self(texts))
    }
}

/// A poll with its counts (one per option, in order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Poll {
    pub id: i64,
    pub event: Slug,
    pub segment: Slug,
    pub status: PollStatus,
    pub texts: PollTexts,
    pub counts: Vec<i64>,
    pub created_at: Timestamp,
    pub opened_at: Option<Timestamp>,
    pub closed_at: Option<Timestamp>,
}

impl Poll {
    /// Votes cast.
    pub fn total(&self) -> i64 {
        self.counts.iter().sum()
    }

    /// The poll as the JSON of an update: texts, status and counts (no voter, ever).
    pub fn payload(&self) -> String {
        let texts: serde_json::Value =
            serde_json::from_str(&self.texts.to_json()).unwrap_or_default();
        serde_json::json!({
            "id": self.id,
            "segment": self.segment.as_str(),
            "status": self.status,
            "texts": texts,
            "counts": self.counts,
            "total": self.total(),
        })
        .to_string()
    }

    /// Only the counts, for the frequent updates while votes come in.
    pub fn counts_payload(&self) -> String {
        serde_json::json!({
            "id": self.id,
            "counts": self.counts,
            "total": self.total(),
        })
        .to_string()
    }
}

/// Whole percentages of `counts` that add up to 100 (largest remainders get the rounding),
/// or all 0 when nobody voted.
pub fn percentages(counts: &[i64]) -> Vec<i64> {
    let total: i64 = counts.iter().sum();
    if total <= 0 {
        return vec![0; counts.len()];
    }
    let mut shares: Vec<(usize, i64, i64)> = counts
        .iter()
        .enumerate()
        .map(|(i, c)| (i, c * 100 / total, c * 100 % total))
        .collect();
    let given: i64 = shares.iter().map(|s| s.1).sum();
    let mut by_remainder: Vec<usize> = (0..shares.len()).collect();
    by_remainder.sort_by_key(|i| (std::cmp::Reverse(shares[*i].2), *i));
    for i in by_remainder.into_iter().take((100 - given).max(0) as usize) {
        shares[i].1 += 1;
    }
    shares.into_iter().map(|s| s.1).collect()
}

/// What became of a vote.
#[derive(Debug, PartialEq, Eq)]
pub enum PollVote {
    /// Counted (a first vote or a change); the counts update if one was written now (else
    /// the next hall tick writes it, so updates stay at about one a second per poll).
    Counted(Option<super::HallUpdate>),
    /// The same choice again: nothing changed.
    Unchanged,
    /// The poll is not open (a draft, or closed).
    NotOpen(PollStatus),
    /// No such poll in this event, or no such option.
    Unknown,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Lang {
        tag.parse().unwrap_or_else(|e| panic!("{e}"))
    }

    fn written(entries: &[(&str, &str, &[&str])]) -> BTreeMap<Lang, (String, Vec<String>)> {
        entries
            .iter()
            .map(|(l, q, o)| {
                (
                    lang(l),
                    (q.to_string(), o.iter().map(|s| s.to_string()).collect()),
                )
            })
            .collect()
    }

    #[test]
    fn texts_need_the_default_language_and_the_same_options_everywhere() {
        let en = lang("en");
        let ok = PollTexts::parse(
            written(&[
                ("en", " Which source? ", &["Wells", " Rain ", ""]),
                ("ar", "أي مصدر؟", &["الآبار", "المطر"]),
                ("fr", "", &[]),
            ]),
            &en,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ok.option_count(), 2);
        assert_eq!(ok.languages().count(), 2, "an empty language is left out");
        let (shown, text) = ok.in_lang(&lang("fr"), &en).unwrap_or_else(|| panic!());
        assert_eq!(
            (shown.as_str(), text.question.as_str()),
            ("en", "Which source?")
        );
        assert_eq!(PollTexts::from_json(&ok.to_json()), Some(ok));
        assert_eq!(
            PollTexts::parse(written(&[("ar", "أي مصدر؟", &["أ", "ب"])]), &en),
            Err(PollTextsError::MissingDefault(en.clone()))
        );
        assert!(matches!(
            PollTexts::parse(
                written(&[("en", "Q", &["a", "b"]), ("ar", "س", &["أ", "ب", "ج"])]),
                &en
            ),
            Err(PollTextsError::OptionsDiffer {
                count: 3,
                expected: 2,
                ..
            })
        ));
        assert!(matches!(
            PollTexts::parse(written(&[("en", "Q", &["only one"])]), &en),
            Err(PollTextsError::OptionCount { count: 1, .. })
        ));
        assert!(matches!(
            PollTexts::parse(written(&[("en", "  ", &["a", "b"])]), &en),
            Err(PollTextsError::EmptyQuestion { .. })
        ));
    }

    #[test]
    fn percentages_add_up_to_a_hundred() {
        assert_eq!(percentages(&[1, 1, 1]), [34, 33, 33]);
        assert_eq!(percentages(&[2, 1]), [67, 33]);
        assert_eq!(percentages(&[0, 0]), [0, 0]);
        assert_eq!(percentages(&[5, 0, 0]), [100, 0, 0]);
        assert_eq!(percentages(&[1, 2, 3, 4, 5, 6, 7]).iter().sum::<i64>(), 100);
    }
}
