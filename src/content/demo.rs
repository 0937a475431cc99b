//! The demo content shipped inside the binary, and the date shift that keeps it upcoming.

use super::SiteContent;
use jiff::{Span, Timestamp};
use std::path::Path;

#[derive(rust_embed::Embed)]
#[folder = "content/demo/"]
struct DemoFiles;

/// The slug of the demo's upcoming edition.
pub const DEMO_UPCOMING_EVENT: &str = "water-for-every-home-2026";

/// How far ahead of today the demo's upcoming edition is placed.
const DEMO_DAYS_AHEAD: i64 = 28;

/// Writes the embedded demo content folder to `target` (created if missing).
pub fn demo_content_dir(target: &Path) -> std::io::Result<()> {
    for name in DemoFiles::iter() {
        let Some(file) = DemoFiles::get(&name) else {
            continue;
        };
        let path = target.join(name.as_ref());
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, file.data.as_ref())?;
    }
    Ok(())
}

impl SiteContent {
    /// Moves every event by the same whole number of days (keeping local times) so that the
    /// demo's upcoming edition opens its doors four weeks after `now`.
    pub fn shift_demo_dates(&mut self, now: Timestamp) {
        let Some(upcoming) = self
            .events
            .iter()
            .find(|e| e.slug.as_str() == DEMO_UPCOMING_EVENT)
        else {
            return;
        };
        let zone = upcoming.reference_zone.clone();
        let today = now.to_zoned_datetime(zone.zone().clone()).date();
        let doors_day = upcoming
            .doors_open_at
            .to_zoned_datetime(zone.zone().clone())
            .date();
        let Ok(target) = today.checked_add(Span::new().days(DEMO_DAYS_AHEAD)) else {
            return;
        };
        let Ok(shift) = doors_day.until(target) else {
            return;
        };
        let days = shift.get_days();
        for event in &mut self.events {
            event.move_by_days(days);
        }
        // The shift is counted in the event's zone, but a post becomes public at the start of
        // its day in UTC: late in the UTC day, "today" in Madinah is already tomorrow, and a
        // post moved to it would vanish from the demo until midnight UTC. No post moves past
        // today in UTC.
        let today_utc = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
        for post in &mut self.posts {
            if let Ok(date) = post.published_on.checked_add(Span::new().days(days)) {
                post.published_on = date.min(today_utc.max(post.published_on));
            }
        }
    }
}
