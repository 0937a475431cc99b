//! The demo's mailbox: `/demo/mail` lists the `.eml` files the file transport wrote, so a
//! person trying the demo can follow the links in them. Only routed by `convene demo`.

use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use mail_parser::MessageParser;

/// `/demo/mail` and `/demo/mail/{file}`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/demo/mail", get(list))
        .route("/demo/mail/{file}", get(show))
}

/// One mail in the list.
pub struct Entry {
    pub file: String,
    pub subject: String,
    pub to: String,
    pub date: String,
}

#[derive(Template)]
#[template(path = "demo_mailbox.html")]
struct ListPage {
    entries: Vec<Entry>,
}

#[derive(Template)]
#[template(path = "demo_mail.html")]
struct MailPage {
    subject: String,
    to: String,
    text: String,
    links: Vec<String>,
}

fn entries(state: &AppState) -> Vec<Entry> {
    let Ok(dir) = std::fs::read_dir(state.config.mail_dir()) else {
        return Vec::new();
    };
    let mut files: Vec<String> = dir
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".eml"))
        .collect();
    files.sort_unstable_by(|a, b| b.cmp(a));
    files
        .into_iter()
        .take(200)
        .filter_map(|file| {
            let bytes = std::fs::read(state.config.mail_dir().join(&file)).ok()?;
            let mail = MessageParser::default().parse(&bytes)?;
            Some(Entry {
                subject: mail.subject().unwrap_or_default().to_owned(),
                to: mail
                    .to()
                    .and_then(|t| t.first())
                    .and_then(|a| a.address())
                    .unwrap_or_default()
                    .to_owned(),
                date: mail.date().map(|d| d.to_rfc3339()).unwrap_or_default(),
                file,
            })
        })
        .collect()
}

async fn list(State(state): State<AppState>) -> Result<Response, WebError> {
    Ok(Html(
        ListPage {
            entries: entries(&state),
        }
        .render()?,
    )
    .into_response())
}

async fn show(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let valid = file.ends_with(".eml")
        && file
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        && !file.contains("..");
    if !valid {
        return Err(WebError::NotFound);
    }
    let bytes =
        std::fs::read(state.config.mail_dir().join(&file)).map_err(|_| WebError::NotFound)?;
    let mail = MessageParser::default()
        .parse(&bytes)
        .ok_or(WebError::NotFound)?;
    let text = mail
        .body_text(0)
        .map(|t| t.into_owned())
        .unwrap_or_default();
    let links = text
        .split_whitespace()
        .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
        .map(str::to_owned)
        .collect();
    let page = MailPage {
        subject: mail.subject().unwrap_or_default().to_owned(),
        to: mail
            .to()
            .and_then(|t| t.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned(),
        text,
        links,
    };
    Ok(Html(page.render()?).into_response())
}
