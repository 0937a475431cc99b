//! A video as pages show it: its file, poster and caption tracks, each track named in the
//! page's language and the page's language chosen by default.

use super::view::lang_name;
use crate::content::Video;
use crate::domain::Lang;
use crate::i18n::Translator;

/// A video with its tracks.
pub struct VideoView {
    pub src: String,
    pub mime: &'static str,
    pub poster: Option<String>,
    pub tracks: Vec<TrackView>,
}

/// A caption track.
pub struct TrackView {
    pub src: String,
    pub srclang: String,
    pub label: String,
    pub default: bool,
}

pub(crate) fn video_view(v: &Video, tr: Translator<'_>, lang: &Lang) -> VideoView {
    VideoView {
        src: format!("/media/{}", v.video),
        mime: v.video.mime(),
        poster: v.poster.as_ref().map(|p| format!("/media/{p}")),
        tracks: v
            .captions
            .iter()
            .map(|(track_lang, path)| TrackView {
                src: format!("/media/{path}"),
                srclang: track_lang.to_string(),
                label: lang_name(tr, track_lang),
                default: track_lang == lang,
            })
            .collect(),
    }
}
