//! `MediaPath`: a media file's path relative to the content folder (and to `/media/`).

use std::str::FromStr;

/// Lowercase-safe relative path: segments of ASCII letters, digits, `.`, `_`, `-`, joined by
/// `/`; no empty, `.` or `..` segment; at most 200 characters. Safe in a URL and on disk.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MediaPath(String);

/// Why a text is not a media path.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "{0:?} is not a media path: use a relative path such as \"media/trailer.webm\" (letters, digits, . _ - and /)"
)]
pub struct MediaPathError(String);

impl MediaPath {
    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The MIME type served for this file, from its extension.
    pub fn mime(&self) -> &'static str {
        match self.0.rsplit('.').next().unwrap_or("") {
            "webm" => "video/webm",
            "mp4" => "video/mp4",
            "vtt" => "text/vtt",
            "png" => "image/png",
            "jpg" | "jpeg" => "image/jpeg",
            "webp" => "image/webp",
            _ => "application/octet-stream",
        }
    }
}

impl FromStr for MediaPath {
    type Err = MediaPathError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let ok_segment = |seg: &str| {
            !seg.is_empty()
                && seg != "."
                && seg != ".."
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
        };
        if s.len() <= 200 && s.split('/').all(ok_segment) {
            Ok(Self(s.to_owned()))
        } else {
            Err(MediaPathError(s.to_owned()))
        }
    }
}

crate::domain::string_serde!(MediaPath);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_relative_paths_and_rejects_escapes() {
        assert!("media/trailer.en.vtt".parse::<MediaPath>().is_ok());
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "media//x",
            "media/./x",
            "a b.png",
            "media\\x",
        ] {
            assert!(bad.parse::<MediaPath>().is_err(), "{bad:?}");
        }
    }
}
