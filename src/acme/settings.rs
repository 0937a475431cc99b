//! The built-in HTTPS settings: the `[https]` table of the configuration file and its
//! `CONVENE_HTTPS_*` variables, merged like the rest of the configuration. Without a
//! `domain` the server speaks plain HTTP only (behind a proxy, or on a laptop).

use crate::domain::{EmailAddress, HostName};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Where certificates come from: an ACME CA's directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AcmeDirectory {
    /// Let's Encrypt (the default).
    LetsEncrypt,
    /// Let's Encrypt's staging CA: generous limits, certificates no browser trusts; for a
    /// first try of a new set-up.
    LetsEncryptStaging,
    /// Any other ACME CA, by its directory's `https://` address.
    Url(String),
}

impl AcmeDirectory {
    /// The directory's address.
    pub fn url(&self) -> &str {
        match self {
            Self::LetsEncrypt => instant_acme::LetsEncrypt::Production.url(),
            Self::LetsEncryptStaging => instant_acme::LetsEncrypt::Staging.url(),
            Self::Url(url) => url,
        }
    }

    /// How the setting is written: a name or the address.
    pub fn as_setting(&self) -> &str {
        match self {
            Self::LetsEncrypt => "letsencrypt",
            Self::LetsEncryptStaging => "letsencrypt-staging",
            Self::Url(url) => url,
        }
    }
}

impl std::str::FromStr for AcmeDirectory {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "letsencrypt" => Ok(Self::LetsEncrypt),
            "letsencrypt-staging" => Ok(Self::LetsEncryptStaging),
            url if url.starts_with("https://") && url::Url::parse(url).is_ok() => {
                Ok(Self::Url(url.to_owned()))
            }
            other => Err(format!(
                "{other:?}: use letsencrypt, letsencrypt-staging or the https:// address of an \
                 ACME directory"
            )),
        }
    }
}

impl<'de> Deserialize<'de> for AcmeDirectory {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// How the server obtains certificates and serves HTTPS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpsSettings {
    /// The name certificates are obtained for; unset: no HTTPS of our own.
    pub domain: Option<HostName>,
    /// Where HTTPS is served (the top-level `listen` then serves plain HTTP: the CA's
    /// challenges and a redirect to HTTPS for everything else).
    pub listen: SocketAddr,
    /// The ACME CA.
    pub acme_directory: AcmeDirectory,
    /// An address the CA may write to about the account (optional).
    pub acme_contact: Option<EmailAddress>,
    /// A PEM file of root certificates trusted *instead of the system's* for the ACME
    /// directory's own HTTPS: only for a test CA such as Pebble. Unset: the system's roots.
    pub acme_ca_root: Option<PathBuf>,
    /// How long a client may take to complete the TLS handshake.
    pub handshake_timeout: Duration,
    /// `max-age` of the `Strict-Transport-Security` header on every HTTPS answer.
    pub hsts_max_age: Duration,
}

impl Default for HttpsSettings {
    fn default() -> Self {
        Self {
            domain: None,
            listen: SocketAddr::from((std::net::Ipv6Addr::UNSPECIFIED, 443)),
            acme_directory: AcmeDirectory::LetsEncrypt,
            acme_contact: None,
            acme_ca_root: None,
            handshake_timeout: Duration::from_secs(10),
            // A year: browsers then never try plain HTTP for the site first.
            hsts_max_age: Duration::from_secs(365 * 24 * 3600),
        }
    }
}

/// The values a layer may set (`[https]` in the file); every field optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpsLayer {
    pub domain: Option<HostName>,
    pub listen: Option<SocketAddr>,
    pub acme_directory: Option<AcmeDirectory>,
    pub acme_contact: Option<EmailAddress>,
    pub acme_ca_root: Option<PathBuf>,
    pub handshake_timeout_seconds: Option<u32>,
    pub hsts_max_age_seconds: Option<u32>,
}

/// A variable that does not hold a valid value: its name and what to write instead.
#[derive(Debug)]
pub struct EnvError {
    pub name: &'static str,
    pub reason: String,
}

impl HttpsSettings {
    /// Applies the values a layer sets.
    pub fn apply(&mut self, layer: HttpsLayer) {
        if let Some(v) = layer.domain {
            self.domain = Some(v);
        }
        if let Some(v) = layer.listen {
            self.listen = v;
        }
        if let Some(v) = layer.acme_directory {
            self.acme_directory = v;
        }
        if let Some(v) = layer.acme_contact {
            self.acme_contact = Some(v);
        }
        if let Some(v) = layer.acme_ca_root {
            self.acme_ca_root = Some(v);
        }
        if let Some(v) = layer.handshake_timeout_seconds {
            // At least a second: zero would close every connection at once.
            self.handshake_timeout = Duration::from_secs(u64::from(v.max(1)));
        }
        if let Some(v) = layer.hsts_max_age_seconds {
            self.hsts_max_age = Duration::from_secs(u64::from(v));
        }
    }

    /// The site's address when served here: `https://domain`, with the port unless 443.
    pub fn public_url(&self) -> Option<String> {
        let domain = self.domain.as_ref()?;
        Some(match self.listen.port() {
            443 => format!("https://{domain}"),
            port => format!("https://{domain}:{port}"),
        })
    }

