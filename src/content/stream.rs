//! An event's live stream and its interpretation channels, valid by construction.
//!
//! A channel (the programme in another language) is carried one of three ways, chosen by
//! the organiser per channel: an audio rendition of the main HLS playlist, a separate stream
//! of sound only (played beside the main stream's picture), or a separate stream with
//! picture and sound.

use crate::domain::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where an event's live stream comes from, and how each interpretation channel is carried.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Stream {
    pub kind: StreamKind,
    /// The main stream (the language of proceedings).
    pub source: StreamSource,
    /// Interpretation channels: the same programme in another language.
    #[serde(default)]
    pub languages: BTreeMap<Lang, Channel>,
}

/// How the stream is played.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StreamKind {
    /// An HLS playlist, played by the bundled hls.js or by the browser.
    Hls,
    /// A player page of a video service (PeerTube, YouTube, Vimeo, Jitsi …) in a frame.
    Embed,
}

/// How an interpretation channel reaches the attendee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ChannelRepr", into = "ChannelRepr")]
pub enum Channel {
    /// An audio rendition of the main HLS playlist (`EXT-X-MEDIA:TYPE=AUDIO` with the
    /// channel's `LANGUAGE`): the player switches its sound, the picture goes on.
    Rendition,
    /// A separate stream of sound only, played beside the main stream's picture (muted).
    Audio(StreamSource),
    /// A separate stream with picture and sound, played instead of the main one.
    Video(StreamSource),
}

/// The ways a channel can be carried, as content files name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChannelKind {
    Rendition,
    Audio,
    Video,
}

impl ChannelKind {
    /// The name in content files and in the hall page.
    pub fn as_str(self) -> &'static str {
        match self {
            ChannelKind::Rendition => "rendition",
            ChannelKind::Audio => "audio",
            ChannelKind::Video => "video",
        }
    }
}

/// Why a channel was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChannelError {
    #[error(
        "a rendition is carried in the main playlist: give it no url (or kind = \"audio\" or \"video\" for a stream of its own)"
    )]
    RenditionWithUrl,
    #[error("a channel of kind = \"{0}\" needs the url of its own stream")]
    NoUrl(&'static str),
}

impl Channel {
    /// A channel of `kind` at `url` (none for a rendition).
    pub fn new(kind: ChannelKind, url: Option<StreamSource>) -> Result<Self, ChannelError> {
        match (kind, url) {
            (ChannelKind::Rendition, None) => Ok(Channel::Rendition),
            (ChannelKind::Rendition, Some(_)) => Err(ChannelError::RenditionWithUrl),
            (ChannelKind::Audio, Some(url)) => Ok(Channel::Audio(url)),
            (ChannelKind::Video, Some(url)) => Ok(Channel::Video(url)),
            (kind, None) => Err(ChannelError::NoUrl(kind.as_str())),
        }
    }

    pub fn kind(&self) -> ChannelKind {
        match self {
            Channel::Rendition => ChannelKind::Rendition,
            Channel::Audio(_) => ChannelKind::Audio,
            Channel::Video(_) => ChannelKind::Video,
        }
    }

    /// The channel's own stream (none for a rendition).
    pub fn source(&self) -> Option<&StreamSource> {
        match self {
            Channel::Rendition => None,
            Channel::Audio(s) | Channel::Video(s) => Some(s),
        }
    }
}

/// A channel as stored: `{ kind, url }`, or a plain address (a stream with picture, as
/// content saved before channels had kinds).
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum ChannelRepr {
    Url(StreamSource),
    Table {
        kind: ChannelKind,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        url: Option<StreamSource>,
    },
}

impl TryFrom<ChannelRepr> for Channel {
    type Error = ChannelError;
    fn try_from(repr: ChannelRepr) -> Result<Self, Self::Error> {
        match repr {
            ChannelRepr::Url(url) => Ok(Channel::Video(url)),
            ChannelRepr::Table { kind, url } => Channel::new(kind, url),
        }
    }
}

impl From<Channel> for ChannelRepr {
    fn from(channel: Channel) -> Self {
        let kind = channel.kind();
        let url = match channel {
            Channel::Rendition => None,
            Channel::Audio(s) | Channel::Video(s) => Some(s),
        };
        ChannelRepr::Table { kind, url }
    }
}

/// A stream's address: a remote `http(s)` URL or, for HLS, a playlist in the media folder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum StreamSource {
    Remote(url::Url),
    Media(super::MediaPath),
}

/// Why a stream address was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "{0:?} is not a stream address: give an https:// (or http://) URL, or a playlist under media/"
)]
pub struct StreamSourceError(String);

