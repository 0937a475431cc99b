//! `Slug`: the URL-safe identifier of an event, chapter, segment or speaker.

use std::str::FromStr;

/// Lowercase ASCII letters, digits and single hyphens; 1–80 characters, no leading or
/// trailing hyphen. Safe to put in a URL path or an HTML id without escaping.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slug(String);

/// Why a text is not a slug.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SlugError {
    #[error("a slug cannot be empty")]
    Empty,
    #[error("a slug is at most 80 characters long")]
    TooLong,
    #[error(
        "a slug uses only lowercase a–z, digits and single hyphens, not at the start or end (got {0:?})"
    )]
    BadCharacters(String),
}

impl Slug {
    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Slug {
    type Err = SlugError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.is_empty() {
            return Err(SlugError::Empty);
        }
        if s.len() > 80 {
            return Err(SlugError::TooLong);
        }
        let allowed = s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !allowed || s.starts_with('-') || s.ends_with('-') || s.contains("--") {
            return Err(SlugError::BadCharacters(s.to_owned()));
        }
        Ok(Self(s.to_owned()))
    }
}

super::string_serde!(Slug);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_lowercase_words_joined_by_hyphens() {
        assert_eq!(
            "water-for-every-home-2026".parse::<Slug>().map(|s| s.0),
            Ok("water-for-every-home-2026".to_owned())
        );
    }

    #[test]
    fn rejects_what_would_need_escaping_or_is_ambiguous() {
        for bad in [
            "", "Water", "a b", "a/b", "-a", "a-", "a--b", "é", "a.b", "<x>",
        ] {
            assert!(bad.parse::<Slug>().is_err(), "{bad:?} should be rejected");
        }
        assert_eq!("x".repeat(81).parse::<Slug>(), Err(SlugError::TooLong));
    }
}
