//! Supporters (issue 16): people who asked to be kept informed about the campaign, by the
//! plain form at `/{lang}/updates` or by ticking the (unticked) box on the registration or
//! signature form. Nobody counts as a supporter until they follow the link mailed to them
//! (double opt-in); the sentence they agreed to is stored word for word with the time.

mod web;

pub use web::{opt_in, router};

use crate::domain::{CountryCode, EmailAddress, Lang};
use crate::registration::LinkKey;
use subtle::ConstantTimeEq;

/// Where the wish to be kept informed was expressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Form,
    Registration,
    Signature,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Form => "form",
            Source::Registration => "registration",
            Source::Signature => "signature",
        }
    }
}

/// Someone asking to be kept informed, checked.
#[derive(Clone, Debug)]
pub struct NewSupporter {
    pub email: EmailAddress,
    pub name: String,
    pub lang: Lang,
    pub country: Option<CountryCode>,
    pub source: Source,
    /// The consent sentence as shown to them.
    pub consent_text: String,
}

/// The id of the confirmation text the forms show next to the box (and store as agreed).
pub const CONSENT_TEXT_ID: &str = "supporters-consent";

const LINK_LABEL: &str = "convene/supporter-confirm/v1";

/// The token of a confirmation link: `{id}.{nonce}.{tag}`, the tag an HMAC of the rest.
pub fn confirm_token(key: &LinkKey, id: i64, nonce: &str) -> String {
    let tag = key.sign(LINK_LABEL, &format!("{id}.{nonce}"));
    format!("{id}.{nonce}.{tag}")
}

/// The supporter id and nonce of a confirmation token this server made.
pub fn verify_confirm_token(key: &LinkKey, token: &str) -> Option<(i64, String)> {
    let mut parts = token.split('.');
    let (id, nonce, tag) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let expected = key.sign(LINK_LABEL, &format!("{id}.{nonce}"));
    if !bool::from(tag.as_bytes().ct_eq(expected.as_bytes())) {
        return None;
    }
    Some((id.parse().ok()?, nonce.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_confirmation_token_opens_only_its_own_supporter() {
        let key = LinkKey::new(vec![7; 32]).expect("key");
        let token = confirm_token(&key, 42, "abc123");
        assert_eq!(
            verify_confirm_token(&key, &token),
            Some((42, "abc123".to_owned()))
        );
        let other = LinkKey::new(vec![8; 32]).expect("key");
        assert_eq!(verify_confirm_token(&other, &token), None);
        let forged = token.replacen("42.", "43.", 1);
        assert_eq!(verify_confirm_token(&key, &forged), None);
        assert_eq!(verify_confirm_token(&key, "42.abc123"), None);
    }
}
