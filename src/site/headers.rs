//! Security headers on every response.

use crate::middleware::{After, Around};
use axum::extract::Request;
use axum::response::Response;
use http::{HeaderMap, HeaderName, HeaderValue, header};
use std::ops::ControlFlow;

/// The Content-Security-Policy: our own origin only, no inline script or style, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The same policy with a stream's `origins` (space-separated) allowed for media (and
/// `blob:`, which HLS players attach, and `data:`: hls.js gives the text tracks it makes for
/// subtitle renditions an empty `data:,WEBVTT` source) and connections, and as frames when
/// `frames`.
pub fn policy_with_stream(origins: &str, frames: bool) -> String {
    let frame_src = if frames && !origins.is_empty() {
        format!("frame-src {origins}; object-src")
    } else {
        "object-src".to_owned()
    };
    CONTENT_SECURITY_POLICY
        .replace(
            "media-src 'self'",
            &format!("media-src 'self' blob: data: {origins}"),
        )
        .replace(
            "connect-src 'self'",
            &format!("connect-src 'self' {origins}"),
        )
        .replace("object-src", &frame_src)
}

/// How many security headers every response carries.
const DEFAULT_COUNT: usize = 6;

/// The security headers every response carries unless its handler set its own, built at
/// compile time (`from_static` is `const`), so adding them checks no byte at run time.
const DEFAULTS: [(HeaderName, HeaderValue); DEFAULT_COUNT] = [
    (
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    ),
    (
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    ),
    (
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    ),
    (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
    (
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    ),
    (
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    ),
];

/// Marks a response as an embeddable page, so the security headers leave out
/// `X-Frame-Options` (which cannot name several origins; `frame-ancestors` does).
#[derive(Clone, Copy, Debug)]
pub struct Framable;

/// Middleware: adds the security headers a handler did not set itself.
#[derive(Clone, Copy)]
pub struct SecurityHeaders;

impl Around for SecurityHeaders {
    type Carry = ();

    fn before(&self, _: &Request) -> ControlFlow<Response> {
        ControlFlow::Continue(())
    }

    fn after((): (), mut response: Response) -> After {
        add_security_headers(response.headers_mut());
        // An embeddable page names who may frame it in its CSP; `X-Frame-Options` would
        // forbid them all.
        if response.extensions().get::<Framable>().is_some() {
            response.headers_mut().remove(header::X_FRAME_OPTIONS);
        }
        After::Now(response)
    }
}

/// Adds the security headers `headers` does not have yet (the layer, and cached pages,
/// which carry them from the start). One pass over the names the response has (comparing,
/// not hashing) finds which are there; the map grows once for those that are not.
pub fn add_security_headers(headers: &mut HeaderMap) {
    let defaults = DEFAULTS;
    let mut present = [false; DEFAULT_COUNT];
    for name in headers.keys() {
        if let Some(i) = defaults.iter().position(|(default, _)| default == name) {
            present[i] = true;
        }
    }
    let missing = present.iter().filter(|p| !**p).count();
    if missing == 0 {
        return;
    }
    headers.reserve(missing);
    for ((name, value), present) in defaults.into_iter().zip(present) {
        if !present {
            headers.insert(name, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_widens_only_media_connections_and_frames() {
        let policy = policy_with_stream("https://video.example.org", true);
        assert!(policy.contains("media-src 'self' blob: data: https://video.example.org;"));
        assert!(policy.contains("connect-src 'self' https://video.example.org;"));
        assert!(policy.contains("frame-src https://video.example.org; object-src 'none'"));
        assert!(policy.contains("script-src 'self';"));
        assert!(!policy_with_stream("https://video.example.org", false).contains("frame-src"));
    }
}
