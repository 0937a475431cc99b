//! `TestApp`: the real application on a free port with a fresh database and a stopped clock.

use convene::clock::{Clock, ManualClock};
use convene::config::{Config, Layer};
use convene::content::{self, SiteContent};
use convene::startup::Application;
use convene::state::AppState;
use convene::storage::{ContentSave, Database};
use jiff::Timestamp;
use secrecy::SecretString;
use std::path::{Path, PathBuf};

/// Which database a test runs against.
#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs an async test body once per backend: `both_backends!(name, |backend| async move {…})`.
#[macro_export]
macro_rules! both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test]
            async fn on_sqlite() {
                ($body)($crate::helpers::Backend::Sqlite).await;
            }
            #[tokio::test]
            async fn on_postgres() {
                ($body)($crate::helpers::Backend::Postgres).await;
            }
        }
    };
}

/// The instant tests start at: 2026-11-25 12:00 UTC.
/// Stores `content` unconditionally, the way `convene import` does; returns the revision.
pub async fn store_content(db: &Database, content: &SiteContent) -> i64 {
    let lifetimes = Config::load(None, Layer::default(), "unused")
        .expect("config")
        .lifetimes();
    match db
        .save_content(content, None, test_now(), lifetimes, None)
        .await
        .expect("store content")
    {
        ContentSave::Stored(revision) => revision,
        stale => panic!("an unconditional save was refused: {stale:?}"),
    }
}

pub fn test_now() -> Timestamp {
    "2026-11-25T12:00:00Z".parse().expect("valid instant")
}

/// The repository's demo content folder.
pub fn demo_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content/demo")
}

/// The demo content as `convene demo` loads it at [`test_now`].
pub fn demo_content() -> (
    SiteContent,
    std::collections::BTreeMap<content::MediaPath, PathBuf>,
) {
    let report = content::read_dir(&demo_dir(), &mut |_, _, _| {})
        .unwrap_or_else(|p| panic!("demo content: {p}"));
    let mut content = report.content;
    content.shift_demo_dates(test_now());
    (content, report.media)
}

/// A fresh, empty database on `backend`; for PostgreSQL a new database on the server named
/// by `CONVENE_TEST_DATABASE_URL` (default: the local server).
pub async fn fresh_database_url(backend: Backend, dir: &Path) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}?mode=rwc", dir.join("test.db").display()),
        Backend::Postgres => {
            let admin = std::env::var("CONVENE_TEST_DATABASE_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
            let name = format!("convene_test_{}", hex::encode(rand::random::<[u8; 8]>()));
            sqlx::any::install_default_drivers();
            let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
                .await
                .unwrap_or_else(|e| panic!("PostgreSQL at {admin} is needed for these tests: {e}"));
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&mut conn)
                .await
                .expect("create database");
            let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
            format!("{base}/{name}")
        }
    }
}

/// The running application and what a test needs to drive it.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub clock: ManualClock,
    pub state: AppState,
    /// Kept so the folder lives as long as the app (and every instance sharing it).
    _data_dir: std::sync::Arc<tempfile::TempDir>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl TestApp {
    /// GET a path, without following redirects.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request")
    }

    /// GET a path and return status and body text.
    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    /// Runs every job due now (mail, expiry, reminders); returns how many ran.
    pub async fn run_due_jobs(&self) -> anyhow::Result<usize> {
        convene::jobs::run_due(&self.state).await
    }

    /// Another instance of the application on the same database and data folder (so with
    /// the same secret key), as behind a load balancer: its own port, its own memory, no
    /// background jobs, the content already stored.
    pub async fn second_instance(&self) -> TestApp {
        self.instance_with(self._data_dir.clone(), |_| {})
            .await
            .expect("second instance builds")
    }

    /// Another instance on the same database on another machine: its own empty data folder,
    /// its settings changed by `configure`; the error is why it would not start.
    pub async fn instance_elsewhere(
        &self,
        configure: impl FnOnce(&mut Config),
    ) -> anyhow::Result<TestApp> {
        let dir = std::sync::Arc::new(tempfile::tempdir()?);
        self.instance_with(dir, configure).await
    }

    async fn instance_with(
        &self,
        data_dir: std::sync::Arc<tempfile::TempDir>,
        configure: impl FnOnce(&mut Config),
    ) -> anyhow::Result<TestApp> {
        let mut config = (*self.state.config).clone();
        config.listen = "127.0.0.1:0".parse().expect("address");
        config.data_dir = data_dir.path().to_owned();
        configure(&mut config);
        let (clock, handle) = Clock::manual(test_now());
        let app = Application::build(config, clock)
            .await?
            .without_background_jobs();
        let state = app.state().clone();
        let address = format!("http://127.0.0.1:{}", app.port());
        let (stop, stopped) = tokio::sync::oneshot::channel();
        tokio::spawn(app.run_until(async {
            let _ = stopped.await;
        }));
        Ok(TestApp {
            address,
            client: self.client.clone(),
            clock: handle,
            state,
            _data_dir: data_dir,
            stop: Some(stop),
        })
    }

    /// The content revision a form of the organisers' editors loaded now would carry.
    pub async fn revision(&self) -> String {
        self.state
            .db
            .content_revision()
            .await
            .expect("revision")
            .to_string()
    }

    /// Stores new content the way an import does and tells the running app.
    pub async fn replace_content(&self, content: &SiteContent) {
        let saved = self
            .state
            .save_content(content, None, None)
            .await
            .expect("replace content");
        assert!(matches!(saved, ContentSave::Stored(_)), "{saved:?}");
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Starts the application with the demo content loaded at [`test_now`]; mail goes to files.
pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn(backend, None).await
}

