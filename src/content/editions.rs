//! Moving an event in time and starting a new edition from an earlier one: every time
//! keeps its clock time in the event's reference zone, only the day changes.

use super::Event;
use crate::domain::{Slug, ZoneName};
use jiff::{Span, Timestamp, civil};

impl Event {
    /// Moves the whole event `days` later (earlier when negative): doors, start, end, the
    /// registration window and every segment, each at the same clock time in the reference
    /// zone (so a daylight-saving change in between does not shift the programme).
    pub fn move_by_days(&mut self, days: i32) {
        let z = self.reference_zone.clone();
        self.doors_open_at = shift_days(self.doors_open_at, &z, days);
        self.starts_at = shift_days(self.starts_at, &z, days);
        self.ends_at = shift_days(self.ends_at, &z, days);
        self.registration_opens_at = self.registration_opens_at.map(|t| shift_days(t, &z, days));
        self.registration_closes_at = self.registration_closes_at.map(|t| shift_days(t, &z, days));
        for segment in &mut self.segments {
            segment.starts_at = shift_days(segment.starts_at, &z, days);
        }
    }

    /// A new edition of this event under `slug`, `days` later: programme, speakers, texts,
    /// chapters, stream and registration window copied and moved; the recordings stay with
    /// the edition they were made at. It starts as a draft, off the public site.
    pub fn next_edition(&self, slug: Slug, days: i32) -> Event {
        let mut edition = self.clone();
        edition.slug = slug;
        edition.draft = true;
        edition.move_by_days(days);
        for segment in &mut edition.segments {
            segment.recording = None;
        }
        edition
    }
}

/// The same civil time `days` later in `zone` (unchanged if that day has no such time).
fn shift_days(at: Timestamp, zone: &ZoneName, days: i32) -> Timestamp {
    let local: civil::DateTime = at.to_zoned_datetime(zone.zone().clone()).datetime();
    local
        .checked_add(Span::new().days(days))
        .ok()
        .and_then(|dt| dt.to_zoned_datetime(zone.zone().clone()).ok())
        .map_or(at, |z| z.timestamp())
}
