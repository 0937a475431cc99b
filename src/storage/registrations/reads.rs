//! Reading registrations: one by its personal link, an event's list, and the link nonces
//! the mail needs (for a whole batch of mail in one query).

use crate::domain::{EmailAddress, Slug};
use crate::registration::{Registration, Status};
use crate::storage::rows::{corrupt, instant, placeholders};
use crate::storage::{Database, StoreError};
use jiff::Timestamp;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::HashMap;

/// The random parts of a registration's links (see `registration::links`).
#[derive(Clone, Debug)]
pub struct LinkNonces {
    pub confirm: Option<String>,
    pub confirm_expires_at: Option<Timestamp>,
    pub access: String,
}

pub(super) const REGISTRATION_COLUMNS: &str = "id, event_slug, email, name, country, lang, time_zone, status, created_at, confirmed_at, \
     waitlist_position, offer_expires_at";

pub(super) fn read_registration(row: &AnyRow) -> Result<Registration, StoreError> {
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

impl Database {
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

    /// How many people wait for a place, by event (events with nobody waiting left out).
    pub async fn waitlist_lengths(&self) -> Result<Vec<(String, i64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT event_slug, COUNT(*) AS n FROM registrations WHERE status = 'waitlisted' \
             GROUP BY event_slug ORDER BY event_slug",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("event_slug")?, row.try_get("n")?)))
            .collect()
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
