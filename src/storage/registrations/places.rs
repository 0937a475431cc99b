//! Places: cancelling, offers and their expiry, capacity. A freed place goes to the next
//! person on the waitlist as an offer, in the same transaction.

use super::queue_mail;
use crate::domain::Slug;
use crate::registration::{Lifetimes, MailKind, Places, Status};
use crate::storage::jobs::{MailAbout, queue_mails};
use crate::storage::rows::corrupt;
use crate::storage::{Database, StoreError};
use jiff::Timestamp;
use sqlx::{Any, Row, Transaction};

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
pub(super) async fn release_places(
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

impl Database {
    /// Cancels; a held place goes to the next person on the waitlist as an offer, and a
    /// confirmed registration's open hall windows are revoked in the same transaction
    /// (`Hall::revoked` tells them at once). Returns the status before, or `None` if there
    /// was nothing to cancel.
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
        if before == Status::Confirmed {
            // Only a confirmed place opens the hall: its open windows close with this commit.
            let slug: Slug = event
                .parse()
                .map_err(|_| corrupt("registrations.event_slug"))?;
            crate::storage::hall::revoke_in(&mut tx, &slug, id, now).await?;
        }
        tx.commit().await?;
        Ok(Some(before))
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
        set_capacity_in(&mut tx, event, capacity, now, lifetimes).await?;
        tx.commit().await?;
        Ok(())
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

    /// Every event's places, by event (what the page cache's poll compares; one small read).
    pub async fn all_places(&self) -> Result<Vec<(String, Places)>, StoreError> {
        sqlx::query("SELECT event_slug, capacity, held FROM event_places")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| {
                Ok((
                    row.try_get("event_slug")?,
                    Places {
                        capacity: row.try_get("capacity")?,
                        held: row.try_get("held")?,
                    },
                ))
            })
            .collect()
    }
}

/// Sets an event's capacity inside `tx` (a content save); places it frees are offered in order.
pub(crate) async fn set_capacity_in(
    tx: &mut Transaction<'_, Any>,
    event: &Slug,
    capacity: Option<i64>,
    now: Timestamp,
    lifetimes: Lifetimes,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO event_places (event_slug, capacity) VALUES ($1, $2) \
         ON CONFLICT (event_slug) DO UPDATE SET capacity = excluded.capacity",
    )
    .bind(event.as_str())
    .bind(capacity)
    .execute(&mut **tx)
    .await?;
    offer_free_places(tx, event.as_str(), now, lifetimes).await
}
