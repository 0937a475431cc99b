//! Live captions: cue lines per language, typed by a captioner or sent by a speech-to-text
//! engine with the event's ingest token. A cue is stored and sent as a `caption` update;
//! streams pass it only to attendees who chose its language (`stream.rs`).

use crate::domain::{Lang, Slug};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The longest cue, in characters (a line or two under the player).
pub const MAX_CUE_CHARS: usize = 300;

/// One caption line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub id: i64,
    pub event: Slug,
    /// The segment live when the cue was first sent.
    pub segment: Option<Slug>,
    pub lang: Lang,
    pub text: String,
    /// When it was first sent (a correction keeps it).
    pub at: Timestamp,
}

/// What a `caption` update says.
#[derive(Serialize, Deserialize)]
struct CuePayload<'a> {
    id: i64,
    lang: &'a str,
    text: &'a str,
    /// Unix milliseconds.
    at: i64,
}

impl Cue {
    /// The cue as the JSON of an update (a correction has the id of the cue it replaces).
    pub fn payload(&self) -> String {
        serde_json::to_string(&CuePayload {
            id: self.id,
            lang: self.lang.as_str(),
            text: &self.text,
            at: self.at.as_millisecond(),
        })
        .unwrap_or_default()
    }
}

/// The language of a `caption` update's payload.
pub fn payload_lang(payload: &str) -> Option<Lang> {
    #[derive(Deserialize)]
    struct Only<'a> {
        lang: &'a str,
    }
    serde_json::from_str::<Only<'_>>(payload)
        .ok()
        .and_then(|p| p.lang.parse().ok())
}

/// A new cue's text: plain, one line (line breaks become spaces), 1 to [`MAX_CUE_CHARS`].
pub fn cue_text(text: &str) -> Result<super::PlainText, super::PlainTextError> {
    super::PlainText::parse(&text.replace(['\r', '\n'], " "), MAX_CUE_CHARS)
}

/// An event's ingest token: 32 random bytes, shown once as hex; only its hash is kept.
pub struct IngestToken(String);

impl IngestToken {
    /// A new random token.
    pub fn generate() -> Self {
        Self(hex::encode(rand::random::<[u8; 32]>()))
    }

    /// The token as the organiser copies it into the engine's configuration.
    pub fn reveal(&self) -> &str {
        &self.0
    }

    /// What is stored: the token's SHA-256 (a long random token needs no slow hash).
    pub fn hash(&self) -> String {
        token_hash(&self.0)
    }
}

/// The stored form of a presented token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.trim().as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cue_names_its_language_and_stays_one_line() {
        let cue = Cue {
            id: 3,
            event: "water".parse().unwrap_or_else(|e| panic!("{e:?}")),
            segment: None,
            lang: "ar".parse().unwrap_or_else(|e| panic!("{e:?}")),
            text: "الماء".to_owned(),
            at: Timestamp::UNIX_EPOCH,
        };
        assert_eq!(payload_lang(&cue.payload()), Some(cue.lang.clone()));
        let text = cue_text(" two\r\nlines ").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(text.as_str(), "two  lines");
        assert!(cue_text(&"x".repeat(MAX_CUE_CHARS + 1)).is_err());
    }

    #[test]
    fn only_the_hash_of_a_token_is_kept() {
        let token = IngestToken::generate();
        assert_eq!(token.reveal().len(), 64);
        assert_eq!(token.hash(), token_hash(token.reveal()));
        assert_ne!(token.hash(), token.reveal());
    }
}
