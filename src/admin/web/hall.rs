//! `/admin/hall/{event}` (moderators): the questions waiting for a decision, the questions
//! everyone sees (answered, pinned, hidden), announcements, and the live segment. The page
//! follows the hall's updates live (admin.js); every action is a plain POST.

use super::event_request::EventRequest;
use super::{CheckedForm, Frame, audit_change, respond};
use crate::domain::Lang;
use crate::domain::Slug;
use crate::error::WebError;
use crate::hall::{
    AnnouncementError, AnnouncementTexts, Moderation, Question, QuestionStatus, Viewer,
};
use crate::i18n::Translator;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use serde::Deserialize;

/// A question as moderators see it.
pub struct ModQuestion {
    pub q: Question,
    pub lang_name: String,
    pub asked: String,
}

#[derive(Template)]
#[template(path = "admin/hall.html")]
struct HallPage<'a> {
    frame: Frame<'a>,
    event: String,
    title: String,
    pending: Vec<ModQuestion>,
    shown: Vec<ModQuestion>,
    hidden: Vec<ModQuestion>,
    /// (id, label, chosen by hand, live now)
    segments: Vec<(String, String, bool, bool)>,
    following_schedule: bool,
    /// The segment after the live one: (id, label), for the one-press "next" control.
    next_segment: Option<(String, String)>,
    attendees: usize,
    announcement_error: Option<String>,
    /// The announcement's fields, one per language, the event's main language first.
    announcement_fields: Vec<AnnouncementField>,
    seq: i64,
}

/// One language's field of the announcement form.
pub struct AnnouncementField {
    /// The form field's name: `text` for the main language, `text-{code}` for the others.
    pub name: String,
    pub code: String,
    pub label: String,
    pub dir: &'static str,
    pub value: String,
    pub main: bool,
}

/// `GET /admin/hall`: the hall of the next (or the running) event.
pub async fn index(State(state): State<AppState>) -> Result<Response, WebError> {
    let content = state.content().await?;
    let now = state.clock.now();
    let event = content
        .events
        .iter()
        .filter(|e| !e.is_past(now))
        .min_by_key(|e| e.starts_at)
        .or_else(|| content.events.iter().max_by_key(|e| e.starts_at))
        .ok_or(WebError::NotFound)?;
    Ok(Redirect::to(&format!("/admin/hall/{}", event.slug)).into_response())
}

/// `GET /admin/hall/{event}`.
pub async fn page(request: EventRequest) -> Result<Response, WebError> {
    render(&request, StatusCode::OK, None, &[]).await
}

async fn render(
    request: &EventRequest,
    status: StatusCode,
    announcement_error: Option<String>,
    written: &[(String, String)],
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, event, tr) = (&request.state, loaded.event(), loaded.tr());
    let now = state.clock.now();
    let zone = event.reference_zone.zone().clone();
    let formats = loaded.formats()?;
    // The number first: an update committed while the page is read is then sent again by
    // the stream rather than missed.
    let seq = state.db.hall_seq(&event.slug).await?;
    let mut questions = state.db.questions(&event.slug).await?;
    crate::hall::sort_questions(&mut questions);
    let view = |q: Question| ModQuestion {
        lang_name: crate::events::view::lang_name(tr, &q.lang),
        asked: formats.time(q.asked_at.to_zoned_datetime(zone.clone()).time()),
        q,
    };
    let mut pending = Vec::new();
    let mut shown = Vec::new();
    let mut hidden = Vec::new();
    for q in questions {
        match q.status {
            QuestionStatus::Pending => pending.push(view(q)),
            QuestionStatus::Hidden => hidden.push(view(q)),
            _ => shown.push(view(q)),
        }
    }
    let choice = state.db.live_choice(&event.slug).await?;
    let live = crate::hall::live_segment(event, choice.as_ref(), now).map(|l| l.index);
    let text = loaded.text();
    let segments: Vec<(String, String, bool, bool)> = event
        .segments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let title = text
                .and_then(|t| t.segments.get(&s.id))
                .map_or_else(|| s.id.to_string(), |t| t.title.clone());
            let time = formats.time(s.starts_at.to_zoned_datetime(zone.clone()).time());
            (
                s.id.to_string(),
                format!("{time} · {title}"),
                choice.as_ref().is_some_and(|c| c.segment == s.id),
                live == Some(i),
            )
        })
        .collect();
    let next_segment = match live {
        Some(i) => segments.get(i + 1),
        // Before the first segment (doors open): the first one.
        None if now < event.starts_at => segments.first(),
        None => None,
    }
    .map(|(id, label, _, _)| (id.clone(), label.clone()));
    let (frame, cookie) = loaded.frame("admin-nav-hall", "/admin/hall");
    let page = HallPage {
        next_segment,
        frame,
        event: event.slug.to_string(),
        title: loaded.title(),
        pending,
        shown,
        hidden,
        segments,
        following_schedule: choice.is_none(),
        attendees: state.hall.hub.channel(&event.slug).await?.attendees(),
        announcement_error,
        announcement_fields: announcement_fields(
            &event.proceedings_language,
            &loaded.content.settings.languages,
            tr,
            written,
        ),
        seq,
    };
    Ok(respond(status, page.render()?, cookie))
}

#[derive(Deserialize, Default)]
pub struct UpdatesQuery {
    after: Option<i64>,
}

