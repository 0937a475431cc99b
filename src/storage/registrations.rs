//! Registrations and places (their mail is queued as jobs, `jobs.rs`).
//!
//! Every transaction here begins with a write. On SQLite that takes the database's write
//! lock at once (a deferred transaction that reads first could fail to upgrade its lock under
//! load); on PostgreSQL it locks the written row. Place-taking always writes the event's
//! `event_places` row, so it is serialised per event on both backends: the capacity check and
//! the increment are one conditional `UPDATE`, and can never both pass for the last place.

use super::jobs::{MailAbout, queue_mail as queue_job_mail, queue_mails};
use super::rows::{chunks, corrupt, instant, placeholders};
use super::{Database, StoreError};
use crate::domain::{EmailAddress, Slug};
use crate::registration::{
    Change, Confirmation, Lifetimes, MailKind, NewRegistration, Places, Registration, SignUp,
    SignUpRequest, Status, repeat_sign_up,
};
use jiff::{SignedDuration, Timestamp};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// The random parts of a registration's links (see `registration::links`).
#[derive(Clone, Debug)]
pub struct LinkNonces {
    pub confirm: Option<String>,
    pub confirm_expires_at: Option<Timestamp>,
    pub access: String,
}

const REGISTRATION_COLUMNS: &str = "id, event_slug, email, name, country, lang, time_zone, status, created_at, confirmed_at, \
     waitlist_position, offer_expires_at";

fn read_registration(row: &AnyRow) -> Result<Registration, StoreError> {
    let status: String = row.try_get("status")?;
    let event: String = row.try_get("event_slug")?;
    let email: String = row.try_get("email")?;
    Ok(Registration {
        id: row.try_get("id")?,
        event: event
            .parse()
            .map_err(|_| corrupt("registrations.event_slug"))?,
        email: email
            .parse::<EmailAddress>()
            .map_err(|_| corrupt("registrations.email"))?,
        name: row.try_get("name")?,
        country: row.try_get("country")?,
        lang: row.try_get("lang")?,
        time_zone: row.try_get("time_zone")?,
        status: Status::parse(&status).ok_or_else(|| corrupt("registrations.status"))?,
        created_at: instant(row.try_get("created_at")?),
        confirmed_at: row.try_get::<Option<i64>, _>("confirmed_at")?.map(instant),
        waitlist_position: row.try_get("waitlist_position")?,
        offer_expires_at: row
            .try_get::<Option<i64>, _>("offer_expires_at")?
            .map(instant),
    })
}

async fn queue_mail(
    tx: &mut Transaction<'_, Any>,
    kind: MailKind,
    registration_id: i64,
    now: Timestamp,
) -> Result<(), StoreError> {
    queue_job_mail(
        tx,
        MailAbout::Registration {
            id: registration_id,
            kind,
        },
        now,
    )
    .await
}

/// Offers free places to the waitlist, in order, one place at a time.
async fn offer_free_places(
    tx: &mut Transaction<'_, Any>,
    event: &str,
    now: Timestamp,
    lifetimes: Lifetimes,
) -> Result<(), StoreError> {
    loop {
        let took = sqlx::query(
            "UPDATE event_places SET held = held + 1 \
             WHERE event_slug = $1 AND capacity IS NOT NULL AND held < capacity \
               AND EXISTS (SELECT 1 FROM registrations WHERE event_slug = $1 AND status = 'waitlisted') \
             RETURNING held",
        )
        .bind(event)
        .fetch_optional(&mut **tx)
        .await?;
        if took.is_none() {
            return Ok(());
        }
        let expires = (now + lifetimes.offer).as_second();
        let offered = sqlx::query(
            "UPDATE registrations SET status = 'offered', offer_expires_at = $2 \
             WHERE id = (SELECT id FROM registrations WHERE event_slug = $1 AND status = 'waitlisted' \
                         ORDER BY waitlist_position LIMIT 1) \
             RETURNING id",
        )
        .bind(event)
        .bind(expires)
        .fetch_one(&mut **tx)
        .await?;
        queue_mail(tx, MailKind::Offer, offered.try_get("id")?, now).await?;
    }
}

/// Gives back `n` places held by registrations that no longer hold them, then offers them on.
async fn release_places(
    tx: &mut Transaction<'_, Any>,
    event: &str,
    n: i64,
    now: Timestamp,
    lifetimes: Lifetimes,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE event_places SET held = CASE WHEN held > $2 THEN held - $2 ELSE 0 END WHERE event_slug = $1",
    )
    .bind(event)
    .bind(n)
    .execute(&mut **tx)
    .await?;
    offer_free_places(tx, event, now, lifetimes).await
}

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
/// [`RegistrationStore::sign_up`]; batches run several in one transaction).
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

