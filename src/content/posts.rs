//! Publications: the kinds of post the organiser defines, and the posts themselves.

use super::{MediaPath, Video};
use crate::domain::{Hashtag, Lang, Slug};
use jiff::{Timestamp, civil, tz::TimeZone};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::num::NonZeroU32;

/// A kind of post (invitation, press release, open letter …), named per language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PostKind {
    pub slug: Slug,
    /// Whether visitors can sign posts of this kind.
    pub signable: bool,
    /// The name of one post of this kind, per language.
    pub name: BTreeMap<Lang, String>,
    /// The name of the list of them, per language.
    pub plural: BTreeMap<Lang, String>,
}

/// One publication, in one or more languages.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Post {
    pub slug: Slug,
    pub kind: Slug,
    /// The chapter publishing it; `None` is the central office.
    pub chapter: Option<Slug>,
    /// The event it is about.
    pub event: Option<Slug>,
    pub published_on: civil::Date,
    /// A draft is never public, whatever its date.
    #[serde(default)]
    pub draft: bool,
    pub hashtags: Vec<Hashtag>,
    pub image: Option<MediaPath>,
    pub video: Option<Video>,
    /// For a letter people sign: the number of signatures aimed for, shown as progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_goal: Option<NonZeroU32>,
    /// At least one language; the keys are the languages the post is written in.
    pub texts: BTreeMap<Lang, PostText>,
}

impl Post {
    /// The instant the post becomes public: the start of its day in UTC.
    pub fn published_at(&self) -> Timestamp {
        self.published_on
            .to_datetime(civil::Time::midnight())
            .to_zoned_datetime(TimeZone::UTC)
            .map(|z| z.timestamp())
            .unwrap_or(Timestamp::MAX)
    }

    /// Whether the post is public at `now`: not a draft, and its day has begun.
    pub fn is_published(&self, now: Timestamp) -> bool {
        !self.draft && self.published_at() <= now
    }

    /// The languages the post is written in.
    pub fn languages(&self) -> impl Iterator<Item = &Lang> {
        self.texts.keys()
    }

    /// The language to show the post in for a visitor reading `wanted`: that language when
    /// the post has it, else the site's default language, else the post's first language.
    pub fn best_language<'a>(&'a self, wanted: &'a Lang, default: &'a Lang) -> &'a Lang {
        if self.texts.contains_key(wanted) {
            wanted
        } else if self.texts.contains_key(default) {
            default
        } else {
            self.texts.keys().next().unwrap_or(wanted)
        }
    }
}

/// A post's texts in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PostText {
    pub title: String,
    pub summary: String,
    pub image_alt: Option<String>,
    pub image_caption: Option<String>,
    pub video_caption: Option<String>,
    /// Markdown; rendered through the sanitiser.
    pub body: String,
    /// When this version was last edited in the organisers' area (`None`: as imported).
    /// A version older than another language's is probably out of date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<Timestamp>,
}

/// The most a post's body may hold, in bytes.
pub const MAX_BODY_BYTES: usize = 100 * 1024;
