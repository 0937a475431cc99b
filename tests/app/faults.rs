//! Faults are inputs too: a full disk, a read-only data folder and a restarted PostgreSQL.
//! After each, every acknowledged sign-up is stored, anything not stored was answered "try
//! again" (503 with `Retry-After`), and the same server serves again without a restart.
//!
//! These tests mount small tmpfs file systems and run a PostgreSQL of their own (`initdb` in
//! a temporary folder, `pg_ctl` on a free port), so they need root, as CI has.

use crate::helpers::{Process, free_port};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const EVENT: &str = "water-for-every-home-2026";

/// A tmpfs of `size` mounted on a temporary folder; unmounted when dropped.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Self {
        let dir = tempfile::tempdir().expect("mount point");
        run(Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path()));
        Self { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, mode: &str) {
        run(Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(self.path()));
    }

    /// Writes a filler file until the file system is full; returns its path.
    fn fill(&self) -> PathBuf {
        use std::io::Write;
        let path = self.path().join("filler");
        let mut file = std::fs::File::create(&path).expect("filler");
        for chunk in [1 << 20, 4096, 1] {
            let bytes = vec![0u8; chunk];
            while file.write_all(&bytes).and_then(|()| file.flush()).is_ok() {}
        }
        path
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

fn run(command: &mut Command) {
    let output = command.output().expect("run a system command");
    assert!(
        output.status.success(),
        "{command:?} failed (these tests need root): {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A visitor signing up for the demo event, with one form session.
struct Visitor {
    http: reqwest::Client,
    base: String,
    cookie: String,
    csrf: String,
}

/// What the server answered to one sign-up.
struct Answer {
    status: u16,
    retry_after: Option<String>,
    body: String,
}

impl Visitor {
    async fn new(base: &str) -> Self {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(60))
            .build()
            .expect("client");
        let form = http
            .get(format!("{base}/en/events/{EVENT}/register"))
            .send()
            .await
            .expect("form");
        let (cookie, csrf) = crate::helpers::csrf_session(form).await;
        Self {
            http,
            base: base.to_owned(),
            cookie,
            csrf,
        }
    }

    async fn sign_up(&self, email: &str) -> Answer {
        let fields = [
            ("csrf", self.csrf.as_str()),
            ("name", "Steady Person"),
            ("email", email),
            ("country", "LB"),
            ("lang", "en"),
            ("tz", "Asia/Beirut"),
            ("attest", "on"),
            ("consent", "on"),
        ];
        let response = self
            .http
            .post(format!("{}/en/events/{EVENT}/register", self.base))
            .header("cookie", &self.cookie)
            .form(&fields)
            .send()
            .await
            .expect("the server answers");
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = response.text().await.expect("body");
        Answer {
            status,
            retry_after,
            body,
        }
    }

    /// `/healthz`: liveness, which no fault outside the process changes.
    async fn liveness(&self) -> u16 {
        self.http
            .get(format!("{}/healthz", self.base))
            .send()
            .await
            .expect("healthz")
            .status()
            .as_u16()
    }

    async fn readiness(&self) -> u16 {
        self.http
            .get(format!("{}/readyz", self.base))
            .send()
            .await
            .expect("readyz")
            .status()
            .as_u16()
    }
}

/// Records acknowledged sign-ups and checks every other answer is a proper "try again".
#[derive(Default)]
struct Ledger {
    acknowledged: Vec<String>,
    refused: usize,
}

impl Ledger {
    fn record(&mut self, email: String, answer: &Answer) {
        match answer.status {
            303 => self.acknowledged.push(email),
            503 => {
                assert_eq!(
                    answer.retry_after.as_deref(),
                    Some("5"),
                    "a 503 says when to try again"
                );
                assert!(
                    answer
                        .body
                        .contains("Please send it again in a few seconds"),
                    "a 503 explains, in the visitor's language: {}",
                    answer.body
                );
                self.refused += 1;
            }
            other => panic!("{email}: answered {other}, neither acknowledged nor \"try again\""),
        }
    }
}

/// Sends SIGTERM and waits (bounded) for the process to exit.
async fn terminate(process: &mut Process, within: Duration) {
    run(Command::new("kill").args(["-TERM", &process.0.id().to_string()]));
    let deadline = Instant::now() + within;
    let mut tick = tokio::time::interval(Duration::from_millis(20));
    loop {
        tick.tick().await;
        if process.0.try_wait().expect("wait").is_some() {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not stop within {within:?} of SIGTERM"
        );
    }
}

async fn stored_emails(database_url: &str) -> Vec<String> {
    let db = convene::storage::Database::connect(database_url)
        .await
        .expect("the database opens again");
    let stored = db
        .registrations(&EVENT.parse().expect("slug"))
        .await
        .expect("registrations");
    db.close().await;
    stored
        .into_iter()
        .map(|r| r.email.as_str().to_owned())
        .collect()
}

fn assert_all_stored(ledger: &Ledger, stored: &[String]) {
    let lost: Vec<&String> = ledger
        .acknowledged
        .iter()
        .filter(|email| !stored.contains(email))
        .collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged sign-ups were lost: {lost:?}",
        lost.len(),
        ledger.acknowledged.len()
    );
}

async fn start_demo(data_dir: &Path, port: u16, database_url: Option<&str>) -> Process {
    let listen = format!("127.0.0.1:{port}");
    let data = data_dir.to_str().expect("utf-8 path");
    let mut args = vec!["demo", "--listen", &listen, "--data-dir", data];
    if let Some(url) = database_url {
        args.extend(["--database-url", url]);
    }
    Process::start(&args, &[("CONVENE_FORM_LIMIT_PER_IP", "100000")], port).await
}

#[tokio::test]
async fn a_full_disk_loses_no_acknowledged_sign_up_and_the_server_recovers_when_space_returns() {
    let disk = Tmpfs::mount("96m");
    let port = free_port();
    let mut server = start_demo(disk.path(), port, None).await;
    let visitor = Visitor::new(&format!("http://127.0.0.1:{port}")).await;
    let mut ledger = Ledger::default();
    for n in 0..3 {
        let email = format!("before{n}@example.org");
        let answer = visitor.sign_up(&email).await;
        assert_eq!(answer.status, 303, "space left: stored");
        ledger.record(email, &answer);
    }

    // The write-ahead log is emptied (as a checkpoint does), then the disk fills up.
    let db_path = disk.path().join("convene.db");
    let url = format!("sqlite://{}", db_path.display());
    {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&url).await.expect("open");
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&mut conn)
            .await
            .expect("checkpoint");
        conn.close().await.expect("close");
    }
    let filler = disk.fill();
    for n in 0..12 {
        let email = format!("full{n}@example.org");
        let answer = visitor.sign_up(&email).await;
        ledger.record(email, &answer);
    }
    assert!(
        ledger.refused > 0,
        "the full disk refused no write: the fault was not injected"
    );
    assert_eq!(
        visitor.readiness().await,
        503,
        "readiness reports the full disk"
    );
    assert_eq!(
        visitor.liveness().await,
        200,
        "the process is alive: restarting it would not free the disk"
    );

    std::fs::remove_file(filler).expect("free the space");
    for n in 0..10 {
        let email = format!("after{n}@example.org");
        let answer = visitor.sign_up(&email).await;
        assert_eq!(
            answer.status, 303,
            "space is back: stored without a restart ({})",
            answer.body
        );
        ledger.record(email, &answer);
    }
    assert_eq!(visitor.readiness().await, 200);

    terminate(&mut server, Duration::from_secs(20)).await;
    let stored = stored_emails(&format!("{url}?mode=rw")).await;
    assert_all_stored(&ledger, &stored);
    assert_eq!(ledger.acknowledged.len(), 13 + (12 - ledger.refused));
}

