//! Registration domain types.

use crate::domain::{CountryCode, EmailAddress, Lang, Slug, ZoneName};
use jiff::{SignedDuration, Timestamp};
use std::str::FromStr;

/// A person's name as they typed it: trimmed, 1–200 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonName(String);

/// Why a text is not a name we accept.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PersonNameError {
    #[error("please enter your name")]
    Empty,
    #[error("a name is at most 200 characters long")]
    TooLong,
    #[error("a name cannot contain control characters")]
    ControlCharacters,
}

impl PersonName {
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for PersonName {
    type Err = PersonNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.is_empty() {
            Err(PersonNameError::Empty)
        } else if s.chars().count() > 200 {
            Err(PersonNameError::TooLong)
        } else if s.chars().any(char::is_control) {
            Err(PersonNameError::ControlCharacters)
        } else {
            Ok(Self(s.to_owned()))
        }
    }
}

/// Where a registration stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Submitted; the confirmation link has not been followed. Holds no place.
    Pending,
    /// Holds a place.
    Confirmed,
    /// Confirmed after the places ran out; waiting in order.
    Waitlisted,
    /// A freed place is held for this person until the offer expires.
    Offered,
    /// Cancelled by the person.
    Cancelled,
    /// An offer or a confirmation link expired unused.
    Expired,
}

impl Status {
    /// Every status, in the order of a registration's life.
    pub const ALL: [Status; 6] = [
        Status::Pending,
        Status::Confirmed,
        Status::Waitlisted,
        Status::Offered,
        Status::Cancelled,
        Status::Expired,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Confirmed => "confirmed",
            Status::Waitlisted => "waitlisted",
            Status::Offered => "offered",
            Status::Cancelled => "cancelled",
            Status::Expired => "expired",
        }
    }

    /// Reads a stored name.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "pending" => Status::Pending,
            "confirmed" => Status::Confirmed,
            "waitlisted" => Status::Waitlisted,
            "offered" => Status::Offered,
            "cancelled" => Status::Cancelled,
            "expired" => Status::Expired,
            _ => return None,
        })
    }

    /// Whether the registration holds one of the event's places.
    pub fn holds_place(self) -> bool {
        matches!(self, Status::Confirmed | Status::Offered)
    }
}

/// A validated sign-up, before it is stored.
#[derive(Clone, Debug)]
pub struct NewRegistration {
    pub event: Slug,
    pub email: EmailAddress,
    pub name: PersonName,
    pub country: CountryCode,
    pub lang: Lang,
    pub time_zone: ZoneName,
}

/// A stored registration.
#[derive(Clone, Debug)]
pub struct Registration {
    pub id: i64,
    pub event: Slug,
    pub email: EmailAddress,
    pub name: String,
    pub country: String,
    pub lang: String,
    pub time_zone: String,
    pub status: Status,
    pub created_at: Timestamp,
    pub confirmed_at: Option<Timestamp>,
    pub waitlist_position: Option<i64>,
    pub offer_expires_at: Option<Timestamp>,
}

/// The mails the registration flow sends; each is one mail job.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailKind {
    /// "Please confirm your registration" with the confirmation link.
    Confirm,
    /// "Your place is confirmed" with the personal link and calendar file.
    Confirmed,
    /// "You are on the waitlist".
    Waitlisted,
    /// "A place is free for you until …".
    Offer,
    /// "Your registration is cancelled".
    Cancelled,
    /// "Your offer expired".
    Expired,
    /// "The conference starts soon" (at each of the event's reminder offsets).
    Reminder,
    /// Sent when someone registers an address that already holds a registration: the same
    /// page is shown either way, and the owner of the address gets their link again.
    AlreadyRegistered,
}

impl MailKind {
    /// The stored name (also the template folder's name).
    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::Confirm => "confirm",
            MailKind::Confirmed => "confirmed",
            MailKind::Waitlisted => "waitlisted",
            MailKind::Offer => "offer",
            MailKind::Cancelled => "cancelled",
            MailKind::Expired => "expired",
            MailKind::AlreadyRegistered => "already-registered",
            MailKind::Reminder => "reminder",
        }
    }

    /// Reads a stored name.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "confirm" => MailKind::Confirm,
            "confirmed" => MailKind::Confirmed,
            "waitlisted" => MailKind::Waitlisted,
            "offer" => MailKind::Offer,
            "cancelled" => MailKind::Cancelled,
            "expired" => MailKind::Expired,
            "already-registered" => MailKind::AlreadyRegistered,
            "reminder" => MailKind::Reminder,
            _ => return None,
        })
    }
}

/// What storing a sign-up did. The visitor sees the same page for every outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignUp {
    /// A new pending registration; a confirmation mail is queued.
    Created { id: i64 },
    /// The address was already registered; a mail was queued unless one went out recently.
    Existing { id: i64, mailed: bool },
}

/// What following a confirmation link did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirmation {
    Confirmed {
        id: i64,
    },
    Waitlisted {
        id: i64,
        position: i64,
    },
    /// The link was used before; nothing changed (a retry gets the same answer).
    AlreadyConfirmed {
        id: i64,
        status: Status,
    },
    /// The link is older than its lifetime.
    Expired,
    /// No such link.
    Unknown,
}

/// Places of an event as the public sees them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Places {
    pub capacity: Option<i64>,
    pub held: i64,
}

impl Places {
    /// Places left (`None`: unlimited).
    pub fn left(&self) -> Option<i64> {
        self.capacity.map(|c| (c - self.held).max(0))
    }
}

/// One sign-up waiting to be stored.
#[derive(Clone, Debug)]
pub struct SignUpRequest {
    pub new: NewRegistration,
    pub confirm_nonce: String,
    pub access_nonce: String,
    pub now: Timestamp,
}

/// Lifetimes the registration flow works with (from configuration).
#[derive(Clone, Copy, Debug)]
pub struct Lifetimes {
    /// How long a confirmation link works.
    pub confirm_link: SignedDuration,
    /// How long a freed place is held for the next person on the waitlist.
    pub offer: SignedDuration,
    /// The least time between two mails to one registration caused by repeated sign-ups.
    pub resend_after: SignedDuration,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            "  Amal Haddad ".parse::<PersonName>().map(|n| n.0),
            Ok("Amal Haddad".to_owned())
        );
        assert_eq!("   ".parse::<PersonName>(), Err(PersonNameError::Empty));
        assert_eq!(
            "a\u{0}b".parse::<PersonName>(),
            Err(PersonNameError::ControlCharacters)
        );
        assert_eq!(
            "x".repeat(201).parse::<PersonName>(),
            Err(PersonNameError::TooLong)
        );
        assert!("فاطمة الزهراء".parse::<PersonName>().is_ok());
    }

    #[test]
    fn statuses_and_mail_kinds_round_trip() {
        for s in [
            Status::Pending,
            Status::Confirmed,
            Status::Waitlisted,
            Status::Offered,
            Status::Cancelled,
            Status::Expired,
        ] {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        for k in [
            MailKind::Confirm,
            MailKind::Confirmed,
            MailKind::Waitlisted,
            MailKind::Offer,
            MailKind::Cancelled,
            MailKind::Expired,
            MailKind::AlreadyRegistered,
        ] {
            assert_eq!(MailKind::parse(k.as_str()), Some(k));
        }
    }

    #[test]
    fn places_left_never_goes_negative() {
        assert_eq!(
            Places {
                capacity: Some(5),
                held: 7
            }
            .left(),
            Some(0)
        );
        assert_eq!(
            Places {
                capacity: None,
                held: 7
            }
            .left(),
            None
        );
    }
}