// Registrations and places.
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

    /// The registration a personal link opens.
    pub async fn registration(
        &self,
        id: i64,
        access_nonce: &str,
    ) -> Result<Option<Registration>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {REGISTRATION_COLUMNS} FROM registrations WHERE id = $1 AND access_nonce = $2"
        )))
        .bind(id)
        .bind(access_nonce)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(read_registration).transpose()
    }

    /// Cancels; a held place goes to the next person on the waitlist as an offer. Returns the
    /// status before, or `None` if there was nothing to cancel.
    pub async fn cancel(
        &self,
        id: i64,
        access_nonce: &str,
        now: Timestamp,
        lifetimes: Lifetimes,
    ) -> Result<Option<Status>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "UPDATE registrations SET last_mail_at = last_mail_at \
             WHERE id = $1 AND access_nonce = $2 AND status IN ('pending', 'confirmed', 'waitlisted', 'offered') \
             RETURNING status, event_slug",
        )
        .bind(id)
        .bind(access_nonce)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            tx.rollback().await?;
            return Ok(None);
        };
        let before = Status::parse(&row.try_get::<String, _>("status")?)
            .ok_or_else(|| corrupt("registrations.status"))?;
        let event: String = row.try_get("event_slug")?;
        sqlx::query(
            "UPDATE registrations SET status = 'cancelled', confirm_nonce = NULL, offer_expires_at = NULL, \
                 waitlist_position = NULL WHERE id = $1",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        queue_mail(&mut tx, MailKind::Cancelled, id, now).await?;
        if before.holds_place() {
            release_places(&mut tx, &event, 1, now, lifetimes).await?;
        }
        tx.commit().await?;
        Ok(Some(before))
    }

    /// Erases the person's data: cancels (a held place moves on), replaces name and address,
    /// drops undelivered mail and retires the personal link. `false` if the link is unknown.
    pub async fn erase(
        &self,
        id: i64,
        access_nonce: &str,
        now: Timestamp,
        lifetimes: Lifetimes,
    ) -> Result<bool, StoreError> {
        self.cancel(id, access_nonce, now, lifetimes).await?;
        let mut tx = self.pool.begin().await?;
        let erased = format!("erased-{id}@erased.invalid");
        let done = sqlx::query(
            "UPDATE registrations SET name = '', email = $3, email_key = $3, country = '', confirm_nonce = NULL, \
                 access_nonce = $4 WHERE id = $1 AND access_nonce = $2 RETURNING id",
        )
        .bind(id)
        .bind(access_nonce)
        .bind(&erased)
        .bind(crate::registration::new_nonce())
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
        if done {
            sqlx::query("DELETE FROM jobs WHERE registration_id = $1 AND state = 'waiting'")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(done)
    }

    /// Changes the language of the person's mail.
    pub async fn set_language(
        &self,
        id: i64,
        access_nonce: &str,
        lang: &str,
    ) -> Result<bool, StoreError> {
        Ok(
            sqlx::query("UPDATE registrations SET lang = $3 WHERE id = $1 AND access_nonce = $2")
                .bind(id)
                .bind(access_nonce)
                .bind(lang)
                .execute(&self.pool)
                .await?
                .rows_affected()
                == 1,
        )
    }

    /// Accepts an open offer; `false` if there is none (expired or never made).
    pub async fn accept_offer(
        &self,
        id: i64,
        access_nonce: &str,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let accepted = sqlx::query(
            "UPDATE registrations SET status = 'confirmed', offer_expires_at = NULL, waitlist_position = NULL \
             WHERE id = $1 AND access_nonce = $2 AND status = 'offered' AND offer_expires_at > $3 RETURNING id",
        )
        .bind(id)
        .bind(access_nonce)
        .bind(now.as_second())
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
        if accepted {
            queue_mail(&mut tx, MailKind::Confirmed, id, now).await?;
        }
        tx.commit().await?;
        Ok(accepted)
    }

    /// Expires offers and confirmation links whose time is up; freed places go on down the
    /// waitlist. Returns how many registrations expired.
    pub async fn expire_due(
        &self,
        now: Timestamp,
        lifetimes: Lifetimes,
    ) -> Result<usize, StoreError> {
        // One transaction for everything due, whatever its size: expired offers, their mail
        // (one insert per 64), the places they free (one update per event), then the offers
        // those places make down each waitlist.
        let mut tx = self.pool.begin().await?;
        let expired = sqlx::query(
            "UPDATE registrations SET status = 'expired', offer_expires_at = NULL, waitlist_position = NULL \
             WHERE status = 'offered' AND offer_expires_at <= $1 RETURNING id, event_slug",
        )
        .bind(now.as_second())
        .fetch_all(&mut *tx)
        .await?;
        let mut freed = std::collections::BTreeMap::<String, i64>::new();
        let mut mails = Vec::with_capacity(expired.len());
        for row in &expired {
            let id: i64 = row.try_get("id")?;
            *freed.entry(row.try_get("event_slug")?).or_default() += 1;
            let kind = MailKind::Expired;
            mails.push((MailAbout::Registration { id, kind }, now));
        }
        queue_mails(&mut tx, &mails).await?;
        // Events in name order, so two transactions never lock two events' rows crosswise.
        for (event, n) in &freed {
            release_places(&mut tx, event, *n, now, lifetimes).await?;
        }
        // Confirmation links: the registration held nothing, so nothing is released.
        let links = sqlx::query(
            "UPDATE registrations SET status = 'expired', confirm_nonce = NULL \
             WHERE status = 'pending' AND confirm_expires_at <= $1",
        )
        .bind(now.as_second())
        .execute(&mut *tx)
        .await?
        .rows_affected() as usize;
        tx.commit().await?;
        Ok(links + expired.len())
    }

    /// Sets an event's capacity (after an import); places it frees are offered in order.
    pub async fn set_capacity(
        &self,
        event: &Slug,
        capacity: Option<i64>,
        now: Timestamp,
        lifetimes: Lifetimes,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO event_places (event_slug, capacity) VALUES ($1, $2) \
             ON CONFLICT (event_slug) DO UPDATE SET capacity = excluded.capacity",
        )
        .bind(event.as_str())
        .bind(capacity)
        .execute(&mut *tx)
        .await?;
        offer_free_places(&mut tx, event.as_str(), now, lifetimes).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Queues the reminder `offset` before doors open for every attendee confirmed before that
    /// moment, once each (however often it runs). Does nothing outside the reminder's window.
    pub async fn queue_reminders(
        &self,
        event: &Slug,
        offset: SignedDuration,
        doors_open_at: Timestamp,
        now: Timestamp,
    ) -> Result<usize, StoreError> {
        let remind_at = doors_open_at - offset;
        if now < remind_at || now >= doors_open_at {
            return Ok(0);
        }
        let mut tx = self.pool.begin().await?;
        let rows = sqlx::query(
            "INSERT INTO reminders (registration_id, offset_minutes, created_at) \
             SELECT id, $2, $3 FROM registrations \
             WHERE event_slug = $1 AND status = 'confirmed' AND confirmed_at <= $4 \
             ON CONFLICT DO NOTHING RETURNING registration_id",
        )
        .bind(event.as_str())
        .bind(offset.as_mins())
        .bind(now.as_second())
        .bind(remind_at.as_second())
        .fetch_all(&mut *tx)
        .await?;
        // The reminders' rows are the once-only key; their mail goes in as a few multi-row
        // inserts in the same transaction.
        let mails = rows
            .iter()
            .map(|row| {
                let id = row.try_get("registration_id")?;
                let kind = MailKind::Reminder;
                Ok((MailAbout::Registration { id, kind }, now))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        queue_mails(&mut tx, &mails).await?;
        tx.commit().await?;
        Ok(rows.len())
    }

    /// The event's places.
    pub async fn places(&self, event: &Slug) -> Result<Places, StoreError> {
        let row = sqlx::query("SELECT capacity, held FROM event_places WHERE event_slug = $1")
            .bind(event.as_str())
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => Ok(Places {
                capacity: row.try_get("capacity")?,
                held: row.try_get("held")?,
            }),
            None => Ok(Places {
                capacity: None,
                held: 0,
            }),
        }
    }

    /// All registrations of an event, oldest first.
    pub async fn registrations(&self, event: &Slug) -> Result<Vec<Registration>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {REGISTRATION_COLUMNS} FROM registrations WHERE event_slug = $1 ORDER BY id"
        )))
        .bind(event.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(read_registration).collect()
    }

    /// The random parts of a registration's links, for the mail that carries them.
    pub async fn link_nonces(
        &self,
        id: i64,
    ) -> Result<Option<(Registration, LinkNonces)>, StoreError> {
        Ok(self.link_nonces_of(&[id]).await?.remove(&id))
    }

    /// The same for many registrations in one query (a batch of mail); unknown ids are left out.
    pub async fn link_nonces_of(
        &self,
        ids: &[i64],
    ) -> Result<HashMap<i64, (Registration, LinkNonces)>, StoreError> {
        let mut found = HashMap::with_capacity(ids.len());
        if ids.is_empty() {
            return Ok(found);
        }
        let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {REGISTRATION_COLUMNS}, confirm_nonce, confirm_expires_at, access_nonce FROM registrations \
             WHERE id IN ({})",
            placeholders(1, ids.len())
        )));
        for id in ids {
            query = query.bind(*id);
        }
        for row in query.fetch_all(&self.pool).await? {
            let nonces = LinkNonces {
                confirm: row.try_get("confirm_nonce")?,
                confirm_expires_at: row
                    .try_get::<Option<i64>, _>("confirm_expires_at")?
                    .map(instant),
                access: row.try_get("access_nonce")?,
            };
            let registration = read_registration(&row)?;
            found.insert(registration.id, (registration, nonces));
        }
        Ok(found)
    }
}

impl Database {
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
