//! When the event is, as the personal page shows it: the day in both calendars and the
//! three times, all in the attendee's own zone and labelled with it.

use crate::content::Event;
use crate::domain::ZoneName;
use crate::i18n::{Formats, Translator};
use jiff::Timestamp;

/// One time of the event: its label, its text, its `datetime` attribute (UTC, RFC 3339).
pub(crate) struct ScheduleTime {
    pub label: String,
    pub text: String,
    pub datetime: String,
}

/// The event's day and times in one zone.
pub(crate) struct Schedule {
    /// The day doors open, in the site's Hijri calendar and in the Gregorian one.
    pub hijri: String,
    pub gregorian: String,
    /// That day as `YYYY-MM-DD`.
    pub date_iso: String,
    /// Doors, start and end, each labelled with the zone.
    pub times: Vec<ScheduleTime>,
}

impl Schedule {
    /// The schedule of `event` in `zone`. A time that falls on another day than the doors
    /// (a zone far east or west of the event's) carries its own date.
    pub(crate) fn new(event: &Event, zone: &ZoneName, f: &Formats, tr: Translator<'_>) -> Self {
        let tz = zone.zone();
        let label = f.zones().name(zone, event.starts_at);
        let day = event.doors_open_at.to_zoned_datetime(tz.clone()).date();
        let time = |key: &str, at: Timestamp| {
            let local = at.to_zoned_datetime(tz.clone());
            let shown = if local.date() == day {
                f.time(local.time())
            } else {
                f.date_time_short(local.datetime())
            };
            ScheduleTime {
                label: tr.t(key),
                text: tr.t_args("event-in-zone", &[("time", &shown), ("zone", &label)]),
                datetime: at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            }
        };
        Self {
            hijri: f.hijri_date(day),
            gregorian: f.gregorian_date(day),
            date_iso: day.to_string(),
            times: vec![
                time("table-doors", event.doors_open_at),
                time("table-start", event.starts_at),
                time("table-end", event.ends_at),
            ],
        }
    }
}
