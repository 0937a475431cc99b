//! Security headers on every response.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderValue, header};

/// The Content-Security-Policy: our own origin only, no inline script or style, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The same policy with a stream's `origins` (space-separated) allowed for media (and
/// `blob:`, which HLS players attach) and connections, and as frames when `frames`.
pub fn policy_with_stream(origins: &str, frames: bool) -> String {
    let frame_src = if frames && !origins.is_empty() {
        format!("frame-src {origins}; object-src")
    } else {
        "object-src".to_owned()
    };
    CONTENT_SECURITY_POLICY
        .replace(
            "media-src 'self'",
            &format!("media-src 'self' blob: {origins}"),
        )
        .replace(
            "connect-src 'self'",
            &format!("connect-src 'self' {origins}"),
        )
        .replace("object-src", &frame_src)
}

/// Adds the security headers a handler did not set itself.
pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let defaults = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in defaults {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_widens_only_media_connections_and_frames() {
        let policy = policy_with_stream("https://video.example.org", true);
        assert!(policy.contains("media-src 'self' blob: https://video.example.org;"));
        assert!(policy.contains("connect-src 'self' https://video.example.org;"));
        assert!(policy.contains("frame-src https://video.example.org; object-src 'none'"));
        assert!(policy.contains("script-src 'self';"));
        assert!(!policy_with_stream("https://video.example.org", false).contains("frame-src"));
    }
}
