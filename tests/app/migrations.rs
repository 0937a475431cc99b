//! The jobs migration (20261206000001) on a database that already holds mail: the outbox's
//! rows become mail jobs with their ids, state, attempts and errors, on both backends.

use crate::both_backends;
use crate::helpers::{Backend, fresh_database_url};
use convene::jobs::Job;
use sqlx::Row;

const JOBS_MIGRATION: &str = "20261206000001_jobs.sql";

fn migrations(backend: Backend) -> Vec<std::path::PathBuf> {
    let folder = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(folder);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("migrations")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
}

both_backends!(
    the_outbox_moves_into_the_jobs_table_with_its_ids_and_states,
    |backend| async move {
        let dir = tempfile::tempdir().expect("dir");
        let url = fresh_database_url(backend, dir.path()).await;
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&url).await.expect("connect");
        let files = migrations(backend);
        let (before, jobs): (Vec<_>, Vec<_>) = files
            .iter()
            .partition(|p| p.file_name().is_some_and(|n| n != JOBS_MIGRATION));
        assert_eq!(jobs.len(), 1, "the jobs migration exists");
        for file in before.iter().filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().as_ref() < JOBS_MIGRATION)
        }) {
            let sql = std::fs::read_to_string(file).expect("read");
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                .execute(&pool)
                .await
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        }
        // Mail as the outbox held it: one delivered, one failing and waiting to be retried.
        sqlx::query(
            "INSERT INTO registrations (event_slug, email, email_key, name, country, lang, time_zone, \
                 status, created_at, access_nonce, last_mail_at) \
             VALUES ('e', 'a@example.org', 'a@example.org', 'A', 'MA', 'ar', 'Africa/Casablanca', \
                 'confirmed', 100, 'n', 100)",
        )
        .execute(&pool)
        .await
        .expect("registration");
        let id: i64 = sqlx::query("SELECT id FROM registrations")
            .fetch_one(&pool)
            .await
            .expect("id")
            .try_get("id")
            .expect("id");
        for (kind, sent, attempts, error) in [
            ("confirm", Some(150_i64), 1_i64, None),
            ("confirmed", None, 3, Some("SMTP temporary failure (451)")),
        ] {
            sqlx::query(
                "INSERT INTO outbox (kind, registration_id, created_at, attempts, next_attempt_at, sent_at, last_error) \
                 VALUES ($1, $2, 100, $3, 400, $4, $5)",
            )
            .bind(kind)
            .bind(id)
            .bind(attempts)
            .bind(sent)
            .bind(error)
            .execute(&pool)
            .await
            .expect("outbox row");
        }
        let outbox_ids: Vec<i64> = sqlx::query("SELECT id FROM outbox ORDER BY id")
            .fetch_all(&pool)
            .await
            .expect("ids")
            .iter()
            .map(|r| r.try_get("id").expect("id"))
            .collect();
        let sql = std::fs::read_to_string(jobs[0]).expect("read");
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&pool)
            .await
            .expect("the jobs migration");
        let rows = sqlx::query(
            "SELECT id, kind, payload, registration_id, state, run_at, attempts, last_error, finished_at \
             FROM jobs ORDER BY id",
        )
        .fetch_all(&pool)
        .await
        .expect("jobs");
        assert_eq!(rows.len(), 2);
        let ids: Vec<i64> = rows.iter().map(|r| r.try_get("id").expect("id")).collect();
        assert_eq!(ids, outbox_ids, "ids kept (Message-IDs stay the same)");
        let read = |r: &sqlx::any::AnyRow| {
            let payload: String = r.try_get("payload").expect("payload");
            (
                r.try_get::<String, _>("kind").expect("kind"),
                serde_json::from_str::<Job>(&payload).expect("a job payload"),
                r.try_get::<Option<i64>, _>("registration_id")
                    .expect("registration"),
                r.try_get::<String, _>("state").expect("state"),
                r.try_get::<i64, _>("run_at").expect("run at"),
                r.try_get::<i64, _>("attempts").expect("attempts"),
                r.try_get::<Option<String>, _>("last_error").expect("error"),
                r.try_get::<Option<i64>, _>("finished_at")
                    .expect("finished"),
            )
        };
        let mail = |m: &str| Job::Mail { mail: m.to_owned() };
        assert_eq!(
            read(&rows[0]),
            (
                "mail".into(),
                mail("confirm"),
                Some(id),
                "done".into(),
                400,
                1,
                None,
                Some(150)
            )
        );
        assert_eq!(
            read(&rows[1]),
            (
                "mail".into(),
                mail("confirmed"),
                Some(id),
                "waiting".into(),
                400,
                3,
                Some("SMTP temporary failure (451)".into()),
                None
            )
        );
        assert!(
            sqlx::query("SELECT 1 FROM outbox")
                .fetch_all(&pool)
                .await
                .is_err(),
            "the outbox is gone"
        );
        // New jobs number on after the moved ones.
        let new: i64 = sqlx::query(
            "INSERT INTO jobs (kind, payload, run_at, created_at) VALUES ('expire-offers', '{\"job\":\"expire-offers\"}', 0, 0) RETURNING id",
        )
        .fetch_one(&pool)
        .await
        .expect("insert")
        .try_get("id")
        .expect("id");
        assert!(new > outbox_ids[1], "{new} after {outbox_ids:?}");
        pool.close().await;
    }
);
