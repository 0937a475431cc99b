//! The shapes of the content files, as TOML reads and writes them.
//!
//! Fields that later checks refer back to are `Spanned`, so a problem found after parsing
//! (an unknown speaker, a missing title) still points at its line.

use super::{Digits, MediaPath, SegmentKind, SegmentText, SiteText, SpeakerText};
use crate::domain::{
    CountryCode, DayAdjustment, EmailAddress, Hashtag, HijriVariant, Lang, Places, Slug, ZoneName,
};
use jiff::civil;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::num::NonZeroU32;
use toml::Spanned;

/// `site.toml`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    pub default_language: Spanned<Lang>,
    pub languages: Vec<Spanned<Lang>>,
    pub contact_email: EmailAddress,
    #[serde(default)]
    pub hashtags: Vec<Hashtag>,
    #[serde(default)]
    pub calendar: CalendarSection,
    #[serde(default)]
    pub digits: BTreeMap<Lang, Digits>,
    #[serde(default)]
    pub translations: BTreeMap<Lang, SiteText>,
    /// The site-wide share card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_image: Option<Spanned<MediaPath>>,
    /// Partner sites allowed to frame the embeddable forms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub embed_origins: Vec<crate::domain::WebOrigin>,
}

/// `[calendar]` in `site.toml`.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarSection {
    #[serde(default)]
    pub hijri: HijriVariant,
    #[serde(default)]
    pub adjustment_days: DayAdjustment,
}

/// `chapters.toml`.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChaptersFile {
    #[serde(default, rename = "chapter")]
    pub chapters: Vec<ChapterEntry>,
}

/// One `[[chapter]]`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterEntry {
    pub slug: Spanned<Slug>,
    pub country: CountryCode,
    pub time_zone: ZoneName,
    pub name: BTreeMap<Lang, String>,
    pub city: BTreeMap<Lang, String>,
}

/// `events/<slug>/event.toml`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventFile {
    pub slug: Spanned<Slug>,
    pub reference_zone: ZoneName,
    pub doors_open_at: Spanned<civil::DateTime>,
    pub starts_at: Spanned<civil::DateTime>,
    pub ends_at: Spanned<civil::DateTime>,
    pub proceedings_language: Lang,
    #[serde(default)]
    pub interpretation_languages: Vec<Lang>,
    #[serde(default)]
    pub caption_languages: Vec<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub places: Option<Places>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_opens_at: Option<Spanned<civil::DateTime>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_closes_at: Option<Spanned<civil::DateTime>>,
    #[serde(default)]
    pub reminder_hours: Vec<Spanned<u32>>,
    #[serde(default)]
    pub chapters: Vec<Spanned<Slug>>,
    #[serde(default)]
    pub hashtags: Vec<Hashtag>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trailer: Option<VideoEntry>,
    #[serde(default, rename = "speaker")]
    pub speakers: Vec<SpeakerEntry>,
    #[serde(default, rename = "segment")]
    pub segments: Vec<SegmentEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<StreamEntry>,
    /// Not on the public site.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

/// `[stream]`: the hall's live stream, with its interpretation channels.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StreamEntry {
    pub kind: crate::content::StreamKind,
    pub url: Spanned<String>,
    #[serde(default)]
    pub languages: BTreeMap<Lang, Spanned<ChannelEntry>>,
}

/// One interpretation channel under `[stream.languages]`.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum ChannelEntry {
    /// `en = "https://…"`: a stream of its own with picture and sound.
    Url(String),
    /// `en = { kind = "rendition" }`, `ur = { kind = "audio", url = "…" }`.
    Table(ChannelTable),
}

/// A channel written as a table.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelTable {
    pub kind: crate::content::ChannelKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl<'de> Deserialize<'de> for ChannelEntry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entry;
        impl<'de> serde::de::Visitor<'de> for Entry {
            type Value = ChannelEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(
                    "a stream address, or a table such as { kind = \"rendition\" } or { kind = \"audio\", url = \"…\" }",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ChannelEntry, E> {
                Ok(ChannelEntry::Url(v.to_owned()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<ChannelEntry, A::Error> {
                ChannelTable::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(ChannelEntry::Table)
            }
        }
        deserializer.deserialize_any(Entry)
    }
}

/// A video with poster and captions (`[trailer]`, `[segment.recording]`).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VideoEntry {
    pub video: Spanned<MediaPath>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poster: Option<Spanned<MediaPath>>,
    #[serde(default)]
    pub captions: BTreeMap<Lang, Spanned<MediaPath>>,
}

/// One `[[speaker]]`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerEntry {
    pub id: Spanned<Slug>,
    pub name: String,
    pub country: CountryCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chapter: Option<Spanned<Slug>>,
}

/// One `[[segment]]`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SegmentEntry {
    pub id: Spanned<Slug>,
    pub kind: SegmentKind,
    pub starts_at: Spanned<civil::DateTime>,
    pub minutes: Spanned<u32>,
    #[serde(default)]
    pub speakers: Vec<Spanned<Slug>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recording: Option<VideoEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub premiere: Option<VideoEntry>,
}

/// The front matter of `events/<slug>/<lang>.md`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventLangFront {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub eligibility: String,
    pub zone_label: String,
    #[serde(default)]
    pub attestation: String,
    #[serde(default, rename = "segment")]
    pub segments: BTreeMap<Slug, SegmentText>,
    #[serde(default, rename = "speaker")]
    pub speakers: BTreeMap<Slug, SpeakerText>,
    /// `draft = true`: this translation waits (not on the public site).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    /// This translation becomes public at this instant (RFC 3339, with its offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publish_at: Option<jiff::Timestamp>,
}

