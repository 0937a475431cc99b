//! `/admin/mail/new`: writing a message to people. One form does it all, by its `action`:
//! `preview` shows each language's text as it will look, `count` says how many it reaches,
//! `test` sends it to the organiser alone, `send` queues it for everyone. Sending needs the
//! count the organiser last saw (`expected`): if the audience changed meanwhile, the page
//! shows the new count and asks again.

use super::{CheckedForm, Frame, area_lang, audited, respond};
use crate::admin::session::Admin;
use crate::broadcast::{
    Audience, BroadcastText, BroadcastTexts, RecipientId, TextProblem, Which, address_hash,
};
use crate::content::SiteContent;
use crate::domain::{CountryCode, Lang, Slug};
use crate::error::WebError;
use crate::i18n::Translator;
use crate::mail::broadcast::Because;
use crate::site::forms::{Choice, country_choices};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::collections::HashMap;

/// One language's part of the form.
struct LangPart {
    code: String,
    name: String,
    subject: String,
    body: String,
    /// The body rendered, after "Preview".
    preview: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/mail_new.html")]
struct ComposePage<'a> {
    frame: Frame<'a>,
    events: Vec<Choice>,
    letters: Vec<Choice>,
    which: Vec<Choice>,
    langs: Vec<Choice>,
    countries: Vec<Choice>,
    parts: Vec<LangPart>,
    errors: Vec<String>,
    /// "It will reach N people", once counted.
    count: Option<(usize, usize)>,
    notice: Option<String>,
}

type Fields = HashMap<String, String>;

/// The `which` choice that writes to the supporters instead of an event's registrants.
const SUPPORTERS: &str = "supporters";
/// The `which` choice that writes to a letter's signatories who asked to hear about it.
const SIGNATORIES: &str = "signatories";

fn field<'f>(form: &'f Fields, name: &str) -> &'f str {
    form.get(name)
        .map(String::as_str)
        .unwrap_or_default()
        .trim()
}

/// `GET /admin/mail/new`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    render(
        &state,
        &admin,
        &headers,
        &content,
        &Fields::new(),
        Shown::default(),
        StatusCode::OK,
    )
}

/// What the page shows besides the form as typed.
#[derive(Default)]
struct Shown {
    errors: Vec<String>,
    count: Option<(usize, usize)>,
    notice: Option<String>,
    preview: bool,
}

fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    content: &SiteContent,
    form: &Fields,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let chosen_event = field(form, "event");
    let events = content
        .events
        .iter()
        .rev()
        .map(|e| Choice {
            value: e.slug.to_string(),
            label: super::event_title(e, &lang),
            selected: e.slug.as_str() == chosen_event,
        })
        .collect();
    let chosen_letter = field(form, "letter");
    let letters = signable_letters(content)
        .map(|p| Choice {
            value: p.slug.to_string(),
            label: super::post_title(p, &lang),
            selected: p.slug.as_str() == chosen_letter,
        })
        .collect();
    let which = Which::ALL
        .iter()
        .map(|w| w.as_str())
        .chain([SUPPORTERS, SIGNATORIES])
        .map(|w| Choice {
            value: w.to_owned(),
            label: tr.t(&format!("admin-mail-which-{w}")),
            selected: w == field(form, "which"),
        })
        .collect();
    let site_langs = &content.settings.languages;
    let name_of = |l: &Lang| state.catalog.text(l.as_str(), "language-name-self", None);
    let langs = site_langs
        .iter()
        .map(|l| Choice {
            value: l.to_string(),
            label: name_of(l),
            selected: l.as_str() == field(form, "lang"),
        })
        .collect();
    let parts = site_langs
        .iter()
        .map(|l| {
            let body = form.get(&format!("body-{l}")).cloned().unwrap_or_default();
            LangPart {
                code: l.to_string(),
                name: name_of(l),
                subject: field(form, &format!("subject-{l}")).to_owned(),
                preview: (shown.preview && !body.trim().is_empty())
                    .then(|| crate::markdown::to_safe_html(&body)),
                body,
            }
        })
        .collect();
    let page = ComposePage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-mail-new"),
            Some(&admin.user),
            "/admin/mail",
            token,
        ),
        events,
        letters,
        which,
        langs,
        countries: country_choices(tr, field(form, "country")),
        parts,
        errors: shown.errors,
        count: shown.count,
        notice: shown.notice,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// The audience and texts of a submitted form, or what is wrong with them.
