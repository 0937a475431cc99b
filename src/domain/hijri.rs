//! The Hijri calendar as the site shows it: variant, day adjustment, and conversion.
//!
//! Countries that follow local moon sighting can be a day or two off the computed calendars,
//! so the organiser chooses the variant and an adjustment; the conversion itself is ICU4X's.

use icu::calendar::Date;
use icu::calendar::cal::Hijri;
use icu::calendar::cal::hijri::{TabularAlgorithmEpoch, TabularAlgorithmLeapYears};
use jiff::civil;
use serde::{Deserialize, Serialize};

/// Which Hijri calendar the site uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HijriVariant {
    /// The Umm al-Qura calendar of Saudi Arabia (published tables).
    #[default]
    UmmAlQura,
    /// The arithmetic (tabular, civil) calendar: Friday epoch, leap years of type II.
    Tabular,
}

impl HijriVariant {
    /// The Unicode calendar identifier (`-u-ca-…`) ICU formats this variant with.
    pub fn unicode_calendar(self) -> &'static str {
        match self {
            HijriVariant::UmmAlQura => "islamic-umalqura",
            HijriVariant::Tabular => "islamic-civil",
        }
    }
}

/// A shift of −2 … +2 days applied before converting to the Hijri calendar.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "i8", into = "i8")]
pub struct DayAdjustment(i8);

/// Why a number is not a day adjustment.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the Hijri day adjustment must be between -2 and 2 (got {0})")]
pub struct DayAdjustmentError(i64);

impl DayAdjustment {
    /// The number of days.
    pub fn days(self) -> i8 {
        self.0
    }
}

impl TryFrom<i8> for DayAdjustment {
    type Error = DayAdjustmentError;
    fn try_from(n: i8) -> Result<Self, Self::Error> {
        Self::try_from(i64::from(n))
    }
}

impl TryFrom<i64> for DayAdjustment {
    type Error = DayAdjustmentError;
    fn try_from(n: i64) -> Result<Self, Self::Error> {
        if (-2..=2).contains(&n) {
            Ok(Self(n as i8))
        } else {
            Err(DayAdjustmentError(n))
        }
    }
}

impl From<DayAdjustment> for i8 {
    fn from(a: DayAdjustment) -> i8 {
        a.0
    }
}

/// The site's Hijri settings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HijriSettings {
    pub variant: HijriVariant,
    pub adjustment: DayAdjustment,
}

/// A date in the Hijri calendar, as numbers (month 1 = Muharram).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct HijriDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl HijriSettings {
    /// The Gregorian day whose Hijri date (under the variant's rules) is shown for `date`:
    /// the date shifted by the adjustment.
    pub fn adjusted(&self, date: civil::Date) -> civil::Date {
        date.checked_add(jiff::Span::new().days(i64::from(self.adjustment.days())))
            .unwrap_or(date)
    }

    /// The Hijri date shown for a Gregorian (civil) date.
    pub fn hijri_date(&self, date: civil::Date) -> HijriDate {
        let day = self.adjusted(date);
        let iso = match Date::try_new_iso(i32::from(day.year()), day.month() as u8, day.day() as u8)
        {
            Ok(iso) => iso,
            // jiff's civil range (years -9999..=9999) is within ICU's ISO range.
            Err(_) => {
                return HijriDate {
                    year: 0,
                    month: 1,
                    day: 1,
                };
            }
        };
        let (year, month, day) = match self.variant {
            HijriVariant::UmmAlQura => {
                let h = iso.to_calendar(Hijri::new_umm_al_qura());
                (h.era_year().year, h.month().ordinal, h.day_of_month().0)
            }
            HijriVariant::Tabular => {
                let cal = Hijri::new_tabular(
                    TabularAlgorithmLeapYears::TypeII,
                    TabularAlgorithmEpoch::Friday,
                );
                let h = iso.to_calendar(cal);
                (h.era_year().year, h.month().ordinal, h.day_of_month().0)
            }
        };
        HijriDate { year, month, day }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn uaq(adjust: i8) -> HijriSettings {
        HijriSettings {
            variant: HijriVariant::UmmAlQura,
            adjustment: DayAdjustment::try_from(adjust).expect("in range"),
        }
    }

    fn h(year: i32, month: u8, day: u8) -> HijriDate {
        HijriDate { year, month, day }
    }

    /// Dates from the published Umm al-Qura calendar (ummulqura.org.sa).
    #[test]
    fn umm_al_qura_matches_the_published_tables() {
        let cases = [
            (date(2024, 7, 7), h(1446, 1, 1)),   // 1 Muharram 1446
            (date(2024, 10, 5), h(1446, 4, 2)),  // DESIGN.md's example: 2 Rabiʻ II 1446
            (date(2025, 3, 1), h(1446, 9, 1)),   // 1 Ramadan 1446
            (date(2025, 3, 30), h(1446, 10, 1)), // 1 Shawwal 1446
            (date(2025, 6, 26), h(1447, 1, 1)),  // 1 Muharram 1447
            (date(2026, 2, 18), h(1447, 9, 1)),  // 1 Ramadan 1447
        ];
        for (gregorian, hijri) in cases {
            assert_eq!(uaq(0).hijri_date(gregorian), hijri, "{gregorian}");
        }
    }

    #[test]
    fn adjustment_shifts_the_hijri_day_across_month_ends() {
        assert_eq!(uaq(-1).hijri_date(date(2025, 3, 1)), h(1446, 8, 29));
        assert_eq!(uaq(1).hijri_date(date(2025, 3, 1)), h(1446, 9, 2));
        assert_eq!(uaq(2).hijri_date(date(2024, 10, 5)), h(1446, 4, 4));
        assert!(DayAdjustment::try_from(3i8).is_err());
        assert!(DayAdjustment::try_from(-3i64).is_err());
    }

    /// An independent arithmetic (Kuwaiti-style) civil calendar: days since the Friday epoch.
    fn tabular_reference(year: i64, month: i64, day: i64) -> civil::Date {
        let days_before_year = (year - 1) * 354 + (3 + 11 * year).div_euclid(30);
        let days_before_month = (29.5 * (month - 1) as f64).ceil() as i64;
        let epoch = date(622, 7, 19); // 16 July 622 Julian
        epoch
            .checked_add(jiff::Span::new().days(days_before_year + days_before_month + day - 1))
            .expect("in range")
    }

    #[test]
    fn tabular_variant_follows_the_arithmetic_calendar() {
        let tabular = HijriSettings {
            variant: HijriVariant::Tabular,
            adjustment: DayAdjustment::default(),
        };
        for (y, m, d) in [(1446, 1, 1), (1446, 4, 2), (1447, 9, 1), (1450, 12, 29)] {
            let gregorian = tabular_reference(y, m, d);
            assert_eq!(
                tabular.hijri_date(gregorian),
                h(y as i32, m as u8, d as u8),
                "{gregorian}"
            );
        }
    }
}
