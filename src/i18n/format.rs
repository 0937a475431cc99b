//! Dates, times and numbers formatted per locale by ICU4X (never by hand).

use crate::content::Digits;
use crate::domain::{HijriSettings, Lang};
use icu::calendar::Date;
use icu::datetime::fieldsets::{MDE, MDET, T, YMD, YMDE};
use icu::datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::list::ListFormatter;
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::locale::Locale;
use jiff::civil;

/// Formatters for one language under the site's settings.
pub struct Formats {
    lang: Lang,
    gregorian_long: DateTimeFormatter<YMDE>,
    gregorian_short: DateTimeFormatter<MDE>,
    date_time_short: DateTimeFormatter<MDET>,
    hijri_long: DateTimeFormatter<YMD>,
    time: NoCalendarFormatter<T>,
    decimal: DecimalFormatter,
    and_list: ListFormatter,
    unit_list: ListFormatter,
    zones: super::ZoneNames,
    hijri: HijriSettings,
}

/// ICU could not build a formatter for a locale.
#[derive(Debug, thiserror::Error)]
#[error("no date/number formatting data for {0}")]
pub struct FormatError(String);

impl Formats {
    /// Formatters for `lang` with `digits`, showing Hijri dates under `hijri`.
    pub fn new(lang: &Lang, digits: Digits, hijri: HijriSettings) -> Result<Self, FormatError> {
        let err = |what: &str| FormatError(format!("{lang} ({what})"));
        let locale = |calendar: &str| -> Result<Locale, FormatError> {
            Locale::try_from_str(&format!("{lang}-u-ca-{calendar}-nu-{}", digits.unicode()))
                .map_err(|_| err("locale"))
        };
        let gregorian = locale("gregory")?;
        let hijri_locale = locale(hijri.variant.unicode_calendar())?;
        Ok(Self {
            lang: lang.clone(),
            gregorian_long: DateTimeFormatter::try_new((&gregorian).into(), YMDE::long())
                .map_err(|_| err("date"))?,
            gregorian_short: DateTimeFormatter::try_new((&gregorian).into(), MDE::medium())
                .map_err(|_| err("date"))?,
            date_time_short: DateTimeFormatter::try_new(
                (&gregorian).into(),
                MDE::medium().with_time_hm(),
            )
            .map_err(|_| err("date and time"))?,
            hijri_long: DateTimeFormatter::try_new((&hijri_locale).into(), YMD::long())
                .map_err(|_| err("hijri"))?,
            time: NoCalendarFormatter::try_new((&gregorian).into(), T::hm())
                .map_err(|_| err("time"))?,
            decimal: DecimalFormatter::try_new((&gregorian).into(), Default::default())
                .map_err(|_| err("number"))?,
            and_list: ListFormatter::try_new_and(
                (&gregorian).into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .map_err(|_| err("list"))?,
            unit_list: ListFormatter::try_new_unit(
                (&gregorian).into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .map_err(|_| err("list"))?,
            zones: super::ZoneNames::new(&gregorian).ok_or_else(|| err("time zones"))?,
            hijri,
        })
    }

    /// "Saturday, 19 December 2026" in the Gregorian calendar.
    pub fn gregorian_date(&self, date: civil::Date) -> String {
        self.gregorian_long.format(&iso(date)).to_string()
    }

    /// "Sat, 19 Dec" — for tables where the year is obvious.
    pub fn gregorian_short(&self, date: civil::Date) -> String {
        self.gregorian_short.format(&iso(date)).to_string()
    }

    /// "9 Jumada II 1448 AH" in the site's Hijri variant, after its day adjustment.
    pub fn hijri_date(&self, date: civil::Date) -> String {
        let text = self
            .hijri_long
            .format(&iso(self.hijri.adjusted(date)))
            .to_string();
        patch_cldr(&self.lang, text)
    }

    /// "Sat, Dec 19, 6:30 PM" — a date and time together, in the locale's order.
    pub fn date_time_short(&self, at: civil::DateTime) -> String {
        let value = icu::time::DateTime {
            date: iso(at.date()),
            time: icu_time(at.time()),
        };
        let text = self.date_time_short.format(&value).to_string();
        if !self.isolate_times() {
            return text;
        }
        // The time inside the date, isolated as `time()` isolates it alone.
        let time = self.time.format(&value.time).to_string();
        match text.rfind(&time) {
            Some(i) => format!(
                "{}{}{}",
                &text[..i],
                isolate(&time),
                &text[i + time.len()..]
            ),
            None => text,
        }
    }

    /// "4:00 PM".
    pub fn time(&self, time: civil::Time) -> String {
        let text = self.time.format(&icu_time(time)).to_string();
        if self.isolate_times() {
            isolate(&text)
        } else {
            text
        }
    }

    /// "English and Urdu", "English, Urdu and French" in the locale's way.
    pub fn and_list(&self, items: &[String]) -> String {
        self.and_list
            .format_to_string(items.iter().map(String::as_str))
    }

    /// "3 days, 4 hours": a list of measures.
    pub fn unit_list(&self, items: &[String]) -> String {
        self.unit_list
            .format_to_string(items.iter().map(String::as_str))
    }

    /// Time zones named in this language ("Pakistan Time", never "Asia/Karachi").
    pub fn zones(&self) -> &super::ZoneNames {
        &self.zones
    }

    /// A count of minutes or seconds on a clock face, two digits at least ("07", "٠٧").
    pub fn two_digits(&self, n: i64) -> String {
        let mut decimal = Decimal::from(n);
        decimal.absolute.pad_start(2);
        self.decimal.format_to_string(&decimal)
    }

    /// An integer with the locale's digits and grouping.
    pub fn number(&self, n: i64) -> String {
        self.decimal.format_to_string(&Decimal::from(n))
    }
}

impl Formats {
    /// In a right-to-left language a time with Latin digits and a Latin day period ("2:30
    /// PM" in Urdu) is shown backwards ("PM 2:30") unless it is isolated: first-strong
    /// isolates (FSI … PDI) let it keep its own direction, left to right for "2:30 PM",
    /// right to left for Arabic's "٣:٣٠ م", wherever it is placed.
    fn isolate_times(&self) -> bool {
        matches!(self.lang.direction(), crate::domain::Direction::RightToLeft)
    }
}

/// `text` between a first-strong isolate and its pop.
fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

fn icu_time(time: civil::Time) -> icu::time::Time {
    icu::time::Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0)
        .unwrap_or(icu::time::Time::start_of_day())
}

fn iso(date: civil::Date) -> Date<icu::calendar::Iso> {
    Date::try_new_iso(i32::from(date.year()), date.month() as u8, date.day() as u8).unwrap_or_else(
        |_| Date::try_new_iso(1970, 1, 1).unwrap_or_else(|_| unreachable!("1970-01-01 is valid")),
    )
}

/// Corrections to CLDR data we have decided to make, each with its reason.
fn patch_cldr(lang: &Lang, text: String) -> String {
    if lang.as_str() == "ur" {
        // CLDR's Urdu name of Rabiʻ I/II has a stray space after the first letter
        // ("ر بیع"); Urdu writes it as one word.
        return text.replace("ر بیع", "ربیع");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DayAdjustment, HijriVariant};
    use jiff::civil::date;

    fn formats(tag: &str, digits: Digits) -> Formats {
        Formats::new(
            &tag.parse().expect("valid"),
            digits,
            HijriSettings::default(),
        )
        .expect("ICU data")
    }

    #[test]
    fn english_shows_both_calendars() {
        let en = formats("en", Digits::Latn);
        assert_eq!(
            en.gregorian_date(date(2024, 10, 5)),
            "Saturday, October 5, 2024"
        );
        assert_eq!(en.hijri_date(date(2024, 10, 5)), "Rabiʻ II 2, 1446 AH");
        assert_eq!(en.time(civil::time(16, 0, 0, 0)), "4:00\u{202f}PM");
    }

    #[test]
    fn arabic_digits_are_a_setting() {
        let latn = formats("ar", Digits::Latn);
        let arab = formats("ar", Digits::Arab);
        assert!(latn.gregorian_date(date(2024, 10, 5)).contains("2024"));
        assert!(arab.gregorian_date(date(2024, 10, 5)).contains("٢٠٢٤"));
        assert_eq!(arab.number(1234), "١٬٢٣٤");
    }

    #[test]
    fn right_to_left_times_are_isolated_so_urdu_reads_2_30_pm_not_pm_2_30() {
        let ur = formats("ur", Digits::Latn);
        let time = ur.time(civil::time(14, 30, 0, 0));
        assert!(
            time.starts_with('\u{2068}') && time.ends_with('\u{2069}'),
            "{time:?}"
        );
        assert!(time.contains("2:30"), "{time:?}");
        let both = ur.date_time_short(date(2026, 12, 19).at(14, 30, 0, 0));
        assert!(
            both.contains(&time),
            "the time inside the date is isolated: {both:?}"
        );
        let ar = formats("ar", Digits::Arab);
        assert!(ar.time(civil::time(14, 30, 0, 0)).starts_with('\u{2068}'));
        // Left-to-right languages need no marks.
        let en = formats("en", Digits::Latn);
        assert_eq!(en.time(civil::time(14, 30, 0, 0)), "2:30\u{202f}PM");
    }

    #[test]
    fn urdu_month_name_has_no_stray_space() {
        let ur = formats("ur", Digits::Latn);
        let text = ur.hijri_date(date(2024, 10, 5));
        assert!(text.contains("ربیع"), "{text}");
        assert!(!text.contains("ر بیع"), "{text}");
    }

    #[test]
    fn the_adjustment_changes_the_hijri_day_shown() {
        let lang: Lang = "en".parse().expect("valid");
        let plus_one = HijriSettings {
            variant: HijriVariant::UmmAlQura,
            adjustment: DayAdjustment::try_from(1i8).expect("ok"),
        };
        let f = Formats::new(&lang, Digits::Latn, plus_one).expect("ICU data");
        assert_eq!(f.hijri_date(date(2024, 10, 5)), "Rabiʻ II 3, 1446 AH");
    }
}
