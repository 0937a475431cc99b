//! Country names in one language, from CLDR (ICU4X display names), in that language's
//! alphabetical order (ICU4X collator): "Égypte" sorts with E in French, "İran" with I in
//! Turkish, which byte order gets wrong.

use crate::domain::CountryCode;
use icu::collator::Collator;
use icu::collator::options::CollatorOptions;
use icu::experimental::displaynames::DisplayNamesOptions;
use icu::experimental::displaynames::multi::RegionDisplayNames;
use icu::locale::Locale;
use icu::locale::subtags::Region;
use std::collections::HashMap;

/// Every country's name in one language, and the codes in the order a reader of that
/// language expects.
pub struct CountryNames {
    names: HashMap<String, String>,
    ordered: Vec<String>,
}

/// ICU4X has no data to name or sort countries in a language.
#[derive(Debug, thiserror::Error)]
#[error("no CLDR country names or collation for {0}")]
pub struct CountryNamesError(String);

impl CountryNames {
    /// Names every ISO 3166-1 territory in `locale` and sorts them by its collation.
    pub fn new(locale: &Locale) -> Result<Self, CountryNamesError> {
        let err = || CountryNamesError(locale.to_string());
        let display = RegionDisplayNames::try_new(locale.into(), DisplayNamesOptions::default())
            .map_err(|_| err())?;
        let collator =
            Collator::try_new(locale.into(), CollatorOptions::default()).map_err(|_| err())?;
        let mut pairs: Vec<(String, String)> = CountryCode::all()
            .map(|code| {
                let name = Region::try_from_str(code.as_str())
                    .ok()
                    .and_then(|region| display.of(region))
                    .unwrap_or(code.as_str())
                    .to_owned();
                (code.as_str().to_owned(), name)
            })
            .collect();
        pairs.sort_by(|(a, a_name), (b, b_name)| {
            collator.compare(a_name, b_name).then_with(|| a.cmp(b))
        });
        let ordered = pairs.iter().map(|(code, _)| code.clone()).collect();
        Ok(Self {
            names: pairs.into_iter().collect(),
            ordered,
        })
    }

    /// The name of `code`, or the code itself when CLDR has none.
    pub fn name<'a>(&'a self, code: &'a str) -> &'a str {
        self.names.get(code).map_or(code, String::as_str)
    }

    /// (code, name) of every territory, in the language's alphabetical order.
    pub fn in_order(&self) -> impl Iterator<Item = (&str, &str)> {
        self.ordered.iter().map(|c| (c.as_str(), self.name(c)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(tag: &str) -> Vec<String> {
        let locale = Locale::try_from_str(tag).expect("locale");
        let names = CountryNames::new(&locale).expect("CLDR data");
        names.in_order().map(|(_, name)| name.to_owned()).collect()
    }

    fn position(list: &[String], name: &str) -> usize {
        list.iter()
            .position(|n| n == name)
            .unwrap_or_else(|| panic!("{name} is not in {list:?}"))
    }

    #[test]
    fn names_all_249_territories_in_each_language() {
        for tag in ["en", "ar", "fr", "id", "tr", "ur"] {
            let list = names(tag);
            assert_eq!(list.len(), 249, "{tag}");
            // A name that is still a code means CLDR had nothing for it.
            assert!(
                list.iter().all(|n| n.chars().count() > 2),
                "{tag}: {list:?}"
            );
        }
    }

    #[test]
    fn french_accented_names_sort_with_their_letter_not_after_z() {
        let list = names("fr");
        let order = [
            "Égypte",
            "Émirats arabes unis",
            "Espagne",
            "États-Unis",
            "Éthiopie",
            "Yémen",
        ];
        for pair in order.windows(2) {
            assert!(
                position(&list, pair[0]) < position(&list, pair[1]),
                "{} before {}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn turkish_sorts_dotless_i_before_dotted_i_and_u_umlaut_after_u() {
        // The Turkish alphabet: … h, ı (I), i (İ), j … u, ü (Ü), v …; CLDR's tr collation
        // follows it: Hırvatistan before Hindistan, "Irak" (dotless) before every İ- name, and
        // Ürdün after Uruguay.
        let list = names("tr");
        let order = [
            "Hırvatistan",
            "Hindistan",
            "Honduras",
            "Irak",
            "İran",
            "İrlanda",
            "İsveç",
            "Jamaika",
            "Uruguay",
            "Ürdün",
            "Vanuatu",
        ];
        for pair in order.windows(2) {
            assert!(
                position(&list, pair[0]) < position(&list, pair[1]),
                "{} before {}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn arabic_and_urdu_names_are_in_their_own_script() {
        let ar = names("ar");
        for name in ["كينيا", "إسبانيا", "البرازيل", "الفلبين", "أفغانستان"]
        {
            position(&ar, name);
        }
        assert!(!ar.iter().any(|n| n == "Kenya"));
        position(&names("ur"), "کینیا");
    }
}
