//! Signatures of open letters, as the rest of the application sees them.

use crate::domain::{CountryCode, EmailAddress, Lang, Slug};
use jiff::Timestamp;

/// A signature as given in the form, validated.
#[derive(Clone, Debug)]
pub struct NewSignature {
    pub post: Slug,
    pub email: EmailAddress,
    pub name: String,
    pub country: CountryCode,
    pub organisation: Option<String>,
    /// Whether the name may be listed publicly.
    pub show_name: bool,
    pub lang: Lang,
    /// Held for a moderator (its network signed unusually often).
    pub flagged: bool,
    /// "Keep me informed about this letter", ticked: the sentence as the person saw it.
    pub updates_consent: Option<String>,
}

/// Whether a signature counts yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureStatus {
    /// Waiting for the signer to follow the link in their mail.
    Pending,
    /// Counted (and listed, if the signer agreed).
    Confirmed,
}

impl SignatureStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureStatus::Pending => "pending",
            SignatureStatus::Confirmed => "confirmed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pending" => Some(SignatureStatus::Pending),
            "confirmed" => Some(SignatureStatus::Confirmed),
            _ => None,
        }
    }
}

/// A stored signature.
#[derive(Clone, Debug)]
pub struct Signature {
    pub id: i64,
    pub post: Slug,
    pub email: EmailAddress,
    pub name: String,
    pub country: CountryCode,
    pub organisation: Option<String>,
    pub show_name: bool,
    pub lang: Lang,
    pub status: SignatureStatus,
    pub created_at: Timestamp,
    pub confirmed_at: Option<Timestamp>,
    /// Waiting for a moderator: not counted or listed yet.
    pub flagged: bool,
}

/// The random parts of a signature's links.
#[derive(Clone, Debug)]
pub struct SignatureNonces {
    pub confirm: Option<String>,
    pub access: String,
}

/// What storing a signature did; the visitor sees the same page either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOutcome {
    /// A new pending signature; a confirmation mail is queued.
    Created { id: i64 },
    /// The address had signed (or started to): `mailed` says whether its link was sent again.
    Existing { id: i64, mailed: bool },
}

/// What following a confirmation link did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureConfirmation {
    /// Counted now.
    Confirmed,
    /// Had been confirmed before (a second click).
    AlreadyConfirmed,
    /// The link is unknown, used up or expired.
    Invalid,
}

/// A signature as the public list shows it: never an address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicSignature {
    pub name: String,
    pub country: CountryCode,
    pub organisation: Option<String>,
}

/// The mail a signature can cause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureMail {
    /// "Please confirm your signature" with the confirmation link.
    Confirm,
    /// "Thank you, your signature counts" with the link to withdraw it.
    Confirmed,
}

impl SignatureMail {
    /// The stored name (also the mail's message-id prefix in the catalog).
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureMail::Confirm => "signature-confirm",
            SignatureMail::Confirmed => "signature-confirmed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "signature-confirm" => Some(SignatureMail::Confirm),
            "signature-confirmed" => Some(SignatureMail::Confirmed),
            _ => None,
        }
    }
}
