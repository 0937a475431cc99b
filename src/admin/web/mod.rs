//! The pages of the organisers' area and what they share: their frame (language, direction,
//! navigation by permission), forms with CSRF tokens, and the "not allowed" page.

pub mod account;
pub mod announcements;
pub mod attendance;
pub mod audit;
mod audit_words;
pub mod caption_tracks;
pub mod captions;
pub mod chapters;
mod checked;
pub mod confirm;
pub mod dashboard;
pub mod edit;
pub mod event_new;
mod event_request;
pub mod event_state;
pub mod events;
mod form;
pub mod hall;
pub mod jobs;
pub mod kinds;
pub mod login;
pub mod login_code;
pub mod logout;
pub mod mail;
pub mod mail_compose;
pub mod media;
pub mod media_delete;
mod media_usage;
pub mod password_link;
pub mod poll_results;
pub mod polls;
pub mod post_edit;
mod post_media;
pub mod post_new;
pub mod post_page;
pub mod posts;
pub mod programme;
mod publishing;
pub mod registration;
pub mod registrations;
pub mod reset;
pub mod settings;
pub mod signatures;
pub mod source;
pub mod speakers;
pub mod supporters;
pub mod users;

pub use form::CheckedForm;

use super::{Permission, User};
use crate::domain::Lang;
use crate::error::WebError;
use crate::i18n::{Translator, negotiate};
use crate::site::csrf;
use crate::state::AppState;
use crate::storage::{AuditEntry, Audited};
use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use http::{HeaderMap, StatusCode};

/// Languages the organisers' area is written in.
const AREA_LANGUAGES: [&str; 6] = ["en", "ar", "ur", "tr", "id", "fr"];
/// The cookie remembering the area's language.
const LANG_COOKIE: &str = "convene_admin_lang";

/// The area's language for this request: `?lang=` remembered in a cookie, else the
/// browser's preference.
pub fn area_lang(headers: &HeaderMap) -> Lang {
    let offered: Vec<Lang> = AREA_LANGUAGES
        .iter()
        .filter_map(|l| l.parse().ok())
        .collect();
    let english: Lang = "en"
        .parse()
        .unwrap_or_else(|_| unreachable!("en is a language"));
    if let Some(chosen) = crate::site::request::cookie(headers, LANG_COOKIE)
        .and_then(|c| c.parse::<Lang>().ok())
        .filter(|l| offered.contains(l))
    {
        return chosen;
    }
    let accept = headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    negotiate(accept, &offered, &english).clone()
}

/// The frame of every page of the area.
pub struct Frame<'a> {
    pub lang: &'a Lang,
    pub dir: &'static str,
    pub tr: Translator<'a>,
    pub title: String,
    pub css: Vec<String>,
    pub icon: String,
    pub admin_js: String,
    /// (label, href, current) for the sections the person may use.
    pub nav: Vec<(String, String, bool)>,
    pub user_name: Option<String>,
    /// The CSRF token for the page's forms.
    pub csrf: String,
    /// Links to the area in other languages.
    pub languages: Vec<(String, String, String)>,
    /// The content revision an editor's form is based on (its hidden `revision` field).
    pub revision: i64,
    /// Why a save was refused because the content moved on meanwhile.
    pub conflict: Option<String>,
    /// Reload the page after this many seconds (progress that moves on by itself).
    pub refresh: Option<u32>,
}

impl<'a> Frame<'a> {
    pub fn new(
        state: &'a AppState,
        lang: &'a Lang,
        title: String,
        user: Option<&User>,
        current: &str,
        csrf: String,
    ) -> Self {
        let tr = state.catalog.translator(lang);
        let sections = [
            ("admin-nav-dashboard", "/admin/", Permission::SignedIn),
            (
                "admin-nav-registrations",
                "/admin/registrations",
                Permission::ManageRegistrations,
            ),
            (
                "admin-nav-jobs",
                "/admin/jobs",
                Permission::ManageRegistrations,
            ),
            ("admin-nav-posts", "/admin/posts", Permission::EditPosts),
            ("admin-nav-media", "/admin/media", Permission::EditPosts),
            ("admin-nav-mail", "/admin/mail", Permission::SendMail),
            (
                "admin-nav-supporters",
                "/admin/supporters",
                Permission::ManageRegistrations,
            ),
            (
                "admin-nav-signatures",
                "/admin/signatures",
                Permission::Moderate,
            ),
            ("admin-nav-hall", "/admin/hall", Permission::Moderate),
            ("admin-nav-events", "/admin/events", Permission::EditSite),
            (
                "admin-nav-settings",
                "/admin/settings",
                Permission::EditSite,
            ),
            ("admin-nav-users", "/admin/users", Permission::ManageUsers),
            ("admin-nav-audit", "/admin/audit", Permission::ManageUsers),
            ("admin-nav-account", "/admin/account", Permission::SignedIn),
        ];
        let nav = match user {
            Some(u) => sections
                .iter()
                .filter(|(_, _, p)| u.may(*p))
                .map(|(id, href, _)| (tr.t(id), (*href).to_owned(), *href == current))
                .collect(),
            None => Vec::new(),
        };
        let languages = AREA_LANGUAGES
            .iter()
            .map(|l| {
                (
                    (*l).to_owned(),
                    state.catalog.text(l, "language-name-self", None),
                    format!("{current}?lang={l}"),
                )
            })
            .collect();
        Self {
            lang,
            dir: lang.direction().html(),
            tr,
            title,
            css: vec![
                state.assets.url("css/fonts.css"),
                state.assets.url("css/site.css"),
                state.assets.url("css/admin.css"),
            ],
            icon: state.assets.url("favicon.svg"),
            admin_js: state.assets.url("js/admin.js"),
            nav,
            user_name: user.map(|u| u.name.clone()),
            csrf,
            languages,
            revision: 0,
            conflict: None,
            refresh: None,
        }
    }

