//! The demo's mailbox shows every password-reset link, so only this machine may read it:
//! open on loopback, behind the printed token when the demo listens beyond it, and never
//! routed by `convene serve`.

use crate::helpers::{Process, free_port};
use std::io::BufRead;
use std::net::{IpAddr, UdpSocket};
use std::time::Duration;

/// Starts `convene demo --listen <listen>` and returns it with the address its output gives
/// for the mailbox.
async fn start_demo(listen: &str) -> (Process, String, tempfile::TempDir) {
    let data = tempfile::tempdir().expect("dir");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["demo", "--listen", listen, "--data-dir"])
        .arg(data.path())
        .env("CONVENE_LOG", "warn")
        .env_remove("CONVENE_DATABASE_URL")
        .env_remove("CONVENE_SMTP_URL")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("start convene");
    let stdout = child.stdout.take().expect("stdout");
    // Every line is read (the server must never find its output closed) and handed on.
    let (lines, mut announced) = tokio::sync::mpsc::unbounded_channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = lines.send(line);
        }
    });
    let process = Process(child);
    let mailbox = tokio::time::timeout(Duration::from_secs(60), async {
        while let Some(line) = announced.recv().await {
            if let Some(rest) = line.strip_prefix("Read it at ") {
                return Some(rest.trim().to_owned());
            }
        }
        None
    })
    .await
    .ok()
    .flatten()
    .expect("the demo says where the mailbox is");
    (process, mailbox, data)
}

/// An address of this machine other than loopback (the one it would reach the internet
/// from; a UDP "connection" sends nothing), if it has one.
fn non_loopback_address() -> Option<IpAddr> {
    let socket = UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("198.51.100.1:9").ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}

async fn status(url: &str) -> u16 {
    reqwest::get(url).await.expect("request").status().as_u16()
}

#[tokio::test]
async fn beyond_loopback_the_mailbox_opens_only_with_the_printed_token() {
    let port = free_port();
    let (_demo, mailbox, _data) = start_demo(&format!("0.0.0.0:{port}")).await;
    let (_, token) = mailbox
        .split_once("/demo/mail?token=")
        .expect("the printed address carries a token");
    assert_eq!(token.len(), 32, "{mailbox}");

    // A stranger reaches the demo through an outside address of this machine (else through
    // loopback, which listening beyond it must not open either).
    let host = non_loopback_address().map_or_else(|| "127.0.0.1".to_owned(), |ip| ip.to_string());
    let base = format!("http://{host}:{port}");
    assert_eq!(
        status(&format!("{base}/healthz")).await,
        200,
        "the site itself is served"
    );
    assert_eq!(status(&format!("{base}/demo/mail")).await, 404);
    assert_eq!(
        status(&format!("{base}/demo/mail?token={}", "0".repeat(32))).await,
        404
    );
    assert_eq!(status(&format!("{base}/demo/mail/1.eml")).await, 404);

    let page = reqwest::get(format!("{base}/demo/mail?token={token}"))
        .await
        .expect("mailbox");
    assert_eq!(page.status().as_u16(), 200);
    assert!(page.text().await.expect("body").contains("Demo mailbox"));
}

#[tokio::test]
async fn on_loopback_the_mailbox_is_open_to_this_machine() {
    let port = free_port();
    let (_demo, mailbox, _data) = start_demo(&format!("127.0.0.1:{port}")).await;
    assert_eq!(mailbox, format!("http://127.0.0.1:{port}/demo/mail"));
    assert_eq!(status(&mailbox).await, 200);
}

#[tokio::test]
async fn serve_has_no_mailbox() {
    let data = tempfile::tempdir().expect("dir");
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let data_dir = data.path().to_str().expect("utf-8");
    let _server = Process::start(
        &["serve", "--listen", &listen, "--data-dir", data_dir],
        &[],
        port,
    )
    .await;
    assert_eq!(
        status(&format!("http://{listen}/demo/mail")).await,
        404,
        "serve never routes the mailbox, not even on loopback"
    );
}
