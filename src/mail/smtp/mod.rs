//! Sending through an SMTP relay: lettre speaks the protocol and does TLS; Convene opens the
//! sockets (TCP_NODELAY, see `connect`) and keeps the open connections (`pool`), because
//! lettre's own transport can do neither with a socket option set.

mod connect;
mod implicit_tls;
mod pace;
mod pool;
mod settings;
#[cfg(test)]
mod test_relay;
#[cfg(test)]
mod tests;

pub use settings::{CONNECT_TIMEOUT, RelaySettings, Security};

use lettre::Message;
use std::sync::Arc;
use std::time::Duration;

/// The longest one message may take, opening its connection included: well inside a job's
/// lease (two minutes), so no other worker takes over a job while it is still being sent. A
/// relay that stops answering mid-session (no greeting, no reply to DATA) is cut off here and
/// the job retried, rather than holding a worker for ever.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(90);

/// Why a message did not reach the relay.
#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    /// No TCP connection to any of the relay's addresses.
    #[error("cannot reach the SMTP relay: {0}")]
    Unreachable(#[from] std::io::Error),
    /// The relay answered, but TLS, the greeting, EHLO, STARTTLS, AUTH or the message
    /// failed.
    #[error("{0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    /// The relay took longer than the bound on one message.
    #[error("the SMTP relay did not finish within {0:?}")]
    TimedOut(Duration),
}

/// A relay and the connections open to it; clones share them.
#[derive(Clone)]
pub struct Relay {
    shared: Arc<Shared>,
}

struct Shared {
    settings: RelaySettings,
    pool: pool::SweptPool,
    /// [`SEND_TIMEOUT`], shorter in tests.
    send_within: Duration,
    /// The most messages a second from this process (`None`: as fast as the relay takes).
    pace: Option<pace::Pace>,
}

impl Relay {
    /// Sends to the relay these settings name, at most `per_second` messages a second from
    /// this process (0: no limit). Needs a tokio runtime (the idle sweep).
    pub fn new(settings: RelaySettings, per_second: u32) -> Self {
        Self::with_bound(settings, per_second, SEND_TIMEOUT)
    }

    /// The same, without a pace and with another bound on each send (tests).
    #[cfg(test)]
    fn sending_within(settings: RelaySettings, send_within: Duration) -> Self {
        Self::with_bound(settings, 0, send_within)
    }

    fn with_bound(settings: RelaySettings, per_second: u32, send_within: Duration) -> Self {
        Self {
            shared: Arc::new(Shared {
                settings,
                pool: pool::SweptPool::new(),
                send_within,
                pace: (per_second > 0).then(|| pace::Pace::new(per_second)),
            }),
        }
    }

    /// Sends one message when the pace allows, over a parked connection that still answers
    /// or a new one, within [`SEND_TIMEOUT`] (a connection cut off is dropped, never parked).
    pub async fn send(&self, message: &Message) -> Result<(), RelayError> {
        if let Some(pace) = &self.shared.pace {
            pace.admit().await;
        }
        tokio::time::timeout(self.shared.send_within, self.send_unbounded(message))
            .await
            .unwrap_or(Err(RelayError::TimedOut(self.shared.send_within)))
    }

    async fn send_unbounded(&self, message: &Message) -> Result<(), RelayError> {
        let pool = &self.shared.pool.pool;
        let mut conn = match pool.take().await {
            Some(conn) => conn,
            None => connect::connect(&self.shared.settings).await?,
        };
        let sent = conn.send(message.envelope(), &message.formatted()).await;
        pool.put_back(conn).await;
        sent.map(drop).map_err(RelayError::Smtp)
    }
}

impl std::fmt::Debug for Relay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Relay")
            .field("settings", &self.shared.settings)
            .field("parked", &self.shared.pool.pool.parked())
            .finish()
    }
}