/// The same, with mail sent to an SMTP server.
pub async fn spawn_app_with_smtp(backend: Backend, smtp_url: &str) -> TestApp {
    spawn(backend, Some(smtp_url.to_owned())).await
}

async fn spawn(backend: Backend, smtp_url: Option<String>) -> TestApp {
    spawn_app_with(backend, |layer| {
        layer.smtp_url = smtp_url.map(SecretString::from)
    })
    .await
}

/// Starts the application like [`spawn_app`], with settings changed by `configure`.
pub async fn spawn_app_with(backend: Backend, configure: impl FnOnce(&mut Layer)) -> TestApp {
    start(backend, configure, false).await
}

/// Starts the application with its real job worker running (as `convene serve` does),
/// still on the manual clock.
pub async fn spawn_app_running_jobs(backend: Backend) -> TestApp {
    start(backend, |_| {}, true).await
}

/// Starts the application with its real job worker, with settings changed by `configure`.
pub async fn spawn_app_running_jobs_with(
    backend: Backend,
    configure: impl FnOnce(&mut Layer),
) -> TestApp {
    start(backend, configure, true).await
}

/// Starts the application on a database with no site content at all, as a freshly
/// installed package is before `convene import`.
pub async fn spawn_app_without_content(backend: Backend) -> TestApp {
    start_with(backend, |_| {}, false, false).await
}

async fn start(backend: Backend, configure: impl FnOnce(&mut Layer), run_jobs: bool) -> TestApp {
    start_with(backend, configure, run_jobs, true).await
}

async fn start_with(
    backend: Backend,
    configure: impl FnOnce(&mut Layer),
    run_jobs: bool,
    with_content: bool,
) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let url = fresh_database_url(backend, data_dir.path()).await;
    let mut flags = Layer {
        listen: Some("127.0.0.1:0".parse().expect("address")),
        data_dir: Some(data_dir.path().to_owned()),
        database_url: Some(SecretString::from(url)),
        public_url: Some("https://convene.example".to_owned()),
        ..Layer::default()
    };
    configure(&mut flags);
    let config = Config::load(None, flags, "unused").expect("config");
    let (clock, handle) = Clock::manual(test_now());
    let app = Application::build(config, clock)
        .await
        .expect("application builds");
    // No worker beside the test: tests run due jobs themselves (`run_due_jobs`), so what
    // they see is one exact state.
    let app = if run_jobs {
        app
    } else {
        app.without_background_jobs()
    };
    let state = app.state().clone();
    if with_content {
        let (content, media) = demo_content();
        // The media where `convene import` puts them: the media folder, or the object store.
        convene::media::ContentMedia::new(&state.media, &state.config.media_dir())
            .publish(&media, &mut |_, _, _| {})
            .await
            .expect("store the demo's media");
        let saved = state
            .db
            .save_content(&content, None, test_now(), state.lifetimes, None)
            .await
            .expect("load demo");
        let ContentSave::Stored(revision) = saved else {
            panic!("an unconditional save was refused: {saved:?}");
        };
        state.content_changed(revision);
    }
    let address = format!("http://127.0.0.1:{}", app.port());
    let (stop, stopped) = tokio::sync::oneshot::channel();
    tokio::spawn(app.run_until(async {
        let _ = stopped.await;
    }));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    TestApp {
        address,
        client,
        clock: handle,
        state,
        _data_dir: std::sync::Arc::new(data_dir),
        stop: Some(stop),
    }
}

