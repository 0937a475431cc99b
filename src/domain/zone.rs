//! `ZoneName`: an IANA time zone that exists in the bundled time zone database.

use jiff::tz::{TimeZone, TimeZoneDatabase};
use std::str::FromStr;
use std::sync::LazyLock;

/// The compiled-in tz database, so that results do not depend on the host's zoneinfo.
static TZDB: LazyLock<TimeZoneDatabase> = LazyLock::new(TimeZoneDatabase::bundled);

/// An IANA zone name such as `Asia/Riyadh`, known to the bundled database.
#[derive(Clone, Debug)]
pub struct ZoneName {
    name: String,
    zone: TimeZone,
}

/// Why a text is not a known time zone.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "{0:?} is not a known time zone; use an IANA name such as \"Asia/Riyadh\" or \"Europe/Paris\""
)]
pub struct ZoneNameError(String);

impl ZoneName {
    /// The IANA name.
    pub fn as_str(&self) -> &str {
        &self.name
    }

    /// The zone's rules.
    pub fn zone(&self) -> &TimeZone {
        &self.zone
    }

    /// UTC.
    pub fn utc() -> Self {
        Self {
            name: "UTC".to_owned(),
            zone: TimeZone::UTC,
        }
    }

    /// Every zone name of the bundled database, sorted.
    pub fn all_names() -> Vec<String> {
        let mut names: Vec<String> = TZDB.available().map(|n| n.as_str().to_owned()).collect();
        names.sort();
        names
    }
}

impl PartialEq for ZoneName {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}
impl Eq for ZoneName {}

impl FromStr for ZoneName {
    type Err = ZoneNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() > 64
            || !s
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/_-+".contains(&b))
        {
            return Err(ZoneNameError(s.to_owned()));
        }
        let zone = TZDB.get(s).map_err(|_| ZoneNameError(s.to_owned()))?;
        // Keep the database's canonical spelling of the name.
        let name = zone.iana_name().unwrap_or(s).to_owned();
        Ok(Self { name, zone })
    }
}

super::string_serde!(ZoneName);

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn knows_the_chapters_zones_and_rejects_others() {
        for ok in [
            "Asia/Riyadh",
            "Asia/Karachi",
            "Australia/Sydney",
            "Europe/Istanbul",
            "UTC",
        ] {
            assert!(ok.parse::<ZoneName>().is_ok(), "{ok}");
        }
        for bad in ["", "Mars/Olympus", "../etc/passwd", "Asia/Riyadh\n"] {
            assert!(bad.parse::<ZoneName>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn converts_madinah_time_to_the_chapters_cities() -> Result<(), Box<dyn std::error::Error>> {
        let riyadh: ZoneName = "Asia/Riyadh".parse()?;
        let start = date(2026, 12, 19)
            .at(16, 0, 0, 0)
            .to_zoned_datetime(riyadh.zone().clone())?;
        let local = |zone: &str| -> Result<String, Box<dyn std::error::Error>> {
            let z: ZoneName = zone.parse()?;
            Ok(start
                .with_time_zone(z.zone().clone())
                .strftime("%Y-%m-%d %H:%M")
                .to_string())
        };
        assert_eq!(local("Asia/Beirut")?, "2026-12-19 15:00");
        assert_eq!(local("Africa/Tunis")?, "2026-12-19 14:00");
        assert_eq!(local("Asia/Karachi")?, "2026-12-19 18:00");
        assert_eq!(local("Asia/Jakarta")?, "2026-12-19 20:00");
        assert_eq!(local("Europe/Istanbul")?, "2026-12-19 16:00");
        // Sydney is on daylight saving time (UTC+11) in December: past midnight.
        assert_eq!(local("Australia/Sydney")?, "2026-12-20 00:00");
        Ok(())
    }
}
