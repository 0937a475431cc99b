//! `site.toml` and `chapters.toml`: the site's settings and its chapters.

use super::reader::{Reader, Source};
use crate::content::files::{ChaptersFile, SiteFile};
use crate::content::{Chapter, SiteSettings};
use crate::domain::{HijriSettings, Lang};
use std::collections::BTreeSet;
use std::path::Path;
use toml::Spanned;

impl Reader<'_> {
    pub(super) fn site(&mut self) -> Option<SiteSettings> {
        let relative = Path::new("site.toml");
        let text = self.read(relative)?;
        let src = Source::whole(relative, &text);
        let file: SiteFile = src.parse(self.problems)?;
        let languages: Vec<Lang> = file.languages.iter().map(|l| l.get_ref().clone()).collect();
        if languages.is_empty() {
            self.problems.at(
                relative,
                &text,
                None,
                "`languages` must list at least one language",
            );
        }
        let mut seen = BTreeSet::new();
        for lang in &file.languages {
            if !seen.insert(lang.get_ref().clone()) {
                src.problem(
                    self.problems,
                    lang,
                    format!("language {} is listed twice", lang.get_ref()),
                );
            }
            if file
                .translations
                .get(lang.get_ref())
                .is_none_or(|t| t.site_name.trim().is_empty())
            {
                src.problem(
                    self.problems,
                    lang,
                    format!(
                        "add a [translations.{0}] table with a site_name for language {0}",
                        lang.get_ref()
                    ),
                );
            }
        }
        if !languages.contains(file.default_language.get_ref()) {
            src.problem(
                self.problems,
                &file.default_language,
                "the default language must be one of `languages`",
            );
        }
        for lang in file.digits.keys().chain(file.translations.keys()) {
            if !languages.contains(lang) {
                self.problems.at(
                    relative,
                    &text,
                    None,
                    format!("{lang} is not one of the site's `languages`"),
                );
            }
        }
        if let Some(image) = &file.share_image {
            self.media_file(&src, image);
        }
        Some(SiteSettings {
            share_image: file.share_image.map(Spanned::into_inner),
            embed_origins: file.embed_origins,
            default_language: file.default_language.into_inner(),
            languages,
            contact_email: file.contact_email,
            hashtags: file.hashtags,
            hijri: HijriSettings {
                variant: file.calendar.hijri,
                adjustment: file.calendar.adjustment_days,
            },
            digits: file.digits,
            texts: file.translations,
        })
    }

    pub(super) fn chapters(&mut self, languages: &[Lang]) -> Vec<Chapter> {
        let relative = Path::new("chapters.toml");
        if !self.dir.join(relative).exists() {
            return Vec::new();
        }
        let Some(text) = self.read(relative) else {
            return Vec::new();
        };
        let src = Source::whole(relative, &text);
        let Some(file) = src.parse::<ChaptersFile>(self.problems) else {
            return Vec::new();
        };
        let mut seen = BTreeSet::new();
        let mut chapters = Vec::new();
        for entry in file.chapters {
            if !seen.insert(entry.slug.get_ref().clone()) {
                src.problem(
                    self.problems,
                    &entry.slug,
                    format!("chapter {} is defined twice", entry.slug.get_ref()),
                );
            }
            for lang in languages {
                if !entry.name.contains_key(lang) || !entry.city.contains_key(lang) {
                    src.problem(
                        self.problems,
                        &entry.slug,
                        format!(
                            "chapter {} needs a name and a city in {lang}",
                            entry.slug.get_ref()
                        ),
                    );
                }
            }
            chapters.push(Chapter {
                slug: entry.slug.into_inner(),
                country: entry.country,
                time_zone: entry.time_zone,
                name: entry.name,
                city: entry.city,
            });
        }
        chapters
    }
}
