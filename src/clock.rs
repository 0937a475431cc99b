//! The one place that reads the wall clock (STYLE.md §7).
//!
//! Everything time-dependent takes a [`Clock`] so tests can hold time still or move it;
//! `clippy.toml` forbids reading the time anywhere else.

use jiff::Timestamp;
use std::sync::{Arc, Mutex};

/// A source of the current instant.
#[derive(Clone)]
pub struct Clock(
    Arc<dyn ClockSource>,
    Option<tokio::sync::watch::Sender<u64>>,
);

trait ClockSource: Send + Sync {
    fn now(&self) -> Timestamp;
}

struct SystemClock;

impl ClockSource for SystemClock {
    #[expect(
        clippy::disallowed_methods,
        reason = "this is the one place that reads the clock"
    )]
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// The wall clock moved by a fixed offset (rehearsals, demos, browser tests).
struct ShiftedClock(jiff::SignedDuration);

impl ClockSource for ShiftedClock {
    fn now(&self) -> Timestamp {
        let now = SystemClock.now();
        now.checked_add(self.0).unwrap_or(now)
    }
}

/// A clock that only moves when told to; for tests and reproducible demos.
#[derive(Clone)]
pub struct ManualClock(Arc<Mutex<Timestamp>>, tokio::sync::watch::Sender<u64>);

impl ClockSource for ManualClock {
    fn now(&self) -> Timestamp {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl ManualClock {
    /// Sets the current instant.
    pub fn set(&self, to: Timestamp) {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = to;
        self.moved();
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: jiff::SignedDuration) {
        let mut now = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *now = now.checked_add(by).unwrap_or(*now);
        drop(now);
        self.moved();
    }

    /// Tells whoever waits on [`Clock::changes`] (the job worker) that time moved.
    fn moved(&self) {
        self.1.send_modify(|n| *n = n.wrapping_add(1));
    }
}

/// Wakes a waiter whenever a manual clock moves; never for the real clock (which moves on
/// its own, and whose waiters poll).
pub struct ClockChanges(Option<tokio::sync::watch::Receiver<u64>>);

impl ClockChanges {
    /// Completes when the clock was moved since the last call (or since subscribing).
    pub async fn next(&mut self) {
        match &mut self.0 {
            Some(changes) => {
                if changes.changed().await.is_err() {
                    std::future::pending::<()>().await;
                }
            }
            None => std::future::pending::<()>().await,
        }
    }
}

impl Clock {
    /// The real wall clock.
    pub fn system() -> Self {
        Self(Arc::new(SystemClock), None)
    }

    /// A clock that reads `start` now and runs on in real time.
    pub fn starting_at(start: Timestamp) -> Self {
        Self(
            Arc::new(ShiftedClock(start.duration_since(SystemClock.now()))),
            None,
        )
    }

    /// The configured clock: real time, or real time from `clock_start` on.
    pub fn configured(clock_start: Option<Timestamp>) -> Self {
        clock_start.map_or_else(Self::system, Self::starting_at)
    }

    /// A clock stopped at `at`, and the handle that moves it.
    pub fn manual(at: Timestamp) -> (Self, ManualClock) {
        let (moved, _) = tokio::sync::watch::channel(0);
        let handle = ManualClock(Arc::new(Mutex::new(at)), moved.clone());
        (Self(Arc::new(handle.clone()), Some(moved)), handle)
    }

    /// The current instant.
    pub fn now(&self) -> Timestamp {
        self.0.now()
    }

    /// Moves of a manual clock, for loops that should act at once when a test moves time.
    pub fn changes(&self) -> ClockChanges {
        ClockChanges(self.1.as_ref().map(|moved| moved.subscribe()))
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Clock({})", self.now())
    }
}