/// A connection to a fresh database, for storage tests.
pub async fn fresh_database(backend: Backend) -> (Database, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = fresh_database_url(backend, dir.path()).await;
    (
        Database::connect(&url).await.expect("connect and migrate"),
        dir,
    )
}

/// Page text without the Unicode isolation marks Fluent puts around placeables.
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The CSRF cookie (`name=value`) and form token from the response of a page with a form.
/// A signed-in page sets no form cookie (its token is bound to the session): the cookie is
/// then empty.
pub async fn csrf_session(response: reqwest::Response) -> (String, String) {
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.contains("convene_csrf="))
        .and_then(|v| v.split(';').next())
        .unwrap_or_default()
        .to_owned();
    let html = response.text().await.expect("body");
    let token = html
        .split(r#"name="csrf" value=""#)
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a csrf field")
        .to_owned();
    (cookie, token)
}

/// POSTs a form with a cookie, without following redirects.
pub async fn post(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.client
        .post(format!("{}{path}", app.address))
        .header("cookie", cookie)
        .form(fields)
        .send()
        .await
        .expect("request")
}

/// The mails written by the file transport, parsed, oldest first.
pub fn mails(app: &TestApp) -> Vec<mail_parser::Message<'static>> {
    let dir = app.data_dir().join("mail");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .map(|p: &std::path::PathBuf| {
            let bytes = std::fs::read(p).expect("read mail");
            mail_parser::MessageParser::default()
                .parse(&bytes)
                .expect("parse mail")
                .into_owned()
        })
        .collect()
}

/// The site-relative address of the first link in a mail's text starting with `marker`.
pub fn link_in(mail: &mail_parser::Message<'_>, marker: &str) -> String {
    let text = mail.body_text(0).expect("text body");
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {text}"));
    let url: String = text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    url.trim_start_matches("https://convene.example").to_owned()
}

impl TestApp {
    /// A client whose requests come from `ip` (any address of 127.0.0.0/8 reaches the app):
    /// a visitor on another network, for the limits kept per network.
    pub fn client_from(&self, ip: &str) -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .local_address(ip.parse::<std::net::IpAddr>().expect("an address"))
            .build()
            .expect("client")
    }

    /// The app's data folder.
    pub fn data_dir(&self) -> &Path {
        &self.state.config.data_dir
    }
}

/// A `convene` process started by a test; killed (SIGKILL) and reaped when dropped.
pub struct Process(pub std::process::Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Process {
    /// Starts `convene` with `args` and `env`, and waits until `/healthz` on `port` answers.
    pub async fn start(args: &[&str], env: &[(&str, &str)], port: u16) -> Self {
        Self::start_with_log(args, env, port, std::process::Stdio::inherit()).await
    }

    /// The same, with its log (standard error) sent to `log`.
    pub async fn start_with_log(
        args: &[&str],
        env: &[(&str, &str)],
        port: u16,
        log: impl Into<std::process::Stdio>,
    ) -> Self {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_convene"));
        command
            .args(args)
            .env("CONVENE_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .stderr(log);
        for (name, value) in env {
            command.env(name, value);
        }
        let process = Process(command.spawn().expect("start convene"));
        let mut tick = tokio::time::interval(std::time::Duration::from_millis(50));
        for _ in 0..400 {
            tick.tick().await;
            if reqwest::get(format!("http://127.0.0.1:{port}/healthz"))
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                return process;
            }
        }
        panic!("convene did not become healthy on port {port}");
    }

    /// Kills the process at once (SIGKILL: no graceful shutdown, no flush).
    pub fn kill_9(mut self) {
        self.0.kill().expect("kill -9");
        self.0.wait().expect("reap");
    }
}

/// A free TCP port on the loopback interface.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

/// Polls `check` every 25 ms until it holds; panics naming `what` after `limit`. Tests wait
/// for conditions this way, never by sleeping for a guessed time.
pub async fn eventually<F, Fut>(what: &str, limit: std::time::Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + limit;
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(25));
    while tokio::time::Instant::now() < deadline {
        tick.tick().await;
        if check().await {
            return;
        }
    }
    panic!("timed out after {limit:?} waiting until {what}");
}
