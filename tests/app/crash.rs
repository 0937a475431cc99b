//! Durability: every acknowledged registration survives `kill -9` of the server.

use std::process::{Child, Command, Stdio};

/// The server process; killed (SIGKILL) and reaped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn start(data_dir: &std::path::Path, port: u16) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args([
            "demo",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(data_dir)
        .env("CONVENE_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("start convene");
    let server = Server(child);
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(50));
    for _ in 0..400 {
        tick.tick().await;
        if reqwest::get(format!("http://127.0.0.1:{port}/healthz"))
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return server;
        }
    }
    panic!("convene did not become healthy on port {port}");
}

#[tokio::test]
async fn acknowledged_sign_ups_survive_kill_9() {
    let data = tempfile::tempdir().expect("dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let form = format!("{base}/en/events/water-for-every-home-2026/register");
    let mut server = start(data.path(), port).await;
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
    // SIGKILL: no graceful shutdown, no flush.
    server.0.kill().expect("kill -9");
    server.0.wait().expect("reap");
    drop(server);

    let restarted = start(data.path(), port).await;
    let db = convene::storage::Database::connect(&format!(
        "sqlite://{}?mode=rwc",
        data.path().join("convene.db").display()
    ))
    .await
    .expect("db");
    let stored = convene::storage::RegistrationStore::registrations(
        &db,
        &"water-for-every-home-2026".parse().expect("slug"),
    )
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
