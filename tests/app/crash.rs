//! Durability: every acknowledged registration survives `kill -9` of the server.

use crate::helpers::{Process, free_port};

async fn start(data_dir: &std::path::Path, port: u16) -> Process {
    let listen = format!("127.0.0.1:{port}");
    let data = data_dir.to_str().expect("utf-8 path");
    Process::start(
        &["demo", "--listen", &listen, "--data-dir", data],
        &[],
        port,
    )
    .await
}

#[tokio::test]
async fn acknowledged_sign_ups_survive_kill_9() {
    let data = tempfile::tempdir().expect("dir");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let form = format!("{base}/en/events/water-for-every-home-2026/register");
    let server = start(data.path(), port).await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let response = http.get(&form).send().await.expect("form");
    let (cookie, csrf) = crate::helpers::csrf_session(response).await;
    let mut acknowledged = Vec::new();
    for n in 0..15 {
        let email = format!("durable{n}@example.org");
        let fields = [
            ("csrf", csrf.as_str()),
            ("name", "Durable Person"),
            ("email", email.as_str()),
            ("country", "LB"),
            ("lang", "ar"),
            ("tz", "Asia/Beirut"),
            ("attest", "on"),
            ("consent", "on"),
        ];
        let sent = http
            .post(&form)
            .header("cookie", &cookie)
            .form(&fields)
            .send()
            .await
            .expect("post");
        assert_eq!(sent.status().as_u16(), 303);
        acknowledged.push(email);
    }
    server.kill_9();

    let restarted = start(data.path(), port).await;
    let db = convene::storage::Database::connect(&format!(
        "sqlite://{}?mode=rwc",
        data.path().join("convene.db").display()
    ))
    .await
    .expect("db");
    let stored = db
        .registrations(&"water-for-every-home-2026".parse().expect("slug"))
        .await
        .expect("registrations");
    let emails: Vec<&str> = stored.iter().map(|r| r.email.as_str()).collect();
    for email in &acknowledged {
        assert!(
            emails.contains(&email.as_str()),
            "{email} was acknowledged but lost"
        );
    }
    db.close().await;
    drop(restarted);
}
