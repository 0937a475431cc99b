//! Reading an event's `[stream]` and its interpretation channels: part of
//! [`super::read_dir`]. Every address is checked, a media playlist and the files it names
//! are copied, and a channel carried as an audio rendition must be one of the main
//! playlist's (when the playlist is in the media folder, where it can be read).

use super::reader::{Reader, Source};
use crate::content::files::{ChannelEntry, StreamEntry};
use crate::content::{
    Channel, ChannelKind, MediaPath, Stream, StreamKind, StreamSource, audio_renditions, hls_files,
    rendition_matches,
};
use crate::domain::Lang;
use std::collections::BTreeMap;
use toml::Spanned;

impl Reader<'_> {
    /// `[stream]`.
    pub(super) fn stream(&mut self, src: &Source<'_>, entry: &StreamEntry) -> Option<Stream> {
        let source = self.stream_source(src, entry.kind, &entry.url);
        let mut languages = BTreeMap::new();
        for (lang, channel) in &entry.languages {
            if let Some(c) = self.channel(src, entry, source.as_ref(), lang, channel) {
                languages.insert(lang.clone(), c);
            }
        }
        Some(Stream {
            kind: entry.kind,
            source: source?,
            languages,
        })
    }

    /// One channel under `[stream.languages]`.
    fn channel(
        &mut self,
        src: &Source<'_>,
        entry: &StreamEntry,
        main: Option<&StreamSource>,
        lang: &Lang,
        channel: &Spanned<ChannelEntry>,
    ) -> Option<Channel> {
        let (kind, url) = match channel.get_ref() {
            ChannelEntry::Url(url) => (ChannelKind::Video, Some(url)),
            ChannelEntry::Table(table) => (table.kind, table.url.as_ref()),
        };
        if kind != ChannelKind::Video && entry.kind != StreamKind::Hls {
            src.problem(
                self.problems,
                channel,
                format!(
                    "the {lang} channel: kind = \"{}\" needs kind = \"hls\" under [stream] (an embedded player can neither switch its sound nor be muted)",
                    kind.as_str()
                ),
            );
            return None;
        }
        let source = match url {
            Some(url) => {
                // A stream of sound only is an HLS playlist or an audio file (an Icecast
                // stream), never a player page.
                let played_as = if kind == ChannelKind::Audio {
                    StreamKind::Hls
                } else {
                    entry.kind
                };
                let spanned = Spanned::new(channel.span(), url.clone());
                Some(self.stream_source(src, played_as, &spanned)?)
            }
            None => None,
        };
        let made = match Channel::new(kind, source) {
            Ok(made) => made,
            Err(err) => {
                src.problem(self.problems, channel, format!("the {lang} channel: {err}"));
                return None;
            }
        };
        if let (Channel::Rendition, Some(StreamSource::Media(playlist))) = (&made, main) {
            let text =
                std::fs::read_to_string(self.dir.join(playlist.as_str())).unwrap_or_default();
            let found = audio_renditions(&text);
            if !found.iter().any(|l| rendition_matches(l, lang)) {
                let has = if found.is_empty() {
                    "none".to_owned()
                } else {
                    found.join(", ")
                };
                src.problem(
                    self.problems,
                    channel,
                    format!(
                        "the {lang} channel: the playlist {playlist} has no audio rendition in {lang} (#EXT-X-MEDIA:TYPE=AUDIO with LANGUAGE=\"{lang}\"; its audio renditions: {has}); add one, or give the channel a stream of its own (kind = \"audio\" or \"video\" with its url)"
                    ),
                );
                return None;
            }
        }
        Some(made)
    }

    /// A stream's address; a playlist in the media folder is copied with every file it names.
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
            let (files, refused) = hls_files(playlist, read);
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
}
