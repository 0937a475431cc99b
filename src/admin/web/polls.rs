//! `/admin/hall/{slug}/polls` (moderators): the event's polls with their results (live:
//! the page follows the hall's updates, admin.js), preparing one for a segment with its
//! texts per language, opening and closing them. Every action is a plain POST; the results
//! of a poll as CSV are in `poll_results.rs`.

use super::event_request::EventRequest;
use super::{CheckedForm, Frame, audit_change, respond};
use crate::domain::{Lang, Slug};
use crate::error::WebError;
use crate::hall::{Poll, PollStatus, PollTexts, PollTextsError, percentages};
use crate::i18n::Translator;
use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use std::collections::{BTreeMap, HashMap};

/// A poll as moderators see it.
pub struct ModPoll {
    pub id: i64,
    pub status: &'static str,
    pub status_label: String,
    pub question: String,
    pub lang: String,
    pub segment: String,
    /// (answer, "5 votes · 42%")
    pub options: Vec<(String, String)>,
    pub total: String,
}

/// The fields of one language in the new-poll form.
pub struct LanguageFields {
    pub code: String,
    pub name: String,
    pub dir: &'static str,
    pub question: String,
    pub options: String,
}

#[derive(Template)]
#[template(path = "admin/polls.html")]
struct PollsPage<'a> {
    frame: Frame<'a>,
    event: String,
    title: String,
    seq: i64,
    polls: Vec<ModPoll>,
    /// (id, title, chosen)
    segments: Vec<(String, String, bool)>,
    languages: Vec<LanguageFields>,
    default_name: String,
    error: Option<String>,
}

/// What the new-poll form held, to show it again with a problem.
#[derive(Default)]
struct Written {
    segment: String,
    fields: HashMap<String, String>,
    error: Option<String>,
}

/// `GET /admin/hall/{slug}/polls`.
pub async fn page(request: EventRequest) -> Result<Response, WebError> {
    render(&request, StatusCode::OK, Written::default()).await
}

async fn render(
    request: &EventRequest,
    status: StatusCode,
    written: Written,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, event, lang, tr) = (&request.state, loaded.event(), &loaded.lang, loaded.tr());
    let content = &loaded.content;
    let default = &content.settings.default_language;
    let formats = loaded.formats()?;
    // The number first: an update committed while the page is read is sent again.
    let seq = state.db.hall_seq(&event.slug).await?;
    let mut polls = state.db.polls(&event.slug).await?;
    polls.reverse();
    let text = loaded.text();
    let segment_title = |id: &Slug| {
        text.and_then(|t| t.segments.get(id))
            .map_or_else(|| id.to_string(), |t| t.title.clone())
    };
    // The form offers the segment it was sent with, else the live one, else the first
    // interactive one.
    let choice = state.db.live_choice(&event.slug).await?;
    let preselected = if written.segment.is_empty() {
        crate::hall::live_segment(event, choice.as_ref(), state.clock.now())
            .map(|l| l.segment)
            .or_else(|| {
                event
                    .segments
                    .iter()
                    .find(|s| s.kind == crate::content::SegmentKind::Interactive)
            })
            .map(|s| s.id.to_string())
            .unwrap_or_default()
    } else {
        written.segment.clone()
    };
    let polls = polls
        .iter()
        .map(|p| mod_poll(p, tr, &formats, lang, default, segment_title(&p.segment)))
        .collect();
    let (frame, cookie) = loaded.frame("admin-polls", "/admin/hall");
    let page = PollsPage {
        frame,
        event: event.slug.to_string(),
        title: loaded.title(),
        seq,
        polls,
        segments: event
            .segments
            .iter()
            .map(|s| {
                let id = s.id.to_string();
                let chosen = id == preselected;
                (id, segment_title(&s.id), chosen)
            })
            .collect(),
        languages: language_fields(&content.settings.languages, default, tr, &written),
        default_name: crate::events::view::lang_name(tr, default),
        error: written.error,
    };
    Ok(respond(status, page.render()?, cookie))
}

fn mod_poll(
    poll: &Poll,
    tr: Translator<'_>,
    formats: &crate::i18n::Formats,
    lang: &Lang,
    default: &Lang,
    segment: String,
) -> ModPoll {
    let (shown, text) = match poll.texts.in_lang(lang, default) {
        Some((l, t)) => (l.to_string(), Some(t)),
        None => (lang.to_string(), None),
    };
    let options = poll
        .counts
        .iter()
        .zip(percentages(&poll.counts))
        .enumerate()
        .map(|(i, (votes, percent))| {
            let label = text
                .and_then(|t| t.options.get(i).cloned())
                .unwrap_or_default();
            let count = format!(
                "{} · {}",
                tr.t_count("hall-poll-answer-votes", *votes, &formats.number(*votes)),
                crate::hall::web::percent_text(tr, &formats.number(percent))
            );
            (label, count)
        })
        .collect();
    ModPoll {
        id: poll.id,
        status: poll.status.as_str(),
        status_label: tr.t(&format!("admin-polls-status-{}", poll.status.as_str())),
        question: text.map(|t| t.question.clone()).unwrap_or_default(),
        lang: shown,
        segment,
        options,
        total: tr.t_count(
            "hall-poll-votes",
            poll.total(),
            &formats.number(poll.total()),
        ),
    }
}

