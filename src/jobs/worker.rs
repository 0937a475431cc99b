//! The worker: claims due jobs in batches, runs them (mail a few at a time, so a slow SMTP
//! relay does not cap the rate), and records each outcome.

use super::model::{AfterFailure, Job, LEASE, after_failure};
use crate::mail::Letter;
use crate::state::AppState;
use crate::storage::ClaimedJob;
use futures_util::future::join_all;
use std::time::Duration;

/// Mails one worker sends at the same time, over as many pooled SMTP connections (the relay's
/// pool keeps up to ten), so a slow relay does not cap the rate. A kill can repeat at most
/// these: the mails sent but not yet marked done.
pub const CONCURRENCY: usize = 8;
/// Jobs claimed at once: one group of sends, so a claim's lease (two minutes) outlasts the
/// sends it covers (each is bounded, connecting included, by `mail::smtp::SEND_TIMEOUT`, 90 s)
/// and no other worker takes over a job that is still being sent.
pub const BATCH: i64 = CONCURRENCY as i64;
/// How long an idle worker waits before it looks again.
const POLL: Duration = Duration::from_secs(1);

/// One worker: its name on the leases it takes, and the state it runs jobs with.
pub struct Worker {
    state: AppState,
    owner: String,
}

impl Worker {
    /// A worker with a fresh random name.
    pub fn new(state: AppState) -> Self {
        let owner = format!("worker-{}", hex::encode(rand::random::<[u8; 8]>()));
        Self { state, owner }
    }

    /// Keeps the recurring jobs scheduled, then runs due jobs until `stop` turns true (the
    /// batch in hand is finished first, so a planned stop repeats no mail): batch after batch
    /// while there is work, else once a second (or when a manual clock moves). Dropping it
    /// mid-batch (a crash) is safe too: leases run out and the jobs run again.
    pub async fn run(self, mut stop: tokio::sync::watch::Receiver<bool>) {
        let mut changes = self.state.clock.changes();
        let mut tick = tokio::time::interval(POLL);
        // After a slow pass, wait a full period instead of catching up in a burst.
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut scheduled = false;
        while !*stop.borrow_and_update() {
            if !scheduled {
                scheduled = self.schedule().await;
            }
            match self.run_batch().await {
                Ok(pass) if pass.claimed > 0 => continue,
                Ok(_) => {}
                Err(err) => {
                    tracing::error!(error = %format!("{err:#}"), "the job worker could not read the queue");
                }
            }
            tokio::select! {
                _ = tick.tick() => {}
                () = changes.next() => {}
                // A closed channel means nobody is left to tell the worker to go on.
                changed = stop.changed() => if changed.is_err() { return },
            }
        }
    }

    async fn schedule(&self) -> bool {
        let now = self.state.clock.now();
        match self
            .state
            .db
            .schedule_recurring(&Job::recurring(), now)
            .await
        {
            Ok(()) => true,
            Err(err) => {
                tracing::error!(error = %format!("{err:#}"), "could not schedule the recurring jobs");
                false
            }
        }
    }

    /// Claims one batch of due jobs and runs it.
    pub async fn run_batch(&self) -> anyhow::Result<Pass> {
        let state = &self.state;
        let now = state.clock.now();
        let claimed = state
            .db
            .claim_jobs(&self.owner, now, now + LEASE, BATCH)
            .await?;
        let (mail, other): (Vec<&ClaimedJob>, Vec<&ClaimedJob>) =
            claimed.iter().partition(|j| j.job.sends_mail());
        let mut succeeded = 0;
        for job in other {
            let outcome = match job.job {
                Job::ExpireOffers => super::expire_offers(state).await.map(|_| ()),
                Job::QueueReminders => super::queue_reminders(state).await.map(|_| ()),
                Job::PruneCounters => super::prune_counters(state).await.map(|_| ()),
                Job::Mail { .. }
                | Job::PasswordReset { .. }
                | Job::Broadcast { .. }
                | Job::SupporterConfirm => Ok(()),
            };
            succeeded += usize::from(outcome.is_ok());
            self.record(job, outcome).await?;
        }
        if !mail.is_empty() {
            succeeded += self.send(&mail).await?;
        }
        Ok(Pass {
            claimed: claimed.len(),
            succeeded,
        })
    }

    /// Sends a batch of mail, `CONCURRENCY` at a time; each group is marked done in one
    /// statement as soon as it is through. Returns how many were sent.
    async fn send(&self, jobs: &[&ClaimedJob]) -> anyhow::Result<usize> {
        let state = &self.state;
        let letters = crate::mail::letters(state, jobs).await?;
        let by_id = |id: i64| jobs.iter().find(|j| j.id == id).copied();
        let mut to_send = Vec::new();
        for (id, letter) in letters {
            let Some(job) = by_id(id) else { continue };
            match letter {
                Ok(Letter::Send { message, stem }) => to_send.push((job, message, stem)),
                Ok(Letter::Skip(reason)) => {
                    state.db.skip_job(id, reason, state.clock.now()).await?;
                }
                Err(err) => self.record(job, Err(err)).await?,
            }
        }
        let mut rest = to_send.into_iter();
        let mut total = 0;
        loop {
            let group: Vec<_> = rest.by_ref().take(CONCURRENCY).collect();
            if group.is_empty() {
                return Ok(total);
            }
            let results = join_all(group.into_iter().map(|(job, message, stem)| async move {
                (job, state.transport.send(*message, &stem).await)
            }))
            .await;
            let mut sent = Vec::with_capacity(results.len());
            for (job, result) in results {
                match result {
                    Ok(()) => sent.push(job.id),
                    Err(err) => self.record(job, Err(err.into())).await?,
                }
            }
            state.db.finish_jobs(&sent, state.clock.now()).await?;
            total += sent.len();
        }
    }

    /// Records how a job that is not a sent mail ended.
    async fn record(&self, job: &ClaimedJob, outcome: anyhow::Result<()>) -> anyhow::Result<()> {
        let db = &self.state.db;
        let now = self.state.clock.now();
        match (outcome, job.job.period()) {
            (Ok(()), Some(period)) => db.reschedule_job(job.id, now + period).await?,
            (Ok(()), None) => db.finish_jobs(&[job.id], now).await?,
            (Err(err), _) => {
                let error = format!("{err:#}");
                let retry_at = match after_failure(&job.job, job.attempts, now) {
                    AfterFailure::RetryAt(at) => Some(at),
                    AfterFailure::Park => None,
                };
                if let Some(mail) = job.job.mail_kind() {
                    self.state.metrics.mail_failed(mail);
                }
                tracing::warn!(job = job.id, kind = job.job.kind(), attempt = job.attempts, error = %error, parked = retry_at.is_none(), "a job failed");
                db.fail_job(job.id, retry_at, &error, now).await?;
            }
        }
        Ok(())
    }
}

/// What one batch did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pass {
    /// Jobs claimed.
    pub claimed: usize,
    /// Jobs that succeeded (mail sent, a recurring job run); not those that failed or were
    /// skipped.
    pub succeeded: usize,
}

/// Runs every job due now, batch after batch, until none is left; returns how many
/// succeeded (for mail: how many were sent). Tests call this instead of running a worker
/// beside them.
pub async fn run_due(state: &AppState) -> anyhow::Result<usize> {
    let worker = Worker::new(state.clone());
    let mut total = 0;
    loop {
        let pass = worker.run_batch().await?;
        if pass.claimed == 0 {
            return Ok(total);
        }
        total += pass.succeeded;
    }
}
