//! The built-in HTTPS end to end, against Pebble (Let's Encrypt's ACME test server, Debian
//! package `pebble`) on loopback: a real HTTP-01 validation of Convene's plain listener, the
//! name resolved by `pebble-challtestsrv`'s DNS server, a certificate served with rustls,
//! HSTS, the redirect, a failed renewal that keeps the old certificate, a renewal that
//! replaces it under steady traffic, a restart that serves the stored one; the real
//! `convene serve --https-domain`; and TLS connections under the caps and timeouts.

mod lab;

use crate::helpers::{Process, demo_content, eventually, free_port, store_content};
use convene::acme::{Certificate, Https, HttpsLayer};
use convene::clock::{Clock, ManualClock};
use convene::config::{Config, Layer};
use convene::startup::Application;
use jiff::SignedDuration;
use lab::{DOMAIN, Lab, WAIT, handshaking_client, https_client, leaf, served_leaf};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// Convene in this process with the built-in HTTPS against the lab's Pebble.
struct Site {
    https: Https,
    https_port: u16,
    clock: ManualClock,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    stopped: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Site {
    async fn start(lab: &Lab, data_dir: &Path) -> Self {
        let https_port = free_port();
        let flags = Layer {
            listen: Some(([127, 0, 0, 1], lab.http_port).into()),
            data_dir: Some(data_dir.to_owned()),
            https: HttpsLayer {
                domain: Some(DOMAIN.parse().expect("domain")),
                listen: Some(([127, 0, 0, 1], https_port).into()),
                acme_directory: Some(lab.directory().parse().expect("directory")),
                acme_ca_root: Some(lab.path("test-ca.pem")),
                ..HttpsLayer::default()
            },
            ..Layer::default()
        };
        let config = Config::load(None, flags, "unused").expect("config");
        assert_eq!(
            config.public_url.as_deref(),
            Some(format!("https://{DOMAIN}:{https_port}").as_str()),
            "the site's address follows the HTTPS settings"
        );
        let (clock, handle) = Clock::manual(crate::helpers::test_now());
        let app = Application::build(config, clock)
            .await
            .expect("application builds")
            .without_background_jobs();
        assert_eq!(app.https_port(), Some(https_port));
        let https = app.https().cloned().expect("HTTPS is on");
        let revision = store_content(&app.state().db, &demo_content().0).await;
        app.state().content_changed(revision);
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let stopped = tokio::spawn(app.run_until(async {
            let _ = stopped.await;
        }));
        Self {
            https,
            https_port,
            clock: handle,
            stop: Some(stop),
            stopped,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("https://{DOMAIN}:{}{path}", self.https_port)
    }

    fn current(&self) -> Arc<Certificate> {
        self.https.current().expect("a certificate")
    }

    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        (&mut self.stopped)
            .await
            .expect("server task")
            .expect("server stops");
    }
}

/// Requests `/healthz` over HTTPS, each on a new connection (a new handshake), until told
/// to stop; counts answers and failures, and notes the certificates it saw.
struct Traffic {
    stop: Arc<AtomicBool>,
    ok: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<(Vec<String>, Vec<String>)>,
}

impl Traffic {
    fn start(client: reqwest::Client, url: String) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let ok = Arc::new(AtomicUsize::new(0));
        let (stopping, counted) = (stop.clone(), ok.clone());
        let task = tokio::spawn(async move {
            let (mut failures, mut leaves) = (Vec::new(), Vec::<String>::new());
            while !stopping.load(Ordering::Relaxed) {
                match client.get(&url).send().await {
                    Ok(response) if response.status().is_success() => {
                        let leaf = served_leaf(&response);
                        if leaves.last() != Some(&leaf) {
                            leaves.push(leaf);
                        }
                        counted.fetch_add(1, Ordering::Relaxed);
                    }
                    Ok(response) => failures.push(format!("status {}", response.status())),
                    Err(err) => failures.push(format!("{err:?}")),
                }
            }
            (failures, leaves)
        });
        Self { stop, ok, task }
    }

    async fn finish(self) -> (Vec<String>, Vec<String>) {
        self.stop.store(true, Ordering::Relaxed);
        self.task.await.expect("traffic task")
    }
}

