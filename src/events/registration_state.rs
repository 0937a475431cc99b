//! Where registration for an event stands at an instant, and what the event page says about
//! it: not open yet (and when it opens), open (places left, until when), full (the waitlist),
//! closed (since when), live (the hall, for the registered), past (the recordings).

use super::view::EventView;
use crate::content::Event;
use crate::domain::Lang;
use crate::i18n::{Formats, Translator};
use crate::registration::Places;
use jiff::Timestamp;

/// The state of an event's registration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegistrationState {
    /// Registration opens at this instant.
    NotYetOpen(Timestamp),
    /// Open, with this many places left (`None`: unlimited), until the instant if one is set.
    Open {
        left: Option<i64>,
        until: Option<Timestamp>,
    },
    /// Open, every place taken: new registrations join the waitlist.
    Full { until: Option<Timestamp> },
    /// Closed at this instant, before the event.
    Closed(Timestamp),
    /// The hall is open (doors to end); `registering` if registration still takes people.
    Live { registering: bool },
    /// The event has ended.
    Past,
}

impl RegistrationState {
    /// The state of `event` with `places` at `now`.
    pub fn at(event: &Event, places: Places, now: Timestamp) -> Self {
        if event.is_past(now) {
            return Self::Past;
        }
        if event.doors_open_at <= now {
            return Self::Live {
                registering: event.registration_open(now),
            };
        }
        if let Some(opens) = event.registration_opens_at.filter(|o| now < *o) {
            return Self::NotYetOpen(opens);
        }
        if let Some(closed) = event.registration_closes_at.filter(|c| *c <= now) {
            return Self::Closed(closed);
        }
        let until = event.registration_closes_at;
        match places.left() {
            Some(0) => Self::Full { until },
            left => Self::Open { left, until },
        }
    }
}

impl EventView {
    /// Adds what registration shows at `now`: the notice, places left (live), and the way to
    /// the form with the words that fit (a place, or the waitlist).
    pub fn add_registration(
        &mut self,
        event: &Event,
        places: Places,
        lang: &Lang,
        tr: Translator<'_>,
        f: &Formats,
        now: Timestamp,
    ) {
        let zone_label = event.text(lang, now).map_or_else(
            || event.reference_zone.to_string(),
            |t| t.zone_label.clone(),
        );
        let when = |at: Timestamp| {
            let local = at.to_zoned_datetime(event.reference_zone.zone().clone());
            // The Hijri date first, as everywhere on the site.
            let date = format!(
                "{} ({})",
                f.hijri_date(local.date()),
                f.gregorian_date(local.date())
            );
            let time = tr.t_args(
                "event-in-zone",
                &[("time", &f.time(local.time())), ("zone", &zone_label)],
            );
            (date, time)
        };
        let register = format!("/{lang}/events/{}/register", event.slug);
        let state = RegistrationState::at(event, places, now);
        self.registration_notice = match state {
            RegistrationState::NotYetOpen(opens) => {
                let (date, time) = when(opens);
                Some(tr.t_args(
                    "registration-opens-notice",
                    &[("date", &date), ("time", &time)],
                ))
            }
            RegistrationState::Open {
                until: Some(until), ..
            }
            | RegistrationState::Full { until: Some(until) } => {
                let (date, time) = when(until);
                Some(tr.t_args(
                    "registration-open-notice",
                    &[("date", &date), ("time", &time)],
                ))
            }
            RegistrationState::Closed(closed) => {
                Some(tr.t_with("registration-closed-notice", "date", &when(closed).0))
            }
            RegistrationState::Live { .. } => Some(tr.t("event-live-notice")),
            RegistrationState::Open { until: None, .. }
            | RegistrationState::Full { until: None }
            | RegistrationState::Past => None,
        };
        match state {
            RegistrationState::Open { left, .. } => {
                if let Some(left) = left {
                    self.places = Some(tr.t_count("places-left", left, &f.number(left)));
                }
                self.register_link = Some((register, tr.t("register-link")));
            }
            RegistrationState::Full { .. } => {
                self.places = Some(tr.t("places-full"));
                self.register_link = Some((register, tr.t("register-waitlist-link")));
            }
            RegistrationState::Live { registering } => {
                self.places = None;
                if registering {
                    let label = if places.left() == Some(0) {
                        "register-waitlist-link"
                    } else {
                        "register-link"
                    };
                    self.register_link = Some((register, tr.t(label)));
                }
            }
            RegistrationState::Closed(_) | RegistrationState::Past => self.places = None,
            // Before registration opens the page shows how many places there will be.
            RegistrationState::NotYetOpen(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registration::Places;

    fn event() -> Event {
        let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/demo");
        let report = crate::content::read_dir(&demo, &mut |_, _, _| {}).expect("demo content");
        report
            .content
            .events
            .into_iter()
            .find(|e| e.registration_opens_at.is_some() && e.registration_closes_at.is_some())
            .expect("a demo event with a registration window")
    }

    fn places(capacity: i64, held: i64) -> Places {
        Places {
            capacity: Some(capacity),
            held,
        }
    }

    #[test]
    fn each_stage_of_the_registration_life() {
        let e = event();
        let (opens, closes) = (
            e.registration_opens_at.expect("opens"),
            e.registration_closes_at.expect("closes"),
        );
        let second = jiff::SignedDuration::from_secs(1);
        assert_eq!(
            RegistrationState::at(&e, places(10, 0), opens - second),
            RegistrationState::NotYetOpen(opens)
        );
        assert_eq!(
            RegistrationState::at(&e, places(10, 9), opens),
            RegistrationState::Open {
                left: Some(1),
                until: Some(closes)
            }
        );
        assert_eq!(
            RegistrationState::at(&e, places(10, 10), opens),
            RegistrationState::Full {
                until: Some(closes)
            }
        );
        assert_eq!(
            RegistrationState::at(&e, places(10, 9), closes),
            RegistrationState::Closed(closes),
            "closed with a place left: the place is no longer offered"
        );
        assert_eq!(
            RegistrationState::at(&e, places(10, 9), e.doors_open_at),
            RegistrationState::Live {
                registering: e.registration_open(e.doors_open_at)
            }
        );
        assert_eq!(
            RegistrationState::at(&e, places(10, 9), e.ends_at),
            RegistrationState::Past
        );
    }
}
