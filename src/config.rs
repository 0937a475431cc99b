//! Layered, typed configuration (STYLE.md §8).
//!
//! Defaults in the binary, then a TOML file (`--config FILE`, else `<data-dir>/convene.toml`
//! if present), then `CONVENE_*` environment variables, then command-line flags. Secrets are
//! `SecretString`s; `convene config` prints the effective configuration with them redacted.

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

/// The values a layer may set; every field optional so layers can be merged.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    pub listen: Option<SocketAddr>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<SecretString>,
    pub public_url: Option<String>,
    pub log: Option<String>,
    pub log_format: Option<LogFormat>,
    pub smtp_url: Option<SecretString>,
    pub mail_from: Option<String>,
    pub secret_key: Option<SecretString>,
    pub confirm_link_hours: Option<u32>,
    pub offer_hours: Option<u32>,
    pub form_limit_per_ip: Option<u32>,
    pub require_totp: Option<bool>,
    pub nats_url: Option<String>,
    pub clock_start: Option<jiff::Timestamp>,
    pub media_s3_bucket: Option<String>,
    pub media_s3_region: Option<String>,
    pub media_s3_endpoint: Option<String>,
    pub media_s3_access_key: Option<String>,
    pub media_s3_secret_key: Option<SecretString>,
    pub metrics_token: Option<SecretString>,
    pub trusted_proxies: Option<crate::domain::TrustedProxies>,
    #[serde(default)]
    pub server: crate::serve::ServerLayer,
    #[serde(default)]
    pub https: crate::acme::HttpsLayer,
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

    fn apply(&mut self, layer: Layer) {
        if let Some(v) = layer.listen {
            self.listen = v;
        }
        if let Some(v) = layer.data_dir {
            self.data_dir = v;
        }
        if let Some(v) = layer.database_url {
            self.database_url = Some(v);
        }
        if let Some(v) = layer.public_url {
            self.public_url = Some(v);
        }
        if let Some(v) = layer.log {
            self.log = v;
        }
        if let Some(v) = layer.log_format {
            self.log_format = v;
        }
        if let Some(v) = layer.smtp_url {
            self.smtp_url = Some(v);
        }
        if let Some(v) = layer.mail_from {
            self.mail_from = v;
        }
        if let Some(v) = layer.secret_key {
            self.secret_key = Some(v);
        }
        if let Some(v) = layer.confirm_link_hours {
            self.confirm_link_hours = v;
        }
        if let Some(v) = layer.offer_hours {
            self.offer_hours = v;
        }
        if let Some(v) = layer.form_limit_per_ip {
            self.form_limit_per_ip = v;
        }
        if let Some(v) = layer.require_totp {
            self.require_totp = v;
        }
        if let Some(v) = layer.nats_url {
            self.nats_url = Some(v);
        }
        if let Some(v) = layer.clock_start {
            self.clock_start = Some(v);
        }
        if let Some(v) = layer.media_s3_bucket {
            self.media_s3_bucket = Some(v);
        }
        if let Some(v) = layer.media_s3_region {
            self.media_s3_region = v;
        }
        if let Some(v) = layer.media_s3_endpoint {
            self.media_s3_endpoint = Some(v);
        }
        if let Some(v) = layer.media_s3_access_key {
            self.media_s3_access_key = Some(v);
        }
        if let Some(v) = layer.media_s3_secret_key {
            self.media_s3_secret_key = Some(v);
        }
        if let Some(v) = layer.metrics_token {
            self.metrics_token = Some(v);
        }
        if let Some(v) = layer.trusted_proxies {
            self.trusted_proxies = v;
        }
        self.server.apply(layer.server);
        self.https.apply(layer.https);
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

    /// The configuration as TOML, with secrets redacted.
    pub fn redacted_toml(&self) -> String {
        let quote = |s: &str| toml::Value::String(s.to_owned()).to_string();
        let mut out = String::new();
        out.push_str(&format!("listen = {}\n", quote(&self.listen.to_string())));
        out.push_str(&format!(
            "data_dir = {}\n",
            quote(&self.data_dir.display().to_string())
        ));
        match &self.database_url {
            Some(url) => out.push_str(&format!(
                "database_url = {}\n",
                quote(&redact_url(url.expose_secret()))
            )),
            None => out.push_str(&format!(
                "# database_url unset: SQLite at {}\n",
                self.data_dir.join("convene.db").display()
            )),
        }
        if let Some(url) = &self.public_url {
            out.push_str(&format!("public_url = {}\n", quote(url)));
        }
        out.push_str(&format!("log = {}\n", quote(&self.log)));
        out.push_str(match self.log_format {
            LogFormat::Text => "log_format = \"text\"\n",
            LogFormat::Json => "log_format = \"json\"\n",
        });
        match &self.smtp_url {
            Some(url) => out.push_str(&format!(
                "smtp_url = {}\n",
                quote(&redact_url(url.expose_secret()))
            )),
            None => out.push_str(&format!(
                "# smtp_url unset: mail is written to {}\n",
                self.data_dir.join("mail").display()
            )),
        }
        out.push_str(&format!("mail_from = {}\n", quote(&self.mail_from)));
        out.push_str(match self.secret_key {
            Some(_) => "secret_key = \"[redacted]\"\n",
            None => "# secret_key unset: kept in <data_dir>/secret.key\n",
        });
        out.push_str(&format!(
            "confirm_link_hours = {}\n",
            self.confirm_link_hours
        ));
        out.push_str(&format!("offer_hours = {}\n", self.offer_hours));
        out.push_str(&format!("form_limit_per_ip = {}\n", self.form_limit_per_ip));
        out.push_str(&format!("require_totp = {}\n", self.require_totp));
        match &self.nats_url {
            Some(url) => out.push_str(&format!("nats_url = {}\n", quote(&redact_url(url)))),
            None => out.push_str("# nats_url unset: the hall fans out in this process only\n"),
        }
        match &self.media_s3_bucket {
            Some(bucket) => {
                out.push_str(&format!("media_s3_bucket = {}\n", quote(bucket)));
                out.push_str(&format!(
                    "media_s3_region = {}\n",
                    quote(&self.media_s3_region)
                ));
                if let Some(endpoint) = &self.media_s3_endpoint {
                    out.push_str(&format!("media_s3_endpoint = {}\n", quote(endpoint)));
                }
                if let Some(key) = &self.media_s3_access_key {
                    out.push_str(&format!("media_s3_access_key = {}\n", quote(key)));
                }
                if self.media_s3_secret_key.is_some() {
                    out.push_str("media_s3_secret_key = \"[redacted]\"\n");
                }
            }
            None => out.push_str("# media_s3_bucket unset: uploads are kept in the media folder\n"),
        }
        out.push_str(match self.metrics_token {
            Some(_) => "metrics_token = \"[redacted]\"\n",
            None => "# metrics_token unset: /metrics is not served\n",
        });
        out.push_str(&format!(
            "trusted_proxies = {}\n",
            self.trusted_proxies.to_toml()
        ));
        if let Some(at) = self.clock_start {
            out.push_str(&format!("clock_start = {}\n", quote(&at.to_string())));
        }
        // A table: it must come after every top-level key.
        out.push_str(&self.server.to_toml());
        out.push_str(&self.https.to_toml());
        out
    }
}

