//! A steady pace for the messages sent through one relay from this process (a generic cell
//! rate: a short burst, then one message every `1 / rate` seconds). A broadcast to 20,000
//! otherwise goes out as fast as the relay takes it (3,700 messages a second on the
//! benchmark machine), and its share of the processor comes out of the pages being served;
//! many relays also refuse more than so many messages a second.

use std::sync::{Mutex, PoisonError};
use std::time::Duration;
use tokio::time::Instant;

/// Messages a second through one relay from one process.
pub struct Pace {
    every: Duration,
    /// How far ahead of the steady rate a burst may run.
    slack: Duration,
    /// When the message after the last one reserved would be due at the steady rate.
    due: Mutex<Option<Instant>>,
}

impl Pace {
    /// `per_second` messages a second (at least one), in bursts of up to eight.
    pub fn new(per_second: u32) -> Self {
        let per_second = per_second.max(1);
        let every = Duration::from_secs(1) / per_second;
        Self {
            every,
            slack: every * (per_second.min(8) - 1),
            due: Mutex::new(None),
        }
    }

    /// Reserves the next message's place, asked at `now`: when it may go.
    pub fn reserve(&self, now: Instant) -> Instant {
        let mut due = self.due.lock().unwrap_or_else(PoisonError::into_inner);
        let theirs = due.map_or(now, |due| due.max(now));
        *due = Some(theirs + self.every);
        (theirs.checked_sub(self.slack).unwrap_or(now)).max(now)
    }

    /// Waits for the next message's place.
    pub async fn admit(&self) {
        tokio::time::sleep_until(self.reserve(Instant::now())).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_one_message_every_interval_then_a_burst_again_after_a_pause() {
        let pace = Pace::new(100); // every 10 ms, bursts of 8
        let start = Instant::now();
        let ms = |n: u64| start + Duration::from_millis(n);
        let slots: Vec<Duration> = (0..12).map(|_| pace.reserve(start) - start).collect();
        let expected: Vec<Duration> = [0, 0, 0, 0, 0, 0, 0, 0, 10, 20, 30, 40]
            .into_iter()
            .map(Duration::from_millis)
            .collect();
        assert_eq!(slots, expected);
        // A second later the backlog is long gone: a full burst again.
        let later: Vec<Instant> = (0..8).map(|_| pace.reserve(ms(1_000))).collect();
        assert!(later.iter().all(|at| *at == ms(1_000)), "{later:?}");
        assert_eq!(pace.reserve(ms(1_000)), ms(1_010));
    }

    #[test]
    fn a_slow_pace_has_no_burst() {
        let pace = Pace::new(1);
        let start = Instant::now();
        assert_eq!(pace.reserve(start), start);
        assert_eq!(pace.reserve(start), start + Duration::from_secs(1));
        assert_eq!(pace.reserve(start), start + Duration::from_secs(2));
    }
}
