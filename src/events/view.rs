//! The event page's view model: every text already translated and formatted, so the
//! template only lays it out.

pub(crate) use super::video::{VideoView, video_view};
use crate::content::{Chapter, Event, EventText, SegmentKind, SiteSettings};
use crate::domain::{Lang, ZoneName};
use crate::i18n::{Formats, Translator, country_name};
use jiff::{Timestamp, tz::TimeZone};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use std::collections::BTreeSet;

/// An instant as shown: its text and its `datetime` attribute (UTC, RFC 3339).
pub struct TimeView {
    pub text: String,
    pub datetime: String,
}

/// One programme segment.
pub struct SegmentView {
    pub id: String,
    pub kind: &'static str,
    pub label: String,
    pub title: String,
    pub description: Option<String>,
    pub time: TimeView,
    pub length: String,
    /// "Speakers: Amal Haddad and Maya Khoury" (singular for one), empty for none.
    pub speakers: String,
    pub recording: Option<VideoView>,
}

/// A row of the chapters' cities table.
pub struct CityRow {
    pub city: String,
    pub country: String,
    pub date: TimeView,
    pub doors: TimeView,
    pub starts: TimeView,
}

/// A speaker.
pub struct SpeakerView {
    pub name: String,
    pub role: String,
    /// The country's name. No flag: emoji flags read as two letters ("LB") on systems
    /// without a colour emoji font.
    pub country: String,
}

/// A hashtag and its share links.
pub struct HashtagView {
    pub tag: String,
    pub links: Vec<(String, String)>,
}

/// An option of the zone picker.
pub struct ZoneOption {
    pub name: String,
    pub label: String,
    pub selected: bool,
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

/// Zones offered in the picker besides the event's and chapters' own.
const COMMON_ZONES: &[&str] = &[
    "UTC",
    "Africa/Cairo",
    "Africa/Casablanca",
    "Africa/Lagos",
    "Africa/Nairobi",
    "America/Los_Angeles",
    "America/New_York",
    "America/Sao_Paulo",
    "America/Toronto",
    "Asia/Baghdad",
    "Asia/Dhaka",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Kuala_Lumpur",
    "Asia/Tehran",
    "Asia/Tokyo",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Paris",
];

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
        let (text_lang, text) = match e.text(i.lang) {
            Some(t) => (i.lang.clone(), t),
            None => {
                let fallback = &i.settings.default_language;
                (
                    fallback.clone(),
                    e.text(fallback).unwrap_or_else(|| empty_text()),
                )
            }
        };
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
    })
}

fn utc(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub(crate) fn lang_name(tr: Translator<'_>, lang: &Lang) -> String {
    tr.t(&format!("lang-{lang}"))
}

fn city_row(c: &Chapter, e: &Event, i: &ViewInputs<'_>) -> CityRow {
    let f = i.formats;
    let zone = c.time_zone.zone();
    let doors = e.doors_open_at.to_zoned_datetime(zone.clone());
    let starts = e.starts_at.to_zoned_datetime(zone.clone());
    // The row's date is the doors' date, the first time it shows; a start that falls on the
    // next day there (Sydney: doors 11:30 PM, start 12:00 AM) carries its own date.
    let starts_text = if starts.date() == doors.date() {
        f.time(starts.time())
    } else {
        f.date_time_short(starts.datetime())
    };
    CityRow {
        city: c.city.get(i.lang).cloned().unwrap_or_default(),
        country: country_name(i.tr, c.country.as_str()),
        date: TimeView {
            text: f.gregorian_short(doors.date()),
            datetime: doors.date().to_string(),
        },
        doors: TimeView {
            text: f.time(doors.time()),
            datetime: utc(e.doors_open_at),
        },
        starts: TimeView {
            text: starts_text,
            datetime: utc(e.starts_at),
        },
    }
}

fn countdown(e: &Event, now: Timestamp, tr: Translator<'_>, f: &Formats) -> String {
    if e.is_past(now) {
        return crate::i18n::escape_html(&tr.t("countdown-ended"));
    }
    if e.doors_open_at <= now {
        return crate::i18n::escape_html(&tr.t("countdown-open"));
    }
    let seconds_total = e.doors_open_at.duration_since(now).as_secs().max(0);
    if seconds_total < 3600 {
        // The last hour as a clock, "38:05", as the pages' scripts then keep it: the same in
        // every language (never Arabic's "zero minutes" beside English's "00:38").
        let (m, s) = (seconds_total / 60, seconds_total % 60);
        let clock = format!("{}:{}", f.two_digits(m), f.two_digits(s));
        return tr.t_with_time(
            "countdown-doors",
            "duration",
            &clock,
            &format!("PT{seconds_total}S"),
        );
    }
    let minutes_total = seconds_total / 60;
    let (days, hours, minutes) = (
        minutes_total / 1440,
        (minutes_total % 1440) / 60,
        minutes_total % 60,
    );
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(tr.t_count("duration-days", days, &f.number(days)));
    }
    if hours > 0 {
        parts.push(tr.t_count("duration-hours", hours, &f.number(hours)));
    }
    if days == 0 && (minutes > 0 || parts.is_empty()) {
        parts.push(tr.t_count("duration-minutes", minutes, &f.number(minutes)));
    }
    let duration = format!("P{days}DT{hours}H{minutes}M");
    tr.t_with_time(
        "countdown-doors",
        "duration",
        &f.unit_list(&parts),
        &duration,
    )
}

