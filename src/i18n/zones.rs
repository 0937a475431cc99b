//! Time zones named for people: CLDR's names in the page's language ("Pakistan Time",
//! "Karachi", "GMT+05:00"), formatted by ICU4X from its compiled data, never the IANA id.
//! The id stays what forms send and what is stored.

use crate::domain::ZoneName;
use icu::collator::options::CollatorOptions;
use icu::collator::{Collator, CollatorBorrowed};
use icu::datetime::NoCalendarFormatter;
use icu::datetime::fieldsets::zone::{ExemplarCity, GenericLong, LocalizedOffsetLong};
use icu::datetime::input::{TimeZone, UtcOffset};
use icu::locale::Locale;
use icu::time::zone::ZoneNameTimestamp;
use jiff::Timestamp;

/// Zone name formatters for one locale, and its collation to sort them.
pub struct ZoneNames {
    generic: NoCalendarFormatter<GenericLong>,
    city: NoCalendarFormatter<ExemplarCity>,
    offset: NoCalendarFormatter<LocalizedOffsetLong>,
    collator: CollatorBorrowed<'static>,
    /// French, whose CLDR names ("heure : Japon") need the no-break space before ":".
    french: bool,
}

/// One zone of a picker: its IANA id (the form value) and what people read.
pub struct ZoneChoice {
    pub id: String,
    pub label: String,
}

/// What is needed to name a zone at one instant.
struct Input {
    zone: TimeZone,
    offset: Option<UtcOffset>,
    at: ZoneNameTimestamp,
}

impl ZoneNames {
    /// Formatters for `locale` (its `-u-nu-` digits are used for offsets). `None` when ICU
    /// has no data for it.
    pub(super) fn new(locale: &Locale) -> Option<Self> {
        Some(Self {
            generic: NoCalendarFormatter::try_new(locale.into(), GenericLong).ok()?,
            city: NoCalendarFormatter::try_new(locale.into(), ExemplarCity).ok()?,
            offset: NoCalendarFormatter::try_new(locale.into(), LocalizedOffsetLong).ok()?,
            collator: Collator::try_new(locale.into(), CollatorOptions::default()).ok()?,
            french: locale.id.language.as_str() == "fr",
        })
    }

    fn input(zone: &ZoneName, at: Timestamp) -> Input {
        let seconds = zone.zone().to_offset(at).seconds();
        Input {
            zone: TimeZone::from_iana_id(zone.as_str()),
            offset: UtcOffset::try_from_seconds(seconds).ok(),
            at: ZoneNameTimestamp::from_epoch_seconds(at.as_second()),
        }
    }

    /// The zone's name at `at`, as people say it: "Pakistan Time", "Central European
    /// Time", "Türkiye Time" (CLDR's generic name, else its location name), "GMT+05:00"
    /// for a zone CLDR has no name for.
    pub fn name(&self, zone: &ZoneName, at: Timestamp) -> String {
        let i = Self::input(zone, at);
        let info = i.zone.with_offset(i.offset).with_zone_name_timestamp(i.at);
        let name = self.generic.format(&info).to_string();
        if self.french {
            // CLDR's French region format is "heure : {0}" with a plain space, which a
            // line can break at; French typography wants a no-break space there.
            name.replace(" :", "\u{a0}:")
        } else {
            name
        }
    }

    /// The zone's main city in the page's language ("Karachi", "كراتشي"), or `None` for
    /// zones without one (UTC).
    pub fn city(&self, zone: &ZoneName) -> Option<String> {
        let id = TimeZone::from_iana_id(zone.as_str());
        if id.is_unknown() || zone.as_str() == "UTC" || zone.as_str().starts_with("Etc/") {
            return None;
        }
        Some(self.city.format(&id.without_offset()).to_string())
    }

    /// The offset from UTC at `at`: "GMT+05:00" in the locale's words and digits.
    pub fn offset(&self, zone: &ZoneName, at: Timestamp) -> String {
        let i = Self::input(zone, at);
        match i.offset {
            Some(offset) => self.offset.format(&offset).to_string(),
            None => String::new(),
        }
    }

    /// The zone as a person recognises it among others that share its name: "Central
    /// European Time — Paris" ("Coordinated Universal Time" alone for UTC).
    pub fn name_and_city(&self, zone: &ZoneName, at: Timestamp) -> String {
        let name = self.name(zone, at);
        match self.city(zone) {
            Some(city) if !name.contains(&city) => format!("{name} — {city}"),
            _ => name,
        }
    }

