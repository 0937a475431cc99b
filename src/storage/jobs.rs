//! The job queue: claims with leases, done/failed/skipped, the recurring jobs, the queue as
//! organisers see it, and mail jobs written in the caller's transaction.
//!
//! A claim is one `UPDATE … RETURNING`: on PostgreSQL its inner `SELECT … FOR UPDATE SKIP
//! LOCKED` lets instances claim side by side without waiting for or overlapping each other;
//! on SQLite the statement is its own write transaction (one writer at a time), so two
//! claims cannot overlap either.

use super::database::Backend;
use super::rows::{corrupt, instant, placeholders};
use super::{Database, StoreError};
use crate::jobs::{Job, MAX_ATTEMPTS};
use crate::letters::SignatureMail;
use crate::registration::MailKind;
use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// What a mail job is about, and which mail it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailAbout {
    Registration { id: i64, kind: MailKind },
    Signature { id: i64, kind: SignatureMail },
}

impl MailAbout {
    /// The mail's template name.
    pub fn kind_str(&self) -> &'static str {
        match self {
            MailAbout::Registration { kind, .. } => kind.as_str(),
            MailAbout::Signature { kind, .. } => kind.as_str(),
        }
    }
}

/// A job this worker holds the lease of.
#[derive(Clone, Debug)]
pub struct ClaimedJob {
    pub id: i64,
    /// Tries so far, this one included.
    pub attempts: i64,
    pub job: Job,
    registration_id: Option<i64>,
    signature_id: Option<i64>,
    supporter_id: Option<i64>,
}

impl ClaimedJob {
    /// The registration a job is about, if any.
    pub fn registration_id(&self) -> Option<i64> {
        self.registration_id
    }

    /// The supporter a job is about, if any.
    pub fn supporter_id(&self) -> Option<i64> {
        self.supporter_id
    }

    /// The signature a job is about, if any.
    pub fn signature_id(&self) -> Option<i64> {
        self.signature_id
    }

    /// The mail a mail job sends; `None` for other jobs or an unknown mail name.
    pub fn mail(&self) -> Option<MailAbout> {
        let Job::Mail { mail } = &self.job else {
            return None;
        };
        match (self.registration_id, self.signature_id) {
            (Some(id), None) => {
                MailKind::parse(mail).map(|kind| MailAbout::Registration { id, kind })
            }
            (None, Some(id)) => {
                SignatureMail::parse(mail).map(|kind| MailAbout::Signature { id, kind })
            }
            _ => None,
        }
    }
}

/// One mail job about a registration, as organisers see it.
#[derive(Clone, Debug)]
pub struct MailRecord {
    pub id: i64,
    pub kind: String,
    pub created_at: Timestamp,
    pub attempts: i64,
    pub sent_at: Option<Timestamp>,
    pub last_error: Option<String>,
    /// `waiting`, `done`, `failed` or `skipped`.
    pub state: String,
}

/// A job parked after its last attempt.
#[derive(Clone, Debug)]
pub struct FailedJob {
    pub id: i64,
    pub kind: String,
    pub attempts: i64,
    pub failed_at: Option<Timestamp>,
    pub last_error: Option<String>,
}

/// The queue at a glance.
#[derive(Clone, Debug)]
pub struct QueueSummary {
    /// One-off jobs due now and not yet done.
    pub waiting: i64,
    /// When the oldest of them became due.
    pub oldest_due: Option<Timestamp>,
    /// Jobs scheduled for later (mail waiting for a retry included).
    pub later: i64,
    /// The newest parked jobs.
    pub failed: Vec<FailedJob>,
}

fn payload(job: &Job) -> Result<String, StoreError> {
    Ok(serde_json::to_string(job)?)
}