/// The zones of the picker, named for people in the page's language; the one whose times
/// are shown is selected (UTC until the visitor chooses, as the text below it says).
fn zone_options(i: &ViewInputs<'_>) -> Vec<ZoneOption> {
    let mut names: BTreeSet<String> = COMMON_ZONES.iter().map(|z| (*z).to_owned()).collect();
    names.insert(i.event.reference_zone.to_string());
    names.extend(i.chapters.iter().map(|c| c.time_zone.to_string()));
    if let Some(z) = i.visitor_zone {
        names.insert(z.to_string());
    }
    let selected = i.visitor_zone.map_or("UTC", ZoneName::as_str);
    i.formats
        .zones()
        .choices(names.iter().map(String::as_str), i.event.starts_at)
        .into_iter()
        .map(|z| ZoneOption {
            selected: z.id == selected,
            name: z.id,
            label: z.label,
        })
        .collect()
}

/// The programme, its times in `zone`; a segment on another day there than the doors
/// carries its date.
fn segments(e: &Event, text: &EventText, i: &ViewInputs<'_>, zone: &TimeZone) -> Vec<SegmentView> {
    let doors_day = e.doors_open_at.to_zoned_datetime(zone.clone()).date();
    let (tr, f) = (i.tr, i.formats);
    let mut counters = std::collections::HashMap::<SegmentKind, i64>::new();
    e.segments
        .iter()
        .map(|s| {
            let n = counters.entry(s.kind).or_default();
            *n += 1;
            let label = match s.kind {
                SegmentKind::Dialogue | SegmentKind::Video => tr.t_with(
                    &format!("segment-{}", s.kind.as_str()),
                    "number",
                    &f.number(*n),
                ),
                kind => tr.t(&format!("segment-{}", kind.as_str())),
            };
            let t = text.segments.get(&s.id);
            let local = s.starts_at.to_zoned_datetime(zone.clone());
            let speakers: Vec<String> = s
                .speakers
                .iter()
                .filter_map(|id| e.speaker(id))
                .map(|sp| {
                    text.speakers
                        .get(&sp.id)
                        .and_then(|t| t.name.clone())
                        .unwrap_or_else(|| sp.name.clone())
                })
                .collect();
            SegmentView {
                id: s.id.to_string(),
                kind: s.kind.as_str(),
                label,
                title: t.map(|t| t.title.clone()).unwrap_or_default(),
                description: t.and_then(|t| t.description.clone()),
                time: TimeView {
                    text: if local.date() == doors_day {
                        f.time(local.time())
                    } else {
                        f.date_time_short(local.datetime())
                    },
                    datetime: utc(s.starts_at),
                },
                length: tr.t_count(
                    "segment-length",
                    i64::from(s.minutes),
                    &f.number(i64::from(s.minutes)),
                ),
                speakers: if speakers.is_empty() {
                    String::new()
                } else {
                    tr.t_count_args(
                        "segment-speakers-list",
                        i64::try_from(speakers.len()).unwrap_or(i64::MAX),
                        &[("names", &f.and_list(&speakers))],
                    )
                },
                recording: s.recording.as_ref().map(|v| video_view(v, i.tr, i.lang)),
            }
        })
        .collect()
}

pub(crate) fn hashtag_view(
    tag: &str,
    title: &str,
    page_url: &str,
    tr: Translator<'_>,
) -> HashtagView {
    HashtagView {
        tag: tag.to_owned(),
        links: share_links(&format!("{title} #{tag}"), page_url, tr),
    }
}

/// Links that share `page_url` with `message` on the usual networks: (label, href).
pub(crate) fn share_links(
    message: &str,
    page_url: &str,
    tr: Translator<'_>,
) -> Vec<(String, String)> {
    let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
    vec![
        (
            tr.t("share-x"),
            format!(
                "https://x.com/intent/post?text={}&url={}",
                enc(message),
                enc(page_url)
            ),
        ),
        (
            tr.t("share-facebook"),
            format!(
                "https://www.facebook.com/sharer/sharer.php?u={}",
                enc(page_url)
            ),
        ),
        (
            tr.t("share-telegram"),
            format!(
                "https://t.me/share/url?url={}&text={}",
                enc(page_url),
                enc(message)
            ),
        ),
        (
            tr.t("share-whatsapp"),
            format!(
                "https://wa.me/?text={}",
                enc(&format!("{message} {page_url}"))
            ),
        ),
    ]
}
