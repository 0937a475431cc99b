//! Composing registration and signature e-mail: subject, text and HTML bodies from the templates in
//! `templates/mail/` with the strings of the registrant's language, and the `.ics` file.

use crate::content::{Event, Post, SiteSettings};
use crate::domain::{Lang, ZoneName};
use crate::i18n::{Catalog, FormatError, Formats};
use crate::letters::{Signature, SignatureMail, SignatureNonces};
use crate::registration::{
    CalendarMethod, LinkKey, MailKind, PlaceCalendar, Purpose, Registration,
};
use crate::storage::LinkNonces;
use askama::Template;
use jiff::Timestamp;

/// A composed mail, ready to be put into a message.
#[derive(Debug)]
pub struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The calendar file: for mails that confirm a place, and for the cancellation of one.
    pub ics: Option<CalendarPart>,
}

/// A calendar file attached to a mail.
#[derive(Debug)]
pub struct CalendarPart {
    /// What it asks of the calendar (also the `method` of the part's `Content-Type`).
    pub method: CalendarMethod,
    pub text: String,
}

#[derive(Template)]
#[template(path = "mail/body.txt")]
struct TextBody<'a> {
    body: &'a Body,
}

#[derive(Template)]
#[template(path = "mail/body.html")]
struct HtmlBody<'a> {
    body: &'a Body,
}

/// What both bodies show.
struct Body {
    lang: String,
    dir: &'static str,
    subject: String,
    greeting: String,
    text: String,
    action_label: String,
    action_url: String,
    footer: String,
}

/// Everything a mail is made from.
pub struct MailInputs<'a> {
    pub kind: MailKind,
    pub registration: &'a Registration,
    pub nonces: &'a LinkNonces,
    pub event: &'a Event,
    pub settings: &'a SiteSettings,
    pub catalog: &'a Catalog,
    pub key: &'a LinkKey,
    pub public_url: &'a str,
    pub now: Timestamp,
}

/// Why a mail could not be composed.
#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error(transparent)]
    Format(#[from] FormatError),
    #[error("rendering the mail template failed")]
    Template(#[from] askama::Error),
}

/// Composes the mail.
pub fn compose(i: &MailInputs<'_>) -> Result<Composed, ComposeError> {
    let reg = i.registration;
    let lang: Lang = reg
        .lang
        .parse()
        .unwrap_or_else(|_| i.settings.default_language.clone());
    let tr = i.catalog.translator(&lang);
    let formats = Formats::new(&lang, i.settings.digits_for(&lang), i.settings.hijri)?;
    let zone: ZoneName = reg
        .time_zone
        .parse()
        .unwrap_or_else(|_| i.event.reference_zone.clone());
    let text = i
        .event
        .shown_text(&lang, &i.settings.default_language, i.now);
    let title = text.map(|t| t.title.clone()).unwrap_or_default();
    let in_zone = |at: Timestamp| {
        let local = at.to_zoned_datetime(zone.zone().clone());
        let date = format!(
            "{} — {}",
            formats.hijri_date(local.date()),
            formats.gregorian_date(local.date())
        );
        tr.t_args(
            "mail-when",
            &[
                ("date", &date),
                ("time", &formats.time(local.time())),
                ("zone", &formats.zones().name(&zone, at)),
            ],
        )
    };
    let when = in_zone(i.event.doors_open_at);
    let base = i.public_url.trim_end_matches('/');
    let access_url = format!(
        "{base}/{lang}/registrations/{}",
        i.key.token(Purpose::Access, reg.id, &i.nonces.access)
    );
    let event_url = format!("{base}/{lang}/events/{}", i.event.slug);
    let kind = i.kind.as_str();
    let (action_url, expires) = match i.kind {
        MailKind::Confirm => {
            let nonce = i.nonces.confirm.as_deref().unwrap_or_default();
            let url = format!(
                "{base}/{lang}/registrations/confirm/{}",
                i.key.token(Purpose::Confirm, reg.id, nonce)
            );
            (url, i.nonces.confirm_expires_at.map(&in_zone))
        }
        MailKind::Offer => (access_url.clone(), reg.offer_expires_at.map(&in_zone)),
        MailKind::Cancelled | MailKind::Expired => (event_url, None),
        // The reminder leads straight into the hall (the same personal token).
        MailKind::Reminder => (
            format!(
                "{base}/{lang}/hall/{}",
                i.key.token(Purpose::Access, reg.id, &i.nonces.access)
            ),
            None,
        ),
        MailKind::Confirmed | MailKind::Waitlisted | MailKind::AlreadyRegistered => {
            (access_url.clone(), None)
        }
    };
    let position = reg
        .waitlist_position
        .map(|p| formats.number(p))
        .unwrap_or_default();
    let args = [
        ("event", title.as_str()),
        ("when", when.as_str()),
        ("expires", expires.as_deref().unwrap_or("")),
        ("position", position.as_str()),
    ];
    let body = Body {
        lang: lang.to_string(),
        dir: lang.direction().html(),
        subject: tr.t_args(&format!("mail-{kind}-subject"), &args),
        greeting: tr.t_with("mail-greeting", "name", &reg.name),
        text: tr.t_args(&format!("mail-{kind}-body"), &args),
        action_label: tr.t(&format!("mail-{kind}-action")),
        action_url,
        footer: tr.t_with("mail-footer", "event", &title),
    };
    // The confirmation adds the entry to the attendee's calendar; a cancellation takes it
    // out again, for anyone who could have added it (confirmed, or on the waitlist, where
    // the personal page used to offer the file too).
    let method = match i.kind {
        MailKind::Confirmed => Some(CalendarMethod::Publish),
        MailKind::Cancelled if reg.confirmed_at.is_some() => Some(CalendarMethod::Cancel),
        _ => None,
    };
    let description = format!(
        "{}\n{access_url}",
        text.map(|t| t.summary.as_str()).unwrap_or_default()
    );
    let ics = method.map(|method| CalendarPart {
        method,
        text: PlaceCalendar {
            registration: reg,
            event: i.event,
            settings: i.settings,
            lang: &lang,
            summary: &title,
            description: &description,
            url: &access_url,
            now: i.now,
        }
        .file(method),
    });
    Ok(Composed {
        subject: strip_isolates(&body.subject),
        text: TextBody { body: &body }.render()?,
        html: HtmlBody { body: &body }.render()?,
        ics,
    })
}

/// Everything a signature's mail is made from.
pub struct SignatureMailInputs<'a> {
    pub kind: SignatureMail,
    pub signature: &'a Signature,
    pub nonces: &'a SignatureNonces,
    pub letter: &'a Post,
    pub settings: &'a SiteSettings,
    pub catalog: &'a Catalog,
    pub key: &'a LinkKey,
    pub public_url: &'a str,
}

