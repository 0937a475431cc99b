//! `/readyz` and the parts an instance depends on beyond its database: NATS lost and
//! regained (503 while it is gone, `/healthz`, liveness, staying 200; `/metrics` shows it;
//! the log says each once, however many times the client retries in between), and the
//! object store. The tests run a NATS server and an S3-compatible store of their own and
//! kill them.

use crate::helpers::{Process, eventually, free_port};
use std::time::Duration;

const NATS_SERVER: &str = "/usr/sbin/nats-server";
const TOKEN: &str = "a-metrics-token-for-the-nats-test";

/// A NATS server on `port`, killed when dropped.
struct Nats(std::process::Child);

impl Nats {
    async fn start(port: u16) -> Self {
        let child = std::process::Command::new(NATS_SERVER)
            .args(["-a", "127.0.0.1", "-p", &port.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{NATS_SERVER} is needed for this test: {e}"));
        eventually(
            "NATS accepts connections",
            Duration::from_secs(10),
            || async {
                tokio::net::TcpStream::connect(("127.0.0.1", port))
                    .await
                    .is_ok()
            },
        )
        .await;
        Self(child)
    }
}

impl Drop for Nats {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Status and body of `GET {base}{path}`.
async fn get(base: &str, path: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .get(format!("{base}{path}"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

/// Lines of the log containing `text`.
fn lines_with(log: &std::path::Path, text: &str) -> usize {
    std::fs::read_to_string(log)
        .expect("log")
        .lines()
        .filter(|line| line.contains(text))
        .count()
}

#[tokio::test]
async fn losing_and_regaining_nats_shows_on_readyz_and_is_logged_once_each() {
    let dir = tempfile::tempdir().expect("dir");
    let nats_port = free_port();
    let nats = Nats::start(nats_port).await;
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let log = dir.path().join("convene.log");
    let _server = Process::start_with_log(
        &[
            "serve",
            "--listen",
            &listen,
            "--data-dir",
            dir.path().join("data").to_str().expect("utf-8"),
        ],
        &[
            ("CONVENE_NATS_URL", &format!("nats://127.0.0.1:{nats_port}")),
            ("CONVENE_METRICS_TOKEN", TOKEN),
            ("CONVENE_LOG", "info"),
        ],
        port,
        std::fs::File::create(&log).expect("log file"),
    )
    .await;
    let base = format!("http://{listen}");
    let ready = |want: u16| {
        let base = base.clone();
        move || {
            let base = base.clone();
            async move { get(&base, "/readyz").await.0 == want }
        }
    };
    eventually("ready with NATS", Duration::from_secs(10), ready(200)).await;
    assert!(get(&base, "/readyz").await.1.contains("nats: ok"));
    assert!(
        get(&base, "/metrics")
            .await
            .1
            .contains("convene_nats_connected 1")
    );

    drop(nats);
    eventually(
        "not ready without NATS",
        Duration::from_secs(10),
        ready(503),
    )
    .await;
    let (_, body) = get(&base, "/readyz").await;
    assert!(body.contains("database: ok"), "{body}");
    assert!(body.contains("nats: unreachable"), "{body}");
    assert_eq!(get(&base, "/healthz").await.0, 200, "still alive");
    let metrics = get(&base, "/metrics").await.1;
    assert!(metrics.contains("convene_nats_connected 0"), "{metrics}");
    assert!(metrics.contains("convene_nats_losses_total 1"), "{metrics}");
    // While it is gone the client keeps trying: an endpoint that takes each try and hangs
    // up counts them. Three failed tries later the log still says "lost" once.
    let stand_in = tokio::net::TcpListener::bind(("127.0.0.1", nats_port))
        .await
        .expect("the NATS port is free again");
    for _ in 0..3 {
        let (connection, _) = tokio::time::timeout(Duration::from_secs(15), stand_in.accept())
            .await
            .expect("the client tries again")
            .expect("accept");
        drop(connection);
    }
    drop(stand_in);
    assert_eq!(get(&base, "/readyz").await.0, 503);
    assert_eq!(lines_with(&log, "lost NATS"), 1);

    let _nats = Nats::start(nats_port).await;
    eventually("ready again", Duration::from_secs(15), ready(200)).await;
    assert!(
        get(&base, "/metrics")
            .await
            .1
            .contains("convene_nats_connected 1")
    );
    assert_eq!(lines_with(&log, "lost NATS"), 1);
    assert_eq!(lines_with(&log, "NATS is reachable again"), 1);
    assert_eq!(lines_with(&log, "connected to NATS"), 1);
    assert_eq!(lines_with(&log, "cannot reach NATS"), 0);
}

#[tokio::test]
async fn readyz_reports_the_object_store() {
    let s3 = crate::s3::s3_server("convene-readiness").await;
    let app = crate::helpers::spawn_app_with(crate::helpers::Backend::Sqlite, |layer| {
        layer.media_s3_bucket = Some("convene-readiness".to_owned());
        layer.media_s3_endpoint = Some(s3.endpoint.clone());
        layer.media_s3_access_key = Some("convene-test".to_owned());
        layer.media_s3_secret_key = Some("convene-test-secret".to_owned().into());
    })
    .await;
    let (status, body) = app.get_text("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("object store: ok"), "{body}");
    drop(s3);
    let (status, body) = app.get_text("/readyz").await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.lines()
            .any(|l| l.starts_with("object store: ") && l != "object store: ok"),
        "{body}"
    );
    assert!(body.contains("database: ok"), "{body}");
    assert_eq!(app.get_text("/healthz").await.0, 200);
}
