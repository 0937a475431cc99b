//! Attendance: one row per hall window an attendee opened (joined, last seen, left), and
//! the certificates of attendance organisers issued.

use super::rows::{chunks, instant, placeholders};
use super::{Audited, Database, StoreError};
use crate::domain::Slug;
use jiff::Timestamp;
use sqlx::Row;

/// One window's stay in the hall as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredStay {
    pub registration: i64,
    pub joined: Timestamp,
    /// The last heartbeat of the instance that served it.
    pub seen: Timestamp,
    /// `None`: still open, or its instance died (closed at `seen` once that is old).
    pub left: Option<Timestamp>,
}

/// A certificate of attendance as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredCertificate {
    pub registration: i64,
    pub event: Slug,
    pub token: String,
    pub minutes: i64,
    pub threshold: i64,
    pub issued_at: Timestamp,
}

/// When a stay was last known open: its own `seen_at` (when it joined or left), or the
/// last heartbeat of the run that served it (the run of its instance that started last at
/// or before it joined), whichever is later.
const SEEN: &str = "COALESCE((SELECT CASE WHEN r.seen_at > hall_attendance.seen_at \
     THEN r.seen_at ELSE hall_attendance.seen_at END FROM hall_attendance_runs r \
     WHERE r.instance = hall_attendance.instance AND r.started_at <= hall_attendance.joined_at \
     ORDER BY r.started_at DESC LIMIT 1), hall_attendance.seen_at)";

