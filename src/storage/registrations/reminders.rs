//! Reminders: queued for every attendee due one, in one statement per (event, offset); the
//! `reminders` table's key makes each (registration, offset) happen once.

use crate::domain::Slug;
use crate::registration::MailKind;
use crate::storage::jobs::{MailAbout, queue_mails};
use crate::storage::{Database, StoreError};
use jiff::{SignedDuration, Timestamp};
use sqlx::Row;

impl Database {
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
}
