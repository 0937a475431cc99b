//! The hall: questions, votes, the hand-chosen live segment, and the numbered log of
//! updates that streams replay after a reconnect.
//!
//! Every write starts by incrementing the event's counter in `hall_state`. That write takes
//! SQLite's write lock or PostgreSQL's row lock at once, so updates of one event are numbered
//! in commit order without gaps: a reader that has seen update N and reads "after N" never
//! skips one that commits later with a smaller number.

use super::rows::{corrupt, instant};
use super::{Database, StoreError};
use crate::domain::{Lang, Slug};
use crate::hall::{
    Audience, HallUpdate, LiveChoice, Moderation, PlainText, Question, QuestionStatus, UpdateKind,
};
use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

const QUESTION_COLUMNS: &str =
    "id, event_slug, registration_id, lang, body, status, pinned, votes, asked_at";

fn read_question(row: &AnyRow) -> Result<Question, StoreError> {
    let status: String = row.try_get("status")?;
    Ok(Question {
        id: row.try_get("id")?,
        event: row
            .try_get::<String, _>("event_slug")?
            .parse()
            .map_err(|_| corrupt("hall question event"))?,
        asker: row.try_get("registration_id")?,
        lang: row
            .try_get::<String, _>("lang")?
            .parse()
            .map_err(|_| corrupt("hall question language"))?,
        text: row.try_get("body")?,
        status: QuestionStatus::parse(&status).ok_or_else(|| corrupt("hall question status"))?,
        pinned: row.try_get::<i64, _>("pinned")? != 0,
        votes: row.try_get("votes")?,
        asked_at: instant(row.try_get("asked_at")?),
    })
}

fn read_update(row: &AnyRow) -> Result<HallUpdate, StoreError> {
    let audience: String = row.try_get("audience")?;
    let asker: Option<i64> = row.try_get("asker")?;
    let kind: String = row.try_get("kind")?;
    Ok(HallUpdate {
        event: row
            .try_get::<String, _>("event_slug")?
            .parse()
            .map_err(|_| corrupt("hall update event"))?,
        seq: row.try_get("seq")?,
        audience: match (audience.as_str(), asker) {
            ("all", _) => Audience::All,
            ("moderators", _) => Audience::Moderators,
            ("asker", Some(id)) => Audience::Asker(id),
            _ => return Err(corrupt("hall update audience")),
        },
        kind: UpdateKind::parse(&kind).ok_or_else(|| corrupt("hall update kind"))?,
        payload: row.try_get("payload")?,
    })
}

/// Numbers and stores an update inside `tx`.
pub(super) async fn append(
    tx: &mut Transaction<'_, Any>,
    event: &Slug,
    audience: Audience,
    kind: UpdateKind,
    payload: String,
    now: Timestamp,
) -> Result<HallUpdate, StoreError> {
    let seq = next_seq(tx, event).await?;
    store_update(tx, event, seq, audience, kind, payload, now).await
}

/// The hall's revocation of a registration's access, written inside the caller's
/// transaction (the one that cancels the registration or changes its link), so the change
/// and the update that closes its open windows commit together. It may come after the
/// transaction's first write: the number is taken under the event's `hall_state` row lock,
/// held to the commit, so updates stay numbered in commit order. Callers lock their
/// `registrations` row first, then the hall's (never the other way round).
pub(super) async fn revoke_in(
    tx: &mut Transaction<'_, Any>,
    event: &Slug,
    registration: i64,
    now: Timestamp,
) -> Result<HallUpdate, StoreError> {
    let payload = serde_json::json!({ "registration": registration }).to_string();
    append(
        tx,
        event,
        Audience::Asker(registration),
        UpdateKind::Revoked,
        payload,
        now,
    )
    .await
}

/// Takes the event's next number (the write that serialises the hall's writers).
pub(super) async fn next_seq(
    tx: &mut Transaction<'_, Any>,
    event: &Slug,
) -> Result<i64, StoreError> {
    sqlx::query("INSERT INTO hall_state (event_slug) VALUES ($1) ON CONFLICT DO NOTHING")
        .bind(event.as_str())
        .execute(&mut **tx)
        .await?;
    let row =
        sqlx::query("UPDATE hall_state SET seq = seq + 1 WHERE event_slug = $1 RETURNING seq")
            .bind(event.as_str())
            .fetch_one(&mut **tx)
            .await?;
    Ok(row.try_get("seq")?)
}

async fn question_in(
    tx: &mut Transaction<'_, Any>,
    event: &Slug,
    id: i64,
) -> Result<Option<Question>, StoreError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {QUESTION_COLUMNS} FROM hall_questions WHERE id = $1 AND event_slug = $2"
    )))
    .bind(id)
    .bind(event.as_str())
    .fetch_optional(&mut **tx)
    .await?;
    row.as_ref().map(read_question).transpose()
}