impl StreamSource {
    /// The address as a page refers to it.
    pub fn href(&self) -> String {
        match self {
            StreamSource::Remote(url) => url.to_string(),
            StreamSource::Media(path) => format!("/media/{path}"),
        }
    }

    /// The origin the Content-Security-Policy must allow (`None` for our own media).
    pub fn origin(&self) -> Option<String> {
        match self {
            StreamSource::Remote(url) => Some(url.origin().ascii_serialization()),
            StreamSource::Media(_) => None,
        }
    }
}

impl TryFrom<String> for StreamSource {
    type Error = StreamSourceError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        if text.starts_with("media/") {
            return text
                .parse()
                .map(StreamSource::Media)
                .map_err(|_| StreamSourceError(text));
        }
        match url::Url::parse(&text) {
            Ok(url)
                if matches!(url.scheme(), "https" | "http")
                    && url.host_str().is_some()
                    && url.username().is_empty()
                    && url.password().is_none() =>
            {
                Ok(StreamSource::Remote(url))
            }
            _ => Err(StreamSourceError(text)),
        }
    }
}

impl From<StreamSource> for String {
    fn from(source: StreamSource) -> Self {
        match source {
            StreamSource::Remote(url) => url.to_string(),
            StreamSource::Media(path) => path.as_str().to_owned(),
        }
    }
}

impl Stream {
    /// The stream whose picture an attendee who chose `lang` sees: the channel's own when it
    /// has picture and sound, else the main stream.
    pub fn picture_for(&self, lang: Option<&Lang>) -> &StreamSource {
        match lang.and_then(|l| self.languages.get(l)) {
            Some(Channel::Video(source)) => source,
            _ => &self.source,
        }
    }

    /// Every address the hall may play: the main stream and the channels' own streams.
    pub fn sources(&self) -> impl Iterator<Item = &StreamSource> {
        std::iter::once(&self.source).chain(self.languages.values().filter_map(Channel::source))
    }

    /// Every origin the hall page must allow for this stream.
    pub fn origins(&self) -> Vec<String> {
        let mut origins: Vec<String> = self.sources().filter_map(StreamSource::origin).collect();
        origins.sort();
        origins.dedup();
        origins
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_sources_are_remote_urls_or_media_playlists() {
        let remote =
            StreamSource::try_from("https://video.example.org:8443/live/a.m3u8".to_owned())
                .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            remote.origin().as_deref(),
            Some("https://video.example.org:8443")
        );
        let local = StreamSource::try_from("media/live/index.m3u8".to_owned())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(local.origin(), None);
        assert_eq!(local.href(), "/media/media/live/index.m3u8");
        for bad in [
            "javascript:alert(1)",
            "ftp://example.org/x",
            "https://user:pw@example.org/",
            "//example.org/x",
            "media/../secret",
            "",
        ] {
            assert!(StreamSource::try_from(bad.to_owned()).is_err(), "{bad}");
        }
    }

    #[test]
    fn channels_read_old_plain_addresses_and_kinds() {
        let json = r#"{"kind":"hls","source":"media/live/index.m3u8","languages":{
            "en":"https://a.example/en.m3u8",
            "fr":{"kind":"rendition"},
            "ur":{"kind":"audio","url":"media/live/ur.m3u8"}}}"#;
        let stream: Stream = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"));
        let kinds: Vec<ChannelKind> = stream.languages.values().map(Channel::kind).collect();
        assert_eq!(
            kinds,
            [
                ChannelKind::Video,
                ChannelKind::Rendition,
                ChannelKind::Audio
            ]
        );
        let again: Stream = serde_json::to_string(&stream)
            .and_then(|s| serde_json::from_str(&s))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again.languages, stream.languages);
        assert_eq!(stream.sources().count(), 3);
        let en: Lang = "en".parse().unwrap_or_else(|e| panic!("{e:?}"));
        let ur: Lang = "ur".parse().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            stream.picture_for(Some(&en)).href(),
            "https://a.example/en.m3u8"
        );
        assert_eq!(stream.picture_for(Some(&ur)), &stream.source);
        assert_eq!(stream.origins(), ["https://a.example"]);
        for bad in [
            r#"{"kind":"rendition","url":"media/x.m3u8"}"#,
            r#"{"kind":"audio"}"#,
            r#"{"kind":"tv","url":"media/x.m3u8"}"#,
        ] {
            assert!(serde_json::from_str::<Channel>(bad).is_err(), "{bad}");
        }
    }
}
