//! What instances share besides the database: one NATS connection (with `nats_url`), its
//! health, and this instance's name. The hall (`hall::bus`) and the page cache
//! (`site::freshness`) both talk over it.
//!
//! NATS only hurries along what a poll of the database also brings (hall updates within a
//! tick, content within two seconds, places within one), so losing it delays things and
//! loses nothing. Losing and regaining it is logged once each (`health.rs`) and shown on
//! `/readyz` and in `/metrics`.

mod health;
mod stale;

pub use health::NatsState;
pub use stale::Stale;

use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use std::sync::Arc;
use std::time::Duration;

/// A publish waits at most this long for room in the client's queue (it fills while the
/// connection is down): the request that triggered it must not hang on NATS.
const PUBLISH_WAIT: Duration = Duration::from_millis(250);

/// How often the connection is pinged: a server that vanished without closing the
/// connection is noticed within two pings.
const PING_INTERVAL: Duration = Duration::from_secs(10);

/// This instance's place among the others.
#[derive(Clone)]
pub struct Cluster {
    nats: Option<async_nats::Client>,
    instance: Arc<str>,
    health: Arc<health::Health>,
}

impl Cluster {
    /// A process on its own: nothing to tell anyone.
    pub fn alone() -> Self {
        Self {
            nats: None,
            instance: instance_name().into(),
            health: Arc::default(),
        }
    }

    /// One of several instances, connected to NATS at `url`. Connecting goes on in the
    /// background when NATS is not reachable yet; until it is, `/readyz` says so.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        let health = Arc::new(health::Health::new(url));
        let events = Arc::clone(&health);
        let client = async_nats::ConnectOptions::new()
            .name("convene")
            .retry_on_initial_connect()
            .ping_interval(PING_INTERVAL)
            .event_callback(move |event| {
                let events = Arc::clone(&events);
                async move { events.on_event(&event) }
            })
            .connect(url)
            .await
            .map_err(|e| {
                anyhow::anyhow!(
                    "cannot connect to NATS at {}: {e}",
                    crate::config::redact_url(url)
                )
            })?;
        Ok(Self {
            nats: Some(client),
            instance: instance_name().into(),
            health,
        })
    }

    /// The NATS client, with `nats_url`.
    pub fn nats(&self) -> Option<&async_nats::Client> {
        self.nats.as_ref()
    }

    /// This instance's name (random per start), in presence reports and heartbeats.
    pub fn instance(&self) -> &str {
        &self.instance
    }

    /// Whether NATS is configured, and reachable.
    pub fn nats_state(&self) -> NatsState {
        match &self.nats {
            None => NatsState::NotConfigured,
            Some(client) => match client.connection_state() {
                async_nats::connection::State::Connected => NatsState::Connected,
                async_nats::connection::State::Pending
                | async_nats::connection::State::Disconnected => NatsState::Unreachable,
            },
        }
    }

    /// How often the connection to NATS was lost since start.
    pub fn nats_losses(&self) -> u64 {
        self.health.losses()
    }

    /// Publishes `payload` on `subject` if NATS is up; a message that cannot go is dropped
    /// (the receivers' poll catches up), with a warning.
    pub async fn publish(&self, subject: String, payload: bytes::Bytes) {
        let Some(client) = &self.nats else { return };
        if self.nats_state() != NatsState::Connected {
            return;
        }
        match tokio::time::timeout(PUBLISH_WAIT, client.publish(subject, payload)).await {
            Ok(Ok(())) => {}
            Ok(Err(err)) => {
                tracing::warn!(error = %err, "could not tell the other instances (their poll will catch up)");
            }
            Err(_) => {
                tracing::warn!(
                    "NATS did not take a message in time (the other instances' poll will catch up)"
                );
            }
        }
    }

    /// Tells the other instances that pages went stale.
    pub async fn tell_stale(&self, stale: &Stale) {
        if self.nats.is_some() {
            self.publish(
                stale::SUBJECT.to_owned(),
                stale.encode(&self.instance).into(),
            )
            .await;
        }
    }

    /// What the other instances report stale, as it arrives; never ends without NATS.
    pub async fn stale_elsewhere(&self) -> BoxStream<'static, Stale> {
        let Some(client) = &self.nats else {
            return futures_util::stream::pending().boxed();
        };
        match client.subscribe(stale::SUBJECT).await {
            Ok(messages) => {
                let instance = Arc::clone(&self.instance);
                messages
                    .filter_map(move |message| {
                        let stale = Stale::decode(&message.payload, &instance);
                        async move { stale }
                    })
                    .boxed()
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot subscribe to the page invalidations on NATS; other instances' changes arrive with the poll only");
                futures_util::stream::pending().boxed()
            }
        }
    }
}

/// How long a process that is no instance (`convene import`) tries to reach NATS.
const ONE_MESSAGE_WAIT: Duration = Duration::from_secs(5);

/// Tells the running instances that pages went stale, from a process that is not one of
/// them (`convene import`): connects to NATS at `url` for this one message, and returns once
/// the server has it. An error says NATS could not be reached; the instances' poll then
/// brings the change.
pub async fn tell_stale_once(url: &str, stale: &Stale) -> anyhow::Result<()> {
    let send = async {
        let client = async_nats::ConnectOptions::new()
            .name("convene-cli")
            .connect(url)
            .await?;
        client
            .publish(stale::SUBJECT, stale.encode(&instance_name()).into())
            .await?;
        // The message is in the server's hands before the process exits.
        client.flush().await?;
        anyhow::Ok(())
    };
    match tokio::time::timeout(ONE_MESSAGE_WAIT, send).await {
        Ok(sent) => sent,
        Err(_) => anyhow::bail!("NATS did not answer within {ONE_MESSAGE_WAIT:?}"),
    }
}

fn instance_name() -> String {
    hex::encode(rand::random::<[u8; 8]>())
}
