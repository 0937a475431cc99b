//! The event page's view model: every text already translated and formatted, so the
//! template only lays it out.
//!
//! The programme and the cities table, the zone picker and countdown, and the share links
//! each have a module of their own.

mod programme;
mod share;
mod times;

pub use programme::{CityRow, SegmentView};
use programme::{city_row, segments};
pub use share::HashtagView;
pub(crate) use share::{hashtag_view, share_links};
pub use times::ZoneOption;
use times::{countdown, zone_options};

pub(crate) use super::video::{VideoView, video_view};
use crate::content::{Chapter, Event, EventText, SiteSettings};
use crate::domain::{Lang, ZoneName};
use crate::i18n::{Formats, Translator, country_name};
use jiff::{Timestamp, tz::TimeZone};

/// An instant as shown: its text and its `datetime` attribute (UTC, RFC 3339).
pub struct TimeView {
    pub text: String,
    pub datetime: String,
}

/// A speaker.
pub struct SpeakerView {
    pub name: String,
    pub role: String,
    /// The country's name. No flag: emoji flags read as two letters ("LB") on systems
    /// without a colour emoji font.
    pub country: String,
}

/// Everything the event page shows.
pub struct EventView {
    /// The language the event's texts are in (differs from the page's when untranslated).
    pub text_lang: String,
    pub text_dir: &'static str,
    pub not_translated: Option<String>,
    pub title: String,
    pub summary: String,
    pub description_html: String,
    pub is_past: bool,
    /// Safe HTML (contains a `<time>` element).
    pub past_notice: Option<String>,
    pub date_iso: String,
    pub gregorian: String,
    pub hijri: String,
    pub doors: TimeView,
    pub starts: TimeView,
    pub ends: TimeView,
    pub visitor_zone: Option<String>,
    pub visitor_hint: String,
    /// The visitor's zone named for people ("Pacific Time — Los Angeles").
    pub visitor_zone_name: String,
    pub visitor_doors: TimeView,
    pub visitor_starts: TimeView,
    pub visitor_ends: TimeView,
    pub zone_options: Vec<ZoneOption>,
    /// Safe HTML (the duration is a `<time>` element).
    pub countdown: String,
    pub cities: Vec<CityRow>,
    pub places: Option<String>,
    /// Where registration stands (opens on…, open until…, closed on…, live now), if
    /// anything is to be said.
    pub registration_notice: Option<String>,
    /// The registration form's address and the button's words, while registration is open.
    pub register_link: Option<(String, String)>,
    pub proceedings: String,
    pub interpretation: Option<String>,
    pub captions: Option<String>,
    pub eligibility: String,
    pub trailer: Option<VideoView>,
    pub segments: Vec<SegmentView>,
    /// Which zone the programme's times are in ("Times below are shown in Madinah time.").
    pub programme_hint: String,
    pub speakers: Vec<SpeakerView>,
    pub chapters: Vec<String>,
    pub hashtags: Vec<HashtagView>,
}

/// Inputs for building the view.
pub struct ViewInputs<'a> {
    pub settings: &'a SiteSettings,
    pub event: &'a Event,
    pub chapters: &'a [Chapter],
    pub lang: &'a Lang,
    pub tr: Translator<'a>,
    pub formats: &'a Formats,
    pub now: Timestamp,
    pub visitor_zone: Option<&'a ZoneName>,
    /// Whether the programme's times are in the visitor's zone (the hall, where the visitor
    /// is a registered attendee) rather than the event's reference zone (the event page).
    pub programme_in_visitor_zone: bool,
    pub page_url: String,
}

