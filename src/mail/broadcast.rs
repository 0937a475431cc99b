//! One person's message of a broadcast: the text in their language (the default language's
//! when theirs has none), Markdown rendered safe for the HTML part and kept as written for
//! the plain part, a footer saying why they receive it, and the one-click unsubscribe of
//! RFC 8058 (`List-Unsubscribe` with `List-Unsubscribe-Post`), also as a link in the body.

use super::{Letter, Sender};
use crate::broadcast::{BroadcastTexts, UnsubscribeToken, address_hash};
use crate::content::SiteContent;
use crate::registration::{Registration, Status};
use crate::state::AppState;
use crate::storage::StoredBroadcast;
use askama::Template;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use std::collections::{HashMap, HashSet};

#[derive(Template)]
#[template(path = "mail/broadcast.html")]
struct HtmlBody<'a> {
    lang: &'a str,
    dir: &'static str,
    subject: &'a str,
    body_html: &'a str,
    footer: &'a str,
    unsubscribe_label: &'a str,
    unsubscribe_url: &'a str,
}

/// What the letters of one batch's broadcast jobs are made from, read once per batch.
pub struct BroadcastBatch {
    broadcasts: HashMap<i64, StoredBroadcast>,
    supporters: HashMap<i64, crate::storage::Supporter>,
    unsubscribed: HashSet<String>,
}

impl BroadcastBatch {
    /// Reads the broadcasts `ids`, the supporters `supporters` and which of these people's
    /// addresses (`emails`, the registrations' and the supporters') unsubscribed.
    pub async fn load(
        state: &AppState,
        ids: &[i64],
        supporters: &[i64],
        emails: &[&str],
    ) -> anyhow::Result<Self> {
        let mut broadcasts = HashMap::new();
        for id in ids {
            if !broadcasts.contains_key(id)
                && let Some(broadcast) = state.db.broadcast(*id).await?
            {
                broadcasts.insert(*id, broadcast);
            }
        }
        let mut people = HashMap::new();
        for id in supporters {
            if let Some(supporter) = state.db.supporter(*id).await? {
                people.insert(*id, supporter);
            }
        }
        let mut hashes: Vec<String> = emails
            .iter()
            .map(|e| address_hash(&state.link_key, e))
            .collect();
        hashes.extend(
            people
                .values()
                .map(|s| address_hash(&state.link_key, &s.email)),
        );
        let unsubscribed = state.db.unsubscribed_among(&hashes).await?;
        Ok(Self {
            broadcasts,
            supporters: people,
            unsubscribed,
        })
    }

    /// The letter of broadcast `id` to `registration`, or why none is sent any more.
    pub fn letter(
        &self,
        state: &AppState,
        content: &SiteContent,
        id: i64,
        registration: &Registration,
        message_id: &str,
        stem: &str,
    ) -> anyhow::Result<Letter> {
        let Some(broadcast) = self.broadcasts.get(&id) else {
            return Ok(Letter::Skip("the broadcast no longer exists"));
        };
        if matches!(
            registration.status,
            Status::Pending | Status::Cancelled | Status::Expired
        ) {
            return Ok(Letter::Skip("no longer registered"));
        }
        let to = To {
            name: &registration.name,
            email: registration.email.as_str(),
            lang: &registration.lang,
            because: Because::Registered(&registration.event),
        };
        self.send(state, content, broadcast, &to, message_id, stem)
    }

    /// The letter of broadcast `id` to supporter `supporter`, or why none is sent any more.
    pub fn letter_to_supporter(
        &self,
        state: &AppState,
        content: &SiteContent,
        id: i64,
        supporter: i64,
        message_id: &str,
        stem: &str,
    ) -> anyhow::Result<Letter> {
        let Some(broadcast) = self.broadcasts.get(&id) else {
            return Ok(Letter::Skip("the broadcast no longer exists"));
        };
        let Some(person) = self.supporters.get(&supporter) else {
            return Ok(Letter::Skip("the supporter was erased"));
        };
        let to = To {
            name: &person.name,
            email: &person.email,
            lang: &person.lang,
            because: Because::Supporter,
        };
        self.send(state, content, broadcast, &to, message_id, stem)
    }

