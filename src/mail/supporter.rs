//! The mail with a supporter's confirmation link.

use super::{Letter, Sender, compose_notice};
use crate::state::AppState;
use lettre::message::{Mailbox, MultiPart};

/// The confirmation mail of supporter `id`, or why none is sent (confirmed or erased since).
pub async fn confirmation(
    state: &AppState,
    id: Option<i64>,
    message_id: &str,
    stem: &str,
) -> anyhow::Result<Letter> {
    let Some(id) = id else {
        return Ok(Letter::Skip("the supporter no longer exists"));
    };
    let Some((supporter, nonce)) = state.db.supporter_to_confirm(id).await? else {
        return Ok(Letter::Skip("confirmed already, or erased"));
    };
    let content = state.content().await.ok();
    let lang = supporter
        .lang
        .parse()
        .or_else(|_| "en".parse())
        .map_err(|_| anyhow::anyhow!("no language"))?;
    let token = crate::supporters::confirm_token(&state.link_key, id, &nonce);
    let url = format!("{}/{lang}/updates/confirm/{token}", state.public_url());
    let tr = state.catalog.translator(&lang);
    let site = content
        .as_ref()
        .map(|c| c.settings.text(&lang).site_name.clone())
        .unwrap_or_default();
    let footer = tr.t_with("supporters-mail-footer", "site", &site);
    let composed = compose_notice(
        &state.catalog,
        &lang,
        "supporters-mail",
        &supporter.name,
        url,
        footer,
    )?;
    let sender = Sender::new(
        &state.config.mail_from,
        content.as_ref().map(|c| &c.settings),
        &lang,
    )?;
    let to = Mailbox::new(Some(supporter.name.clone()), supporter.email.parse()?);
    let mut builder = lettre::Message::builder().from(sender.from.clone());
    if let Some(reply_to) = &sender.reply_to {
        builder = builder.reply_to(reply_to.clone());
    }
    let message = builder
        .to(to)
        .message_id(Some(message_id.to_owned()))
        .subject(composed.subject)
        .multipart(MultiPart::alternative_plain_html(
            composed.text,
            composed.html,
        ))?;
    Ok(Letter::Send {
        message: Box::new(message),
        stem: format!("{stem}-supporter-confirm"),
    })
}
