//! Requests by route, method and status, with latency histograms.
//!
//! The route label is the matched route pattern (`/{lang}/events/{slug}`), never the raw
//! path: a path can carry a personal link's token, and raw paths would make the series
//! unbounded. An inner `route_layer` puts the pattern on the response; the outer layer times
//! the request and counts it (unmatched requests count as `unmatched`).

use crate::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Upper bounds of the latency buckets, in seconds.
pub(crate) const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

/// The matched route pattern, carried from the routing layer to the counting one.
#[derive(Clone, Debug)]
pub struct RouteLabel(pub Arc<str>);

/// One series: a histogram of latencies.
#[derive(Debug, Default)]
pub(crate) struct Series {
    pub(crate) buckets: [AtomicU64; BUCKETS.len()],
    pub(crate) count: AtomicU64,
    pub(crate) sum_micros: AtomicU64,
}

/// (route, method, status) → series.
pub(crate) type Key = (Arc<str>, http::Method, u16);

/// Every series seen so far. A series is created once and then only incremented, so the
/// lock is held for a map lookup.
#[derive(Debug, Default)]
pub struct Requests {
    pub(crate) series: Mutex<HashMap<Key, Arc<Series>>>,
}

impl Requests {
    fn observe(&self, key: Key, seconds: f64) {
        let series = {
            let mut map = self.series.lock().unwrap_or_else(|e| e.into_inner());
            map.entry(key).or_default().clone()
        };
        for (bound, bucket) in BUCKETS.iter().zip(&series.buckets) {
            if seconds <= *bound {
                bucket.fetch_add(1, Ordering::Relaxed);
            }
        }
        series.count.fetch_add(1, Ordering::Relaxed);
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a latency in microseconds fits u64"
        )]
        series
            .sum_micros
            .fetch_add((seconds * 1e6) as u64, Ordering::Relaxed);
    }

    /// A copy of every series, sorted, for the exposition.
    pub(crate) fn snapshot(&self) -> Vec<(Key, Arc<Series>)> {
        let map = self.series.lock().unwrap_or_else(|e| e.into_inner());
        let mut all: Vec<_> = map.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        drop(map);
        all.sort_by(|a, b| (&a.0.0, a.0.1.as_str(), a.0.2).cmp(&(&b.0.0, b.0.1.as_str(), b.0.2)));
        all
    }
}

/// Inner layer (`route_layer`): puts the matched route pattern on the response.
pub async fn record_route(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| RouteLabel(Arc::from(p.as_str())));
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(route);
    }
    response
}

/// Outer layer: times every request and counts it by route, method and status. A
/// streamed answer (the hall's) is counted when its head is ready.
pub async fn track_requests(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().clone();
    let started = tokio::time::Instant::now();
    let response = next.run(request).await;
    let route = response
        .extensions()
        .get::<RouteLabel>()
        .map_or_else(|| Arc::from("unmatched"), |r| r.0.clone());
    let seconds = started.elapsed().as_secs_f64();
    state
        .metrics
        .requests
        .observe((route, method, response.status().as_u16()), seconds);
    response
}