// The hall's storage.
impl Database {
    /// The number of the event's latest update (0 before any).
    pub async fn hall_seq(&self, event: &Slug) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT seq FROM hall_state WHERE event_slug = $1")
            .bind(event.as_str())
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get("seq")).transpose()?.unwrap_or(0))
    }

    /// Stores a pending question and its update (to the asker and the moderators); `None`
    /// when the asker already asked `limit.1` questions since `limit.0` (counted inside the
    /// transaction, after the event's lock, so parallel requests cannot slip past it).
    pub async fn ask(
        &self,
        event: &Slug,
        asker: i64,
        lang: &Lang,
        text: &PlainText,
        limit: (Timestamp, i64),
        now: Timestamp,
    ) -> Result<Option<HallUpdate>, StoreError> {
        let mut tx = self.pool.begin().await?;
        // The number first: it is the write that orders this transaction (and the count).
        let seq = next_seq(&mut tx, event).await?;
        let asked = sqlx::query(
            "SELECT COUNT(*) AS n FROM hall_questions WHERE registration_id = $1 AND asked_at >= $2",
        )
        .bind(asker)
        .bind(limit.0.as_second())
        .fetch_one(&mut *tx)
        .await?;
        if asked.try_get::<i64, _>("n")? >= limit.1 {
            // Dropping the transaction gives the number back.
            return Ok(None);
        }
        let row = sqlx::query(
            "INSERT INTO hall_questions (event_slug, registration_id, lang, body, status, asked_at) \
             VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING id",
        )
        .bind(event.as_str())
        .bind(asker)
        .bind(lang.as_str())
        .bind(text.as_str())
        .bind(now.as_second())
        .fetch_one(&mut *tx)
        .await?;
        let question = Question {
            id: row.try_get("id")?,
            event: event.clone(),
            asker,
            lang: lang.clone(),
            text: text.as_str().to_owned(),
            status: QuestionStatus::Pending,
            pinned: false,
            votes: 0,
            asked_at: instant(now.as_second()),
        };
        commit_update(
            tx,
            event,
            seq,
            question.audience(),
            UpdateKind::Question,
            question.payload(),
            now,
        )
        .await
        .map(Some)
    }

    /// One vote of `voter` for an approved question; `None` if they voted already or the
    /// question is not open to votes.
    pub async fn vote(
        &self,
        event: &Slug,
        question: i64,
        voter: i64,
        now: Timestamp,
    ) -> Result<Option<HallUpdate>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx, event).await?;
        let Some(mut q) = question_in(&mut tx, event, question).await? else {
            return Ok(None);
        };
        if q.status != QuestionStatus::Approved {
            return Ok(None);
        }
        let inserted = sqlx::query(
            "INSERT INTO hall_votes (question_id, registration_id) VALUES ($1, $2) \
             ON CONFLICT DO NOTHING",
        )
        .bind(question)
        .bind(voter)
        .execute(&mut *tx)
        .await?;
        if inserted.rows_affected() == 0 {
            // Dropping the transaction gives the number back.
            return Ok(None);
        }
        let row = sqlx::query(
            "UPDATE hall_questions SET votes = votes + 1 WHERE id = $1 RETURNING votes",
        )
        .bind(question)
        .fetch_one(&mut *tx)
        .await?;
        q.votes = row.try_get("votes")?;
        commit_update(
            tx,
            event,
            seq,
            q.audience(),
            UpdateKind::Question,
            q.payload(),
            now,
        )
        .await
        .map(Some)
    }

    /// Applies a moderator's decision; `None` if the question is not the event's.
    pub async fn moderate(
        &self,
        event: &Slug,
        question: i64,
        action: Moderation,
        now: Timestamp,
    ) -> Result<Option<HallUpdate>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx, event).await?;
        let Some(mut q) = question_in(&mut tx, event, question).await? else {
            return Ok(None);
        };
        let was_public = q.status.is_public();
        match action {
            Moderation::Approve => q.status = QuestionStatus::Approved,
            Moderation::Hide => {
                q.status = QuestionStatus::Hidden;
                q.pinned = false;
            }
            Moderation::Answered => {
                q.status = QuestionStatus::Answered;
                q.pinned = false;
            }
            Moderation::Pin => {
                if !q.status.is_public() {
                    q.status = QuestionStatus::Approved;
                }
                q.pinned = true;
            }
            Moderation::Unpin => q.pinned = false,
        }
        sqlx::query("UPDATE hall_questions SET status = $1, pinned = $2 WHERE id = $3")
            .bind(q.status.as_str())
            .bind(i64::from(q.pinned))
            .bind(q.id)
            .execute(&mut *tx)
            .await?;
        let (audience, payload) = if q.status == QuestionStatus::Hidden {
            q.hidden_update(was_public)
        } else {
            (q.audience(), q.payload())
        };
        commit_update(tx, event, seq, audience, UpdateKind::Question, payload, now)
            .await
            .map(Some)
    }

    /// Makes a segment live by hand (`None`: back to the schedule).
    pub async fn set_live_segment(
        &self,
        event: &Slug,
        segment: Option<&Slug>,
        now: Timestamp,
    ) -> Result<HallUpdate, StoreError> {
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx, event).await?;
        let since = segment.map(|_| now.as_second());
        sqlx::query(
            "UPDATE hall_state SET live_segment = $1, live_since = $2 WHERE event_slug = $3",
        )
        .bind(segment.map(Slug::as_str))
        .bind(since)
        .bind(event.as_str())
        .execute(&mut *tx)
        .await?;
        let payload = serde_json::json!({
            "segment": segment.map(Slug::as_str),
            "since": since.map(|s| s * 1000),
        })
        .to_string();
        commit_update(
            tx,
            event,
            seq,
            Audience::All,
            UpdateKind::Segment,
            payload,
            now,
        )
        .await
    }

    /// Revokes a registration's personal link: a new nonce makes every link sent so far
    /// useless, and the update ends the registration's open streams.
    pub async fn revoke_hall_access(
        &self,
        event: &Slug,
        registration: i64,
        new_access_nonce: &str,
        now: Timestamp,
    ) -> Result<HallUpdate, StoreError> {
        let mut tx = self.pool.begin().await?;
        // The registration's row first, as a cancellation locks it (see `revoke_in`).
        sqlx::query("UPDATE registrations SET access_nonce = $1 WHERE id = $2")
            .bind(new_access_nonce)
            .bind(registration)
            .execute(&mut *tx)
            .await?;
        let update = revoke_in(&mut tx, event, registration, now).await?;
        tx.commit().await?;
        Ok(update)
    }

    /// The hand-chosen live segment, if any.
    pub async fn live_choice(&self, event: &Slug) -> Result<Option<LiveChoice>, StoreError> {
        let row =
            sqlx::query("SELECT live_segment, live_since FROM hall_state WHERE event_slug = $1")
                .bind(event.as_str())
                .fetch_optional(&self.pool)
                .await?;
        let Some(row) = row else { return Ok(None) };
        let segment: Option<String> = row.try_get("live_segment")?;
        let since: Option<i64> = row.try_get("live_since")?;
        Ok(match (segment, since) {
            (Some(segment), Some(since)) => Some(LiveChoice {
                segment: segment.parse().map_err(|_| corrupt("hall live segment"))?,
                since: instant(since),
            }),
            _ => None,
        })
    }

    /// Every question of the event, oldest first.
    pub async fn questions(&self, event: &Slug) -> Result<Vec<Question>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {QUESTION_COLUMNS} FROM hall_questions WHERE event_slug = $1 ORDER BY id"
        )))
        .bind(event.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(read_question).collect()
    }

    /// The questions `voter` voted for.
    pub async fn votes_of(&self, event: &Slug, voter: i64) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT v.question_id AS id FROM hall_votes v \
             JOIN hall_questions q ON q.id = v.question_id \
             WHERE v.registration_id = $1 AND q.event_slug = $2",
        )
        .bind(voter)
        .bind(event.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| r.try_get("id").map_err(StoreError::from))
            .collect()
    }

    /// Updates numbered after `seq`, oldest first, at most `limit`.
    pub async fn updates_after(
        &self,
        event: &Slug,
        seq: i64,
        limit: i64,
    ) -> Result<Vec<HallUpdate>, StoreError> {
        let rows = sqlx::query(
            "SELECT event_slug, seq, audience, asker, kind, payload FROM hall_updates \
             WHERE event_slug = $1 AND seq > $2 ORDER BY seq LIMIT $3",
        )
        .bind(event.as_str())
        .bind(seq)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(read_update).collect()
    }
}

