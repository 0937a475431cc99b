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
    /// `<link rel="alternate" hreflang>`: (language, absolute URL) of the versions that exist.
    pub hreflang: Vec<(String, String)>,
    /// The page's absolute URL.
    pub canonical: String,
    /// Open Graph: `website` or `article`, and an absolute image URL (the site's share card
    /// unless the page has an image of its own).
    pub og_type: &'static str,
    pub og_image: Option<String>,
    /// The main navigation: (label, href, whether it is the current section).
    pub nav: Vec<(String, String, bool)>,
    /// Framed on a partner's page: no header, navigation or footer, links open a new tab.
    pub embed: bool,
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
        let base = state.public_url();
        let hreflang = settings
            .languages
            .iter()
            .map(|other| (other.to_string(), format!("{base}/{other}/{rest}")))
            .collect();
        let section = rest.split('/').next().unwrap_or_default();
        let nav = [
            ("nav-home", ""),
            ("nav-posts", "posts"),
            ("nav-search", "search"),
        ]
        .into_iter()
        .map(|(id, path)| {
            let current = match path {
                // Home is the current page only on the home page itself: an event page is
                // not the home page, and no menu entry stands for events.
                "" => section.is_empty(),
                "posts" => matches!(section, "posts" | "kinds" | "chapters" | "hashtags"),
                _ => section == path,
            };
            let href = if path.is_empty() {
                format!("/{lang}/")
            } else if path == "posts" {
                format!("/{lang}/posts/")
            } else {
                format!("/{lang}/{path}")
            };
            (tr.t(id), href, current)
        })
        .collect();
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
            hreflang,
            canonical: format!("{base}/{lang}/{rest}"),
            og_type: "website",
            og_image: settings
                .share_image
                .as_ref()
                .map(|p| format!("{base}/media/{p}")),
            nav,
            embed: false,
        }
    }

    /// The chrome of an embeddable page (see [`super::embed`]).
    pub fn embedded(mut self, embed: bool) -> Self {
        self.embed = embed;
        self
    }

    /// Keeps `hreflang` alternates only for the languages a page exists in.
    pub fn only_languages<'l>(&mut self, languages: impl IntoIterator<Item = &'l Lang>) {
        let keep: Vec<String> = languages.into_iter().map(|l| l.to_string()).collect();
        self.hreflang.retain(|(lang, _)| keep.contains(lang));
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
