//! Live captions: cues (each written with its `caption` hall update in one transaction) and
//! the hash of each event's ingest token.
//!
//! A correction replaces the last cue of its language: it takes the event's hall number
//! first (locking `hall_state`), so two senders of one event take turns and "the last cue"
//! is the same for both.

use super::hall::{commit_update, next_seq};
use super::rows::{corrupt, instant_ms};
use super::{Database, StoreError};
use crate::domain::{Lang, Slug};
use crate::hall::{Audience, Cue, HallUpdate, PlainText, UpdateKind};
use jiff::Timestamp;
use sqlx::Row;
use sqlx::any::AnyRow;

const CUE_COLUMNS: &str = "id, event_slug, segment, lang, body, at_ms";

fn read_cue(row: &AnyRow) -> Result<Cue, StoreError> {
    Ok(Cue {
        id: row.try_get("id")?,
        event: row
            .try_get::<String, _>("event_slug")?
            .parse()
            .map_err(|_| corrupt("caption_cues.event_slug"))?,
        segment: row
            .try_get::<Option<String>, _>("segment")?
            .map(|s| s.parse())
            .transpose()
            .map_err(|_| corrupt("caption_cues.segment"))?,
        lang: row
            .try_get::<String, _>("lang")?
            .parse()
            .map_err(|_| corrupt("caption_cues.lang"))?,
        text: row.try_get("body")?,
        at: instant_ms(row.try_get("at_ms")?),
    })
}

/// A cue to store.
pub struct NewCue<'a> {
    pub event: &'a Slug,
    /// The segment live now.
    pub segment: Option<&'a Slug>,
    pub lang: &'a Lang,
    pub text: &'a PlainText,
    /// Replace the last cue of this language instead of adding one (a new cue when there
    /// is none yet).
    pub correction: bool,
}

impl Database {
    /// Stores a cue (or corrects the last one) with its hall update.
    pub async fn add_cue(&self, cue: NewCue<'_>, now: Timestamp) -> Result<HallUpdate, StoreError> {
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx, cue.event).await?;
        let last = if cue.correction {
            sqlx::query(
                "SELECT id FROM caption_cues WHERE event_slug = $1 AND lang = $2 \
                 ORDER BY id DESC LIMIT 1",
            )
            .bind(cue.event.as_str())
            .bind(cue.lang.as_str())
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get::<i64, _>("id"))
            .transpose()?
        } else {
            None
        };
        let row = match last {
            Some(id) => {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "UPDATE caption_cues SET body = $1 WHERE id = $2 RETURNING {CUE_COLUMNS}"
                )))
                .bind(cue.text.as_str())
                .bind(id)
                .fetch_one(&mut *tx)
                .await?
            }
            None => {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO caption_cues (event_slug, segment, lang, body, at_ms) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING {CUE_COLUMNS}"
                )))
                .bind(cue.event.as_str())
                .bind(cue.segment.map(Slug::as_str))
                .bind(cue.lang.as_str())
                .bind(cue.text.as_str())
                .bind(now.as_millisecond())
                .fetch_one(&mut *tx)
                .await?
            }
        };
        let stored = read_cue(&row)?;
        commit_update(
            tx,
            cue.event,
            seq,
            Audience::All,
            UpdateKind::Caption,
            stored.payload(),
            now,
        )
        .await
    }

    /// The last `limit` cues of `event` in `lang`, oldest first.
    pub async fn last_cues(
        &self,
        event: &Slug,
        lang: &Lang,
        limit: i64,
    ) -> Result<Vec<Cue>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {CUE_COLUMNS} FROM caption_cues WHERE event_slug = $1 AND lang = $2 \
             ORDER BY id DESC LIMIT $3"
        )))
        .bind(event.as_str())
        .bind(lang.as_str())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut cues = rows.iter().map(read_cue).collect::<Result<Vec<_>, _>>()?;
        cues.reverse();
        Ok(cues)
    }

    /// Every cue sent during `segment` of `event`, per language, in the order sent.
    pub async fn segment_cues(&self, event: &Slug, segment: &Slug) -> Result<Vec<Cue>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {CUE_COLUMNS} FROM caption_cues WHERE event_slug = $1 AND segment = $2 \
             ORDER BY lang, id"
        )))
        .bind(event.as_str())
        .bind(segment.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(read_cue).collect()
    }

    /// Sets `event`'s ingest token (its hash), replacing any earlier one.
    pub async fn set_caption_token(
        &self,
        event: &Slug,
        hash: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO caption_ingest (event_slug, token_hash, set_at) VALUES ($1, $2, $3) \
             ON CONFLICT (event_slug) DO UPDATE SET token_hash = excluded.token_hash, \
             set_at = excluded.set_at",
        )
        .bind(event.as_str())
        .bind(hash)
        .bind(now.as_second())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// When `event`'s ingest token was set, if it has one.
    pub async fn caption_token_set_at(
        &self,
        event: &Slug,
    ) -> Result<Option<Timestamp>, StoreError> {
        let row = sqlx::query("SELECT set_at FROM caption_ingest WHERE event_slug = $1")
            .bind(event.as_str())
            .fetch_optional(&self.pool)
            .await?;
        Ok(row
            .map(|r| r.try_get::<i64, _>("set_at"))
            .transpose()?
            .map(super::rows::instant))
    }

    /// Whether `hash` is the hash of `event`'s ingest token (compared in constant time).
    pub async fn caption_token_matches(
        &self,
        event: &Slug,
        hash: &str,
    ) -> Result<bool, StoreError> {
        use subtle::ConstantTimeEq;
        let row = sqlx::query("SELECT token_hash FROM caption_ingest WHERE event_slug = $1")
            .bind(event.as_str())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(false) };
        let stored: String = row.try_get("token_hash")?;
        Ok(bool::from(stored.as_bytes().ct_eq(hash.as_bytes())))
    }
}
