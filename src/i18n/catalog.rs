//! UI strings: one Fluent file per language, plus one file per e-mail and language
//! (`templates/mail/<mail>/<lang>.ftl`), compiled into the binary.

use super::countries::CountryNames;
use crate::domain::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu::plurals::{PluralCategory, PluralRules};
use std::collections::HashMap;
use std::sync::Arc;

/// The Fluent sources shipped with the binary, by language.
const SOURCES: &[(&str, &str)] = &[
    ("en", include_str!("locales/en.ftl")),
    ("ar", include_str!("locales/ar.ftl")),
    ("ur", include_str!("locales/ur.ftl")),
    ("tr", include_str!("locales/tr.ftl")),
    ("id", include_str!("locales/id.ftl")),
    ("fr", include_str!("locales/fr.ftl")),
];

/// The texts of each e-mail, one folder per mail and one file per language.
#[derive(rust_embed::Embed)]
#[folder = "templates/mail/"]
struct MailTexts;

/// The mail files of `lang` as Fluent sources, each message renamed from `subject` to
/// `mail-<mail>-subject` (and so on) so that one bundle holds every mail.
pub fn mail_sources(lang: &str) -> Vec<(String, String)> {
    let mut sources: Vec<(String, String)> = MailTexts::iter()
        .filter_map(|path| {
            let (mail, file) = path.split_once('/')?;
            (file == format!("{lang}.ftl")).then(|| (mail.to_owned(), path.to_string()))
        })
        .filter_map(|(mail, path)| {
            let file = MailTexts::get(&path)?;
            let text = String::from_utf8_lossy(&file.data).into_owned();
            let renamed = text
                .lines()
                .map(|line| match line.split_once(" =") {
                    Some((part @ ("subject" | "body" | "action"), rest)) => {
                        format!("mail-{mail}-{part} ={rest}")
                    }
                    _ => line.to_owned(),
                })
                .collect::<Vec<_>>()
                .join("\n");
            Some((mail, renamed))
        })
        .collect();
    sources.sort();
    sources
}

/// The language every other one falls back to for a missing message.
const FALLBACK: &str = "en";

/// All UI strings, per language.
#[derive(Clone)]
pub struct Catalog {
    bundles: Arc<HashMap<String, FluentBundle<FluentResource>>>,
    /// CLDR cardinal plural rules from ICU4X, per language. Fluent's own rules (the
    /// intl_pluralrules crate) get Arabic wrong for numbers above 100 (it tests the whole
    /// number where CLDR tests `n % 100`), so plural categories are chosen here and passed
    /// to Fluent as the selector's key.
    plurals: Arc<HashMap<String, PluralRules>>,
    /// CLDR country names and their alphabetical order, per language.
    countries: Arc<HashMap<String, CountryNames>>,
}

/// Why the catalog could not be built (a broken `.ftl` file is a build mistake).
#[derive(Debug, thiserror::Error)]
#[error("the UI strings for {lang} do not parse: {detail}")]
pub struct CatalogError {
    lang: String,
    detail: String,
}

impl Catalog {
    /// Parses the compiled-in Fluent files.
    pub fn load() -> Result<Self, CatalogError> {
        let mut bundles = HashMap::new();
        let mut plurals = HashMap::new();
        let mut countries = HashMap::new();
        for (tag, source) in SOURCES {
            let err = |detail: String| CatalogError {
                lang: (*tag).to_owned(),
                detail,
            };
            let resource = FluentResource::try_new((*source).to_owned())
                .map_err(|(_, e)| err(format!("{e:?}")))?;
            let langid = tag.parse().map_err(|e| err(format!("{e}")))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle
                .add_resource(resource)
                .map_err(|e| err(format!("{e:?}")))?;
            for (mail, source) in mail_sources(tag) {
                let resource = FluentResource::try_new(source)
                    .map_err(|(_, e)| err(format!("templates/mail/{mail}/{tag}.ftl: {e:?}")))?;
                bundle
                    .add_resource(resource)
                    .map_err(|e| err(format!("templates/mail/{mail}/{tag}.ftl: {e:?}")))?;
            }
            bundles.insert((*tag).to_owned(), bundle);
            let locale = icu::locale::Locale::try_from_str(tag).map_err(|e| err(format!("{e}")))?;
            let rules =
                PluralRules::try_new_cardinal((&locale).into()).map_err(|e| err(format!("{e}")))?;
            plurals.insert((*tag).to_owned(), rules);
            let names = CountryNames::new(&locale).map_err(|e| err(format!("{e}")))?;
            countries.insert((*tag).to_owned(), names);
        }
        Ok(Self {
            bundles: Arc::new(bundles),
            plurals: Arc::new(plurals),
            countries: Arc::new(countries),
        })
    }

