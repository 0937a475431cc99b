//! Registration burst harness (see `bench/registration-burst.sh`, which starts the server).
//!
//! Phase 1: `--clients` concurrent clients send `--signups` sign-ups to a running server.
//! Phase 2: the same clients follow every confirmation link (built from the stored nonces and
//! the server's secret key, exactly as the mail would carry them).
//! Then it reads the database and reports throughput, latency percentiles, confirmed and
//! waitlisted counts, acknowledged-but-lost sign-ups, duplicates and 5xx answers. In the same
//! run it measures raw SQLite with one commit per row, as the reference for durable
//! throughput.

use convene::registration::{LinkKey, Purpose};
use convene::storage::Database;
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

struct Args {
    url: String,
    database_url: String,
    secret_key: String,
    event: String,
    clients: usize,
    signups: usize,
}

fn args() -> Args {
    let mut a = Args {
        url: "http://127.0.0.1:8080".into(),
        database_url: String::new(),
        secret_key: String::new(),
        event: "water-for-every-home-2026".into(),
        clients: 500,
        signups: 20_000,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_default();
        match flag.as_str() {
            "--url" => a.url = value,
            "--database-url" => a.database_url = value,
            "--secret-key" => a.secret_key = value,
            "--event" => a.event = value,
            "--clients" => a.clients = value.parse().unwrap_or(a.clients),
            "--signups" => a.signups = value.parse().unwrap_or(a.signups),
            other => panic!("unknown flag {other}"),
        }
    }
    a
}

/// Outcomes of one phase.
#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    ok: usize,
    server_errors: usize,
    other: usize,
    acknowledged: Vec<String>,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// A client with its own cookie jar entry: one CSRF cookie and token for all its forms.
async fn client(url: &str, form: &str) -> (reqwest::Client, String, String) {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let response = http.get(format!("{url}{form}")).send().await.expect("form");
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .expect("ascii")
        .split(';')
        .next()
        .expect("cookie")
        .to_owned();
    let html = response.text().await.expect("body");
    let token = html
        .split(r#"name="csrf" value=""#)
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("csrf")
        .to_owned();
    (http, cookie, token)
}

async fn sign_ups(a: &Args) -> (Tally, Duration) {
    let form = format!("/en/events/{}/register", a.event);
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..a.clients {
        let (url, form, next, total) = (a.url.clone(), form.clone(), next.clone(), a.signups);
        tasks.push(tokio::spawn(async move {
            let (http, cookie, csrf) = client(&url, &form).await;
            let mut tally = Tally::default();
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= total {
                    return tally;
                }
                let email = format!("burst{n}@example.org");
                let fields = [
                    ("csrf", csrf.as_str()),
                    ("name", "Burst Tester"),
                    ("email", email.as_str()),
                    ("country", "PK"),
                    ("lang", "en"),
                    ("tz", "Asia/Karachi"),
                    ("attest", "on"),
                    ("consent", "on"),
                ];
                let t = Instant::now();
                let result = http
                    .post(format!("{url}{form}"))
                    .header("cookie", &cookie)
                    .form(&fields)
                    .send()
                    .await;
                tally.latencies.push(t.elapsed());
                match result.map(|r| r.status().as_u16()) {
                    Ok(303) => {
                        tally.ok += 1;
                        tally.acknowledged.push(email);
                    }
                    Ok(s) if s >= 500 => tally.server_errors += 1,
                    _ => tally.other += 1,
                }
            }
        }));
    }
    let mut all = Tally::default();
    for task in tasks {
        let t = task.await.expect("client");
        all.latencies.extend(t.latencies);
        all.ok += t.ok;
        all.server_errors += t.server_errors;
        all.other += t.other;
        all.acknowledged.extend(t.acknowledged);
    }
    (all, started.elapsed())
}

async fn confirmations(a: &Args, links: Vec<String>) -> (Tally, Duration) {
    let queue = Arc::new(std::sync::Mutex::new(links));
    let started = Instant::now();
    let form = format!("/en/events/{}/register", a.event);
    let mut tasks = Vec::new();
    for _ in 0..a.clients {
        let (url, form, queue) = (a.url.clone(), form.clone(), queue.clone());
        tasks.push(tokio::spawn(async move {
            let (http, cookie, csrf) = client(&url, &form).await;
            let mut tally = Tally::default();
            loop {
                let Some(link) = queue.lock().expect("queue").pop() else {
                    return tally;
                };
                let t = Instant::now();
                let result = http
                    .post(format!("{url}{link}"))
                    .header("cookie", &cookie)
                    .form(&[("csrf", csrf.as_str())])
                    .send()
                    .await;
                tally.latencies.push(t.elapsed());
                match result.map(|r| r.status().as_u16()) {
                    Ok(303) => tally.ok += 1,
                    Ok(s) if s >= 500 => tally.server_errors += 1,
                    _ => tally.other += 1,
                }
            }
        }));
    }
    let mut all = Tally::default();
    for task in tasks {
        let t = task.await.expect("client");
        all.latencies.extend(t.latencies);
        all.ok += t.ok;
        all.server_errors += t.server_errors;
        all.other += t.other;
    }
    (all, started.elapsed())
}

