//! Sign-in throttling counts (the policy is `admin::throttle`): reserving an attempt under
//! several keys in one transaction, so concurrent attempts cannot slip past a delay.

use super::{Database, StoreError};
use crate::admin::throttle::Policy;
use jiff::Timestamp;
use sqlx::Row;

/// Whether an attempt may be verified now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reservation {
    /// Counted under every key; verify it.
    Granted,
    /// Not counted: a key is still waiting, this many seconds longer.
    Wait(i64),
}

/// Attempt counts per key.
impl Database {
    /// Counts one attempt under every key (a count last touched before `quiet_since` starts
    /// again at one) and sets each key's next allowed instant by its policy — unless a key
    /// must still wait, in which case nothing is counted. One transaction; keys are locked in
    /// a fixed order.
    pub async fn reserve_attempt(
        &self,
        keys: &[(String, Policy)],
        now: Timestamp,
        quiet_since: Timestamp,
    ) -> Result<Reservation, StoreError> {
        let mut sorted: Vec<&(String, Policy)> = keys.iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        let now_s = now.as_second();
        let mut tx = self.pool.begin().await?;
        let mut wait = 0;
        let mut counted = Vec::with_capacity(sorted.len());
        for (key, policy) in sorted {
            // A write first: on SQLite it takes the write lock, on PostgreSQL it locks the row.
            // `next_at` is not changed here, so RETURNING gives the delay set before.
            let row = sqlx::query(
                "INSERT INTO login_throttle (key, attempts, last_at, next_at) VALUES ($1, 1, $2, 0) \
                 ON CONFLICT (key) DO UPDATE SET \
                 attempts = CASE WHEN login_throttle.last_at < $3 THEN 1 \
                                 ELSE login_throttle.attempts + 1 END, \
                 last_at = $2 \
                 RETURNING attempts, next_at",
            )
            .bind(key)
            .bind(now_s)
            .bind(quiet_since.as_second())
            .fetch_one(&mut *tx)
            .await?;
            let attempts: i64 = row.try_get("attempts")?;
            let next_at: i64 = row.try_get("next_at")?;
            wait = wait.max(next_at - now_s);
            counted.push((key, attempts, *policy));
        }
        if wait > 0 {
            tx.rollback().await?;
            return Ok(Reservation::Wait(wait));
        }
        for (key, attempts, policy) in counted {
            sqlx::query("UPDATE login_throttle SET next_at = $2 WHERE key = $1")
                .bind(key)
                .bind(now_s.saturating_add(policy.delay_secs(attempts)))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(Reservation::Granted)
    }

    /// A successful attempt: forgets the counts under `forget` and takes this attempt back
    /// from the counts under `give_back` (their delay then follows the smaller count).
    pub async fn attempt_succeeded(
        &self,
        forget: &[String],
        give_back: &[(String, Policy)],
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for key in forget {
            sqlx::query("DELETE FROM login_throttle WHERE key = $1")
                .bind(key)
                .execute(&mut *tx)
                .await?;
        }
        for (key, policy) in give_back {
            let row = sqlx::query(
                "UPDATE login_throttle SET attempts = attempts - 1 \
                 WHERE key = $1 AND attempts > 0 RETURNING attempts, last_at",
            )
            .bind(key)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(row) = row {
                let attempts: i64 = row.try_get("attempts")?;
                let last_at: i64 = row.try_get("last_at")?;
                sqlx::query("UPDATE login_throttle SET next_at = $2 WHERE key = $1")
                    .bind(key)
                    .bind(last_at.saturating_add(policy.delay_secs(attempts)))
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Whether `key` (an account and a network) signed in at or after `since`.
    pub async fn known_network(&self, key: &str, since: Timestamp) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT last_at FROM login_known_networks WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(row) => row.try_get::<i64, _>("last_at")? >= since.as_second(),
            None => false,
        })
    }

    /// Remembers that `key` (an account and a network) signed in at `now`.
    pub async fn remember_network(&self, key: &str, now: Timestamp) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO login_known_networks (key, last_at) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET last_at = $2",
        )
        .bind(key)
        .bind(now.as_second())
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
