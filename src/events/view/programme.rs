//! The programme's segments and the chapters' cities table, their times each in the zone
//! they are shown in.

use super::{TimeView, VideoView, ViewInputs, utc, video_view};
use crate::content::{Chapter, Event, EventText, SegmentKind};
use crate::i18n::country_name;
use jiff::tz::TimeZone;

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

pub(super) fn city_row(c: &Chapter, e: &Event, i: &ViewInputs<'_>) -> CityRow {
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

/// The programme, its times in `zone`; a segment on another day there than the doors
/// carries its date.
pub(super) fn segments(
    e: &Event,
    text: &EventText,
    i: &ViewInputs<'_>,
    zone: &TimeZone,
) -> Vec<SegmentView> {
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
