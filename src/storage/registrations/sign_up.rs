//! Signing up (one at a time or a batch in one transaction, idempotent on event + address)
//! and following the confirmation link (a place if one is left, else the waitlist).

use super::queue_mail;
use crate::registration::{
    Change, Confirmation, Lifetimes, MailKind, NewRegistration, SignUp, SignUpRequest, Status,
    repeat_sign_up,
};
use crate::storage::jobs::{MailAbout, queue_mails};
use crate::storage::rows::{chunks, corrupt, instant};
use crate::storage::{Database, StoreError};
use jiff::Timestamp;
use sqlx::{Any, Row, Transaction};

/// Inserts every sign-up of `batch` in one statement, skipping addresses already registered
/// (`ON CONFLICT DO NOTHING`); returns the new rows' ids by (event, lowercase address).
async fn insert_new(
    tx: &mut Transaction<'_, Any>,
    batch: &[SignUpRequest],
    lifetimes: Lifetimes,
) -> Result<std::collections::HashMap<(String, String), i64>, StoreError> {
    const COLUMNS: usize = 12;
    let mut created = std::collections::HashMap::new();
    if batch.is_empty() {
        return Ok(created);
    }
    let rows: Vec<String> = (0..batch.len())
        .map(|i| {
            let p = |k: usize| format!("${}", i * COLUMNS + k);
            format!(
                "({}, {}, {}, {}, {}, {}, {}, 'pending', {}, {}, {}, {}, {})",
                p(1),
                p(2),
                p(3),
                p(4),
                p(5),
                p(6),
                p(7),
                p(8),
                p(9),
                p(10),
                p(11),
                p(12)
            )
        })
        .collect();
    let sql = format!(
        "INSERT INTO registrations (event_slug, email, email_key, name, country, lang, time_zone, status, \
             created_at, confirm_nonce, confirm_expires_at, access_nonce, last_mail_at) \
         VALUES {} ON CONFLICT (event_slug, email_key) DO NOTHING RETURNING id, event_slug, email_key",
        rows.join(", ")
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
    for r in batch {
        let new = &r.new;
        query = query
            .bind(new.event.as_str())
            .bind(new.email.as_str())
            .bind(new.email.as_str().to_lowercase())
            .bind(new.name.as_str())
            .bind(new.country.as_str())
            .bind(new.lang.as_str())
            .bind(new.time_zone.as_str())
            .bind(r.now.as_second())
            .bind(r.confirm_nonce.as_str())
            .bind((r.now + lifetimes.confirm_link).as_second())
            .bind(r.access_nonce.as_str())
            .bind(r.now.as_second());
    }
    for row in query.fetch_all(&mut **tx).await? {
        created.insert(
            (row.try_get("event_slug")?, row.try_get("email_key")?),
            row.try_get("id")?,
        );
    }
    Ok(created)
}

/// The statements of one sign-up, inside the caller's transaction (see
/// [`Database::sign_up`]; batches run several in one transaction).
async fn sign_up_in(
    tx: &mut Transaction<'_, Any>,
    new: &NewRegistration,
    confirm_nonce: &str,
    access_nonce: &str,
    now: Timestamp,
    lifetimes: Lifetimes,
) -> Result<SignUp, StoreError> {
    let email_key = new.email.as_str().to_lowercase();
    let link_expires = (now + lifetimes.confirm_link).as_second();
    let inserted = sqlx::query(
        "INSERT INTO registrations (event_slug, email, email_key, name, country, lang, time_zone, status, \
             created_at, confirm_nonce, confirm_expires_at, access_nonce, last_mail_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $11, 'pending', $7, $8, $9, $10, $7) \
         ON CONFLICT (event_slug, email_key) DO NOTHING RETURNING id",
    )
    .bind(new.event.as_str())
    .bind(new.email.as_str())
    .bind(&email_key)
    .bind(new.name.as_str())
    .bind(new.country.as_str())
    .bind(new.lang.as_str())
    .bind(now.as_second())
    .bind(confirm_nonce)
    .bind(link_expires)
    .bind(access_nonce)
    .bind(new.time_zone.as_str())
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(row) = inserted {
        let id: i64 = row.try_get("id")?;
        queue_mail(tx, MailKind::Confirm, id, now).await?;
        return Ok(SignUp::Created { id });
    }
    // The address is registered: lock its row (a write); the registration model decides
    // what changes and what to send (`registration::repeat_sign_up`), this executes it.
    let row = sqlx::query(
        "UPDATE registrations SET email_key = email_key WHERE event_slug = $1 AND email_key = $2 \
         RETURNING id, status, last_mail_at, confirm_expires_at",
    )
    .bind(new.event.as_str())
    .bind(&email_key)
    .fetch_one(&mut **tx)
    .await?;
    let id: i64 = row.try_get("id")?;
    let status = Status::parse(&row.try_get::<String, _>("status")?)
        .ok_or_else(|| corrupt("registrations.status"))?;
    let last_mail_at = instant(row.try_get("last_mail_at")?);
    let link_expired = row
        .try_get::<Option<i64>, _>("confirm_expires_at")?
        .is_none_or(|e| e <= now.as_second());
    let decision = repeat_sign_up(
        status,
        link_expired,
        now.duration_since(last_mail_at),
        lifetimes.resend_after,
    );
    match decision.change {
        Change::Nothing => {}
        Change::NewLink => {
            sqlx::query("UPDATE registrations SET confirm_nonce = $2, confirm_expires_at = $3 WHERE id = $1")
                .bind(id)
                .bind(confirm_nonce)
                .bind(link_expires)
                .execute(&mut **tx)
                .await?;
        }
        Change::Restart => {
            sqlx::query(
                "UPDATE registrations SET status = 'pending', name = $2, country = $3, lang = $4, time_zone = $7, \
                     confirm_nonce = $5, confirm_expires_at = $6, confirmed_at = NULL, waitlist_position = NULL, \
                     offer_expires_at = NULL WHERE id = $1",
            )
            .bind(id)
            .bind(new.name.as_str())
            .bind(new.country.as_str())
            .bind(new.lang.as_str())
            .bind(confirm_nonce)
            .bind(link_expires)
            .bind(new.time_zone.as_str())
            .execute(&mut **tx)
            .await?;
        }
    }
    let mail = decision.mail;
    if let Some(kind) = mail {
        sqlx::query("UPDATE registrations SET last_mail_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now.as_second())
            .execute(&mut **tx)
            .await?;
        queue_mail(tx, kind, id, now).await?;
    }
    Ok(SignUp::Existing {
        id,
        mailed: mail.is_some(),
    })
}

impl Database {
    /// Stores a sign-up (idempotent on event + address) and queues its mail.
    pub async fn sign_up(
        &self,
        new: &NewRegistration,
        confirm_nonce: &str,
        access_nonce: &str,
        now: Timestamp,
        lifetimes: Lifetimes,
    ) -> Result<SignUp, StoreError> {
        let mut tx = self.pool.begin().await?;
        let outcome = sign_up_in(&mut tx, new, confirm_nonce, access_nonce, now, lifetimes).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    /// Stores several sign-ups in one transaction (group commit); all or none.
    pub async fn sign_up_batch(
        &self,
        batch: &[SignUpRequest],
        lifetimes: Lifetimes,
    ) -> Result<Vec<SignUp>, StoreError> {
        let mut tx = self.pool.begin().await?;
        // New addresses (nearly all of a burst) in a few statements: multi-row inserts of
        // the registrations, then of their confirmation mails. Chunks have sizes from a
        // fixed set so that their statements stay in each connection's statement cache.
        let mut created = std::collections::HashMap::new();
        for chunk in chunks(batch.len()) {
            created.extend(insert_new(&mut tx, &batch[chunk], lifetimes).await?);
        }
        let mut claimed = std::collections::HashSet::new();
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut mails = Vec::new();
        for r in batch {
            let key = (r.new.event.to_string(), r.new.email.as_str().to_lowercase());
            match created.get(&key) {
                Some(&id) if claimed.insert(id) => {
                    mails.push((id, r.now));
                    outcomes.push(SignUp::Created { id });
                }
                // Known before, or a second sign-up for the same address in this batch:
                // the one-by-one path finds the existing row and decides what to send.
                _ => outcomes.push(
                    sign_up_in(
                        &mut tx,
                        &r.new,
                        &r.confirm_nonce,
                        &r.access_nonce,
                        r.now,
                        lifetimes,
                    )
                    .await?,
                ),
            }
        }
        let mails: Vec<_> = mails
            .into_iter()
            .map(|(id, at)| {
                let kind = MailKind::Confirm;
                (MailAbout::Registration { id, kind }, at)
            })
            .collect();
        queue_mails(&mut tx, &mails).await?;
        tx.commit().await?;
        Ok(outcomes)
    }

    /// Follows a confirmation link: takes a place if one is left, else joins the waitlist.
    pub async fn confirm(
        &self,
        id: i64,
        nonce: &str,
        now: Timestamp,
    ) -> Result<Confirmation, StoreError> {
        let mut tx = self.pool.begin().await?;
        let claimed = sqlx::query(
            "UPDATE registrations SET confirm_nonce = NULL \
             WHERE id = $1 AND confirm_nonce = $2 AND status = 'pending' AND confirm_expires_at > $3 \
             RETURNING event_slug",
        )
        .bind(id)
        .bind(nonce)
        .bind(now.as_second())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(claimed) = claimed else {
            tx.rollback().await?;
            return self.why_not_confirmed(id, now).await;
        };
        let event: String = claimed.try_get("event_slug")?;
        // An event never given a capacity has unlimited places (and no counter row yet).
        sqlx::query("INSERT INTO event_places (event_slug, capacity) VALUES ($1, NULL) ON CONFLICT (event_slug) DO NOTHING")
            .bind(&event)
            .execute(&mut *tx)
            .await?;
        let place = sqlx::query(
            "UPDATE event_places SET held = held + 1 \
             WHERE event_slug = $1 AND (capacity IS NULL OR held < capacity) RETURNING held",
        )
        .bind(&event)
        .fetch_optional(&mut *tx)
        .await?;
        let outcome = if place.is_some() {
            sqlx::query(
                "UPDATE registrations SET status = 'confirmed', confirmed_at = $2 WHERE id = $1",
            )
            .bind(id)
            .bind(now.as_second())
            .execute(&mut *tx)
            .await?;
            queue_mail(&mut tx, MailKind::Confirmed, id, now).await?;
            Confirmation::Confirmed { id }
        } else {
            let position: i64 = sqlx::query(
                "UPDATE event_places SET waitlist_next = waitlist_next + 1 WHERE event_slug = $1 \
                 RETURNING waitlist_next - 1 AS position",
            )
            .bind(&event)
            .fetch_one(&mut *tx)
            .await?
            .try_get("position")?;
            sqlx::query(
                "UPDATE registrations SET status = 'waitlisted', confirmed_at = $2, waitlist_position = $3 WHERE id = $1",
            )
            .bind(id)
            .bind(now.as_second())
            .bind(position)
            .execute(&mut *tx)
            .await?;
            queue_mail(&mut tx, MailKind::Waitlisted, id, now).await?;
            Confirmation::Waitlisted { id, position }
        };
        tx.commit().await?;
        Ok(outcome)
    }

    /// Why a confirmation link did nothing: used before, expired, or unknown.
    async fn why_not_confirmed(&self, id: i64, now: Timestamp) -> Result<Confirmation, StoreError> {
        let row = sqlx::query("SELECT status, confirm_expires_at FROM registrations WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            return Ok(Confirmation::Unknown);
        };
        let status = Status::parse(&row.try_get::<String, _>("status")?)
            .ok_or_else(|| corrupt("registrations.status"))?;
        Ok(match status {
            Status::Pending
                if row
                    .try_get::<Option<i64>, _>("confirm_expires_at")?
                    .is_some_and(|e| e <= now.as_second()) =>
            {
                Confirmation::Expired
            }
            Status::Pending => Confirmation::Unknown,
            Status::Expired => Confirmation::Expired,
            status => Confirmation::AlreadyConfirmed { id, status },
        })
    }
}
