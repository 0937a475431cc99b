//! The hall's domain: questions, their text and status, and the numbered updates that
//! reach attendees and moderators.

use crate::domain::{Lang, Slug};
use jiff::Timestamp;
use serde::Serialize;

/// The longest question, in characters.
pub const MAX_QUESTION_CHARS: usize = 500;
/// The longest announcement, in characters.
pub const MAX_ANNOUNCEMENT_CHARS: usize = 1000;

/// Where a question stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionStatus {
    /// Asked, waiting for a moderator; only its asker and the moderators see it.
    Pending,
    /// Shown to everyone; attendees can vote for it.
    Approved,
    /// Shown to everyone, marked as answered.
    Answered,
    /// Taken off the hall by a moderator.
    Hidden,
}

impl QuestionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionStatus::Pending => "pending",
            QuestionStatus::Approved => "approved",
            QuestionStatus::Answered => "answered",
            QuestionStatus::Hidden => "hidden",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            QuestionStatus::Pending,
            QuestionStatus::Approved,
            QuestionStatus::Answered,
            QuestionStatus::Hidden,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }

    /// Whether every attendee sees a question in this state.
    pub fn is_public(self) -> bool {
        matches!(self, QuestionStatus::Approved | QuestionStatus::Answered)
    }
}

/// A question from the hall.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: i64,
    pub event: Slug,
    /// The registration that asked it (never shown to other attendees).
    pub asker: i64,
    pub lang: Lang,
    pub text: String,
    pub status: QuestionStatus,
    pub pinned: bool,
    pub votes: i64,
    pub asked_at: Timestamp,
}

/// What an update says about a question (no asker: attendees never learn who asked).
#[derive(Serialize)]
struct QuestionPayload<'a> {
    id: i64,
    lang: &'a str,
    text: &'a str,
    status: QuestionStatus,
    pinned: bool,
    votes: i64,
    asked_at: i64,
}

impl Question {
    /// The question as the JSON of an update.
    pub fn payload(&self) -> String {
        serde_json::to_string(&QuestionPayload {
            id: self.id,
            lang: self.lang.as_str(),
            text: &self.text,
            status: self.status,
            pinned: self.pinned,
            votes: self.votes,
            asked_at: self.asked_at.as_millisecond(),
        })
        .unwrap_or_default()
    }

    /// Who is told about this question in its current state (a hidden one: see
    /// [`Question::hidden_update`]).
    pub fn audience(&self) -> Audience {
        match self.status {
            QuestionStatus::Approved | QuestionStatus::Answered => Audience::All,
            QuestionStatus::Hidden | QuestionStatus::Pending => Audience::Asker(self.asker),
        }
    }

    /// The update that takes a question off the hall: only its number, never its text, and
    /// only to those who could see it (everyone if it was shown, else its asker).
    pub fn hidden_update(&self, was_public: bool) -> (Audience, String) {
        let audience = if was_public {
            Audience::All
        } else {
            Audience::Asker(self.asker)
        };
        let payload = serde_json::json!({ "id": self.id, "status": "hidden" }).to_string();
        (audience, payload)
    }
}

/// The hall's order of questions: pinned first, then open questions by votes, then answered
/// ones; ties oldest first.
pub fn sort_questions(questions: &mut [Question]) {
    questions.sort_by_key(|q| {
        (
            !q.pinned,
            q.status == QuestionStatus::Answered,
            q.status != QuestionStatus::Pending,
            -q.votes,
            q.id,
        )
    });
}

/// Plain text of a question or announcement: trimmed, without control characters (line
/// breaks kept), between 1 and `max` characters. Never HTML: pages escape it, scripts set it
/// as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlainText(String);

/// Why a text was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlainTextError {
    #[error("the text is empty")]
    Empty,
    #[error("the text is longer than {0} characters")]
    TooLong(usize),
}

