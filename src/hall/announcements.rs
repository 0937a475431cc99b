//! Announcements from the organisers: written per language (the event's main language
//! always), kept with their time and author, withdrawable. Attendees read the text in their
//! page's language, else the event's main language, else whichever there is.

use super::{MAX_ANNOUNCEMENT_CHARS, PlainText, PlainTextError};
use crate::domain::Lang;
use jiff::Timestamp;
use std::collections::BTreeMap;

/// The language key of announcements stored before they were written per language.
pub const UNKNOWN_LANG: &str = "und";

/// An announcement's texts, by language code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnouncementTexts(BTreeMap<String, String>);

/// Why an announcement's texts were refused; `lang` says in which language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnnouncementError {
    #[error("the announcement needs its text in the event's main language ({0})")]
    MissingMain(Lang),
    #[error("the text in {lang} is longer than {max} characters")]
    TooLong { lang: Lang, max: usize },
}

impl AnnouncementTexts {
    /// Checks texts as an organiser wrote them: languages left empty are skipped; the main
    /// language is required.
    pub fn parse(written: Vec<(Lang, String)>, main: &Lang) -> Result<Self, AnnouncementError> {
        let mut texts = BTreeMap::new();
        for (lang, text) in written {
            match PlainText::parse(&text, MAX_ANNOUNCEMENT_CHARS) {
                Ok(text) => {
                    texts.insert(lang.to_string(), text.as_str().to_owned());
                }
                Err(PlainTextError::Empty) => {}
                Err(PlainTextError::TooLong(max)) => {
                    return Err(AnnouncementError::TooLong { lang, max });
                }
            }
        }
        if !texts.contains_key(main.as_str()) {
            return Err(AnnouncementError::MissingMain(main.clone()));
        }
        Ok(Self(texts))
    }

    /// Texts as stored (JSON); `None` if they are not an object of strings.
    pub fn from_json(json: &str) -> Option<Self> {
        let texts: BTreeMap<String, String> = serde_json::from_str(json).ok()?;
        (!texts.is_empty()).then_some(Self(texts))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }

    /// The text to show in `lang`, else in `main`, else any: (language code, text).
    pub fn in_lang(&self, lang: &Lang, main: &Lang) -> (&str, &str) {
        self.0
            .get_key_value(lang.as_str())
            .or_else(|| self.0.get_key_value(main.as_str()))
            .or_else(|| self.0.iter().next())
            .map_or(("", ""), |(l, t)| (l.as_str(), t.as_str()))
    }

    /// Every (language code, text), by code.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(l, t)| (l.as_str(), t.as_str()))
    }

    /// The texts as a JSON value, for an update's payload.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(&self.0).unwrap_or_default()
    }
}

/// An announcement as kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredAnnouncement {
    /// The number of the hall update that announced it.
    pub id: i64,
    pub texts: AnnouncementTexts,
    /// The organiser's name (`None` for announcements from before authors were kept).
    pub author: Option<String>,
    pub at: Timestamp,
    /// When and by whom it was withdrawn.
    pub withdrawn: Option<(Timestamp, String)>,
}

/// The payload of the update that announces: every text, the main language's as `text`
/// (for clients that know one text only).
pub fn announcement_payload(
    id: i64,
    texts: &AnnouncementTexts,
    main: &Lang,
    at: Timestamp,
) -> String {
    serde_json::json!({
        "id": id,
        "text": texts.in_lang(main, main).1,
        "texts": texts.to_value(),
        "main": main.as_str(),
        "at": at.as_millisecond(),
    })
    .to_string()
}

/// What is left of the announcing update once withdrawn: its number only, never its text.
pub fn withdrawn_payload(id: i64) -> String {
    serde_json::json!({ "id": id, "withdrawn": true }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Lang {
        code.parse().unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn the_main_language_is_required_and_empty_languages_are_skipped() {
        let en = lang("en");
        let texts = AnnouncementTexts::parse(
            vec![
                (en.clone(), " Break \u{7}now ".into()),
                (lang("ar"), "  ".into()),
            ],
            &en,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(texts.iter().collect::<Vec<_>>(), [("en", "Break now")]);
        assert_eq!(
            AnnouncementTexts::parse(vec![(lang("ar"), "استراحة".into())], &en),
            Err(AnnouncementError::MissingMain(en.clone()))
        );
        assert_eq!(
            AnnouncementTexts::parse(vec![(en.clone(), "x".repeat(1001))], &en),
            Err(AnnouncementError::TooLong {
                lang: en,
                max: 1000
            })
        );
    }

    #[test]
    fn attendees_read_their_language_else_the_main_one_else_any() {
        let (en, ar, fr) = (lang("en"), lang("ar"), lang("fr"));
        let texts = AnnouncementTexts::parse(
            vec![(en.clone(), "Break".into()), (ar.clone(), "استراحة".into())],
            &en,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(texts.in_lang(&ar, &en), ("ar", "استراحة"));
        assert_eq!(texts.in_lang(&fr, &en), ("en", "Break"));
        let old = AnnouncementTexts::from_json(r#"{"und":"Old"}"#).unwrap_or_else(|| panic!());
        assert_eq!(old.in_lang(&fr, &en), ("und", "Old"));
        assert_eq!(AnnouncementTexts::from_json("{}"), None);
    }

    #[test]
    fn a_withdrawn_announcement_keeps_no_text() {
        assert!(!withdrawn_payload(4).contains("text"));
    }
}
