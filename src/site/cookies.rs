//! Whether a response may set `__Host-` cookies: only when the browser treats the site as
//! secure, which is over HTTPS (a configured `https://` public address) or on the visitor's
//! own machine (`localhost`, `*.localhost`, 127.0.0.0/8, `[::1]`: browsers treat plain HTTP
//! there as secure). On plain HTTP elsewhere (the demo opened from another machine on the
//! LAN) a browser refuses `Secure` cookies, so the site falls back to names without the prefix
//! rather than breaking every form; a site served over HTTPS never uses them.

use crate::state::AppState;
use http::HeaderMap;

/// A cookie's two names: `__Host-…` where allowed, the plain one elsewhere.
#[derive(Clone, Copy, Debug)]
pub struct CookieName {
    pub secure: &'static str,
    pub plain: &'static str,
}

impl CookieName {
    /// The name for this request.
    pub fn for_request(self, state: &AppState, headers: &HeaderMap) -> &'static str {
        if secure_context(state.config.public_url.as_deref(), headers) {
            self.secure
        } else {
            self.plain
        }
    }

    /// `name=value` with the attributes every one of our private cookies has (`Secure` too
    /// when the `__Host-` name is used).
    pub fn set(self, state: &AppState, headers: &HeaderMap, value: &str, extra: &str) -> String {
        let name = self.for_request(state, headers);
        let secure = if name == self.secure { "; Secure" } else { "" };
        format!("{name}={value}; Path=/{secure}; HttpOnly; SameSite=Strict{extra}")
    }

    /// The value the request carries under this request's name.
    pub fn get<'h>(self, state: &AppState, headers: &'h HeaderMap) -> Option<&'h str> {
        super::request::cookie(headers, self.for_request(state, headers))
    }
}

/// Whether the browser treats the site as secure for this request.
pub fn secure_context(public_url: Option<&str>, headers: &HeaderMap) -> bool {
    if public_url.is_some_and(|u| {
        u.get(..8)
            .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
    }) {
        return true;
    }
    let Some(host) = headers
        .get(http::header::HOST)
        .and_then(|h| h.to_str().ok())
    else {
        return false;
    };
    is_loopback_host(host)
}

/// `localhost`, `*.localhost`, 127.x.x.x or `[::1]`, with or without a port.
fn is_loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(h: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(http::header::HOST, h.parse().expect("header"));
        headers
    }

    #[test]
    fn https_sites_and_the_visitors_own_machine_are_secure() {
        assert!(secure_context(
            Some("https://convene.example"),
            &host("10.0.0.5:8080")
        ));
        assert!(secure_context(
            Some("HTTPS://convene.example"),
            &HeaderMap::new()
        ));
        for h in [
            "localhost:8080",
            "127.0.0.1:3000",
            "127.9.9.9",
            "[::1]:8080",
            "demo.localhost",
        ] {
            assert!(secure_context(None, &host(h)), "{h}");
            assert!(secure_context(Some("http://x.example"), &host(h)), "{h}");
        }
        for h in [
            "192.168.1.20:8080",
            "convene.example",
            "localhost.evil.example",
            "[2001:db8::1]:80",
        ] {
            assert!(!secure_context(None, &host(h)), "{h}");
        }
        assert!(!secure_context(None, &HeaderMap::new()));
    }
}
