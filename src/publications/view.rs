//! What post pages and lists show, built from the content snapshot.

use crate::content::{Post, PostKind, SiteContent};
use crate::domain::Lang;
use crate::i18n::{Formats, Translator};

/// Posts on one page of a list.
pub const PAGE_SIZE: usize = 10;

/// A post in a list, in the best language the post has for the visitor.
pub struct PostCard {
    pub href: String,
    pub title: String,
    pub summary: String,
    /// The language the card's text is in, and its direction.
    pub lang: String,
    pub dir: &'static str,
    /// "In English", when the text is not in the page's language.
    pub other_language: Option<String>,
    pub kind: String,
    /// The chapter's name, or the central office's.
    pub from: String,
    pub date_iso: String,
    pub gregorian: String,
    pub hijri: String,
}

/// Everything a card or page needs to describe a post.
pub struct CardInputs<'a> {
    pub content: &'a SiteContent,
    pub lang: &'a Lang,
    pub tr: Translator<'a>,
    pub formats: &'a Formats,
}

impl CardInputs<'_> {
    /// The kind's name for one post, in the page's language.
    pub fn kind_name(&self, kind: &PostKind) -> String {
        kind.name
            .get(self.lang)
            .cloned()
            .unwrap_or_else(|| kind.slug.to_string())
    }

    /// Who published the post: its chapter's name, or the organiser.
    pub fn from(&self, post: &Post) -> String {
        match &post.chapter {
            Some(slug) => self
                .content
                .chapters
                .iter()
                .find(|c| &c.slug == slug)
                .and_then(|c| c.name.get(self.lang).cloned())
                .unwrap_or_else(|| slug.to_string()),
            None => self.content.settings.text(self.lang).organiser.clone(),
        }
    }

    pub fn card(&self, post: &Post) -> PostCard {
        let default = &self.content.settings.default_language;
        let shown = post.best_language(self.lang, default);
        let text = &post.texts[shown];
        let kind = self
            .content
            .post_kinds
            .iter()
            .find(|k| k.slug == post.kind)
            .map(|k| self.kind_name(k))
            .unwrap_or_default();
        PostCard {
            href: format!("/{shown}/posts/{}", post.slug),
            title: text.title.clone(),
            summary: text.summary.clone(),
            lang: shown.to_string(),
            dir: shown.direction().html(),
            other_language: (shown != self.lang).then(|| {
                self.tr.t_with(
                    "posts-in-language",
                    "language",
                    &crate::events::view::lang_name(self.tr, shown),
                )
            }),
            kind,
            from: self.from(post),
            date_iso: post.published_on.to_string(),
            gregorian: self.formats.gregorian_date(post.published_on),
            hijri: self.formats.hijri_date(post.published_on),
        }
    }
}

impl CardInputs<'_> {
    /// An event as a search result: dated by its start in its reference zone.
    pub fn event_card(&self, event: &crate::content::Event, now: jiff::Timestamp) -> PostCard {
        let default = &self.content.settings.default_language;
        let shown = event.shown_language(self.lang, default, now);
        let text = event.text(shown, now);
        let date = event
            .starts_at
            .to_zoned_datetime(event.reference_zone.zone().clone())
            .date();
        PostCard {
            href: format!("/{}/events/{}", self.lang, event.slug),
            title: text.map(|t| t.title.clone()).unwrap_or_default(),
            summary: text.map(|t| t.summary.clone()).unwrap_or_default(),
            lang: shown.to_string(),
            dir: shown.direction().html(),
            other_language: None,
            kind: self.tr.t("search-kind-event"),
            from: self.content.settings.text(self.lang).organiser.clone(),
            date_iso: date.to_string(),
            gregorian: self.formats.gregorian_date(date),
            hijri: self.formats.hijri_date(date),
        }
    }
}

/// Page N of a list, with links to its neighbours.
pub struct Pagination {
    pub page: usize,
    pub pages: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// "Page 2 of 5".
    pub label: String,
}

impl Pagination {
    /// The slice of `total` items on `page` of `page_size` (1-based), with links built by
    /// `href(page)`; `NotFound` for a page past the last (an empty list has one page).
    pub fn new(
        total: usize,
        page: usize,
        page_size: usize,
        tr: Translator<'_>,
        formats: &Formats,
        href: impl Fn(usize) -> String,
    ) -> Result<(Self, std::ops::Range<usize>), crate::error::WebError> {
        let pages = total.div_ceil(page_size).max(1);
        if page == 0 || page > pages {
            return Err(crate::error::WebError::NotFound);
        }
        let start = (page - 1) * page_size;
        let range = start..(start + page_size).min(total);
        let label = tr.t_args(
            "posts-page-of",
            &[
                ("page", &formats.number(page as i64)),
                ("pages", &formats.number(pages as i64)),
            ],
        );
        Ok((
            Self {
                page,
                pages,
                previous: (page > 1).then(|| href(page - 1)),
                next: (page < pages).then(|| href(page + 1)),
                label,
            },
            range,
        ))
    }
}

/// The page number of `?page=` (1 without one); `NotFound` unless it is written the one
/// canonical way (`2`, not `02` or `+2`) and fits, so no address wraps an offset or fills
/// the page cache with another name for a page.
pub fn page_number(raw: Option<&str>) -> Result<usize, crate::error::WebError> {
    match raw {
        None => Ok(1),
        Some(raw) => raw
            .parse::<crate::domain::PositiveNumber>()
            .ok()
            .and_then(|n| usize::try_from(n.get()).ok())
            .ok_or(crate::error::WebError::NotFound),
    }
}
