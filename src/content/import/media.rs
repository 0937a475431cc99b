//! Media a content file names: videos, posters, captions and streams, each checked on disk
//! and remembered for copying.

use super::reader::{Reader, Source};
use crate::content::files::{StreamEntry, VideoEntry};
use crate::content::{MediaPath, Stream, StreamKind, StreamSource, Video};
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;

impl Reader<'_> {
    /// `[stream]`: every address checked; a media playlist and the files it names are copied.
    pub(super) fn stream(&mut self, src: &Source<'_>, entry: &StreamEntry) -> Option<Stream> {
        let source = self.stream_source(src, entry.kind, &entry.url);
        let mut languages = BTreeMap::new();
        for (lang, url) in &entry.languages {
            if let Some(s) = self.stream_source(src, entry.kind, url) {
                languages.insert(lang.clone(), s);
            }
        }
        Some(Stream {
            kind: entry.kind,
            source: source?,
            languages,
        })
    }

    fn stream_source(
        &mut self,
        src: &Source<'_>,
        kind: StreamKind,
        url: &Spanned<String>,
    ) -> Option<StreamSource> {
        let source = match StreamSource::try_from(url.get_ref().clone()) {
            Ok(source) => source,
            Err(err) => {
                src.problem(self.problems, url, err.to_string());
                return None;
            }
        };
        if let StreamSource::Media(playlist) = &source {
            if kind != StreamKind::Hls {
                src.problem(
                    self.problems,
                    url,
                    "an embedded stream must be an https:// address of the video service's player",
                );
                return None;
            }
            let spanned = Spanned::new(url.span(), playlist.clone());
            self.media_file(src, &spanned);
            let dir = self.dir.to_path_buf();
            let read = |p: &MediaPath| std::fs::read_to_string(dir.join(p.as_str())).ok();
            let (files, refused) = crate::content::hls_files(playlist, read);
            for path in files {
                self.media_file(src, &Spanned::new(url.span(), path));
            }
            for name in refused {
                src.problem(
                    self.problems,
                    url,
                    format!(
                        "the playlist names {name:?}; name only files in the playlist's own folder"
                    ),
                );
            }
        }
        Some(source)
    }

    pub(super) fn video(&mut self, src: &Source<'_>, entry: &VideoEntry) -> Video {
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

    pub(super) fn media_file(&mut self, src: &Source<'_>, path: &Spanned<MediaPath>) {
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
