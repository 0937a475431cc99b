//! Polls on the hall page, as an attendee sees them: open polls to vote in, closed ones
//! with their results, never drafts; counts and percentages as text in the page's
//! language, and the texts the script writes live results with.

use super::parts::HallSegment;
use crate::domain::Lang;
use crate::hall::{Poll, PollStatus, percentages};
use crate::i18n::{Formats, Translator};
use std::collections::BTreeMap;

/// How many fill patterns the page defines for the bars (`poll-pattern-0` …): each option
/// has its own, so the chart reads without colour.
pub const PATTERNS: usize = 8;

/// A poll as an attendee sees it.
pub struct PollView {
    pub id: i64,
    pub status: &'static str,
    pub open: bool,
    pub question: String,
    /// The language the texts are shown in (the page's, else the site's default).
    pub lang: String,
    /// The segment's title.
    pub segment: String,
    pub options: Vec<PollOptionView>,
    /// "12 votes".
    pub total: String,
    pub voted: bool,
    /// Why the attendee's last vote was refused (the page without JavaScript).
    pub error: Option<String>,
}

/// One option with its result.
pub struct PollOptionView {
    pub position: usize,
    pub label: String,
    /// Share of the votes, 0–100 (the bar's width).
    pub percent: i64,
    /// "5 votes · 42%", as every reader sees it.
    pub count_text: String,
    pub chosen: bool,
    pub pattern: usize,
}

/// The texts the script needs to write counts itself: "# votes" per plural category (for the
/// total, and for one answer, which says "0 votes" rather than "No votes yet"), and "#%"
/// (where the percent sign goes differs by language).
pub fn labels(tr: Translator<'_>) -> Vec<(&'static str, String)> {
    let mut labels: Vec<(&'static str, String)> = [
        ("votes-zero", 0),
        ("votes-one", 1),
        ("votes-two", 2),
        ("votes-few", 3),
        ("votes-many", 11),
        ("votes-other", 100),
    ]
    .into_iter()
    .map(|(category, sample)| (category, tr.t_count("hall-poll-votes", sample, "#")))
    .collect();
    labels.extend(
        [
            ("answer-zero", 0),
            ("answer-one", 1),
            ("answer-two", 2),
            ("answer-few", 3),
            ("answer-many", 11),
            ("answer-other", 100),
        ]
        .into_iter()
        .map(|(category, sample)| (category, tr.t_count("hall-poll-answer-votes", sample, "#"))),
    );
    labels.push(("percent", percent_text(tr, "#")));
    labels.push(("your-vote", tr.t("hall-poll-your-vote")));
    labels.push(("vote", tr.t("hall-poll-vote")));
    labels.push(("change", tr.t("hall-poll-change")));
    labels.push(("open", tr.t("hall-poll-open")));
    labels.push(("closed", tr.t("hall-poll-closed")));
    labels
}

/// Everything a poll view is built from.
pub(super) struct PollInputs<'a> {
    pub tr: Translator<'a>,
    pub formats: &'a Formats,
    pub lang: &'a Lang,
    pub default: &'a Lang,
    pub programme: &'a [HallSegment],
    /// The attendee's choice per poll.
    pub choices: &'a BTreeMap<i64, i64>,
    /// A refused vote: (poll, why).
    pub error: Option<&'a (i64, String)>,
}

/// The polls attendees see: open ones first, then closed ones, newest first in each.
pub(super) fn poll_views(polls: Vec<Poll>, inputs: &PollInputs<'_>) -> Vec<PollView> {
    let mut shown: Vec<Poll> = polls
        .into_iter()
        .filter(|p| p.status != PollStatus::Draft)
        .collect();
    shown.sort_by_key(|p| (p.status != PollStatus::Open, std::cmp::Reverse(p.id)));
    shown.iter().map(|p| poll_view(p, inputs)).collect()
}

fn poll_view(poll: &Poll, inputs: &PollInputs<'_>) -> PollView {
    let (tr, formats) = (inputs.tr, inputs.formats);
    let (shown_lang, text) = match poll.texts.in_lang(inputs.lang, inputs.default) {
        Some((l, t)) => (l.to_string(), Some(t)),
        None => (inputs.lang.to_string(), None),
    };
    let chosen = inputs.choices.get(&poll.id).copied();
    let shares = percentages(&poll.counts);
    let options = poll
        .counts
        .iter()
        .zip(shares)
        .enumerate()
        .map(|(position, (votes, percent))| PollOptionView {
            position,
            label: text
                .and_then(|t| t.options.get(position).cloned())
                .unwrap_or_default(),
            percent,
            count_text: count_text(tr, formats, *votes, percent),
            chosen: chosen == Some(position as i64),
            pattern: position % PATTERNS,
        })
        .collect();
    let total = poll.total();
    PollView {
        id: poll.id,
        status: poll.status.as_str(),
        open: poll.status == PollStatus::Open,
        question: text.map(|t| t.question.clone()).unwrap_or_default(),
        lang: shown_lang,
        segment: inputs
            .programme
            .iter()
            .find(|s| s.view.id == poll.segment.as_str())
            .map_or_else(|| poll.segment.to_string(), |s| s.view.title.clone()),
        options,
        total: tr.t_count("hall-poll-votes", total, &formats.number(total)),
        voted: chosen.is_some(),
        error: inputs
            .error
            .filter(|(id, _)| *id == poll.id)
            .map(|(_, why)| why.clone()),
    }
}

/// "5 votes · 42%" in the page's language and digits.
fn count_text(tr: Translator<'_>, formats: &Formats, votes: i64, percent: i64) -> String {
    format!(
        "{} · {}",
        tr.t_count("hall-poll-answer-votes", votes, &formats.number(votes)),
        percent_text(tr, &formats.number(percent))
    )
}

/// "42%" in the page's language, without the isolation marks Fluent puts around the
/// number: isolated, the sign no longer sticks to its number and, in Arabic or Urdu, lands
/// on the wrong side of it ("%42"). A number and a sign need no isolating.
pub fn percent_text(tr: Translator<'_>, shown: &str) -> String {
    tr.t_with("hall-poll-percent", "shown", shown)
        .replace(['\u{2068}', '\u{2069}'], "")
}
