//! The relay an SMTP URL names: host, port, how the connection is secured, the EHLO name and
//! the credentials. Read exactly as lettre's `AsyncSmtpTransport::from_url` reads it, so a
//! URL that worked before still means the same thing.

use lettre::transport::smtp::Error;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, CertificateStore, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::transport::smtp::{SMTP_PORT, SUBMISSION_PORT, SUBMISSIONS_PORT};
use std::time::Duration;

/// How long one attempt to open a TCP connection to one of the relay's addresses may take
/// (lettre's default; it bounds the TCP connect only, as lettre's did).
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(60);

/// How the connection to the relay is secured.
#[derive(Clone)]
pub enum Security {
    /// `smtp://host`: plain text, no TLS.
    Plain,
    /// `smtp://host?tls=required` (STARTTLS or fail) or `?tls=opportunistic` (STARTTLS when
    /// the relay offers it).
    StartTls {
        /// The certificate check.
        tls: TlsParameters,
        /// Whether a relay without STARTTLS is an error (`required`) or spoken to in plain
        /// text (`opportunistic`).
        required: bool,
    },
    /// `smtps://host`: TLS from the first byte (implicit TLS, port 465).
    Implicit(TlsParameters),
}

impl std::fmt::Debug for Security {
    // lettre's TLS parameters have no Debug of their own.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Security::Plain => "plain",
            Security::StartTls { required: true, .. } => "STARTTLS required",
            Security::StartTls {
                required: false, ..
            } => "STARTTLS when offered",
            Security::Implicit(_) => "implicit TLS",
        })
    }
}

/// Everything needed to open a connection to the relay and sign in.
#[derive(Clone)]
pub struct RelaySettings {
    /// The relay's host name (or address), also the name its certificate must carry.
    pub host: String,
    /// The relay's port.
    pub port: u16,
    /// Plain, STARTTLS or implicit TLS.
    pub security: Security,
    /// The name Convene gives in EHLO: the URL's path, else this machine's host name.
    pub hello: ClientId,
    /// The user and password of the URL, if it has a password.
    pub credentials: Option<Credentials>,
}

impl std::fmt::Debug for RelaySettings {
    // Never prints the credentials.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RelaySettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("hello", &self.hello)
            .field("credentials", &self.credentials.as_ref().map(|_| "…"))
            .finish()
    }
}

impl RelaySettings {
    /// Reads `smtp://[user:password@]host[:port][/ehlo-name][?tls=required|opportunistic]` or
    /// `smtps://…` (the ports default to 25, 587 with `tls=…`, and 465).
    pub fn from_url(url: &str) -> Result<Self, String> {
        let url = url::Url::parse(url).map_err(|e| e.to_string())?;
        let host = url.host_str().ok_or("the URL names no host")?.to_owned();
        let tls_query = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let tls = || TlsParameters::new(host.clone()).map_err(|e| e.to_string());
        let (security, default_port) = match (url.scheme(), tls_query.as_deref()) {
            ("smtp", None) => (Security::Plain, SMTP_PORT),
            ("smtp", Some(mode @ ("required" | "opportunistic"))) => (
                Security::StartTls {
                    tls: tls()?,
                    required: mode == "required",
                },
                SUBMISSION_PORT,
            ),
            ("smtps", _) => (Security::Implicit(tls()?), SUBMISSIONS_PORT),
            (scheme, tls) => {
                return Err(format!(
                    "unknown scheme '{scheme}' or tls parameter {tls:?}: use smtp://, \
                     smtp://…?tls=required, smtp://…?tls=opportunistic or smtps://"
                ));
            }
        };
        let hello = match url.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_owned()),
        };
        let credentials = match url.password() {
            Some(password) => Some(Credentials::new(
                percent_decoded(url.username())?,
                percent_decoded(password)?,
            )),
            None => None,
        };
        Ok(Self {
            port: url.port().unwrap_or(default_port),
            host,
            security,
            hello,
            credentials,
        })
    }

    /// The same relay, its certificate checked against `root` alone instead of the public
    /// roots: a relay whose certificate a private CA signs (the tests' relays).
    pub fn trusting_only(mut self, root: Certificate) -> Result<Self, Error> {
        let tls = TlsParameters::builder(self.host.clone())
            .certificate_store(CertificateStore::None)
            .add_root_certificate(root)
            .build()?;
        self.security = match self.security {
            Security::Plain => Security::Plain,
            Security::StartTls { required, .. } => Security::StartTls { tls, required },
            Security::Implicit(_) => Security::Implicit(tls),
        };
        Ok(self)
    }
}

fn percent_decoded(s: &str) -> Result<String, String> {
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .map(std::borrow::Cow::into_owned)
        .map_err(|e| format!("the user or password is not UTF-8: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(url: &str) -> RelaySettings {
        RelaySettings::from_url(url).expect("valid")
    }

    #[test]
    fn each_scheme_reads_as_lettre_reads_it() {
        let plain = read("smtp://127.0.0.1:2525");
        assert_eq!((plain.host.as_str(), plain.port), ("127.0.0.1", 2525));
        assert!(matches!(plain.security, Security::Plain));
        assert!(plain.credentials.is_none());
        assert_eq!(read("smtp://relay.example.org").port, 25);

        let required = read("smtp://relay.example.org?tls=required");
        assert_eq!(required.port, 587);
        assert!(matches!(
            required.security,
            Security::StartTls { required: true, .. }
        ));
        let opportunistic = read("smtp://relay.example.org:2587?tls=opportunistic");
        assert_eq!(opportunistic.port, 2587);
        assert!(matches!(
            opportunistic.security,
            Security::StartTls {
                required: false,
                ..
            }
        ));

        let implicit = read("smtps://relay.example.org");
        assert_eq!(implicit.port, 465);
        assert!(matches!(implicit.security, Security::Implicit(_)));
    }

    #[test]
    fn credentials_are_percent_decoded_and_the_path_is_the_ehlo_name() {
        let settings =
            read("smtps://mail%40example.org:p%40ss%2Fw@relay.example.org/conf.example.org");
        assert_eq!(
            settings.credentials,
            Some(Credentials::new(
                "mail@example.org".to_owned(),
                "p@ss/w".to_owned()
            ))
        );
        assert_eq!(
            settings.hello,
            ClientId::Domain("conf.example.org".to_owned())
        );
        assert!(
            !format!("{settings:?}").contains("p@ss"),
            "the password never shows"
        );
        // A user without a password signs in as nobody, as with lettre.
        assert!(
            read("smtp://someone@relay.example.org")
                .credentials
                .is_none()
        );
    }

    #[test]
    fn an_unknown_scheme_or_tls_mode_is_refused_with_the_ones_that_work() {
        for url in [
            "http://relay.example.org",
            "smtp://relay.example.org?tls=maybe",
            "smtp:///nohost",
        ] {
            assert!(RelaySettings::from_url(url).is_err(), "{url}");
        }
        let err = RelaySettings::from_url("smtp://relay.example.org?tls=always").expect_err("bad");
        assert!(err.contains("tls=required"), "{err}");
    }
}
