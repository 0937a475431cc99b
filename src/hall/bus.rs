//! The hall across instances: after a write, this instance broadcasts the update to its own
//! streams and tells the others through NATS which event moved; each then reads the log and
//! broadcasts the same updates in the same order. Alone (no NATS configured), the process
//! fans out by itself. A poll every few seconds catches anything a lost message missed, so
//! NATS speeds updates up but is never what keeps them from being lost.

use super::reactions::{counts_json, decode_report, encode_report};
use super::{Attendance, Frame, HallUpdate, Hub, Reactions, Windows};
use crate::clock::Clock;
use crate::cluster::Cluster;
use crate::domain::Slug;
use futures_util::StreamExt;
use std::time::Duration;

/// How often the halls are polled and the attendee counts are sent.
const TICK: Duration = Duration::from_secs(2);
/// How often reactions go out: at most one frame per event per this.
const REACTIONS_EVERY: Duration = Duration::from_secs(1);
/// Keep-alive comments go out every this many ticks.
const KEEP_ALIVE_TICKS: u32 = 8;
/// Another instance's count is dropped when not renewed for this many ticks.
const REMOTE_COUNT_TICKS: u32 = 5;

/// The hall service of this process: the hub, the other instances (NATS), and the cap on
/// open windows.
#[derive(Clone)]
pub struct Hall {
    pub hub: Hub,
    cluster: Cluster,
    /// The cap on open windows per registration, across instances.
    pub windows: Windows,
    /// For the updates the tick writes (poll counts).
    clock: Clock,
    /// Reactions waiting to go out, and the limit per attendee.
    pub reactions: Reactions,
    /// Who was in the hall when: every attendee's window recorded.
    pub attendance: Attendance,
}

fn updates_subject(event: &Slug) -> String {
    format!("convene.hall.{event}")
}

fn presence_subject(event: &Slug) -> String {
    format!("convene.presence.{event}")
}

fn reactions_subject(event: &Slug) -> String {
    format!("convene.reactions.{event}")
}

impl Hall {
    /// The hall of an instance among `cluster`, capping windows with `windows`.
    pub fn new(hub: Hub, cluster: Cluster, windows: Windows, clock: Clock) -> Self {
        let attendance = Attendance::new(hub.db().clone(), clock.clone(), cluster.instance());
        Self {
            hub,
            cluster,
            windows,
            clock,
            reactions: Reactions::default(),
            attendance,
        }
    }

    /// Whether updates travel between instances.
    pub fn is_shared(&self) -> bool {
        self.cluster.nats().is_some()
    }

    /// After an update committed: to this process's streams now, and to the other instances.
    pub async fn published(&self, update: &HallUpdate) {
        self.notify(&update.event, update.seq).await;
    }

    /// Broadcasts `event`'s log up to (at least) update `seq` here, and tells the others.
    pub(super) async fn notify(&self, event: &Slug, seq: i64) {
        if let Err(err) = self.hub.pump(event).await {
            tracing::warn!(error = %err, "could not broadcast a hall update (the poll will)");
        }
        self.cluster
            .publish(updates_subject(event), seq.to_string().into())
            .await;
    }

    /// Runs until the process stops: listens to the other instances, frees closed windows'
    /// slots, and on every tick polls the log, sends counts and keep-alives. One future, so
    /// stopping it (or aborting its task) stops all of it.
    pub async fn run(self) {
        let listener = async {
            if let Some(nats) = self.cluster.nats().cloned() {
                let instance = self.cluster.instance().to_owned();
                listen(nats, self.hub.clone(), self.reactions.clone(), instance).await;
            }
            // Without NATS, or if listening failed, the poll alone goes on.
            std::future::pending::<()>().await;
        };
        tokio::select! {
            () = listener => {}
            () = self.windows.clone().run_releases() => {}
            () = self.tick_until_closing() => {}
            () = self.send_reactions() => {}
        }
    }

