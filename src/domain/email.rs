//! `EmailAddress`: a plausible mailbox address.

use std::str::FromStr;

/// `local@domain` with a dotted domain, no spaces or angle brackets, at most 254 characters.
/// Deliverability is proven by the confirmation mail, not by syntax.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

/// Why a text is not an e-mail address.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("this is not an e-mail address such as name@example.org")]
pub struct EmailAddressError;

impl EmailAddress {
    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before `@`.
    pub fn local_part(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(l, _)| l)
    }

    /// The part after `@`.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, d)| d)
    }
}

/// Addresses are personal data: never print them whole in logs.
impl std::fmt::Debug for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EmailAddress(…@{})", self.domain())
    }
}

impl FromStr for EmailAddress {
    type Err = EmailAddressError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (local, domain) = s.rsplit_once('@').ok_or(EmailAddressError)?;
        let bad_char = |c: char| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"".contains(c);
        let ok = !local.is_empty()
            && local.len() <= 64
            && s.len() <= 254
            && !local.contains(bad_char)
            && !local.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(EmailAddressError)
        }
    }
}

impl serde::Serialize for EmailAddress {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for EmailAddress {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = <String as serde::Deserialize>::deserialize(d)?;
        raw.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        for ok in ["a@b.org", "first.last+tag@sub.example.co.uk", "  x@y.io "] {
            assert!(ok.parse::<EmailAddress>().is_ok(), "{ok:?}");
        }
    }

    #[test]
    fn rejects_malformed_addresses() {
        for bad in [
            "",
            "a",
            "a@b",
            "@b.org",
            "a@.org",
            "a@b..org",
            "a b@c.org",
            "<a@b.org>",
            "a@b.org.",
        ] {
            assert!(bad.parse::<EmailAddress>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn debug_output_hides_the_mailbox() {
        let e: EmailAddress = "secret.person@example.org".parse().expect("valid");
        assert!(!format!("{e:?}").contains("secret.person"));
    }
}