/// A PostgreSQL server of the test's own, on a free port, in a temporary folder.
struct OwnPostgres {
    dir: tempfile::TempDir,
    port: u16,
    bin: PathBuf,
}

impl OwnPostgres {
    fn start() -> Self {
        let versions = std::fs::read_dir("/usr/lib/postgresql").expect("PostgreSQL installed");
        let mut bins: Vec<PathBuf> = versions
            .filter_map(Result::ok)
            .map(|e| e.path().join("bin"))
            .filter(|b| b.join("pg_ctl").exists())
            .collect();
        bins.sort();
        let bin = bins.pop().expect("a PostgreSQL with pg_ctl");
        let dir = tempfile::tempdir().expect("dir");
        run(Command::new("chown").arg("postgres").arg(dir.path()));
        let data = dir.path().join("data");
        run(Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(bin.join("initdb"))
            .args(["-A", "trust", "-U", "postgres", "--no-sync", "-D"])
            .arg(&data));
        let server = Self {
            dir,
            port: free_port(),
            bin,
        };
        server.pg_ctl(&["start", "-w"]);
        server
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    fn pg_ctl(&self, action: &[&str]) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        run(Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .arg("-D")
            .arg(self.dir.path().join("data"))
            .args(["-o", &options, "-l"])
            .arg(self.dir.path().join("log"))
            .args(action));
    }
}

