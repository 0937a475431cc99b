//! The parts of every HTML page around its content: language, direction, alternates,
//! navigation, footer.

use crate::content::SiteSettings;
use crate::domain::Lang;
use crate::i18n::Translator;
use crate::state::AppState;

/// A link to this page in another language.
pub struct Alternate {
    pub lang: String,
    /// The language's name in itself ("العربية").
    pub name: String,
    pub href: String,
    pub dir: &'static str,
    pub current: bool,
}

/// What the base template needs.
pub struct Chrome<'a> {
    pub lang: &'a Lang,
    pub dir: &'static str,
    pub tr: Translator<'a>,
    pub title: String,
    pub description: String,
    pub site_name: String,
    pub organiser: String,
    /// Safe HTML from [`super::contact_html`].
    pub contact: String,
    pub home_href: String,
    pub css: Vec<String>,
    pub js: String,
    pub icon: String,
    /// The BCP 47 locale with the site's digits, for `Intl` in `site.js` (`ar-u-nu-arab`).
    pub intl_locale: String,
    pub alternates: Vec<Alternate>,
}

impl<'a> Chrome<'a> {
    /// Chrome for the page at `/{lang}/{rest}`.
    pub fn new(
        state: &'a AppState,
        settings: &SiteSettings,
        lang: &'a Lang,
        rest: &str,
        title: String,
        description: String,
    ) -> Self {
        let tr = state.catalog.translator(lang);
        let text = settings.text(lang);
        let alternates = settings
            .languages
            .iter()
            .map(|other| Alternate {
                lang: other.to_string(),
                name: state
                    .catalog
                    .text(other.as_str(), "language-name-self", None),
                href: format!("/{other}/{rest}"),
                dir: other.direction().html(),
                current: other == lang,
            })
            .collect();
        Self {
            lang,
            dir: lang.direction().html(),
            tr,
            title,
            description,
            site_name: text.site_name.clone(),
            organiser: text.organiser.clone(),
            contact: super::contact_html(&settings.contact_email),
            home_href: format!("/{lang}/"),
            css: vec![
                state.assets.url("css/fonts.css"),
                state.assets.url("css/site.css"),
            ],
            js: state.assets.url("js/site.js"),
            icon: state.assets.url("favicon.svg"),
            intl_locale: format!("{lang}-u-nu-{}", settings.digits_for(lang).unicode()),
            alternates,
        }
    }

    /// The `class` of `<body>`, choosing the script's font.
    pub fn body_class(&self) -> &'static str {
        match self.lang.as_str() {
            "ur" => "script-nastaliq",
            "ar" | "fa" | "ps" | "sd" | "ug" => "script-naskh",
            _ => "script-latin",
        }
    }
}
