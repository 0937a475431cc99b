//! A video's duration, read from its bytes as they stream past on upload (the file goes
//! straight to the store, local or S3, and is never held whole): MP4's movie header
//! (`moov`/`mvhd`, or `mvex`/`mehd` for a fragmented file) wherever `moov` lies, and WebM's
//! segment information (`Info`: `TimestampScale` × `Duration`), which comes before the first
//! cluster. A file that does not say (a WebM written live by a browser has no `Duration`)
//! has no duration, and the library shows it as unknown.
//!
//! The general-purpose crates for either format read a whole seekable file; reading the two
//! numbers from a stream is a few dozen lines over the boxes and elements of ISO/IEC 14496-12
//! and RFC 9559 (Matroska).

use super::MediaType;

/// The most of a `moov` box kept to read it (the movie header comes first in it; a `moov`
/// this large is a very long or unusual file).
const MAX_MOOV: usize = 8 * 1024 * 1024;
/// How much of a WebM file's start is kept: the segment information comes before the first
/// cluster, within the first few kilobytes in practice.
const WEBM_HEAD: usize = 256 * 1024;

/// Watches an upload's bytes go by and tells its duration at the end.
pub enum DurationProbe {
    Mp4(Mp4Boxes),
    Webm(Vec<u8>),
}

impl DurationProbe {
    /// A probe for a kind of file that has a duration (videos), `None` for the others.
    pub fn for_kind(kind: MediaType) -> Option<Self> {
        match kind {
            MediaType::Mp4 => Some(Self::Mp4(Mp4Boxes::default())),
            MediaType::Webm => Some(Self::Webm(Vec::new())),
            _ => None,
        }
    }

    /// The next bytes of the file.
    pub fn feed(&mut self, mut bytes: &[u8]) {
        match self {
            Self::Mp4(boxes) => {
                while !bytes.is_empty() && !boxes.done {
                    let used = boxes.feed(bytes);
                    bytes = &bytes[used..];
                }
            }
            Self::Webm(head) => {
                let room = WEBM_HEAD.saturating_sub(head.len());
                head.extend_from_slice(&bytes[..bytes.len().min(room)]);
            }
        }
    }

    /// The duration in milliseconds, if the file said it.
    pub fn finish(self) -> Option<i64> {
        match self {
            Self::Mp4(boxes) => boxes.moov.as_deref().and_then(mp4_duration),
            Self::Webm(head) => webm_duration(&head),
        }
    }
}

/// Walks MP4's top-level boxes as they arrive, skipping all but `moov`, which it keeps.
#[derive(Default)]
pub struct Mp4Boxes {
    /// Bytes of the next box header collected so far.
    header: Vec<u8>,
    /// Bytes of the current box still to skip.
    skip: u64,
    /// The `moov` box's content while it arrives (`Some` from its header on).
    collecting: Option<(Vec<u8>, usize)>,
    moov: Option<Vec<u8>>,
    done: bool,
}

impl Mp4Boxes {
    /// Takes what it can of `bytes` and says how many it took (at least one).
    fn feed(&mut self, bytes: &[u8]) -> usize {
        if let Some((content, wanted)) = &mut self.collecting {
            let take = (*wanted - content.len()).min(bytes.len());
            content.extend_from_slice(&bytes[..take]);
            if content.len() == *wanted {
                self.moov = self.collecting.take().map(|(content, _)| content);
                self.done = true;
            }
            return take;
        }
        if self.skip > 0 {
            let take = usize::try_from(self.skip)
                .unwrap_or(usize::MAX)
                .min(bytes.len());
            self.skip -= take as u64;
            return take;
        }
        // A box header: 32-bit size and type, then a 64-bit size when the first is 1.
        let need = if self.header.len() >= 4 && self.header[..4] == [0, 0, 0, 1] {
            16
        } else {
            8
        };
        let take = (need - self.header.len()).min(bytes.len());
        self.header.extend_from_slice(&bytes[..take]);
        if self.header.len() < 8 || (need == 16 && self.header.len() < 16) {
            return take;
        }
        if need == 8 && self.header[..4] == [0, 0, 0, 1] {
            return take; // the 64-bit size follows
        }
        let header = std::mem::take(&mut self.header);
        let size = match u32::from_be_bytes([header[0], header[1], header[2], header[3]]) {
            // The box runs to the end of the file: nothing after it to look at.
            0 => {
                self.done = true;
                return take;
            }
            1 => u64::from_be_bytes(header[8..16].try_into().unwrap_or_default()),
            n => u64::from(n),
        };
        let content = size.saturating_sub(header.len() as u64);
        if size < header.len() as u64 {
            self.done = true; // not an MP4 box: give up
        } else if &header[4..8] == b"moov" {
            match usize::try_from(content) {
                Ok(wanted) if wanted <= MAX_MOOV => {
                    self.collecting = Some((Vec::with_capacity(wanted), wanted));
                    if wanted == 0 {
                        self.done = true;
                    }
                }
                _ => self.done = true,
            }
        } else {
            self.skip = content;
        }
        take
    }
}