    /// Whether there are UI strings for `lang` (other than the fallback's).
    pub fn has(&self, lang: &Lang) -> bool {
        self.bundles.contains_key(lang.as_str())
    }

    /// A translator for one language.
    pub fn translator<'a>(&'a self, lang: &'a Lang) -> Translator<'a> {
        Translator {
            catalog: self,
            lang,
        }
    }

    fn message(&self, lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// The message `id` in `lang`, else in the fallback language, else the id itself (so a
    /// missing string shows up on the page instead of breaking it).
    pub fn text(&self, lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.message(lang, id, args)
            .or_else(|| self.message(FALLBACK, id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` in every language, one after the other (for an answer written
    /// before the request says which language it wants).
    pub fn in_every_language(&self, id: &str) -> Vec<String> {
        SOURCES
            .iter()
            .map(|(lang, _)| self.text(lang, id, None))
            .collect()
    }
}

/// UI strings in one language; templates call its methods.
#[derive(Clone, Copy)]
pub struct Translator<'a> {
    catalog: &'a Catalog,
    lang: &'a Lang,
}

impl Translator<'_> {
    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.catalog.text(self.lang.as_str(), id, None)
    }

    /// A message with one text argument.
    pub fn t_with(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), FluentValue::from(value.to_owned()));
        self.catalog.text(self.lang.as_str(), id, Some(&args))
    }

    /// A message with a count: `$count` selects the plural form, `$shown` is the count
    /// formatted for the locale (Fluent does not localise digits itself).
    pub fn t_count(&self, id: &str, count: i64, shown: &str) -> String {
        self.t_count_args(id, count, &[("shown", shown)])
    }

    /// A message whose form `$count` selects, with text arguments besides ("Speaker: Amal
    /// Haddad", "Speakers: Amal Haddad and Maya Khoury").
    pub fn t_count_args(&self, id: &str, count: i64, pairs: &[(&str, &str)]) -> String {
        let lang = self.lang.as_str();
        let rules = self
            .catalog
            .plurals
            .get(lang)
            .or_else(|| self.catalog.plurals.get(FALLBACK));
        // "zero" for nothing in every language (a message without a [zero] variant falls
        // back to its default), so "No signatures yet" need not read "0 signatures".
        let category = match rules.map(|r| r.category_for(count)) {
            _ if count == 0 => "zero",
            Some(PluralCategory::Zero) => "zero",
            Some(PluralCategory::One) => "one",
            Some(PluralCategory::Two) => "two",
            Some(PluralCategory::Few) => "few",
            Some(PluralCategory::Many) => "many",
            _ => "other",
        };
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(category));
        for (name, value) in pairs {
            args.set((*name).to_owned(), FluentValue::from((*value).to_owned()));
        }
        self.catalog.text(lang, id, Some(&args))
    }

    /// The message `id` as a label followed by a colon, spaced as the language does
    /// ("Contact:", French "Contact :" with a no-break space).
    pub fn label(&self, id: &str) -> String {
        self.t_with("label-colon", "label", &self.t(id))
    }

    /// A message with several text arguments.
    pub fn t_args(&self, id: &str, pairs: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set((*name).to_owned(), FluentValue::from((*value).to_owned()));
        }
        self.catalog.text(self.lang.as_str(), id, Some(&args))
    }

    /// A message as safe HTML whose `$name` placeable is a `<time datetime="…">` element
    /// showing `shown`: every date and duration on a page is machine-readable.
    pub fn t_with_time(&self, id: &str, name: &str, shown: &str, datetime: &str) -> String {
        // A private-use character stands in for the element while Fluent formats the message.
        const MARK: &str = "\u{E000}";
        let text = escape_html(&self.t_with(id, name, MARK));
        let element = format!(
            "<time datetime=\"{}\">{}</time>",
            escape_html(datetime),
            escape_html(shown)
        );
        text.replace(MARK, &element)
    }

    /// The language.
    pub fn lang(&self) -> &Lang {
        self.lang
    }

    /// Every country's CLDR name in this language (else the fallback language's).
    pub fn countries(&self) -> Option<&CountryNames> {
        let countries = &self.catalog.countries;
        countries
            .get(self.lang.as_str())
            .or_else(|| countries.get(FALLBACK))
    }
}

/// A country's name in the translator's language (its code when there is no name for it).
pub fn country_name(tr: Translator<'_>, code: &str) -> String {
    tr.countries()
        .map_or(code, |names| names.name(code))
        .to_owned()
}

/// Escapes text for HTML content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_placeable_becomes_an_escaped_time_element() -> Result<(), CatalogError> {
        let catalog = Catalog::load()?;
        let en = lang("en");
        let html = catalog.translator(&en).t_with_time(
            "event-past-notice",
            "date",
            "<b>13 Dec</b>",
            "2025-12-13",
        );
        assert!(
            html.contains("<time datetime=\"2025-12-13\">&lt;b&gt;13 Dec&lt;/b&gt;</time>"),
            "{html}"
        );
        assert!(!html.contains('\u{E000}'));
        Ok(())
    }

    fn lang(tag: &str) -> Lang {
        tag.parse().expect("valid tag")
    }

    #[test]
    fn arabic_uses_all_six_plural_forms() -> Result<(), CatalogError> {
        let catalog = Catalog::load()?;
        let ar = lang("ar");
        let tr = catalog.translator(&ar);
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
            .iter()
            .map(|&n| tr.t_count("places-left", n, &n.to_string()))
            .collect();
        let distinct: std::collections::BTreeSet<_> = forms.iter().collect();
        assert_eq!(distinct.len(), 6, "{forms:#?}");
        Ok(())
    }

    #[test]
    fn arabic_counts_from_11_to_99_take_the_accusative_singular() -> Result<(), CatalogError> {
        let catalog = Catalog::load()?;
        let ar = lang("ar");
        let tr = catalog.translator(&ar);
        assert_eq!(
            tr.t_count("places-left", 499, "499"),
            tr.t_count("places-left", 11, "499")
        );
        assert_eq!(
            tr.t_count("places-left", 103, "103"),
            tr.t_count("places-left", 3, "103"),
            "few: n % 100 in 3..10"
        );
        assert_ne!(
            tr.t_count("places-left", 499, "499"),
            tr.t_count("places-left", 100, "499")
        );
        Ok(())
    }

    #[test]
    fn every_language_has_every_english_message() -> Result<(), CatalogError> {
        let catalog = Catalog::load()?;
        let english =
            FluentResource::try_new(SOURCES[0].1.to_owned()).map_err(|_| CatalogError {
                lang: "en".into(),
                detail: String::new(),
            })?;
        let ids: Vec<String> = english
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        for (tag, _) in SOURCES {
            for id in &ids {
                assert!(catalog.bundles[*tag].has_message(id), "{tag} lacks {id}");
            }
        }
        Ok(())
    }

    #[test]
    fn every_mail_has_subject_body_and_action_in_every_language() -> Result<(), CatalogError> {
        let catalog = Catalog::load()?;
        let mails: Vec<String> = mail_sources("en").into_iter().map(|(m, _)| m).collect();
        assert!(mails.len() >= 10, "{mails:?}");
        for (tag, _) in SOURCES {
            let here: Vec<String> = mail_sources(tag).into_iter().map(|(m, _)| m).collect();
            assert_eq!(here, mails, "templates/mail/*/{tag}.ftl");
            for mail in &mails {
                for part in ["subject", "body", "action"] {
                    let id = format!("mail-{mail}-{part}");
                    assert!(catalog.bundles[*tag].has_message(&id), "{tag} lacks {id}");
                }
            }
        }
        Ok(())
    }

    #[test]
    fn missing_messages_fall_back_to_english_then_to_the_id() -> Result<(), CatalogError> {
        let catalog = Catalog::load()?;
        assert_eq!(
            catalog.text("xx", "skip-to-content", None),
            catalog.text("en", "skip-to-content", None)
        );
        assert_eq!(
            catalog.text("en", "no-such-message", None),
            "no-such-message"
        );
        Ok(())
    }
}
