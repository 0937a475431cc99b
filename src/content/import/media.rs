//! Media a content file names: videos, posters and captions, each checked on disk and
//! remembered for copying (streams: `stream.rs`).

use super::reader::{Reader, Source};
use crate::content::files::VideoEntry;
use crate::content::{MediaPath, Video};
use std::path::Path;
use toml::Spanned;

impl Reader<'_> {
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
