//! What a job is and the pure rules about it: its payload, when a failed job runs again,
//! when it is parked, and the stable Message-ID of a mail job.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

/// One piece of background work, stored as JSON in `jobs.payload`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "job", rename_all = "kebab-case")]
pub enum Job {
    /// A mail about a registration or a signature; whose is the job's subject column
    /// (`registration_id` or `signature_id`), `mail` names the template.
    Mail { mail: String },
    /// A password-reset mail. The link's token is derived from `nonce` with the server's
    /// key (`jobs::password_token`), so the stored job alone opens nothing.
    PasswordReset {
        user: i64,
        nonce: String,
        lang: String,
    },
    /// One person's message of a broadcast; whose is the job's `registration_id` or
    /// `supporter_id`.
    Broadcast { broadcast: i64 },
    /// The mail with a supporter's confirmation link (the job's `supporter_id`).
    SupporterConfirm,
    /// Expires offers and confirmation links whose time is up (recurring).
    ExpireOffers,
    /// Queues the reminders that are due (recurring).
    QueueReminders,
    /// Deletes the counts no limit reads again: ended rate-limit windows, quiet sign-in
    /// counts, hall windows of dead instances (recurring).
    PruneCounters,
}

impl Job {
    /// The stored kind (the payload's tag, repeated in its own column for the queue view).
    pub fn kind(&self) -> &'static str {
        match self {
            Job::Mail { .. } => "mail",
            Job::PasswordReset { .. } => "password-reset",
            Job::Broadcast { .. } => "broadcast",
            Job::SupporterConfirm => "supporter-confirm",
            Job::ExpireOffers => "expire-offers",
            Job::QueueReminders => "queue-reminders",
            Job::PruneCounters => "prune-counters",
        }
    }

    /// Whether the job sends a mail (the worker sends those a few at a time).
    pub fn sends_mail(&self) -> bool {
        matches!(
            self,
            Job::Mail { .. }
                | Job::PasswordReset { .. }
                | Job::Broadcast { .. }
                | Job::SupporterConfirm
        )
    }

    /// The kind of mail the job sends (a registration's or signature's mail by its
    /// template), or `None` for a job that sends none.
    pub fn mail_kind(&self) -> Option<&str> {
        match self {
            Job::Mail { mail } => Some(mail.as_str()),
            Job::PasswordReset { .. } | Job::Broadcast { .. } | Job::SupporterConfirm => {
                Some(self.kind())
            }
            Job::ExpireOffers | Job::QueueReminders | Job::PruneCounters => None,
        }
    }

    /// How often a recurring job runs, or `None` for a job that runs once.
    pub fn period(&self) -> Option<SignedDuration> {
        match self {
            Job::ExpireOffers => Some(SignedDuration::from_secs(15)),
            Job::QueueReminders => Some(SignedDuration::from_secs(60)),
            Job::PruneCounters => Some(SignedDuration::from_mins(5)),
            Job::Mail { .. }
            | Job::PasswordReset { .. }
            | Job::Broadcast { .. }
            | Job::SupporterConfirm => None,
        }
    }

    /// The jobs every running server keeps scheduled (each exists once in the database).
    pub fn recurring() -> [Job; 3] {
        [Job::ExpireOffers, Job::QueueReminders, Job::PruneCounters]
    }
}

/// A job is tried at most this often (every claim counts, so a job that kills its worker
/// counts too); then it is parked as failed for organisers to look at and retry.
pub const MAX_ATTEMPTS: i64 = 8;

/// How long a claim holds: a worker that has not finished a job by then is presumed dead
/// and another takes the job over. Far longer than a batch takes (a few SMTP round trips).
pub const LEASE: SignedDuration = SignedDuration::from_secs(120);

/// What happens to a job that failed on its `attempts`-th try.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterFailure {
    /// Waiting, to run again at this instant.
    RetryAt(Timestamp),
    /// Parked as failed; organisers see it and may retry it.
    Park,
}

/// 30 s, 1 min, 2 min … capped at one hour; parked after [`MAX_ATTEMPTS`] tries.
/// Recurring jobs are never parked: they back off and keep trying.
pub fn after_failure(job: &Job, attempts: i64, now: Timestamp) -> AfterFailure {
    if attempts >= MAX_ATTEMPTS && job.period().is_none() {
        return AfterFailure::Park;
    }
    AfterFailure::RetryAt(now + backoff(attempts))
}

/// The wait before the next try after `attempts` tries.
pub fn backoff(attempts: i64) -> SignedDuration {
    let seconds = 30i64.saturating_mul(1 << (attempts - 1).clamp(0, 7));
    SignedDuration::from_secs(seconds.min(3600))
}

/// The Message-ID of the mail a job sends: the same on every try, so a message sent again
/// after a crash is recognisably the same message. `install` tells this installation's
/// messages apart from another's with the same job numbers (see `jobs::install_tag`).
pub fn message_id(job_id: i64, install: &str, host: &str) -> String {
    format!("<job-{job_id}.{install}@{host}>")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("instant")
    }

    #[test]
    fn backoff_doubles_from_thirty_seconds_and_is_capped_at_an_hour() {
        assert_eq!(backoff(1), SignedDuration::from_secs(30));
        assert_eq!(backoff(2), SignedDuration::from_secs(60));
        assert_eq!(backoff(4), SignedDuration::from_secs(240));
        assert_eq!(backoff(20), SignedDuration::from_secs(3600));
    }

    #[test]
    fn a_mail_is_parked_after_the_last_attempt_and_a_recurring_job_never_is() {
        let now = at("2026-12-06T10:00:00Z");
        let mail = Job::Mail {
            mail: "confirm".into(),
        };
        assert_eq!(
            after_failure(&mail, 1, now),
            AfterFailure::RetryAt(at("2026-12-06T10:00:30Z"))
        );
        assert_eq!(
            after_failure(&mail, MAX_ATTEMPTS - 1, now),
            AfterFailure::RetryAt(now + backoff(MAX_ATTEMPTS - 1))
        );
        assert_eq!(after_failure(&mail, MAX_ATTEMPTS, now), AfterFailure::Park);
        assert_eq!(
            after_failure(&Job::ExpireOffers, MAX_ATTEMPTS + 3, now),
            AfterFailure::RetryAt(now + SignedDuration::from_secs(3600))
        );
    }

    #[test]
    fn the_payload_is_tagged_json_that_reads_back() {
        let job = Job::PasswordReset {
            user: 7,
            nonce: "ab".into(),
            lang: "ar".into(),
        };
        let json = serde_json::to_string(&job).expect("json");
        assert_eq!(
            json,
            r#"{"job":"password-reset","user":7,"nonce":"ab","lang":"ar"}"#
        );
        assert_eq!(serde_json::from_str::<Job>(&json).expect("parse"), job);
        // The form the migration writes for the old outbox rows.
        assert_eq!(
            serde_json::from_str::<Job>(r#"{"job":"mail","mail":"reminder"}"#).expect("parse"),
            Job::Mail {
                mail: "reminder".into()
            }
        );
    }

    #[test]
    fn the_message_id_depends_only_on_the_job_and_the_installation() {
        assert_eq!(
            message_id(42, "0a1b", "convene.example"),
            "<job-42.0a1b@convene.example>"
        );
        assert_ne!(
            message_id(42, "0a1b", "convene.example"),
            message_id(43, "0a1b", "convene.example")
        );
    }
}
