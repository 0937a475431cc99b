//! The media of a post in its editors: the files that can be chosen (uploads and what the
//! content already uses), the choices as the form's selects show them, and the check and
//! application of what was chosen.

use crate::content::{MediaPath, Post, SiteContent, Video};
use crate::domain::Lang;
use crate::error::WebError;
use crate::media::{MediaStore, MediaType};
use crate::state::AppState;
use std::collections::HashMap;

/// Every media path that can be chosen: uploads and what content already uses.
pub async fn media_paths(
    state: &AppState,
    content: &SiteContent,
) -> Result<Vec<(String, MediaType)>, WebError> {
    let mut paths: Vec<(String, MediaType)> = state
        .media
        .clone()
        .list()
        .await
        .map_err(|e| WebError::Internal(e.into()))?
        .into_iter()
        .map(|item| (item.path, item.kind))
        .collect();
    let used = content
        .events
        .iter()
        .flat_map(crate::content::event_media)
        .chain(content.posts.iter().flat_map(crate::content::post_media));
    for path in used {
        let kind = path.as_str().rsplit_once('.').and_then(|(_, ext)| {
            MediaType::from_extension(if ext == "jpeg" { "jpg" } else { ext })
        });
        if let Some(kind) = kind
            && !paths.iter().any(|(p, _)| p == path.as_str())
        {
            paths.push((path.to_string(), kind));
        }
    }
    Ok(paths)
}

/// One option of a media select: the path, what it shows (the name the file was uploaded
/// with, beside its path, when known), and whether it is selected.
pub type MediaChoice = (String, String, bool);

/// The choices of a select for the files `keep` accepts (a caption select offers only
/// WebVTT files); `names` are the uploads' original names by path.
pub fn choices(
    paths: &[(String, MediaType)],
    keep: impl Fn(MediaType) -> bool,
    selected: &str,
    names: &std::collections::HashMap<String, crate::storage::MediaRecord>,
) -> Vec<MediaChoice> {
    paths
        .iter()
        .filter(|(_, kind)| keep(*kind))
        .map(|(p, _)| {
            let label = match names.get(p) {
                Some(r) if !r.original_name.is_empty() => format!("{} ({p})", r.original_name),
                _ => p.clone(),
            };
            (p.clone(), label, p == selected)
        })
        .collect()
}

/// What was chosen for a post's media: paths, or empty for none; `caption-<lang>` → WebVTT.
pub struct Chosen<'f> {
    pub image: &'f str,
    pub video: &'f str,
    pub poster: &'f str,
    pub captions: &'f HashMap<String, String>,
}

impl Chosen<'_> {
    /// Whether every choice is among `paths` and of the right kind (a poster needs a video).
    pub fn valid(&self, paths: &[(String, MediaType)]) -> bool {
        let known = |value: &str, keep: fn(MediaType) -> bool| {
            value.is_empty() || paths.iter().any(|(p, k)| p == value && keep(*k))
        };
        let captions_ok = self
            .captions
            .iter()
            .filter(|(k, _)| k.starts_with("caption-"))
            .all(|(_, v)| known(v, |k| k == MediaType::Vtt));
        known(self.image, MediaType::is_image)
            && known(self.video, MediaType::is_video)
            && known(self.poster, MediaType::is_image)
            && captions_ok
            // A poster belongs to a video.
            && (self.poster.is_empty() || !self.video.is_empty())
    }

    /// Puts the choices on `post`, captions for the site's `languages`.
    pub fn apply(&self, post: &mut Post, languages: &[Lang]) {
        let path = |v: &str| v.parse::<MediaPath>().ok();
        post.image = path(self.image);
        post.video = path(self.video).map(|video| Video {
            video,
            poster: path(self.poster),
            captions: languages
                .iter()
                .filter_map(|l| {
                    let chosen = self.captions.get(&format!("caption-{l}"))?;
                    Some((l.clone(), path(chosen)?))
                })
                .collect(),
        });
    }
}

/// The form's values for `post`'s media: (image, video, poster, captions by field name).
pub fn values_of(post: &Post) -> (String, String, String, HashMap<String, String>) {
    let image = post
        .image
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    let mut captions = HashMap::new();
    let (mut video, mut poster) = (String::new(), String::new());
    if let Some(v) = &post.video {
        video = v.video.to_string();
        poster = v
            .poster
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        for (lang, path) in &v.captions {
            captions.insert(format!("caption-{lang}"), path.to_string());
        }
    }
    (image, video, poster, captions)
}