    /// The settings as the `[https]` table of a configuration file.
    pub fn to_toml(&self) -> String {
        let quote = |s: &str| toml::Value::String(s.to_owned()).to_string();
        let mut out = String::from("[https]\n");
        match &self.domain {
            Some(domain) => out.push_str(&format!("domain = {}\n", quote(domain.as_str()))),
            None => out.push_str("# domain unset: plain HTTP only (behind a proxy)\n"),
        }
        out.push_str(&format!("listen = {}\n", quote(&self.listen.to_string())));
        out.push_str(&format!(
            "acme_directory = {}\n",
            quote(self.acme_directory.as_setting())
        ));
        if let Some(contact) = &self.acme_contact {
            out.push_str(&format!("acme_contact = {}\n", quote(contact.as_str())));
        }
        if let Some(root) = &self.acme_ca_root {
            out.push_str(&format!(
                "acme_ca_root = {}\n",
                quote(&root.display().to_string())
            ));
        }
        out.push_str(&format!(
            "handshake_timeout_seconds = {}\nhsts_max_age_seconds = {}\n",
            self.handshake_timeout.as_secs(),
            self.hsts_max_age.as_secs()
        ));
        out
    }
}

impl HttpsLayer {
    /// `CONVENE_HTTPS_DOMAIN`, `CONVENE_HTTPS_LISTEN`, `CONVENE_HTTPS_ACME_DIRECTORY`,
    /// `CONVENE_HTTPS_ACME_CONTACT`, `CONVENE_HTTPS_ACME_CA_ROOT`,
    /// `CONVENE_HTTPS_HANDSHAKE_TIMEOUT_SECONDS`, `CONVENE_HTTPS_HSTS_MAX_AGE_SECONDS`.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Result<Self, EnvError> {
        fn parsed<T: std::str::FromStr>(
            var: &impl Fn(&str) -> Option<String>,
            name: &'static str,
            hint: &str,
        ) -> Result<Option<T>, EnvError>
        where
            T::Err: std::fmt::Display,
        {
            var(name)
                .map(|v| {
                    v.trim().parse().map_err(|e| EnvError {
                        name,
                        reason: format!("{e}{hint}"),
                    })
                })
                .transpose()
        }
        Ok(Self {
            domain: parsed(&var, "CONVENE_HTTPS_DOMAIN", "")?,
            listen: parsed(
                &var,
                "CONVENE_HTTPS_LISTEN",
                "; use an address such as [::]:443",
            )?,
            acme_directory: parsed(&var, "CONVENE_HTTPS_ACME_DIRECTORY", "")?,
            acme_contact: parsed(&var, "CONVENE_HTTPS_ACME_CONTACT", "")?,
            acme_ca_root: var("CONVENE_HTTPS_ACME_CA_ROOT").map(PathBuf::from),
            handshake_timeout_seconds: parsed(
                &var,
                "CONVENE_HTTPS_HANDSHAKE_TIMEOUT_SECONDS",
                "; use a whole number",
            )?,
            hsts_max_age_seconds: parsed(
                &var,
                "CONVENE_HTTPS_HSTS_MAX_AGE_SECONDS",
                "; use a whole number",
            )?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_back_as_the_same_settings() -> Result<(), Box<dyn std::error::Error>> {
        let settings = HttpsSettings {
            domain: Some("conf.example.org".parse()?),
            listen: "0.0.0.0:8443".parse()?,
            acme_directory: "https://127.0.0.1:14000/dir".parse()?,
            acme_contact: Some("admin@example.org".parse()?),
            acme_ca_root: Some(PathBuf::from("/etc/convene/test-ca.pem")),
            handshake_timeout: Duration::from_secs(5),
            hsts_max_age: Duration::from_secs(600),
        };
        #[derive(Deserialize)]
        struct File {
            https: HttpsLayer,
        }
        let file: File = toml::from_str(&settings.to_toml())?;
        let mut read = HttpsSettings::default();
        read.apply(file.https);
        assert_eq!(read, settings);
        assert_eq!(
            read.public_url().as_deref(),
            Some("https://conf.example.org:8443")
        );
        Ok(())
    }

    #[test]
    fn without_a_domain_there_is_no_https_address() {
        let settings = HttpsSettings::default();
        assert_eq!(settings.public_url(), None);
        assert!(settings.to_toml().contains("# domain unset"));
        assert_eq!(
            settings.acme_directory.url(),
            "https://acme-v02.api.letsencrypt.org/directory"
        );
    }

    #[test]
    fn a_plain_http_directory_and_a_bad_domain_are_refused_by_name() {
        assert!("http://acme.example/dir".parse::<AcmeDirectory>().is_err());
        assert_eq!(
            "letsencrypt-staging".parse::<AcmeDirectory>(),
            Ok(AcmeDirectory::LetsEncryptStaging)
        );
        let err = HttpsLayer::from_env(|name| {
            (name == "CONVENE_HTTPS_DOMAIN").then(|| "192.0.2.1".to_owned())
        })
        .err()
        .map(|e| e.name);
        assert_eq!(err, Some("CONVENE_HTTPS_DOMAIN"));
    }
}