impl Layer {
    fn from_file(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        toml::from_str(&text).map_err(|source| ConfigError::Parse {
            path: path.to_owned(),
            source,
        })
    }

    fn from_env() -> Result<Self, ConfigError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let listen = match var("CONVENE_LISTEN") {
            Some(v) => Some(
                v.parse()
                    .map_err(|e: std::net::AddrParseError| ConfigError::Env {
                        name: "CONVENE_LISTEN",
                        reason: format!("{e}; use an address such as 127.0.0.1:8080"),
                    })?,
            ),
            None => None,
        };
        Ok(Layer {
            listen,
            data_dir: var("CONVENE_DATA_DIR").map(PathBuf::from),
            database_url: var("CONVENE_DATABASE_URL").map(SecretString::from),
            public_url: var("CONVENE_PUBLIC_URL"),
            log: var("CONVENE_LOG"),
            log_format: match var("CONVENE_LOG_FORMAT").as_deref() {
                Some("json") => Some(LogFormat::Json),
                Some("text") => Some(LogFormat::Text),
                Some(_) => {
                    return Err(ConfigError::Env {
                        name: "CONVENE_LOG_FORMAT",
                        reason: "use text or json".to_owned(),
                    });
                }
                None => None,
            },
            smtp_url: var("CONVENE_SMTP_URL").map(SecretString::from),
            mail_from: var("CONVENE_MAIL_FROM"),
            secret_key: var("CONVENE_SECRET_KEY").map(SecretString::from),
            confirm_link_hours: None,
            offer_hours: None,
            form_limit_per_ip: match var("CONVENE_FORM_LIMIT_PER_IP") {
                Some(v) => Some(v.parse().map_err(|_| ConfigError::Env {
                    name: "CONVENE_FORM_LIMIT_PER_IP",
                    reason: "use a whole number".to_owned(),
                })?),
                None => None,
            },
            require_totp: match var("CONVENE_REQUIRE_TOTP").as_deref() {
                Some("1" | "true" | "yes") => Some(true),
                Some("0" | "false" | "no") => Some(false),
                Some(_) => {
                    return Err(ConfigError::Env {
                        name: "CONVENE_REQUIRE_TOTP",
                        reason: "use true or false".to_owned(),
                    });
                }
                None => None,
            },
            nats_url: var("CONVENE_NATS_URL"),
            media_s3_bucket: var("CONVENE_MEDIA_S3_BUCKET"),
            media_s3_region: var("CONVENE_MEDIA_S3_REGION"),
            media_s3_endpoint: var("CONVENE_MEDIA_S3_ENDPOINT"),
            media_s3_access_key: var("CONVENE_MEDIA_S3_ACCESS_KEY"),
            media_s3_secret_key: var("CONVENE_MEDIA_S3_SECRET_KEY").map(SecretString::from),
            clock_start: match var("CONVENE_CLOCK_START") {
                Some(v) => Some(v.parse().map_err(|e| ConfigError::Env {
                    name: "CONVENE_CLOCK_START",
                    reason: format!("{e}; use an instant such as 2026-12-12T12:30:00Z"),
                })?),
                None => None,
            },
            metrics_token: var("CONVENE_METRICS_TOKEN").map(SecretString::from),
            trusted_proxies: match var("CONVENE_TRUSTED_PROXIES") {
                Some(v) => Some(crate::domain::TrustedProxies::parse(v.split(',')).map_err(
                    |reason| ConfigError::Env {
                        name: "CONVENE_TRUSTED_PROXIES",
                        reason,
                    },
                )?),
                None => None,
            },
            server: crate::serve::ServerLayer::from_env(var)?,
            https: crate::acme::HttpsLayer::from_env(var).map_err(|e| ConfigError::Env {
                name: e.name,
                reason: e.reason,
            })?,
        })
    }
}

/// Replaces the password in `scheme://user:password@host/…` with `***`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((userinfo, host)) = rest.rsplit_once('@') else {
        return url.to_owned();
    };
    match userinfo.split_once(':') {
        Some((user, _password)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_in_urls_are_redacted() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db:5432/convene"),
            "postgres://app:***@db:5432/convene"
        );
        assert_eq!(
            redact_url("postgres://app@db/convene"),
            "postgres://app@db/convene"
        );
        assert_eq!(redact_url("sqlite://x.db"), "sqlite://x.db");
    }

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
