//! Unsubscribing without an account or a stored address: the database keeps an HMAC of the
//! lower-case address ([`address_hash`]), and the link in each message carries that hash with
//! a second HMAC over it, so only this server can make a link and a link names no address.

use crate::registration::LinkKey;
use subtle::ConstantTimeEq;

const ADDRESS_LABEL: &str = "convene/unsubscribe-address/v1";
const LINK_LABEL: &str = "convene/unsubscribe-link/v1";
/// Hex digits of the link's tag.
const TAG_LEN: usize = 32;

/// What the database keeps of an address that unsubscribed.
pub fn address_hash(key: &LinkKey, email_key: &str) -> String {
    key.sign(ADDRESS_LABEL, &email_key.to_lowercase())
}

/// The token of an unsubscribe link, checked: it was made by this server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnsubscribeToken {
    address_hash: String,
}

impl UnsubscribeToken {
    /// The token for `email_key`'s messages.
    pub fn for_address(key: &LinkKey, email_key: &str) -> String {
        let hash = address_hash(key, email_key);
        let tag = &key.sign(LINK_LABEL, &hash)[..TAG_LEN];
        format!("{hash}.{tag}")
    }

    /// A token from a link, if this server made it.
    pub fn verify(key: &LinkKey, token: &str) -> Option<Self> {
        let (hash, tag) = token.split_once('.')?;
        let expected = key.sign(LINK_LABEL, hash);
        let matches = tag.len() == TAG_LEN
            && bool::from(tag.as_bytes().ct_eq(&expected.as_bytes()[..TAG_LEN]));
        matches.then(|| Self {
            address_hash: hash.to_owned(),
        })
    }

    /// The stored form of the address it was made for.
    pub fn address_hash(&self) -> &str {
        &self.address_hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> LinkKey {
        LinkKey::new(vec![byte; 32]).expect("key")
    }

    #[test]
    fn a_link_made_here_names_the_address_hash_and_nothing_else_passes() {
        let token = UnsubscribeToken::for_address(&key(1), "Amal@Example.org");
        assert!(!token.contains("amal"));
        let verified = UnsubscribeToken::verify(&key(1), &token).expect("made here");
        assert_eq!(
            verified.address_hash(),
            address_hash(&key(1), "amal@example.org")
        );
        assert_eq!(UnsubscribeToken::verify(&key(2), &token), None);
        let (hash, _) = token.split_once('.').expect("dot");
        assert_eq!(
            UnsubscribeToken::verify(&key(1), &format!("{hash}.{}", "0".repeat(TAG_LEN))),
            None
        );
        assert_eq!(UnsubscribeToken::verify(&key(1), hash), None);
        assert_eq!(UnsubscribeToken::verify(&key(1), ""), None);
    }
}
