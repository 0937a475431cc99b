//! The demo's mailbox: `/demo/mail` lists the `.eml` files the file transport wrote, so a
//! person trying the demo can follow the links in them. Only routed by `convene demo`, and
//! only for this machine: it shows every password-reset link, so when the demo listens
//! beyond loopback the mailbox asks for a random token printed at start.

use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, Extension, Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use mail_parser::MessageParser;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use subtle::ConstantTimeEq;

/// Who may read the mailbox.
#[derive(Clone, Debug)]
pub enum Access {
    /// The demo listens on loopback: whoever connects is on this machine.
    Loopback,
    /// The demo listens beyond loopback: the token printed at start is needed.
    Token(Arc<str>),
}

impl Access {
    /// The access for a server listening on `listen`: a fresh random token unless loopback.
    pub fn for_listen(listen: IpAddr) -> Self {
        if listen.is_loopback() {
            Self::Loopback
        } else {
            Self::Token(hex::encode(rand::random::<[u8; 16]>()).into())
        }
    }

    /// The query that opens the mailbox (`""` or `?token=…`), added to its every link.
    pub fn query(&self) -> String {
        match self {
            Self::Loopback => String::new(),
            Self::Token(token) => format!("?token={token}"),
        }
    }

    /// Whether a request from `peer` carrying `token` may read the mailbox.
    fn allows(&self, peer: IpAddr, token: Option<&str>) -> bool {
        match self {
            Self::Loopback => peer.is_loopback(),
            Self::Token(expected) => {
                token.is_some_and(|t| bool::from(t.as_bytes().ct_eq(expected.as_bytes())))
            }
        }
    }
}

/// `?token=…`.
#[derive(serde::Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

/// `/demo/mail` and `/demo/mail/{file}`, readable as `access` allows.
pub fn router(access: Access) -> Router<AppState> {
    Router::new()
        .route("/demo/mail", get(list))
        .route("/demo/mail/{file}", get(show))
        .layer(Extension(access))
}

/// The mailbox's query for its links, or not found (the mailbox does not say it exists).
fn admit(
    access: &Access,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    query: &TokenQuery,
) -> Result<String, WebError> {
    if access.allows(peer.ip(), query.token.as_deref()) {
        Ok(access.query())
    } else {
        Err(WebError::NotFound)
    }
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
    /// `?token=…` when the mailbox needs it.
    query: String,
}

#[derive(Template)]
#[template(path = "demo_mail.html")]
struct MailPage {
    query: String,
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

async fn list(
    State(state): State<AppState>,
    Extension(access): Extension<Access>,
    peer: ConnectInfo<SocketAddr>,
    Query(token): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let query = admit(&access, peer, &token)?;
    Ok(Html(
        ListPage {
            entries: entries(&state),
            query,
        }
        .render()?,
    )
    .into_response())
}

async fn show(
    State(state): State<AppState>,
    Extension(access): Extension<Access>,
    peer: ConnectInfo<SocketAddr>,
    Query(token): Query<TokenQuery>,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let query = admit(&access, peer, &token)?;
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
        query,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("address")
    }

    #[test]
    fn on_loopback_only_this_machine_reads_without_a_token() {
        let access = Access::for_listen(ip("127.0.0.1"));
        assert!(access.allows(ip("127.0.0.1"), None));
        assert!(access.allows(ip("::1"), None));
        assert!(!access.allows(ip("192.0.2.7"), None), "a proxied stranger");
        assert_eq!(access.query(), "");
    }

    #[test]
    fn beyond_loopback_only_the_token_opens_it_from_anywhere() {
        let access = Access::for_listen(ip("0.0.0.0"));
        let Access::Token(token) = &access else {
            panic!("a token is needed beyond loopback")
        };
        assert_eq!(access.query(), format!("?token={token}"));
        assert!(access.allows(ip("192.0.2.7"), Some(token)));
        assert!(!access.allows(ip("127.0.0.1"), None));
        assert!(!access.allows(ip("127.0.0.1"), Some(&token[1..])));
        assert!(!access.allows(ip("127.0.0.1"), Some("")));
        let Access::Token(other) = Access::for_listen(ip("::")) else {
            panic!("a token")
        };
        assert_ne!(token, &other, "each start draws a new token");
    }
}
