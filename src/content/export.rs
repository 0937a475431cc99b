//! Writing [`SiteContent`] back to a content folder in the import format.

use super::files::StreamEntry;
use super::files::{
    CalendarSection, ChapterEntry, ChaptersFile, EventFile, EventLangFront, FRONT_MATTER_FENCE,
    GoneFile, ImageEntry, PostFile, PostKindEntry, PostKindsFile, PostLangFront, SegmentEntry,
    SiteFile, SpeakerEntry, VideoEntry,
};
use super::{Event, MediaPath, Post, SiteContent, Video};
use crate::domain::ZoneName;
use jiff::Timestamp;
use std::path::Path;
use toml::Spanned;

/// Writes `content` into `dir` (created if missing) and copies media from `media_root`.
/// `progress` is told of each event as it is written.
pub fn export_dir(
    content: &SiteContent,
    media_root: Option<&Path>,
    dir: &Path,
    progress: &mut dyn FnMut(usize, usize, &Path),
) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    let total = content.events.len() + content.posts.len() + 1;
    let s = &content.settings;
    let site = SiteFile {
        default_language: unspanned(s.default_language.clone()),
        languages: s.languages.iter().cloned().map(unspanned).collect(),
        contact_email: s.contact_email.clone(),
        hashtags: s.hashtags.clone(),
        calendar: CalendarSection {
            hijri: s.hijri.variant,
            adjustment_days: s.hijri.adjustment,
        },
        digits: s.digits.clone(),
        translations: s.texts.clone(),
        share_image: s.share_image.clone().map(unspanned),
        embed_origins: s.embed_origins.clone(),
    };
    std::fs::write(dir.join("site.toml"), toml::to_string_pretty(&site)?)?;
    copy_media(s.share_image.iter().collect(), media_root, dir)?;
    let chapters = ChaptersFile {
        chapters: content
            .chapters
            .iter()
            .map(|c| ChapterEntry {
                slug: unspanned(c.slug.clone()),
                country: c.country.clone(),
                time_zone: c.time_zone.clone(),
                name: c.name.clone(),
                city: c.city.clone(),
            })
            .collect(),
    };
    std::fs::write(
        dir.join("chapters.toml"),
        toml::to_string_pretty(&chapters)?,
    )?;
    progress(1, total, Path::new("site.toml"));
    for (i, event) in content.events.iter().enumerate() {
        let event_dir = dir.join("events").join(event.slug.as_str());
        std::fs::create_dir_all(&event_dir)?;
        std::fs::write(
            event_dir.join("event.toml"),
            toml::to_string_pretty(&event_file(event))?,
        )?;
        for (lang, text) in &event.texts {
            let front = EventLangFront {
                title: text.title.clone(),
                summary: text.summary.clone(),
                eligibility: text.eligibility.clone(),
                zone_label: text.zone_label.clone(),
                attestation: text.attestation.clone(),
                segments: text.segments.clone(),
                speakers: text.speakers.clone(),
                draft: text.publication.is_draft(),
                publish_at: text.publication.publish_at(),
            };
            let md = format!(
                "{FRONT_MATTER_FENCE}\n{}{FRONT_MATTER_FENCE}\n\n{}",
                toml::to_string_pretty(&front)?,
                text.description
            );
            std::fs::write(event_dir.join(format!("{lang}.md")), md)?;
        }
        copy_media(event_media(event), media_root, dir)?;
        copy_media(
            stream_media(event, media_root).iter().collect(),
            media_root,
            dir,
        )?;
        progress(i + 2, total, &event_dir);
    }
    if !content.post_kinds.is_empty() {
        let kinds = PostKindsFile {
            kinds: content
                .post_kinds
                .iter()
                .map(|k| PostKindEntry {
                    slug: unspanned(k.slug.clone()),
                    signable: k.signable,
                    name: k.name.clone(),
                    plural: k.plural.clone(),
                })
                .collect(),
        };
        std::fs::write(dir.join("post-kinds.toml"), toml::to_string_pretty(&kinds)?)?;
    }
    if !content.gone.is_empty() {
        let gone = GoneFile {
            posts: content.gone.posts.iter().cloned().map(unspanned).collect(),
            events: content.gone.events.iter().cloned().map(unspanned).collect(),
        };
        std::fs::write(dir.join("gone.toml"), toml::to_string_pretty(&gone)?)?;
    } else if let Err(err) = std::fs::remove_file(dir.join("gone.toml"))
        && err.kind() != std::io::ErrorKind::NotFound
    {
        return Err(err.into());
    }
    for (i, post) in content.posts.iter().enumerate() {
        let post_dir = dir.join("posts").join(post.slug.as_str());
        write_post(post, &post_dir)?;
        copy_media(post_media(post), media_root, dir)?;
        progress(content.events.len() + i + 2, total, &post_dir);
    }
    Ok(())
}

/// Copies media into the exported folder (`media_root: None`: the text files only).
fn copy_media(media: Vec<&MediaPath>, media_root: Option<&Path>, dir: &Path) -> anyhow::Result<()> {
    let Some(media_root) = media_root else {
        return Ok(());
    };
    for media in media {
        let from = media_root.join(media.as_str());
        let to = dir.join(media.as_str());
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(&from, &to)
            .map_err(|e| anyhow::anyhow!("copying media {} from {}: {e}", media, from.display()))?;
    }
    Ok(())
}

