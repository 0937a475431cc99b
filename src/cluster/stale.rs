//! Pages gone stale, as one instance tells the others: the message names what changed, never
//! its content (each instance reads that from the database), so NATS carries nothing that
//! needs trusting, and a lost message only leaves the work to the poll.

use crate::domain::Slug;

/// The subject every instance publishes and follows page invalidations on.
pub(super) const SUBJECT: &str = "convene.pages";

/// What changed, so which cached pages are stale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stale {
    /// The content moved to this revision: every page. (Receivers read the revision from
    /// the database: the number only makes the message readable.)
    Content(i64),
    /// An event's places changed: its page (which shows places left).
    Places(Slug),
    /// Signatures of an open letter were confirmed, withdrawn or moderated: the posts.
    Signatures,
}

impl Stale {
    /// The message: `<instance> content <revision>`, `<instance> places <event>` or
    /// `<instance> signatures`.
    pub(super) fn encode(&self, instance: &str) -> String {
        match self {
            Stale::Content(revision) => format!("{instance} content {revision}"),
            Stale::Places(event) => format!("{instance} places {event}"),
            Stale::Signatures => format!("{instance} signatures"),
        }
    }

    /// A message from another instance than `own`; `None` for this instance's own messages
    /// and anything malformed.
    pub(super) fn decode(payload: &[u8], own: &str) -> Option<Self> {
        let text = std::str::from_utf8(payload).ok()?;
        let mut words = text.split(' ');
        let from = words.next()?;
        if from == own {
            return None;
        }
        let stale = match (words.next()?, words.next()) {
            ("content", Some(revision)) => Stale::Content(revision.parse().ok()?),
            ("places", Some(event)) => Stale::Places(event.parse().ok()?),
            ("signatures", None) => Stale::Signatures,
            _ => return None,
        };
        words.next().is_none().then_some(stale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_reads_back_from_another_instance_only() {
        let kinds = [
            Stale::Content(42),
            Stale::Places("water-for-every-home-2026".parse().expect("slug")),
            Stale::Signatures,
        ];
        for stale in kinds {
            let message = stale.encode("aaaa");
            assert_eq!(Stale::decode(message.as_bytes(), "bbbb"), Some(stale));
            assert_eq!(Stale::decode(message.as_bytes(), "aaaa"), None, "own");
        }
    }

    #[test]
    fn malformed_messages_are_ignored() {
        for bad in [
            "",
            "aaaa",
            "aaaa content",
            "aaaa content x",
            "aaaa places Not A Slug",
            "aaaa places ../etc",
            "aaaa signatures extra",
            "aaaa content 1 2",
            "aaaa other 1",
        ] {
            assert_eq!(Stale::decode(bad.as_bytes(), "bbbb"), None, "{bad:?}");
        }
        assert_eq!(Stale::decode(&[0xff, 0xfe], "bbbb"), None);
    }
}
