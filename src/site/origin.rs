//! Refusing cross-site writes: every POST, PUT, PATCH or DELETE that a browser marks as
//! coming from another site is answered 403 before any handler runs. Browsers name the page
//! that sent a request in `Origin` and, in secure contexts, say how it relates to the target
//! in `Sec-Fetch-Site`; a request with neither (a command-line client, an old browser) passes
//! here and still needs its form's CSRF token, which this complements.

use crate::error::WebError;
use crate::middleware::{After, Around};
use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, Method};
use std::ops::ControlFlow;
use std::sync::Arc;

/// The middleware. Reads (GET, HEAD, OPTIONS) pass without a look at their headers.
#[derive(Clone)]
pub struct RefuseCrossSite {
    /// The configured public address, if any.
    public_url: Option<Arc<str>>,
}

impl RefuseCrossSite {
    /// Refuses cross-site writes to the site at `public_url` (or the requested host).
    pub fn new(public_url: Option<&str>) -> Self {
        Self {
            public_url: public_url.map(Arc::from),
        }
    }
}

impl Around for RefuseCrossSite {
    type Carry = ();

    fn before(&self, request: &Request) -> ControlFlow<Response> {
        if writes(request.method())
            && !same_site_request(request.headers(), self.public_url.as_deref())
        {
            return ControlFlow::Break(WebError::Forbidden.into_response());
        }
        ControlFlow::Continue(())
    }

    fn after((): (), response: Response) -> After {
        After::Now(response)
    }
}

fn writes(method: &Method) -> bool {
    matches!(
        *method,
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    )
}

/// Whether a state-changing request may come from where its headers say it comes from.
pub fn same_site_request(headers: &HeaderMap, public_url: Option<&str>) -> bool {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.trim().to_ascii_lowercase())
    };
    let fetch_site = header("sec-fetch-site");
    // "null" is what a browser sends when it will not say (a no-referrer page, a sandbox):
    // no information, like no header.
    match header("origin").filter(|o| o != "null") {
        Some(origin) => {
            own_origin(&origin, headers, public_url) && fetch_site.as_deref() != Some("cross-site")
        }
        None => matches!(fetch_site.as_deref(), None | Some("same-origin" | "none")),
    }
}

/// Whether `origin` (lowercase) is the site's: the configured public address, or the host the
/// request was sent to.
fn own_origin(origin: &str, headers: &HeaderMap, public_url: Option<&str>) -> bool {
    let configured = public_url
        .and_then(|u| url::Url::parse(u).ok())
        .map(|u| u.origin().ascii_serialization().to_ascii_lowercase());
    if configured.as_deref() == Some(origin) {
        return true;
    }
    let host = headers
        .get(http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_ascii_lowercase);
    match (origin.split_once("://"), host) {
        (Some(("http" | "https", authority)), Some(host)) => authority == host,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (name, value) in pairs {
            h.insert(*name, value.parse().expect("value"));
        }
        h
    }

    const PUBLIC: Option<&str> = Some("https://convene.example/");

    #[test]
    fn same_origin_and_header_less_requests_pass() {
        let ok = [
            headers(&[
                ("host", "convene.example"),
                ("origin", "https://convene.example"),
            ]),
            headers(&[
                ("host", "127.0.0.1:8080"),
                ("origin", "https://convene.example"),
            ]),
            headers(&[
                ("host", "127.0.0.1:8080"),
                ("origin", "http://127.0.0.1:8080"),
            ]),
            headers(&[
                ("host", "Convene.Example"),
                ("origin", "https://convene.example"),
            ]),
            headers(&[("host", "convene.example")]),
            headers(&[("origin", "null"), ("sec-fetch-site", "same-origin")]),
            headers(&[("sec-fetch-site", "none")]),
            headers(&[("origin", "null")]),
        ];
        for h in &ok {
            assert!(same_site_request(h, PUBLIC), "{h:?}");
        }
    }

    #[test]
    fn other_sites_are_refused() {
        let refused = [
            headers(&[
                ("host", "convene.example"),
                ("origin", "https://evil.example"),
            ]),
            headers(&[
                ("host", "convene.example"),
                ("origin", "https://convene.example.evil"),
            ]),
            headers(&[
                ("host", "127.0.0.1:8080"),
                ("origin", "http://127.0.0.1:9999"),
            ]),
            headers(&[
                ("host", "convene.example"),
                ("origin", "ftp://convene.example"),
            ]),
            headers(&[("origin", "null"), ("sec-fetch-site", "cross-site")]),
            headers(&[("sec-fetch-site", "cross-site")]),
            headers(&[("sec-fetch-site", "same-site")]),
            headers(&[
                ("host", "convene.example"),
                ("origin", "https://convene.example"),
                ("sec-fetch-site", "cross-site"),
            ]),
        ];
        for h in &refused {
            assert!(!same_site_request(h, PUBLIC), "{h:?}");
        }
    }
}
