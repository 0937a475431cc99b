//! Configuration layers: what the file, the environment and the flags may set, and how a
//! layer is merged over the ones below it.

use super::{Config, ConfigError, LogFormat};
use secrecy::SecretString;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

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
    pub mail_per_second: Option<u32>,
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

impl Config {
    /// Lays `layer` over what is set so far: what it sets wins.
    pub(super) fn apply(&mut self, layer: Layer) {
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
        if let Some(v) = layer.mail_per_second {
            self.mail_per_second = v;
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
}

impl Layer {
    pub(super) fn from_file(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        toml::from_str(&text).map_err(|source| ConfigError::Parse {
            path: path.to_owned(),
            source,
        })
    }

    pub(super) fn from_env() -> Result<Self, ConfigError> {
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
            mail_per_second: match var("CONVENE_MAIL_PER_SECOND") {
                Some(v) => Some(v.parse().map_err(|_| ConfigError::Env {
                    name: "CONVENE_MAIL_PER_SECOND",
                    reason: "use a whole number of messages a second (0: no limit)".to_owned(),
                })?),
                None => None,
            },
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
