//! One rendered page as the page cache holds it: pre-compressed in every encoding, each
//! with its complete response head, so that serving it builds, checks and formats nothing.
//! The cache itself (keys, lifetime, one render at a time) is [`super::PageCache`].

use super::compress::{self, Encoding};
use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Response, StatusCode, header};
use jiff::Timestamp;
use std::sync::Arc;

/// A rendered page in every encoding, each with its complete response head.
pub struct CachedPage {
    /// By [`Encoding::index`].
    variants: [Variant; 3],
    /// The head of a `304 Not Modified`.
    not_modified: HeaderMap,
    etag: HeaderValue,
    /// When it was rendered, and from which content revision.
    pub(super) rendered_at: Timestamp,
    pub(super) revision: i64,
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
