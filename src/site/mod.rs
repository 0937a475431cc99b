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
mod schedule;
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
pub use schedule::Schedule;
pub use snapshot::ContentSnapshot;

use crate::content::SiteSettings;
use crate::domain::Lang;
use crate::error::WebError;
use crate::state::AppState;
use axum::Router;
use axum::response::Response;
use axum::routing::get;
use http::HeaderMap;
use std::future::Future;
use std::sync::Arc;

/// Routes for `/`, `/{lang}/`, assets, media and health.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home::root_redirect))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/favicon.ico", get(assets::favicon))
        .route("/{lang}/", get(home::home_page))
        .route("/{lang}", get(home::add_slash))
        .route("/assets/{*path}", get(assets::serve_asset))
}

/// The site language named in a path, or 404 if the site is not shown in it.
pub fn site_lang(settings: &SiteSettings, raw: &str) -> Result<Lang, WebError> {
    raw.parse::<Lang>()
        .ok()
        .filter(|l| settings.offers(l))
        .ok_or(WebError::NotFound)
}

/// Serves the page at `path` from the cache, rendering it with `render` when missing or
/// stale (one request at a time, see [`PageCache`]); remembers a newly chosen zone in a
/// cookie. With `route` (the page's matched route, for a handler whose answer depends only
/// on the request's path and zone, keyed by the request's own path), later requests for it
/// are answered before routing ([`FrontCache`]).
pub async fn serve_cached<F, Fut>(
    state: &AppState,
    request: &PageRequest,
    path: &str,
    headers: &HeaderMap,
    route: Option<&axum::extract::MatchedPath>,
    render: F,
) -> Result<Response, WebError>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<String, WebError>>,
{
    let key = request.cache_key(path);
    let served = state
        .pages
        .get_or_render(
            &key,
            || (state.clock.now(), state.revision()),
            |now, revision| async move {
                let html = render().await?;
                let route = route.map(|r| Arc::from(r.as_str()));
                tokio::task::spawn_blocking(move || {
                    CachedPage::new(html, now, revision).routed(route)
                })
                .await
                .map_err(|e| {
                    WebError::Internal(anyhow::Error::new(e).context("compressing a page"))
                })
            },
        )
        .await?;
    state.metrics.page_cache(!served.rendered);
    let cookie = request.set_cookie().and_then(|cookie| cookie.parse().ok());
    Ok(served.page.response(headers, cookie))
}
