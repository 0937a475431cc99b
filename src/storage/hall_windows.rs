//! Hall windows counted across instances (the cap and its use are `hall::windows`): every
//! open update stream of a registration holds one of its slots, so the primary key
//! (registration, slot) is the cap itself; a slot whose instance stopped renewing its
//! heartbeat (it died) counts as free.

use super::{Database, StoreError};
use jiff::Timestamp;
use sqlx::Row;

/// One window's hold on a slot: registration, slot, and the token that tells this window
/// from a later one in the same slot.
pub type WindowSlot = (i64, i64, String);

/// The shared cap on open hall windows.
impl Database {
    /// Records that `instance` is alive until `until` (its windows count until then).
    pub async fn hall_instance_alive(
        &self,
        instance: &str,
        until: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO hall_instances (instance, alive_until) VALUES ($1, $2) \
             ON CONFLICT (instance) DO UPDATE SET alive_until = excluded.alive_until",
        )
        .bind(instance)
        .bind(until.as_second())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Takes one of the `slots` slots of `registration` for a window of `instance`, marked
    /// with `token`; the slot, or `None` when every slot is held by an instance alive at
    /// `now`. Each claim is one conditional upsert, so two instances never take one slot.
    pub async fn claim_hall_window(
        &self,
        registration: i64,
        slots: i64,
        (instance, token): (&str, &str),
        now: Timestamp,
    ) -> Result<Option<i64>, StoreError> {
        let held: Vec<i64> = sqlx::query(
            "SELECT w.slot FROM hall_windows w JOIN hall_instances i \
             ON i.instance = w.instance AND i.alive_until > $2 WHERE w.registration_id = $1",
        )
        .bind(registration)
        .bind(now.as_second())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| row.try_get("slot"))
        .collect::<Result<_, _>>()?;
        for slot in (0..slots).filter(|s| !held.contains(s)) {
            // Free, or held by an instance that is gone; another claim may have been quicker.
            let taken = sqlx::query(
                "INSERT INTO hall_windows (registration_id, slot, instance, token) \
                 VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (registration_id, slot) DO UPDATE \
                 SET instance = excluded.instance, token = excluded.token \
                 WHERE NOT EXISTS (SELECT 1 FROM hall_instances i \
                   WHERE i.instance = hall_windows.instance AND i.alive_until > $5) \
                 RETURNING slot",
            )
            .bind(registration)
            .bind(slot)
            .bind(instance)
            .bind(token)
            .bind(now.as_second())
            .fetch_optional(&self.pool)
            .await?;
            if taken.is_some() {
                return Ok(Some(slot));
            }
        }
        Ok(None)
    }

    /// Frees the slots of windows that closed (a slot taken over since is left alone).
    pub async fn release_hall_windows(&self, windows: &[WindowSlot]) -> Result<(), StoreError> {
        for (registration, slot, token) in windows {
            sqlx::query(
                "DELETE FROM hall_windows WHERE registration_id = $1 AND slot = $2 AND token = $3",
            )
            .bind(registration)
            .bind(slot)
            .bind(token)
            .execute(&self.pool)
            .await?;
        }
        Ok(())
    }

    /// An instance that stops: its windows and its heartbeat go at once.
    pub async fn forget_hall_instance(&self, instance: &str) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM hall_windows WHERE instance = $1")
            .bind(instance)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM hall_instances WHERE instance = $1")
            .bind(instance)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes the windows and heartbeats of instances no longer alive at `now`.
    pub(super) async fn prune_hall_windows(&self, now: Timestamp) -> Result<u64, StoreError> {
        let windows = sqlx::query(
            "DELETE FROM hall_windows WHERE NOT EXISTS (SELECT 1 FROM hall_instances i \
             WHERE i.instance = hall_windows.instance AND i.alive_until > $1)",
        )
        .bind(now.as_second())
        .execute(&self.pool)
        .await?
        .rows_affected();
        let instances = sqlx::query("DELETE FROM hall_instances WHERE alive_until <= $1")
            .bind(now.as_second())
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(windows + instances)
    }
}
