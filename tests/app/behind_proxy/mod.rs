//! Convene behind a reverse proxy that ends TLS, run with exactly the shipped configuration
//! of `deploy/proxy/` (its ports, certificate and upstream swapped for the test's, nothing
//! else) in front of `convene serve`: a page over HTTPS with HSTS, HTTP redirected to HTTPS,
//! `/metrics` not published, sign-ups counted per real client (a forged `Forwarded` or
//! `X-Forwarded-For` changes nothing), and a hall stream delivering an announcement through
//! the proxy, compressed as a browser asks.

mod caddy;
mod nginx;

use crate::helpers::{Process, csrf_session, eventually, free_port};
use convene::registration::{NewRegistration, Purpose, SignUp};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

const DOMAIN: &str = "conference.example.org";
const SECRET: &str = "a-secret-key-for-the-nginx-test-0123456789";
const EVENT: &str = "water-for-every-home-2026";
const FORM: &str = "/en/events/water-for-every-home-2026/register";

/// Replaces each `from` in `shipped`, which must hold it exactly once: if the shipped file
/// changes, the test says so rather than testing something else.
fn swapped(shipped: &str, file: &str, swaps: &[(&str, String)]) -> String {
    let mut config = shipped.to_owned();
    for (from, to) in swaps {
        assert_eq!(
            config.matches(from).count(),
            1,
            "deploy/proxy/{file} no longer has `{from}` once: update this test"
        );
        config = config.replace(from, to);
    }
    config
}

/// A shipped file of `deploy/proxy/`.
fn shipped(file: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("deploy/proxy")
            .join(file),
    )
    .unwrap_or_else(|e| panic!("deploy/proxy/{file}: {e}"))
}

