//! The recurring jobs: offer and link expiry, queueing the reminders that are due, and
//! pruning the counts no limit reads again.

use crate::state::AppState;

use jiff::SignedDuration;

/// Expires what is due; returns how many registrations expired.
pub async fn expire_offers(state: &AppState) -> anyhow::Result<usize> {
    Ok(state
        .db
        .expire_due(state.clock.now(), state.lifetimes)
        .await?)
}

/// Queues the reminders that are due for every event whose doors are not open yet; returns
/// how many. A reminder whose moment passed while no server ran is still queued until doors
/// open (the window is [doors − offset, doors)); the reminders table keeps each
/// (registration, offset) to once, across runs, restarts and instances.
pub async fn queue_reminders(state: &AppState) -> anyhow::Result<usize> {
    let now = state.clock.now();
    let mut queued = 0;
    for event in state.db.events().await? {
        if event.doors_open_at <= now {
            continue;
        }
        for hours in &event.reminder_hours {
            let offset = SignedDuration::from_hours(i64::from(*hours));
            queued += state
                .db
                .queue_reminders(&event.slug, offset, event.doors_open_at, now)
                .await?;
        }
    }
    Ok(queued)
}

/// Deletes rate-limit windows that ended, sign-in counts quiet for a day with no delay
/// pending, and the hall windows of instances that died; returns how many rows.
pub async fn prune_counters(state: &AppState) -> anyhow::Result<u64> {
    let now = state.clock.now();
    let quiet_since = crate::admin::throttle::quiet_since(now);
    Ok(state.db.prune_counters(now, quiet_since).await?)
}
