//! `CountryCode`: an assigned ISO 3166-1 alpha-2 code, from the one list in `iso3166.txt`.

use std::str::FromStr;

/// Every ISO 3166-1 territory (all assigned alpha-2 codes), kept as data with its source.
const LIST: &str = include_str!("iso3166.txt");

/// The codes of [`LIST`], in the file's order (by code).
fn codes() -> impl Iterator<Item = &'static str> {
    LIST.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// An assigned ISO 3166-1 alpha-2 code in uppercase, e.g. `LB`: any country or territory can
/// take part, and nothing else is stored.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode(String);

/// Why a text is not a country code.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0:?} is not an ISO 3166-1 country code such as \"LB\" or \"PK\"")]
pub struct CountryCodeError(String);

impl CountryCode {
    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Every assigned code, by code.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        codes().map(|c| CountryCode(c.to_owned()))
    }
}

impl FromStr for CountryCode {
    type Err = CountryCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let upper = s.to_ascii_uppercase();
        if s.len() == 2 && codes().any(|c| c == upper) {
            Ok(Self(upper))
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
            "Lb".parse::<CountryCode>().map(|c| c.0),
            Ok("LB".to_owned())
        );
    }

    #[test]
    fn knows_all_249_territories_including_those_the_old_list_left_out() {
        assert_eq!(CountryCode::all().count(), 249);
        for code in ["KE", "ES", "BR", "PH", "AF", "AQ", "ZW", "AX"] {
            assert!(code.parse::<CountryCode>().is_ok(), "{code}");
        }
    }

    #[test]
    fn rejects_other_lengths_and_characters() {
        // "ZZ" and "XK" are well-formed but not assigned ISO 3166-1 codes.
        for bad in ["", "L", "LBN", "1A", "é", "ZZ", "XK"] {
            assert!(bad.parse::<CountryCode>().is_err());
        }
    }
}