/// Stores an update under a number already taken in `tx`, and commits.
pub(super) async fn commit_update(
    mut tx: Transaction<'_, Any>,
    event: &Slug,
    seq: i64,
    audience: Audience,
    kind: UpdateKind,
    payload: String,
    now: Timestamp,
) -> Result<HallUpdate, StoreError> {
    let update = store_update(&mut tx, event, seq, audience, kind, payload, now).await?;
    tx.commit().await?;
    Ok(update)
}

/// Stores an update under a number already taken in `tx`.
async fn store_update(
    tx: &mut Transaction<'_, Any>,
    event: &Slug,
    seq: i64,
    audience: Audience,
    kind: UpdateKind,
    payload: String,
    now: Timestamp,
) -> Result<HallUpdate, StoreError> {
    let (audience_name, asker) = match audience {
        Audience::All => ("all", None),
        Audience::Moderators => ("moderators", None),
        Audience::Asker(id) => ("asker", Some(id)),
    };
    sqlx::query(
        "INSERT INTO hall_updates (event_slug, seq, audience, asker, kind, payload, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(event.as_str())
    .bind(seq)
    .bind(audience_name)
    .bind(asker)
    .bind(kind.as_str())
    .bind(&payload)
    .bind(now.as_second())
    .execute(&mut **tx)
    .await?;
    Ok(HallUpdate {
        event: event.clone(),
        seq,
        audience,
        kind,
        payload,
    })
}
