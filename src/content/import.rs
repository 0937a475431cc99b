//! Reading a content folder into [`SiteContent`], reporting every problem with file and line.

use super::files::{self, ChaptersFile, EventFile, EventLangFront, SiteFile, VideoEntry};
use super::{
    Chapter, Event, EventText, MediaPath, Problems, Segment, SegmentKind, SiteContent,
    SiteSettings, Speaker, Video,
};
use crate::domain::{HijriSettings, Lang, ZoneName};
use jiff::Timestamp;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use toml::Spanned;

#[path = "import_posts.rs"]
mod posts;
#[path = "import_stream.rs"]
mod stream;

/// A folder that passed every check: the content, and the media files it refers to.
#[derive(Debug)]
pub struct ImportReport {
    pub content: SiteContent,
    /// Each referenced media file and where it is on disk.
    pub media: BTreeMap<MediaPath, PathBuf>,
    pub files_read: usize,
}

/// One source file being read, for reporting problems in it.
struct Source<'a> {
    path: &'a Path,
    /// The whole file, for line numbers.
    file_text: &'a str,
    /// The TOML part being parsed (all of it, or the front matter).
    text: &'a str,
    /// Byte offset of `text` in the file.
    offset: usize,
}

impl<'a> Source<'a> {
    fn whole(path: &'a Path, text: &'a str) -> Self {
        Self {
            path,
            file_text: text,
            text,
            offset: 0,
        }
    }

    fn problem<T>(&self, problems: &mut Problems, at: &Spanned<T>, message: impl Into<String>) {
        problems.at(
            self.path,
            self.file_text,
            Some(at.span().start + self.offset),
            message,
        );
    }

    fn parse<T: serde::de::DeserializeOwned>(&self, problems: &mut Problems) -> Option<T> {
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

/// A language file: its whole text, its parsed front matter, where the front matter and
/// the Markdown body start.
struct LangFile<T> {
    text: String,
    front: T,
    front_offset: usize,
    body_start: usize,
}

struct Reader<'a> {
    dir: &'a Path,
    problems: &'a mut Problems,
    media: BTreeMap<MediaPath, PathBuf>,
    files_read: usize,
}

impl Reader<'_> {
    fn read(&mut self, relative: &Path) -> Option<String> {
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
    fn sub_dirs(&mut self, parent: &str) -> Vec<PathBuf> {
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
    fn lang_file<T: serde::de::DeserializeOwned>(
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

    /// The `<lang>.md` files of an event or post folder, each a site language.
    fn language_files(
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

    fn site(&mut self) -> Option<SiteSettings> {
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

    fn chapters(&mut self, languages: &[Lang]) -> Vec<Chapter> {
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

    fn event(
        &mut self,
        event_dir: &Path,
        settings: Option<&SiteSettings>,
        chapters: &BTreeSet<crate::domain::Slug>,
    ) -> Option<Event> {
        let relative = event_dir.join("event.toml");
        let text = self.read(&relative)?;
        let src = Source::whole(&relative, &text);
        let file: EventFile = src.parse(self.problems)?;
        let folder = event_dir
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        if file.slug.get_ref().as_str() != folder {
            src.problem(
                self.problems,
                &file.slug,
                format!("the slug must match the folder name {folder:?}"),
            );
        }
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

    fn event_texts(
        &mut self,
        event_dir: &Path,
        settings: Option<&SiteSettings>,
        segment_ids: &BTreeSet<crate::domain::Slug>,
        speaker_ids: &BTreeSet<crate::domain::Slug>,
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

    /// The instant of a civil time in `zone`; a time that does not exist or occurs twice
    /// (a daylight-saving change) is a problem rather than a guess.
    fn instant(
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

    fn video(&mut self, src: &Source<'_>, entry: &VideoEntry) -> Video {
        self.media_file(src, &entry.video);
        if let Some(poster) = &entry.poster {
            self.media_file(src, poster);
        }
        for track in entry.captions.values() {
            self.media_file(src, track);
        }
        Video {
            video: entry.video.get_ref().clone(),
            poster: entry.poster.as_ref().map(|p| p.get_ref().clone()),
            captions: entry
                .captions
                .iter()
                .map(|(l, p)| (l.clone(), p.get_ref().clone()))
                .collect(),
        }
    }

    fn media_file(&mut self, src: &Source<'_>, path: &Spanned<MediaPath>) {
        let on_disk = self.dir.join(path.get_ref().as_str());
        if on_disk.is_file() {
            if path.get_ref().as_str().ends_with(".vtt") && !starts_with_webvtt(&on_disk) {
                src.problem(
                    self.problems,
                    path,
                    format!(
                        "{} is not a WebVTT file (its first line must be WEBVTT)",
                        path.get_ref()
                    ),
                );
            }
            self.media.insert(path.get_ref().clone(), on_disk);
        } else {
            src.problem(
                self.problems,
                path,
                format!(
                    "media file {} not found in the content folder",
                    path.get_ref()
                ),
            );
        }
    }
}

/// Whether a caption file begins with the WebVTT signature (after an optional BOM).
fn starts_with_webvtt(path: &Path) -> bool {
    let mut head = [0u8; 9];
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let n = std::io::Read::read(&mut file, &mut head).unwrap_or(0);
    let head = &head[..n];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.starts_with(b"WEBVTT")
}