/// Composes a mail about a signature: the confirmation link, or the thanks with the link to
/// withdraw it.
pub fn compose_signature(i: &SignatureMailInputs<'_>) -> Result<Composed, ComposeError> {
    let sig = i.signature;
    let lang = if i.settings.offers(&sig.lang) {
        sig.lang.clone()
    } else {
        i.settings.default_language.clone()
    };
    let tr = i.catalog.translator(&lang);
    let shown = i.letter.best_language(&lang, &i.settings.default_language);
    let title = i.letter.texts[shown].title.clone();
    let base = i.public_url.trim_end_matches('/');
    let action_url = match i.kind {
        SignatureMail::Confirm => format!(
            "{base}/{lang}/signatures/confirm/{}",
            i.key.token(
                Purpose::SignatureConfirm,
                sig.id,
                i.nonces.confirm.as_deref().unwrap_or_default()
            )
        ),
        SignatureMail::Confirmed => format!(
            "{base}/{lang}/signatures/{}/withdraw",
            i.key
                .token(Purpose::SignatureAccess, sig.id, &i.nonces.access)
        ),
    };
    let kind = i.kind.as_str();
    let args = [("letter", title.as_str())];
    let body = Body {
        lang: lang.to_string(),
        dir: lang.direction().html(),
        subject: tr.t_args(&format!("mail-{kind}-subject"), &args),
        greeting: tr.t_with("mail-signature-greeting", "name", &sig.name),
        text: tr.t_args(&format!("mail-{kind}-body"), &args),
        action_label: tr.t(&format!("mail-{kind}-action")),
        action_url,
        footer: tr.t_with(
            "mail-signature-footer",
            "site",
            &i.settings.text(&lang).site_name,
        ),
    };
    Ok(Composed {
        subject: strip_isolates(&body.subject),
        text: TextBody { body: &body }.render()?,
        html: HtmlBody { body: &body }.render()?,
        ics: None,
    })
}

/// A mail of the organisers' area (a password link): the shared layout around the texts
/// `{prefix}-subject`, `{prefix}-body` and `{prefix}-action` of the catalog.
pub fn compose_notice(
    catalog: &Catalog,
    lang: &Lang,
    prefix: &str,
    name: &str,
    action_url: String,
    footer: String,
) -> Result<Composed, ComposeError> {
    let tr = catalog.translator(lang);
    let body = Body {
        lang: lang.to_string(),
        dir: lang.direction().html(),
        subject: tr.t(&format!("{prefix}-subject")),
        greeting: tr.t_with("mail-signature-greeting", "name", name),
        text: tr.t(&format!("{prefix}-body")),
        action_label: tr.t(&format!("{prefix}-action")),
        action_url,
        footer,
    };
    Ok(Composed {
        subject: strip_isolates(&body.subject),
        text: TextBody { body: &body }.render()?,
        html: HtmlBody { body: &body }.render()?,
        ics: None,
    })
}

/// Subjects are single-line headers: Fluent's bidi isolation marks only confuse mail clients
/// there (bodies keep them, where they do their job).
fn strip_isolates(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}
