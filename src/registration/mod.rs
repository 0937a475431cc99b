//! Registration with limited places: double opt-in, a waitlist promoted in order through
//! expiring offers, and the mail each step sends (as jobs).
//!
//! The guarantees live in storage (`storage::registrations`): place-taking is serialised on
//! the event's place counter, and every mail is written in the same transaction as the
//! change it reports.

mod access;
mod group_commit;
mod ics;
mod links;
mod model;
mod place_calendar;
mod repeat;
pub(crate) mod web;

pub use access::registration_for;
pub use group_commit::{QueueClosed, SignUpQueue};
pub use ics::{CalendarEntry, CalendarMethod, CalendarParty, calendar, calendar_of};
pub use links::{LinkKey, Purpose, VerifiedLink, new_nonce};
pub use model::*;
pub use place_calendar::PlaceCalendar;
pub use repeat::{Change, Repeat, repeat_sign_up};
pub use web::router;
