//! Static assets compiled into the binary, served under fingerprinted names with a year-long
//! cache lifetime (and under their plain names with a short one).

use super::compress::{self, Encoding};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use http::{HeaderMap, StatusCode, header};
use std::collections::HashMap;

#[derive(rust_embed::Embed)]
#[folder = "assets/"]
struct AssetFiles;

/// One asset, pre-compressed when it is text.
struct Asset {
    bytes: Bytes,
    gzip: Option<Bytes>,
    brotli: Option<Bytes>,
    content_type: String,
    immutable: bool,
}

/// Every asset by the path it is served at (below `/assets/`).
pub struct Assets {
    by_path: HashMap<String, std::sync::Arc<Asset>>,
    /// Plain name (`css/site.css`) → fingerprinted URL (`/assets/css/site.3f2a….css`).
    urls: HashMap<String, String>,
}

impl Assets {
    /// Loads, fingerprints and compresses the compiled-in assets. Stylesheets are rewritten
    /// to refer to the fingerprinted names of what they load (fonts), so they are
    /// fingerprinted after those.
    pub fn load() -> Self {
        let mut names: Vec<String> = AssetFiles::iter().map(|n| n.into_owned()).collect();
        // Non-CSS first, so stylesheet rewriting knows every other asset's URL.
        names.sort_by_key(|n| (n.ends_with(".css"), n.clone()));
        let mut assets = Assets {
            by_path: HashMap::new(),
            urls: HashMap::new(),
        };
        for name in names {
            let Some(file) = AssetFiles::get(&name) else {
                continue;
            };
            let mut bytes = file.data.into_owned();
            if name.ends_with(".css") {
                let mut css = String::from_utf8_lossy(&bytes).into_owned();
                for (plain, url) in &assets.urls {
                    css = css.replace(&format!("/assets/{plain}"), url);
                }
                bytes = css.into_bytes();
            }
            let content_type = mime_guess::from_path(&name).first_or_octet_stream();
            let text = matches!(content_type.type_(), mime_guess::mime::TEXT)
                || name.ends_with(".js")
                || name.ends_with(".json")
                || name.ends_with(".svg");
            let content_type = if text {
                format!("{content_type}; charset=utf-8")
            } else {
                content_type.to_string()
            };
            let (gzip, brotli) = if text {
                (Some(compress::gzip(&bytes)), Some(compress::brotli(&bytes)))
            } else {
                (None, None)
            };
            let bytes = Bytes::from(bytes);
            let fingerprinted = fingerprinted_name(&name, &compress::fingerprint(&bytes));
            let plain = Asset {
                bytes: bytes.clone(),
                gzip: gzip.clone(),
                brotli: brotli.clone(),
                content_type: content_type.clone(),
                immutable: false,
            };
            let versioned = Asset {
                bytes,
                gzip,
                brotli,
                content_type,
                immutable: true,
            };
            assets
                .urls
                .insert(name.clone(), format!("/assets/{fingerprinted}"));
            assets
                .by_path
                .insert(fingerprinted, std::sync::Arc::new(versioned));
            assets.by_path.insert(name, std::sync::Arc::new(plain));
        }
        assets
    }

    /// The fingerprinted URL of an asset; the plain path if it does not exist (visible in
    /// tests as a broken link rather than a panic).
    pub fn url(&self, name: &str) -> String {
        self.urls
            .get(name)
            .cloned()
            .unwrap_or_else(|| format!("/assets/{name}"))
    }

    /// The asset's bytes (for tests and the OpenAPI route).
    pub fn bytes(&self, name: &str) -> Option<Bytes> {
        self.by_path.get(name).map(|a| a.bytes.clone())
    }

    /// The response for `GET /assets/{path}`: the encoding the client takes, cached for a
    /// year under a fingerprinted name and for five minutes under the plain one.
    pub fn response(&self, path: &str, headers: &HeaderMap) -> Response {
        let Some(asset) = self.by_path.get(path) else {
            return crate::error::WebError::NotFound.into_response();
        };
        let encoding = Encoding::negotiate(headers);
        let (body, encoding) = match (encoding, &asset.brotli, &asset.gzip) {
            (Encoding::Brotli, Some(br), _) => (br.clone(), Encoding::Brotli),
            (Encoding::Brotli | Encoding::Gzip, _, Some(gz)) => (gz.clone(), Encoding::Gzip),
            _ => (asset.bytes.clone(), Encoding::Identity),
        };
        let cache = if asset.immutable {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=300"
        };
        let mut response = (StatusCode::OK, body).into_response();
        let h = response.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            asset
                .content_type
                .parse()
                .unwrap_or(http::HeaderValue::from_static("application/octet-stream")),
        );
        h.insert(header::CACHE_CONTROL, http::HeaderValue::from_static(cache));
        if asset.gzip.is_some() {
            h.insert(
                header::VARY,
                http::HeaderValue::from_static("Accept-Encoding"),
            );
        }
        if let Some(value) = encoding.header() {
            h.insert(
                header::CONTENT_ENCODING,
                http::HeaderValue::from_static(value),
            );
        }
        response
    }
}

/// `css/site.css` + `3f2a` → `css/site.3f2a.css`.
fn fingerprinted_name(name: &str, hash: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.ends_with('/') => format!("{stem}.{hash}.{ext}"),
        _ => format!("{name}.{hash}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_goes_before_the_extension() {
        assert_eq!(
            fingerprinted_name("css/site.css", "ab12"),
            "css/site.ab12.css"
        );
        assert_eq!(fingerprinted_name("LICENSE", "ab12"), "LICENSE.ab12");
    }

    #[test]
    fn stylesheets_point_at_fingerprinted_fonts() {
        let assets = Assets::load();
        let css = assets
            .bytes("css/fonts.css")
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        if css.contains("woff2") {
            assert!(
                !css.contains("/assets/fonts/noto-naskh-arabic-400.woff2"),
                "{css}"
            );
        }
        assert!(assets.url("css/site.css").starts_with("/assets/css/site."));
    }
}