/// The boxes directly inside `content`, as (type, content).
fn child_boxes(mut content: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    std::iter::from_fn(move || {
        let size32 = u32::from_be_bytes(content.get(..4)?.try_into().ok()?);
        let kind = content.get(4..8)?;
        let (size, header) = match size32 {
            0 => (content.len() as u64, 8),
            1 => (u64::from_be_bytes(content.get(8..16)?.try_into().ok()?), 16),
            n => (u64::from(n), 8),
        };
        let size = usize::try_from(size).ok()?;
        let body = content.get(header..size)?;
        content = &content[size..];
        Some((kind, body))
    })
}

/// The duration the movie header (or, for a fragmented file, the movie-extends header)
/// gives, in milliseconds.
fn mp4_duration(moov: &[u8]) -> Option<i64> {
    let (_, mvhd) = child_boxes(moov).find(|(kind, _)| *kind == b"mvhd")?;
    let version = *mvhd.first()?;
    let (timescale, duration) = if version == 1 {
        (be_u32(mvhd.get(20..24)?), be_u64(mvhd.get(24..32)?))
    } else {
        (
            be_u32(mvhd.get(12..16)?),
            u64::from(be_u32(mvhd.get(16..20)?)),
        )
    };
    let unknown = duration == 0 || duration == u64::from(u32::MAX) || duration == u64::MAX;
    let duration = if unknown {
        let (_, mvex) = child_boxes(moov).find(|(kind, _)| *kind == b"mvex")?;
        let (_, mehd) = child_boxes(mvex).find(|(kind, _)| *kind == b"mehd")?;
        if *mehd.first()? == 1 {
            be_u64(mehd.get(4..12)?)
        } else {
            u64::from(be_u32(mehd.get(4..8)?))
        }
    } else {
        duration
    };
    milliseconds(duration as f64, 1000.0 / f64::from(timescale))
}

fn be_u32(bytes: &[u8]) -> u32 {
    u32::from_be_bytes(bytes.try_into().unwrap_or_default())
}

fn be_u64(bytes: &[u8]) -> u64 {
    u64::from_be_bytes(bytes.try_into().unwrap_or_default())
}

/// `units` × `ms_per_unit` as whole milliseconds, if it is a sensible length (positive,
/// under a week).
fn milliseconds(units: f64, ms_per_unit: f64) -> Option<i64> {
    let ms = (units * ms_per_unit).round();
    (ms.is_finite() && ms > 0.0 && ms < 7.0 * 24.0 * 3_600_000.0).then_some(ms as i64)
}

const EBML_HEADER: u32 = 0x1A45_DFA3;
const SEGMENT: u32 = 0x1853_8067;
const INFO: u32 = 0x1549_A966;
const CLUSTER: u32 = 0x1F43_B675;
const TIMESTAMP_SCALE: u32 = 0x2A_D7B1;
const DURATION: u32 = 0x4489;

/// An EBML element's header: its ID (marker bits kept, as the specification writes IDs), the
/// size of its content (`None`: unknown, as in a live-written file) and the header's length.
fn element_header(bytes: &[u8]) -> Option<(u32, Option<u64>, usize)> {
    let (id, id_len) = vint(bytes, 4)?;
    let id = id | (1 << (7 * id_len)); // put the marker back
    let (size, size_len) = vint(bytes.get(id_len..)?, 8)?;
    let unknown = size == (1u64 << (7 * size_len)) - 1;
    let id = u32::try_from(id).ok()?;
    Some((id, (!unknown).then_some(size), id_len + size_len))
}

/// A variable-length integer of at most `max` bytes, without its length marker, and its
/// length.
fn vint(bytes: &[u8], max: usize) -> Option<(u64, usize)> {
    let first = *bytes.first()?;
    let len = first.leading_zeros() as usize + 1;
    if len > max {
        return None;
    }
    let mut value = u64::from(first) & ((1u64 << (8 - len)) - 1);
    for byte in bytes.get(1..len)? {
        value = (value << 8) | u64::from(*byte);
    }
    Some((value, len))
}

/// `TimestampScale` (nanoseconds per tick, 1,000,000 unless said) × `Duration` (ticks, a
/// float) from the first segment's information, in milliseconds.
fn webm_duration(file: &[u8]) -> Option<i64> {
    let (id, size, header) = element_header(file)?;
    if id != EBML_HEADER {
        return None;
    }
    let mut rest = file.get(header + usize::try_from(size?).ok()?..)?;
    let (id, _, header) = element_header(rest)?;
    if id != SEGMENT {
        return None;
    }
    rest = rest.get(header..)?;
    loop {
        let (id, size, header) = element_header(rest)?;
        let size = usize::try_from(size?).ok()?;
        match id {
            INFO => return info_duration(rest.get(header..header + size)?),
            CLUSTER => return None,
            _ => rest = rest.get(header + size..)?,
        }
    }
}

