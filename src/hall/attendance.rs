//! Recording attendance: every attendee's hall window is a stay in the database, written
//! when it joins and when it leaves (on both backends: attendance must outlive the
//! process). While windows are open, this instance renews its run's heartbeat every few
//! ticks (one row, however many windows: their "last seen" is the run's); were it to die,
//! its windows would have no leave, and any instance's tick closes them at their last sign
//! of life once that is older than [`ALIVE_FOR`] — so a stay never counts longer than the
//! window was known to be open, give or take one heartbeat. A
//! stopping instance waits for its windows' leaves ([`Attendance::settle`]) before it closes
//! the database, so a restart does not cut every stay back to its last heartbeat.

use super::ALIVE_FOR;
use crate::clock::Clock;
use crate::domain::Slug;
use crate::storage::{Database, StoreError};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use tokio::sync::Notify;

/// Hall ticks between two heartbeats of this instance's open stays.
pub const HEARTBEAT_TICKS: u32 = 5;

/// The recorder of this process.
#[derive(Clone)]
pub struct Attendance(Arc<Shared>);

struct Shared {
    db: Database,
    clock: Clock,
    instance: String,
    /// When this process started recording: it renews only the stays it joined.
    started: jiff::Timestamp,
    /// Stays open here (no heartbeat is written when there are none).
    open: AtomicUsize,
    /// Leaves being written.
    leaving: AtomicUsize,
    /// Leaves waiting to be written: (stay, when).
    leaves: Mutex<Vec<(i64, jiff::Timestamp)>>,
    /// A task is writing the queued leaves.
    writing: AtomicBool,
    /// Told when `open` or `leaving` goes down.
    changed: Notify,
}

/// One open stay, left when dropped (the write runs on the runtime; if it cannot, the
/// stay is closed at its last heartbeat like one whose instance died).
pub struct Stay(Option<(Arc<Shared>, i64)>);

impl Drop for Stay {
    fn drop(&mut self) {
        let Some((shared, id)) = self.0.take() else {
            return;
        };
        // Counted as leaving before it stops being open, so `settle` never sees neither.
        let runtime = tokio::runtime::Handle::try_current().ok();
        if runtime.is_some() {
            shared.leaving.fetch_add(1, Ordering::AcqRel);
        }
        shared.open.fetch_sub(1, Ordering::AcqRel);
        shared.changed.notify_waiters();
        if let Some(runtime) = runtime {
            let now = shared.clock.now();
            shared
                .leaves
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push((id, now));
            // One writer at a time takes every leave queued: thousands of windows closing
            // together (a stopping instance, a network fault) are a few batched writes, not
            // thousands of writers queueing for the database.
            if !shared.writing.swap(true, Ordering::AcqRel) {
                runtime.spawn(write_leaves(shared));
            }
        }
    }
}

/// The most leaves written in one transaction (a short hold of SQLite's write lock).
const LEAVES_PER_WRITE: usize = 1000;

/// Writes the queued leaves until none is left, then lets the next leave start a writer.
async fn write_leaves(shared: Arc<Shared>) {
    loop {
        let batch: Vec<(i64, jiff::Timestamp)> = {
            let mut queued = shared.leaves.lock().unwrap_or_else(PoisonError::into_inner);
            let take = queued.len().min(LEAVES_PER_WRITE);
            queued.drain(..take).collect()
        };
        if batch.is_empty() {
            shared.writing.store(false, Ordering::Release);
            // A leave queued after the look above saw `writing` still set and started no
            // writer: look again, and go on unless another writer took over.
            let more = !shared
                .leaves
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .is_empty();
            if !more || shared.writing.swap(true, Ordering::AcqRel) {
                return;
            }
            continue;
        }
        if let Err(err) = shared.db.leave_hall(&batch).await {
            tracing::warn!(error = %err, windows = batch.len(), "could not record hall windows leaving; they close at their last heartbeat");
        }
        shared.leaving.fetch_sub(batch.len(), Ordering::AcqRel);
        shared.changed.notify_waiters();
    }
}

impl Stay {
    /// A window that is not recorded (a moderator's).
    pub fn none() -> Self {
        Self(None)
    }
}

impl Attendance {
    pub fn new(db: Database, clock: Clock, instance: &str) -> Self {
        Self(Arc::new(Shared {
            db,
            started: clock.now(),
            clock,
            instance: instance.to_owned(),
            open: AtomicUsize::new(0),
            leaving: AtomicUsize::new(0),
            leaves: Mutex::new(Vec::new()),
            writing: AtomicBool::new(false),
            changed: Notify::new(),
        }))
    }

    /// Resolves once no window is open here and every leave is written: at shutdown, after
    /// the streams were told to end and before the database closes (whose pool refuses the
    /// leaves still waiting for a connection).
    pub async fn settle(&self) {
        loop {
            let changed = self.0.changed.notified();
            tokio::pin!(changed);
            // Registered before looking, so a change between the look and the wait wakes it.
            changed.as_mut().enable();
            if self.0.open.load(Ordering::Acquire) == 0
                && self.0.leaving.load(Ordering::Acquire) == 0
            {
                return;
            }
            changed.await;
        }
    }

    /// A window of `registration` joined `event`'s hall now.
    pub async fn join(&self, event: &Slug, registration: i64) -> Result<Stay, StoreError> {
        let id = self
            .0
            .db
            .join_hall(event, registration, &self.0.instance, self.0.clock.now())
            .await?;
        self.0.open.fetch_add(1, Ordering::AcqRel);
        Ok(Stay(Some((Arc::clone(&self.0), id))))
    }

    /// On the hall's tick number `tick`: renews this instance's open stays every
    /// [`HEARTBEAT_TICKS`], and closes the stays of instances that died.
    pub async fn tick(&self, tick: u32) {
        if !tick.is_multiple_of(HEARTBEAT_TICKS) {
            return;
        }
        let now = self.0.clock.now();
        if self.0.open.load(Ordering::Acquire) > 0
            && let Err(err) = self
                .0
                .db
                .attendance_heartbeat(&self.0.instance, self.0.started, now)
                .await
        {
            tracing::warn!(error = %err, "could not renew the hall's attendance heartbeat");
        }
        if let Err(err) = self.0.db.close_lost_stays(now - ALIVE_FOR).await {
            tracing::warn!(error = %err, "could not close the stays of lost hall windows");
        }
    }
}