impl EventView {
    /// Builds the view for one language.
    pub fn build(i: &ViewInputs<'_>) -> Self {
        let (e, tr, f) = (i.event, i.tr, i.formats);
        let text_lang = e
            .shown_language(i.lang, &i.settings.default_language, i.now)
            .clone();
        let text = e.text(&text_lang, i.now).unwrap_or_else(|| empty_text());
        let not_translated = (text_lang != *i.lang).then(|| {
            tr.t_args(
                "event-not-translated",
                &[
                    ("language", &lang_name(tr, i.lang)),
                    ("fallback", &lang_name(tr, &text_lang)),
                ],
            )
        });
        let ref_zone = e.reference_zone.zone();
        let in_ref = |at: Timestamp| {
            let local = at.to_zoned_datetime(ref_zone.clone());
            TimeView {
                text: tr.t_args(
                    "event-in-zone",
                    &[("time", &f.time(local.time())), ("zone", &text.zone_label)],
                ),
                datetime: utc(at),
            }
        };
        let start_date = e.starts_at.to_zoned_datetime(ref_zone.clone()).date();
        let visitor_tz = i.visitor_zone.map_or(TimeZone::UTC, |z| z.zone().clone());
        let in_visitor = |at: Timestamp| TimeView {
            text: f.date_time_short(at.to_zoned_datetime(visitor_tz.clone()).datetime()),
            datetime: utc(at),
        };
        let shown_zone = f
            .zones()
            .name_and_city(i.visitor_zone.unwrap_or(&ZoneName::utc()), e.starts_at);
        let (programme_tz, programme_zone_name) = if i.programme_in_visitor_zone {
            (visitor_tz.clone(), shown_zone.clone())
        } else {
            (ref_zone.clone(), text.zone_label.clone())
        };
        let is_past = e.is_past(i.now);
        let cities = e
            .chapters
            .iter()
            .filter_map(|slug| i.chapters.iter().find(|c| &c.slug == slug))
            .map(|c| city_row(c, e, i))
            .collect();
        let languages = |langs: &[Lang]| {
            (!langs.is_empty())
                .then(|| f.and_list(&langs.iter().map(|l| lang_name(tr, l)).collect::<Vec<_>>()))
        };
        Self {
            text_dir: text_lang.direction().html(),
            text_lang: text_lang.to_string(),
            not_translated,
            title: text.title.clone(),
            summary: text.summary.clone(),
            description_html: crate::markdown::to_safe_html_linking(
                &text.description,
                &format!("/{}/hashtags/", i.lang),
            ),
            is_past,
            past_notice: is_past
                .then(|| tr.t_with("event-past-notice", "date", &f.gregorian_date(start_date))),
            date_iso: start_date.to_string(),
            gregorian: f.gregorian_date(start_date),
            hijri: f.hijri_date(start_date),
            doors: in_ref(e.doors_open_at),
            starts: in_ref(e.starts_at),
            ends: in_ref(e.ends_at),
            visitor_zone: i.visitor_zone.map(ToString::to_string),
            visitor_hint: tr.t_with("event-zone-hint", "zone", &shown_zone),
            visitor_zone_name: shown_zone.clone(),
            visitor_doors: in_visitor(e.doors_open_at),
            visitor_starts: in_visitor(e.starts_at),
            visitor_ends: in_visitor(e.ends_at),
            zone_options: zone_options(i),
            countdown: countdown(e, i.now, tr, f),
            cities,
            places: e.places.map(|p| {
                tr.t_count(
                    "places-limited",
                    i64::from(p.get()),
                    &f.number(i64::from(p.get())),
                )
            }),
            registration_notice: None,
            register_link: None,
            proceedings: tr.t_with(
                "event-proceedings",
                "language",
                &lang_name(tr, &e.proceedings_language),
            ),
            interpretation: languages(&e.interpretation_languages)
                .map(|l| tr.t_with("event-interpretation", "languages", &l)),
            captions: languages(&e.caption_languages)
                .map(|l| tr.t_with("event-captions", "languages", &l)),
            eligibility: text.eligibility.clone(),
            trailer: e.trailer.as_ref().map(|v| video_view(v, i.tr, i.lang)),
            segments: segments(e, text, i, &programme_tz),
            programme_hint: tr.t_with("event-zone-hint", "zone", &programme_zone_name),
            speakers: e
                .speakers
                .iter()
                .map(|s| {
                    let t = text.speakers.get(&s.id);
                    SpeakerView {
                        name: t
                            .and_then(|t| t.name.clone())
                            .unwrap_or_else(|| s.name.clone()),
                        role: t.map(|t| t.role.clone()).unwrap_or_default(),
                        country: country_name(tr, s.country.as_str()),
                    }
                })
                .collect(),
            chapters: e
                .chapters
                .iter()
                .filter_map(|slug| i.chapters.iter().find(|c| &c.slug == slug))
                .map(|c| {
                    c.name
                        .get(i.lang)
                        .cloned()
                        .unwrap_or_else(|| c.slug.to_string())
                })
                .collect(),
            hashtags: e
                .hashtags
                .iter()
                .map(|h| hashtag_view(h.as_str(), &text.title, &i.page_url, tr))
                .collect(),
        }
    }
}

fn empty_text() -> &'static EventText {
    static EMPTY: std::sync::OnceLock<EventText> = std::sync::OnceLock::new();
    EMPTY.get_or_init(|| EventText {
        title: String::new(),
        summary: String::new(),
        eligibility: String::new(),
        zone_label: String::new(),
        attestation: String::new(),
        description: String::new(),
        segments: Default::default(),
        speakers: Default::default(),
        publication: Default::default(),
    })
}

fn utc(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub(crate) fn lang_name(tr: Translator<'_>, lang: &Lang) -> String {
    tr.t(&format!("lang-{lang}"))
}
