//! What the site's public forms share: select options, field errors, countries.

use crate::i18n::Translator;

/// Countries offered in the form, besides the chapters' own (ISO 3166-1 alpha-2).
const COUNTRIES: &[&str] = &[
    "AE", "AU", "BD", "BH", "CA", "DE", "DZ", "EG", "FR", "GB", "ID", "IN", "IQ", "IR", "JO", "KW",
    "LB", "LY", "MA", "MY", "NG", "NL", "OM", "PK", "PS", "QA", "SA", "SD", "SE", "SN", "SO", "SY",
    "TN", "TR", "US", "YE",
];

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

/// The countries to choose from, sorted by their name in the page's language.
pub fn country_choices(tr: Translator<'_>, selected: &str) -> Vec<Choice> {
    let mut choices: Vec<Choice> = COUNTRIES
        .iter()
        .map(|code| {
            let label = crate::i18n::country_name(tr, code);
            Choice {
                value: (*code).to_owned(),
                label,
                selected: *code == selected,
            }
        })
        .collect();
    choices.sort_by(|a, b| a.label.cmp(&b.label));
    choices
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
