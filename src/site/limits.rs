//! Rate limits on what a stranger can trigger: a fixed-window counter per key, timed by the
//! application's [`Clock`](crate::clock::Clock) so tests are deterministic.
//!
//! On PostgreSQL (any number of instances) the counts are kept in the database, one row per
//! limit, key and window, counted by one atomic upsert (`storage::counters`), so N instances
//! allow what one would. On SQLite there is one instance, and its memory is the whole
//! truth: counting there spares every form a write under SQLite's one write lock, which
//! sign-ups wait on.
//!
//! IPv6 addresses are grouped by /64 (one household or host usually has a whole /64).

use crate::registration::LinkKey;
use crate::storage::{Backend, Database, StoreError};
use jiff::Timestamp;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// One limit: at most `max` events per `window_secs` per key.
#[derive(Clone)]
pub struct Limiter {
    /// Names the limit among the shared counts.
    name: &'static str,
    max: u32,
    window_secs: i64,
    counts: Counts,
}

/// Where a limit counts.
#[derive(Clone)]
enum Counts {
    /// In this process: key → (window, hits).
    Memory(Arc<Mutex<HashMap<String, (i64, u32)>>>),
    /// In the database, shared by every instance; keys are stored as HMACs under the
    /// server's key, so no address is kept in clear.
    Shared { db: Database, key: LinkKey },
}

/// Over the limit: try again after this many seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryAfter(pub i64);

impl RetryAfter {
    /// The wait in whole minutes, rounded up (for "try again in N minutes").
    pub fn minutes(self) -> i64 {
        (self.0 + 59) / 60
    }

    /// `response` with the `Retry-After` header set.
    pub fn on(self, mut response: axum::response::Response) -> axum::response::Response {
        if let Ok(value) = self.0.to_string().parse() {
            response
                .headers_mut()
                .insert(http::header::RETRY_AFTER, value);
        }
        response
    }
}

impl Limiter {
    /// A limit named `name` allowing `max` events per `window_secs`, counted in memory.
    pub fn new(name: &'static str, max: u32, window_secs: i64) -> Self {
        Self {
            name,
            max,
            window_secs,
            counts: Counts::Memory(Arc::default()),
        }
    }

    /// The same limit counted in `db`, shared by every instance on it (keys signed with
    /// `key`).
    pub fn shared(self, db: &Database, key: &LinkKey) -> Self {
        Self {
            counts: Counts::Shared {
                db: db.clone(),
                key: key.clone(),
            },
            ..self
        }
    }

    /// Counts one event for `key` at `now`: `Ok(Ok(()))` if it is within the limit,
    /// `Ok(Err(wait))` if not (nothing counted), `Err` if the shared count is unavailable.
    pub async fn hit(
        &self,
        key: &str,
        now: Timestamp,
    ) -> Result<Result<(), RetryAfter>, StoreError> {
        let window = now.as_second().div_euclid(self.window_secs);
        let ends_at = (window + 1) * self.window_secs;
        let counted = match &self.counts {
            Counts::Memory(counts) => count_in_memory(counts, key, window, self.max),
            Counts::Shared { db, key: mac } => {
                let key = mac.sign("rate-limit", &format!("{}\0{key}", self.name));
                db.count_hit(self.name, &key, ends_at, self.max).await?
            }
        };
        Ok(if counted {
            Ok(())
        } else {
            Err(RetryAfter(ends_at - now.as_second()))
        })
    }
}

/// Counts a hit in `window` unless the key already has `max` there; whether it counted.
fn count_in_memory(
    counts: &Mutex<HashMap<String, (i64, u32)>>,
    key: &str,
    window: i64,
    max: u32,
) -> bool {
    let mut counts = counts
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if counts.len() > 100_000 {
        counts.retain(|_, (w, _)| *w == window);
    }
    let entry = counts.entry(key.to_owned()).or_insert((window, 0));
    if entry.0 != window {
        *entry = (window, 0);
    }
    if entry.1 >= max {
        return false;
    }
    entry.1 += 1;
    true
}

/// The site's limits.
#[derive(Clone)]
pub struct RateLimits {
    /// Form submissions per client network.
    pub forms_per_ip: Limiter,
    /// Sign-ups (and letter signatures) per e-mail address.
    pub signups_per_address: Limiter,
    /// Searches per client network (each runs a full-text query).
    pub searches_per_ip: Limiter,
    /// Password-reset requests per client network (sign-in attempts are throttled in the
    /// database, `admin::throttle`).
    pub resets_per_ip: Limiter,
    /// Letter signatures per client network before further ones wait for a moderator.
    pub signatures_unflagged_per_ip: Limiter,
    /// Caption cues per event and language (a person types, an engine sends, a few a
    /// second; more is a runaway script).
    pub caption_cues: Limiter,
    /// Refused caption ingest tokens per client network.
    pub caption_token_failures: Limiter,
}

impl RateLimits {
    /// `forms_per_ten_minutes` per client network; five sign-ups per address an hour; 60
    /// searches per client network a minute. Counted in `db` when it is PostgreSQL (keys
    /// signed with `key`), else in memory (see the module's doc).
    pub fn new(forms_per_ten_minutes: u32, db: &Database, key: &LinkKey) -> Self {
        let limit = |name, max, window_secs| {
            let limiter = Limiter::new(name, max, window_secs);
            match db.backend() {
                Backend::Postgres => limiter.shared(db, key),
                Backend::Sqlite => limiter,
            }
        };
        Self {
            forms_per_ip: limit("forms-per-network", forms_per_ten_minutes, 600),
            signups_per_address: limit("sign-ups-per-address", 5, 3600),
            searches_per_ip: limit("searches-per-network", 60, 60),
            resets_per_ip: limit("resets-per-network", 10, 600),
            signatures_unflagged_per_ip: limit("signatures-per-network", 5, 3600),
            caption_cues: limit("caption-cues", 30, 10),
            caption_token_failures: limit("caption-token-failures", 20, 600),
        }
    }
}

/// The rate-limit key of a client address: IPv4 as is, IPv6 by its /64.
pub fn network_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(seconds).expect("in range")
    }

    async fn hit(limiter: &Limiter, key: &str, seconds: i64) -> Result<(), RetryAfter> {
        limiter.hit(key, at(seconds)).await.expect("in memory")
    }

    #[tokio::test]
    async fn allows_up_to_the_limit_per_window() {
        let limiter = Limiter::new("test", 2, 60);
        assert!(hit(&limiter, "a", 600).await.is_ok());
        assert!(hit(&limiter, "a", 610).await.is_ok());
        assert_eq!(hit(&limiter, "a", 615).await, Err(RetryAfter(45)));
        assert!(hit(&limiter, "b", 615).await.is_ok(), "keys are separate");
        assert!(hit(&limiter, "a", 660).await.is_ok(), "a new window");
    }

    #[test]
    fn ipv6_is_grouped_by_slash_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().expect("ip");
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().expect("ip");
        let c: IpAddr = "2001:db8:1:3::1".parse().expect("ip");
        assert_eq!(network_key(a), network_key(b));
        assert_ne!(network_key(a), network_key(c));
        assert_eq!(
            network_key("::ffff:192.0.2.7".parse().expect("ip")),
            "192.0.2.7"
        );
    }
}