impl Drop for OwnPostgres {
    fn drop(&mut self) {
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .arg("-D")
            .arg(self.dir.path().join("data"))
            .args(["-m", "immediate", "stop"])
            .output();
    }
}

#[tokio::test]
async fn a_postgres_restart_mid_burst_loses_no_acknowledged_sign_up_and_the_server_reconnects() {
    let postgres = OwnPostgres::start();
    let data = tempfile::tempdir().expect("data dir");
    let port = free_port();
    let mut server = start_demo(data.path(), port, Some(&postgres.url())).await;
    let base = format!("http://127.0.0.1:{port}");

    // Four visitors sign up without pause while the database is stopped and started.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut burst = Vec::new();
    for visitor_no in 0..4 {
        let stop = stop.clone();
        let base = base.clone();
        burst.push(tokio::spawn(async move {
            let visitor = Visitor::new(&base).await;
            let mut ledger = Ledger::default();
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let email = format!("burst{visitor_no}-{n}@example.org");
                let answer = visitor.sign_up(&email).await;
                ledger.record(email, &answer);
                n += 1;
            }
            ledger
        }));
    }
    let probe = Visitor::new(&base).await;
    let mut ledger = Ledger::default();
    for n in 0..5 {
        let email = format!("before{n}@example.org");
        let answer = probe.sign_up(&email).await;
        assert_eq!(answer.status, 303);
        ledger.record(email, &answer);
    }

    postgres.pg_ctl(&["-m", "immediate", "stop"]);
    let email = "down@example.org".to_owned();
    let answer = probe.sign_up(&email).await;
    assert_eq!(answer.status, 503, "database down: try again, not an error");
    ledger.record(email, &answer);
    assert_eq!(
        probe.readiness().await,
        503,
        "readiness reports the database down"
    );

    postgres.pg_ctl(&["start", "-w"]);
    // The pool reconnects by itself: the first sign-ups after the start may still meet a
    // dead connection (503), then they are stored.
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut stored_after = 0;
    let mut n = 0;
    while stored_after < 5 {
        assert!(Instant::now() < deadline, "the server did not reconnect");
        let email = format!("after{n}@example.org");
        let answer = probe.sign_up(&email).await;
        stored_after += usize::from(answer.status == 303);
        ledger.record(email, &answer);
        n += 1;
    }
    assert_eq!(probe.readiness().await, 200);

    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for visitor in burst {
        let theirs = visitor.await.expect("visitor");
        ledger.acknowledged.extend(theirs.acknowledged);
        ledger.refused += theirs.refused;
    }
    terminate(&mut server, Duration::from_secs(20)).await;
    let stored = stored_emails(&postgres.url()).await;
    assert_all_stored(&ledger, &stored);
    assert!(ledger.acknowledged.len() >= 10);
}

#[tokio::test]
async fn a_read_only_data_folder_stops_the_server_at_start_with_a_clear_message() {
    let disk = Tmpfs::mount("16m");
    disk.remount("ro");
    let output = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(disk.path().join("site"))
        .env("CONVENE_LOG", "warn")
        .output()
        .expect("run convene");
    assert!(!output.status.success(), "refuses to start");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&disk.path().join("site").display().to_string())
            && stderr.contains("Read-only file system"),
        "names the folder and the reason: {stderr}"
    );
}

#[tokio::test]
async fn mail_due_while_the_data_folder_is_read_only_is_written_once_it_is_writable_again() {
    let disk = Tmpfs::mount("32m");
    let app = crate::helpers::spawn_app_with(crate::helpers::Backend::Postgres, |layer| {
        layer.data_dir = Some(disk.path().to_owned());
    })
    .await;
    let visitor = Visitor::new(&app.address).await;
    disk.remount("ro");
    let answer = visitor.sign_up("readonly@example.org").await;
    assert_eq!(
        answer.status, 303,
        "the database (PostgreSQL) still takes the sign-up"
    );
    assert_eq!(
        visitor.readiness().await,
        503,
        "readiness reports the read-only folder"
    );
    app.run_due_jobs().await.expect("run due jobs");
    assert!(
        crate::helpers::mails(&app).is_empty(),
        "no mail file can be written yet"
    );

    disk.remount("rw");
    assert_eq!(visitor.readiness().await, 200);
    app.clock.advance(jiff::SignedDuration::from_hours(1));
    app.run_due_jobs().await.expect("run due jobs");
    let mails = crate::helpers::mails(&app);
    assert_eq!(mails.len(), 1, "the queued confirmation is written, once");
    assert_eq!(
        mails[0]
            .to()
            .and_then(|t| t.first())
            .and_then(|a| a.address()),
        Some("readonly@example.org")
    );
}
