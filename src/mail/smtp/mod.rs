//! Sending through an SMTP relay: lettre speaks the protocol and does TLS; Convene opens the
//! sockets (TCP_NODELAY, see `connect`) and keeps the open connections (`pool`), because
//! lettre's own transport can do neither with a socket option set.

mod connect;
mod implicit_tls;
mod pool;
mod settings;
#[cfg(test)]
mod test_relay;
#[cfg(test)]
mod tests;

pub use connect::ConnectError as RelayError;
pub use settings::{CONNECT_TIMEOUT, RelaySettings, Security};

use lettre::Message;
use std::sync::Arc;

/// A relay and the connections open to it; clones share them.
#[derive(Clone)]
pub struct Relay {
    shared: Arc<Shared>,
}

struct Shared {
    settings: RelaySettings,
    pool: pool::SweptPool,
}

impl Relay {
    /// Sends to the relay these settings name (needs a tokio runtime: the idle sweep).
    pub fn new(settings: RelaySettings) -> Self {
        Self {
            shared: Arc::new(Shared {
                settings,
                pool: pool::SweptPool::new(),
            }),
        }
    }

    /// Sends one message, over a parked connection that still answers or a new one.
    pub async fn send(&self, message: &Message) -> Result<(), RelayError> {
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
