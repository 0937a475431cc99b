//! `/metrics` read by Prometheus's own parser after some traffic, and logs that name no
//! attendee.

use crate::helpers::{
    Backend, Process, csrf_session, free_port, link_in, mails, post, spawn_app, spawn_app_with,
};
use secrecy::SecretString;
use std::process::Command;

pub(crate) const TOKEN: &str = "metrics-token-for-the-test-0123456789";
const FORM: &str = "/en/events/water-for-every-home-2026/register";

/// Parses an exposition with `prometheus_client.parser` and returns every sample as
/// `[name, labels, value]`.
pub(crate) fn parse(text: &str) -> Vec<(String, std::collections::BTreeMap<String, String>, f64)> {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("metrics.txt");
    std::fs::write(&path, text).expect("write");
    let output = Command::new("python3")
        .args([
            "-c",
            "import sys, json\nfrom prometheus_client.parser import text_string_to_metric_families\n\
             out = [[s.name, s.labels, s.value] for f in text_string_to_metric_families(open(sys.argv[1]).read()) for s in f.samples]\n\
             print(json.dumps(out))",
        ])
        .arg(&path)
        .output()
        .expect("python3 runs (scripts/setup installs prometheus-client)");
    assert!(
        output.status.success(),
        "the exposition does not parse: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("json")
}

pub(crate) fn value(
    samples: &[(String, std::collections::BTreeMap<String, String>, f64)],
    name: &str,
    labels: &[(&str, &str)],
) -> Option<f64> {
    samples
        .iter()
        .find(|(n, l, _)| {
            n == name
                && labels
                    .iter()
                    .all(|(k, v)| l.get(*k).is_some_and(|x| x == v))
        })
        .map(|s| s.2)
}

#[tokio::test]
async fn metrics_count_routes_cache_sign_ups_and_confirmations_for_prometheus() {
    let app = spawn_app_with(Backend::Sqlite, |layer| {
        layer.metrics_token = Some(SecretString::from(TOKEN));
    })
    .await;
    for _ in 0..3 {
        assert_eq!(
            app.get("/en/events/water-for-every-home-2026")
                .await
                .status(),
            200
        );
    }
    let secret_path = "/en/registrations/1.not-a-real-token.abc";
    assert_eq!(app.get(secret_path).await.status(), 404);
    let (cookie, csrf) = csrf_session(app.get(FORM).await).await;
    let fields = [
        ("csrf", csrf.as_str()),
        ("name", "Counted Person"),
        ("email", "counted@example.org"),
        ("country", "PK"),
        ("lang", "en"),
        ("tz", "Asia/Karachi"),
        ("attest", "on"),
        ("consent", "on"),
    ];
    assert_eq!(post(&app, FORM, &cookie, &fields).await.status(), 303);
    app.run_due_jobs().await.expect("deliver");
    let confirm = link_in(
        mails(&app).last().expect("mail"),
        "https://convene.example/en/registrations/confirm/",
    );
    let (cookie, csrf) = csrf_session(app.get(&confirm).await).await;
    assert_eq!(
        post(&app, &confirm, &cookie, &[("csrf", &csrf)])
            .await
            .status(),
        303
    );
    // The confirmation's own mail too: the queue is empty when scraped.
    app.run_due_jobs().await.expect("deliver");

    let scrape = |auth: Option<&str>| {
        let mut request = app.client.get(format!("{}/metrics", app.address));
        if let Some(token) = auth {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    assert_eq!(scrape(None).await.expect("scrape").status(), 401);
    assert_eq!(scrape(Some("wrong")).await.expect("scrape").status(), 401);
    let response = scrape(Some(TOKEN)).await.expect("scrape");
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("text/plain")
    );
    let text = response.text().await.expect("body");
    let samples = parse(&text);

    let event_page = [
        ("route", "/{lang}/events/{slug}"),
        ("method", "GET"),
        ("status", "200"),
    ];
    assert_eq!(
        value(
            &samples,
            "convene_http_request_duration_seconds_count",
            &event_page
        ),
        Some(3.0),
        "{text}"
    );
    assert_eq!(
        value(
            &samples,
            "convene_http_request_duration_seconds_bucket",
            &[event_page[0], event_page[1], event_page[2], ("le", "+Inf")]
        ),
        Some(3.0)
    );
    assert_eq!(
        value(
            &samples,
            "convene_http_request_duration_seconds_count",
            &[
                ("route", "/{lang}/events/{slug}/register"),
                ("method", "POST"),
                ("status", "303")
            ]
        ),
        Some(1.0),
        "{text}"
    );
    // Routes are patterns: no raw path, and so no token, reaches a label.
    for (_, labels, _) in &samples {
        if let Some(route) = labels.get("route") {
            assert!(
                !route.contains("water-for-every-home") && !route.contains("not-a-real-token"),
                "raw path in a label: {route}"
            );
        }
    }
    assert!(!text.contains("not-a-real-token"));
    assert!(value(&samples, "convene_page_cache_hits_total", &[]).is_some_and(|v| v >= 2.0));
    assert!(value(&samples, "convene_page_cache_misses_total", &[]).is_some_and(|v| v >= 1.0));
    assert_eq!(value(&samples, "convene_sign_ups_total", &[]), Some(1.0));
    assert_eq!(
        value(&samples, "convene_confirmations_total", &[]),
        Some(1.0)
    );
    // Hall streams are by event: no stream was opened, so the family has no series yet.
    assert!(text.contains("# TYPE convene_hall_connections gauge"));
    assert_eq!(value(&samples, "convene_hall_connections", &[]), None);
    assert!(value(&samples, "convene_db_pool_connections", &[]).is_some_and(|v| v >= 1.0));
    assert!(value(&samples, "convene_db_pool_max_connections", &[]).is_some_and(|v| v >= 1.0));
    assert_eq!(
        value(&samples, "convene_jobs_waiting", &[]),
        Some(0.0),
        "mail delivered"
    );

    // A sign-up queues its mail: the queue shows it until the jobs run.
    let (cookie, csrf) = csrf_session(app.get(FORM).await).await;
    let mut second = fields;
    second[0].1 = csrf.as_str();
    second[2].1 = "queued@example.org";
    assert_eq!(post(&app, FORM, &cookie, &second).await.status(), 303);
    app.clock.advance(jiff::SignedDuration::from_secs(30));
    let text = scrape(Some(TOKEN))
        .await
        .expect("scrape")
        .text()
        .await
        .expect("body");
    let samples = parse(&text);
    assert_eq!(
        value(&samples, "convene_jobs_waiting", &[]),
        Some(1.0),
        "{text}"
    );
    assert_eq!(
        value(&samples, "convene_jobs_oldest_waiting_seconds", &[]),
        Some(30.0)
    );
    assert_eq!(value(&samples, "convene_sign_ups_total", &[]), Some(2.0));
}

#[tokio::test]
async fn without_a_token_there_is_no_metrics_route() {
    let app = spawn_app(Backend::Sqlite).await;
    assert_eq!(app.get("/metrics").await.status(), 404);
}

#[tokio::test]
async fn json_logs_of_a_run_with_sign_ups_name_no_address() {
    let dir = tempfile::tempdir().expect("dir");
    let log_path = dir.path().join("convene.log");
    let log = std::fs::File::create(&log_path).expect("log file");
    let data = dir.path().join("site");
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let server = Process::start_with_log(
        &[
            "demo",
            "--listen",
            &listen,
            "--data-dir",
            data.to_str().expect("utf-8"),
        ],
        &[
            ("CONVENE_LOG_FORMAT", "json"),
            ("CONVENE_LOG", "debug"),
            ("CONVENE_PUBLIC_URL", "https://convene.example"),
        ],
        port,
        log,
    )
    .await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let base = format!("http://127.0.0.1:{port}");
    let addresses: Vec<String> = (0..5).map(|n| format!("logged{n}@example.org")).collect();
    for email in &addresses {
        let (cookie, csrf) = csrf_session(
            http.get(format!("{base}{FORM}"))
                .send()
                .await
                .expect("form"),
        )
        .await;
        let sent = http
            .post(format!("{base}{FORM}"))
            .header("cookie", &cookie)
            .form(&[
                ("csrf", csrf.as_str()),
                ("name", "Logged Person"),
                ("email", email.as_str()),
                ("country", "PK"),
                ("lang", "en"),
                ("tz", "Asia/Karachi"),
                ("attest", "on"),
                ("consent", "on"),
            ])
            .send()
            .await
            .expect("post");
        assert_eq!(sent.status(), 303);
    }
    // The mail worker has handled them when their mails are written.
    let mail_dir = data.join("mail");
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(50));
    for _ in 0..200 {
        tick.tick().await;
        let written = std::fs::read_dir(&mail_dir).map_or(0, |d| d.count());
        if written >= addresses.len() {
            break;
        }
    }
    drop(server);
    let text = std::fs::read_to_string(&log_path).expect("log");
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(
        lines.len() > addresses.len(),
        "the run logged its requests:\n{text}"
    );
    for line in &lines {
        serde_json::from_str::<serde_json::Value>(line)
            .unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"));
    }
    for email in &addresses {
        assert!(!text.contains(email.as_str()), "{email} is in the log");
        assert!(
            !text.contains(&email.replace('@', "%40")),
            "{email} is in the log"
        );
    }
}
