//! The links in registration mail: `{id}.{nonce}.{mac}`.
//!
//! The nonce is 128 random bits stored with the registration; the MAC is an HMAC-SHA256 over
//! the link's purpose, id and nonce with the server's secret key. The database therefore never
//! holds a working link (a copy of it opens nothing without the key), a link for one purpose
//! cannot be used for another, and single use is enforced by clearing or rotating the nonce.

use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretSlice};
use sha2::Sha256;

/// What a link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Confirming a sign-up (single use, expires).
    Confirm,
    /// The personal page: status, calendar file, cancel, the hall.
    Access,
    /// Confirming a signature of an open letter (single use, expires).
    SignatureConfirm,
    /// Withdrawing a signature.
    SignatureAccess,
}

impl Purpose {
    fn label(self) -> &'static [u8] {
        match self {
            Purpose::Confirm => b"convene/confirm/v1",
            Purpose::Access => b"convene/access/v1",
            Purpose::SignatureConfirm => b"convene/signature-confirm/v1",
            Purpose::SignatureAccess => b"convene/signature-access/v1",
        }
    }
}

/// The server's secret for signing links (and CSRF tokens).
#[derive(Clone)]
pub struct LinkKey(std::sync::Arc<SecretSlice<u8>>);

impl std::fmt::Debug for LinkKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkKey([redacted])")
    }
}

/// A link that parsed and whose MAC is right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifiedLink {
    pub id: i64,
    pub nonce: String,
}

impl LinkKey {
    /// Wraps key bytes (at least 32).
    pub fn new(bytes: Vec<u8>) -> Option<Self> {
        (bytes.len() >= 32).then(|| Self(std::sync::Arc::new(SecretSlice::from(bytes))))
    }

    /// A fresh random key.
    pub fn generate() -> Self {
        Self(std::sync::Arc::new(SecretSlice::from(
            rand::random::<[u8; 32]>().to_vec(),
        )))
    }

    fn mac(&self, purpose: Purpose, id: i64, nonce: &str) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.0.expose_secret())
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(purpose.label());
        mac.update(&id.to_be_bytes());
        mac.update(nonce.as_bytes());
        mac
    }

    /// The link token for a registration.
    pub fn token(&self, purpose: Purpose, id: i64, nonce: &str) -> String {
        let tag = self.mac(purpose, id, nonce).finalize().into_bytes();
        format!("{id}.{nonce}.{}", hex::encode(&tag[..16]))
    }

    /// Checks a token's form and MAC (in constant time); the caller then checks the nonce
    /// against storage.
    pub fn verify(&self, purpose: Purpose, token: &str) -> Option<VerifiedLink> {
        let mut parts = token.split('.');
        let (id, nonce, tag) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some()
            || nonce.len() != 32
            || !nonce.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return None;
        }
        // Only the spelling `token` writes: `+2` or `02` would otherwise open the link of 2,
        // and a tag in capitals would be a second valid form of the same link.
        if !tag.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return None;
        }
        let id = id.parse::<crate::domain::PositiveNumber>().ok()?;
        let id = i64::try_from(id.get()).ok()?;
        let tag = hex::decode(tag).ok()?;
        self.mac(purpose, id, nonce)
            .verify_truncated_left(&tag)
            .ok()?;
        (tag.len() == 16).then(|| VerifiedLink {
            id,
            nonce: nonce.to_owned(),
        })
    }

    /// A MAC over arbitrary text under a label (for CSRF tokens).
    pub fn sign(&self, label: &str, text: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.0.expose_secret())
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(label.as_bytes());
        mac.update(&[0]);
        mac.update(text.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..16])
    }

    /// Checks [`LinkKey::sign`]'s output in constant time.
    pub fn check(&self, label: &str, text: &str, signature: &str) -> bool {
        let Ok(tag) = hex::decode(signature) else {
            return false;
        };
        if tag.len() != 16 {
            return false;
        }
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.0.expose_secret())
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(label.as_bytes());
        mac.update(&[0]);
        mac.update(text.as_bytes());
        mac.verify_truncated_left(&tag).is_ok()
    }
}

/// 128 random bits as 32 hex digits.
pub fn new_nonce() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_only_for_its_purpose_and_key() {
        let key = LinkKey::generate();
        let nonce = new_nonce();
        let token = key.token(Purpose::Confirm, 42, &nonce);
        assert_eq!(
            key.verify(Purpose::Confirm, &token),
            Some(VerifiedLink {
                id: 42,
                nonce: nonce.clone()
            })
        );
        assert_eq!(key.verify(Purpose::Access, &token), None, "wrong purpose");
        assert_eq!(
            LinkKey::generate().verify(Purpose::Confirm, &token),
            None,
            "wrong key"
        );
        let tampered = token.replacen("42.", "43.", 1);
        assert_eq!(key.verify(Purpose::Confirm, &tampered), None, "other id");
        for junk in [
            "",
            "1.2.3",
            "x.y.z",
            &format!("{token}.extra"),
            "-1.00000000000000000000000000000000.00",
        ] {
            assert_eq!(key.verify(Purpose::Confirm, junk), None, "{junk:?}");
        }
        // The right MAC for 42 under another spelling of 42.
        for spelling in ["+42", "042", "0042"] {
            let junk = token.replacen("42.", &format!("{spelling}."), 1);
            assert_eq!(key.verify(Purpose::Confirm, &junk), None, "{junk:?}");
        }
    }

    #[test]
    fn signatures_check_in_both_directions() {
        let key = LinkKey::generate();
        let sig = key.sign("csrf", "abc");
        assert!(key.check("csrf", "abc", &sig));
        assert!(!key.check("csrf", "abd", &sig));
        assert!(!key.check("other", "abc", &sig));
        assert!(!key.check("csrf", "abc", "00"));
    }

    #[test]
    fn nonces_are_128_bits_and_differ() {
        let (a, b) = (new_nonce(), new_nonce());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }
}
