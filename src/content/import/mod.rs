//! Reading a content folder into [`SiteContent`], reporting every problem with file and line.
//!
//! [`read_dir`] walks the folder in order (site, chapters, events, post kinds, posts, gone);
//! each kind of file has its own reader module, all sharing one `Reader` that collects
//! problems and media.

mod event;
mod event_texts;
mod media;
mod posts;
mod reader;
mod site;
mod stream;

use super::{MediaPath, Problems, SiteContent};
use crate::domain::Lang;
use reader::Reader;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A folder that passed every check: the content, and the media files it refers to.
#[derive(Debug)]
pub struct ImportReport {
    pub content: SiteContent,
    /// Each referenced media file and where it is on disk.
    pub media: BTreeMap<MediaPath, PathBuf>,
    pub files_read: usize,
}

/// Reads and checks a whole content folder; `progress` is told of each file as it is read.
pub fn read_dir(
    dir: &Path,
    progress: &mut dyn FnMut(usize, usize, &Path),
) -> Result<ImportReport, Problems> {
    let mut problems = Problems::default();
    let mut reader = Reader {
        dir,
        problems: &mut problems,
        media: BTreeMap::new(),
        files_read: 0,
    };
    let event_dirs = reader.sub_dirs("events");
    let post_dirs = reader.post_dirs();
    let total = 3 + event_dirs.len() + post_dirs.len();

    progress(1, total, Path::new("site.toml"));
    let settings = reader.site();
    progress(2, total, Path::new("chapters.toml"));
    let languages: Vec<Lang> = settings
        .as_ref()
        .map(|s| s.languages.clone())
        .unwrap_or_default();
    let chapters = reader.chapters(&languages);
    let chapter_slugs: BTreeSet<_> = chapters.iter().map(|c| c.slug.clone()).collect();

    let mut events = Vec::new();
    for (i, event_dir) in event_dirs.iter().enumerate() {
        progress(3 + i, total, event_dir);
        if let Some(event) = reader.event(event_dir, settings.as_ref(), &chapter_slugs) {
            events.push(event);
        }
    }
    progress(3 + event_dirs.len(), total, Path::new("post-kinds.toml"));
    let post_kinds = reader.post_kinds(&languages);
    let known = posts::Known {
        settings: settings.as_ref(),
        chapters: &chapter_slugs,
        events: &events.iter().map(|e| e.slug.clone()).collect(),
        kinds: &post_kinds.iter().map(|k| k.slug.clone()).collect(),
        signable: &post_kinds
            .iter()
            .filter(|k| k.signable)
            .map(|k| k.slug.clone())
            .collect(),
    };
    let mut posts = Vec::new();
    let mut post_slugs = BTreeSet::new();
    for (i, post_dir) in post_dirs.iter().enumerate() {
        progress(4 + event_dirs.len() + i, total, post_dir);
        if let Some(post) = reader.post(post_dir, &known) {
            if !post_slugs.insert(post.slug.clone()) {
                reader.problems.file(
                    post_dir,
                    format!("the post slug {} is used twice", post.slug),
                );
            }
            posts.push(post);
        }
    }
    let gone = reader.gone();
    let (media, files_read) = (reader.media, reader.files_read);
    match settings {
        Some(settings) if problems.is_empty() => {
            events.sort_by_key(|e| e.starts_at);
            posts.sort_by(|a, b| {
                b.published_on
                    .cmp(&a.published_on)
                    .then_with(|| a.slug.cmp(&b.slug))
            });
            Ok(ImportReport {
                content: SiteContent {
                    settings,
                    chapters,
                    events,
                    post_kinds,
                    posts,
                    gone,
                },
                media,
                files_read,
            })
        }
        _ => Err(problems),
    }
}
