//! `CountryCode`: an ISO 3166-1 alpha-2 code.

use std::str::FromStr;

/// Two uppercase ASCII letters, e.g. `LB`. (Whether the code is assigned is not checked: the
/// list changes, and a wrong code only shows as itself.)
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode(String);

/// Why a text is not a country code.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0:?} is not a two-letter country code such as \"LB\" or \"PK\"")]
pub struct CountryCodeError(String);

impl CountryCode {
    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The flag emoji of the country (regional indicator symbols).
    pub fn flag(&self) -> String {
        self.0
            .chars()
            .filter_map(|c| char::from_u32(0x1F1E6 + (c as u32 - 'A' as u32)))
            .collect()
    }
}

impl FromStr for CountryCode {
    type Err = CountryCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(Self(s.to_ascii_uppercase()))
        } else {
            Err(CountryCodeError(s.to_owned()))
        }
    }
}

super::string_serde!(CountryCode);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_two_letters_in_any_case() {
        assert_eq!(
            "pk".parse::<CountryCode>().map(|c| c.0),
            Ok("PK".to_owned())
        );
        assert_eq!(
            "LB".parse::<CountryCode>().map(|c| c.flag()),
            Ok("🇱🇧".to_owned())
        );
    }

    #[test]
    fn rejects_other_lengths_and_characters() {
        for bad in ["", "L", "LBN", "1A", "é"] {
            assert!(bad.parse::<CountryCode>().is_err());
        }
    }
}
