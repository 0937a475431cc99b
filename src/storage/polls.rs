//! Polls in the hall: preparing, opening and closing them, votes (one per registration:
//! the primary key of `hall_poll_votes`) and the counts kept beside them.
//!
//! Every write locks the poll's row first, then (when it writes a hall update) the event's
//! `hall_state` row, always in that order. A vote and a close of the same poll therefore
//! take turns: a vote either counts before the close (and is in its final counts) or sees
//! the poll closed. Votes write a counts update at most about once a second per poll; in
//! between they mark the poll `counts_pending`, and the hall's tick writes the update
//! (`flush_poll_counts`), so a burst of votes never becomes a burst of frames to everyone.

use super::hall::{append, commit_update, next_seq};
use super::rows::{corrupt, instant};
use super::{Database, StoreError};
use crate::domain::Slug;
use crate::hall::{Audience, HallUpdate, Poll, PollStatus, PollTexts, PollVote, UpdateKind};
use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::BTreeMap;

const POLL_COLUMNS: &str =
    "id, event_slug, segment, status, texts, created_at, opened_at, closed_at";

/// Votes write a counts update when the last one is at least this old (milliseconds).
const COUNTS_EVERY_MS: i64 = 1000;

fn read_poll(row: &AnyRow, counts: Vec<i64>) -> Result<Poll, StoreError> {
    let status: String = row.try_get("status")?;
    let texts: String = row.try_get("texts")?;
    Ok(Poll {
        id: row.try_get("id")?,
        event: row
            .try_get::<String, _>("event_slug")?
            .parse()
            .map_err(|_| corrupt("hall_polls.event_slug"))?,
        segment: row
            .try_get::<String, _>("segment")?
            .parse()
            .map_err(|_| corrupt("hall_polls.segment"))?,
        status: PollStatus::parse(&status).ok_or_else(|| corrupt("hall_polls.status"))?,
        texts: PollTexts::from_json(&texts).ok_or_else(|| corrupt("hall_polls.texts"))?,
        counts,
        created_at: instant(row.try_get("created_at")?),
        opened_at: row.try_get::<Option<i64>, _>("opened_at")?.map(instant),
        closed_at: row.try_get::<Option<i64>, _>("closed_at")?.map(instant),
    })
}

async fn counts_in(tx: &mut Transaction<'_, Any>, poll: i64) -> Result<Vec<i64>, StoreError> {
    let rows =
        sqlx::query("SELECT votes FROM hall_poll_counts WHERE poll_id = $1 ORDER BY position")
            .bind(poll)
            .fetch_all(&mut **tx)
            .await?;
    rows.iter()
        .map(|r| r.try_get("votes").map_err(StoreError::from))
        .collect()
}

/// Stores the counts update of `poll` (whose row `tx` holds) and commits.
async fn commit_counts(
    mut tx: Transaction<'_, Any>,
    event: &Slug,
    poll: i64,
    now: Timestamp,
) -> Result<HallUpdate, StoreError> {
    let counts = counts_in(&mut tx, poll).await?;
    let total: i64 = counts.iter().sum();
    let payload = serde_json::json!({ "id": poll, "counts": counts, "total": total }).to_string();
    let seq = next_seq(&mut tx, event).await?;
    commit_update(
        tx,
        event,
        seq,
        Audience::All,
        UpdateKind::PollCounts,
        payload,
        now,
    )
    .await
}

