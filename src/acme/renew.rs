//! Keeping a valid certificate: the background loop obtains the first one at once, the next
//! from [`Certificate::renew_at`] on; a failed attempt is logged and retried after a delay
//! that doubles (2 minutes to an hour: Let's Encrypt allows 5 failed validations an hour),
//! while the certificate in hand stays in use. After a success the next attempt waits at
//! least a day, whatever the new certificate says: a clock far ahead of the CA's (a
//! rehearsal's `clock_start`) then costs one certificate a day, not one a minute. Times are
//! read on the app's [`Clock`]; the loop looks again each minute and whenever a manual
//! clock moves.
//!
//! [`Clock`]: crate::clock::Clock

use super::{Certificate, Https, obtain};
use jiff::{SignedDuration, Timestamp};
use std::sync::{Arc, PoisonError};
use std::time::Duration;

/// How often the loop compares the clock with the schedule (a cheap comparison).
const CHECK_EVERY: Duration = Duration::from_secs(60);
/// The first retry after a failure; each next one waits twice as long, up to the last.
const FIRST_RETRY: SignedDuration = SignedDuration::from_mins(2);
const LAST_RETRY: SignedDuration = SignedDuration::from_hours(1);
/// The least time between two certificates.
const AFTER_SUCCESS: SignedDuration = SignedDuration::from_hours(24);
/// An attempt that takes longer (a CA that stopped answering) is abandoned and retried.
const ATTEMPT_WITHIN: Duration = Duration::from_secs(300);

/// Failed attempts in a row, and the earliest next attempt (after a failure or a success).
#[derive(Default)]
pub(super) struct Schedule {
    failures: u32,
    not_before: Option<Timestamp>,
}

/// What the loop knows (for tests and operators).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// The end of the served certificate's validity.
    pub valid_until: Option<Timestamp>,
    /// When the next attempt is due.
    pub next_attempt: Option<Timestamp>,
    /// Failed attempts since the last success.
    pub failures: u32,
}

/// What one pass of the loop did.
#[derive(Debug, PartialEq, Eq)]
pub enum Attempt {
    /// Nothing to do before this instant.
    NotDue(Timestamp),
    /// A new certificate is being served.
    Obtained,
    /// The CA did not deliver; retried at this instant, the old certificate kept.
    Failed(Timestamp),
}

/// The wait after `failures` failed attempts in a row.
fn retry_delay(failures: u32) -> SignedDuration {
    // Six doublings of 2 minutes pass the hour.
    let doublings = failures.saturating_sub(1).min(6);
    FIRST_RETRY
        .checked_mul(1i32 << doublings)
        .unwrap_or(LAST_RETRY)
        .min(LAST_RETRY)
}

impl Https {
    /// Where renewal stands.
    pub fn status(&self) -> Status {
        let schedule = self
            .0
            .schedule
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        Status {
            valid_until: self.current().map(|c| c.not_after),
            next_attempt: self.due(&schedule),
            failures: schedule.failures,
        }
    }

    /// When the next attempt is due; `None`: now (no certificate yet).
    fn due(&self, schedule: &Schedule) -> Option<Timestamp> {
        let renew_at = self.current().map(|c| c.renew_at());
        renew_at.max(schedule.not_before)
    }

    /// Keeps the certificate valid until the task is dropped (the server aborts it when it
    /// stops; files are replaced by renaming, so stopping mid-attempt loses nothing).
    pub async fn run(self) {
        let mut changes = self.0.clock.changes();
        let mut tick = tokio::time::interval(CHECK_EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            self.attempt_if_due().await;
            tokio::select! {
                _ = tick.tick() => {}
                () = changes.next() => {}
            }
        }
    }

    /// Obtains a certificate if one is due now.
    pub async fn attempt_if_due(&self) -> Attempt {
        let now = self.0.clock.now();
        let due = {
            let schedule = self
                .0
                .schedule
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            self.due(&schedule)
        };
        if let Some(due) = due
            && now < due
        {
            return Attempt::NotDue(due);
        }
        let obtained = tokio::time::timeout(ATTEMPT_WITHIN, self.obtain()).await;
        let result = obtained.unwrap_or_else(|_| {
            Err(anyhow::anyhow!(
                "the ACME CA did not complete the order within {ATTEMPT_WITHIN:?}"
            ))
        });
        let mut schedule = self
            .0
            .schedule
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        match result {
            Ok(certificate) => {
                tracing::info!(
                    domain = %self.0.domain,
                    valid_until = %certificate.not_after,
                    renew_at = %certificate.renew_at(),
                    "obtained a certificate"
                );
                self.0.resolver.set(certificate);
                let now = self.0.clock.now();
                *schedule = Schedule {
                    failures: 0,
                    not_before: now.checked_add(AFTER_SUCCESS).ok(),
                };
                Attempt::Obtained
            }
            Err(err) => {
                schedule.failures = schedule.failures.saturating_add(1);
                let now = self.0.clock.now();
                let retry_at = now
                    .checked_add(retry_delay(schedule.failures))
                    .unwrap_or(now);
                schedule.not_before = Some(retry_at);
                let current = self.current().map(|c| c.not_after.to_string());
                tracing::warn!(
                    domain = %self.0.domain,
                    error = %format!("{err:#}"),
                    failures = schedule.failures,
                    %retry_at,
                    serving_until = current.as_deref().unwrap_or("no certificate yet"),
                    "could not obtain a certificate; the one in use stays"
                );
                Attempt::Failed(retry_at)
            }
        }
    }

    /// One certificate from the CA, stored before it is served (so a restart serves it too).
    async fn obtain(&self) -> anyhow::Result<Arc<Certificate>> {
        let inner = &self.0;
        let pem = obtain::certificate(
            &inner.settings,
            &inner.domain,
            &inner.store,
            &inner.challenges,
        )
        .await?;
        let certificate = Certificate::from_pem(&pem)?;
        inner
            .store
            .save_certificate(inner.domain.as_str(), &pem)
            .map_err(|e| anyhow::anyhow!("cannot store the certificate in the data folder: {e}"))?;
        Ok(Arc::new(certificate))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_twice_as_long_each_time_up_to_an_hour() {
        let minutes = |n| retry_delay(n).as_mins();
        assert_eq!(
            (1..=7).map(minutes).collect::<Vec<_>>(),
            [2, 4, 8, 16, 32, 60, 60]
        );
        assert_eq!(minutes(u32::MAX), 60);
    }
}