/// Mail jobs, inserted in the caller's transaction. Chunks of at most 64 rows, of sizes from a
/// fixed set, so the statements stay in each connection's statement cache.
pub(super) async fn queue_mails(
    tx: &mut Transaction<'_, Any>,
    mails: &[(MailAbout, Timestamp)],
) -> Result<(), StoreError> {
    for chunk in super::rows::chunks(mails.len()) {
        let mails = &mails[chunk];
        const COLUMNS: usize = 5;
        let rows: Vec<String> = (0..mails.len())
            .map(|i| format!("('mail', {})", placeholders(i * COLUMNS + 1, COLUMNS)))
            .collect();
        let sql = format!(
            "INSERT INTO jobs (kind, payload, registration_id, signature_id, run_at, created_at) VALUES {}",
            rows.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (about, at) in mails {
            let (registration, signature) = match about {
                MailAbout::Registration { id, .. } => (Some(*id), None),
                MailAbout::Signature { id, .. } => (None, Some(*id)),
            };
            query = query
                .bind(payload(&Job::Mail {
                    mail: about.kind_str().to_owned(),
                })?)
                .bind(registration)
                .bind(signature)
                .bind(at.as_second())
                .bind(at.as_second());
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// One mail job, in the caller's transaction.
pub(super) async fn queue_mail(
    tx: &mut Transaction<'_, Any>,
    about: MailAbout,
    now: Timestamp,
) -> Result<(), StoreError> {
    queue_mails(tx, &[(about, now)]).await
}

/// A job that is not a mail (a password reset), in the caller's transaction.
pub(super) async fn queue_job(
    tx: &mut Transaction<'_, Any>,
    job: &Job,
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO jobs (kind, payload, run_at, created_at) VALUES ($1, $2, $3, $3)")
        .bind(job.kind())
        .bind(payload(job)?)
        .bind(now.as_second())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

fn read_claimed(row: &AnyRow) -> Result<ClaimedJob, StoreError> {
    let text: String = row.try_get("payload")?;
    Ok(ClaimedJob {
        id: row.try_get("id")?,
        attempts: row.try_get("attempts")?,
        job: serde_json::from_str(&text)?,
        registration_id: row.try_get("registration_id")?,
        signature_id: row.try_get("signature_id")?,
        supporter_id: row.try_get("supporter_id")?,
    })
}

/// The part of a `SET` that ends a job: clears its lease and stamps `finished_at` (`$1`).
const FINISH: &str = "lease_owner = NULL, lease_expires_at = NULL, finished_at = $1";

/// Parks the waiting jobs out of attempts (`$2`) whose lease ran out by `$1`: their last
/// worker is gone. Run before every claim, so it must read only those, through `jobs_lease`.
/// SQLite's planner, which has no statistics, takes `unique_key IS NULL` to pick one row of
/// the unique index, where in fact every job ever run without a key sits; `+` keeps it off
/// that index (PostgreSQL has statistics, and no unary plus on text).
fn park_abandoned(backend: Backend) -> String {
    let no_key = match backend {
        Backend::Sqlite => "+unique_key IS NULL",
        Backend::Postgres => "unique_key IS NULL",
    };
    format!(
        "UPDATE jobs SET state = 'failed', {FINISH}, \
             last_error = COALESCE(last_error, 'the worker stopped while running it') \
         WHERE state = 'waiting' AND {no_key} AND attempts >= $2 \
           AND lease_expires_at IS NOT NULL AND lease_expires_at <= $1"
    )
}

// The job queue.
impl Database {
    /// Creates the recurring jobs that do not exist yet (each exists once, whichever instance
    /// starts first), due at once.
    pub async fn schedule_recurring(&self, jobs: &[Job], now: Timestamp) -> Result<(), StoreError> {
        for job in jobs {
            sqlx::query(
                "INSERT INTO jobs (kind, payload, unique_key, run_at, created_at) VALUES ($1, $2, $1, $3, $3) \
                 ON CONFLICT (unique_key) DO NOTHING",
            )
            .bind(job.kind())
            .bind(payload(job)?)
            .bind(now.as_second())
            .execute(&self.pool)
            .await?;
        }
        Ok(())
    }

    /// Claims up to `limit` due jobs whose lease is free for `owner` until `lease_until`,
    /// counting an attempt on each; first parks jobs that ran out of attempts.
    pub async fn claim_jobs(
        &self,
        owner: &str,
        now: Timestamp,
        lease_until: Timestamp,
        limit: i64,
    ) -> Result<Vec<ClaimedJob>, StoreError> {
        // A job whose every try ended with its worker gone (lease run out) is parked here.
        sqlx::query(sqlx::AssertSqlSafe(park_abandoned(self.backend())))
            .bind(now.as_second())
            .bind(MAX_ATTEMPTS)
            .execute(&self.pool)
            .await?;
        let lock = match self.backend() {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE jobs SET lease_owner = $1, lease_expires_at = $2, attempts = attempts + 1 \
             WHERE id IN (SELECT id FROM jobs \
                          WHERE state = 'waiting' AND run_at <= $3 \
                            AND (lease_expires_at IS NULL OR lease_expires_at <= $3) \
                          ORDER BY run_at, id LIMIT $4 {lock}) \
             RETURNING id, attempts, payload, registration_id, signature_id, supporter_id"
        )))
        .bind(owner)
        .bind(lease_until.as_second())
        .bind(now.as_second())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut claimed = rows
            .iter()
            .map(read_claimed)
            .collect::<Result<Vec<_>, _>>()?;
        claimed.sort_by_key(|j| j.id);
        Ok(claimed)
    }

    /// Marks jobs done (one statement for all of them).
    pub async fn finish_jobs(&self, ids: &[i64], now: Timestamp) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        let sql = format!(
            "UPDATE jobs SET state = 'done', {FINISH}, last_error = NULL \
             WHERE state = 'waiting' AND id IN ({})",
            placeholders(2, ids.len())
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now.as_second());
        for id in ids {
            query = query.bind(*id);
        }
        query.execute(&self.pool).await?;
        Ok(())
    }

    /// Marks a job skipped: no longer needed (a reminder after doors opened, a mail to an
    /// erased person), with the reason.
    pub async fn skip_job(&self, id: i64, reason: &str, now: Timestamp) -> Result<(), StoreError> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE jobs SET state = 'skipped', {FINISH}, last_error = $3 WHERE id = $2 AND state = 'waiting'"
        )))
        .bind(now.as_second())
        .bind(id)
        .bind(reason)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Records a failed try: the job waits until `retry_at`, or is parked when `None`.
    pub async fn fail_job(
        &self,
        id: i64,
        retry_at: Option<Timestamp>,
        error: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let query = match retry_at {
            Some(at) => sqlx::query(
                "UPDATE jobs SET run_at = $2, last_error = $3, lease_owner = NULL, lease_expires_at = NULL \
                 WHERE id = $1 AND state = 'waiting'",
            )
            .bind(id)
            .bind(at.as_second())
            .bind(error),
            None => sqlx::query(
                "UPDATE jobs SET state = 'failed', finished_at = $2, last_error = $3, lease_owner = NULL, \
                     lease_expires_at = NULL WHERE id = $1 AND state = 'waiting'",
            )
            .bind(id)
            .bind(now.as_second())
            .bind(error),
        };
        query.execute(&self.pool).await?;
        Ok(())
    }

    /// A recurring job ran: it runs again at `next`, its attempts forgotten.
    pub async fn reschedule_job(&self, id: i64, next: Timestamp) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE jobs SET run_at = $2, attempts = 0, last_error = NULL, lease_owner = NULL, \
                 lease_expires_at = NULL WHERE id = $1",
        )
        .bind(id)
        .bind(next.as_second())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Queues a parked job again, due now, with fresh attempts; `false` if it is not parked.
    pub async fn retry_job(&self, id: i64, now: Timestamp) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "UPDATE jobs SET state = 'waiting', attempts = 0, run_at = $2, finished_at = NULL, \
                 lease_owner = NULL, lease_expires_at = NULL WHERE id = $1 AND state = 'failed'",
        )
        .bind(id)
        .bind(now.as_second())
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1)
    }

    /// When a recurring job (by kind) runs next; `None` if it was never scheduled.
    pub async fn recurring_run_at(&self, kind: &str) -> Result<Option<Timestamp>, StoreError> {
        let row = sqlx::query("SELECT run_at FROM jobs WHERE unique_key = $1")
            .bind(kind)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Ok(instant(r.try_get("run_at")?))).transpose()
    }

    /// How many jobs wait, since when, and which failed.
    pub async fn queue_summary(&self, now: Timestamp) -> Result<QueueSummary, StoreError> {
        let counts = sqlx::query(
            "SELECT \
                 COALESCE(SUM(CASE WHEN run_at <= $1 THEN 1 ELSE 0 END), 0) AS waiting, \
                 MIN(CASE WHEN run_at <= $1 THEN run_at END) AS oldest, \
                 COALESCE(SUM(CASE WHEN run_at > $1 THEN 1 ELSE 0 END), 0) AS later \
             FROM jobs WHERE state = 'waiting' AND unique_key IS NULL",
        )
        .bind(now.as_second())
        .fetch_one(&self.pool)
        .await?;
        let failed = sqlx::query(
            "SELECT id, kind, attempts, finished_at, last_error FROM jobs \
             WHERE state = 'failed' ORDER BY finished_at DESC, id DESC LIMIT 50",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(FailedJob {
                id: r.try_get("id")?,
                kind: r.try_get("kind")?,
                attempts: r.try_get("attempts")?,
                failed_at: r.try_get::<Option<i64>, _>("finished_at")?.map(instant),
                last_error: r.try_get("last_error")?,
            })
        })
        .collect::<Result<_, StoreError>>()?;
        Ok(QueueSummary {
            waiting: counts.try_get("waiting")?,
            oldest_due: counts.try_get::<Option<i64>, _>("oldest")?.map(instant),
            later: counts.try_get("later")?,
            failed,
        })
    }

    /// Mail not yet sent (waiting, due or not).
    pub async fn unsent_mail(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "SELECT COUNT(*) AS n FROM jobs WHERE state = 'waiting' AND kind IN ('mail', 'password-reset')",
        )
        .fetch_one(&self.pool)
        .await?
        .try_get("n")?)
    }

    /// Every mail about a registration, oldest first, with its delivery state.
    pub async fn mail_about(&self, registration_id: i64) -> Result<Vec<MailRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, payload, created_at, attempts, state, finished_at, last_error FROM jobs \
             WHERE registration_id = $1 AND kind = 'mail' ORDER BY id",
        )
        .bind(registration_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let Job::Mail { mail } = serde_json::from_str(&r.try_get::<String, _>("payload")?)?
                else {
                    return Err(corrupt("jobs.payload"));
                };
                let state: String = r.try_get("state")?;
                let finished = r.try_get::<Option<i64>, _>("finished_at")?.map(instant);
                Ok(MailRecord {
                    id: r.try_get("id")?,
                    kind: mail,
                    created_at: instant(r.try_get("created_at")?),
                    attempts: r.try_get("attempts")?,
                    sent_at: finished.filter(|_| state == "done"),
                    last_error: r.try_get("last_error")?,
                    state,
                })
            })
            .collect()
    }

    /// Queues a copy of an earlier mail about a registration; `false` if there is none.
    pub async fn resend(
        &self,
        job_id: i64,
        registration_id: i64,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let inserted = sqlx::query(
            "INSERT INTO jobs (kind, payload, registration_id, run_at, created_at) \
             SELECT kind, payload, registration_id, $3, $3 FROM jobs \
             WHERE id = $1 AND registration_id = $2 AND kind = 'mail'",
        )
        .bind(job_id)
        .bind(registration_id)
        .bind(now.as_second())
        .execute(&self.pool)
        .await?;
        Ok(inserted.rows_affected() == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every claim parks abandoned jobs first: that must not read every job ever run, which
    /// made the cost of each claim grow with the whole history of the queue (found by
    /// bench/broadcast-under-load.sh).
    #[tokio::test]
    async fn parking_abandoned_jobs_reads_only_the_expired_leases() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("jobs.db").display());
        let db = Database::connect(&url).await.expect("database");
        let plan = sqlx::query(sqlx::AssertSqlSafe(format!(
            "EXPLAIN QUERY PLAN {}",
            park_abandoned(Backend::Sqlite)
        )))
        .bind(0_i64)
        .bind(MAX_ATTEMPTS)
        .fetch_all(&db.pool)
        .await
        .expect("plan")
        .iter()
        .map(|row| row.try_get::<String, _>("detail").expect("detail"))
        .collect::<Vec<_>>()
        .join("; ");
        assert!(
            plan.contains("USING INDEX jobs_lease (state=? AND lease_expires_at"),
            "{plan}"
        );
    }
}
