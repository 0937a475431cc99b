//! `WebOrigin`: a site allowed to frame the embeddable forms, as a browser names it in
//! `Origin` and CSP `frame-ancestors` understands it: scheme, host and port, nothing else.

use std::str::FromStr;

/// `http` or `https`, a host, and a port only when it is not the scheme's default; stored in
/// the browser's serialisation (lower case, no trailing slash), so `https://Partner.Example/`
/// and `https://partner.example:443` are the same origin.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WebOrigin(String);

/// Why a text is not an origin.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "{0:?} is not a web origin: write scheme, host and port only, as https://partner.example or http://127.0.0.1:8080"
)]
pub struct WebOriginError(String);

impl WebOrigin {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for WebOrigin {
    type Err = WebOriginError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || WebOriginError(s.to_owned());
        let trimmed = s.trim();
        // Only a bare origin: no path beyond "/", no query, fragment, user or password, no
        // wildcard, nothing a CSP source list would read differently.
        if trimmed.is_empty()
            || trimmed.contains(['*', ' ', ';', ',', '\'', '"', '?', '#', '@', '\\'])
        {
            return Err(err());
        }
        let url = url::Url::parse(trimmed).map_err(|_| err())?;
        let after_scheme = trimmed
            .split_once("://")
            .map(|(_, rest)| rest)
            .unwrap_or("");
        let has_path = after_scheme
            .split_once('/')
            .is_some_and(|(_, path)| !path.is_empty());
        if !matches!(url.scheme(), "http" | "https")
            || url.host_str().is_none_or(str::is_empty)
            || url.path() != "/"
            || has_path
        {
            return Err(err());
        }
        Ok(Self(url.origin().ascii_serialization()))
    }
}

super::string_serde!(WebOrigin);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_kept_as_browsers_write_them() {
        for (given, kept) in [
            ("https://partner.example", "https://partner.example"),
            ("https://Partner.Example/", "https://partner.example"),
            ("https://partner.example:443", "https://partner.example"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
            ("http://[::1]:9000", "http://[::1]:9000"),
            ("https://xn--mgbh0fb.example", "https://xn--mgbh0fb.example"),
        ] {
            assert_eq!(
                given.parse::<WebOrigin>().map(|o| o.0),
                Ok(kept.to_owned()),
                "{given}"
            );
        }
    }

    #[test]
    fn anything_more_or_less_than_an_origin_is_refused() {
        for bad in [
            "",
            "partner.example",
            "https://",
            "https://partner.example/page",
            "https://partner.example/?x=1",
            "https://partner.example#top",
            "https://user@partner.example",
            "https://*.partner.example",
            "ftp://partner.example",
            "javascript:alert(1)",
            "data:text/html,x",
            "https://a.example https://b.example",
            "https://a.example; script-src *",
            "'self'",
        ] {
            assert!(bad.parse::<WebOrigin>().is_err(), "{bad:?}");
        }
    }
}
