//! The mail worker: delivers outbox rows, retrying failures with exponential backoff.
//! A failing SMTP server delays mail but loses none, and never blocks a request.

use super::compose::{MailInputs, SignatureMailInputs, compose, compose_signature};
use crate::state::AppState;
use crate::storage::{
    EventStore, MailAbout, Outbox, QueuedMail, RegistrationStore, SignatureStore,
};
use jiff::SignedDuration;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use std::time::Duration;

/// How often the worker looks for due mail.
const POLL: Duration = Duration::from_secs(1);
/// Mail handled per pass.
const BATCH: i64 = 100;

/// Delivers every mail due now; returns how many were sent. Tests call this to drain the
/// outbox deterministically.
pub async fn deliver_due(state: &AppState) -> anyhow::Result<usize> {
    let now = state.clock.now();
    let due = state.db.due_mail(now, BATCH).await?;
    let mut sent = Vec::with_capacity(due.len());
    for mail in due {
        match deliver(state, &mail).await {
            Ok(()) => sent.push(mail.id),
            Err(err) => {
                let retry_at = now + backoff(mail.attempts);
                tracing::warn!(outbox_id = mail.id, attempt = mail.attempts + 1, error = %err, "mail delivery failed; will retry");
                state
                    .db
                    .mark_failed(mail.id, retry_at, &err.to_string())
                    .await?;
            }
        }
    }
    // One write for the whole batch: the outbox shares the database's write lock with
    // sign-ups, so a commit per mail would slow registration down during a burst.
    state.db.mark_sent(&sent, state.clock.now()).await?;
    Ok(sent.len())
}

/// 30 s, 1 min, 2 min … capped at one hour.
fn backoff(attempts: i64) -> SignedDuration {
    let seconds = 30i64.saturating_mul(1 << attempts.clamp(0, 7));
    SignedDuration::from_secs(seconds.min(3600))
}

async fn deliver(state: &AppState, mail: &QueuedMail) -> anyhow::Result<()> {
    let content = state
        .content()
        .await
        .map_err(|_| anyhow::anyhow!("no site content"))?;
    let public_url = state.public_url();
    let (to, composed, attachment_name) = match mail.about {
        MailAbout::Registration { id, kind } => {
            let (registration, nonces) = state
                .db
                .link_nonces(id)
                .await?
                .ok_or_else(|| anyhow::anyhow!("registration {id} no longer exists"))?;
            let event = content
                .events
                .iter()
                .find(|e| e.slug == registration.event)
                .ok_or_else(|| anyhow::anyhow!("event {} no longer exists", registration.event))?;
            let composed = compose(&MailInputs {
                kind,
                registration: &registration,
                nonces: &nonces,
                event,
                settings: &content.settings,
                catalog: &state.catalog,
                key: &state.link_key,
                public_url: &public_url,
                now: state.clock.now(),
            })?;
            let to = Mailbox::new(
                Some(registration.name.clone()),
                registration.email.as_str().parse()?,
            );
            (to, composed, format!("{}.ics", event.slug))
        }
        MailAbout::Signature { id, kind } => {
            let (signature, nonces) = state
                .db
                .signature_nonces(id)
                .await?
                .ok_or_else(|| anyhow::anyhow!("signature {id} no longer exists"))?;
            let letter = content
                .posts
                .iter()
                .find(|p| p.slug == signature.post)
                .ok_or_else(|| anyhow::anyhow!("letter {} no longer exists", signature.post))?;
            let composed = compose_signature(&SignatureMailInputs {
                kind,
                signature: &signature,
                nonces: &nonces,
                letter,
                settings: &content.settings,
                catalog: &state.catalog,
                key: &state.link_key,
                public_url: &public_url,
            })?;
            let to = Mailbox::new(
                Some(signature.name.clone()),
                signature.email.as_str().parse()?,
            );
            (to, composed, String::new())
        }
    };
    let alternative = MultiPart::alternative_plain_html(composed.text, composed.html);
    let body = match composed.ics {
        Some(ics) => MultiPart::mixed().multipart(alternative).singlepart(
            Attachment::new(attachment_name).body(
                ics,
                ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")?,
            ),
        ),
        None => MultiPart::mixed().multipart(alternative),
    };
    let message = lettre::Message::builder()
        .from(state.config.mail_from.parse()?)
        .to(to)
        .subject(composed.subject)
        .multipart(body)?;
    let stem = format!(
        "{}-{:06}-{}",
        state.clock.now().as_second(),
        mail.id,
        mail.about.kind_str()
    );
    state.transport.send(message, &stem).await?;
    Ok(())
}

/// Queues the reminders that are due for every upcoming event; returns how many.
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

/// Runs until the task is dropped, delivering due mail every second.
pub async fn run_worker(state: AppState) {
    let mut tick = tokio::time::interval(POLL);
    // After a slow pass, wait a full period instead of catching up in a burst.
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(err) = deliver_due(&state).await {
            tracing::error!(error = %format!("{err:#}"), "the mail worker could not read the outbox");
        }
        if let Err(err) = state
            .db
            .expire_due(state.clock.now(), state.lifetimes)
            .await
        {
            tracing::error!(error = %format!("{err:#}"), "expiring offers failed");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(0), SignedDuration::from_secs(30));
        assert_eq!(backoff(1), SignedDuration::from_secs(60));
        assert_eq!(backoff(3), SignedDuration::from_secs(240));
        assert_eq!(backoff(20), SignedDuration::from_secs(3600));
    }
}
