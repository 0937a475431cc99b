//! The rendered-page cache: one entry per page, language and visitor zone, stored
//! pre-compressed. Entries are dropped when content changes (the content revision moves) and
//! expire after a minute so the countdown text stays current.

use super::compress::{self, Encoding};
use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use jiff::{SignedDuration, Timestamp};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// How long a rendered page is served before it is rendered again.
const PAGE_LIFETIME: SignedDuration = SignedDuration::from_secs(60);

/// A rendered page in every encoding.
pub struct CachedPage {
    identity: Bytes,
    gzip: Bytes,
    brotli: Bytes,
    etag: HeaderValue,
    rendered_at: Timestamp,
    revision: i64,
}

impl CachedPage {
    /// Compresses a rendered page.
    pub fn new(html: String, rendered_at: Timestamp, revision: i64) -> Self {
        let identity = Bytes::from(html);
        let gzip = compress::gzip(&identity);
        let brotli = compress::brotli(&identity);
        let digest = compress::fingerprint(&identity);
        let etag = HeaderValue::from_str(&format!("\"{digest}\""))
            .unwrap_or(HeaderValue::from_static("\"0\""));
        Self {
            identity,
            gzip,
            brotli,
            etag,
            rendered_at,
            revision,
        }
    }

    /// The page as a response in the best encoding the client accepts (or 304).
    pub fn response(&self, request: &HeaderMap) -> Response<axum::body::Body> {
        let encoding = Encoding::negotiate(request);
        let mut builder = Response::builder()
            .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
            .header(header::VARY, "Accept-Encoding, Cookie")
            .header(header::CACHE_CONTROL, "public, max-age=0, must-revalidate")
            .header(header::ETAG, self.etag.clone());
        if request.get(header::IF_NONE_MATCH) == Some(&self.etag) {
            return builder
                .status(StatusCode::NOT_MODIFIED)
                .body(axum::body::Body::empty())
                .unwrap_or_default();
        }
        let body = match encoding {
            Encoding::Identity => self.identity.clone(),
            Encoding::Gzip => self.gzip.clone(),
            Encoding::Brotli => self.brotli.clone(),
        };
        if let Some(value) = encoding.header() {
            builder = builder.header(header::CONTENT_ENCODING, value);
        }
        builder
            .body(axum::body::Body::from(body))
            .unwrap_or_default()
    }
}

/// Pages by cache key.
#[derive(Clone, Default)]
pub struct PageCache {
    pages: Arc<RwLock<HashMap<String, Arc<CachedPage>>>>,
}

impl PageCache {
    /// A fresh page for `key`, if one is cached for this content revision.
    pub fn get(&self, key: &str, now: Timestamp, revision: i64) -> Option<Arc<CachedPage>> {
        let pages = self
            .pages
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let page = pages.get(key)?;
        let fresh =
            page.revision == revision && now.duration_since(page.rendered_at) < PAGE_LIFETIME;
        fresh.then(|| page.clone())
    }

    /// Stores a page.
    pub fn put(&self, key: String, page: Arc<CachedPage>) {
        let mut pages = self
            .pages
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Keys are bounded (valid paths × languages × known zones); stale entries are
        // replaced in place, and the whole map is dropped on a content change.
        if pages.len() > 10_000 {
            pages.clear();
        }
        pages.insert(key, page);
    }

    /// Drops the pages whose key contains `part` (one event's pages, when its places change).
    pub fn remove_containing(&self, part: &str) {
        self.pages
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .retain(|key, _| !key.contains(part));
    }

    /// Drops every page (content changed).
    pub fn clear(&self) {
        self.pages
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
    }

    /// Number of cached pages.
    pub fn len(&self) -> usize {
        self.pages
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }

    /// Whether the cache is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