#[tokio::test]
async fn a_certificate_is_obtained_served_renewed_under_traffic_and_kept_across_a_restart() {
    let lab = Lab::new();
    let _dns = lab.start_dns().await;
    let pebble = lab.start_pebble().await;
    let first_root = lab.issuing_root().await;
    let data_dir = tempfile::tempdir().expect("temp dir");
    let site = Site::start(&lab, data_dir.path()).await;

    // The first certificate, validated over the plain listener.
    eventually("a certificate is obtained", WAIT, || async {
        site.https.current().is_some()
    })
    .await;
    let first = site.current();
    let client = https_client(std::slice::from_ref(&first_root), Some(site.https_port));
    let page = client
        .get(site.url("/ar/events/water-for-every-home-2026"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("HTTPS answers: {e:?}\n{}", lab.pebble_log()));
    assert_eq!(page.status(), 200);
    assert_eq!(
        served_leaf(&page),
        leaf(&first),
        "the stored certificate is served"
    );
    assert_eq!(
        page.headers()
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok()),
        Some("max-age=31536000")
    );
    assert!(page.text().await.expect("body").contains("<html"));
    assert_eq!(site.https.status().failures, 0);

    // Plain HTTP sends every page to HTTPS, with its path and query.
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .get(format!(
            "http://127.0.0.1:{}/en/events?page=2",
            lab.http_port
        ))
        .header("host", DOMAIN)
        .send()
        .await
        .expect("plain HTTP answers");
    assert_eq!(plain.status(), 308);
    assert_eq!(
        plain
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok()),
        Some(site.url("/en/events?page=2").as_str())
    );
    assert!(plain.headers().get("strict-transport-security").is_none());

    // Renewal falls due while the CA is down: logged, retried later, the old one kept.
    drop(pebble);
    site.clock
        .set(first.renew_at() + SignedDuration::from_secs(1));
    eventually("the failed renewal is counted", WAIT, || async {
        site.https.status().failures >= 1
    })
    .await;
    let status = site.https.status();
    assert!(status.next_attempt > Some(first.renew_at()), "{status:?}");
    assert_eq!(leaf(&site.current()), leaf(&first));
    let still = client
        .get(site.url("/healthz"))
        .send()
        .await
        .expect("HTTPS still answers");
    assert_eq!(served_leaf(&still), leaf(&first));

    // The CA is back (a new Pebble: new root, the stored account unknown to it). The retry
    // replaces the certificate while clients keep connecting, none of them refused.
    let pebble = lab.start_pebble().await;
    let second_root = lab.issuing_root().await;
    let both = handshaking_client(&[first_root, second_root.clone()], site.https_port);
    let traffic = Traffic::start(both.clone(), site.url("/healthz"));
    eventually("traffic flows", WAIT, || async {
        traffic.ok.load(Ordering::Relaxed) >= 5
    })
    .await;
    site.clock.advance(SignedDuration::from_mins(3));
    eventually("the certificate is renewed", WAIT, || async {
        site.https
            .current()
            .is_some_and(|c| leaf(&c) != leaf(&first))
    })
    .await;
    let renewed = site.current();
    let before = traffic.ok.load(Ordering::Relaxed);
    eventually("traffic continues on the new certificate", WAIT, || async {
        traffic.ok.load(Ordering::Relaxed) >= before + 5
    })
    .await;
    let (failures, leaves) = traffic.finish().await;
    assert!(
        failures.is_empty(),
        "requests failed during renewal: {failures:?}"
    );
    assert_eq!(leaves, [leaf(&first), leaf(&renewed)]);
    assert_eq!(site.https.status().failures, 0);
    assert!(renewed.not_after > first.not_after);

    // A restart serves the stored certificate at once, the CA not needed.
    site.stop().await;
    drop(pebble);
    let restarted = Site::start(&lab, data_dir.path()).await;
    assert_eq!(leaf(&restarted.current()), leaf(&renewed));
    let answer = https_client(&[second_root], Some(restarted.https_port))
        .get(restarted.url("/healthz"))
        .send()
        .await
        .expect("HTTPS answers after a restart");
    assert_eq!(served_leaf(&answer), leaf(&renewed));
    assert_eq!(restarted.https.status().failures, 0, "nothing was due");
    restarted.stop().await;
}

#[tokio::test]
async fn convene_serve_with_https_domain_obtains_a_certificate_and_keeps_it_in_the_data_folder() {
    let lab = Lab::new();
    let _dns = lab.start_dns().await;
    let _pebble = lab.start_pebble().await;
    let root = lab.issuing_root().await;
    let data_dir = tempfile::tempdir().expect("temp dir");
    let https_port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["serve", "--https-domain", DOMAIN])
        .args(["--listen", &format!("127.0.0.1:{}", lab.http_port)])
        .args(["--https-listen", &format!("127.0.0.1:{https_port}")])
        .arg("--data-dir")
        .arg(data_dir.path())
        .env("CONVENE_HTTPS_ACME_DIRECTORY", lab.directory())
        .env("CONVENE_HTTPS_ACME_CA_ROOT", lab.path("test-ca.pem"))
        .env("CONVENE_LOG", "warn")
        .env_remove("CONVENE_DATABASE_URL")
        .env_remove("CONVENE_PUBLIC_URL")
        .stdout(Stdio::null())
        .spawn()
        .expect("start convene");
    let _convene = Process(child);
    let client = https_client(&[root], Some(https_port));
    let url = format!("https://{DOMAIN}:{https_port}/healthz");
    eventually("convene serves HTTPS", WAIT, || async {
        client
            .get(&url)
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
    })
    .await;
    let acme = data_dir.path().join("acme");
    let stored = std::fs::read_to_string(acme.join(format!("{DOMAIN}.pem"))).expect("stored");
    let certificate = Certificate::from_pem(&stored).expect("a key and chain");
    let answer = client.get(&url).send().await.expect("HTTPS answers");
    assert_eq!(served_leaf(&answer), leaf(&certificate));
    let accounts = std::fs::read_dir(&acme)
        .expect("acme folder")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("account-"))
        .count();
    assert_eq!(accounts, 1, "the ACME account is kept beside it");
}