    /// A content editor's frame: the revision its form is based on, and a conflict if any.
    pub fn editing(mut self, edit: edit::Edit) -> Self {
        self.revision = edit.revision;
        self.conflict = edit.conflict;
        self
    }

    /// The `class` of `<body>`, choosing the script's font.
    pub fn body_class(&self) -> &'static str {
        match self.lang.as_str() {
            "ur" => "script-nastaliq",
            "ar" => "script-naskh",
            _ => "script-latin",
        }
    }
}

/// A rendered page with its status and the CSRF cookie when new.
pub fn respond(status: StatusCode, html: String, csrf_cookie: Option<String>) -> Response {
    let mut response = (status, Html(html)).into_response();
    let h = response.headers_mut();
    if let Some(value) = csrf_cookie.and_then(|c| c.parse().ok()) {
        h.append(http::header::SET_COOKIE, value);
    }
    h.insert(
        http::header::REFERRER_POLICY,
        http::HeaderValue::from_static("same-origin"),
    );
    response
}

/// `?lang=xx` on any page of the area: remember the language and show the page without it.
pub fn language_choice(uri: &http::Uri) -> Option<Response> {
    let lang = uri
        .query()?
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .filter(|l| AREA_LANGUAGES.contains(l))?;
    let mut response = axum::response::Redirect::to(uri.path()).into_response();
    if let Ok(value) = format!("{LANG_COOKIE}={lang}; Path=/admin; SameSite=Lax").parse() {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    Some(response)
}

#[derive(Template)]
#[template(path = "admin/message.html")]
struct MessagePage<'a> {
    frame: Frame<'a>,
    heading: String,
    text: String,
}

/// A page with a heading and a sentence (not allowed, done, expired …).
pub fn message(
    state: &AppState,
    headers: &HeaderMap,
    user: Option<&User>,
    status: StatusCode,
    heading_id: &str,
    text: String,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = csrf::form_token(state, headers);
    let page = MessagePage {
        frame: Frame::new(state, &lang, tr.t(heading_id), user, "", token),
        heading: tr.t(heading_id),
        text,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// 403 with an explanation in the person's language.
pub fn forbidden(state: &AppState, user: &User, headers: &HeaderMap) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let text = state.catalog.translator(&lang).t("admin-forbidden-text");
    message(
        state,
        headers,
        Some(user),
        StatusCode::FORBIDDEN,
        "admin-forbidden-heading",
        text,
    )
}

/// The audit entry of a change (who, what, about what, before and after), to be written with
/// the change itself.
pub fn audited(
    state: &AppState,
    user: Option<&User>,
    action: &str,
    subject: &str,
    before: Option<String>,
    after: Option<String>,
) -> Audited {
    Audited {
        user_id: user.map(|u| u.id),
        entry: AuditEntry {
            at: state.clock.now(),
            actor: user.map_or_else(|| "command line".to_owned(), |u| u.email.clone()),
            action: action.to_owned(),
            subject: subject.to_owned(),
            before,
            after,
        },
    }
}

/// Records a change in the audit log on its own, for changes not made through
/// [`edit::save`] (which writes the entry in the change's transaction).
pub async fn audit_change(
    state: &AppState,
    user: Option<&User>,
    action: &str,
    subject: &str,
    before: Option<String>,
    after: Option<String>,
) -> Result<(), WebError> {
    let audited = audited(state, user, action, subject, before, after);
    state.db.audit(audited.user_id, &audited.entry).await?;
    Ok(())
}

/// The CSRF token for a page of the area and, when new, the cookie to set. With a session
/// (signed in, or half way) the token is bound to it: the HMAC of its id, so a token from one
/// session fails in another, and no form cookie is needed. Before signing in, the
/// double-submit cookie of the public forms.
pub fn form_token(state: &AppState, headers: &HeaderMap) -> (String, Option<String>) {
    match super::session::cookie_value(state, headers) {
        Some(token) => (
            csrf::session_token(&state.link_key, &super::session::token_hash(token)),
            None,
        ),
        None => csrf::form_token(state, headers),
    }
}

/// Whether a POSTed form carries the token [`form_token`] gave this request's session (or,
/// without one, this visitor's form cookie).
pub fn check_token(state: &AppState, headers: &HeaderMap, token: &str) -> bool {
    match super::session::cookie_value(state, headers) {
        Some(session) => {
            csrf::verify_session(&state.link_key, &super::session::token_hash(session), token)
        }
        None => csrf::verify(state, headers, token),
    }
}

/// The event `slug` of `content`; `NotFound` for any other.
pub(crate) fn event_by_slug<'c>(
    content: &'c crate::content::SiteContent,
    slug: &str,
) -> Result<&'c crate::content::Event, WebError> {
    content
        .events
        .iter()
        .find(|e| e.slug.as_str() == slug)
        .ok_or(WebError::NotFound)
}

/// The event's title in `lang`, else in the first language it has.
pub(crate) fn event_title(event: &crate::content::Event, lang: &crate::domain::Lang) -> String {
    event
        .texts
        .get(lang)
        .or_else(|| event.texts.values().next())
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

/// A post's title in `lang`, else in its first language.
pub(crate) fn post_title(post: &crate::content::Post, lang: &Lang) -> String {
    post.texts
        .get(lang)
        .or_else(|| post.texts.values().next())
        .map(|t| t.title.clone())
        .unwrap_or_else(|| post.slug.to_string())
}
