//! The named parts of the hall page that need no storage: the event as its page shows it,
//! the programme with the live segment, the stream and its channels, the languages a
//! question may be asked in, the attendee count's labels, the reaction buttons.

use crate::content::{Channel, Event, SiteContent, SiteSettings, StreamKind, StreamSource};
use crate::domain::{Lang, ZoneName};
use crate::events::view::{EventView, SegmentView, VideoView, ViewInputs, video_view};
use crate::hall::{LiveSegment, Phase, Reaction};
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

/// The stream: how it plays, its addresses, and the interpretation channels.
pub struct StreamView {
    pub kind: &'static str,
    /// The picture: the main stream, or the chosen channel's own with picture and sound.
    pub src: String,
    /// The chosen channel's stream of sound only, played beside the muted picture (empty:
    /// none).
    pub audio_src: String,
    /// The chosen channel's language (the proceedings' when none is chosen).
    pub lang: String,
    pub channels: Vec<ChannelView>,
}

/// An interpretation channel in the switcher.
pub struct ChannelView {
    pub lang: String,
    pub name: String,
    /// How it is carried: `main` (the proceedings), `rendition`, `audio` or `video`.
    pub kind: &'static str,
    /// What kind of channel it is, in words ("interpretation, sound only").
    pub kind_label: String,
    /// Its own stream: the main one for the proceedings, the channel's for audio and video
    /// channels, empty for a rendition (it is in the main one).
    pub src: String,
    pub chosen: bool,
    /// "Listening to: English (interpretation)", for the switcher's status.
    pub playing: String,
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
/// the proceedings'), with the channels the switcher offers.
pub(super) fn stream_view(
    event: &Event,
    channel: Option<&str>,
    reg: &Registration,
    tr: Translator<'_>,
) -> Option<StreamView> {
    let chosen: Option<Lang> = channel
        .and_then(|c| c.parse().ok())
        .or_else(|| reg.lang.parse().ok());
    event.stream.as_ref().map(|s| {
        let current = chosen.as_ref().filter(|l| s.languages.contains_key(*l));
        let main = std::iter::once((&event.proceedings_language, None));
        let channels = main
            .chain(s.languages.iter().map(|(l, c)| (l, Some(c))))
            .map(|(l, c)| {
                let name = crate::events::view::lang_name(tr, l);
                let (kind, kind_label) = match c.map(Channel::kind) {
                    None => ("main", tr.t("hall-channel-main")),
                    Some(k) => (k.as_str(), tr.t(&format!("hall-channel-{}", k.as_str()))),
                };
                ChannelView {
                    playing: tr.t_args(
                        "hall-channel-playing",
                        &[("language", name.as_str()), ("kind", kind_label.as_str())],
                    ),
                    lang: l.to_string(),
                    src: match c {
                        None => s.source.href(),
                        Some(c) => c.source().map(StreamSource::href).unwrap_or_default(),
                    },
                    chosen: current == c.map(|_| l),
                    name,
                    kind,
                    kind_label,
                }
            })
            .collect();
        StreamView {
            kind: match s.kind {
                StreamKind::Hls => "hls",
                StreamKind::Embed => "embed",
            },
            src: s.picture_for(current).href(),
            audio_src: match current.and_then(|l| s.languages.get(l)) {
                Some(Channel::Audio(source)) => source.href(),
                _ => String::new(),
            },
            lang: current.unwrap_or(&event.proceedings_language).to_string(),
            channels,
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

/// A reaction button on the hall page: (name, symbol, label).
pub fn reaction_buttons(tr: Translator<'_>) -> Vec<(&'static str, &'static str, String)> {
    Reaction::ALL
        .iter()
        .map(|r| {
            (
                r.as_str(),
                r.symbol(),
                tr.t(&format!("hall-reaction-{}", r.as_str())),
            )
        })
        .collect()
}
