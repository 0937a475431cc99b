//! The rendered-page cache: one entry per page, language and visitor zone, stored
//! pre-compressed. Entries are dropped when content changes (the content revision moves) and
//! expire after a minute so the countdown text stays current.

use super::compress::{self, Encoding};
use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Response, StatusCode, header};
use jiff::{SignedDuration, Timestamp};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// How long a rendered page is served before it is rendered again.
const PAGE_LIFETIME: SignedDuration = SignedDuration::from_secs(60);

/// A rendered page in every encoding, each with its complete response head.
pub struct CachedPage {
    /// By [`Encoding::index`].
    variants: [Variant; 3],
    /// The head of a `304 Not Modified`.
    not_modified: HeaderMap,
    etag: HeaderValue,
    rendered_at: Timestamp,
    revision: i64,
    /// The route pattern of the page, if it may be served before routing
    /// ([`super::FrontCache`]).
    route: Option<Arc<str>>,
}

/// One encoding's body and the headers that go with it.
struct Variant {
    body: Bytes,
    headers: HeaderMap,
}

/// The headers every cached page is sent with.
const PAGE_HEADERS: [(HeaderName, HeaderValue); 3] = [
    (
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    ),
    (
        header::VARY,
        HeaderValue::from_static("Accept-Encoding, Cookie"),
    ),
    (
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=0, must-revalidate"),
    ),
];

impl CachedPage {
    /// Compresses a rendered page and builds each encoding's headers once, so that serving
    /// it builds, checks and formats no header.
    pub fn new(html: String, rendered_at: Timestamp, revision: i64) -> Self {
        let identity = Bytes::from(html);
        let gzip = compress::gzip(&identity);
        let brotli = compress::brotli(&identity);
        let digest = compress::fingerprint(&identity);
        let etag = HeaderValue::from_str(&format!("\"{digest}\""))
            .unwrap_or(HeaderValue::from_static("\"0\""));
        let variant = |encoding: Encoding, body: Bytes| Variant {
            headers: head(&etag, encoding, body.len(), None),
            body,
        };
        Self {
            not_modified: head(&etag, Encoding::Identity, 0, None),
            variants: [
                variant(Encoding::Identity, identity),
                variant(Encoding::Gzip, gzip),
                variant(Encoding::Brotli, brotli),
            ],
            etag,
            rendered_at,
            revision,
            route: None,
        }
    }

    /// Marks the page as servable before routing, counted under the route `pattern`: its
    /// cache key is the request's path and zone, and nothing but the content and the clock
    /// (which the cache follows) decides its answer.
    #[must_use]
    pub fn routed(mut self, pattern: Option<Arc<str>>) -> Self {
        self.route = pattern;
        self
    }

    /// The route pattern, if the page may be served before routing.
    pub fn route(&self) -> Option<&str> {
        self.route.as_deref()
    }

    /// The page as a response in the best encoding the client accepts (or 304), setting
    /// `cookie` if given (which makes the answer private).
    pub fn response(
        &self,
        request: &HeaderMap,
        cookie: Option<HeaderValue>,
    ) -> Response<axum::body::Body> {
        let not_modified = request.get(header::IF_NONE_MATCH) == Some(&self.etag);
        let (status, body, encoding, prepared) = if not_modified {
            let body = axum::body::Body::empty();
            (
                StatusCode::NOT_MODIFIED,
                body,
                Encoding::Identity,
                &self.not_modified,
            )
        } else {
            let encoding = Encoding::negotiate(request);
            let variant = &self.variants[encoding.index()];
            let body = axum::body::Body::from(variant.body.clone());
            (StatusCode::OK, body, encoding, &variant.headers)
        };
        let headers = match cookie {
            None => prepared.clone(),
            // Rare (a zone just chosen): built anew, in the same order.
            Some(cookie) => {
                let length = if not_modified {
                    0
                } else {
                    self.variants[encoding.index()].body.len()
                };
                head(&self.etag, encoding, length, Some(cookie))
            }
        };
        let mut response = Response::new(body);
        *response.status_mut() = status;
        *response.headers_mut() = headers;
        response
    }
}

/// A cached page's response head: the page's headers (with `cookie`, a private one), then
/// what the layers and the router would add to it (the security headers,
/// `Content-Length`), in the order they would add them.
fn head(
    etag: &HeaderValue,
    encoding: Encoding,
    length: usize,
    cookie: Option<HeaderValue>,
) -> HeaderMap {
    let mut headers = HeaderMap::with_capacity(16);
    for (name, value) in PAGE_HEADERS {
        headers.insert(name, value);
    }
    headers.insert(header::ETAG, etag.clone());
    if let Some(encoding) = encoding.header() {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    if let Some(cookie) = cookie {
        headers.append(header::SET_COOKIE, cookie);
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
    super::headers::add_security_headers(&mut headers);
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    headers
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
