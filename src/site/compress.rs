//! Pre-compression of cached pages and assets, and choosing an encoding per request.

use bytes::Bytes;
use http::HeaderMap;
use std::io::Write;

/// A content encoding we serve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

impl Encoding {
    /// The best encoding the client accepts (brotli, then gzip), from `Accept-Encoding`;
    /// a coding with `q=0` is refused. One pass over the header.
    pub fn negotiate(headers: &HeaderMap) -> Self {
        let Some(value) = headers
            .get(http::header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
        else {
            return Encoding::Identity;
        };
        let (mut brotli, mut gzip) = (false, false);
        for item in value.split(',') {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or("").trim();
            let wanted = if coding.eq_ignore_ascii_case("br") {
                &mut brotli
            } else if coding.eq_ignore_ascii_case("gzip") {
                &mut gzip
            } else {
                continue;
            };
            let q_zero = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .is_some_and(|q| q.trim().parse::<f32>().is_ok_and(|q| q <= 0.0))
            });
            *wanted |= !q_zero;
        }
        if brotli {
            Encoding::Brotli
        } else if gzip {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }

    /// A small index (0, 1, 2) for per-encoding arrays.
    pub fn index(self) -> usize {
        match self {
            Encoding::Identity => 0,
            Encoding::Gzip => 1,
            Encoding::Brotli => 2,
        }
    }

    /// The `Content-Encoding` value, if any.
    pub fn header(self) -> Option<&'static str> {
        match self {
            Encoding::Identity => None,
            Encoding::Gzip => Some("gzip"),
            Encoding::Brotli => Some("br"),
        }
    }
}

/// Gzip at the default level.
pub fn gzip(data: &[u8]) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(data.len() / 3),
        flate2::Compression::default(),
    );
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(data);
    Bytes::from(encoder.finish().unwrap_or_default())
}

/// Brotli at quality 9: pages are compressed once and served many times.
pub fn brotli(data: &[u8]) -> Bytes {
    let mut out = Vec::with_capacity(data.len() / 4);
    let params = brotli::enc::BrotliEncoderParams {
        quality: 9,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &data[..], &mut out, &params);
    Bytes::from(out)
}

/// A short content hash (hex), for ETags and fingerprinted asset names.
pub fn fingerprint(data: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(&sha2::Sha256::digest(data)[..8])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            http::header::ACCEPT_ENCODING,
            value.parse().expect("valid header"),
        );
        h
    }

    #[test]
    fn prefers_brotli_then_gzip_and_respects_q_zero() {
        assert_eq!(
            Encoding::negotiate(&with("gzip, deflate, br")),
            Encoding::Brotli
        );
        assert_eq!(Encoding::negotiate(&with("gzip")), Encoding::Gzip);
        assert_eq!(
            Encoding::negotiate(&with("br;q=0, gzip;q=0.5")),
            Encoding::Gzip
        );
        assert_eq!(
            Encoding::negotiate(&with("GZIP;q=0.001, BR;q=0")),
            Encoding::Gzip
        );
        assert_eq!(Encoding::negotiate(&with("br;q=0, br")), Encoding::Brotli);
        assert_eq!(Encoding::negotiate(&with("identity")), Encoding::Identity);
        assert_eq!(Encoding::negotiate(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn compressed_bytes_decompress_to_the_original() {
        let page = "<p>Water for every home</p>".repeat(100);
        let mut out = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&gzip(page.as_bytes())[..]),
            &mut out,
        )
        .expect("gzip");
        assert_eq!(out, page);
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &brotli(page.as_bytes())[..], &mut out).expect("brotli");
        assert_eq!(out, page.as_bytes());
    }
}