impl PlainText {
    pub fn parse(text: &str, max: usize) -> Result<Self, PlainTextError> {
        let cleaned: String = text
            .replace("\r\n", "\n")
            .chars()
            .filter(|c| *c == '\n' || !c.is_control())
            .collect();
        let trimmed = cleaned.trim();
        if trimmed.is_empty() {
            Err(PlainTextError::Empty)
        } else if trimmed.chars().count() > max {
            Err(PlainTextError::TooLong(max))
        } else {
            Ok(Self(trimmed.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Who receives an update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Every attendee and moderator.
    All,
    /// Moderators only.
    Moderators,
    /// Moderators and one attendee (their own pending question).
    Asker(i64),
}

impl Audience {
    /// Whether a viewer (an attendee's registration, or a moderator) receives it.
    pub fn includes(self, viewer: Viewer) -> bool {
        match (self, viewer) {
            (Audience::All, _) | (_, Viewer::Moderator) => true,
            (Audience::Asker(asker), Viewer::Attendee(id)) => asker == id,
            (Audience::Moderators, Viewer::Attendee(_)) => false,
        }
    }
}

/// Who is watching a stream of updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewer {
    Attendee(i64),
    Moderator,
}

/// The kinds of update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateKind {
    /// A question asked, changed or voted for; payload: the question.
    Question,
    /// From the organisers to everyone; payload: `{id, text, texts, main, at}` (see
    /// `announcements::announcement_payload`).
    Announcement,
    /// An announcement withdrawn: it leaves every open hall; payload: `{id}`.
    AnnouncementWithdrawn,
    /// The segment made live by hand; payload: `{segment, since}` (both null: the schedule).
    Segment,
    /// An attendee's link was revoked; their open streams end.
    Revoked,
    /// A poll opened or closed; payload: the poll, its texts and counts.
    Poll,
    /// A poll's counts changed (at most about one a second per poll); payload:
    /// `{id, counts, total}`.
    PollCounts,
    /// A caption line, or the correction of one (same id); payload: `{id, lang, text, at}`.
    /// Sent only to streams that chose its language.
    Caption,
}

impl UpdateKind {
    pub fn as_str(self) -> &'static str {
        match self {
            UpdateKind::Question => "question",
            UpdateKind::Announcement => "announcement",
            UpdateKind::AnnouncementWithdrawn => "announcement-withdrawn",
            UpdateKind::Segment => "segment",
            UpdateKind::Revoked => "revoked",
            UpdateKind::Poll => "poll",
            UpdateKind::PollCounts => "poll-counts",
            UpdateKind::Caption => "caption",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            UpdateKind::Question,
            UpdateKind::Announcement,
            UpdateKind::AnnouncementWithdrawn,
            UpdateKind::Segment,
            UpdateKind::Revoked,
            UpdateKind::Poll,
            UpdateKind::PollCounts,
            UpdateKind::Caption,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

/// One numbered update of an event's hall.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HallUpdate {
    pub event: Slug,
    /// Numbered from 1 per event, in commit order, without gaps.
    pub seq: i64,
    pub audience: Audience,
    pub kind: UpdateKind,
    /// JSON.
    pub payload: String,
}

/// The segment an organiser made live by hand, and since when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveChoice {
    pub segment: Slug,
    pub since: Timestamp,
}

/// What a moderator does to a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moderation {
    Approve,
    Hide,
    Answered,
    Pin,
    Unpin,
}

impl Moderation {
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "approve" => Moderation::Approve,
            "hide" => Moderation::Hide,
            "answered" => Moderation::Answered,
            "pin" => Moderation::Pin,
            "unpin" => Moderation::Unpin,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Moderation::Approve => "approve",
            Moderation::Hide => "hide",
            Moderation::Answered => "answered",
            Moderation::Pin => "pin",
            Moderation::Unpin => "unpin",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_trimmed_cleaned_and_bounded() {
        let text = PlainText::parse("  Where \u{7}is\r\nthe water?  ", 50)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(text.as_str(), "Where is\nthe water?");
        assert_eq!(PlainText::parse(" \n\t ", 50), Err(PlainTextError::Empty));
        assert_eq!(
            PlainText::parse(&"م".repeat(11), 10),
            Err(PlainTextError::TooLong(10))
        );
        assert!(PlainText::parse(&"م".repeat(10), 10).is_ok());
    }

    #[test]
    fn a_hidden_question_is_withdrawn_without_its_text() {
        let question = Question {
            id: 9,
            event: "water".parse().unwrap_or_else(|e| panic!("{e:?}")),
            asker: 4,
            lang: "ar".parse().unwrap_or_else(|e| panic!("{e:?}")),
            text: "Something personal".to_owned(),
            status: QuestionStatus::Hidden,
            pinned: false,
            votes: 0,
            asked_at: jiff::Timestamp::UNIX_EPOCH,
        };
        let (audience, payload) = question.hidden_update(false);
        assert_eq!(audience, Audience::Asker(4));
        assert!(!payload.contains("personal"), "{payload}");
        assert_eq!(question.hidden_update(true).0, Audience::All);
    }

    #[test]
    fn pending_questions_reach_only_their_asker_and_moderators() {
        let pending = Audience::Asker(7);
        assert!(pending.includes(Viewer::Attendee(7)));
        assert!(!pending.includes(Viewer::Attendee(8)));
        assert!(pending.includes(Viewer::Moderator));
        assert!(!Audience::Moderators.includes(Viewer::Attendee(7)));
        assert!(Audience::All.includes(Viewer::Attendee(8)));
    }
}
