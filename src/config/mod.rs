//! Layered, typed configuration (STYLE.md §8).
//!
//! Defaults in the binary, then a TOML file (`--config FILE`, else `<data-dir>/convene.toml`
//! if present), then `CONVENE_*` environment variables, then command-line flags. Secrets are
//! `SecretString`s; `convene config` prints the effective configuration with them redacted.
//!
//! `layer` reads the file and the environment and merges them; `show` prints the result.

mod layer;
mod show;

pub use layer::Layer;
pub use show::redact_url;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// The effective configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address the web server listens on (with the built-in HTTPS: its plain-HTTP side).
    pub listen: SocketAddr,
    /// Folder for the embedded database, media and mail.
    pub data_dir: PathBuf,
    /// `postgres://…` to use PostgreSQL; unset means SQLite in the data folder.
    pub database_url: Option<SecretString>,
    /// The public base URL (for absolute links in feeds and mail), e.g. `https://example.org`.
    pub public_url: Option<String>,
    /// Log filter in `tracing` syntax, e.g. `info,convene=debug`.
    pub log: String,
    /// `text` (default) or `json`: one JSON object per line, for a log collector.
    pub log_format: LogFormat,
    /// SMTP server for outgoing mail (`smtp://host:port`); unset: `.eml` files in the data folder.
    pub smtp_url: Option<SecretString>,
    /// The most messages a second this instance hands the SMTP relay (0: no limit), so a
    /// broadcast leaves the processor to the pages and stays within a relay's own limit.
    pub mail_per_second: u32,
    /// The sender of outgoing mail.
    pub mail_from: String,
    /// Key for signing links (at least 32 characters); unset: generated into the data folder.
    pub secret_key: Option<SecretString>,
    /// How long a confirmation link works, in hours.
    pub confirm_link_hours: u32,
    /// How long a freed place is held for the next person on the waitlist, in hours.
    pub offer_hours: u32,
    /// Form submissions allowed per client network (IPv4 address or IPv6 /64) per ten minutes.
    pub form_limit_per_ip: u32,
    /// Whether owners and moderators must use a second factor (TOTP) in the organisers' area.
    pub require_totp: bool,
    /// NATS server (`nats://host:4222`) through which several instances share the hall;
    /// unset: this process fans out by itself.
    pub nats_url: Option<String>,
    /// For rehearsals, demos and tests: the server's clock starts at this instant and runs
    /// on in real time (unset: the real time).
    pub clock_start: Option<jiff::Timestamp>,
    /// Uploads in an S3-compatible object store: its bucket (unset: the local media folder).
    pub media_s3_bucket: Option<String>,
    /// The store's region (default `us-east-1`).
    pub media_s3_region: String,
    /// The store's address, for anything but AWS itself (`http://127.0.0.1:9000`).
    pub media_s3_endpoint: Option<String>,
    /// The store's access key and secret (unset: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`).
    pub media_s3_access_key: Option<String>,
    pub media_s3_secret_key: Option<SecretString>,
    /// Reverse proxies whose `Forwarded`/`X-Forwarded-For` name the client (default none).
    pub trusted_proxies: crate::domain::TrustedProxies,
    /// Connection caps, timeouts and the shutdown grace (`[server]`; see `crate::serve`).
    pub server: crate::serve::ServerSettings,
    /// The built-in HTTPS (`[https]`; see `crate::acme`).
    pub https: crate::acme::HttpsSettings,
    /// Bearer token that opens `/metrics`; unset: `/metrics` is not routed.
    pub metrics_token: Option<SecretString>,
    /// The configuration file read, if any (`convene backup` keeps a copy of it).
    pub config_file: Option<PathBuf>,
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// For people: one readable line per event.
    #[default]
    Text,
    /// For log collectors: one JSON object per line.
    Json,
}

/// Why the configuration could not be assembled.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the configuration file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the configuration file {path} is not valid: {source}")]
    Parse {
        path: PathBuf,
        source: toml::de::Error,
    },
    #[error("environment variable {name} is not valid: {reason}")]
    Env { name: &'static str, reason: String },
}

