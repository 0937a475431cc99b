//! Choosing a visitor's language from `Accept-Language`.

use crate::domain::Lang;
use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The best of `offered` for an `Accept-Language` header, else `default`.
pub fn negotiate<'a>(
    accept_language: Option<&str>,
    offered: &'a [Lang],
    default: &'a Lang,
) -> &'a Lang {
    let Some(header) = accept_language else {
        return default;
    };
    let requested = by_preference(header);
    let available: Vec<LanguageIdentifier> = offered
        .iter()
        .filter_map(|l| l.as_str().parse().ok())
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|id| offered.iter().find(|l| l.as_str() == id.to_string()))
        .unwrap_or(default)
}

/// The header's language tags, most preferred first (`q` values, ties in header order);
/// tags with `q=0` are refused, not requested.
fn by_preference(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0 && !tag.is_empty()).then_some((q, position, tag))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let tags: Vec<&str> = weighted.iter().map(|(_, _, tag)| *tag).collect();
    accepted_languages::parse(&tags.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<Lang> {
        tags.iter().map(|t| t.parse().expect("valid")).collect()
    }

    #[test]
    fn picks_the_first_offered_language_the_visitor_accepts() {
        let offered = langs(&["en", "ar", "ur", "fr"]);
        let default = &offered[0];
        assert_eq!(
            negotiate(Some("ur-PK,ur;q=0.9,en;q=0.8"), &offered, default).as_str(),
            "ur"
        );
        assert_eq!(
            negotiate(Some("de-DE,fr;q=0.5"), &offered, default).as_str(),
            "fr"
        );
        assert_eq!(negotiate(Some("ar-SA"), &offered, default).as_str(), "ar");
        assert_eq!(
            negotiate(Some("fr;q=0.4,ur;q=0.9"), &offered, default).as_str(),
            "ur"
        );
        assert_eq!(
            negotiate(Some("ar;q=0,fr"), &offered, default).as_str(),
            "fr"
        );
    }

    #[test]
    fn falls_back_to_the_default() {
        let offered = langs(&["en", "ar"]);
        let default = &offered[0];
        assert_eq!(negotiate(None, &offered, default).as_str(), "en");
        assert_eq!(negotiate(Some("ja"), &offered, default).as_str(), "en");
        assert_eq!(
            negotiate(Some(";;;garbage"), &offered, default).as_str(),
            "en"
        );
    }
}
