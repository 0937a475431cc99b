//! Upgrades: the current binary starts on a database made by the previous release's schema
//! and keeps everything in it.
//!
//! The fixture (`tests/fixtures/upgrade/`) is the previous release as it was: its migration
//! files copied from commit 84a72d6 (schema 20261129000004), rows of a demo site in tables
//! that schema has (sqlite3 `.dump`; see the file's header), and that site's link key. The test applies those
//! migrations with sqlx, as the old binary did (recording their checksums: a later edit of
//! an old migration would make the upgrade fail here as it would in the field), loads the
//! data, then starts `convene serve` on it.

use crate::helpers::{Process, free_port};
use sqlx::{Connection, Executor};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The schema of the previous release.
const PREVIOUS_SCHEMA: i64 = 20261129000004;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/upgrade")
}

/// Rows per table, every table but sqlx's own and the search index's internals.
async fn row_counts(conn: &mut sqlx::SqliteConnection) -> BTreeMap<String, i64> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name NOT LIKE '_sqlx%' AND name NOT LIKE 'search_index%' ORDER BY name",
    )
    .fetch_all(&mut *conn)
    .await
    .expect("tables");
    let mut counts = BTreeMap::new();
    for table in tables {
        let count: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM \"{table}\""
        )))
        .fetch_one(&mut *conn)
        .await
        .expect("count");
        counts.insert(table, count);
    }
    counts
}

async fn open(path: &Path) -> sqlx::SqliteConnection {
    use sqlx::ConnectOptions;
    sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .connect()
        .await
        .expect("open database")
}

#[tokio::test]
async fn the_current_code_starts_on_the_previous_schema_and_loses_nothing() {
    let site = tempfile::tempdir().expect("dir");
    let db_path = site.path().join("convene.db");
    let mut conn = open(&db_path).await;
    let old = sqlx::migrate::Migrator::new(fixture().join("sqlite-migrations"))
        .await
        .expect("old migrations");
    old.run(&mut conn).await.expect("old schema");
    let data = std::fs::read_to_string(fixture().join("sqlite-data.sql")).expect("data");
    conn.execute(sqlx::raw_sql(sqlx::AssertSqlSafe(data)))
        .await
        .expect("old data");
    let schema: i64 = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
        .fetch_one(&mut conn)
        .await
        .expect("version");
    assert_eq!(schema, PREVIOUS_SCHEMA);
    let before = row_counts(&mut conn).await;
    assert_eq!(before["registrations"], 5, "the fixture has its sign-ups");
    let registrations_before: Vec<(String, String)> =
        sqlx::query_as("SELECT email, status FROM registrations ORDER BY id")
            .fetch_all(&mut conn)
            .await
            .expect("registrations");
    conn.close().await.expect("close");
    std::fs::copy(fixture().join("secret.key"), site.path().join("secret.key")).expect("key");

    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let data_dir = site.path().to_str().expect("utf-8 path");
    let server = Process::start(
        &["serve", "--listen", &listen, "--data-dir", data_dir],
        &[("CONVENE_CLOCK_START", "2026-11-25T12:05:00Z")],
        port,
    )
    .await;
    let base = format!("http://127.0.0.1:{port}");
    let event = reqwest::get(format!("{base}/en/events/water-for-every-home-2026"))
        .await
        .expect("event page");
    assert_eq!(event.status().as_u16(), 200);
    // A personal link mailed by the previous release still opens its page.
    let personal = reqwest::get(format!(
        "{base}/fr/registrations/3.afc603c11d85d96ffb06d311b13bc6e9.eac926ff182ff71f8aa538b9fd04ab38"
    ))
    .await
    .expect("personal page");
    assert_eq!(personal.status().as_u16(), 200);
    assert!(crate::helpers::plain(&personal.text().await.expect("body")).contains("Léa Martin"));
    server.kill_9();

    let mut conn = open(&db_path).await;
    let schema: i64 = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
        .fetch_one(&mut conn)
        .await
        .expect("version");
    assert_eq!(schema, convene::storage::known_schema_version(), "upgraded");
    let after = row_counts(&mut conn).await;
    for (table, count) in &before {
        // The outbox became the job queue (migration 20261206000001): its mail are jobs now.
        let now_in = if table == "outbox" {
            "jobs"
        } else {
            table.as_str()
        };
        assert!(
            after.get(now_in).is_some_and(|n| n >= count),
            "{table}: {count} rows before the upgrade, {:?} after",
            after.get(table)
        );
    }
    let registrations_after: Vec<(String, String)> =
        sqlx::query_as("SELECT email, status FROM registrations ORDER BY id")
            .fetch_all(&mut conn)
            .await
            .expect("registrations");
    assert_eq!(registrations_after, registrations_before);
    conn.close().await.expect("close");
}

#[test]
fn version_names_the_schema_it_brings_a_database_to() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .arg("--version")
        .output()
        .expect("run");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert_eq!(
        text.trim(),
        format!(
            "convene {} (database schema {})",
            env!("CARGO_PKG_VERSION"),
            convene::storage::known_schema_version()
        )
    );
    assert!(convene::storage::known_schema_version() > PREVIOUS_SCHEMA);
}
