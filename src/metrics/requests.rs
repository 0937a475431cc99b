//! Requests by route, method and status, with latency histograms.
//!
//! The route label is the matched route pattern (`/{lang}/events/{slug}`), never the raw
//! path: a path can carry a personal link's token, and raw paths would make the series
//! unbounded. The layer runs after routing and reads the pattern from the request
//! (unmatched requests count as `unmatched`).

use crate::middleware::{After, Around};
use axum::extract::{MatchedPath, Request};
use axum::response::Response;
use std::collections::HashMap;
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Upper bounds of the latency buckets, in seconds.
pub(crate) const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

/// One series: a histogram of latencies. Each observation increments one bucket (the
/// first whose bound holds it, none beyond the last); the exposition sums them into
/// Prometheus's cumulative buckets.
#[derive(Debug, Default)]
pub(crate) struct Series {
    pub(crate) buckets: [AtomicU64; BUCKETS.len()],
    pub(crate) count: AtomicU64,
    pub(crate) sum_micros: AtomicU64,
}

/// (route, method, status) → series.
pub(crate) type Key = (Arc<str>, http::Method, u16);

/// A route's series, by method and status.
type ByRoute = HashMap<(http::Method, u16), Arc<Series>>;

/// Every series seen so far, by route pattern (looked up by the borrowed pattern, so a
/// request allocates nothing). A series is created once and then only incremented, so the
/// lock is held for a map lookup.
#[derive(Debug, Default)]
pub struct Requests {
    series: Mutex<HashMap<Arc<str>, ByRoute>>,
}

impl Requests {
    pub(crate) fn observe(&self, route: &str, method: &http::Method, status: u16, seconds: f64) {
        let series = {
            let mut map = self.series.lock().unwrap_or_else(|e| e.into_inner());
            let key = (method.clone(), status);
            match map.get(route).and_then(|by_route| by_route.get(&key)) {
                Some(series) => series.clone(),
                None => map
                    .entry(Arc::from(route))
                    .or_default()
                    .entry(key)
                    .or_default()
                    .clone(),
            }
        };
        if let Some(bucket) = BUCKETS
            .iter()
            .zip(&series.buckets)
            .find_map(|(bound, bucket)| (seconds <= *bound).then_some(bucket))
        {
            bucket.fetch_add(1, Ordering::Relaxed);
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
        let mut all: Vec<_> = map
            .iter()
            .flat_map(|(route, by_route)| {
                by_route.iter().map(|((method, status), series)| {
                    ((route.clone(), method.clone(), *status), series.clone())
                })
            })
            .collect();
        drop(map);
        all.sort_by(|a, b| (&a.0.0, a.0.1.as_str(), a.0.2).cmp(&(&b.0.0, b.0.1.as_str(), b.0.2)));
        all
    }
}

/// Middleware: times every request and counts it by route, method and status. A
/// streamed answer (the hall's) is counted when its head is ready.
#[derive(Clone)]
pub struct TrackRequests {
    metrics: Arc<super::Metrics>,
}

impl TrackRequests {
    /// Counts into `metrics`.
    pub fn new(metrics: Arc<super::Metrics>) -> Self {
        Self { metrics }
    }
}

/// A request being timed.
pub struct Timing {
    metrics: Arc<super::Metrics>,
    route: Option<MatchedPath>,
    method: http::Method,
    started: tokio::time::Instant,
}

impl Around for TrackRequests {
    type Carry = Timing;

    fn before(&self, request: &Request) -> ControlFlow<Response, Timing> {
        // Layers added with `Router::layer` run after routing, so the matched pattern is
        // already on the request (a shared `Arc<str>`: cloning it copies no text).
        let route = request.extensions().get::<MatchedPath>().cloned();
        ControlFlow::Continue(Timing {
            metrics: self.metrics.clone(),
            route,
            method: request.method().clone(),
            started: tokio::time::Instant::now(),
        })
    }

    fn after(timing: Timing, response: Response) -> After {
        let seconds = timing.started.elapsed().as_secs_f64();
        let route = timing
            .route
            .as_ref()
            .map_or("unmatched", MatchedPath::as_str);
        timing
            .metrics
            .requests
            .observe(route, &timing.method, response.status().as_u16(), seconds);
        After::Now(response)
    }
}
