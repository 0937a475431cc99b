//! The folder being read: reading files, splitting front matter, and placing problems at
//! their file and line.

use crate::content::files;
use crate::content::{MediaPath, Problems, Publication, SiteSettings};
use crate::domain::Lang;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// One source file being read, for reporting problems in it.
pub(super) struct Source<'a> {
    path: &'a Path,
    /// The whole file, for line numbers.
    file_text: &'a str,
    /// The TOML part being parsed (all of it, or the front matter).
    text: &'a str,
    /// Byte offset of `text` in the file.
    offset: usize,
}

impl<'a> Source<'a> {
    pub(super) fn whole(path: &'a Path, text: &'a str) -> Self {
        Self {
            path,
            file_text: text,
            text,
            offset: 0,
        }
    }

    pub(super) fn problem<T>(
        &self,
        problems: &mut Problems,
        at: &Spanned<T>,
        message: impl Into<String>,
    ) {
        problems.at(
            self.path,
            self.file_text,
            Some(at.span().start + self.offset),
            message,
        );
    }

    /// Reports `slug` unless it is the name of `dir`, the folder it was read from (an event's
    /// or a post's).
    pub(super) fn slug_matches_folder(
        &self,
        problems: &mut Problems,
        dir: &Path,
        slug: &Spanned<crate::domain::Slug>,
    ) {
        let folder = dir
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        if slug.get_ref().as_str() != folder {
            self.problem(
                problems,
                slug,
                format!("the slug must match the folder name {folder:?}"),
            );
        }
    }

    pub(super) fn parse<T: serde::de::DeserializeOwned>(
        &self,
        problems: &mut Problems,
    ) -> Option<T> {
        match toml::from_str::<T>(self.text) {
            Ok(value) => Some(value),
            Err(err) => {
                let offset = err.span().map(|s| s.start + self.offset);
                problems.at(self.path, self.file_text, offset, err.message().trim_end());
                None
            }
        }
    }
}

/// A language file: its whole text, its parsed front matter, where the front matter and
/// the Markdown body start.
pub(super) struct LangFile<T> {
    pub(super) text: String,
    pub(super) front: T,
    pub(super) front_offset: usize,
    pub(super) body_start: usize,
}

pub(super) struct Reader<'a> {
    pub(super) dir: &'a Path,
    pub(super) problems: &'a mut Problems,
    pub(super) media: BTreeMap<MediaPath, PathBuf>,
    pub(super) files_read: usize,
}

impl Reader<'_> {
    pub(super) fn read(&mut self, relative: &Path) -> Option<String> {
        let path = self.dir.join(relative);
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                self.files_read += 1;
                Some(text)
            }
            Err(err) => {
                self.problems
                    .file(relative, format!("cannot be read: {err}"));
                None
            }
        }
    }

    /// The folders inside `parent` (`events`, `posts`), sorted.
    pub(super) fn sub_dirs(&mut self, parent: &str) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(self.dir.join(parent)) else {
            return Vec::new();
        };
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .map(|e| Path::new(parent).join(e.file_name()))
            .collect();
        dirs.sort();
        dirs
    }

    /// A `<lang>.md` file read, with its front matter parsed as `T`.
    pub(super) fn lang_file<T: serde::de::DeserializeOwned>(
        &mut self,
        relative: &Path,
    ) -> Option<LangFile<T>> {
        let text = self.read(relative)?;
        let Some((front, front_offset, body)) = files::split_front_matter(&text) else {
            self.problems.at(
                relative,
                &text,
                Some(0),
                "the file must start with front matter between +++ lines",
            );
            return None;
        };
        let body_start = text.len() - body.len();
        let src = Source {
            path: relative,
            file_text: &text,
            text: front,
            offset: front_offset,
        };
        let front = src.parse::<T>(self.problems)?;
        Some(LangFile {
            text,
            front,
            front_offset,
            body_start,
        })
    }

    /// The state a language file's `draft` and `publish_at` give its version (at `offset`,
    /// its front matter); the two together are refused.
    pub(super) fn publication(
        &mut self,
        relative: &Path,
        text: &str,
        offset: usize,
        draft: bool,
        publish_at: Option<jiff::Timestamp>,
    ) -> Publication {
        if draft && publish_at.is_some() {
            self.problems.at(
                relative,
                text,
                Some(offset),
                "a version is either a draft or scheduled (`publish_at`), not both",
            );
        }
        Publication::from_front(draft, publish_at)
    }

    /// The `<lang>.md` files of an event or post folder, each a site language.
    pub(super) fn language_files(
        &mut self,
        dir: &Path,
        settings: Option<&SiteSettings>,
    ) -> Vec<(Lang, PathBuf)> {
        let Ok(entries) = std::fs::read_dir(self.dir.join(dir)) else {
            return Vec::new();
        };
        let mut md_files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| dir.join(e.file_name()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        md_files.sort();
        let mut found = Vec::new();
        for relative in md_files {
            let stem = relative
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let lang: Lang = match stem.parse() {
                Ok(lang) => lang,
                Err(err) => {
                    self.problems.file(
                        &relative,
                        format!("the file name must be a language tag: {err}"),
                    );
                    continue;
                }
            };
            if let Some(settings) = settings
                && !settings.offers(&lang)
            {
                self.problems.file(
                    &relative,
                    format!("{lang} is not one of the site's languages in site.toml"),
                );
            }
            found.push((lang, relative));
        }
        found
    }
}
