//! What Convene reads in an HLS playlist: the files a playlist in the media folder needs
//! beside it (for import and export), and the languages of its audio renditions (for
//! interpretation channels carried in the playlist).

use super::MediaPath;
use crate::domain::Lang;

/// The `LANGUAGE` of every audio rendition (`#EXT-X-MEDIA:TYPE=AUDIO`) of a master playlist,
/// in playlist order.
pub fn audio_renditions(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.trim().strip_prefix("#EXT-X-MEDIA:"))
        .filter_map(|attributes| {
            let attributes = attribute_list(attributes);
            let value = |name: &str| {
                attributes
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(name))
                    .map(|(_, v)| *v)
            };
            value("LANGUAGE")
                .filter(|_| value("TYPE") == Some("AUDIO"))
                .map(str::to_owned)
        })
        .collect()
}

/// Whether a rendition's `LANGUAGE` (an RFC 5646 tag such as `en` or `en-GB`) is `lang`.
pub fn rendition_matches(language: &str, lang: &Lang) -> bool {
    let language = language.to_ascii_lowercase();
    let lang = lang.as_str().to_ascii_lowercase();
    language == lang
        || language
            .strip_prefix(lang.as_str())
            .is_some_and(|rest| rest.starts_with('-'))
}

/// `NAME=value,NAME="quoted, value"` as (name, value without quotes) pairs.
fn attribute_list(text: &str) -> Vec<(&str, &str)> {
    let mut pairs = Vec::new();
    let mut rest = text.trim();
    while let Some((name, after)) = rest.split_once('=') {
        let (value, next) = if let Some(quoted) = after.strip_prefix('"') {
            let end = quoted.find('"').unwrap_or(quoted.len());
            let next = quoted.get(end + 1..).unwrap_or("");
            (&quoted[..end], next)
        } else {
            after.split_once(',').unwrap_or((after, ""))
        };
        pairs.push((name.trim(), value));
        rest = next.trim_start_matches(',').trim_start();
    }
    pairs
}

/// Every file `playlist` names, following nested playlists: the segments, initialisation
/// sections, subtitle and rendition playlists. `read` returns a playlist's text. Names that
/// are not relative paths beside the playlist are returned as errors.
pub fn hls_files(
    playlist: &MediaPath,
    read: impl Fn(&MediaPath) -> Option<String>,
) -> (Vec<MediaPath>, Vec<String>) {
    let mut files = Vec::new();
    let mut refused = Vec::new();
    let mut pending = vec![playlist.clone()];
    while let Some(list) = pending.pop() {
        let Some(text) = read(&list) else { continue };
        for name in names_in(&text) {
            match beside(&list, name) {
                Some(path) if !files.contains(&path) && &path != playlist => {
                    if path.as_str().ends_with(".m3u8") {
                        pending.push(path.clone());
                    }
                    files.push(path);
                }
                Some(_) => {}
                None => refused.push(name.to_owned()),
            }
        }
    }
    (files, refused)
}

/// The URIs of a playlist: every line that is not a tag, and the `URI="…"` of tags.
fn names_in(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter_map(|line| {
        if line.is_empty() {
            None
        } else if line.starts_with('#') {
            let start = line.find("URI=\"")? + 5;
            let len = line[start..].find('"')?;
            Some(&line[start..start + len])
        } else {
            Some(line)
        }
    })
}

/// `name` relative to the folder of `list`, if it is a plain relative path.
fn beside(list: &MediaPath, name: &str) -> Option<MediaPath> {
    if name.contains("://") || name.starts_with('/') || name.contains('?') {
        return None;
    }
    let folder = list.as_str().rsplit_once('/').map_or("", |(dir, _)| dir);
    format!("{folder}/{name}").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_languages_of_audio_renditions() {
        let text = "#EXTM3U\n\
            #EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"s\",LANGUAGE=\"fr\",URI=\"s.m3u8\"\n\
            #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"a\",NAME=\"Arabic, main\",LANGUAGE=\"ar\",URI=\"ar.m3u8\"\n\
            #EXT-X-MEDIA:GROUP-ID=\"a\",TYPE=AUDIO,LANGUAGE=\"en-GB\",NAME=\"English\"\n\
            #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"a\",NAME=\"No language\",URI=\"x.m3u8\"\n\
            #EXT-X-STREAM-INF:BANDWIDTH=1,AUDIO=\"a\"\nv.m3u8\n";
        assert_eq!(audio_renditions(text), ["ar", "en-GB"]);
        let en: Lang = "en".parse().unwrap_or_else(|e| panic!("{e:?}"));
        assert!(rendition_matches("en-GB", &en));
        assert!(rendition_matches("EN", &en));
        assert!(!rendition_matches("eng", &en));
        assert!(!rendition_matches("ar", &en));
    }

    #[test]
    fn finds_segments_maps_and_nested_playlists() {
        let main: MediaPath = "media/live/index.m3u8"
            .parse()
            .unwrap_or_else(|e| panic!("{e:?}"));
        let read = |p: &MediaPath| {
            match p.as_str() {
            "media/live/index.m3u8" => Some(
                "#EXTM3U\n#EXT-X-MEDIA:TYPE=SUBTITLES,URI=\"subs.m3u8\"\n#EXT-X-STREAM-INF:BANDWIDTH=1\nvideo.m3u8\n"
                    .to_owned(),
            ),
            "media/live/video.m3u8" => Some(
                "#EXTM3U\n#EXT-X-MAP:URI=\"init.mp4\"\n#EXTINF:4,\nseg0.m4s\n#EXTINF:4,\nseg1.m4s\n#EXT-X-ENDLIST\n"
                    .to_owned(),
            ),
            "media/live/subs.m3u8" => Some("#EXTM3U\nhttps://evil.example/x.vtt\n../up.vtt\n".to_owned()),
            _ => None,
        }
        };
        let (files, refused) = hls_files(&main, read);
        let names: Vec<&str> = files.iter().map(MediaPath::as_str).collect();
        for want in [
            "media/live/subs.m3u8",
            "media/live/video.m3u8",
            "media/live/init.mp4",
            "media/live/seg0.m4s",
            "media/live/seg1.m4s",
        ] {
            assert!(names.contains(&want), "{want} missing from {names:?}");
        }
        assert_eq!(refused, vec!["https://evil.example/x.vtt", "../up.vtt"]);
    }
}
