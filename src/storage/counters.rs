//! Counters every instance shares (the policy is `site::limits` and `admin::throttle`): a
//! rate-limit hit is one atomic upsert that counts only below the limit, so two instances
//! never let more through than one would; and the pruning of counts nobody reads again.

use super::{Database, StoreError};
use jiff::Timestamp;

/// Rate-limit counts and their pruning.
impl Database {
    /// Counts one hit of `limit` under `key` in the window ending at `window_ends_at`, unless
    /// the window already holds `max`; whether it was counted. One statement: concurrent
    /// hits from any number of instances queue on the row, and no more than `max` count.
    pub async fn count_hit(
        &self,
        limit: &str,
        key: &str,
        window_ends_at: i64,
        max: u32,
    ) -> Result<bool, StoreError> {
        if max == 0 {
            return Ok(false);
        }
        let counted = sqlx::query(
            "INSERT INTO rate_counts (limit_name, key, window_ends_at, hits) VALUES ($1, $2, $3, 1) \
             ON CONFLICT (limit_name, key, window_ends_at) DO UPDATE SET hits = rate_counts.hits + 1 \
             WHERE rate_counts.hits < $4 \
             RETURNING hits",
        )
        .bind(limit)
        .bind(key)
        .bind(window_ends_at)
        .bind(i64::from(max))
        .fetch_optional(&self.pool)
        .await?;
        Ok(counted.is_some())
    }

    /// Deletes what no limit reads again: rate-limit windows that ended by `now`, sign-in
    /// counts last touched before `quiet_since` (they would start again at one) whose delay
    /// has passed, and hall windows of instances no longer alive. Returns the rows deleted.
    pub async fn prune_counters(
        &self,
        now: Timestamp,
        quiet_since: Timestamp,
    ) -> Result<u64, StoreError> {
        let now_s = now.as_second();
        let mut deleted = sqlx::query("DELETE FROM rate_counts WHERE window_ends_at <= $1")
            .bind(now_s)
            .execute(&self.pool)
            .await?
            .rows_affected();
        deleted += sqlx::query("DELETE FROM login_throttle WHERE last_at < $1 AND next_at <= $2")
            .bind(quiet_since.as_second())
            .bind(now_s)
            .execute(&self.pool)
            .await?
            .rows_affected();
        deleted += self.prune_hall_windows(now).await?;
        Ok(deleted)
    }
}
