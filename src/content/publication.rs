//! Where one language version of a post or an event stands: a draft, scheduled for an
//! instant, or published; and how that reads in a content file's front matter
//! (`draft = true`, `publish_at = …`).

use jiff::Timestamp;
use serde::{Deserialize, Deserializer, Serialize};

/// Where one language version stands. Content without it is published.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "state", content = "at")]
pub enum Publication {
    /// Not on the public site (nor in feeds, the sitemap or search).
    Draft,
    /// Public from this instant on (and not before the post's own day).
    Scheduled(Timestamp),
    /// Public with the post or event.
    #[default]
    Published,
}

impl Publication {
    /// The state a language file's front matter gives: `draft` wins over `publish_at` (an
    /// import refuses the two together).
    pub fn from_front(draft: bool, publish_at: Option<Timestamp>) -> Self {
        match (draft, publish_at) {
            (true, _) => Publication::Draft,
            (false, Some(at)) => Publication::Scheduled(at),
            (false, None) => Publication::Published,
        }
    }

    /// `draft = true` in the front matter.
    pub fn is_draft(&self) -> bool {
        *self == Publication::Draft
    }

    /// `publish_at = …` in the front matter.
    pub fn publish_at(&self) -> Option<Timestamp> {
        match self {
            Publication::Scheduled(at) => Some(*at),
            _ => None,
        }
    }

    /// Whether this is the default, published state.
    pub fn is_published(&self) -> bool {
        *self == Publication::Published
    }

    /// When the version becomes public, given that what it belongs to is public from
    /// `from`: `None` for a draft.
    pub fn public_from(&self, from: Timestamp) -> Option<Timestamp> {
        match self {
            Publication::Draft => None,
            Publication::Published => Some(from),
            Publication::Scheduled(at) => Some(from.max(*at)),
        }
    }
}

/// Reads a stored state, or the `"draft": true` an event text was stored with before it
/// could be scheduled (so a draft saved then stays a draft).
pub(super) fn stored<'de, D: Deserializer<'de>>(d: D) -> Result<Publication, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Stored {
        Draft(bool),
        State(Publication),
    }
    Ok(match Stored::deserialize(d)? {
        Stored::Draft(draft) => Publication::from_front(draft, None),
        Stored::State(state) => state,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Text {
        #[serde(default, alias = "draft", deserialize_with = "stored")]
        publication: Publication,
    }

    fn read(json: &str) -> Publication {
        serde_json::from_str::<Text>(json)
            .unwrap_or_else(|e| panic!("{e}"))
            .publication
    }

    #[test]
    fn an_event_text_stored_as_a_draft_before_scheduling_stays_a_draft() {
        assert_eq!(read(r#"{"draft":true}"#), Publication::Draft);
        assert_eq!(read(r#"{"draft":false}"#), Publication::Published);
        assert_eq!(read("{}"), Publication::Published);
        let at: Timestamp = "2026-12-01T06:00:00Z"
            .parse()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            read(r#"{"publication":{"state":"scheduled","at":"2026-12-01T06:00:00Z"}}"#),
            Publication::Scheduled(at)
        );
        assert_eq!(
            Publication::Scheduled(at).public_from(Timestamp::MIN),
            Some(at)
        );
        assert_eq!(Publication::Draft.public_from(Timestamp::MIN), None);
    }
}