#[test]
fn https_settings_show_in_convene_config_and_a_bad_domain_is_refused() {
    let shown = Command::new(env!("CARGO_BIN_EXE_convene"))
        .arg("config")
        .env("CONVENE_HTTPS_DOMAIN", "Conf.Example.org")
        .env("CONVENE_HTTPS_LISTEN", "0.0.0.0:8443")
        .env("CONVENE_HTTPS_ACME_DIRECTORY", "letsencrypt-staging")
        .env_remove("CONVENE_PUBLIC_URL")
        .output()
        .expect("run convene");
    let stdout = String::from_utf8_lossy(&shown.stdout);
    assert!(shown.status.success(), "{stdout}");
    for line in [
        "public_url = \"https://conf.example.org:8443\"",
        "[https]\ndomain = \"conf.example.org\"\nlisten = \"0.0.0.0:8443\"",
        "acme_directory = \"letsencrypt-staging\"",
        "hsts_max_age_seconds = 31536000",
    ] {
        assert!(stdout.contains(line), "{line} missing from:\n{stdout}");
    }
    let refused = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["serve", "--https-domain", "192.0.2.1"])
        .output()
        .expect("run convene");
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("--https-domain"), "{stderr}");
}

#[tokio::test]
async fn tls_connections_count_against_the_caps_and_a_silent_one_is_closed_after_the_handshake_timeout()
 {
    use tokio::io::AsyncReadExt;
    let data_dir = tempfile::tempdir().expect("temp dir");
    let https_port = free_port();
    let flags = Layer {
        listen: Some("127.0.0.1:0".parse().expect("address")),
        data_dir: Some(data_dir.path().to_owned()),
        server: convene::serve::ServerLayer {
            max_connections_per_address: Some(2),
            ..Default::default()
        },
        https: HttpsLayer {
            domain: Some(DOMAIN.parse().expect("domain")),
            listen: Some(([127, 0, 0, 1], https_port).into()),
            // No CA here: attempts fail and are retried; the listener works regardless.
            acme_directory: Some("https://127.0.0.1:9/dir".parse().expect("directory")),
            handshake_timeout_seconds: Some(3),
            ..HttpsLayer::default()
        },
        ..Layer::default()
    };
    let config = Config::load(None, flags, "unused").expect("config");
    let (clock, _) = Clock::manual(crate::helpers::test_now());
    let app = Application::build(config, clock)
        .await
        .expect("builds")
        .without_background_jobs();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(app.run_until(async {
        let _ = stopped.await;
    }));
    let address = std::net::SocketAddr::from(([127, 0, 0, 1], https_port));
    let opened = tokio::time::Instant::now();
    // Two connections that never start their handshake hold this network's two places.
    let mut silent = Vec::new();
    for _ in 0..2 {
        silent.push(
            tokio::net::TcpStream::connect(address)
                .await
                .expect("connect"),
        );
    }
    // Reads until the server closes; returns when, or None if it stays open.
    async fn closed_at(stream: &mut tokio::net::TcpStream) -> Option<Duration> {
        let start = tokio::time::Instant::now();
        let mut sink = [0u8; 512];
        tokio::time::timeout(Duration::from_secs(15), async {
            while let Ok(n) = stream.read(&mut sink).await
                && n > 0
            {}
        })
        .await
        .ok()
        .map(|()| start.elapsed())
    }
    let mut third = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect");
    let refused = closed_at(&mut third).await.expect("the third is closed");
    assert!(
        opened.elapsed() < Duration::from_secs(3),
        "closed by the cap, not the timeout ({refused:?})"
    );
    for stream in &mut silent {
        closed_at(stream).await.expect("closed by the server");
    }
    assert!(
        opened.elapsed() >= Duration::from_secs(3),
        "not before the handshake timeout"
    );
    let _ = stop.send(());
    running.await.expect("task").expect("stops");
}

#[test]
fn the_packaged_settings_file_turns_on_https_when_its_table_is_uncommented() {
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/debian/convene.toml"),
    )
    .expect("deploy/debian/convene.toml");
    let (before, table) = shipped.split_once("# [https]").expect("an [https] example");
    let uncommented: String = table
        .lines()
        .map(|line| line.strip_prefix("# ").unwrap_or(line))
        .map(|line| format!("{line}\n"))
        .collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("convene.toml");
    std::fs::write(&file, format!("{before}[https]{uncommented}")).expect("write");
    let config = Config::load(Some(&file), Layer::default(), "unused").expect("it loads");
    assert_eq!(
        config.https.domain.as_ref().map(|d| d.as_str()),
        Some("conference.example.org")
    );
    assert_eq!(config.https.listen.port(), 443);
    assert_eq!(
        config.https.acme_directory,
        convene::acme::AcmeDirectory::LetsEncryptStaging
    );
    assert_eq!(
        config.mail_from,
        "Conference <noreply@conference.example.org>"
    );
}
