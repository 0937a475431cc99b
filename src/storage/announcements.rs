//! The hall's announcements: each kept as a row (texts per language, author, time, and when
//! withdrawn) beside the update that carried it, written in one transaction with that
//! update and the audit entry.

use super::accounts::audit_in;
use super::hall::{commit_update, next_seq};
use super::rows::{corrupt, instant};
use super::{Audited, Database, StoreError};
use crate::domain::{Lang, Slug};
use crate::hall::{
    AnnouncementTexts, Audience, HallUpdate, StoredAnnouncement, UpdateKind, announcement_payload,
    withdrawn_payload,
};
use jiff::Timestamp;
use sqlx::Row;

/// Who announces: the organiser's account and name.
pub type Author<'a> = (i64, &'a str);

impl Database {
    /// Posts an announcement to everyone: its row, its update and its audit entry commit
    /// together.
    pub async fn announce(
        &self,
        event: &Slug,
        (texts, main): (&AnnouncementTexts, &Lang),
        author: Option<Author<'_>>,
        audit: Option<&Audited>,
        now: Timestamp,
    ) -> Result<HallUpdate, StoreError> {
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx, event).await?;
        sqlx::query(
            "INSERT INTO hall_announcements (event_slug, id, texts, author_id, author_name, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(event.as_str())
        .bind(seq)
        .bind(texts.to_json())
        .bind(author.map(|a| a.0))
        .bind(author.map(|a| a.1))
        .bind(now.as_second())
        .execute(&mut *tx)
        .await?;
        if let Some(audit) = audit {
            audit_in(&mut tx, audit.user_id, &audit.entry).await?;
        }
        let payload = announcement_payload(seq, texts, main, now);
        commit_update(
            tx,
            event,
            seq,
            Audience::All,
            UpdateKind::Announcement,
            payload,
            now,
        )
        .await
    }

    /// Withdraws an announcement: marked with when and by whom, its text taken out of the
    /// update that announced it (a stream replaying the log never shows it again), and an
    /// update that takes it off every open hall. `None` if the event has no such
    /// announcement, or it was withdrawn already.
    pub async fn withdraw_announcement(
        &self,
        event: &Slug,
        id: i64,
        by: &str,
        audit: &Audited,
        now: Timestamp,
    ) -> Result<Option<HallUpdate>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx, event).await?;
        let marked = sqlx::query(
            "UPDATE hall_announcements SET withdrawn_at = $1, withdrawn_by = $2 \
             WHERE event_slug = $3 AND id = $4 AND withdrawn_at IS NULL",
        )
        .bind(now.as_second())
        .bind(by)
        .bind(event.as_str())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if marked.rows_affected() == 0 {
            // Dropping the transaction gives the number back.
            return Ok(None);
        }
        sqlx::query(
            "UPDATE hall_updates SET payload = $1 \
             WHERE event_slug = $2 AND seq = $3 AND kind = 'announcement'",
        )
        .bind(withdrawn_payload(id))
        .bind(event.as_str())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        audit_in(&mut tx, audit.user_id, &audit.entry).await?;
        commit_update(
            tx,
            event,
            seq,
            Audience::All,
            UpdateKind::AnnouncementWithdrawn,
            serde_json::json!({ "id": id }).to_string(),
            now,
        )
        .await
        .map(Some)
    }

    /// Every announcement of the event, withdrawn ones included, newest first.
    pub async fn announcements(&self, event: &Slug) -> Result<Vec<StoredAnnouncement>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, texts, author_name, created_at, withdrawn_at, withdrawn_by \
             FROM hall_announcements WHERE event_slug = $1 ORDER BY id DESC",
        )
        .bind(event.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let texts: String = r.try_get("texts")?;
                let withdrawn_at: Option<i64> = r.try_get("withdrawn_at")?;
                let withdrawn_by: Option<String> = r.try_get("withdrawn_by")?;
                Ok(StoredAnnouncement {
                    id: r.try_get("id")?,
                    texts: AnnouncementTexts::from_json(&texts)
                        .ok_or_else(|| corrupt("hall announcement texts"))?,
                    author: r.try_get("author_name")?,
                    at: instant(r.try_get("created_at")?),
                    withdrawn: withdrawn_at
                        .map(|at| (instant(at), withdrawn_by.unwrap_or_default())),
                })
            })
            .collect()
    }
}