    /// Zones for a picker, labelled "Pakistan Time — Karachi (GMT+05:00)" with the offsets
    /// at `at`, ordered from west to east and, within one offset, alphabetically in the
    /// page's language. Names that are not zones are left out.
    pub fn choices<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
        at: Timestamp,
    ) -> Vec<ZoneChoice> {
        let mut rows: Vec<(i32, ZoneChoice)> = ids
            .into_iter()
            .filter_map(|id| id.parse::<ZoneName>().ok())
            .map(|zone| {
                let label = format!(
                    "{} ({})",
                    self.name_and_city(&zone, at),
                    self.offset(&zone, at)
                );
                let seconds = zone.zone().to_offset(at).seconds();
                let id = zone.as_str().to_owned();
                (seconds, ZoneChoice { id, label })
            })
            .collect();
        rows.sort_by(|(a, a_choice), (b, b_choice)| {
            a.cmp(b)
                .then_with(|| self.collator.compare(&a_choice.label, &b_choice.label))
                .then_with(|| a_choice.id.cmp(&b_choice.id))
        });
        rows.dedup_by(|(_, a), (_, b)| a.id == b.id);
        rows.into_iter().map(|(_, choice)| choice).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(tag: &str) -> ZoneNames {
        let locale = Locale::try_from_str(&format!("{tag}-u-nu-latn")).expect("locale");
        ZoneNames::new(&locale).expect("ICU data")
    }

    fn zone(id: &str) -> ZoneName {
        id.parse().expect("zone")
    }

    /// 19 December 2026, the demo conference's day (northern winter, southern summer).
    fn december() -> Timestamp {
        "2026-12-19T13:00:00Z".parse().expect("instant")
    }

    #[test]
    fn zones_are_named_in_english_arabic_and_french() {
        let cases = [
            ("en", "Asia/Karachi", "Pakistan Time", "Karachi"),
            ("en", "America/Los_Angeles", "Pacific Time", "Los Angeles"),
            ("en", "Asia/Riyadh", "Arabian Time", "Riyadh"),
            ("ar", "Asia/Karachi", "توقيت باكستان", "كراتشي"),
            ("ar", "Asia/Beirut", "توقيت شرق أوروبا", "بيروت"),
            ("ar", "Asia/Riyadh", "التوقيت العربي", "الرياض"),
            ("fr", "Asia/Karachi", "heure du Pakistan", "Karachi"),
            ("fr", "Europe/Paris", "heure d’Europe centrale", "Paris"),
            ("fr", "Asia/Tehran", "heure de l’Iran", "Téhéran"),
        ];
        for (lang, id, name, city) in cases {
            let n = names(lang);
            assert_eq!(n.name(&zone(id), december()), name, "{lang} {id}");
            assert_eq!(n.city(&zone(id)).as_deref(), Some(city), "{lang} {id}");
        }
    }

    #[test]
    fn utc_has_a_name_and_no_city() {
        let en = names("en");
        assert_eq!(
            en.name_and_city(&zone("UTC"), december()),
            "Coordinated Universal Time"
        );
        assert_eq!(names("fr").city(&zone("UTC")), None);
    }

    #[test]
    fn offsets_follow_the_season_and_the_locale() {
        let en = names("en");
        let july: Timestamp = "2026-07-01T12:00:00Z".parse().expect("instant");
        let sydney = zone("Australia/Sydney");
        assert_eq!(en.offset(&sydney, december()), "GMT+11:00");
        assert_eq!(en.offset(&sydney, july), "GMT+10:00");
        assert_eq!(
            names("fr").offset(&zone("Asia/Kathmandu"), july),
            "UTC+05:45"
        );
    }

    #[test]
    fn a_picker_goes_west_to_east_with_names_not_ids() {
        let en = names("en");
        let ids = [
            "Asia/Karachi",
            "UTC",
            "America/Los_Angeles",
            "Europe/Paris",
            "Africa/Tunis",
        ];
        let choices = en.choices(ids, december());
        let labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Pacific Time — Los Angeles (GMT-08:00)",
                "Coordinated Universal Time (GMT+00:00)",
                "Central European Time — Paris (GMT+01:00)",
                "Central European Time — Tunis (GMT+01:00)",
                "Pakistan Time — Karachi (GMT+05:00)",
            ]
        );
        assert_eq!(
            choices[0].id, "America/Los_Angeles",
            "the form value stays the IANA id"
        );
        let ar = names("ar").choices(["Asia/Karachi"], december());
        assert_eq!(ar[0].label, "توقيت باكستان — كراتشي (غرينتش\u{200e}+05:00)");
    }
}
