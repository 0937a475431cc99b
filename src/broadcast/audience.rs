//! Whom a broadcast is for.

use crate::domain::{CountryCode, Lang, Slug};
use crate::registration::Status;
use serde::{Deserialize, Serialize};

/// Which of an event's registrants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Which {
    /// Everyone holding or waiting for a place (confirmed, waitlisted, offered a place).
    /// Registrations never confirmed by their address are left out: nobody showed that
    /// address is theirs.
    All,
    /// Those with a place.
    Confirmed,
    /// Those waiting for one (offered a place included).
    Waitlisted,
}

impl Which {
    pub const ALL: [Which; 3] = [Which::All, Which::Confirmed, Which::Waitlisted];

    pub fn as_str(self) -> &'static str {
        match self {
            Which::All => "all",
            Which::Confirmed => "confirmed",
            Which::Waitlisted => "waitlisted",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Which::ALL.into_iter().find(|w| w.as_str() == s)
    }

    /// The registration statuses this covers.
    pub fn statuses(self) -> &'static [Status] {
        match self {
            Which::All => &[Status::Confirmed, Status::Waitlisted, Status::Offered],
            Which::Confirmed => &[Status::Confirmed],
            Which::Waitlisted => &[Status::Waitlisted, Status::Offered],
        }
    }
}

/// The people a broadcast goes to: one event's registrants narrowed by status, the
/// confirmed supporters, or the confirmed signatories of one letter who ticked "keep me
/// informed about this letter"; each, when given, only those of a language and a country.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "to", rename_all = "kebab-case")]
pub enum Audience {
    Registrants {
        event: Slug,
        which: Which,
        lang: Option<Lang>,
        country: Option<CountryCode>,
    },
    Supporters {
        lang: Option<Lang>,
        country: Option<CountryCode>,
    },
    Signatories {
        letter: Slug,
        lang: Option<Lang>,
        country: Option<CountryCode>,
    },
}

impl Audience {
    /// Only people reading this language, if set.
    pub fn lang(&self) -> Option<&Lang> {
        match self {
            Audience::Registrants { lang, .. }
            | Audience::Supporters { lang, .. }
            | Audience::Signatories { lang, .. } => lang.as_ref(),
        }
    }

    /// Only people of this country, if set.
    pub fn country(&self) -> Option<&CountryCode> {
        match self {
            Audience::Registrants { country, .. }
            | Audience::Supporters { country, .. }
            | Audience::Signatories { country, .. } => country.as_ref(),
        }
    }
}

/// Whom one message of a broadcast is for: a registration, a supporter or a signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecipientId {
    Registration(i64),
    Supporter(i64),
    Signature(i64),
}

/// One person a broadcast is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub id: RecipientId,
    /// The address in lower case (what unsubscribing is keyed on).
    pub email_key: String,
    pub lang: String,
}
