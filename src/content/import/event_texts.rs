//! An event's `<lang>.md` files: its texts, with a title for every segment and a role for
//! every speaker.

use super::reader::{LangFile, Reader};
use crate::content::files::EventLangFront;
use crate::content::{EventText, SiteSettings};
use crate::domain::{Lang, Slug};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

impl Reader<'_> {
    pub(super) fn event_texts(
        &mut self,
        event_dir: &Path,
        settings: Option<&SiteSettings>,
        segment_ids: &BTreeSet<Slug>,
        speaker_ids: &BTreeSet<Slug>,
    ) -> BTreeMap<Lang, EventText> {
        let mut texts = BTreeMap::new();
        for (lang, relative) in self.language_files(event_dir, settings) {
            let Some(LangFile {
                text,
                front: front_matter,
                front_offset: offset,
                body_start,
            }) = self.lang_file::<EventLangFront>(&relative)
            else {
                continue;
            };
            let body = &text[body_start..];
            for id in segment_ids {
                if front_matter
                    .segments
                    .get(id)
                    .is_none_or(|s| s.title.trim().is_empty())
                {
                    self.problems.at(
                        &relative,
                        &text,
                        None,
                        format!("add [segment.{id}] with a title"),
                    );
                }
            }
            for id in front_matter.segments.keys() {
                if !segment_ids.contains(id) {
                    self.problems.at(
                        &relative,
                        &text,
                        None,
                        format!("[segment.{id}]: no such segment in event.toml"),
                    );
                }
            }
            for id in speaker_ids {
                if front_matter
                    .speakers
                    .get(id)
                    .is_none_or(|s| s.role.trim().is_empty())
                {
                    self.problems.at(
                        &relative,
                        &text,
                        None,
                        format!("add [speaker.{id}] with a role"),
                    );
                }
            }
            for id in front_matter.speakers.keys() {
                if !speaker_ids.contains(id) {
                    self.problems.at(
                        &relative,
                        &text,
                        None,
                        format!("[speaker.{id}]: no such speaker in event.toml"),
                    );
                }
            }
            if !front_matter.eligibility.trim().is_empty()
                && front_matter.attestation.trim().is_empty()
            {
                self.problems.at(
                    &relative,
                    &text,
                    Some(offset),
                    "an eligibility statement needs an `attestation` for registrants to confirm",
                );
            }
            let publication = self.publication(
                &relative,
                &text,
                offset,
                front_matter.draft,
                front_matter.publish_at,
            );
            if !publication.is_published() && settings.is_some_and(|s| s.default_language == lang) {
                self.problems.at(
                    &relative,
                    &text,
                    Some(offset),
                    "the default language's text cannot be a draft or scheduled (visitors in \
                     every other language fall back to it); to keep the whole event off the \
                     site, set `draft = true` in event.toml",
                );
            }
            if front_matter.title.trim().is_empty() {
                self.problems
                    .at(&relative, &text, Some(offset), "the title cannot be empty");
            }
            texts.insert(
                lang,
                EventText {
                    title: front_matter.title,
                    summary: front_matter.summary,
                    eligibility: front_matter.eligibility,
                    zone_label: front_matter.zone_label,
                    attestation: front_matter.attestation,
                    description: body.to_owned(),
                    segments: front_matter.segments,
                    speakers: front_matter.speakers,
                    publication,
                },
            );
        }
        if let Some(settings) = settings
            && !texts.contains_key(&settings.default_language)
        {
            self.problems.file(
                event_dir,
                format!(
                    "add {}.md: every event needs a text in the default language",
                    settings.default_language
                ),
            );
        }
        texts
    }
}
