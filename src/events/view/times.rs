//! The zone picker's options and the countdown to the doors opening.

use super::ViewInputs;
use crate::content::Event;
use crate::domain::ZoneName;
use crate::i18n::{Formats, Translator};
use jiff::Timestamp;
use std::collections::BTreeSet;

/// An option of the zone picker.
pub struct ZoneOption {
    pub name: String,
    pub label: String,
    pub selected: bool,
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

pub(super) fn countdown(e: &Event, now: Timestamp, tr: Translator<'_>, f: &Formats) -> String {
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
pub(super) fn zone_options(i: &ViewInputs<'_>) -> Vec<ZoneOption> {
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