fn write_post(post: &Post, post_dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(post_dir)?;
    let file = PostFile {
        slug: unspanned(post.slug.clone()),
        kind: unspanned(post.kind.clone()),
        chapter: post.chapter.clone().map(unspanned),
        event: post.event.clone().map(unspanned),
        published_on: post.published_on,
        draft: post.draft,
        hashtags: post.hashtags.clone(),
        image: post.image.clone().map(|file| ImageEntry {
            file: unspanned(file),
        }),
        video: post.video.as_ref().map(video_entry),
        signature_goal: post.signature_goal.map(unspanned),
    };
    std::fs::write(post_dir.join("post.toml"), toml::to_string_pretty(&file)?)?;
    for (lang, text) in &post.texts {
        let front = PostLangFront {
            title: text.title.clone(),
            summary: text.summary.clone(),
            image_alt: text.image_alt.clone(),
            image_caption: text.image_caption.clone(),
            video_caption: text.video_caption.clone(),
            draft: text.publication.is_draft(),
            publish_at: text.publication.publish_at(),
        };
        let md = format!(
            "{FRONT_MATTER_FENCE}\n{}{FRONT_MATTER_FENCE}\n\n{}",
            toml::to_string_pretty(&front)?,
            text.body
        );
        std::fs::write(post_dir.join(format!("{lang}.md")), md)?;
    }
    Ok(())
}

/// Every media file a post refers to.
pub fn post_media(post: &Post) -> Vec<&MediaPath> {
    post.image
        .iter()
        .chain(post.video.iter().flat_map(|v| {
            std::iter::once(&v.video)
                .chain(v.poster.iter())
                .chain(v.captions.values())
        }))
        .collect()
}

/// Every media file an event refers to.
pub fn event_media(event: &Event) -> Vec<&super::MediaPath> {
    let videos = event
        .trailer
        .iter()
        .chain(event.segments.iter().filter_map(|s| s.recording.as_ref()))
        .chain(event.segments.iter().filter_map(|s| s.premiere.as_ref()));
    videos
        .flat_map(|v: &Video| {
            std::iter::once(&v.video)
                .chain(v.poster.iter())
                .chain(v.captions.values())
        })
        .collect()
}

/// A stream playlist in the media folder and every file it names.
fn stream_media(event: &Event, media_root: Option<&Path>) -> Vec<MediaPath> {
    let (Some(stream), Some(media_root)) = (&event.stream, media_root) else {
        return Vec::new();
    };
    let read = |p: &MediaPath| std::fs::read_to_string(media_root.join(p.as_str())).ok();
    stream
        .sources()
        .filter_map(|s| match s {
            super::StreamSource::Media(playlist) => Some(playlist),
            super::StreamSource::Remote(_) => None,
        })
        .flat_map(|playlist| {
            let (files, _) = super::hls_files(playlist, read);
            std::iter::once(playlist.clone()).chain(files)
        })
        .collect()
}

/// A channel as `event.toml` writes it: a stream with picture by its address alone (as
/// before channels had kinds), the others as a table.
fn channel_entry(channel: &super::Channel) -> super::files::ChannelEntry {
    match channel {
        super::Channel::Video(source) => {
            super::files::ChannelEntry::Url(String::from(source.clone()))
        }
        other => super::files::ChannelEntry::Table(super::files::ChannelTable {
            kind: other.kind(),
            url: other.source().map(|s| String::from(s.clone())),
        }),
    }
}

fn unspanned<T>(value: T) -> Spanned<T> {
    Spanned::new(0..0, value)
}

fn local(at: Timestamp, zone: &ZoneName) -> Spanned<jiff::civil::DateTime> {
    unspanned(at.to_zoned_datetime(zone.zone().clone()).datetime())
}

fn video_entry(v: &Video) -> VideoEntry {
    VideoEntry {
        video: unspanned(v.video.clone()),
        poster: v.poster.clone().map(unspanned),
        captions: v
            .captions
            .iter()
            .map(|(l, p)| (l.clone(), unspanned(p.clone())))
            .collect(),
    }
}

fn event_file(e: &Event) -> EventFile {
    let zone = &e.reference_zone;
    EventFile {
        slug: unspanned(e.slug.clone()),
        reference_zone: zone.clone(),
        doors_open_at: local(e.doors_open_at, zone),
        starts_at: local(e.starts_at, zone),
        ends_at: local(e.ends_at, zone),
        proceedings_language: e.proceedings_language.clone(),
        interpretation_languages: e.interpretation_languages.clone(),
        caption_languages: e.caption_languages.clone(),
        places: e.places,
        registration_opens_at: e.registration_opens_at.map(|t| local(t, zone)),
        registration_closes_at: e.registration_closes_at.map(|t| local(t, zone)),
        reminder_hours: e.reminder_hours.iter().copied().map(unspanned).collect(),
        chapters: e.chapters.iter().cloned().map(unspanned).collect(),
        hashtags: e.hashtags.clone(),
        trailer: e.trailer.as_ref().map(video_entry),
        speakers: e
            .speakers
            .iter()
            .map(|s| SpeakerEntry {
                id: unspanned(s.id.clone()),
                name: s.name.clone(),
                country: s.country.clone(),
                chapter: s.chapter.clone().map(unspanned),
            })
            .collect(),
        segments: e
            .segments
            .iter()
            .map(|s| SegmentEntry {
                id: unspanned(s.id.clone()),
                kind: s.kind,
                starts_at: local(s.starts_at, zone),
                minutes: unspanned(s.minutes),
                speakers: s.speakers.iter().cloned().map(unspanned).collect(),
                recording: s.recording.as_ref().map(video_entry),
                premiere: s.premiere.as_ref().map(video_entry),
            })
            .collect(),
        stream: e.stream.as_ref().map(|s| StreamEntry {
            kind: s.kind,
            url: unspanned(String::from(s.source.clone())),
            languages: s
                .languages
                .iter()
                .map(|(l, c)| (l.clone(), unspanned(channel_entry(c))))
                .collect(),
        }),
        draft: e.draft,
    }
}
