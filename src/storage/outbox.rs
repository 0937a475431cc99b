//! The mail outbox: mail about registrations and signatures, written in the same
//! transaction as the change it follows from and delivered by the mail worker.

use super::registrations::{corrupt, instant};
use super::{Database, StoreError};
use crate::letters::SignatureMail;
use crate::registration::MailKind;
use jiff::Timestamp;
use sqlx::Row;
use std::future::Future;

/// A mail waiting in the outbox.
#[derive(Clone, Debug)]
pub struct QueuedMail {
    pub id: i64,
    pub about: MailAbout,
    pub attempts: i64,
}

/// What a queued mail is about, and which mail it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailAbout {
    Registration { id: i64, kind: MailKind },
    Signature { id: i64, kind: SignatureMail },
}

impl MailAbout {
    /// The stored kind, also the mail's template name.
    pub fn kind_str(&self) -> &'static str {
        match self {
            MailAbout::Registration { kind, .. } => kind.as_str(),
            MailAbout::Signature { kind, .. } => kind.as_str(),
        }
    }
}

/// The mail outbox.
pub trait Outbox {
    /// Mail due for (another) attempt, oldest first.
    fn due_mail(
        &self,
        now: Timestamp,
        limit: i64,
    ) -> impl Future<Output = Result<Vec<QueuedMail>, StoreError>> + Send;
    /// Records deliveries, all in one statement.
    fn mark_sent(
        &self,
        ids: &[i64],
        now: Timestamp,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Records a failed attempt and when to try again.
    fn mark_failed(
        &self,
        id: i64,
        retry_at: Timestamp,
        error: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Mail not yet delivered.
    fn undelivered(&self) -> impl Future<Output = Result<i64, StoreError>> + Send;
    /// Every mail about a registration, oldest first, with its delivery state.
    fn mail_about(
        &self,
        registration_id: i64,
    ) -> impl Future<Output = Result<Vec<MailRecord>, StoreError>> + Send;
    /// Queues a copy of an earlier mail about a registration; `false` if there is none.
    fn resend(
        &self,
        outbox_id: i64,
        registration_id: i64,
        now: Timestamp,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

/// One outbox row as organisers see it.
#[derive(Clone, Debug)]
pub struct MailRecord {
    pub id: i64,
    pub kind: String,
    pub created_at: Timestamp,
    pub attempts: i64,
    pub sent_at: Option<Timestamp>,
    pub last_error: Option<String>,
}

impl Outbox for Database {
    async fn due_mail(&self, now: Timestamp, limit: i64) -> Result<Vec<QueuedMail>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, kind, registration_id, signature_id, attempts FROM outbox \
             WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY id LIMIT $2",
        )
        .bind(now.as_second())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let kind: String = r.try_get("kind")?;
                let registration: Option<i64> = r.try_get("registration_id")?;
                let signature: Option<i64> = r.try_get("signature_id")?;
                let about = match (registration, signature) {
                    (Some(id), None) => MailAbout::Registration {
                        id,
                        kind: MailKind::parse(&kind).ok_or_else(|| corrupt("outbox.kind"))?,
                    },
                    (None, Some(id)) => MailAbout::Signature {
                        id,
                        kind: SignatureMail::parse(&kind).ok_or_else(|| corrupt("outbox.kind"))?,
                    },
                    _ => return Err(corrupt("outbox subject")),
                };
                Ok(QueuedMail {
                    id: r.try_get("id")?,
                    about,
                    attempts: r.try_get("attempts")?,
                })
            })
            .collect()
    }

    async fn mark_sent(&self, ids: &[i64], now: Timestamp) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        let placeholders: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = format!(
            "UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now.as_second());
        for id in ids {
            query = query.bind(*id);
        }
        query.execute(&self.pool).await?;
        Ok(())
    }

    async fn mark_failed(
        &self,
        id: i64,
        retry_at: Timestamp,
        error: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE id = $1")
            .bind(id)
            .bind(retry_at.as_second())
            .bind(error)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn mail_about(&self, registration_id: i64) -> Result<Vec<MailRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, kind, created_at, attempts, sent_at, last_error FROM outbox \
             WHERE registration_id = $1 ORDER BY id",
        )
        .bind(registration_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(MailRecord {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    created_at: instant(r.try_get("created_at")?),
                    attempts: r.try_get("attempts")?,
                    sent_at: r.try_get::<Option<i64>, _>("sent_at")?.map(instant),
                    last_error: r.try_get("last_error")?,
                })
            })
            .collect()
    }

    async fn resend(
        &self,
        outbox_id: i64,
        registration_id: i64,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let inserted = sqlx::query(
            "INSERT INTO outbox (kind, registration_id, created_at, next_attempt_at) \
             SELECT kind, registration_id, $3, $3 FROM outbox WHERE id = $1 AND registration_id = $2",
        )
        .bind(outbox_id)
        .bind(registration_id)
        .bind(now.as_second())
        .execute(&self.pool)
        .await?;
        Ok(inserted.rows_affected() == 1)
    }

    async fn undelivered(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL")
                .fetch_one(&self.pool)
                .await?
                .try_get("n")?,
        )
    }
}
