//! The site's content as the rest of the application sees it: valid by construction.

use crate::domain::{
    CountryCode, EmailAddress, Hashtag, HijriSettings, Lang, Places, Slug, ZoneName,
};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use super::MediaPath;

/// Everything an import replaces at once.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SiteContent {
    pub settings: SiteSettings,
    pub chapters: Vec<Chapter>,
    pub events: Vec<Event>,
    /// Kinds of publication, in menu order.
    #[serde(default)]
    pub post_kinds: Vec<super::PostKind>,
    /// Publications, newest first.
    #[serde(default)]
    pub posts: Vec<super::Post>,
    /// Addresses of what was public and is no more.
    #[serde(default)]
    pub gone: Gone,
}

/// Posts and events that were public and were deleted or unpublished: their addresses
/// answer 410 Gone (a page saying so), not 404, so visitors and search engines learn they
/// were withdrawn. A slug stays here until what it names is public again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gone {
    #[serde(default)]
    pub posts: BTreeSet<Slug>,
    #[serde(default)]
    pub events: BTreeSet<Slug>,
}

impl Gone {
    /// Whether nothing is listed.
    pub fn is_empty(&self) -> bool {
        self.posts.is_empty() && self.events.is_empty()
    }

    /// Whether the post `slug` was withdrawn.
    pub fn post(&self, slug: &str) -> bool {
        self.posts.iter().any(|s| s.as_str() == slug)
    }

    /// Whether the event `slug` was withdrawn.
    pub fn event(&self, slug: &str) -> bool {
        self.events.iter().any(|s| s.as_str() == slug)
    }
}

/// Site-wide settings.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SiteSettings {
    pub default_language: Lang,
    /// Languages in switcher order; always contains `default_language`.
    pub languages: Vec<Lang>,
    pub contact_email: EmailAddress,
    pub hashtags: Vec<Hashtag>,
    pub hijri: HijriSettings,
    /// Digits per language; languages not listed use Latin digits.
    pub digits: BTreeMap<Lang, Digits>,
    pub texts: BTreeMap<Lang, SiteText>,
    /// The site's share card: the image link previews show for pages without their own
    /// (the home page, lists, search), 1200 × 630 as for a post's image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_image: Option<MediaPath>,
    /// The partner sites that may frame the embeddable forms (`/{lang}/embed/…`); every
    /// other page may be framed by nobody.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub embed_origins: Vec<crate::domain::WebOrigin>,
}

impl SiteSettings {
    /// Whether the site is shown in `lang`.
    pub fn offers(&self, lang: &Lang) -> bool {
        self.languages.contains(lang)
    }

    /// The digits used for `lang`.
    pub fn digits_for(&self, lang: &Lang) -> Digits {
        self.digits.get(lang).copied().unwrap_or_default()
    }

    /// The site's texts in `lang`, falling back to the default language.
    pub fn text(&self, lang: &Lang) -> &SiteText {
        self.texts
            .get(lang)
            .or_else(|| self.texts.get(&self.default_language))
            .unwrap_or(&EMPTY_SITE_TEXT)
    }
}

/// Which digits numbers are written with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Digits {
    /// 0123456789
    #[default]
    Latn,
    /// ٠١٢٣٤٥٦٧٨٩
    Arab,
}

impl Digits {
    /// The Unicode numbering system identifier (`-u-nu-…`).
    pub fn unicode(self) -> &'static str {
        match self {
            Digits::Latn => "latn",
            Digits::Arab => "arab",
        }
    }
}

/// The site's name and descriptions in one language.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SiteText {
    pub site_name: String,
    pub organiser: String,
    pub tagline: String,
}

/// What a language without site texts shows (import requires them, so only for safety).
static EMPTY_SITE_TEXT: SiteText = SiteText {
    site_name: String::new(),
    organiser: String::new(),
    tagline: String::new(),
};

/// A regional chapter of the organisation.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Chapter {
    pub slug: Slug,
    pub country: CountryCode,
    pub time_zone: ZoneName,
    pub name: BTreeMap<Lang, String>,
    pub city: BTreeMap<Lang, String>,
}

/// An edition of the conference.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Event {
    pub slug: Slug,
    pub reference_zone: ZoneName,
    pub doors_open_at: Timestamp,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub proceedings_language: Lang,
    pub interpretation_languages: Vec<Lang>,
    pub caption_languages: Vec<Lang>,
    pub places: Option<Places>,
    /// When registration opens and closes (`None`: open until the event ends).
    #[serde(default)]
    pub registration_opens_at: Option<Timestamp>,
    #[serde(default)]
    pub registration_closes_at: Option<Timestamp>,
    /// Hours before doors open at which confirmed attendees get a reminder.
    #[serde(default)]
    pub reminder_hours: Vec<u32>,
    pub chapters: Vec<Slug>,
    pub hashtags: Vec<Hashtag>,
    pub trailer: Option<Video>,
    pub speakers: Vec<Speaker>,
    /// In programme order.
    pub segments: Vec<Segment>,
    pub texts: BTreeMap<Lang, EventText>,
    /// The live stream shown in the hall (`None`: the hall has the programme and Q&A only).
    #[serde(default)]
    pub stream: Option<super::Stream>,
    /// Not on the public site yet (a new edition being prepared) or any more (unpublished).
    #[serde(default)]
    pub draft: bool,
}

