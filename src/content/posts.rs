//! Publications: the kinds of post the organiser defines, and the posts themselves.

use super::{MediaPath, Publication, Video};
use crate::domain::{Hashtag, Lang, Slug};
use jiff::{Timestamp, civil, tz::TimeZone};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
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

    /// When the version in `lang` becomes public: the start of the post's day, or its own
    /// scheduled instant if later. `None` for a draft (the post's or this version's) and for
    /// a language the post is not written in.
    pub fn public_from(&self, lang: &Lang) -> Option<Timestamp> {
        if self.draft {
            return None;
        }
        self.texts
            .get(lang)?
            .publication
            .public_from(self.published_at())
    }

    /// Whether the version in `lang` is public at `now`.
    pub fn is_public_in(&self, lang: &Lang, now: Timestamp) -> bool {
        self.public_from(lang).is_some_and(|from| from <= now)
    }

    /// Whether the post is public at `now`: not a draft, its day has begun, and at least
    /// one of its language versions is public.
    pub fn is_published(&self, now: Timestamp) -> bool {
        self.texts.keys().any(|l| self.is_public_in(l, now))
    }

    /// The post as visitors see it at `now`: only its public language versions (`None`
    /// when it has none). Borrowed when every version is public, as most are.
    pub fn public_at(&self, now: Timestamp) -> Option<Cow<'_, Post>> {
        if !self.is_published(now) {
            return None;
        }
        if self.texts.keys().all(|l| self.is_public_in(l, now)) {
            return Some(Cow::Borrowed(self));
        }
        let mut post = self.clone();
        post.texts.retain(|l, _| self.is_public_in(l, now));
        Some(Cow::Owned(post))
    }

    /// Every instant at which a version of the post becomes public (the start of its day,
    /// each scheduled version), so cached pages can be dropped at that moment.
    pub fn publication_instants(&self) -> impl Iterator<Item = Timestamp> + '_ {
        self.texts.keys().filter_map(|l| self.public_from(l))
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
    /// Whether this version is public: a translation can wait as a draft, or be scheduled.
    #[serde(default, skip_serializing_if = "Publication::is_published")]
    pub publication: Publication,
}

/// The most a post's body may hold, in bytes.
pub const MAX_BODY_BYTES: usize = 100 * 1024;