fn read(
    tr: Translator<'_>,
    content: &SiteContent,
    form: &Fields,
) -> Result<(Audience, BroadcastTexts), Vec<String>> {
    let mut errors = Vec::new();
    let to_supporters = field(form, "which") == SUPPORTERS;
    let to_signatories = field(form, "which") == SIGNATORIES;
    let event = field(form, "event")
        .parse::<Slug>()
        .ok()
        .filter(|s| content.events.iter().any(|e| e.slug == *s));
    if event.is_none() && !to_supporters && !to_signatories {
        errors.push(tr.t("admin-mail-error-event"));
    }
    let letter = field(form, "letter")
        .parse::<Slug>()
        .ok()
        .filter(|s| signable_letters(content).any(|p| p.slug == *s));
    if letter.is_none() && to_signatories {
        errors.push(tr.t("admin-mail-error-letter"));
    }
    let which = Which::parse(field(form, "which")).unwrap_or(Which::Confirmed);
    let lang = match field(form, "lang") {
        "" => None,
        l => match l
            .parse::<Lang>()
            .ok()
            .filter(|l| content.settings.offers(l))
        {
            Some(l) => Some(l),
            None => {
                errors.push(tr.t("admin-mail-error-lang"));
                None
            }
        },
    };
    let country = match field(form, "country") {
        "" => None,
        c => match c.parse::<CountryCode>() {
            Ok(c) => Some(c),
            Err(_) => {
                errors.push(tr.t("admin-mail-error-country"));
                None
            }
        },
    };
    let written = content.settings.languages.iter().map(|l| {
        (
            l.clone(),
            BroadcastText {
                subject: field(form, &format!("subject-{l}")).to_owned(),
                body: form.get(&format!("body-{l}")).cloned().unwrap_or_default(),
            },
        )
    });
    let texts = BroadcastTexts::new(content.settings.default_language.clone(), written)
        .map_err(|problems| {
            errors.extend(problems.iter().map(|p| explain(tr, p)));
        })
        .ok();
    match (event, texts) {
        (_, Some(texts)) if errors.is_empty() && to_supporters => {
            Ok((Audience::Supporters { lang, country }, texts))
        }
        (_, Some(texts)) if errors.is_empty() && to_signatories => match letter {
            Some(letter) => Ok((
                Audience::Signatories {
                    letter,
                    lang,
                    country,
                },
                texts,
            )),
            None => Err(errors),
        },
        (Some(event), Some(texts)) if errors.is_empty() => Ok((
            Audience::Registrants {
                event,
                which,
                lang,
                country,
            },
            texts,
        )),
        _ => Err(errors),
    }
}

/// The posts people sign (of a signable kind), newest first.
fn signable_letters(content: &SiteContent) -> impl Iterator<Item = &crate::content::Post> {
    content.posts.iter().rev().filter(|p| {
        content
            .post_kinds
            .iter()
            .any(|k| k.slug == p.kind && k.signable)
    })
}

fn explain(tr: Translator<'_>, problem: &TextProblem) -> String {
    let (id, lang, detail) = match problem {
        TextProblem::DefaultMissing(l) => ("admin-mail-error-default", l, None),
        TextProblem::Incomplete(l) => ("admin-mail-error-incomplete", l, None),
        TextProblem::SubjectTooLong(l) => ("admin-mail-error-subject-long", l, None),
        TextProblem::SubjectLineBreak(l) => ("admin-mail-error-subject-line", l, None),
        TextProblem::BodyTooLong(l) => ("admin-mail-error-body-long", l, None),
        TextProblem::Markdown(l, message) => ("admin-mail-error-markdown", l, Some(message)),
    };
    let mut text = tr.t_args(id, &[("lang", lang.as_str())]);
    if let Some(detail) = detail {
        text.push_str(": ");
        text.push_str(detail);
    }
    text
}

