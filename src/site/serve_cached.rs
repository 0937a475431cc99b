//! Answering a page from the page cache, rendering it only when it is missing or stale.

use super::{CachedPage, PageRequest};
use crate::error::WebError;
use crate::state::AppState;
use axum::response::Response;
use http::HeaderMap;
use std::future::Future;
use std::sync::Arc;

/// Serves the page at `path` from the cache, rendering it with `render` when missing or
/// stale (one request at a time, see [`super::PageCache`]); remembers a newly chosen zone in a
/// cookie. With `route` (the page's matched route, for a handler whose answer depends only
/// on the request's path and zone, keyed by the request's own path), later requests for it
/// are answered before routing ([`super::FrontCache`]).
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