    /// Once a second: tells the other instances this one's reactions, and sends every
    /// event's reactions (from here and elsewhere) to its open streams as one frame.
    async fn send_reactions(&self) {
        let mut every = tokio::time::interval(REACTIONS_EVERY);
        loop {
            every.tick().await;
            for (event, counts) in self.reactions.take_local(self.clock.now()) {
                if self.is_shared() {
                    let report = encode_report(self.cluster.instance(), &counts);
                    self.cluster
                        .publish(reactions_subject(&event), report.into())
                        .await;
                }
            }
            for (event, counts) in self.reactions.take_show() {
                self.hub
                    .broadcast(&event, Frame::ephemeral("reactions", &counts_json(&counts)));
            }
        }
    }

    async fn tick_until_closing(&self) {
        let mut tick = tokio::time::interval(TICK);
        let mut ticks: u32 = 0;
        loop {
            tick.tick().await;
            ticks = ticks.wrapping_add(1);
            self.flush_poll_counts().await;
            self.hub.pump_all().await;
            if self.is_shared() {
                for (event, attendees) in self.hub.local_counts() {
                    let report = format!("{} {attendees}", self.cluster.instance());
                    self.cluster
                        .publish(presence_subject(&event), report.into())
                        .await;
                }
            }
            self.windows.tick().await;
            self.attendance.tick(ticks).await;
            self.hub.send_counts(REMOTE_COUNT_TICKS);
            self.hub.forget_idle();
            if ticks.is_multiple_of(KEEP_ALIVE_TICKS) {
                self.hub.keep_alive();
            }
            if *self.hub.closing().borrow() {
                return;
            }
        }
    }

    /// Writes the counts of polls whose votes came faster than one update a second, and
    /// tells everyone (any instance may take a poll's pending counts; one does).
    async fn flush_poll_counts(&self) {
        match self.hub.db().flush_poll_counts(self.clock.now()).await {
            Ok(updates) => {
                for update in &updates {
                    self.published(update).await;
                }
            }
            Err(err) => tracing::warn!(error = %err, "could not write the polls' counts"),
        }
    }
}

/// Follows the other instances: a hall update pumps the log, a presence report is counted,
/// reactions are added to what this instance shows next.
async fn listen(nats: async_nats::Client, hub: Hub, reactions: Reactions, instance: String) {
    let (updates, presence, reacted) = match (
        nats.subscribe("convene.hall.*").await,
        nats.subscribe("convene.presence.*").await,
        nats.subscribe("convene.reactions.*").await,
    ) {
        (Ok(u), Ok(p), Ok(r)) => (u, p, r),
        (Err(err), _, _) | (_, Err(err), _) | (_, _, Err(err)) => {
            tracing::error!(error = %err, "cannot subscribe to the hall's NATS subjects; updates from other instances arrive with the poll only");
            return;
        }
    };
    let mut messages =
        futures_util::stream::select(futures_util::stream::select(updates, presence), reacted);
    while let Some(message) = messages.next().await {
        let subject = message.subject.as_str();
        let (kind, event) = match subject
            .split_once('.')
            .and_then(|(_, rest)| rest.split_once('.'))
        {
            Some(parts) => parts,
            None => continue,
        };
        let Ok(event) = event.parse::<Slug>() else {
            continue;
        };
        match kind {
            "hall" => {
                if let Err(err) = hub.pump(&event).await {
                    tracing::warn!(error = %err, "could not read the hall's updates");
                }
            }
            "presence" => {
                let text = String::from_utf8_lossy(&message.payload);
                if let Some((from, count)) = text.split_once(' ')
                    && from != instance
                    && let Ok(count) = count.parse()
                {
                    hub.remote_count(&event, from, count);
                }
            }
            "reactions" => {
                let text = String::from_utf8_lossy(&message.payload);
                if let Some((from, counts)) = decode_report(&text)
                    && from != instance
                {
                    reactions.add_remote(&event, &counts);
                }
            }
            _ => {}
        }
    }
}
