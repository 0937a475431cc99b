//! A registration's own entry in the attendee's calendar: the file attached to the
//! confirmation and offered on the personal page, and the cancellation that removes it.
//!
//! Both name the entry by one UID, so a calendar that added it knows what to take out. The
//! UID carries the instant the registration was confirmed: a person who cancels and later
//! registers again gets a new entry (SEQUENCE 0 again), never one a calendar already holds
//! as cancelled (RFC 5546 §2.1.4: a revision needs a higher SEQUENCE to count).

use super::{CalendarEntry, CalendarMethod, CalendarParty, Registration, calendar};
use crate::content::{Event, SiteSettings};
use crate::domain::Lang;
use jiff::Timestamp;

/// The revision of the published entry.
const PUBLISHED: u32 = 0;
/// The revision of its cancellation: higher than [`PUBLISHED`].
const CANCELLED: u32 = 1;

/// What the entry is made of.
pub struct PlaceCalendar<'a> {
    pub registration: &'a Registration,
    pub event: &'a Event,
    pub settings: &'a SiteSettings,
    /// The language of the organiser's name.
    pub lang: &'a Lang,
    pub summary: &'a str,
    pub description: &'a str,
    /// The personal page.
    pub url: &'a str,
    pub now: Timestamp,
}

impl PlaceCalendar<'_> {
    /// The entry's UID: the same in the confirmation, the personal page's file and the
    /// cancellation of one confirmed registration.
    pub fn uid(&self) -> String {
        let reg = self.registration;
        let confirmed = reg.confirmed_at.unwrap_or(reg.created_at).as_second();
        format!("{}-{}-{confirmed}@convene", reg.event, reg.id)
    }

    /// The `.ics` text that adds the entry (`Publish`) or takes it out (`Cancel`).
    pub fn file(&self, method: CalendarMethod) -> String {
        let reg = self.registration;
        calendar(
            &CalendarEntry {
                uid: self.uid(),
                stamp: self.now,
                starts: self.event.doors_open_at,
                ends: self.event.ends_at,
                summary: self.summary,
                description: self.description,
                url: self.url,
                sequence: match method {
                    CalendarMethod::Publish => PUBLISHED,
                    CalendarMethod::Cancel => CANCELLED,
                },
                organizer: Some(CalendarParty {
                    name: &self.settings.text(self.lang).organiser,
                    email: self.settings.contact_email.as_str(),
                }),
                attendee: Some(CalendarParty {
                    name: &reg.name,
                    email: reg.email.as_str(),
                }),
            },
            method,
        )
    }
}
