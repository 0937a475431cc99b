//! The ACME side of the HTTPS tests: Pebble (Debian package `pebble`) with a TLS
//! certificate from a CA made here, `pebble-challtestsrv` as the DNS server that points the
//! test domain at 127.0.0.1, and HTTPS clients that trust only the roots they are given.

use crate::helpers::{Process, eventually, free_port};
use convene::acme::Certificate;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

pub const DOMAIN: &str = "conf.convene.test";
pub const WAIT: Duration = Duration::from_secs(60);

/// A CA of the test's own for Pebble's HTTPS (its directory and management API), and the
/// ports Pebble and its DNS server use.
pub struct Lab {
    dir: tempfile::TempDir,
    /// Our CA for Pebble's own listeners (the root Convene is told to trust).
    test_ca: String,
    acme_port: u16,
    management_port: u16,
    dns_port: u16,
    /// Where Convene answers challenges (Pebble's `httpPort`).
    pub http_port: u16,
}

impl Lab {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let ca_key = rcgen::KeyPair::generate().expect("key");
        let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).expect("params");
        ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca.key_usages = vec![
            rcgen::KeyUsagePurpose::KeyCertSign,
            rcgen::KeyUsagePurpose::CrlSign,
        ];
        ca.distinguished_name
            .push(rcgen::DnType::CommonName, "Convene test CA for Pebble");
        let ca_cert = ca.self_signed(&ca_key).expect("CA");
        let issuer = rcgen::Issuer::new(ca, ca_key);
        let key = rcgen::KeyPair::generate().expect("key");
        let served = rcgen::CertificateParams::new(vec!["localhost".into(), "127.0.0.1".into()])
            .expect("params")
            .signed_by(&key, &issuer)
            .expect("leaf");
        std::fs::write(dir.path().join("test-ca.pem"), ca_cert.pem()).expect("write");
        std::fs::write(dir.path().join("pebble.pem"), served.pem()).expect("write");
        std::fs::write(dir.path().join("pebble.key"), key.serialize_pem()).expect("write");
        let lab = Self {
            test_ca: ca_cert.pem(),
            acme_port: free_port(),
            management_port: free_port(),
            dns_port: free_port(),
            http_port: free_port(),
            dir,
        };
        let config = serde_json::json!({ "pebble": {
            "listenAddress": format!("127.0.0.1:{}", lab.acme_port),
            "managementListenAddress": format!("127.0.0.1:{}", lab.management_port),
            "certificate": lab.path("pebble.pem"),
            "privateKey": lab.path("pebble.key"),
            "httpPort": lab.http_port,
            "tlsPort": free_port(),
            "ocspResponderURL": "",
            "externalAccountBindingRequired": false,
            // Let's Encrypt's 90 days.
            "certificateValidityPeriod": 90 * 24 * 3600,
        }});
        std::fs::write(lab.path("pebble.json"), config.to_string()).expect("write");
        lab
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn directory(&self) -> String {
        format!("https://127.0.0.1:{}/dir", self.acme_port)
    }

    /// A client of Pebble's own HTTPS.
    fn pebble_client(&self) -> reqwest::Client {
        https_client(std::slice::from_ref(&self.test_ca), None)
    }

    /// The DNS server answering `DOMAIN` with 127.0.0.1 (and no IPv6 address).
    pub async fn start_dns(&self) -> Process {
        let management = free_port();
        let child = Command::new("pebble-challtestsrv")
            .args(["-dns01", &format!("127.0.0.1:{}", self.dns_port)])
            .args(["-management", &format!("127.0.0.1:{management}")])
            .args(["-http01", "", "-https01", "", "-tlsalpn01", ""])
            .args(["-defaultIPv4", "127.0.0.1", "-defaultIPv6", ""])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pebble-challtestsrv (Debian package pebble; run ./scripts/setup)");
        let process = Process(child);
        let client = reqwest::Client::new();
        let body = serde_json::json!({ "host": DOMAIN, "addresses": ["127.0.0.1"] });
        eventually("the DNS server takes a record", WAIT, || async {
            client
                .post(format!("http://127.0.0.1:{management}/add-a"))
                .json(&body)
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
        })
        .await;
        process
    }

    /// Pebble, until it serves its directory; each start has a new issuing root.
    pub async fn start_pebble(&self) -> Process {
        let log = std::fs::File::create(self.path("pebble.log")).expect("log");
        let child = Command::new("pebble")
            .args(["-config", &self.path("pebble.json").display().to_string()])
            .args(["-dnsserver", &format!("127.0.0.1:{}", self.dns_port)])
            // No artificial pauses, no refused nonces, and a fresh validation per order.
            .env("PEBBLE_VA_NOSLEEP", "1")
            .env("PEBBLE_WFE_NONCEREJECT", "0")
            .env("PEBBLE_AUTHZREUSE", "0")
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("pebble (Debian package pebble; run ./scripts/setup)");
        let process = Process(child);
        let client = self.pebble_client();
        eventually("Pebble serves its directory", WAIT, || async {
            client
                .get(self.directory())
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
        })
        .await;
        process
    }

    /// The root Pebble issues under (new at each start).
    pub async fn issuing_root(&self) -> String {
        self.pebble_client()
            .get(format!(
                "https://127.0.0.1:{}/roots/0",
                self.management_port
            ))
            .send()
            .await
            .expect("Pebble's management API")
            .text()
            .await
            .expect("root")
    }

    pub fn pebble_log(&self) -> String {
        std::fs::read_to_string(self.path("pebble.log")).unwrap_or_default()
    }
}

/// A client that trusts `roots` only; `https_port`: where `DOMAIN` is served.
pub fn https_client(roots: &[String], https_port: Option<u16>) -> reqwest::Client {
    let mut builder = reqwest::Client::builder()
        .use_rustls_tls()
        .tls_built_in_root_certs(false)
        .tls_info(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10));
    for root in roots {
        builder = builder
            .add_root_certificate(reqwest::Certificate::from_pem(root.as_bytes()).expect("PEM"));
    }
    if let Some(port) = https_port {
        builder = builder.resolve(DOMAIN, std::net::SocketAddr::from(([127, 0, 0, 1], port)));
    }
    builder.build().expect("client")
}

/// A client whose every request makes a full handshake: a new connection each time, and
/// no session resumption (a resumed session skips the certificate).
pub fn handshaking_client(roots: &[String], https_port: u16) -> reqwest::Client {
    use rustls_pki_types::pem::PemObject;
    let mut store = rustls::RootCertStore::empty();
    for root in roots {
        let der = rustls_pki_types::CertificateDer::from_pem_slice(root.as_bytes()).expect("PEM");
        store.add(der).expect("a root");
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_root_certificates(store)
        .with_no_client_auth();
    tls.resumption = rustls::client::Resumption::disabled();
    reqwest::Client::builder()
        .use_preconfigured_tls(tls)
        .tls_info(true)
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(10))
        .resolve(
            DOMAIN,
            std::net::SocketAddr::from(([127, 0, 0, 1], https_port)),
        )
        .build()
        .expect("client")
}

/// A short fingerprint of a DER certificate.
fn fingerprint(der: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(der))[..16].to_owned()
}

/// The fingerprint of the leaf certificate a response came with.
pub fn served_leaf(response: &reqwest::Response) -> String {
    fingerprint(
        response
            .extensions()
            .get::<reqwest::tls::TlsInfo>()
            .and_then(|info| info.peer_certificate())
            .expect("a TLS answer"),
    )
}

/// The fingerprint of the certificate the site serves.
pub fn leaf(certificate: &Certificate) -> String {
    fingerprint(certificate.leaf())
}
