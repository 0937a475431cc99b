//! `/admin/mail`: the broadcasts sent so far and each one's progress (the page refreshes
//! itself every two seconds while messages wait, without JavaScript).

use super::{Frame, area_lang, respond};
use crate::admin::session::Admin;
use crate::broadcast::Audience;
use crate::content::SiteContent;
use crate::error::WebError;
use crate::i18n::Translator;
use crate::state::AppState;
use crate::storage::{Progress, StoredBroadcast};
use askama::Template;
use axum::extract::{Extension, Path, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};

/// One broadcast as the pages show it.
pub struct Row {
    pub id: i64,
    pub subject: String,
    pub when: String,
    pub actor: String,
    pub audience: String,
    pub langs: String,
    pub progress: Progress,
}

#[derive(Template)]
#[template(path = "admin/mail.html")]
struct ListPage<'a> {
    frame: Frame<'a>,
    rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "admin/mail_progress.html")]
struct ProgressPage<'a> {
    frame: Frame<'a>,
    row: Row,
}

/// The audience in words: "Confirmed registrants of Water for every home · Arabic · LB".
pub fn describe(
    state: &AppState,
    content: &SiteContent,
    tr: Translator<'_>,
    audience: &Audience,
) -> String {
    let mut text = match audience {
        Audience::Registrants { event, which, .. } => {
            let title = content
                .events
                .iter()
                .find(|e| e.slug == *event)
                .map(|e| super::event_title(e, tr.lang()))
                .unwrap_or_else(|| event.to_string());
            tr.t_args(
                &format!("admin-mail-audience-{}", which.as_str()),
                &[("event", &title)],
            )
        }
        Audience::Supporters { .. } => tr.t("admin-mail-audience-supporters"),
        Audience::Signatories { letter, .. } => {
            let title = content
                .posts
                .iter()
                .find(|p| p.slug == *letter)
                .map(|p| super::post_title(p, tr.lang()))
                .unwrap_or_else(|| letter.to_string());
            tr.t_args("admin-mail-audience-signatories", &[("letter", &title)])
        }
    };
    if let Some(lang) = audience.lang() {
        text.push_str(" · ");
        text.push_str(
            &state
                .catalog
                .text(lang.as_str(), "language-name-self", None),
        );
    }
    if let Some(country) = audience.country() {
        text.push_str(" · ");
        text.push_str(&crate::i18n::country_name(tr, country.as_str()));
    }
    text
}

async fn row(
    state: &AppState,
    content: &SiteContent,
    tr: Translator<'_>,
    broadcast: StoredBroadcast,
) -> Result<Row, WebError> {
    let progress = state.db.broadcast_progress(broadcast.id).await?;
    Ok(Row {
        id: broadcast.id,
        subject: broadcast.texts.subject().to_owned(),
        when: broadcast
            .created_at
            .strftime("%Y-%m-%d %H:%M UTC")
            .to_string(),
        actor: broadcast.actor.clone(),
        audience: describe(state, content, tr, &broadcast.audience),
        langs: broadcast
            .texts
            .langs()
            .map(|l| tr.t(&format!("lang-{l}")))
            .collect::<Vec<_>>()
            .join(" · "),
        progress,
    })
}

/// `GET /admin/mail`.
pub async fn list(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let content = state.content().await?;
    let mut rows = Vec::new();
    for broadcast in state.db.broadcasts(100).await? {
        rows.push(row(&state, &content, tr, broadcast).await?);
    }
    let page = ListPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-mail"),
            Some(&admin.user),
            "/admin/mail",
            token,
        ),
        rows,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

/// `GET /admin/mail/{id}`: one broadcast's progress.
pub async fn progress(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let broadcast = state.db.broadcast(id).await?.ok_or(WebError::NotFound)?;
    let content = state.content().await?;
    let row = row(&state, &content, tr, broadcast).await?;
    let (token, cookie) = super::form_token(&state, &headers);
    let mut frame = Frame::new(
        &state,
        &lang,
        row.subject.clone(),
        Some(&admin.user),
        "/admin/mail",
        token,
    );
    if row.progress.waiting > 0 {
        frame.refresh = Some(2);
    }
    let page = ProgressPage { frame, row };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}
