//! The cap on a registration's open hall windows ([`STREAMS_PER_ATTENDEE`]), held across
//! instances.
//!
//! On PostgreSQL any instance may serve any window, so each attendee's window takes one of
//! the registration's slots in the database (`storage::hall_windows`; the primary key is the
//! cap), and frees it when it closes. Each instance renews a heartbeat on every hall tick;
//! the slots of an instance that died count until its heartbeat runs out ([`ALIVE_FOR`]),
//! then are free. Presence reports over NATS were the other choice: they arrive a tick late,
//! so windows opened on two instances in the same moment would both pass, and NATS may be
//! down; a slot is taken in one statement and cannot be taken twice. The cost is one write
//! per window opened and closed, and one per instance per tick.
//!
//! On SQLite there is one instance: the hub's count in memory is the cap, and no window
//! costs a write (SQLite has one write lock, which sign-ups wait on).

use super::{STREAMS_PER_ATTENDEE, Viewer};
use crate::clock::Clock;
use crate::storage::{Backend, Database, StoreError, WindowSlot};
use jiff::SignedDuration;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use tokio::sync::Notify;

/// How long an instance's windows count after its last heartbeat: many ticks, so a slow
/// database or clocks a few seconds apart never free the windows of a living instance.
pub const ALIVE_FOR: SignedDuration = SignedDuration::from_secs(30);

/// The cap as this process keeps it.
#[derive(Clone, Default)]
pub struct Windows(Option<Arc<Shared>>);

struct Shared {
    db: Database,
    clock: Clock,
    instance: String,
    /// Windows closed whose slots are still to be freed.
    closed: Mutex<Vec<WindowSlot>>,
    /// Wakes the releaser when a window closed.
    wake: Notify,
    /// Until when the last heartbeat written says this instance is alive (Unix seconds): a
    /// slot taken after that would not count, so a claim renews it first when it runs low.
    alive_until: AtomicI64,
}

/// One open window's slot, freed when dropped (by the releaser, at once).
pub struct Window(Option<(Arc<Shared>, WindowSlot)>);

impl Drop for Window {
    fn drop(&mut self) {
        if let Some((shared, slot)) = self.0.take() {
            shared
                .closed
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(slot);
            shared.wake.notify_one();
        }
    }
}

impl Windows {
    /// The cap in memory only (the hub's count): one instance.
    pub fn in_memory() -> Self {
        Self(None)
    }

    /// The cap for instances on `db`: shared on PostgreSQL, in memory on SQLite.
    pub fn for_database(db: &Database, clock: Clock, instance: &str) -> Self {
        match db.backend() {
            Backend::Sqlite => Self::in_memory(),
            Backend::Postgres => Self(Some(Arc::new(Shared {
                db: db.clone(),
                clock,
                instance: instance.to_owned(),
                closed: Mutex::default(),
                wake: Notify::new(),
                alive_until: AtomicI64::new(0),
            }))),
        }
    }

    /// A slot for one more window of `viewer`, or `None` when the registration already has
    /// the most open (on any instance). Moderators are not capped.
    pub async fn open(&self, viewer: Viewer) -> Result<Option<Window>, StoreError> {
        let (Some(shared), Viewer::Attendee(registration)) = (&self.0, viewer) else {
            return Ok(Some(Window(None)));
        };
        let now = shared.clock.now();
        if shared.alive_until.load(Ordering::Acquire) < (now + ALIVE_FOR / 2).as_second() {
            shared.heartbeat().await?;
        }
        let token = hex::encode(rand::random::<[u8; 12]>());
        let slots = i64::try_from(STREAMS_PER_ATTENDEE).unwrap_or(i64::MAX);
        let slot = shared
            .db
            .claim_hall_window(registration, slots, (&shared.instance, &token), now)
            .await?;
        Ok(slot.map(|slot| Window(Some((Arc::clone(shared), (registration, slot, token))))))
    }

    /// Renews this instance's heartbeat and frees what closed (every hall tick; a release
    /// that failed is tried again here).
    pub async fn tick(&self) {
        let Some(shared) = &self.0 else { return };
        if let Err(err) = shared.heartbeat().await {
            tracing::warn!(error = %err, "could not renew the hall's heartbeat");
        }
        shared.release_closed().await;
    }

    /// Frees the slots of windows as they close, until the process stops (never returns).
    pub async fn run_releases(self) {
        let Some(shared) = self.0 else {
            return std::future::pending().await;
        };
        loop {
            shared.wake.notified().await;
            shared.release_closed().await;
        }
    }

    /// At shutdown: this instance's windows and heartbeat go at once (else they count until
    /// the heartbeat runs out).
    pub async fn forget(&self) {
        let Some(shared) = &self.0 else { return };
        if let Err(err) = shared.db.forget_hall_instance(&shared.instance).await {
            tracing::warn!(error = %err, "could not free this instance's hall windows; they are freed when its heartbeat runs out");
        }
    }
}

impl Shared {
    async fn heartbeat(&self) -> Result<(), StoreError> {
        let until = self.clock.now() + ALIVE_FOR;
        self.db.hall_instance_alive(&self.instance, until).await?;
        self.alive_until.store(until.as_second(), Ordering::Release);
        Ok(())
    }

    async fn release_closed(&self) {
        let closed =
            std::mem::take(&mut *self.closed.lock().unwrap_or_else(PoisonError::into_inner));
        if closed.is_empty() {
            return;
        }
        if let Err(err) = self.db.release_hall_windows(&closed).await {
            tracing::warn!(error = %err, "could not free closed hall windows; trying again on the next tick");
            self.closed
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .extend(closed);
        }
    }
}