/// `post-kinds.toml`.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PostKindsFile {
    #[serde(default, rename = "kind")]
    pub kinds: Vec<PostKindEntry>,
}

/// One `[[kind]]`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PostKindEntry {
    pub slug: Spanned<Slug>,
    #[serde(default)]
    pub signable: bool,
    pub name: BTreeMap<Lang, String>,
    pub plural: BTreeMap<Lang, String>,
}

/// `posts/<slug>/post.toml`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PostFile {
    pub slug: Spanned<Slug>,
    pub kind: Spanned<Slug>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chapter: Option<Spanned<Slug>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Spanned<Slug>>,
    pub published_on: civil::Date,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    #[serde(default)]
    pub hashtags: Vec<Hashtag>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video: Option<VideoEntry>,
    /// Signatures aimed for (letters people sign only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_goal: Option<Spanned<NonZeroU32>>,
}

/// `[image]` of a post.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ImageEntry {
    pub file: Spanned<MediaPath>,
}

/// The front matter of `posts/<slug>/<lang>.md`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PostLangFront {
    pub title: String,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_alt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_caption: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_caption: Option<String>,
    /// This version waits, off the public site.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    /// This version becomes public at this instant (RFC 3339, with its offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publish_at: Option<jiff::Timestamp>,
}

/// `gone.toml`: what was public and is no more, answered with 410 Gone.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GoneFile {
    #[serde(default)]
    pub posts: Vec<Spanned<Slug>>,
    #[serde(default)]
    pub events: Vec<Spanned<Slug>>,
}

/// The separator around front matter in Markdown files.
pub const FRONT_MATTER_FENCE: &str = "+++";

/// Splits `+++\n<toml>\n+++\n<markdown>`; returns the TOML, its byte offset in the file, and
/// the Markdown body.
///
/// The front matter ends at the first `+++` line that is not text inside a multi-line TOML
/// string: the exporter writes a title or label holding such a line as a `"""`/`'''` string,
/// and it must read back (issue 11, found by a property test). When every `+++` line is
/// inside one (an unterminated string), the first ends it, so the TOML error is reported.
pub fn split_front_matter(source: &str) -> Option<(&str, usize, &str)> {
    let rest = source.strip_prefix(FRONT_MATTER_FENCE)?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))?;
    let start = source.len() - rest.len();
    let split = |offset: usize, fence: &str| {
        let body = &rest[offset + fence.len()..];
        (
            &rest[..offset],
            start,
            body.trim_start_matches(['\r', '\n']),
        )
    };
    let (mut offset, mut open, mut first) = (0, None, None);
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == FRONT_MATTER_FENCE {
            if open.is_none() {
                return Some(split(offset, line));
            }
            first = first.or(Some((offset, line)));
        }
        open = multi_line_string_after(line, open);
        offset += line.len();
    }
    first.map(|(offset, line)| split(offset, line))
}

/// The quote of the multi-line string (`"""` or `'''`) still open after a line of TOML that
/// began inside one opened with `open` (`None`: outside any string).
fn multi_line_string_after(line: &str, mut open: Option<u8>) -> Option<u8> {
    let b = line.as_bytes();
    let tripled = |i: usize, q: u8| b.get(i..i + 3) == Some(&[q, q, q][..]);
    let mut i = 0;
    while i < b.len() {
        match open {
            // An escape in a basic string: `\"""` does not close it.
            Some(b'"') if b[i] == b'\\' => i += 2,
            Some(q) if tripled(i, q) => {
                // Up to two quotes before the closing three belong to the text.
                i += 3;
                while b.get(i) == Some(&q) {
                    i += 1;
                }
                open = None;
            }
            Some(_) => i += 1,
            None => match b[i] {
                b'#' => break,
                q @ (b'"' | b'\'') if tripled(i, q) => {
                    open = Some(q);
                    i += 3;
                }
                q @ (b'"' | b'\'') => {
                    // A one-line string: skip to its end (or the line's).
                    i += 1;
                    while i < b.len() && b[i] != q {
                        i += if q == b'"' && b[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 1;
                }
                _ => i += 1,
            },
        }
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_from_the_body() {
        let src = "+++\ntitle = \"x\"\n+++\n\nBody *text*\n";
        assert_eq!(
            split_front_matter(src),
            Some(("title = \"x\"\n", 4, "Body *text*\n"))
        );
        assert_eq!(split_front_matter("no front matter"), None);
        assert_eq!(split_front_matter("+++\nunterminated"), None);
    }

    #[test]
    fn a_fence_line_inside_a_multi_line_string_is_text() {
        for toml in [
            "a = \"\"\"\n+++\n\"\"\"\n",
            "a = '''\n+++\n'''\n",
            "a = '''x\n+++\n'''''\nb = \"#\"\n",
            "a = \"\"\"\\\"\"\"\n+++\n\"\"\"\n",
        ] {
            let src = format!("+++\n{toml}+++\nBody\n+++\n");
            assert_eq!(
                split_front_matter(&src),
                Some((toml, 4, "Body\n+++\n")),
                "{toml:?}"
            );
            assert!(toml.parse::<toml::Table>().is_ok(), "{toml:?}");
        }
        // Quotes in a one-line string or a comment open nothing.
        let src = "+++\na = \"'''\" # \"\"\"\n+++\nBody";
        assert_eq!(split_front_matter(src).map(|s| s.2), Some("Body"));
        // Unterminated: the first fence ends the front matter, so TOML reports the string.
        let src = "+++\na = \"\"\"x\n+++\nBody\n+++\n";
        assert_eq!(split_front_matter(src).map(|s| s.0), Some("a = \"\"\"x\n"));
    }
}
