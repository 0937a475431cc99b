//! Metrics in the Prometheus text format at `/metrics`, behind a bearer token.
//!
//! Counters are plain atomics in [`Metrics`] (one per process, held by `AppState`); the
//! exposition is written by hand (`exposition.rs`): the format is a few lines of text, and
//! the `metrics` crate would add a global recorder and labels as free strings where here
//! the route label can only be a matched route pattern. `/metrics` is routed only when
//! `metrics_token` is configured, and answers only `Authorization: Bearer <token>`.

mod exposition;
mod requests;
mod scrape;

pub use requests::TrackRequests;
pub use scrape::scrape;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// The process's counters.
#[derive(Debug, Default)]
pub struct Metrics {
    pub(crate) requests: requests::Requests,
    pub(crate) page_cache_hits: AtomicU64,
    pub(crate) page_cache_misses: AtomicU64,
    pub(crate) sign_ups: AtomicU64,
    pub(crate) confirmations: AtomicU64,
    /// Open hall streams in this process, by event.
    hall_connections: Mutex<BTreeMap<crate::domain::Slug, Arc<AtomicI64>>>,
    /// Failed attempts to send a mail in this process, by kind of mail.
    mail_failures: Mutex<BTreeMap<String, u64>>,
}

impl Metrics {
    /// A page was answered from the cache (`true`) or rendered (`false`).
    pub fn page_cache(&self, hit: bool) {
        let counter = if hit {
            &self.page_cache_hits
        } else {
            &self.page_cache_misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// A sign-up was stored (acknowledged).
    pub fn sign_up(&self) {
        self.sign_ups.fetch_add(1, Ordering::Relaxed);
    }

    /// A registration was confirmed by its link.
    pub fn confirmation(&self) {
        self.confirmations.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts an open hall stream of `event` until the returned guard is dropped.
    pub fn hall_connection(&self, event: &crate::domain::Slug) -> HallConnection {
        let count = {
            let mut map = self
                .hall_connections
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            Arc::clone(map.entry(event.clone()).or_default())
        };
        count.fetch_add(1, Ordering::Relaxed);
        HallConnection(count)
    }

    /// Open hall streams by event (events seen since start, zero or more).
    pub(crate) fn hall_connections(&self) -> Vec<(crate::domain::Slug, i64)> {
        let map = self
            .hall_connections
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        map.iter()
            .map(|(event, count)| (event.clone(), count.load(Ordering::Relaxed)))
            .collect()
    }

    /// An attempt to send a mail of `kind` failed (it is retried or parked).
    pub fn mail_failed(&self, kind: &str) {
        // The kind is a template name; anything else is counted as `other` so that a
        // label can never carry an arbitrary string.
        let kind = if !kind.is_empty()
            && kind.len() <= 40
            && kind
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        {
            kind
        } else {
            "other"
        };
        let mut map = self.mail_failures.lock().unwrap_or_else(|e| e.into_inner());
        *map.entry(kind.to_owned()).or_default() += 1;
    }

    /// Failed mail attempts by kind.
    pub(crate) fn mail_failures(&self) -> Vec<(String, u64)> {
        let map = self.mail_failures.lock().unwrap_or_else(|e| e.into_inner());
        map.iter().map(|(k, v)| (k.clone(), *v)).collect()
    }
}

/// One open hall stream, counted while it lives.
#[derive(Debug)]
pub struct HallConnection(Arc<AtomicI64>);

impl Drop for HallConnection {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}
