//! The server's connection settings: the `[server]` table of the configuration file and its
//! `CONVENE_*` variables, merged like the rest of [`crate::config`].

use serde::Deserialize;
use std::time::Duration;

/// How connections are admitted, timed and ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerSettings {
    /// How long a client may take to send a complete request head, counted from when the
    /// connection opens or its previous answer ended (so also how long an idle keep-alive
    /// connection stays open).
    pub header_timeout: Duration,
    /// How long a request in progress may go without a byte moving either way (a stalled
    /// upload, a client that stops reading) before its connection is closed. Event streams
    /// (the hall's updates) are exempt.
    pub idle_timeout: Duration,
    /// Open connections at most, in total (lowered at start to what the process may open).
    pub max_connections: u32,
    /// Open connections at most per client network (an IPv4 address or an IPv6 /64); 0: no
    /// cap (behind a reverse proxy every connection comes from the proxy).
    pub max_connections_per_address: u32,
    /// How long in-flight requests may finish after a shutdown signal before they are dropped.
    pub shutdown_grace: Duration,
    /// How often the content revision is read from the database: how late a content change
    /// reaches this instance when no NATS message announced it (an instance without NATS, a
    /// message lost while NATS was down).
    pub content_poll: Duration,
}

impl Default for ServerSettings {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            max_connections: 10_000,
            // Generous: a conference room or an office behind one NAT shares an address, and
            // each of its browsers holds up to six connections plus a hall stream.
            max_connections_per_address: 256,
            shutdown_grace: Duration::from_secs(10),
            content_poll: Duration::from_secs(2),
        }
    }
}

/// The values a layer may set (`[server]` in the file); every field optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerLayer {
    pub header_timeout_seconds: Option<u32>,
    pub idle_timeout_seconds: Option<u32>,
    pub max_connections: Option<u32>,
    pub max_connections_per_address: Option<u32>,
    pub shutdown_grace_seconds: Option<u32>,
    pub content_poll_seconds: Option<u32>,
}

/// Timeouts are at least a second: zero would close every connection at once.
fn seconds(value: u32) -> Duration {
    Duration::from_secs(u64::from(value.max(1)))
}

impl ServerSettings {
    /// Applies the values a layer sets.
    pub fn apply(&mut self, layer: ServerLayer) {
        if let Some(v) = layer.header_timeout_seconds {
            self.header_timeout = seconds(v);
        }
        if let Some(v) = layer.idle_timeout_seconds {
            self.idle_timeout = seconds(v);
        }
        if let Some(v) = layer.max_connections {
            self.max_connections = v.max(1);
        }
        if let Some(v) = layer.max_connections_per_address {
            self.max_connections_per_address = v;
        }
        if let Some(v) = layer.shutdown_grace_seconds {
            self.shutdown_grace = Duration::from_secs(u64::from(v));
        }
        if let Some(v) = layer.content_poll_seconds {
            self.content_poll = seconds(v);
        }
    }

    /// The settings as the `[server]` table of a configuration file.
    pub fn to_toml(&self) -> String {
        format!(
            "[server]\nheader_timeout_seconds = {}\nidle_timeout_seconds = {}\n\
             max_connections = {}\nmax_connections_per_address = {}\n\
             shutdown_grace_seconds = {}\ncontent_poll_seconds = {}\n",
            self.header_timeout.as_secs(),
            self.idle_timeout.as_secs(),
            self.max_connections,
            self.max_connections_per_address,
            self.shutdown_grace.as_secs(),
            self.content_poll.as_secs(),
        )
    }
}

impl ServerLayer {
    /// `CONVENE_HEADER_TIMEOUT_SECONDS`, `CONVENE_IDLE_TIMEOUT_SECONDS`,
    /// `CONVENE_MAX_CONNECTIONS`, `CONVENE_MAX_CONNECTIONS_PER_ADDRESS`,
    /// `CONVENE_SHUTDOWN_GRACE_SECONDS`, `CONVENE_CONTENT_POLL_SECONDS`.
    pub fn from_env(
        var: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, crate::config::ConfigError> {
        let number = |name: &'static str| -> Result<Option<u32>, crate::config::ConfigError> {
            var(name)
                .map(|v| {
                    v.trim()
                        .parse()
                        .map_err(|_| crate::config::ConfigError::Env {
                            name,
                            reason: "use a whole number".to_owned(),
                        })
                })
                .transpose()
        };
        Ok(Self {
            header_timeout_seconds: number("CONVENE_HEADER_TIMEOUT_SECONDS")?,
            idle_timeout_seconds: number("CONVENE_IDLE_TIMEOUT_SECONDS")?,
            max_connections: number("CONVENE_MAX_CONNECTIONS")?,
            max_connections_per_address: number("CONVENE_MAX_CONNECTIONS_PER_ADDRESS")?,
            shutdown_grace_seconds: number("CONVENE_SHUTDOWN_GRACE_SECONDS")?,
            content_poll_seconds: number("CONVENE_CONTENT_POLL_SECONDS")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_layer_overrides_only_what_it_sets_and_timeouts_stay_positive() {
        let mut settings = ServerSettings::default();
        settings.apply(ServerLayer {
            header_timeout_seconds: Some(0),
            max_connections_per_address: Some(0),
            ..ServerLayer::default()
        });
        assert_eq!(settings.header_timeout, Duration::from_secs(1));
        assert_eq!(settings.max_connections_per_address, 0);
        assert_eq!(
            settings.idle_timeout,
            ServerSettings::default().idle_timeout
        );
    }

    #[test]
    fn the_table_reads_back_as_the_same_settings() -> Result<(), toml::de::Error> {
        let settings = ServerSettings {
            header_timeout: Duration::from_secs(7),
            idle_timeout: Duration::from_secs(30),
            max_connections: 500,
            max_connections_per_address: 20,
            shutdown_grace: Duration::from_secs(3),
            content_poll: Duration::from_secs(600),
        };
        #[derive(Deserialize)]
        struct File {
            server: ServerLayer,
        }
        let file: File = toml::from_str(&settings.to_toml())?;
        let mut read = ServerSettings::default();
        read.apply(file.server);
        assert_eq!(read, settings);
        Ok(())
    }

    #[test]
    fn a_bad_variable_is_named() {
        let err = ServerLayer::from_env(|name| {
            (name == "CONVENE_MAX_CONNECTIONS").then(|| "many".to_owned())
        })
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(err.contains("CONVENE_MAX_CONNECTIONS"), "{err}");
    }
}
