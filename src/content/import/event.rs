//! `events/<slug>/event.toml`: an event, its speakers and its programme, checked against
//! each other and against the site's chapters.

use super::reader::{Reader, Source};
use crate::content::files::EventFile;
use crate::content::{Event, Segment, SegmentKind, SiteSettings, Speaker};
use crate::domain::{Slug, ZoneName};
use jiff::Timestamp;
use std::collections::BTreeSet;
use std::path::Path;
use toml::Spanned;

impl Reader<'_> {
    pub(super) fn event(
        &mut self,
        event_dir: &Path,
        settings: Option<&SiteSettings>,
        chapters: &BTreeSet<Slug>,
    ) -> Option<Event> {
        let relative = event_dir.join("event.toml");
        let text = self.read(&relative)?;
        let src = Source::whole(&relative, &text);
        let file: EventFile = src.parse(self.problems)?;
        src.slug_matches_folder(self.problems, event_dir, &file.slug);
        let zone = &file.reference_zone;
        let doors = self.instant(&src, zone, &file.doors_open_at);
        let starts = self.instant(&src, zone, &file.starts_at);
        let ends = self.instant(&src, zone, &file.ends_at);
        if let (Some(d), Some(s), Some(e)) = (doors, starts, ends) {
            if d > s {
                src.problem(
                    self.problems,
                    &file.doors_open_at,
                    "doors must open before or when the event starts",
                );
            }
            if e <= s {
                src.problem(
                    self.problems,
                    &file.ends_at,
                    "the event must end after it starts",
                );
            }
        }
        let opens = file
            .registration_opens_at
            .as_ref()
            .and_then(|t| self.instant(&src, zone, t));
        let closes = file
            .registration_closes_at
            .as_ref()
            .and_then(|t| self.instant(&src, zone, t));
        if let (Some(o), Some(c), Some(at)) = (opens, closes, file.registration_closes_at.as_ref())
            && c <= o
        {
            src.problem(self.problems, at, "registration must close after it opens");
        }
        if let (Some(c), Some(e), Some(at)) = (closes, ends, file.registration_closes_at.as_ref())
            && c > e
        {
            src.problem(
                self.problems,
                at,
                "registration must close before the event ends",
            );
        }
        for hours in &file.reminder_hours {
            if !(1..=720).contains(hours.get_ref()) {
                src.problem(
                    self.problems,
                    hours,
                    "reminder hours must be between 1 and 720 (30 days)",
                );
            }
        }
        for chapter in &file.chapters {
            if !chapters.contains(chapter.get_ref()) {
                src.problem(
                    self.problems,
                    chapter,
                    format!("unknown chapter {}; see chapters.toml", chapter.get_ref()),
                );
            }
        }
        let trailer = file.trailer.as_ref().map(|v| self.video(&src, v));
        let mut speaker_ids = BTreeSet::new();
        let mut speakers = Vec::new();
        for s in &file.speakers {
            if !speaker_ids.insert(s.id.get_ref().clone()) {
                src.problem(
                    self.problems,
                    &s.id,
                    format!("speaker {} is defined twice", s.id.get_ref()),
                );
            }
            if let Some(ch) = &s.chapter
                && !chapters.contains(ch.get_ref())
            {
                src.problem(
                    self.problems,
                    ch,
                    format!("unknown chapter {}", ch.get_ref()),
                );
            }
            speakers.push(Speaker {
                id: s.id.get_ref().clone(),
                name: s.name.clone(),
                country: s.country.clone(),
                chapter: s.chapter.as_ref().map(|c| c.get_ref().clone()),
            });
        }
        let mut segment_ids = BTreeSet::new();
        let mut segments = Vec::new();
        let mut previous_end: Option<Timestamp> = None;
        for seg in &file.segments {
            if !segment_ids.insert(seg.id.get_ref().clone()) {
                src.problem(
                    self.problems,
                    &seg.id,
                    format!("segment {} is defined twice", seg.id.get_ref()),
                );
            }
            for sp in &seg.speakers {
                if !speaker_ids.contains(sp.get_ref()) {
                    src.problem(
                        self.problems,
                        sp,
                        format!(
                            "unknown speaker {}; add a [[speaker]] with this id",
                            sp.get_ref()
                        ),
                    );
                }
            }
            if !(1..=24 * 60).contains(seg.minutes.get_ref()) {
                src.problem(
                    self.problems,
                    &seg.minutes,
                    "minutes must be between 1 and 1440",
                );
            }
            let start = self.instant(&src, zone, &seg.starts_at);
            if let Some(start) = start {
                let end =
                    start + jiff::SignedDuration::from_mins(i64::from(*seg.minutes.get_ref()));
                if previous_end.is_some_and(|prev| start < prev) {
                    src.problem(
                        self.problems,
                        &seg.starts_at,
                        "segments must be in programme order and must not overlap",
                    );
                }
                if starts.is_some_and(|s| start < s) || ends.is_some_and(|e| end > e) {
                    src.problem(
                        self.problems,
                        &seg.starts_at,
                        "the segment must lie between the event's start and end",
                    );
                }
                previous_end = Some(end);
            }
            let recording = seg.recording.as_ref().map(|v| self.video(&src, v));
            let premiere = seg.premiere.as_ref().map(|v| self.video(&src, v));
            if let Some(entry) = &seg.premiere
                && seg.kind != SegmentKind::Video
            {
                src.problem(
                    self.problems,
                    &entry.video,
                    "only a video segment (kind = \"video\") can premiere a video",
                );
            }
            segments.push(Segment {
                id: seg.id.get_ref().clone(),
                kind: seg.kind,
                starts_at: start.unwrap_or_default(),
                minutes: *seg.minutes.get_ref(),
                speakers: seg.speakers.iter().map(|s| s.get_ref().clone()).collect(),
                recording,
                premiere,
            });
        }
        let texts = self.event_texts(event_dir, settings, &segment_ids, &speaker_ids);
        let stream = file
            .stream
            .as_ref()
            .and_then(|entry| self.stream(&src, entry));
        Some(Event {
            slug: file.slug.into_inner(),
            reference_zone: file.reference_zone,
            doors_open_at: doors?,
            starts_at: starts?,
            ends_at: ends?,
            proceedings_language: file.proceedings_language,
            interpretation_languages: file.interpretation_languages,
            caption_languages: file.caption_languages,
            places: file.places,
            registration_opens_at: opens,
            registration_closes_at: closes,
            reminder_hours: file.reminder_hours.iter().map(|h| *h.get_ref()).collect(),
            chapters: file.chapters.into_iter().map(Spanned::into_inner).collect(),
            hashtags: file.hashtags,
            trailer,
            speakers,
            segments,
            texts,
            stream,
            draft: file.draft,
        })
    }

    /// The instant of a civil time in `zone`; a time that does not exist or occurs twice
    /// (a daylight-saving change) is a problem rather than a guess.
    pub(super) fn instant(
        &mut self,
        src: &Source<'_>,
        zone: &ZoneName,
        at: &Spanned<jiff::civil::DateTime>,
    ) -> Option<Timestamp> {
        match zone
            .zone()
            .to_ambiguous_zoned_datetime(*at.get_ref())
            .unambiguous()
        {
            Ok(zoned) => Some(zoned.timestamp()),
            Err(_) => {
                src.problem(
                    self.problems,
                    at,
                    format!("{} does not exist or occurs twice in {} (a clock change); pick another time", at.get_ref(), zone),
                );
                None
            }
        }
    }
}
