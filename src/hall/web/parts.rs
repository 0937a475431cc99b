//! The named parts of the hall page that need no storage: the event as its page shows it,
//! the programme with the live segment, the stream and its channels, the languages a
//! question may be asked in, the attendee count's labels.

use crate::content::{Event, SiteContent, SiteSettings, StreamKind};
use crate::domain::{Lang, ZoneName};
use crate::events::view::{EventView, SegmentView, VideoView, ViewInputs, video_view};
use crate::hall::{LiveSegment, Phase};
use crate::i18n::{Formats, Translator};
use crate::registration::Registration;
use jiff::Timestamp;

/// A programme segment in the hall.
pub struct HallSegment {
    pub view: SegmentView,
    pub starts_ms: i64,
    pub ends_ms: i64,
    pub live: bool,
    pub premiere: Option<VideoView>,
}

/// A question as an attendee sees it.
pub struct QuestionView {
    pub id: i64,
    pub text: String,
    pub lang: String,
    pub lang_name: String,
    pub votes: i64,
    pub status: &'static str,
    pub pinned: bool,
    pub mine: bool,
    pub voted: bool,
}

/// The stream: how it plays, its address, and the interpretation channels.
pub struct StreamView {
    pub kind: &'static str,
    pub src: String,
    /// (language, its name, link to switch, whether chosen)
    pub channels: Vec<(String, String, String, bool)>,
}

pub(super) fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Waiting => "waiting",
        Phase::Open => "open",
        Phase::Ended => "ended",
    }
}

/// The event as its page shows it, in the attendee's zone.
#[expect(clippy::too_many_arguments, reason = "the inputs of an event view")]
pub(super) fn event_view(
    settings: &SiteSettings,
    event: &Event,
    content: &SiteContent,
    lang: &Lang,
    tr: Translator<'_>,
    formats: &Formats,
    now: Timestamp,
    zone: Option<&ZoneName>,
) -> EventView {
    EventView::build(&ViewInputs {
        settings,
        event,
        chapters: &content.chapters,
        lang,
        tr,
        formats,
        now,
        visitor_zone: zone,
        programme_in_visitor_zone: true,
        page_url: String::new(),
    })
}

/// The programme with the live segment marked; the hall shows no recordings (the event
/// page has them after the event).
pub(super) fn programme(
    event: &Event,
    views: Vec<SegmentView>,
    live: Option<LiveSegment<'_>>,
    tr: Translator<'_>,
    lang: &Lang,
) -> Vec<HallSegment> {
    event
        .segments
        .iter()
        .zip(views)
        .enumerate()
        .map(|(index, (segment, mut view))| {
            view.recording = None;
            HallSegment {
                view,
                starts_ms: segment.starts_at.as_millisecond(),
                ends_ms: segment.ends_at().as_millisecond(),
                live: live.is_some_and(|l| l.index == index),
                premiere: segment.premiere.as_ref().map(|v| video_view(v, tr, lang)),
            }
        })
        .collect()
}

/// The stream in the chosen interpretation channel (else the registration's language, else
/// the proceedings'), with the links that switch channels.
pub(super) fn stream_view(
    event: &Event,
    channel: Option<&str>,
    reg: &Registration,
    base: &str,
    tr: Translator<'_>,
) -> Option<StreamView> {
    let chosen: Option<Lang> = channel
        .and_then(|c| c.parse().ok())
        .or_else(|| reg.lang.parse().ok());
    event.stream.as_ref().map(|s| {
        let current = chosen.as_ref().filter(|l| s.languages.contains_key(*l));
        StreamView {
            kind: match s.kind {
                StreamKind::Hls => "hls",
                StreamKind::Embed => "embed",
            },
            src: s.source_for(current).href(),
            channels: std::iter::once(&event.proceedings_language)
                .chain(s.languages.keys())
                .map(|l| {
                    let is_main = l == &event.proceedings_language;
                    (
                        l.to_string(),
                        crate::events::view::lang_name(tr, l),
                        format!("{base}?channel={l}"),
                        if is_main {
                            current.is_none()
                        } else {
                            current == Some(l)
                        },
                    )
                })
                .collect(),
        }
    })
}

/// The languages a question may be asked in, the attendee's own chosen.
pub(super) fn question_languages(
    settings: &SiteSettings,
    tr: Translator<'_>,
    chosen: &str,
) -> Vec<(String, String, bool)> {
    settings
        .languages
        .iter()
        .map(|l| {
            (
                l.to_string(),
                crate::events::view::lang_name(tr, l),
                l.as_str() == chosen,
            )
        })
        .collect()
}

/// "# attendees" in each plural category, for the count the script writes.
pub(super) fn attendee_labels(tr: Translator<'_>) -> Vec<(&'static str, String)> {
    [
        ("zero", 0),
        ("one", 1),
        ("two", 2),
        ("few", 3),
        ("many", 11),
        ("other", 100),
    ]
    .into_iter()
    .map(|(category, sample)| (category, tr.t_count("hall-attendees", sample, "#")))
    .collect()
}