// Polls.
impl Database {
    /// Stores a new poll as a draft (only moderators see it); returns its id.
    pub async fn create_poll(
        &self,
        event: &Slug,
        segment: &Slug,
        texts: &PollTexts,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "INSERT INTO hall_polls (event_slug, segment, status, texts, option_count, created_at) \
             VALUES ($1, $2, 'draft', $3, $4, $5) RETURNING id",
        )
        .bind(event.as_str())
        .bind(segment.as_str())
        .bind(texts.to_json())
        .bind(texts.option_count() as i64)
        .bind(now.as_second())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        for position in 0..texts.option_count() as i64 {
            sqlx::query("INSERT INTO hall_poll_counts (poll_id, position) VALUES ($1, $2)")
                .bind(id)
                .bind(position)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Every poll of the event with its counts, oldest first.
    pub async fn polls(&self, event: &Slug) -> Result<Vec<Poll>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {POLL_COLUMNS} FROM hall_polls WHERE event_slug = $1 ORDER BY id"
        )))
        .bind(event.as_str())
        .fetch_all(&self.pool)
        .await?;
        let counts = sqlx::query(
            "SELECT c.poll_id, c.votes FROM hall_poll_counts c \
             JOIN hall_polls p ON p.id = c.poll_id \
             WHERE p.event_slug = $1 ORDER BY c.poll_id, c.position",
        )
        .bind(event.as_str())
        .fetch_all(&self.pool)
        .await?;
        let mut by_poll: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
        for row in &counts {
            by_poll
                .entry(row.try_get("poll_id")?)
                .or_default()
                .push(row.try_get("votes")?);
        }
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("id")?;
                read_poll(row, by_poll.remove(&id).unwrap_or_default())
            })
            .collect()
    }

    /// One poll of the event, with its counts.
    pub async fn poll(&self, event: &Slug, id: i64) -> Result<Option<Poll>, StoreError> {
        Ok(self.polls(event).await?.into_iter().find(|p| p.id == id))
    }

    /// Opens a draft to everyone; `None` if it is not a draft of this event.
    pub async fn open_poll(
        &self,
        event: &Slug,
        id: i64,
        now: Timestamp,
    ) -> Result<Option<HallUpdate>, StoreError> {
        self.change_poll(
            event,
            id,
            "UPDATE hall_polls SET status = 'open', opened_at = $3, counts_pending = 0 \
             WHERE id = $1 AND event_slug = $2 AND status = 'draft'",
            now,
        )
        .await
    }

    /// Closes an open poll with its final counts; `None` if it is not open.
    pub async fn close_poll(
        &self,
        event: &Slug,
        id: i64,
        now: Timestamp,
    ) -> Result<Option<HallUpdate>, StoreError> {
        self.change_poll(
            event,
            id,
            "UPDATE hall_polls SET status = 'closed', closed_at = $3, counts_pending = 0 \
             WHERE id = $1 AND event_slug = $2 AND status = 'open'",
            now,
        )
        .await
    }

    /// Runs `change` (binding id, event, now in seconds) and, if it changed the poll, writes
    /// the poll as an update to everyone.
    async fn change_poll(
        &self,
        event: &Slug,
        id: i64,
        change: &'static str,
        now: Timestamp,
    ) -> Result<Option<HallUpdate>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{change} RETURNING {POLL_COLUMNS}"
        )))
        .bind(id)
        .bind(event.as_str())
        .bind(now.as_second())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            tx.rollback().await?;
            return Ok(None);
        };
        let counts = counts_in(&mut tx, id).await?;
        let poll = read_poll(&row, counts)?;
        sqlx::query("UPDATE hall_polls SET counts_at = $1 WHERE id = $2")
            .bind(now.as_millisecond())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let update = append(
            &mut tx,
            event,
            Audience::All,
            UpdateKind::Poll,
            poll.payload(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(Some(update))
    }

    /// `voter`'s vote for option `position` (0-based) of an open poll: a first vote, or a
    /// change of their vote. The primary key keeps it to one per registration however many
    /// arrive at once.
    pub async fn vote_in_poll(
        &self,
        event: &Slug,
        poll: i64,
        voter: i64,
        position: i64,
        now: Timestamp,
    ) -> Result<PollVote, StoreError> {
        let mut tx = self.pool.begin().await?;
        // The poll's row first: it orders this vote against a close.
        let open = sqlx::query(
            "UPDATE hall_polls SET counts_pending = 1 \
             WHERE id = $1 AND event_slug = $2 AND status = 'open' \
             RETURNING option_count, counts_at",
        )
        .bind(poll)
        .bind(event.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(open) = open else {
            tx.rollback().await?;
            let status =
                sqlx::query("SELECT status FROM hall_polls WHERE id = $1 AND event_slug = $2")
                    .bind(poll)
                    .bind(event.as_str())
                    .fetch_optional(&self.pool)
                    .await?;
            return Ok(match status {
                Some(row) => PollVote::NotOpen(
                    PollStatus::parse(&row.try_get::<String, _>("status")?)
                        .ok_or_else(|| corrupt("hall_polls.status"))?,
                ),
                None => PollVote::Unknown,
            });
        };
        let options: i64 = open.try_get("option_count")?;
        let counts_at: Option<i64> = open.try_get("counts_at")?;
        if !(0..options).contains(&position) {
            tx.rollback().await?;
            return Ok(PollVote::Unknown);
        }
        let inserted = sqlx::query(
            "INSERT INTO hall_poll_votes (poll_id, registration_id, position, voted_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (poll_id, registration_id) DO NOTHING",
        )
        .bind(poll)
        .bind(voter)
        .bind(position)
        .bind(now.as_second())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            let before: i64 = sqlx::query(
                "SELECT position FROM hall_poll_votes WHERE poll_id = $1 AND registration_id = $2",
            )
            .bind(poll)
            .bind(voter)
            .fetch_one(&mut *tx)
            .await?
            .try_get("position")?;
            if before == position {
                tx.rollback().await?;
                return Ok(PollVote::Unchanged);
            }
            sqlx::query(
                "UPDATE hall_poll_votes SET position = $3, voted_at = $4 \
                 WHERE poll_id = $1 AND registration_id = $2",
            )
            .bind(poll)
            .bind(voter)
            .bind(position)
            .bind(now.as_second())
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "UPDATE hall_poll_counts SET votes = votes - 1 WHERE poll_id = $1 AND position = $2",
            )
            .bind(poll)
            .bind(before)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "UPDATE hall_poll_counts SET votes = votes + 1 WHERE poll_id = $1 AND position = $2",
        )
        .bind(poll)
        .bind(position)
        .execute(&mut *tx)
        .await?;
        let due = counts_at.is_none_or(|at| now.as_millisecond() - at >= COUNTS_EVERY_MS);
        if !due {
            tx.commit().await?;
            return Ok(PollVote::Counted(None));
        }
        sqlx::query("UPDATE hall_polls SET counts_pending = 0, counts_at = $1 WHERE id = $2")
            .bind(now.as_millisecond())
            .bind(poll)
            .execute(&mut *tx)
            .await?;
        let update = commit_counts(tx, event, poll, now).await?;
        Ok(PollVote::Counted(Some(update)))
    }

    /// The option `voter` chose in each poll of the event they voted in.
    pub async fn poll_choices(
        &self,
        event: &Slug,
        voter: i64,
    ) -> Result<BTreeMap<i64, i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT v.poll_id, v.position FROM hall_poll_votes v \
             JOIN hall_polls p ON p.id = v.poll_id \
             WHERE v.registration_id = $1 AND p.event_slug = $2",
        )
        .bind(voter)
        .bind(event.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("poll_id")?, r.try_get("position")?)))
            .collect()
    }

    /// Writes the counts update of every poll whose votes changed since its last one (the
    /// hall's tick, on every instance: a poll's row is taken by one of them only).
    pub async fn flush_poll_counts(&self, now: Timestamp) -> Result<Vec<HallUpdate>, StoreError> {
        // A read first: most ticks find nothing and so take no write lock.
        let pending = sqlx::query("SELECT id FROM hall_polls WHERE counts_pending = 1")
            .fetch_all(&self.pool)
            .await?;
        let mut updates = Vec::new();
        for row in &pending {
            let id: i64 = row.try_get("id")?;
            let mut tx = self.pool.begin().await?;
            let taken = sqlx::query(
                "UPDATE hall_polls SET counts_pending = 0, counts_at = $2 \
                 WHERE id = $1 AND counts_pending = 1 RETURNING event_slug",
            )
            .bind(id)
            .bind(now.as_millisecond())
            .fetch_optional(&mut *tx)
            .await?;
            let Some(taken) = taken else {
                tx.rollback().await?;
                continue;
            };
            let event: Slug = taken
                .try_get::<String, _>("event_slug")?
                .parse()
                .map_err(|_| corrupt("hall_polls.event_slug"))?;
            updates.push(commit_counts(tx, &event, id, now).await?);
        }
        Ok(updates)
    }
}