impl Config {
    /// Merges the layers: defaults < file < environment < `flags`.
    pub fn load(
        config_file: Option<&Path>,
        flags: Layer,
        default_data_dir: &str,
    ) -> Result<Self, ConfigError> {
        let env = Layer::from_env()?;
        let data_dir_hint = flags.data_dir.clone().or_else(|| env.data_dir.clone());
        let file_path = config_file.map(Path::to_path_buf).or_else(|| {
            let candidate = data_dir_hint
                .clone()
                .unwrap_or_else(|| default_data_dir.into())
                .join("convene.toml");
            candidate.exists().then_some(candidate)
        });
        let file = match &file_path {
            Some(path) => Layer::from_file(path)?,
            None => Layer::default(),
        };
        let mut config = Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from(default_data_dir),
            database_url: None,
            public_url: None,
            log: "info".to_owned(),
            log_format: LogFormat::Text,
            smtp_url: None,
            mail_per_second: 200,
            mail_from: "Convene <noreply@convene.invalid>".to_owned(),
            secret_key: None,
            confirm_link_hours: 72,
            offer_hours: 48,
            form_limit_per_ip: 20,
            require_totp: false,
            nats_url: None,
            clock_start: None,
            media_s3_bucket: None,
            media_s3_region: "us-east-1".to_owned(),
            media_s3_endpoint: None,
            media_s3_access_key: None,
            media_s3_secret_key: None,
            trusted_proxies: crate::domain::TrustedProxies::default(),
            server: crate::serve::ServerSettings::default(),
            https: crate::acme::HttpsSettings::default(),
            metrics_token: None,
            config_file: file_path.clone(),
        };
        for layer in [file, env, flags] {
            config.apply(layer);
        }
        // Served over the built-in HTTPS, the site's address is that one unless set.
        if config.public_url.is_none() {
            config.public_url = config.https.public_url();
        }
        Ok(config)
    }

    /// The database to connect to: the configured URL, or SQLite in the data folder.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.expose_secret().to_owned(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("convene.db").display()
            ),
        }
    }

    /// Lifetimes of confirmation links and offers.
    pub fn lifetimes(&self) -> crate::registration::Lifetimes {
        crate::registration::Lifetimes {
            confirm_link: jiff::SignedDuration::from_hours(i64::from(self.confirm_link_hours)),
            offer: jiff::SignedDuration::from_hours(i64::from(self.offer_hours)),
            resend_after: jiff::SignedDuration::from_mins(10),
        }
    }

    /// The mail folder (the file transport's destination).
    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }

    /// The media folder.
    pub fn media_dir(&self) -> PathBuf {
        self.data_dir.join("media")
    }

    /// Where uploads are kept: the object store when one is configured, else the media folder.
    pub fn media_store(&self) -> anyhow::Result<crate::media::Media> {
        Ok(match &self.media_s3_bucket {
            Some(bucket) => crate::media::Media::S3(crate::media::S3Media::new(
                &crate::media::S3Settings {
                    bucket: bucket.clone(),
                    region: self.media_s3_region.clone(),
                    endpoint: self.media_s3_endpoint.clone(),
                    access_key: self.media_s3_access_key.clone(),
                    secret_key: self.media_s3_secret_key.clone(),
                },
                self.data_dir.join("staging"),
            )?),
            None => crate::media::Media::Local(crate::media::LocalMedia::new(self.media_dir())),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_override_the_file() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("convene.toml");
        std::fs::write(
            &file,
            "listen = \"127.0.0.1:9000\"\nlog = \"debug\"\ndatabase_url = \"postgres://u:pw@h/d\"\n",
        )?;
        let flags = Layer {
            listen: Some("127.0.0.1:9001".parse()?),
            ..Layer::default()
        };
        let config = Config::load(Some(&file), flags, "data")?;
        assert_eq!(config.listen.port(), 9001);
        assert_eq!(config.log, "debug");
        let shown = config.redacted_toml();
        assert!(shown.contains("postgres://u:***@h/d"));
        assert!(!shown.contains("pw"));
        Ok(())
    }

    #[test]
    fn trusted_proxies_come_from_the_file_and_a_bad_entry_is_named()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("convene.toml");
        std::fs::write(&file, "trusted_proxies = [\"127.0.0.1\", \"10.0.0.0/8\"]\n")?;
        let config = Config::load(Some(&file), Layer::default(), "data")?;
        assert!(config.trusted_proxies.contains("10.1.2.3".parse()?));
        assert!(!config.trusted_proxies.contains("192.0.2.1".parse()?));
        assert!(config.redacted_toml().contains("\"10.0.0.0/8\""));
        std::fs::write(&file, "trusted_proxies = [\"127.0.0.1\", \"proxy.lan\"]\n")?;
        let err = Config::load(Some(&file), Layer::default(), "data")
            .expect_err("a host name is refused")
            .to_string();
        assert!(err.contains("`proxy.lan`"), "{err}");
        Ok(())
    }
}
