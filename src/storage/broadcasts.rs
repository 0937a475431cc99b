//! Broadcasts: who they reach, queueing one job per person with the broadcast and its audit
//! entry in one transaction, progress counted from the jobs, and the unsubscribed addresses.

use super::accounts::audit_in;
use super::rows::{chunks, instant, placeholders};
use super::{Audited, Database, StoreError};
use crate::broadcast::{Audience, BroadcastTexts, Recipient, RecipientId};
use crate::jobs::Job;
use jiff::Timestamp;
use sqlx::Row;
use std::collections::HashSet;

/// A broadcast as stored.
#[derive(Clone, Debug)]
pub struct StoredBroadcast {
    pub id: i64,
    pub created_at: Timestamp,
    pub actor: String,
    pub audience: Audience,
    pub texts: BroadcastTexts,
    pub recipients: i64,
}

/// How far a broadcast's sending has come: its jobs by state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub waiting: i64,
    pub sent: i64,
    /// Left out at sending time (unsubscribed meanwhile, registration cancelled or erased).
    pub skipped: i64,
    /// Given up after the last attempt (organisers may retry them in the job queue).
    pub failed: i64,
}

impl Progress {
    /// Jobs no longer waiting.
    pub fn settled(&self) -> i64 {
        self.sent + self.skipped + self.failed
    }

    pub fn total(&self) -> i64 {
        self.settled() + self.waiting
    }

    /// Whole percent settled (100 for an empty broadcast).
    pub fn percent(&self) -> i64 {
        match self.total() {
            0 => 100,
            total => self.settled() * 100 / total,
        }
    }
}

