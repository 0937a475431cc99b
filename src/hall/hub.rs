//! Fan-out inside one process: for each event with an open hall, one broadcast channel per
//! caption choice (a *lane*: no captions, or captions in one language), fed in order from
//! the stored log of updates.
//!
//! The log in the database is the truth; the lanes only carry it to the open streams.
//! `pump` reads every update after the last one sent and broadcasts it, so it does not
//! matter what triggered it — a write in this process, a NATS message from another
//! instance, or the poll that catches anything a lost message would have missed.
//!
//! What goes on which lane, and how a stream tells a skipped update from a missed one:
//! `lanes.rs`.

use super::Viewer;
use super::frame::Frame;
use super::lanes::{Delivery, Lanes};
use crate::domain::{Lang, Slug};
use crate::storage::{Database, StoreError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use tokio::sync::{broadcast, watch};

/// Updates read from the log at a time.
const PAGE: i64 = 256;
/// The most streams one registration may hold open at once.
pub const STREAMS_PER_ATTENDEE: usize = 5;

/// The open hall of one event in this process.
pub struct Channel {
    lanes: Mutex<Lanes>,
    /// The last update read from the log; the lock makes pumps of one event take turns.
    last_seq: tokio::sync::Mutex<i64>,
    /// Open streams per viewer (attendees by registration, moderators as -1).
    presence: Mutex<HashMap<i64, usize>>,
    /// Attendees other instances reported, by instance, with the ticks since they did.
    remote: Mutex<HashMap<String, (usize, u32)>>,
    /// The count last sent to the streams.
    last_count: Mutex<Option<usize>>,
}

impl Channel {
    fn new(last_seq: i64) -> Self {
        Self {
            lanes: Mutex::new(Lanes::new(last_seq)),
            last_seq: tokio::sync::Mutex::new(last_seq),
            presence: Mutex::new(HashMap::new()),
            remote: Mutex::new(HashMap::new()),
            last_count: Mutex::new(None),
        }
    }

    /// A receiver of every frame broadcast from now on for streams showing `captions`
    /// (`None`: no captions). Only the event's caption languages should be asked for: each
    /// language asked opens a lane that lasts as long as the hall is open here.
    pub fn subscribe(&self, captions: Option<&Lang>) -> broadcast::Receiver<Delivery> {
        self.lanes
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .subscribe(captions)
    }

    /// Counts a stream in; refused when the attendee already has the most allowed.
    pub fn enter(self: &Arc<Self>, viewer: Viewer) -> Option<Presence> {
        let key = viewer_key(viewer);
        let mut presence = self.presence.lock().unwrap_or_else(PoisonError::into_inner);
        let open = presence.entry(key).or_insert(0);
        if key >= 0 && *open >= STREAMS_PER_ATTENDEE {
            return None;
        }
        *open += 1;
        Some(Presence {
            channel: Arc::clone(self),
            key,
        })
    }

    /// Attendees with at least one open stream here.
    pub fn local_attendees(&self) -> usize {
        self.presence
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .keys()
            .filter(|k| **k >= 0)
            .count()
    }

    /// Attendees here and at the other instances that reported recently.
    pub fn attendees(&self) -> usize {
        let remote: usize = self
            .remote
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .values()
            .map(|(n, _)| n)
            .sum();
        self.local_attendees() + remote
    }

    fn send(&self, frame: Frame) {
        self.lanes
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .send(frame);
    }
}

fn viewer_key(viewer: Viewer) -> i64 {
    match viewer {
        Viewer::Attendee(id) => id,
        Viewer::Moderator => -1,
    }
}

/// A stream counted in the hall; counted out when dropped.
pub struct Presence {
    channel: Arc<Channel>,
    key: i64,
}

impl Drop for Presence {
    fn drop(&mut self) {
        let mut presence = self
            .channel
            .presence
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(open) = presence.get_mut(&self.key) {
            *open -= 1;
            if *open == 0 {
                presence.remove(&self.key);
            }
        }
    }
}

/// The process's halls.
#[derive(Clone)]
pub struct Hub {
    db: Database,
    channels: Arc<Mutex<HashMap<Slug, Arc<Channel>>>>,
    closing: watch::Sender<bool>,
}

impl Hub {
    pub fn new(db: Database) -> Self {
        Self {
            db,
            channels: Arc::default(),
            closing: watch::channel(false).0,
        }
    }

    /// The event's channel, opened on first use at the log's current end.
    pub async fn channel(&self, event: &Slug) -> Result<Arc<Channel>, StoreError> {
        if let Some(channel) = self.existing(event) {
            return Ok(channel);
        }
        let seq = self.db.hall_seq(event).await?;
        let mut channels = self.channels.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(Arc::clone(
            channels
                .entry(event.clone())
                .or_insert_with(|| Arc::new(Channel::new(seq))),
        ))
    }

    fn existing(&self, event: &Slug) -> Option<Arc<Channel>> {
        self.channels
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(event)
            .cloned()
    }

    fn all(&self) -> Vec<(Slug, Arc<Channel>)> {
        self.channels
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(|(k, v)| (k.clone(), Arc::clone(v)))
            .collect()
    }

    /// Broadcasts every stored update of `event` not yet broadcast here, in order.
    pub async fn pump(&self, event: &Slug) -> Result<(), StoreError> {
        let Some(channel) = self.existing(event) else {
            return Ok(());
        };
        let mut last = channel.last_seq.lock().await;
        loop {
            let updates = self.db.updates_after(event, *last, PAGE).await?;
            for update in &updates {
                channel.send(Frame::update(update));
                *last = update.seq;
            }
            if (updates.len() as i64) < PAGE {
                return Ok(());
            }
        }
    }

    /// Pumps every open hall (the poll that catches what a lost notification missed).
    pub async fn pump_all(&self) {
        for (event, _) in self.all() {
            if let Err(err) = self.pump(&event).await {
                tracing::warn!(error = %err, %event, "could not read the hall's updates");
            }
        }
    }

    /// Forgets the halls nobody holds open here (no stream, no page being rendered), so the
    /// poll only reads the logs of events being watched. Checked under the map's lock: a
    /// stream holds its channel, so one in use is never dropped.
    pub fn forget_idle(&self) {
        self.channels
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|_, channel| Arc::strong_count(channel) > 1);
    }

    /// Sends a frame that is not stored to `event`'s open streams here, if any.
    pub fn broadcast(&self, event: &Slug, frame: Frame) {
        if let Some(channel) = self.existing(event) {
            channel.send(frame);
        }
    }

    /// Sends a keep-alive comment to every open stream.
    pub fn keep_alive(&self) {
        for (_, channel) in self.all() {
            channel.send(Frame::keep_alive());
        }
    }

    /// The attendees with open streams here, per event (what this instance reports).
    pub fn local_counts(&self) -> Vec<(Slug, usize)> {
        self.all()
            .into_iter()
            .map(|(event, channel)| (event, channel.local_attendees()))
            .collect()
    }

    /// Records what another instance reported for an event.
    pub fn remote_count(&self, event: &Slug, instance: &str, attendees: usize) {
        if let Some(channel) = self.existing(event) {
            channel
                .remote
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(instance.to_owned(), (attendees, 0));
        }
    }

    /// Ages the other instances' reports (dropping those not renewed for `max_ticks`) and
    /// sends the attendee count to every hall where it changed.
    pub fn send_counts(&self, max_ticks: u32) {
        for (_, channel) in self.all() {
            {
                let mut remote = channel
                    .remote
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                remote.retain(|_, (_, ticks)| {
                    *ticks += 1;
                    *ticks <= max_ticks
                });
            }
            let count = channel.attendees();
            let mut last = channel
                .last_count
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if *last != Some(count) {
                *last = Some(count);
                channel.send(Frame::ephemeral(
                    "count",
                    &format!("{{\"attendees\":{count}}}"),
                ));
            }
        }
    }

    /// Tells every open stream to end (at shutdown, so the server can stop).
    pub fn close(&self) {
        let _ = self.closing.send(true);
    }

    /// Whether the hub is closing, and a way to wait for it.
    pub fn closing(&self) -> watch::Receiver<bool> {
        self.closing.subscribe()
    }

    /// The database the log lives in.
    pub fn db(&self) -> &Database {
        &self.db
    }
}
