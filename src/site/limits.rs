//! Rate limits on what a stranger can trigger: a fixed-window counter per key, timed by the
//! application's [`Clock`](crate::clock::Clock) so tests are deterministic.
//!
//! IPv6 addresses are grouped by /64 (one household or host usually has a whole /64).

use jiff::Timestamp;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// One limit: at most `max` events per `window_secs` per key.
#[derive(Clone)]
pub struct Limiter {
    max: u32,
    window_secs: i64,
    counts: Arc<Mutex<HashMap<String, (i64, u32)>>>,
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
    /// A limiter allowing `max` events per `window_secs`.
    pub fn new(max: u32, window_secs: i64) -> Self {
        Self {
            max,
            window_secs,
            counts: Arc::default(),
        }
    }

    /// Counts one event for `key` at `now`.
    pub fn hit(&self, key: &str, now: Timestamp) -> Result<(), RetryAfter> {
        let window = now.as_second().div_euclid(self.window_secs);
        let mut counts = self
            .counts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if counts.len() > 100_000 {
            counts.retain(|_, (w, _)| *w == window);
        }
        let entry = counts.entry(key.to_owned()).or_insert((window, 0));
        if entry.0 != window {
            *entry = (window, 0);
        }
        if entry.1 >= self.max {
            return Err(RetryAfter(
                (window + 1) * self.window_secs - now.as_second(),
            ));
        }
        entry.1 += 1;
        Ok(())
    }
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
}

impl RateLimits {
    /// `forms_per_ten_minutes` per client network; five sign-ups per address an hour; 60
    /// searches per client network a minute.
    pub fn new(forms_per_ten_minutes: u32) -> Self {
        Self {
            forms_per_ip: Limiter::new(forms_per_ten_minutes, 600),
            signups_per_address: Limiter::new(5, 3600),
            searches_per_ip: Limiter::new(60, 60),
            resets_per_ip: Limiter::new(10, 600),
            signatures_unflagged_per_ip: Limiter::new(5, 3600),
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

    #[test]
    fn allows_up_to_the_limit_per_window() {
        let limiter = Limiter::new(2, 60);
        assert!(limiter.hit("a", at(600)).is_ok());
        assert!(limiter.hit("a", at(610)).is_ok());
        assert_eq!(limiter.hit("a", at(615)), Err(RetryAfter(45)));
        assert!(limiter.hit("b", at(615)).is_ok(), "keys are separate");
        assert!(limiter.hit("a", at(660)).is_ok(), "a new window");
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
