//! The NATS connection's health as the client reports it: each loss and each recovery is
//! logged once (the client retries every few seconds and reports every failed try, which
//! must not flood the log), and losses are counted for `/metrics`.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// Whether this instance reaches NATS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NatsState {
    /// No `nats_url`: the process runs alone.
    NotConfigured,
    Connected,
    /// Configured, but not connected (not yet, or lost): changes from other instances
    /// arrive with the polls only.
    Unreachable,
}

/// Where the connection stands, as far as logging is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seen {
    /// Never connected yet, nothing logged.
    Starting,
    Connected,
    /// Lost (or never reached), logged once.
    Lost,
}

/// What the event callback keeps.
pub(super) struct Health {
    url: String,
    seen: Mutex<Seen>,
    losses: AtomicU64,
}

impl Default for Health {
    fn default() -> Self {
        Self::new("")
    }
}

impl Health {
    /// The health of a connection to `url` (kept with its password redacted, for the log).
    pub(super) fn new(url: &str) -> Self {
        Self {
            url: crate::config::redact_url(url),
            seen: Mutex::new(Seen::Starting),
            losses: AtomicU64::new(0),
        }
    }

    /// How often the connection was lost.
    pub(super) fn losses(&self) -> u64 {
        self.losses.load(Ordering::Relaxed)
    }

    /// Takes one event from the client; logs only a change of state.
    pub(super) fn on_event(&self, event: &async_nats::Event) {
        use async_nats::Event;
        let mut seen = self
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match event {
            Event::Connected => {
                match *seen {
                    Seen::Starting => tracing::info!(url = %self.url, "connected to NATS"),
                    Seen::Lost => tracing::warn!(
                        url = %self.url,
                        "NATS is reachable again: changes travel between instances at once"
                    ),
                    Seen::Connected => {}
                }
                *seen = Seen::Connected;
            }
            Event::Disconnected => {
                if *seen != Seen::Lost {
                    self.losses.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(
                        url = %self.url,
                        "lost NATS: until it is back, other instances see changes made here only \
                         by polling the database (places within a second, content within two, \
                         hall updates within a tick); /readyz answers 503"
                    );
                }
                *seen = Seen::Lost;
            }
            // Failed tries to connect: the first one before NATS was ever reached says so.
            Event::ClientError(err) => {
                if *seen == Seen::Starting {
                    tracing::warn!(
                        url = %self.url,
                        error = %err,
                        "cannot reach NATS; retrying in the background (until then other \
                         instances see changes made here only by polling the database)"
                    );
                    *seen = Seen::Lost;
                }
            }
            Event::LameDuckMode | Event::SlowConsumer(_) | Event::ServerError(_) => {
                tracing::warn!(url = %self.url, "NATS: {event}");
            }
            Event::Draining | Event::Closed => {}
        }
    }
}
