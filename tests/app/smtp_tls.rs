//! Mail through a relay that speaks TLS (aiosmtpd with a certificate made here): STARTTLS and
//! implicit TLS over Convene's own sockets, with the certificate checked.

use crate::helpers::free_port;
use crate::smtp::{SmtpServer, received, start_smtp_with};
use convene::mail::Transport;
use convene::mail::smtp::{Relay, RelaySettings};
use lettre::transport::smtp::client::Certificate;
use std::ffi::OsStr;

/// A self-signed certificate for `localhost`, written as PEM files into `dir`.
struct TestCertificate {
    pem: String,
    cert: std::path::PathBuf,
    key: std::path::PathBuf,
}

fn certificate(dir: &std::path::Path) -> TestCertificate {
    let key = rcgen::KeyPair::generate().expect("key");
    let params = rcgen::CertificateParams::new(vec!["localhost".to_owned()]).expect("params");
    let pem = params.self_signed(&key).expect("sign").pem();
    let cert = dir.join("cert.pem");
    let key_file = dir.join("key.pem");
    std::fs::write(&cert, &pem).expect("write");
    std::fs::write(&key_file, key.serialize_pem()).expect("write");
    TestCertificate {
        pem,
        cert,
        key: key_file,
    }
}

async fn relay_with(option: &str, cert: &TestCertificate) -> SmtpServer {
    let key_option = option.replace("cert", "key");
    let options = [
        OsStr::new(option),
        cert.cert.as_os_str(),
        OsStr::new(&key_option),
        cert.key.as_os_str(),
    ];
    start_smtp_with(free_port(), 0, &options).await
}

fn message() -> lettre::Message {
    lettre::Message::builder()
        .from("Convene <noreply@example.org>".parse().expect("from"))
        .to("siti@example.org".parse().expect("to"))
        .subject("Over TLS")
        .body("A line.".to_owned())
        .expect("message")
}

fn trusting(url: &str, cert: &TestCertificate) -> Transport {
    let root = Certificate::from_pem(cert.pem.as_bytes()).expect("pem");
    let settings = RelaySettings::from_url(url)
        .expect("url")
        .trusting_only(root)
        .expect("tls");
    Transport::Smtp(Relay::new(settings, 0))
}

#[tokio::test]
async fn mail_goes_through_a_relay_that_requires_starttls() {
    let dir = tempfile::tempdir().expect("dir");
    let cert = certificate(dir.path());
    let server = relay_with("--tlscert", &cert).await;
    let url = format!("smtp://localhost:{}?tls=required", server.port);
    let transport = trusting(&url, &cert);
    // Twice: the second over the connection kept open (still encrypted, checked by NOOP).
    for stem in ["first", "second"] {
        transport.send(message(), stem).await.expect("sent");
    }
    assert_eq!(received(&server).len(), 2);
}

#[tokio::test]
async fn mail_goes_through_a_relay_that_speaks_tls_from_the_first_byte() {
    let dir = tempfile::tempdir().expect("dir");
    let cert = certificate(dir.path());
    let server = relay_with("--smtpscert", &cert).await;
    let url = format!("smtps://localhost:{}", server.port);
    let transport = trusting(&url, &cert);
    for stem in ["first", "second"] {
        transport.send(message(), stem).await.expect("sent");
    }
    assert_eq!(received(&server).len(), 2);
}

#[tokio::test]
async fn a_relay_whose_certificate_nobody_vouches_for_gets_no_mail() {
    let dir = tempfile::tempdir().expect("dir");
    let cert = certificate(dir.path());
    let implicit = relay_with("--smtpscert", &cert).await;
    let starttls = relay_with("--tlscert", &cert).await;
    // The public roots, as in production: a self-signed certificate is refused.
    for url in [
        format!("smtps://localhost:{}", implicit.port),
        format!("smtp://localhost:{}?tls=required", starttls.port),
    ] {
        let transport = Transport::smtp(&url, 0).expect("url");
        let err = transport
            .send(message(), "refused")
            .await
            .expect_err("refused");
        assert_eq!(
            err.to_string(),
            "SMTP connection or protocol error (no reply code)",
            "{url}"
        );
    }
    assert!(received(&implicit).is_empty());
    assert!(received(&starttls).is_empty());
}