/// `GET /admin/hall/{event}/updates`: every update of the hall, pending questions included.
pub async fn updates(
    request: EventRequest,
    Query(query): Query<UpdatesQuery>,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    crate::hall::web::open_stream(
        &request.state,
        &loaded.event().slug,
        Viewer::Moderator,
        &request.headers,
        query.after,
        None,
    )
    .await
}

#[derive(Deserialize)]
pub struct CsrfForm {}

/// `POST /admin/hall/{event}/questions/{id}/{action}`: approve, hide, answered, pin, unpin.
pub async fn moderate(
    request: EventRequest,
    Path((_, id, action)): Path<(String, i64, String)>,
    CheckedForm(_form): CheckedForm<CsrfForm>,
) -> Result<Response, WebError> {
    let action = Moderation::parse(&action).ok_or(WebError::NotFound)?;
    let loaded = request.load().await?;
    let (state, admin, event) = (&request.state, &request.admin, loaded.event());
    let update = state
        .db
        .moderate(&event.slug, id, action, state.clock.now())
        .await?
        .ok_or(WebError::NotFound)?;
    state.hall.published(&update).await;
    audit_change(
        state,
        Some(&admin.user),
        "moderated a hall question",
        &format!("question {id} of {}", event.slug),
        None,
        Some(action.as_str().to_owned()),
    )
    .await?;
    Ok(Redirect::to(&format!("/admin/hall/{}#question-{id}", event.slug)).into_response())
}

/// The announcement form's fields: the event's main language first, then the site's other
/// languages, each with what was written.
fn announcement_fields(
    main: &Lang,
    languages: &[Lang],
    tr: Translator<'_>,
    written: &[(String, String)],
) -> Vec<AnnouncementField> {
    let mut ordered: Vec<&Lang> = vec![main];
    ordered.extend(languages.iter().filter(|l| *l != main));
    ordered
        .into_iter()
        .map(|l| {
            let name = field_name(l, main);
            AnnouncementField {
                value: written
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default(),
                name,
                code: l.to_string(),
                label: crate::events::view::lang_name(tr, l),
                dir: l.direction().html(),
                main: l == main,
            }
        })
        .collect()
}

/// The form field of a language: `text` for the main one (the field the form always had).
fn field_name(lang: &Lang, main: &Lang) -> String {
    if lang == main {
        "text".to_owned()
    } else {
        format!("text-{lang}")
    }
}

/// `POST /admin/hall/{event}/announcements`: a text per language (`text` in the event's main
/// language, required; `text-{lang}` in the others, optional).
pub async fn announce(
    request: EventRequest,
    CheckedForm(form): CheckedForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, admin, event, tr) = (&request.state, &request.admin, loaded.event(), loaded.tr());
    let main = &event.proceedings_language;
    let mut languages: Vec<&Lang> = vec![main];
    let others = loaded.content.settings.languages.iter();
    languages.extend(others.filter(|l| *l != main));
    let written: Vec<(Lang, String)> = languages
        .into_iter()
        .filter_map(|l| {
            let name = field_name(l, main);
            form.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (l.clone(), v.clone()))
        })
        .collect();
    let texts = match AnnouncementTexts::parse(written, main) {
        Ok(texts) => texts,
        Err(err) => {
            let message = match err {
                AnnouncementError::MissingMain(_) => tr.t("admin-hall-announcement-empty"),
                AnnouncementError::TooLong { lang: l, max } => tr.t_args(
                    "admin-hall-announcement-too-long",
                    &[
                        ("max", &max.to_string()),
                        ("lang", &crate::events::view::lang_name(tr, &l)),
                    ],
                ),
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render(&request, status, Some(message), &form).await;
        }
    };
    let audit = super::audited(
        state,
        Some(&admin.user),
        "posted an announcement in the hall",
        event.slug.as_str(),
        None,
        Some(texts.to_json()),
    );
    let update = state
        .db
        .announce(
            &event.slug,
            (&texts, main),
            Some((admin.user.id, &admin.user.name)),
            Some(&audit),
            state.clock.now(),
        )
        .await?;
    state.hall.published(&update).await;
    Ok(Redirect::to(&format!("/admin/hall/{}", event.slug)).into_response())
}

#[derive(Deserialize)]
pub struct SegmentForm {
    /// A segment id, or empty to follow the schedule again.
    segment: String,
}

/// `POST /admin/hall/{event}/segment`: make a segment live now, or follow the schedule.
pub async fn segment(
    request: EventRequest,
    CheckedForm(form): CheckedForm<SegmentForm>,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, admin, event) = (&request.state, &request.admin, loaded.event());
    let chosen: Option<Slug> = if form.segment.is_empty() {
        None
    } else {
        let id: Slug = form
            .segment
            .parse()
            .map_err(|_| WebError::BadRequest("choose a segment of the programme".to_owned()))?;
        if !event.segments.iter().any(|s| s.id == id) {
            return Err(WebError::BadRequest(
                "choose a segment of the programme".to_owned(),
            ));
        }
        Some(id)
    };
    let update = state
        .db
        .set_live_segment(&event.slug, chosen.as_ref(), state.clock.now())
        .await?;
    state.hall.published(&update).await;
    audit_change(
        state,
        Some(&admin.user),
        "changed the live segment",
        event.slug.as_str(),
        None,
        Some(chosen.map_or_else(|| "the schedule".to_owned(), |s| s.to_string())),
    )
    .await?;
    Ok(Redirect::to(&format!("/admin/hall/{}", event.slug)).into_response())
}
