//! What the site's public forms share: select options, field errors, countries.

use crate::i18n::{Formats, Translator};

/// A select option.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A problem with one field.
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

/// Every ISO 3166-1 territory to choose from, named in the page's language (CLDR) and in
/// its alphabetical order (collation, not bytes).
pub fn country_choices(tr: Translator<'_>, selected: &str) -> Vec<Choice> {
    tr.countries()
        .into_iter()
        .flat_map(|names| names.in_order())
        .map(|(code, name)| Choice {
            value: code.to_owned(),
            label: name.to_owned(),
            selected: code.eq_ignore_ascii_case(selected),
        })
        .collect()
}

/// The areas of IANA's geographic zones; other names in the database are legacy aliases
/// ("US/Pacific", "Etc/GMT+5") that would only double the list.
const ZONE_AREAS: &[&str] = &[
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
];

/// Every geographic zone of jiff's bundled IANA database, and UTC, named for people in the
/// page's language ("Pakistan Time — Karachi (GMT+05:00)", offsets at `at`) from west to
/// east; the value stays the IANA id. `selected` is always offered.
pub fn zone_choices(selected: &str, f: &Formats, at: jiff::Timestamp) -> Vec<Choice> {
    let mut names: Vec<String> = crate::domain::ZoneName::all_names()
        .into_iter()
        .filter(|name| {
            name.split_once('/')
                .is_some_and(|(area, _)| ZONE_AREAS.contains(&area))
        })
        .collect();
    names.push("UTC".to_owned());
    names.push(selected.to_owned());
    f.zones()
        .choices(names.iter().map(String::as_str), at)
        .into_iter()
        .map(|z| Choice {
            selected: z.id == selected,
            value: z.id,
            label: z.label,
        })
        .collect()
}

/// Parses one typed field, or records what to correct in it.
pub fn parse_field<T: std::str::FromStr>(
    text: &str,
    field: &'static str,
    message: &str,
    tr: Translator<'_>,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    let parsed = text.parse::<T>().ok();
    if parsed.is_none() {
        errors.push(FieldError {
            field,
            message: tr.t(message),
        });
    }
    parsed
}

/// A form that is only a button: its CSRF token is all it carries.
#[derive(Debug, serde::Deserialize)]
pub struct ButtonForm {
    #[serde(default)]
    pub csrf: String,
}
