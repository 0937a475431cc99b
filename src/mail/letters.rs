//! Turning a batch of claimed mail jobs into messages: the registrations and signatures they
//! are about are read in one query each, the site content once, and each message carries the
//! Message-ID of its job (the same on every try).

use super::Sender;
use super::broadcast::BroadcastBatch;
use super::compose::{MailInputs, SignatureMailInputs, compose, compose_notice};
use crate::jobs::{Job, message_id};
use crate::registration::MailKind;
use crate::state::AppState;
use crate::storage::{ClaimedJob, MailAbout};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};

/// What to do with one mail job.
pub enum Letter {
    /// Send this message (`stem` names the file when mail goes to files).
    Send {
        message: Box<lettre::Message>,
        stem: String,
    },
    /// Nothing to send any more, and why (kept with the job for organisers).
    Skip(&'static str),
}

/// The letters for `jobs` (mail and password-reset jobs; others are left out), in order.
/// A job whose letter cannot be made gets its error, and is retried like a failed delivery.
pub async fn letters(
    state: &AppState,
    jobs: &[&ClaimedJob],
) -> anyhow::Result<Vec<(i64, anyhow::Result<Letter>)>> {
    // A site with no content yet still sends what needs none (an organiser's password
    // reset); every other letter waits, retried like a failed delivery.
    let content = state.content().await.ok();
    let mut registration_ids = Vec::new();
    let mut signature_ids = Vec::new();
    let mut broadcast_ids = Vec::new();
    let mut supporter_ids = Vec::new();
    for job in jobs {
        match (&job.job, job.mail()) {
            (_, Some(MailAbout::Registration { id, .. })) => registration_ids.push(id),
            (_, Some(MailAbout::Signature { id, .. })) => signature_ids.push(id),
            (Job::Broadcast { broadcast }, None) => {
                broadcast_ids.push(*broadcast);
                registration_ids.extend(job.registration_id());
                supporter_ids.extend(job.supporter_id());
                signature_ids.extend(job.signature_id());
            }
            _ => {}
        }
    }
    let registrations = state.db.link_nonces_of(&registration_ids).await?;
    let signatures = state.db.signature_nonces_of(&signature_ids).await?;
    let broadcasts = if broadcast_ids.is_empty() {
        None
    } else {
        let emails: Vec<&str> = registrations
            .values()
            .map(|(r, _)| r.email.as_str())
            .chain(signatures.values().map(|(s, _)| s.email.as_str()))
            .collect();
        Some(BroadcastBatch::load(state, &broadcast_ids, &supporter_ids, &emails).await?)
    };
    let public_url = state.public_url();
    let now = state.clock.now();
    let install = install_tag(state);
    let host = host_of(&public_url);
    let mut out = Vec::with_capacity(jobs.len());
    for job in jobs {
        let id = message_id(job.id, &install, &host);
        let stem = format!("{}-{:06}", now.as_second(), job.id);
        let Some(content) = content.as_deref() else {
            let letter = match (&job.job, job.mail()) {
                (Job::PasswordReset { user, nonce, lang }, None) => {
                    reset_letter(state, &id, &stem, *user, nonce, lang, &public_url).await
                }
                (_, Some(_))
                | (Job::Broadcast { .. } | Job::SupporterConfirm | Job::Mail { .. }, None) => {
                    Err(anyhow::anyhow!(
                        "the site has no content yet: import it (convene import) and this mail goes out"
                    ))
                }
                _ => continue,
            };
            out.push((job.id, letter));
            continue;
        };
        let letter = match (&job.job, job.mail()) {
            (_, Some(MailAbout::Registration { id: reg, kind })) => {
                let Some((registration, nonces)) = registrations.get(&reg) else {
                    out.push((
                        job.id,
                        Ok(Letter::Skip("the registration no longer exists")),
                    ));
                    continue;
                };
                let Some(event) = content.events.iter().find(|e| e.slug == registration.event)
                else {
                    out.push((job.id, Ok(Letter::Skip("the event no longer exists"))));
                    continue;
                };
                // A reminder is for coming in: never once doors are open, never to someone no
                // longer confirmed (however late the job runs).
                if kind == MailKind::Reminder
                    && (event.doors_open_at <= now
                        || registration.status != crate::registration::Status::Confirmed)
                {
                    out.push((job.id, Ok(Letter::Skip("the reminder came too late"))));
                    continue;
                }
                compose(&MailInputs {
                    kind,
                    registration,
                    nonces,
                    event,
                    settings: &content.settings,
                    catalog: &state.catalog,
                    key: &state.link_key,
                    public_url: &public_url,
                    now,
                })
                .map_err(anyhow::Error::from)
                .and_then(|composed| {
                    let to = Mailbox::new(
                        Some(registration.name.clone()),
                        registration.email.as_str().parse()?,
                    );
                    let sender = Sender::new(
                        &state.config.mail_from,
                        Some(&content.settings),
                        &registration
                            .lang
                            .parse()
                            .unwrap_or_else(|_| content.settings.default_language.clone()),
                    )?;
                    message(&sender, &id, to, composed, &format!("{}.ics", event.slug))
                })
                .map(|message| Letter::Send {
                    message: Box::new(message),
                    stem: format!("{stem}-{}", kind.as_str()),
                })
            }
            (_, Some(MailAbout::Signature { id: sig, kind })) => {
                let Some((signature, nonces)) = signatures.get(&sig) else {
                    out.push((job.id, Ok(Letter::Skip("the signature no longer exists"))));
                    continue;
                };
                let Some(letter) = content.posts.iter().find(|p| p.slug == signature.post) else {
                    out.push((job.id, Ok(Letter::Skip("the letter no longer exists"))));
                    continue;
                };
                super::compose_signature(&SignatureMailInputs {
                    kind,
                    signature,
                    nonces,
                    letter,
                    settings: &content.settings,
                    catalog: &state.catalog,
                    key: &state.link_key,
                    public_url: &public_url,
                })
                .map_err(anyhow::Error::from)
                .and_then(|composed| {
                    let to = Mailbox::new(
                        Some(signature.name.clone()),
                        signature.email.as_str().parse()?,
                    );
                    let sender = Sender::new(
                        &state.config.mail_from,
                        Some(&content.settings),
                        &signature.lang,
                    )?;
                    message(&sender, &id, to, composed, "")
                })
                .map(|message| Letter::Send {
                    message: Box::new(message),
                    stem: format!("{stem}-{}", kind.as_str()),
                })
            }
            (Job::PasswordReset { user, nonce, lang }, None) => {
                reset_letter(state, &id, &stem, *user, nonce, lang, &public_url).await
            }
            (Job::Broadcast { broadcast }, None) => {
                let registration = job
                    .registration_id()
                    .and_then(|reg| registrations.get(&reg))
                    .map(|(r, _)| r);
                let signature = job
                    .signature_id()
                    .and_then(|sig| signatures.get(&sig))
                    .map(|(s, _)| s);
                match (registration, job.supporter_id(), signature, &broadcasts) {
                    (Some(registration), _, _, Some(batch)) => {
                        batch.letter(state, content, *broadcast, registration, &id, &stem)
                    }
                    (None, Some(supporter), _, Some(batch)) => {
                        batch.letter_to_supporter(state, content, *broadcast, supporter, &id, &stem)
                    }
                    (None, None, Some(signature), Some(batch)) => {
                        batch.letter_to_signatory(state, content, *broadcast, signature, &id, &stem)
                    }
                    (None, None, None, _) if job.signature_id().is_some() => {
                        Ok(Letter::Skip("the signature was withdrawn"))
                    }
                    _ => Ok(Letter::Skip("the registration no longer exists")),
                }
            }
            (Job::SupporterConfirm, None) => {
                super::supporter::confirmation(state, job.supporter_id(), &id, &stem).await
            }
            (Job::Mail { mail }, None) => Err(anyhow::anyhow!("unknown mail {mail}")),
            _ => continue,
        };
        out.push((job.id, letter));
    }
    Ok(out)
}

/// The letter of a password-reset job (no site content needed).
async fn reset_letter(
    state: &AppState,
    message_id: &str,
    stem: &str,
    user: i64,
    nonce: &str,
    lang: &str,
    public_url: &str,
) -> anyhow::Result<Letter> {
    password_reset(state, message_id, user, nonce, lang, public_url)
        .await
        .map(|message| match message {
            Some(message) => Letter::Send {
                message: Box::new(message),
                stem: format!("{stem}-password-reset"),
            },
            None => Letter::Skip("the account is gone or disabled"),
        })
}

/// The token of a password-reset link: derived from the job's nonce with the server's key,
/// so the database (which holds the nonce and the token's hash) never holds a working link.
pub fn password_token(state: &AppState, nonce: &str) -> String {
    let half = |part: &str| state.link_key.sign("convene/password-reset/v1", part);
    format!(
        "{}{}",
        half(&format!("{nonce}/1")),
        half(&format!("{nonce}/2"))
    )
}

async fn password_reset(
    state: &AppState,
    message_id: &str,
    user: i64,
    nonce: &str,
    lang: &str,
    public_url: &str,
) -> anyhow::Result<Option<lettre::Message>> {
    let Some(user) = state.db.user(user).await? else {
        return Ok(None);
    };
    if user.disabled {
        return Ok(None);
    }
    let lang = lang
        .parse()
        .or_else(|_| "en".parse())
        .map_err(|_| anyhow::anyhow!("no language"))?;
    let url = format!(
        "{public_url}/admin/password/{}",
        password_token(state, nonce)
    );
    let footer = state.catalog.translator(&lang).t("admin-reset-footer");
    let composed = compose_notice(
        &state.catalog,
        &lang,
        "admin-reset-mail",
        &user.name,
        url,
        footer,
    )?;
    let to = Mailbox::new(Some(user.name.clone()), user.email.parse()?);
    // To an organiser: from the site as configured, not in the organisation's name.
    let sender = Sender::new(&state.config.mail_from, None, &lang)?;
    Ok(Some(message(&sender, message_id, to, composed, "")?))
}

fn message(
    sender: &Sender,
    message_id: &str,
    to: Mailbox,
    composed: super::Composed,
    attachment_name: &str,
) -> anyhow::Result<lettre::Message> {
    let alternative = MultiPart::alternative_plain_html(composed.text, composed.html);
    let body = match composed.ics {
        Some(ics) => MultiPart::mixed().multipart(alternative).singlepart(
            Attachment::new(attachment_name.to_owned()).body(
                ics.text,
                ContentType::parse(&format!(
                    "text/calendar; charset=utf-8; method={}",
                    ics.method.as_str()
                ))?,
            ),
        ),
        None => MultiPart::mixed().multipart(alternative),
    };
    let mut builder = lettre::Message::builder().from(sender.from.clone());
    if let Some(reply_to) = &sender.reply_to {
        builder = builder.reply_to(reply_to.clone());
    }
    Ok(builder
        .to(to)
        .message_id(Some(message_id.to_owned()))
        .subject(composed.subject)
        .multipart(body)?)
}

/// A short tag for this installation (from its secret key, which it does not reveal), so
/// job numbers of two installations never make the same Message-ID.
fn install_tag(state: &AppState) -> String {
    state.link_key.sign("convene/message-id/v1", "")[..12].to_owned()
}

/// The host of the public URL, for the right-hand side of Message-IDs.
fn host_of(public_url: &str) -> String {
    url::Url::parse(public_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "localhost".to_owned())
}

#[cfg(test)]
mod tests {
    use super::host_of;

    #[test]
    fn the_message_id_host_is_the_public_host_without_port_or_path() {
        assert_eq!(host_of("https://convene.example"), "convene.example");
        assert_eq!(host_of("http://127.0.0.1:8080/x"), "127.0.0.1");
        assert_eq!(host_of("not a url"), "localhost");
    }
}
