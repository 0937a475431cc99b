//! What a page request carries besides its path: the language and the visitor's zone.

use crate::domain::ZoneName;
use axum::http::HeaderMap;
use serde::Deserialize;
use std::borrow::Cow;

/// The name of the cookie that remembers the visitor's chosen zone.
pub const ZONE_COOKIE: &str = "tz";

/// Query parameters every page accepts.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    /// A zone chosen in the page's zone form.
    pub tz: Option<String>,
}

/// The visitor's time zone, if they chose one.
#[derive(Clone, Debug, Default)]
pub struct VisitorZone {
    pub zone: Option<ZoneName>,
    /// Chosen in this request (so the response remembers it in a cookie).
    pub just_chosen: bool,
}

/// Per-request page inputs that are not in the path.
#[derive(Clone, Debug)]
pub struct PageRequest {
    pub zone: VisitorZone,
}

impl PageRequest {
    /// Reads the zone from `?tz=` (an invalid value is an error the visitor should see) or
    /// else from the cookie (an invalid cookie is ignored).
    pub fn from_parts(
        query: &PageQuery,
        headers: &HeaderMap,
    ) -> Result<Self, crate::domain::zone_error::ZoneNameError> {
        if let Some(raw) = query.tz.as_deref().filter(|s| !s.is_empty()) {
            let zone: ZoneName = raw.parse()?;
            return Ok(Self {
                zone: VisitorZone {
                    zone: Some(zone),
                    just_chosen: true,
                },
            });
        }
        let zone = cookie(headers, ZONE_COOKIE).and_then(|raw| raw.parse().ok());
        Ok(Self {
            zone: VisitorZone {
                zone,
                just_chosen: false,
            },
        })
    }

    /// The page cache key of `path` for this request: `path|zone` (`path|` without a zone),
    /// copied into one exactly sized string (no formatting: it is built on every request).
    pub fn cache_key(&self, path: &str) -> String {
        let zone = self.zone.zone.as_ref().map_or("", ZoneName::as_str);
        [path, "|", zone].concat()
    }

    /// The `Set-Cookie` value remembering a newly chosen zone.
    pub fn set_cookie(&self) -> Option<String> {
        let zone = self.zone.zone.as_ref().filter(|_| self.zone.just_chosen)?;
        Some(format!(
            "{ZONE_COOKIE}={zone}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"
        ))
    }
}

/// The path a page is cached under, given the request's path and the route's parts with
/// its (decoded) parameters: the request's own path when it has no percent-escape (it is
/// then exactly what the parts spell, copied nowhere), else the parts joined.
pub fn page_path<'a>(request_path: &'a str, parts: &[&str]) -> Cow<'a, str> {
    if request_path.contains('%') {
        return Cow::Owned(parts.concat());
    }
    debug_assert_eq!(request_path, parts.concat());
    Cow::Borrowed(request_path)
}

/// The value of cookie `name` in the request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}
