//! What an uploaded file is, judged by its first bytes (never by its name), and how large an
//! image is, read from its header without decoding it.

/// The kinds of media the site accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaType {
    Png,
    Jpeg,
    Webp,
    Mp4,
    Webm,
    Vtt,
}

impl MediaType {
    /// The extension of the server-chosen file name (which decides the served type).
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Png => "png",
            MediaType::Jpeg => "jpg",
            MediaType::Webp => "webp",
            MediaType::Mp4 => "mp4",
            MediaType::Webm => "webm",
            MediaType::Vtt => "vtt",
        }
    }

    /// The `Content-Type` the file is served with.
    pub fn mime(self) -> &'static str {
        match self {
            MediaType::Png => "image/png",
            MediaType::Jpeg => "image/jpeg",
            MediaType::Webp => "image/webp",
            MediaType::Mp4 => "video/mp4",
            MediaType::Webm => "video/webm",
            MediaType::Vtt => "text/vtt; charset=utf-8",
        }
    }

    pub fn is_image(self) -> bool {
        matches!(self, MediaType::Png | MediaType::Jpeg | MediaType::Webp)
    }

    pub fn is_video(self) -> bool {
        matches!(self, MediaType::Mp4 | MediaType::Webm)
    }

    /// The most bytes accepted for this kind.
    pub fn max_bytes(self) -> u64 {
        match self {
            MediaType::Png | MediaType::Jpeg | MediaType::Webp => 10 * 1024 * 1024,
            MediaType::Mp4 | MediaType::Webm => 200 * 1024 * 1024,
            MediaType::Vtt => 1024 * 1024,
        }
    }

    /// The kind of a stored file, from its (server-chosen) extension.
    pub fn from_extension(ext: &str) -> Option<Self> {
        [
            MediaType::Png,
            MediaType::Jpeg,
            MediaType::Webp,
            MediaType::Mp4,
            MediaType::Webm,
            MediaType::Vtt,
        ]
        .into_iter()
        .find(|t| t.extension() == ext)
    }
}

/// The largest upload of any kind.
pub const MAX_UPLOAD: u64 = 200 * 1024 * 1024;
/// The widest and tallest image accepted.
pub const MAX_IMAGE_SIDE: u32 = 8192;
/// Bytes needed to recognise a file and read an image's size.
pub const HEAD: usize = 64 * 1024;

/// The kind of file whose first bytes are `head`.
pub fn sniff(head: &[u8]) -> Option<MediaType> {
    let head_without_bom = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(MediaType::Png)
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(MediaType::Jpeg)
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Some(MediaType::Webp)
    } else if head.len() >= 12 && &head[4..8] == b"ftyp" {
        Some(MediaType::Mp4)
    } else if head.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        Some(MediaType::Webm)
    } else if head_without_bom.starts_with(b"WEBVTT")
        && head_without_bom
            .get(6)
            .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        Some(MediaType::Vtt)
    } else {
        None
    }
}

/// Width and height of a PNG, JPEG or WebP image, from its header.
pub fn image_size(kind: MediaType, head: &[u8]) -> Option<(u32, u32)> {
    let be32 = |at: usize| -> Option<u32> {
        Some(u32::from_be_bytes(head.get(at..at + 4)?.try_into().ok()?))
    };
    let be16 = |at: usize| -> Option<u32> {
        Some(u32::from(u16::from_be_bytes(
            head.get(at..at + 2)?.try_into().ok()?,
        )))
    };
    let le16 = |at: usize| -> Option<u32> {
        Some(u32::from(u16::from_le_bytes(
            head.get(at..at + 2)?.try_into().ok()?,
        )))
    };
    let le24 = |at: usize| -> Option<u32> {
        let b = head.get(at..at + 3)?;
        Some(u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16)
    };
    match kind {
        // IHDR is the first chunk: width and height at 16 and 20.
        MediaType::Png => {
            if head.get(12..16)? != b"IHDR" {
                return None;
            }
            Some((be32(16)?, be32(20)?))
        }
        MediaType::Jpeg => {
            // Walk the segments to the first start-of-frame marker.
            let mut at = 2;
            loop {
                if *head.get(at)? != 0xFF {
                    return None;
                }
                let marker = *head.get(at + 1)?;
                let length = be16(at + 2)? as usize;
                let is_sof = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
                if is_sof {
                    return Some((be16(at + 7)?, be16(at + 5)?));
                }
                at += 2 + length;
            }
        }
        MediaType::Webp => match head.get(12..16)? {
            b"VP8 " => Some((le16(26)? & 0x3FFF, le16(28)? & 0x3FFF)),
            b"VP8L" => {
                let b = head.get(21..25)?;
                let bits = u32::from_le_bytes(b.try_into().ok()?);
                Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
            }
            b"VP8X" => Some((le24(24)? + 1, le24(27)? + 1)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_recognised_by_content_not_name() {
        let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/demo/media");
        let read = |name: &str| std::fs::read(demo.join(name)).expect("demo media");
        assert_eq!(sniff(&read("og-card.png")), Some(MediaType::Png));
        assert_eq!(sniff(&read("trailer.webm")), Some(MediaType::Webm));
        assert_eq!(sniff(&read("trailer.en.vtt")), Some(MediaType::Vtt));
        assert_eq!(sniff(b"<html><script>alert(1)</script>"), None);
        assert_eq!(sniff(b"WEBVTTX not a caption file"), None);
        assert_eq!(sniff(b"\x00\x00\x00\x18ftypmp42rest"), Some(MediaType::Mp4));
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0"), Some(MediaType::Jpeg));
    }

    #[test]
    fn image_sizes_come_from_the_header() {
        let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/demo/media");
        let png = std::fs::read(demo.join("og-card.png")).expect("png");
        assert_eq!(image_size(MediaType::Png, &png), Some((1200, 630)));
        // A minimal JPEG header: SOI, APP0 (length 16), SOF0 with 480 × 640.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
        jpeg.extend_from_slice(&[0; 14]);
        jpeg.extend_from_slice(&[0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80]);
        assert_eq!(image_size(MediaType::Jpeg, &jpeg), Some((640, 480)));
        assert_eq!(image_size(MediaType::Jpeg, &jpeg[..10]), None);
    }
}