/// The form's fields per site language, the default language first.
fn language_fields(
    languages: &[Lang],
    default: &Lang,
    tr: Translator<'_>,
    written: &Written,
) -> Vec<LanguageFields> {
    let mut ordered: Vec<&Lang> = vec![default];
    ordered.extend(languages.iter().filter(|l| *l != default));
    ordered
        .into_iter()
        .map(|l| LanguageFields {
            code: l.to_string(),
            name: crate::events::view::lang_name(tr, l),
            dir: l.direction().html(),
            question: written
                .fields
                .get(&format!("question-{l}"))
                .cloned()
                .unwrap_or_default(),
            options: written
                .fields
                .get(&format!("options-{l}"))
                .cloned()
                .unwrap_or_default(),
        })
        .collect()
}

/// Why a poll's texts were refused, in the moderator's language.
fn texts_error(tr: Translator<'_>, err: &PollTextsError, default: &Lang) -> String {
    let name = |l: &Lang| crate::events::view::lang_name(tr, l);
    match err {
        PollTextsError::MissingDefault(l) => {
            tr.t_with("admin-polls-error-missing-default", "lang", &name(l))
        }
        PollTextsError::EmptyQuestion { lang } => {
            tr.t_with("admin-polls-error-empty-question", "lang", &name(lang))
        }
        PollTextsError::QuestionTooLong { lang, max } => tr.t_args(
            "admin-polls-error-question-too-long",
            &[("lang", &name(lang)), ("max", &max.to_string())],
        ),
        PollTextsError::OptionTooLong { lang, max } => tr.t_args(
            "admin-polls-error-option-too-long",
            &[("lang", &name(lang)), ("max", &max.to_string())],
        ),
        PollTextsError::OptionCount { lang, count } => tr.t_args(
            "admin-polls-error-option-count",
            &[("lang", &name(lang)), ("count", &count.to_string())],
        ),
        PollTextsError::OptionsDiffer {
            lang,
            count,
            expected,
        } => tr.t_args(
            "admin-polls-error-options-differ",
            &[
                ("lang", &name(lang)),
                ("count", &count.to_string()),
                ("default", &name(default)),
                ("expected", &expected.to_string()),
            ],
        ),
    }
}

/// `POST /admin/hall/{slug}/polls`: a new draft (fields `segment`, and per language
/// `question-{lang}` and `options-{lang}`, one answer a line).
pub async fn create(
    request: EventRequest,
    CheckedForm(mut fields): CheckedForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    fields.remove("csrf");
    let loaded = request.load().await?;
    let (state, event, tr) = (&request.state, loaded.event(), loaded.tr());
    let content = &loaded.content;
    let default = &content.settings.default_language;
    let segment_field = fields.remove("segment").unwrap_or_default();
    let segment = segment_field
        .parse::<Slug>()
        .ok()
        .filter(|id| event.segments.iter().any(|s| &s.id == id));
    let written: BTreeMap<Lang, (String, Vec<String>)> = content
        .settings
        .languages
        .iter()
        .map(|l| {
            let question = fields.get(&format!("question-{l}")).cloned();
            let options = fields.get(&format!("options-{l}"));
            let options = options.map(|o| o.lines().map(str::to_owned).collect());
            (
                l.clone(),
                (question.unwrap_or_default(), options.unwrap_or_default()),
            )
        })
        .collect();
    let checked = match segment {
        None => Err(tr.t("admin-polls-error-segment")),
        Some(segment) => PollTexts::parse(written, default)
            .map(|texts| (segment, texts))
            .map_err(|e| texts_error(tr, &e, default)),
    };
    let (segment, texts) = match checked {
        Ok(ok) => ok,
        Err(error) => {
            let kept = Written {
                segment: segment_field,
                fields,
                error: Some(error),
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render(&request, status, kept).await;
        }
    };
    let id = state
        .db
        .create_poll(&event.slug, &segment, &texts, state.clock.now())
        .await?;
    audit_change(
        state,
        Some(&request.admin.user),
        "prepared a poll",
        &format!("poll {id} of {}", event.slug),
        None,
        Some(texts.to_json()),
    )
    .await?;
    Ok(Redirect::to(&format!("/admin/hall/{}/polls#poll-{id}", event.slug)).into_response())
}

/// A button's form: only its token, which [`CheckedForm`] checks.
#[derive(serde::Deserialize)]
pub struct CsrfForm {}

/// `POST /admin/hall/{slug}/polls/{poll}/open`.
pub async fn open(
    request: EventRequest,
    Path((_, poll)): Path<(String, i64)>,
    form: CheckedForm<CsrfForm>,
) -> Result<Response, WebError> {
    change(request, poll, form, PollStatus::Open).await
}

/// `POST /admin/hall/{slug}/polls/{poll}/close`.
pub async fn close(
    request: EventRequest,
    Path((_, poll)): Path<(String, i64)>,
    form: CheckedForm<CsrfForm>,
) -> Result<Response, WebError> {
    change(request, poll, form, PollStatus::Closed).await
}

/// Opens or closes a poll; a poll already past that step is left as it is.
async fn change(
    request: EventRequest,
    poll: i64,
    CheckedForm(_): CheckedForm<CsrfForm>,
    to: PollStatus,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, event) = (&request.state, loaded.event());
    if state.db.poll(&event.slug, poll).await?.is_none() {
        return Err(WebError::NotFound);
    }
    let now = state.clock.now();
    let update = match to {
        PollStatus::Open => state.db.open_poll(&event.slug, poll, now).await?,
        _ => state.db.close_poll(&event.slug, poll, now).await?,
    };
    if let Some(update) = update {
        state.hall.published(&update).await;
        audit_change(
            state,
            Some(&request.admin.user),
            if to == PollStatus::Open {
                "opened a poll"
            } else {
                "closed a poll"
            },
            &format!("poll {poll} of {}", event.slug),
            None,
            None,
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/admin/hall/{}/polls#poll-{poll}", event.slug)).into_response())
}
