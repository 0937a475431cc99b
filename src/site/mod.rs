//! What every page shares: static assets, the page cache, security headers, error pages,
//! the language redirect at `/`, the obfuscated contact address, `/healthz` and `/readyz`,
//! and keeping cached pages fresh when other instances change what they show.

mod assets;
mod cache;
mod chrome;
mod client;
mod compress;
mod contact;
mod cookies;
pub mod csrf;
pub mod embed;
mod errors;
pub mod forms;
pub mod freshness;
mod front;
mod headers;
mod health;
mod home;
mod limits;
mod origin;
mod page_cache;
pub mod request;
mod routes;
mod schedule;
mod serve_cached;
mod snapshot;

pub use assets::Assets;
pub use cache::CachedPage;
pub use chrome::{Alternate, Chrome};
pub use client::{ClientAddr, TrustedProxies, client_ip};
pub use compress::Encoding;
pub use contact::contact_html;
pub use cookies::{CookieName, secure_context};
pub use errors::ErrorPages;
pub use front::FrontCache;
pub use headers::{CONTENT_SECURITY_POLICY, SecurityHeaders, policy_with_stream};
pub use limits::{Limiter, RateLimits, RetryAfter, network_key};
pub use origin::RefuseCrossSite;
pub use page_cache::{PageCache, Served};
pub use request::{PageQuery, PageRequest, VisitorZone, ZONE_COOKIE, page_path};
pub use routes::router;
pub use schedule::Schedule;
pub use serve_cached::serve_cached;
pub use snapshot::ContentSnapshot;

use crate::content::SiteSettings;
use crate::domain::Lang;
use crate::error::WebError;

/// The site language named in a path, or 404 if the site is not shown in it.
pub fn site_lang(settings: &SiteSettings, raw: &str) -> Result<Lang, WebError> {
    raw.parse::<Lang>()
        .ok()
        .filter(|l| settings.offers(l))
        .ok_or(WebError::NotFound)
}