impl Database {
    /// The people `audience` reaches now, one per address, in the order they came.
    pub async fn recipients(&self, audience: &Audience) -> Result<Vec<Recipient>, StoreError> {
        let (mut sql, statuses, slug): (String, &[crate::registration::Status], _) = match audience
        {
            Audience::Registrants { event, which, .. } => {
                let statuses = which.statuses();
                (
                    format!(
                        "SELECT id, email_key, lang FROM registrations \
                             WHERE event_slug = $1 AND status IN ({})",
                        placeholders(2, statuses.len())
                    ),
                    statuses,
                    Some(event),
                )
            }
            Audience::Supporters { .. } => (
                "SELECT id, email_key, lang FROM supporters \
                     WHERE confirmed_at IS NOT NULL"
                    .to_owned(),
                &[],
                None,
            ),
            // Only confirmed signatures (the address shown to be theirs) whose signer ticked
            // "keep me informed about this letter".
            Audience::Signatories { letter, .. } => (
                "SELECT id, email_key, lang FROM signatures \
                     WHERE post_slug = $1 AND status = 'confirmed' \
                     AND updates_consented_at IS NOT NULL"
                    .to_owned(),
                &[],
                Some(letter),
            ),
        };
        let mut next = 1 + usize::from(slug.is_some()) + statuses.len();
        if audience.lang().is_some() {
            sql.push_str(&format!(" AND lang = ${next}"));
            next += 1;
        }
        if audience.country().is_some() {
            sql.push_str(&format!(" AND country = ${next}"));
        }
        sql.push_str(" ORDER BY id");
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        if let Some(slug) = slug {
            query = query.bind(slug.as_str());
        }
        for status in statuses {
            query = query.bind(status.as_str());
        }
        if let Some(lang) = audience.lang() {
            query = query.bind(lang.as_str());
        }
        if let Some(country) = audience.country() {
            query = query.bind(country.as_str());
        }
        let rows = query.fetch_all(&self.pool).await?;
        let mut seen = HashSet::new();
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let email_key: String = row.try_get("email_key")?;
            if seen.insert(email_key.clone()) {
                let id: i64 = row.try_get("id")?;
                out.push(Recipient {
                    id: match audience {
                        Audience::Registrants { .. } => RecipientId::Registration(id),
                        Audience::Supporters { .. } => RecipientId::Supporter(id),
                        Audience::Signatories { .. } => RecipientId::Signature(id),
                    },
                    email_key,
                    lang: row.try_get("lang")?,
                });
            }
        }
        Ok(out)
    }

    /// Stores a broadcast and queues one job per recipient, with its audit entry, in one
    /// transaction: either everyone is queued and it is recorded, or nothing is.
    pub async fn queue_broadcast(
        &self,
        audience: &Audience,
        texts: &BroadcastTexts,
        recipients: &[RecipientId],
        audit: &Audited,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let audience_json = serde_json::to_string(audience)?;
        let texts_json = serde_json::to_string(texts)?;
        let mut tx = self.pool.begin().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO broadcasts (created_at, user_id, actor, audience, texts, recipients) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(now.as_second())
        .bind(audit.user_id)
        .bind(&audit.entry.actor)
        .bind(audience_json)
        .bind(texts_json)
        .bind(recipients.len() as i64)
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        let payload = serde_json::to_string(&Job::Broadcast { broadcast: id })?;
        for chunk in chunks(recipients.len()) {
            let ids = &recipients[chunk];
            // Per row: the registration, the supporter or the signature; shared: payload,
            // broadcast, instant.
            let rows: Vec<String> = (0..ids.len())
                .map(|i| {
                    format!(
                        "('broadcast', $1, ${}, ${}, ${}, $2, $3, $3)",
                        3 * i + 4,
                        3 * i + 5,
                        3 * i + 6
                    )
                })
                .collect();
            let sql = format!(
                "INSERT INTO jobs (kind, payload, registration_id, supporter_id, signature_id, \
                 broadcast_id, run_at, created_at) VALUES {}",
                rows.join(", ")
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(&payload)
                .bind(id)
                .bind(now.as_second());
            for recipient in ids {
                let (registration, supporter, signature) = match recipient {
                    RecipientId::Registration(r) => (Some(*r), None, None),
                    RecipientId::Supporter(s) => (None, Some(*s), None),
                    RecipientId::Signature(s) => (None, None, Some(*s)),
                };
                query = query.bind(registration).bind(supporter).bind(signature);
            }
            query.execute(&mut *tx).await?;
        }
        audit_in(&mut tx, audit.user_id, &audit.entry).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// One broadcast.
    pub async fn broadcast(&self, id: i64) -> Result<Option<StoredBroadcast>, StoreError> {
        let row = sqlx::query(
            "SELECT id, created_at, actor, audience, texts, recipients FROM broadcasts WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| read_broadcast(&row)).transpose()
    }

    /// The newest broadcasts first.
    pub async fn broadcasts(&self, limit: i64) -> Result<Vec<StoredBroadcast>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, created_at, actor, audience, texts, recipients FROM broadcasts \
             ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(read_broadcast).collect()
    }

    /// How far broadcast `id` has come.
    pub async fn broadcast_progress(&self, id: i64) -> Result<Progress, StoreError> {
        let rows = sqlx::query(
            "SELECT state, COUNT(*) AS n FROM jobs WHERE broadcast_id = $1 GROUP BY state",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let mut progress = Progress::default();
        for row in rows {
            let n: i64 = row.try_get("n")?;
            match row.try_get::<String, _>("state")?.as_str() {
                "done" => progress.sent += n,
                "skipped" => progress.skipped += n,
                "failed" => progress.failed += n,
                _ => progress.waiting += n,
            }
        }
        Ok(progress)
    }

    /// Records that the address with this hash wants no more broadcasts (again is fine).
    pub async fn unsubscribe(&self, address_hash: &str, now: Timestamp) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO unsubscribes (address_hash, at) VALUES ($1, $2) \
             ON CONFLICT (address_hash) DO NOTHING",
        )
        .bind(address_hash)
        .bind(now.as_second())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Which of `hashes` unsubscribed.
    pub async fn unsubscribed_among(
        &self,
        hashes: &[String],
    ) -> Result<HashSet<String>, StoreError> {
        let mut out = HashSet::new();
        for chunk in chunks(hashes.len()) {
            let part = &hashes[chunk];
            let sql = format!(
                "SELECT address_hash FROM unsubscribes WHERE address_hash IN ({})",
                placeholders(1, part.len())
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
            for hash in part {
                query = query.bind(hash);
            }
            for row in query.fetch_all(&self.pool).await? {
                out.insert(row.try_get("address_hash")?);
            }
        }
        Ok(out)
    }
}

fn read_broadcast(row: &sqlx::any::AnyRow) -> Result<StoredBroadcast, StoreError> {
    Ok(StoredBroadcast {
        id: row.try_get("id")?,
        created_at: instant(row.try_get("created_at")?),
        actor: row.try_get("actor")?,
        audience: serde_json::from_str(&row.try_get::<String, _>("audience")?)?,
        texts: serde_json::from_str(&row.try_get::<String, _>("texts")?)?,
        recipients: row.try_get("recipients")?,
    })
}
