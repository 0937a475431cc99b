//! The page cache in front of the router: a plain `GET` for a page that is cached, fresh and
//! marked servable before routing is answered here, without routing, the per-route layers,
//! the handler and its extractors, which took more instructions than the rest of the request
//! together (BENCHMARKS.md, "Profiling the cached-page path").
//!
//! The answer is the one the handler would give: the cache entry was made by that handler
//! for this very path and zone (`serve_cached` with a route: the event, recordings and home
//! pages, whose answer depends on nothing else), it already carries every header the layers
//! would add, and what the skipped layers would do is done here: counting the request under
//! its route pattern and the page cache hit. Anything else — another method, a query string
//! (`?tz=`, or one the handler would refuse), an escaped path, a page not cached — goes to
//! the router as before.

use super::{PageQuery, PageRequest};
use crate::state::AppState;
use axum::extract::Request;
use axum::response::Response;
use futures_util::future::Either;
use std::convert::Infallible;
use std::future::{Ready, ready};
use std::task::{Context, Poll};

/// The router (`S`) behind the page cache.
#[derive(Clone)]
pub struct FrontCache<S> {
    state: AppState,
    inner: S,
}

impl<S> FrontCache<S> {
    /// Answers cached pages from `state`'s cache, everything else with `inner`.
    pub fn new(state: AppState, inner: S) -> Self {
        Self { state, inner }
    }
}

impl<S> tower::Service<Request> for FrontCache<S>
where
    S: tower::Service<Request, Response = Response, Error = Infallible>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Either<Ready<Result<Response, Infallible>>, S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        match cached(&self.state, &request) {
            Some(response) => Either::Left(ready(Ok(response))),
            None => Either::Right(self.inner.call(request)),
        }
    }
}

/// The cached answer to `request`, if it has one that may be given before routing.
fn cached(state: &AppState, request: &Request) -> Option<Response> {
    let uri = request.uri();
    if request.method() != http::Method::GET || uri.query().is_some() {
        return None;
    }
    let path = uri.path();
    if path.contains('%') {
        return None;
    }
    let started = tokio::time::Instant::now();
    // As the handler reads it: no query, so the zone comes from the cookie (an invalid one
    // is ignored, as there).
    let zone = PageRequest::from_parts(&PageQuery::default(), request.headers()).ok()?;
    let page = state
        .pages
        .get(&zone.cache_key(path), state.clock.now(), state.revision())?;
    let route = page.route()?;
    state.metrics.page_cache(true);
    let response = page.response(request.headers(), None);
    state.metrics.requests.observe(
        route,
        &http::Method::GET,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    Some(response)
}
