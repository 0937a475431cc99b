//! Dropping cached pages when something scheduled becomes public: a post whose day begins,
//! a language version scheduled for an instant. Nothing is saved at that moment, so the
//! content revision does not move; instead the first request after each such instant drops
//! the cache (`AppState::revision`, which every cached answer asks first), and once more a
//! little later, for a page whose rendering began just before the instant and was stored
//! just after the first drop.

use jiff::{SignedDuration, Timestamp};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

/// How long after an instant the cache is dropped a second time.
const AGAIN_AFTER: SignedDuration = SignedDuration::from_secs(2);

/// When cached pages must next be dropped.
#[derive(Clone, Default)]
pub struct Schedule(Arc<Inner>);

#[derive(Default)]
struct Inner {
    /// The next instant (Unix seconds) at which to look: read on every cached answer, so an
    /// atomic, compared without a lock. `0` (the default) looks at the first request.
    next: AtomicI64,
    plan: Mutex<Plan>,
}

#[derive(Default)]
struct Plan {
    /// Every instant at which something becomes public, sorted.
    instants: Vec<Timestamp>,
    /// Up to when instants have been handled.
    handled: Option<Timestamp>,
    /// A second drop due at this instant.
    again: Option<Timestamp>,
}

impl Schedule {
    /// The content was read anew: these are its instants (sorted). Looked at on the next
    /// request.
    pub fn plan(&self, instants: Vec<Timestamp>) {
        let mut plan = self.0.plan.lock().unwrap_or_else(|e| e.into_inner());
        plan.instants = instants;
        self.0.next.store(i64::MIN, Ordering::Release);
    }

    /// Whether cached pages must be dropped at `now`: an instant passed since the last
    /// look, or the second drop after one is due. Cheap when neither (one atomic load).
    pub fn due(&self, now: Timestamp) -> bool {
        if now.as_second() < self.0.next.load(Ordering::Acquire) {
            return false;
        }
        let mut plan = self.0.plan.lock().unwrap_or_else(|e| e.into_inner());
        // The very first look only sets the mark: nothing was cached before it.
        let passed = plan
            .handled
            .is_some_and(|handled| plan.instants.iter().any(|at| handled < *at && *at <= now));
        let again = plan.again.is_some_and(|at| at <= now);
        if passed {
            plan.again = Some(now + AGAIN_AFTER);
        } else if again {
            plan.again = None;
        }
        plan.handled = Some(now);
        let upcoming = plan.instants.iter().find(|at| **at > now).copied();
        let next = upcoming.into_iter().chain(plan.again).min();
        // In whole seconds, rounded down: at worst one more look within the second.
        self.0
            .next
            .store(next.map_or(i64::MAX, |n| n.as_second()), Ordering::Release);
        passed || again
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn pages_are_dropped_when_an_instant_passes_and_once_more_soon_after() {
        let schedule = Schedule::default();
        schedule.plan(vec![at("2026-11-20T00:00:00Z"), at("2026-11-26T09:00:00Z")]);
        assert!(
            !schedule.due(at("2026-11-25T12:00:00Z")),
            "the first look sets the mark"
        );
        assert!(!schedule.due(at("2026-11-25T12:00:01Z")));
        assert!(!schedule.due(at("2026-11-26T08:59:59Z")));
        assert!(
            schedule.due(at("2026-11-26T09:00:00Z")),
            "the instant passed"
        );
        assert!(!schedule.due(at("2026-11-26T09:00:01Z")));
        assert!(schedule.due(at("2026-11-26T09:00:02Z")), "once more");
        assert!(
            !schedule.due(at("2026-11-27T00:00:00Z")),
            "and then no more"
        );
        // A clock moved far past an instant drops once, then once more.
        schedule.plan(vec![at("2026-12-01T00:00:00Z")]);
        assert!(schedule.due(at("2026-12-05T00:00:00Z")));
        assert!(schedule.due(at("2026-12-05T00:00:02Z")));
        assert!(!schedule.due(at("2026-12-06T00:00:00Z")));
    }
}