/// Who the audience reaches now, and how many of them unsubscribed (left out).
async fn reach(
    state: &AppState,
    audience: &Audience,
) -> Result<(Vec<RecipientId>, usize), WebError> {
    let recipients = state.db.recipients(audience).await?;
    let hashes: Vec<String> = recipients
        .iter()
        .map(|r| address_hash(&state.link_key, &r.email_key))
        .collect();
    let unsubscribed = state.db.unsubscribed_among(&hashes).await?;
    let ids = recipients
        .iter()
        .zip(&hashes)
        .filter(|(_, h)| !unsubscribed.contains(*h))
        .map(|(r, _)| r.id)
        .collect::<Vec<_>>();
    let left_out = recipients.len() - ids.len();
    Ok((ids, left_out))
}

/// `POST /admin/mail/new`.
pub async fn submit(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<Fields>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let content = state.content().await?;
    let action = field(&form, "action").to_owned();
    let (audience, texts) = match read(tr, &content, &form) {
        Ok(read) => read,
        Err(errors) => {
            let shown = Shown {
                errors,
                preview: action == "preview",
                ..Shown::default()
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render(&state, &admin, &headers, &content, &form, shown, status);
        }
    };
    let (ids, left_out) = reach(&state, &audience).await?;
    let count = Some((ids.len(), left_out));
    let shown = match action.as_str() {
        "send" if field(&form, "expected") == ids.len().to_string() && !ids.is_empty() => {
            let audit = audited(
                &state,
                Some(&admin.user),
                "sent a message",
                texts.subject(),
                None,
                Some(format!(
                    "{} recipients; {}",
                    ids.len(),
                    super::mail::describe(&state, &content, tr, &audience)
                )),
            );
            let id = state
                .db
                .queue_broadcast(&audience, &texts, &ids, &audit, state.clock.now())
                .await?;
            return Ok(Redirect::to(&format!("/admin/mail/{id}")).into_response());
        }
        "send" if ids.is_empty() => Shown {
            errors: vec![tr.t("admin-mail-error-nobody")],
            count,
            ..Shown::default()
        },
        "send" => Shown {
            notice: Some(tr.t("admin-mail-confirm-count")),
            count,
            ..Shown::default()
        },
        "test" => Shown {
            notice: Some(test_send(&state, &admin, &content, &texts, &audience, &lang).await),
            count,
            ..Shown::default()
        },
        "preview" => Shown {
            count,
            preview: true,
            ..Shown::default()
        },
        _ => Shown {
            count,
            ..Shown::default()
        },
    };
    render(
        &state,
        &admin,
        &headers,
        &content,
        &form,
        shown,
        StatusCode::OK,
    )
}

/// Sends the message to the organiser alone, at once, in the area's language (or the
/// message's default one); says how it went.
async fn test_send(
    state: &AppState,
    admin: &Admin,
    content: &SiteContent,
    texts: &BroadcastTexts,
    audience: &Audience,
    lang: &Lang,
) -> String {
    let tr = state.catalog.translator(lang);
    let because = match audience {
        Audience::Registrants { event, .. } => Because::Registered(event),
        Audience::Supporters { .. } => Because::Supporter,
        Audience::Signatories { letter, .. } => Because::Signed(letter),
    };
    let to = crate::mail::broadcast::To {
        name: &admin.user.name,
        email: &admin.user.email,
        lang: lang.as_str(),
        because,
    };
    let message_id = format!(
        "<test-{}@convene.invalid>",
        hex::encode(rand::random::<[u8; 8]>())
    );
    let sent = match crate::mail::broadcast::message(state, content, texts, &to, &message_id) {
        Ok(message) => {
            let stem = format!("{}-broadcast-test", state.clock.now().as_second());
            state
                .transport
                .send(message, &stem)
                .await
                .map_err(|e| e.to_string())
        }
        Err(err) => Err(format!("{err:#}")),
    };
    match sent {
        Ok(()) => tr.t_args("admin-mail-test-sent", &[("address", &admin.user.email)]),
        Err(error) => tr.t_args("admin-mail-test-failed", &[("error", &error)]),
    }
}