    /// The letter of broadcast `id` to the signer of `signature`, or why none is sent any
    /// more (a withdrawn signature is deleted, and its job with it).
    pub fn letter_to_signatory(
        &self,
        state: &AppState,
        content: &SiteContent,
        id: i64,
        signature: &crate::letters::Signature,
        message_id: &str,
        stem: &str,
    ) -> anyhow::Result<Letter> {
        let Some(broadcast) = self.broadcasts.get(&id) else {
            return Ok(Letter::Skip("the broadcast no longer exists"));
        };
        if signature.status != crate::letters::SignatureStatus::Confirmed {
            return Ok(Letter::Skip("the signature is not confirmed"));
        }
        let to = To {
            name: &signature.name,
            email: signature.email.as_str(),
            lang: signature.lang.as_str(),
            because: Because::Signed(&signature.post),
        };
        self.send(state, content, broadcast, &to, message_id, stem)
    }

    fn send(
        &self,
        state: &AppState,
        content: &SiteContent,
        broadcast: &StoredBroadcast,
        to: &To<'_>,
        message_id: &str,
        stem: &str,
    ) -> anyhow::Result<Letter> {
        if self
            .unsubscribed
            .contains(&address_hash(&state.link_key, to.email))
        {
            return Ok(Letter::Skip("unsubscribed from broadcasts"));
        }
        Ok(Letter::Send {
            message: Box::new(message(state, content, &broadcast.texts, to, message_id)?),
            stem: format!("{stem}-broadcast-{}", broadcast.id),
        })
    }
}

/// Why someone receives a broadcast (its footer says so).
pub enum Because<'a> {
    /// They registered for this event.
    Registered(&'a crate::domain::Slug),
    /// They asked to be kept informed.
    Supporter,
    /// They signed this letter and asked to be kept informed about it.
    Signed(&'a crate::domain::Slug),
}

/// Whom one message is for.
pub struct To<'a> {
    pub name: &'a str,
    pub email: &'a str,
    /// The language they read (the message's default language when it has no text in it).
    pub lang: &'a str,
    pub because: Because<'a>,
}

/// The message of a broadcast with `texts` to `to` (also the organiser's test send).
pub fn message(
    state: &AppState,
    content: &SiteContent,
    texts: &BroadcastTexts,
    to: &To<'_>,
    message_id: &str,
) -> anyhow::Result<lettre::Message> {
    let (lang, text) = texts.for_lang(to.lang);
    let token = UnsubscribeToken::for_address(&state.link_key, to.email);
    let unsubscribe_url = format!("{}/{lang}/unsubscribe/{token}", state.public_url());
    let tr = state.catalog.translator(lang);
    let footer = match to.because {
        Because::Registered(event) => {
            let title = content
                .events
                .iter()
                .find(|e| e.slug == *event)
                .and_then(|e| {
                    e.shown_text(lang, &content.settings.default_language, state.clock.now())
                })
                .map(|t| t.title.clone())
                .unwrap_or_else(|| event.to_string());
            tr.t_args("mail-broadcast-footer", &[("event", &title)])
        }
        Because::Signed(letter) => {
            let title = content
                .posts
                .iter()
                .find(|p| p.slug == *letter)
                .and_then(|p| p.texts.get(lang).or_else(|| p.texts.values().next()))
                .map(|t| t.title.clone())
                .unwrap_or_else(|| letter.to_string());
            tr.t_args("mail-broadcast-footer-letter", &[("letter", &title)])
        }
        Because::Supporter => tr.t_with(
            "mail-broadcast-footer-supporter",
            "site",
            &content.settings.text(lang).site_name,
        ),
    };
    let unsubscribe_label = tr.t("mail-broadcast-unsubscribe");
    let html = HtmlBody {
        lang: lang.as_str(),
        dir: lang.direction().html(),
        subject: &text.subject,
        body_html: &crate::markdown::to_safe_html(&text.body),
        footer: &footer,
        unsubscribe_label: &unsubscribe_label,
        unsubscribe_url: &unsubscribe_url,
    }
    .render()?;
    let plain = format!(
        "{}\n\n-- \n{footer}\n{unsubscribe_label}: {unsubscribe_url}\n",
        text.body
    );
    let sender = Sender::new(&state.config.mail_from, Some(&content.settings), lang)?;
    let recipient = Mailbox::new(Some(to.name.to_owned()), to.email.parse()?);
    let mut builder = lettre::Message::builder().from(sender.from.clone());
    if let Some(reply_to) = &sender.reply_to {
        builder = builder.reply_to(reply_to.clone());
    }
    Ok(builder
        .to(recipient)
        .message_id(Some(message_id.to_owned()))
        .subject(text.subject.clone())
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("List-Unsubscribe"),
            format!("<{unsubscribe_url}>"),
        ))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
            "List-Unsubscribe=One-Click".to_owned(),
        ))
        .multipart(MultiPart::alternative_plain_html(plain, html))?)
}
