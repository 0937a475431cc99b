//! `Hashtag`: a campaign hashtag, stored without its `#`.

use std::str::FromStr;

/// Letters (any script), digits and underscores, 1–100 characters, not only digits.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hashtag(String);

/// Why a text is not a hashtag.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0:?} is not a hashtag: use letters, digits and underscores only (the # is optional)")]
pub struct HashtagError(String);

impl Hashtag {
    /// The tag without `#`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Hashtag {
    type Err = HashtagError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let tag = s.strip_prefix('#').unwrap_or(s);
        let ok = !tag.is_empty()
            && tag.chars().count() <= 100
            && tag.chars().all(|c| c.is_alphanumeric() || c == '_')
            && !tag.chars().all(|c| c.is_ascii_digit());
        if ok {
            Ok(Self(tag.to_owned()))
        } else {
            Err(HashtagError(s.to_owned()))
        }
    }
}

super::string_serde!(Hashtag);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_the_hash_and_accepts_any_script() {
        assert_eq!(
            "#EveryDropCounts".parse::<Hashtag>().map(|h| h.0),
            Ok("EveryDropCounts".into())
        );
        assert!("الماء_للجميع".parse::<Hashtag>().is_ok());
    }

    #[test]
    fn rejects_spaces_punctuation_and_numbers_only() {
        for bad in ["", "#", "two words", "a-b", "2026", "<b>"] {
            assert!(bad.parse::<Hashtag>().is_err(), "{bad:?}");
        }
    }
}