/// Raw SQLite, one INSERT and one commit per row, same pragmas as Convene.
async fn raw_sqlite_rate(rows: usize) -> f64 {
    let dir = tempfile::tempdir().expect("dir");
    sqlx::any::install_default_drivers();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("raw.db").display());
    let pool = sqlx::AnyPool::connect(&url).await.expect("raw sqlite");
    for pragma in ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"] {
        sqlx::query(pragma).execute(&pool).await.expect("pragma");
    }
    sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT UNIQUE, data TEXT)")
        .execute(&pool)
        .await
        .expect("table");
    let started = Instant::now();
    for n in 0..rows {
        let mut tx = pool.begin().await.expect("begin");
        sqlx::query("INSERT INTO t (email, data) VALUES ($1, $2)")
            .bind(format!("raw{n}@example.org"))
            .bind("Burst Tester|PK|en|Asia/Karachi")
            .execute(&mut *tx)
            .await
            .expect("insert");
        tx.commit().await.expect("commit");
    }
    rows as f64 / started.elapsed().as_secs_f64()
}

/// Raw PostgreSQL on the hot row: one `UPDATE` of a single counter and one commit per
/// sign-up, in a table of its own (dropped after). Every confirmation of one event moves one
/// row like this, so it bounds what any number of instances can confirm.
async fn raw_postgres_hot_row_rate(url: &str, rows: usize) -> f64 {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("raw postgres");
    let table = format!("burst_reference_{}", std::process::id());
    let create = format!("CREATE TABLE {table} (id INTEGER PRIMARY KEY, n BIGINT NOT NULL)");
    sqlx::query(sqlx::AssertSqlSafe(create))
        .execute(&pool)
        .await
        .expect("table");
    let seed = format!("INSERT INTO {table} (id, n) VALUES (1, 0)");
    sqlx::query(sqlx::AssertSqlSafe(seed))
        .execute(&pool)
        .await
        .expect("seed");
    let update = format!("UPDATE {table} SET n = n + 1 WHERE id = 1");
    let started = Instant::now();
    for _ in 0..rows {
        let mut tx = pool.begin().await.expect("begin");
        sqlx::query(sqlx::AssertSqlSafe(update.clone()))
            .execute(&mut *tx)
            .await
            .expect("update");
        tx.commit().await.expect("commit");
    }
    let rate = rows as f64 / started.elapsed().as_secs_f64();
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP TABLE {table}")))
        .execute(&pool)
        .await
        .expect("drop");
    pool.close().await;
    rate
}

fn report(name: &str, tally: &mut Tally, elapsed: Duration) {
    tally.latencies.sort_unstable();
    println!(
        "{name}: {} ok, {} 5xx, {} other in {:.2} s = {:.0}/s; p50 {:.1} ms, p99 {:.1} ms",
        tally.ok,
        tally.server_errors,
        tally.other,
        elapsed.as_secs_f64(),
        tally.ok as f64 / elapsed.as_secs_f64(),
        percentile(&tally.latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&tally.latencies, 0.99).as_secs_f64() * 1e3,
    );
}

#[tokio::main]
async fn main() {
    let a = args();
    let (mut signed, signup_time) = sign_ups(&a).await;
    report("sign-ups", &mut signed, signup_time);

    let db = Database::connect(&a.database_url).await.expect("database");
    let event: convene::domain::Slug = a.event.parse().expect("slug");
    let stored = db.registrations(&event).await.expect("registrations");
    let stored_emails: Vec<String> = stored.iter().map(|r| r.email.as_str().to_owned()).collect();
    let unique: HashSet<&String> = stored_emails.iter().collect();
    let duplicates = stored_emails.len() - unique.len();
    let lost = signed
        .acknowledged
        .iter()
        .filter(|e| !unique.contains(e))
        .count();

    let key =
        LinkKey::new(a.secret_key.as_bytes().to_vec()).expect("secret key of at least 32 bytes");
    let mut links = Vec::new();
    for r in &stored {
        if let Some((_, nonces)) = db.link_nonces(r.id).await.expect("nonces")
            && let Some(nonce) = nonces.confirm
        {
            links.push(format!(
                "/en/registrations/confirm/{}",
                key.token(Purpose::Confirm, r.id, &nonce)
            ));
        }
    }
    let (mut confirmed_http, confirm_time) = confirmations(&a, links).await;
    report("confirmations", &mut confirmed_http, confirm_time);

    let after = db.registrations(&event).await.expect("registrations");
    let count = |s: convene::registration::Status| after.iter().filter(|r| r.status == s).count();
    let places = db.places(&event).await.expect("places");
    println!(
        "result: {} confirmed, {} waitlisted, capacity {:?}, held {}, lost {lost}, duplicates {duplicates}, 5xx {}",
        count(convene::registration::Status::Confirmed),
        count(convene::registration::Status::Waitlisted),
        places.capacity,
        places.held,
        signed.server_errors + confirmed_http.server_errors,
    );
    let durable = signed.ok as f64 / signup_time.as_secs_f64();
    if a.database_url.starts_with("postgres") {
        let confirmed_rate = confirmed_http.ok as f64 / confirm_time.as_secs_f64();
        let raw = raw_postgres_hot_row_rate(&a.database_url, a.signups.min(5_000)).await;
        println!(
            "durable sign-ups/s {durable:.0}; confirmations/s {confirmed_rate:.0}; raw PostgreSQL hot-row one-commit-per-update {raw:.0}/s; ratios {:.2} and {:.2}",
            durable / raw,
            confirmed_rate / raw
        );
    } else {
        let raw = raw_sqlite_rate(a.signups).await;
        println!(
            "durable sign-ups/s {durable:.0}; raw SQLite one-commit-per-row {raw:.0}/s; ratio {:.2}",
            durable / raw
        );
    }
    db.close().await;
}
