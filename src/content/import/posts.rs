//! Reading `post-kinds.toml` and `posts/<slug>/`: part of [`super::read_dir`].

use super::reader::{LangFile, Reader, Source};
use crate::content::files::{GoneFile, PostFile, PostKindEntry, PostKindsFile, PostLangFront};
use crate::content::{Gone, MAX_BODY_BYTES, Post, PostKind, PostText, SiteSettings};
use crate::domain::{Lang, Slug};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What a post may refer to.
pub(super) struct Known<'a> {
    pub settings: Option<&'a SiteSettings>,
    pub chapters: &'a BTreeSet<Slug>,
    pub events: &'a BTreeSet<Slug>,
    pub kinds: &'a BTreeSet<Slug>,
    /// The kinds people can sign.
    pub signable: &'a BTreeSet<Slug>,
}

impl Reader<'_> {
    pub(super) fn post_kinds(&mut self, languages: &[Lang]) -> Vec<PostKind> {
        let relative = Path::new("post-kinds.toml");
        if !self.dir.join(relative).exists() {
            return Vec::new();
        }
        let Some(text) = self.read(relative) else {
            return Vec::new();
        };
        let src = Source::whole(relative, &text);
        let Some(file) = src.parse::<PostKindsFile>(self.problems) else {
            return Vec::new();
        };
        let mut seen = BTreeSet::new();
        let mut kinds = Vec::new();
        for entry in file.kinds {
            let PostKindEntry {
                slug,
                signable,
                name,
                plural,
            } = entry;
            if !seen.insert(slug.get_ref().clone()) {
                src.problem(
                    self.problems,
                    &slug,
                    format!("kind {} is defined twice", slug.get_ref()),
                );
            }
            for lang in languages {
                let named =
                    |m: &BTreeMap<Lang, String>| m.get(lang).is_some_and(|n| !n.trim().is_empty());
                if !named(&name) || !named(&plural) {
                    src.problem(
                        self.problems,
                        &slug,
                        format!(
                            "kind {} needs a name and a plural in {lang}",
                            slug.get_ref()
                        ),
                    );
                }
            }
            kinds.push(PostKind {
                slug: slug.into_inner(),
                signable,
                name,
                plural,
            });
        }
        kinds
    }

    /// `gone.toml`, if there is one: slugs of posts and events withdrawn from the site.
    pub(super) fn gone(&mut self) -> Gone {
        let relative = Path::new("gone.toml");
        if !self.dir.join(relative).exists() {
            return Gone::default();
        }
        let Some(text) = self.read(relative) else {
            return Gone::default();
        };
        let src = Source::whole(relative, &text);
        let file = src.parse::<GoneFile>(self.problems).unwrap_or_default();
        Gone {
            posts: file.posts.into_iter().map(|s| s.into_inner()).collect(),
            events: file.events.into_iter().map(|s| s.into_inner()).collect(),
        }
    }

    pub(super) fn post_dirs(&mut self) -> Vec<PathBuf> {
        self.sub_dirs("posts")
    }

    pub(super) fn post(&mut self, post_dir: &Path, known: &Known<'_>) -> Option<Post> {
        let relative = post_dir.join("post.toml");
        let text = self.read(&relative)?;
        let src = Source::whole(&relative, &text);
        let file: PostFile = src.parse(self.problems)?;
        src.slug_matches_folder(self.problems, post_dir, &file.slug);
        if !known.kinds.contains(file.kind.get_ref()) {
            src.problem(
                self.problems,
                &file.kind,
                format!("unknown kind {}; see post-kinds.toml", file.kind.get_ref()),
            );
        }
        if let Some(chapter) = &file.chapter
            && !known.chapters.contains(chapter.get_ref())
        {
            src.problem(
                self.problems,
                chapter,
                format!("unknown chapter {}; see chapters.toml", chapter.get_ref()),
            );
        }
        if let Some(event) = &file.event
            && !known.events.contains(event.get_ref())
        {
            src.problem(
                self.problems,
                event,
                format!(
                    "unknown event {}; see the folders under events/",
                    event.get_ref()
                ),
            );
        }
        if let Some(goal) = &file.signature_goal
            && !known.signable.contains(file.kind.get_ref())
        {
            src.problem(
                self.problems,
                goal,
                format!(
                    "signature_goal is for letters people sign; kind {} is not signable (see post-kinds.toml)",
                    file.kind.get_ref()
                ),
            );
        }
        if let Some(image) = &file.image {
            self.media_file(&src, &image.file);
        }
        let video = file.video.as_ref().map(|v| self.video(&src, v));
        let texts = self.post_texts(post_dir, known.settings, file.image.is_some());
        Some(Post {
            slug: file.slug.into_inner(),
            kind: file.kind.into_inner(),
            chapter: file.chapter.map(|c| c.into_inner()),
            event: file.event.map(|e| e.into_inner()),
            published_on: file.published_on,
            draft: file.draft,
            hashtags: file.hashtags,
            image: file.image.map(|i| i.file.into_inner()),
            video,
            signature_goal: file.signature_goal.map(|g| g.into_inner()),
            texts,
        })
    }

    fn post_texts(
        &mut self,
        post_dir: &Path,
        settings: Option<&SiteSettings>,
        has_image: bool,
    ) -> BTreeMap<Lang, PostText> {
        let mut texts = BTreeMap::new();
        for (lang, relative) in self.language_files(post_dir, settings) {
            let Some(LangFile {
                text,
                front,
                front_offset: offset,
                body_start: body_offset,
            }) = self.lang_file::<PostLangFront>(&relative)
            else {
                continue;
            };
            let body = &text[body_offset..];
            if front.title.trim().is_empty() || front.summary.trim().is_empty() {
                self.problems.at(
                    &relative,
                    &text,
                    Some(offset),
                    "the title and the summary cannot be empty",
                );
            }
            if has_image
                && front
                    .image_alt
                    .as_deref()
                    .is_none_or(|a| a.trim().is_empty())
            {
                self.problems.at(
                    &relative,
                    &text,
                    Some(offset),
                    "the post has an [image]: add `image_alt` saying what it shows",
                );
            }
            if body.len() > MAX_BODY_BYTES {
                self.problems.at(
                    &relative,
                    &text,
                    Some(body_offset),
                    format!(
                        "the body is {} KB; a post may hold at most {} KB",
                        body.len().div_ceil(1024),
                        MAX_BODY_BYTES / 1024
                    ),
                );
            } else {
                for problem in crate::markdown::problems(body) {
                    self.problems.at(
                        &relative,
                        &text,
                        Some(body_offset + problem.offset),
                        problem.message,
                    );
                }
            }
            let publication =
                self.publication(&relative, &text, offset, front.draft, front.publish_at);
            texts.insert(
                lang,
                PostText {
                    title: front.title,
                    summary: front.summary,
                    image_alt: front.image_alt,
                    image_caption: front.image_caption,
                    video_caption: front.video_caption,
                    body: body.to_owned(),
                    edited_at: None,
                    publication,
                },
            );
        }
        if texts.is_empty() {
            self.problems.file(
                post_dir,
                "add at least one language file (en.md, ar.md …) with the post's text",
            );
        }
        texts
    }
}
