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
    unsubscribed: HashSet<String>,
}

impl BroadcastBatch {
    /// Reads the broadcasts `ids` and which of `registrations`' addresses unsubscribed.
    pub async fn load(
        state: &AppState,
        ids: &[i64],
        registrations: &[&Registration],
    ) -> anyhow::Result<Self> {
        let mut broadcasts = HashMap::new();
        for id in ids {
            if !broadcasts.contains_key(id)
                && let Some(broadcast) = state.db.broadcast(*id).await?
            {
                broadcasts.insert(*id, broadcast);
            }
        }
        let hashes: Vec<String> = registrations
            .iter()
            .map(|r| address_hash(&state.link_key, r.email.as_str()))
            .collect();
        let unsubscribed = state.db.unsubscribed_among(&hashes).await?;
        Ok(Self {
            broadcasts,
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
        let hash = address_hash(&state.link_key, registration.email.as_str());
        if self.unsubscribed.contains(&hash) {
            return Ok(Letter::Skip("unsubscribed from broadcasts"));
        }
        let to = To {
            name: &registration.name,
            email: registration.email.as_str(),
            lang: &registration.lang,
            event: &registration.event,
        };
        Ok(Letter::Send {
            message: Box::new(message(state, content, &broadcast.texts, &to, message_id)?),
            stem: format!("{stem}-broadcast-{id}"),
        })
    }
}

/// Whom one message is for.
pub struct To<'a> {
    pub name: &'a str,
    pub email: &'a str,
    /// The language they read (the message's default language when it has no text in it).
    pub lang: &'a str,
    /// The event they are written to about.
    pub event: &'a crate::domain::Slug,
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
    let event_title = content
        .events
        .iter()
        .find(|e| e.slug == *to.event)
        .and_then(|e| e.text(lang).or_else(|| e.texts.values().next()))
        .map(|t| t.title.clone())
        .unwrap_or_else(|| to.event.to_string());
    let footer = tr.t_args("mail-broadcast-footer", &[("event", &event_title)]);
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
