//! Mail through a real SMTP server: aiosmtpd (Python), started by the test, writing what it
//! receives into a maildir.

use crate::both_backends;
use crate::helpers::{free_port, spawn_app_with_smtp};
use std::process::{Child, Command};

/// A running aiosmtpd; killed when dropped.
pub struct SmtpServer {
    child: Child,
    pub port: u16,
    maildir: tempfile::TempDir,
}

impl SmtpServer {
    /// The maildir the server delivers into.
    pub fn maildir(&self) -> std::path::PathBuf {
        self.maildir.path().join("box")
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts aiosmtpd on `port` and waits (bounded) until it accepts connections.
async fn start_smtp(port: u16) -> SmtpServer {
    start_smtp_taking(port, 0).await
}

/// Starts aiosmtpd on `port`, taking `delay_ms` to accept each message (a slow relay; see
/// `slow_smtp.py`), and waits (bounded) until it accepts connections.
pub async fn start_smtp_taking(port: u16, delay_ms: u64) -> SmtpServer {
    start_smtp_with(port, delay_ms, &[]).await
}

/// Starts aiosmtpd on `port` with more command-line options (`--tlscert …` for STARTTLS,
/// `--smtpscert …` for implicit TLS), and waits (bounded) until it accepts connections.
pub async fn start_smtp_with(port: u16, delay_ms: u64, options: &[&std::ffi::OsStr]) -> SmtpServer {
    let maildir = tempfile::tempdir().expect("dir");
    let child = Command::new("python3")
        .args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{port}"),
            "-c",
            "slow_smtp.SlowMailbox",
        ])
        .args(options)
        .arg(maildir.path().join("box"))
        .env(
            "PYTHONPATH",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/app"),
        )
        .env("SMTP_DELAY_MS", delay_ms.to_string())
        .spawn()
        .expect("aiosmtpd is installed by scripts/setup (pip install aiosmtpd)");
    // Owned at once, so the process is killed and reaped whatever happens next.
    let server = SmtpServer {
        child,
        port,
        maildir,
    };
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(50));
    for _ in 0..200 {
        tick.tick().await;
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            // A listener is up; make sure it is ours and not another test's on a reused port.
            let mut server = server;
            assert!(
                server.child.try_wait().expect("status").is_none(),
                "aiosmtpd could not listen on {port}"
            );
            return server;
        }
    }
    panic!("aiosmtpd did not start on port {port}");
}

/// The messages the server has accepted so far.
pub fn received(server: &SmtpServer) -> Vec<mail_parser::Message<'static>> {
    let new = server.maildir.path().join("box/new");
    let Ok(entries) = std::fs::read_dir(new) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .map(|e| {
            let bytes = std::fs::read(e.path()).expect("read");
            mail_parser::MessageParser::default()
                .parse(&bytes)
                .expect("parse")
                .into_owned()
        })
        .collect()
}

async fn register(app: &crate::helpers::TestApp, email: &str) {
    let form = "/en/events/water-for-every-home-2026/register";
    let response = app.get(form).await;
    let (cookie, csrf) = crate::helpers::csrf_session(response).await;
    let fields = [
        ("csrf", csrf.as_str()),
        ("name", "Siti Rahma"),
        ("email", email),
        ("country", "ID"),
        ("lang", "id"),
        ("tz", "Asia/Jakarta"),
        ("attest", "on"),
        ("consent", "on"),
    ];
    let sent = app
        .client
        .post(format!("{}{form}", app.address))
        .header("cookie", cookie)
        .form(&fields)
        .send()
        .await
        .expect("post");
    assert_eq!(sent.status().as_u16(), 303);
}

both_backends!(
    confirmation_mail_goes_through_a_real_smtp_server,
    |backend| async move {
        let server = start_smtp(free_port()).await;
        let app = spawn_app_with_smtp(backend, &format!("smtp://127.0.0.1:{}", server.port)).await;
        register(&app, "siti@example.org").await;
        assert_eq!(app.run_due_jobs().await.expect("deliver"), 1);
        let mails = received(&server);
        assert_eq!(mails.len(), 1);
        let mail = &mails[0];
        assert_eq!(
            mail.to().and_then(|t| t.first()).and_then(|a| a.address()),
            Some("siti@example.org")
        );
        assert!(
            mail.body_html(0).is_some() && mail.body_text(0).is_some(),
            "text and HTML"
        );
        let text = mail.body_text(0).expect("text");
        assert!(
            text.contains("/id/registrations/confirm/"),
            "in the chosen language: {text}"
        );
    }
);

both_backends!(
    mail_queued_while_smtp_is_down_is_delivered_once_it_is_back,
    |backend| async move {
        // Port 9 (discard) has no listener here: every connection is refused.
        let app = spawn_app_with_smtp(backend, "smtp://127.0.0.1:9").await;
        register(&app, "later@example.org").await;
        assert_eq!(
            app.run_due_jobs().await.expect("deliver"),
            0,
            "the server is down"
        );
        // The server comes back (at a new address, so no other test can be listening there).
        let server = start_smtp(free_port()).await;
        let mut state = app.state.clone();
        state.transport =
            convene::mail::Transport::smtp(&format!("smtp://127.0.0.1:{}", server.port), 0)
                .expect("url");
        assert_eq!(
            convene::jobs::run_due(&state).await.expect("deliver"),
            0,
            "waits for its retry time"
        );
        app.clock.advance(jiff::SignedDuration::from_secs(31));
        assert_eq!(convene::jobs::run_due(&state).await.expect("deliver"), 1);
        assert_eq!(received(&server).len(), 1);
        assert_eq!(
            convene::jobs::run_due(&state).await.expect("deliver"),
            0,
            "sent exactly once"
        );
    }
);