impl Database {
    /// A window of `registration` opened in `event`'s hall on `instance`; its row's id.
    pub async fn join_hall(
        &self,
        event: &Slug,
        registration: i64,
        instance: &str,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "INSERT INTO hall_attendance (event_slug, registration_id, instance, joined_at, \
             seen_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(event.as_str())
        .bind(registration)
        .bind(instance)
        .bind(now.as_second())
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get("id")?)
    }

    /// Windows closed: each `(stay, when)`, in one transaction (a stay already closed keeps
    /// its first end: a leave after a sweep, or a sweep after a leave).
    /// How many were still open.
    pub async fn leave_hall(&self, leaves: &[(i64, Timestamp)]) -> Result<u64, StoreError> {
        if leaves.is_empty() {
            return Ok(0);
        }
        // Leaves are kept to the second: those of one second are one statement.
        let mut by_second: std::collections::BTreeMap<i64, Vec<i64>> = Default::default();
        for (stay, at) in leaves {
            by_second.entry(at.as_second()).or_default().push(*stay);
        }
        let mut closed = 0;
        let mut tx = self.pool.begin().await?;
        for (second, stays) in &by_second {
            for range in chunks(stays.len()) {
                let ids = &stays[range];
                let sql = format!(
                    "UPDATE hall_attendance SET left_at = $1, seen_at = $1 \
                     WHERE left_at IS NULL AND id IN ({})",
                    placeholders(2, ids.len())
                );
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(*second);
                for id in ids {
                    query = query.bind(*id);
                }
                closed += query.execute(&mut *tx).await?.rows_affected();
            }
        }
        tx.commit().await?;
        Ok(closed)
    }

    /// The run of `instance` that started at `since` is alive: the open windows it joined
    /// were seen now. One row per run, however many windows it serves. Older open stays of
    /// the same instance name are a previous run's, which died: never renewed, they are
    /// swept at their last heartbeat.
    pub async fn attendance_heartbeat(
        &self,
        instance: &str,
        since: Timestamp,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO hall_attendance_runs (instance, started_at, seen_at) VALUES ($1, $2, $3) \
             ON CONFLICT (instance, started_at) DO UPDATE SET seen_at = excluded.seen_at",
        )
        .bind(instance)
        .bind(since.as_second())
        .bind(now.as_second())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Closes the windows of instances that died: those not seen since `before` left when
    /// they were last seen, and the heartbeats of those runs go. Any instance may run it;
    /// it is idempotent. A read first, outside any write: most sweeps find nothing, and so
    /// never hold the write lock while looking through every open window. (Instance names
    /// are random per start; were one reused, a live run would keep an earlier run's windows
    /// of that name open until it stops, and they would then close at their own last sign.)
    pub async fn close_lost_stays(&self, before: Timestamp) -> Result<u64, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT id, {SEEN} AS seen FROM hall_attendance \
             WHERE left_at IS NULL AND seen_at < $1 \
             AND instance NOT IN (SELECT instance FROM hall_attendance_runs WHERE seen_at >= $1)"
        )))
        .bind(before.as_second())
        .fetch_all(&self.pool)
        .await?;
        let mut lost = Vec::new();
        for row in &rows {
            // The run that served it may have been seen later than the window joined.
            let seen: i64 = row.try_get("seen")?;
            if seen < before.as_second() {
                lost.push((row.try_get::<i64, _>("id")?, instant(seen)));
            }
        }
        let closed = self.leave_hall(&lost).await?;
        // A dead run's heartbeat goes once none of its instance's windows is open.
        sqlx::query(
            "DELETE FROM hall_attendance_runs WHERE seen_at < $1 AND NOT EXISTS \
             (SELECT 1 FROM hall_attendance a \
              WHERE a.left_at IS NULL AND a.instance = hall_attendance_runs.instance)",
        )
        .bind(before.as_second())
        .execute(&self.pool)
        .await?;
        Ok(closed)
    }

    /// Every stay in `event`'s hall (of one registration, if given), oldest first.
    pub async fn stays(
        &self,
        event: &Slug,
        registration: Option<i64>,
    ) -> Result<Vec<StoredStay>, StoreError> {
        let columns = format!(
            "SELECT registration_id, joined_at, {SEEN} AS seen_at, left_at \
             FROM hall_attendance WHERE event_slug = $1"
        );
        let rows = match registration {
            Some(id) => {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "{columns} AND registration_id = $2 ORDER BY id"
                )))
                .bind(event.as_str())
                .bind(id)
                .fetch_all(&self.pool)
                .await?
            }
            None => {
                sqlx::query(sqlx::AssertSqlSafe(format!("{columns} ORDER BY id")))
                    .bind(event.as_str())
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        rows.iter()
            .map(|r| {
                Ok(StoredStay {
                    registration: r.try_get("registration_id")?,
                    joined: instant(r.try_get("joined_at")?),
                    seen: instant(r.try_get("seen_at")?),
                    left: r.try_get::<Option<i64>, _>("left_at")?.map(instant),
                })
            })
            .collect()
    }

    /// Issues certificates: one per `(registration, minutes, token)` not holding one yet,
    /// with the audit entry, in one transaction; how many were new.
    pub async fn issue_certificates(
        &self,
        event: &Slug,
        issued: &[(i64, i64, String)],
        (threshold, by): (i64, &str),
        audit: &Audited,
        now: Timestamp,
    ) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let mut new = 0;
        for (registration, minutes, token) in issued {
            new += sqlx::query(
                "INSERT INTO attendance_certificates (registration_id, event_slug, token, \
                 minutes, threshold, issued_at, issued_by) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(registration)
            .bind(event.as_str())
            .bind(token)
            .bind(minutes)
            .bind(threshold)
            .bind(now.as_second())
            .bind(by)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        super::accounts::audit_in(&mut tx, audit.user_id, &audit.entry).await?;
        tx.commit().await?;
        Ok(new)
    }

    /// The certificates of `event`.
    pub async fn certificates(&self, event: &Slug) -> Result<Vec<StoredCertificate>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {CERTIFICATE_COLUMNS} FROM attendance_certificates WHERE event_slug = $1"
        )))
        .bind(event.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(read_certificate).collect()
    }

    /// The name and language of a certificate's holder.
    pub async fn certificate_holder(
        &self,
        registration: i64,
    ) -> Result<Option<(String, String)>, StoreError> {
        let row = sqlx::query("SELECT name, lang FROM registrations WHERE id = $1")
            .bind(registration)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Ok((r.try_get("name")?, r.try_get("lang")?)))
            .transpose()
    }

    /// The certificate a verification address names, if any.
    pub async fn certificate(&self, token: &str) -> Result<Option<StoredCertificate>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {CERTIFICATE_COLUMNS} FROM attendance_certificates WHERE token = $1"
        )))
        .bind(token)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(read_certificate).transpose()
    }
}

const CERTIFICATE_COLUMNS: &str =
    "registration_id, event_slug, token, minutes, threshold, issued_at";

fn read_certificate(r: &sqlx::any::AnyRow) -> Result<StoredCertificate, StoreError> {
    Ok(StoredCertificate {
        registration: r.try_get("registration_id")?,
        event: r
            .try_get::<String, _>("event_slug")?
            .parse()
            .map_err(|_| super::rows::corrupt("certificate event"))?,
        token: r.try_get("token")?,
        minutes: r.try_get("minutes")?,
        threshold: r.try_get("threshold")?,
        issued_at: instant(r.try_get("issued_at")?),
    })
}