/// A browser on `from` (any address of 127.0.0.0/8) that trusts the test certificate and
/// finds the domain on loopback.
fn browser(cert: &str, from: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .use_rustls_tls()
        .tls_built_in_root_certs(false)
        .add_root_certificate(reqwest::Certificate::from_pem(cert.as_bytes()).expect("PEM"))
        .resolve(DOMAIN, std::net::SocketAddr::from(([127, 0, 0, 1], 0)))
        .local_address(from.parse::<std::net::IpAddr>().expect("address"))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// Signs up through the form from `client`, with `forged` extra headers; the status.
async fn sign_up(
    client: &reqwest::Client,
    base: &str,
    email: &str,
    forged: &[(&str, &str)],
) -> u16 {
    let (cookie, csrf) = csrf_session(
        client
            .get(format!("{base}{FORM}"))
            .send()
            .await
            .expect("form"),
    )
    .await;
    let mut request = client
        .post(format!("{base}{FORM}"))
        .header("cookie", cookie);
    for (name, value) in forged {
        request = request.header(*name, *value);
    }
    request
        .form(&[
            ("csrf", csrf.as_str()),
            ("name", "Amina Qureshi"),
            ("email", email),
            ("country", "PK"),
            ("lang", "en"),
            ("tz", "Asia/Karachi"),
            ("attest", "on"),
            ("consent", "on"),
            ("website", ""),
        ])
        .send()
        .await
        .expect("post")
        .status()
        .as_u16()
}

/// A confirmed attendee stored straight into the site's database; the hall's path.
async fn attendee(db: &convene::storage::Database, now: jiff::Timestamp) -> String {
    let lifetimes = convene::config::Config::load(None, convene::config::Layer::default(), "x")
        .expect("config")
        .lifetimes();
    let (confirm, access) = ("c".repeat(32), "a".repeat(32));
    let signed_up = db
        .sign_up(
            &NewRegistration {
                event: EVENT.parse().expect("slug"),
                email: "hall@example.org".parse().expect("email"),
                name: "Hall Attendee".parse().expect("name"),
                country: "LB".parse().expect("country"),
                lang: "en".parse().expect("lang"),
                time_zone: "Asia/Beirut".parse().expect("zone"),
            },
            &confirm,
            &access,
            now,
            lifetimes,
        )
        .await
        .expect("sign up");
    let SignUp::Created { id } = signed_up else {
        panic!("{signed_up:?}")
    };
    db.confirm(id, &confirm, now).await.expect("confirm");
    let key = convene::registration::LinkKey::new(SECRET.as_bytes().to_vec()).expect("key");
    format!("/en/hall/{}", key.token(Purpose::Access, id, &access))
}

/// `convene serve` on a site of its own with the demo content, set up as the deployment
/// guide says for a proxy in front; and the proxy's certificate.
struct Site {
    root: tempfile::TempDir,
    data: PathBuf,
    now: jiff::Timestamp,
    upstream: u16,
    cert: String,
    _convene: Process,
}

impl Site {
    async fn start() -> Self {
        let root = tempfile::tempdir().expect("dir");
        // The proxy's workers (another user when started as root) read in here.
        std::fs::set_permissions(
            root.path(),
            std::os::unix::fs::PermissionsExt::from_mode(0o755),
        )
        .expect("chmod");

        // The content, open for sign-ups while its hall is open; the clock an hour into it.
        let content = root.path().join("content");
        std::fs::create_dir_all(&content).expect("content folder");
        crate::content_files::copy_dir(&crate::helpers::demo_dir(), &content);
        let toml = content.join(format!("events/{EVENT}/event.toml"));
        let text = std::fs::read_to_string(&toml).expect("event.toml");
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("registration_closes_at"))
            .collect();
        std::fs::write(&toml, kept.join("\n")).expect("write");
        let report = convene::content::read_dir(&content, &mut |_, _, _| {}).expect("content");
        let event = report
            .content
            .events
            .iter()
            .find(|e| e.slug.as_str() == EVENT)
            .expect("event");
        let now = event.doors_open_at + jiff::SignedDuration::from_hours(1);

        let data = root.path().join("data");
        let data_dir = data.to_str().expect("utf-8");
        let import = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
            .arg("import")
            .arg(&content)
            .args(["--data-dir", data_dir])
            .env_remove("CONVENE_DATABASE_URL")
            .env_remove("CONVENE_NATS_URL")
            .output()
            .expect("import");
        assert!(
            import.status.success(),
            "{}",
            String::from_utf8_lossy(&import.stderr)
        );

        let upstream = free_port();
        let listen = format!("127.0.0.1:{upstream}");
        let now_text = now.to_string();
        let convene = Process::start(
            &["serve", "--listen", &listen, "--data-dir", data_dir],
            &[
                ("CONVENE_PUBLIC_URL", "https://conference.example.org"),
                ("CONVENE_SECRET_KEY", SECRET),
                ("CONVENE_TRUSTED_PROXIES", "127.0.0.1,::1"),
                ("CONVENE_MAX_CONNECTIONS_PER_ADDRESS", "0"),
                ("CONVENE_FORM_LIMIT_PER_IP", "1"),
                ("CONVENE_CLOCK_START", now_text.as_str()),
            ],
            upstream,
        )
        .await;

        let key = rcgen::KeyPair::generate().expect("key");
        let cert = rcgen::CertificateParams::new(vec![DOMAIN.to_owned()])
            .expect("params")
            .self_signed(&key)
            .expect("certificate")
            .pem();
        std::fs::write(root.path().join("cert.pem"), &cert).expect("write");
        std::fs::write(root.path().join("key.pem"), key.serialize_pem()).expect("write");
        Self {
            root,
            data,
            now,
            upstream,
            cert,
            _convene: convene,
        }
    }

    fn dir(&self) -> &Path {
        self.root.path()
    }

    fn cert_path(&self) -> String {
        self.dir().join("cert.pem").display().to_string()
    }

    fn key_path(&self) -> String {
        self.dir().join("key.pem").display().to_string()
    }

    /// Everything a visitor does, through the proxy listening on `http` and `https`.
    async fn check_through(&self, http: u16, https: u16) {
        let base = format!("https://{DOMAIN}:{https}");
        let visitor = browser(&self.cert, "127.0.0.2");
        eventually("the proxy answers", Duration::from_secs(10), || async {
            visitor
                .get(format!("{base}/healthz"))
                .send()
                .await
                .is_ok_and(|r| r.status() == 200)
        })
        .await;

        // A page over HTTPS, with HSTS; plain HTTP is sent to HTTPS; /metrics is not
        // published.
        let page = visitor
            .get(format!("{base}/en/events/{EVENT}"))
            .send()
            .await
            .expect("page");
        assert_eq!(page.status(), 200);
        assert!(
            page.headers()["strict-transport-security"]
                .to_str()
                .expect("ascii")
                .starts_with("max-age=")
        );
        assert!(
            page.text()
                .await
                .expect("body")
                .contains("Water for Every Home")
        );
        let plain = visitor
            .get(format!("http://{DOMAIN}:{http}/en/events/{EVENT}"))
            .send()
            .await
            .expect("http");
        assert!(plain.status().is_redirection(), "{}", plain.status());
        let location = plain.headers()["location"].to_str().expect("ascii");
        assert!(
            location.starts_with(&format!("https://{DOMAIN}"))
                && location.ends_with(&format!("/en/events/{EVENT}")),
            "{location}"
        );
        assert_eq!(
            visitor
                .get(format!("{base}/metrics"))
                .send()
                .await
                .expect("metrics")
                .status(),
            404
        );

        // Sign-ups count against the client the proxy saw (the limit is one per client).
        assert_eq!(sign_up(&visitor, &base, "one@example.org", &[]).await, 303);
        assert_eq!(
            sign_up(&visitor, &base, "two@example.org", &[]).await,
            429,
            "this client's budget is spent"
        );
        let other = browser(&self.cert, "127.0.0.3");
        let forged =
            |ip: &'static str, for_: &'static str| [("forwarded", for_), ("x-forwarded-for", ip)];
        assert_eq!(
            sign_up(
                &other,
                &base,
                "three@example.org",
                &forged("192.0.2.7", "for=192.0.2.7")
            )
            .await,
            303,
            "another client behind the same proxy has its own budget"
        );
        assert_eq!(
            sign_up(
                &other,
                &base,
                "four@example.org",
                &forged("192.0.2.8", "for=192.0.2.8")
            )
            .await,
            429,
            "a client cannot name itself anew with a forged header"
        );

        self.hall_stream(&visitor, &base).await;
    }

    /// The hall's stream through the proxy: an announcement arrives while it is open.
    async fn hall_stream(&self, visitor: &reqwest::Client, base: &str) {
        let db = convene::storage::Database::connect(&format!(
            "sqlite://{}/convene.db?mode=rwc",
            self.data.display()
        ))
        .await
        .expect("database");
        let hall = attendee(&db, self.now).await;
        // As a browser asks: the proxy may compress, but must not hold events back.
        let mut stream = visitor
            .get(format!("{base}{hall}/updates"))
            .header("accept-encoding", "gzip")
            .send()
            .await
            .expect("stream");
        assert_eq!(stream.status(), 200);
        assert!(
            stream.headers()["content-type"]
                .to_str()
                .expect("ascii")
                .starts_with("text/event-stream")
        );
        let gzip = stream
            .headers()
            .get("content-encoding")
            .is_some_and(|v| v == "gzip");
        let mut decoder = flate2::write::GzDecoder::new(Vec::new());
        let mut raw = Vec::new();
        let announced = "Through the proxy, at once";
        let mut posted = false;
        let seen = |decoder: &flate2::write::GzDecoder<Vec<u8>>, raw: &[u8]| {
            String::from_utf8_lossy(if gzip { decoder.get_ref() } else { raw }).into_owned()
        };
        tokio::time::timeout(Duration::from_secs(20), async {
            while !seen(&decoder, &raw).contains(announced) {
                let chunk = stream
                    .chunk()
                    .await
                    .expect("the stream was not cut")
                    .expect("the stream is still open");
                if gzip {
                    decoder.write_all(&chunk).expect("gzip");
                    decoder.flush().expect("gzip");
                } else {
                    raw.extend_from_slice(&chunk);
                }
                // Once the stream has said hello, the moderators announce (another process
                // writing the log: the server's poll of the hall finds it within seconds).
                if !posted && seen(&decoder, &raw).contains("event: hello") {
                    posted = true;
                    // The demo event's proceedings are in Arabic: the announcement's main text.
                    let main: convene::domain::Lang = "ar".parse().expect("lang");
                    let texts = convene::hall::AnnouncementTexts::parse(
                        vec![(main.clone(), announced.to_owned())],
                        &main,
                    )
                    .expect("texts");
                    db.announce(
                        &EVENT.parse().expect("slug"),
                        (&texts, &main),
                        None,
                        None,
                        self.now,
                    )
                    .await
                    .expect("announce");
                }
            }
        })
        .await
        .unwrap_or_else(|_| {
            panic!(
                "no announcement through the proxy (gzip: {gzip}); the stream said:\n{}",
                seen(&decoder, &raw)
            )
        });
        db.close().await;
    }
}
