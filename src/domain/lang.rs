//! `Lang`: a site language, as a BCP 47 language tag, with its writing direction.

use icu::locale::{Locale, LocaleDirectionality};
use std::str::FromStr;
use std::sync::LazyLock;

/// A language the site can be shown in, e.g. `en`, `ar`, `ur`, `pt-BR`.
///
/// Only well-formed BCP 47 tags of at most a language and region are accepted, normalised to
/// canonical case (`pt-BR`), so the value is safe in a URL path and an HTML `lang` attribute.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lang(String);

/// Text direction of a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value for an HTML `dir` attribute.
    pub fn html(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// Why a text is not a language tag we accept.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0:?} is not a language tag such as \"en\", \"ar\" or \"pt-BR\"")]
pub struct LangError(String);

static DIRECTIONALITY: LazyLock<LocaleDirectionality> =
    LazyLock::new(LocaleDirectionality::new_extended);

impl Lang {
    /// The tag as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The ICU locale of this language (no extensions).
    pub fn locale(&self) -> Locale {
        // Construction guarantees the tag parses.
        Locale::try_from_str(&self.0).unwrap_or(Locale::UNKNOWN)
    }

    /// Writing direction of the language's default script, from CLDR likely subtags.
    pub fn direction(&self) -> Direction {
        if DIRECTIONALITY.is_right_to_left(&self.locale().id) {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        }
    }
}

impl FromStr for Lang {
    type Err = LangError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || LangError(s.to_owned());
        if s.is_empty()
            || s.len() > 12
            || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Err(err());
        }
        let locale = Locale::try_from_str(s).map_err(|_| err())?;
        let id = &locale.id;
        if id.script.is_some() || !id.variants.is_empty() || !locale.extensions.is_empty() {
            return Err(err());
        }
        if id.language.is_unknown() {
            return Err(err());
        }
        Ok(Self(locale.to_string()))
    }
}

super::string_serde!(Lang);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_accepts_region() {
        assert_eq!("pt-br".parse::<Lang>().map(|l| l.0), Ok("pt-BR".to_owned()));
        assert_eq!("EN".parse::<Lang>().map(|l| l.0), Ok("en".to_owned()));
    }

    #[test]
    fn rejects_junk_and_paths() {
        for bad in [
            "",
            "und",
            "e",
            "en_US",
            "../en",
            "en-u-ca-gregory",
            "a b",
            "toolonglanguage",
        ] {
            assert!(bad.parse::<Lang>().is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn arabic_and_urdu_are_right_to_left_others_left_to_right() {
        let dir = |t: &str| t.parse::<Lang>().map(|l| l.direction());
        assert_eq!(dir("ar"), Ok(Direction::RightToLeft));
        assert_eq!(dir("ur"), Ok(Direction::RightToLeft));
        for ltr in ["en", "tr", "id", "fr"] {
            assert_eq!(dir(ltr), Ok(Direction::LeftToRight));
        }
    }
}