impl Event {
    /// The event's texts in `lang` as visitors see them at `now`: `None` if it has not
    /// been translated into it, or the translation is a draft or scheduled for later. The
    /// organisers' forms read [`Event::texts`] itself.
    pub fn text(&self, lang: &Lang, now: Timestamp) -> Option<&EventText> {
        let public = self.text_public_from(lang).is_some_and(|from| from <= now);
        self.texts.get(lang).filter(|_| public)
    }

    /// The text a visitor reading `lang` sees at `now`: that translation if public, else
    /// the default language's.
    pub fn shown_text(&self, lang: &Lang, default: &Lang, now: Timestamp) -> Option<&EventText> {
        self.text(lang, now).or_else(|| self.text(default, now))
    }

    /// The language a visitor reading `lang` reads the event in at `now`: that one if its
    /// translation is public, else the default language.
    pub fn shown_language<'a>(
        &self,
        lang: &'a Lang,
        default: &'a Lang,
        now: Timestamp,
    ) -> &'a Lang {
        if self.text(lang, now).is_some() {
            lang
        } else {
            default
        }
    }

    /// The text the organisers' area names the event with: the translation into `lang`
    /// whatever its state (a draft, a scheduled one), else the default language's.
    pub fn organiser_text(&self, lang: &Lang, default: &Lang) -> Option<&EventText> {
        self.texts.get(lang).or_else(|| self.texts.get(default))
    }

    /// The languages visitors can read the event in at `now`.
    pub fn public_languages(&self, now: Timestamp) -> impl Iterator<Item = &Lang> {
        self.texts
            .keys()
            .filter(move |l| self.text(l, now).is_some())
    }

    /// When the translation into `lang` becomes public (`Timestamp::MIN`: it is), whatever
    /// the event's own state: `None` for a draft and for a language it is not written in.
    pub fn text_public_from(&self, lang: &Lang) -> Option<Timestamp> {
        self.texts
            .get(lang)?
            .publication
            .public_from(Timestamp::MIN)
    }

    /// Every instant at which a scheduled translation of a public event becomes public, so
    /// cached pages can be dropped at that moment.
    pub fn publication_instants(&self) -> impl Iterator<Item = Timestamp> + '_ {
        let public = self.is_public();
        self.texts
            .values()
            .filter_map(move |t| t.publication.publish_at().filter(|_| public))
    }

    /// Whether visitors see the event (its page, lists, feeds, registration).
    pub fn is_public(&self) -> bool {
        !self.draft
    }

    /// Whether the event has ended at `now`.
    pub fn is_past(&self, now: Timestamp) -> bool {
        self.ends_at <= now
    }

    /// Whether registration is open at `now`.
    pub fn registration_open(&self, now: Timestamp) -> bool {
        self.registration_opens_at.is_none_or(|o| o <= now)
            && self.registration_closes_at.is_none_or(|c| now < c)
            && now < self.ends_at
    }

    /// The speaker with this id.
    pub fn speaker(&self, id: &Slug) -> Option<&Speaker> {
        self.speakers.iter().find(|s| &s.id == id)
    }
}

/// A video with its poster and caption tracks.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Video {
    pub video: MediaPath,
    pub poster: Option<MediaPath>,
    pub captions: BTreeMap<Lang, MediaPath>,
}

/// A person speaking at an event.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Speaker {
    pub id: Slug,
    pub name: String,
    pub country: CountryCode,
    pub chapter: Option<Slug>,
}

/// The kinds of programme segment; each kind is numbered separately ("Dialogue 2").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    Opening,
    Dialogue,
    Video,
    Interactive,
    Conclusion,
}

impl SegmentKind {
    /// The identifier used in content files, the API and message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Opening => "opening",
            SegmentKind::Dialogue => "dialogue",
            SegmentKind::Video => "video",
            SegmentKind::Interactive => "interactive",
            SegmentKind::Conclusion => "conclusion",
        }
    }
}

/// One part of the programme.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Segment {
    pub id: Slug,
    pub kind: SegmentKind,
    pub starts_at: Timestamp,
    pub minutes: u32,
    pub speakers: Vec<Slug>,
    pub recording: Option<Video>,
    /// A video segment's pre-recorded video, premiered in the hall at the segment's start:
    /// every attendee's player runs it at the same offset from the start.
    #[serde(default)]
    pub premiere: Option<Video>,
}

impl Segment {
    /// When the segment ends by the schedule.
    pub fn ends_at(&self) -> Timestamp {
        self.starts_at + jiff::SignedDuration::from_mins(i64::from(self.minutes))
    }
}

/// An event's texts in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EventText {
    pub title: String,
    pub summary: String,
    pub eligibility: String,
    pub zone_label: String,
    pub attestation: String,
    /// Markdown; rendered through the sanitiser.
    pub description: String,
    pub segments: BTreeMap<Slug, SegmentText>,
    pub speakers: BTreeMap<Slug, SpeakerText>,
    /// A translation can wait, as a draft or until an instant: meanwhile visitors in its
    /// language see the default language's text, as for a language not translated at all
    /// (the default language's own text always is public; a whole event waits with
    /// [`Event::draft`]).
    #[serde(
        default,
        alias = "draft",
        deserialize_with = "super::publication::stored",
        skip_serializing_if = "super::Publication::is_published"
    )]
    pub publication: super::Publication,
}

/// A segment's texts in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SegmentText {
    pub title: String,
    pub description: Option<String>,
}

/// A speaker's texts in one language.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SpeakerText {
    /// The name in this language's script, when it differs.
    pub name: Option<String>,
    pub role: String,
}