fn info_duration(mut info: &[u8]) -> Option<i64> {
    let mut scale = 1_000_000u64;
    let mut duration = None;
    while !info.is_empty() {
        let (id, size, header) = element_header(info)?;
        let size = usize::try_from(size?).ok()?;
        let content = info.get(header..header + size)?;
        match (id, size) {
            (TIMESTAMP_SCALE, 1..=8) => {
                scale = content.iter().fold(0, |n, b| (n << 8) | u64::from(*b));
            }
            (DURATION, 4) => {
                duration = Some(f64::from(f32::from_be_bytes(content.try_into().ok()?)))
            }
            (DURATION, 8) => duration = Some(f64::from_be_bytes(content.try_into().ok()?)),
            _ => {}
        }
        info = &info[header + size..];
    }
    milliseconds(duration?, scale as f64 / 1_000_000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(kind: MediaType, file: &[u8], chunk: usize) -> Option<i64> {
        let mut probe = DurationProbe::for_kind(kind).expect("a video kind");
        for piece in file.chunks(chunk) {
            probe.feed(piece);
        }
        probe.finish()
    }

    fn mp4_box(kind: &[u8; 4], content: &[u8]) -> Vec<u8> {
        let mut b = ((content.len() + 8) as u32).to_be_bytes().to_vec();
        b.extend_from_slice(kind);
        b.extend_from_slice(content);
        b
    }

    fn mvhd_v0(timescale: u32, duration: u32) -> Vec<u8> {
        let mut c = vec![0u8; 12];
        c.extend_from_slice(&timescale.to_be_bytes());
        c.extend_from_slice(&duration.to_be_bytes());
        c.extend_from_slice(&[0u8; 80]);
        mp4_box(b"mvhd", &c)
    }

    #[test]
    fn the_demo_recordings_say_how_long_they_are() {
        // scripts/demo-media/media.sh cuts them to 5 s (`-t 5`) and 9 s (`-t 9`).
        let root = env!("CARGO_MANIFEST_DIR");
        for (file, about_ms) in [("recording.webm", 5_000), ("trailer.webm", 9_000)] {
            let bytes =
                std::fs::read(format!("{root}/content/demo/media/{file}")).expect("a demo video");
            for chunk in [7, 4096, bytes.len()] {
                let ms = probe(MediaType::Webm, &bytes, chunk).expect(file);
                assert!((ms - about_ms).abs() < 500, "{file}: {ms} ms");
            }
        }
    }

    #[test]
    fn an_mp4_moov_is_found_before_or_after_the_media_data() {
        let ftyp = mp4_box(b"ftyp", b"isom\0\0\0\0isomiso2");
        let mdat = mp4_box(b"mdat", &vec![0xAB; 100_000]);
        let moov = mp4_box(b"moov", &mvhd_v0(90_000, 90_000 * 83 + 45_000));
        for file in [
            [ftyp.clone(), moov.clone(), mdat.clone()].concat(),
            [ftyp.clone(), mdat.clone(), moov.clone()].concat(),
        ] {
            for chunk in [1, 3, 1000, file.len()] {
                assert_eq!(probe(MediaType::Mp4, &file, chunk), Some(83_500));
            }
        }
    }

    #[test]
    fn a_fragmented_mp4_takes_its_length_from_the_movie_extends_header() {
        let mut mehd = vec![1, 0, 0, 0];
        mehd.extend_from_slice(&(1000u64 * 3_723).to_be_bytes());
        let moov = mp4_box(
            b"moov",
            &[mvhd_v0(1000, 0), mp4_box(b"mvex", &mp4_box(b"mehd", &mehd))].concat(),
        );
        let file = [mp4_box(b"ftyp", b"iso5\0\0\0\0"), moov].concat();
        assert_eq!(probe(MediaType::Mp4, &file, 5), Some(3_723_000));
        // A live fragmented file with no `mehd` has no known length.
        let live = [
            mp4_box(b"ftyp", b"iso5\0\0\0\0"),
            mp4_box(b"moov", &mvhd_v0(1000, 0)),
        ]
        .concat();
        assert_eq!(probe(MediaType::Mp4, &live, 64), None);
    }

    #[test]
    fn a_webm_without_a_duration_or_cut_short_has_none() {
        let root = env!("CARGO_MANIFEST_DIR");
        let bytes = std::fs::read(format!("{root}/content/demo/media/trailer.webm"))
            .expect("the demo trailer");
        assert_eq!(probe(MediaType::Webm, &bytes[..40], 16), None);
        assert_eq!(probe(MediaType::Webm, b"not a webm at all", 16), None);
        // Garbage never panics, whatever it holds.
        let noise: Vec<u8> = (0u32..5000)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        let _ = probe(MediaType::Webm, &noise, 97);
        let _ = probe(MediaType::Mp4, &noise, 97);
        assert!(DurationProbe::for_kind(MediaType::Png).is_none());
    }
}
