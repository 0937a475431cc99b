//! What every attendee's form post to the hall starts and ends with: the checks before it
//! does anything (the page's language, the confirmed registration behind the link, its
//! event, the form's CSRF token) and the answer it gets (204 or a JSON error for the
//! script; for a plain form, back to the hall, or the hall page again with the problem).

use super::page::{Choices, FormState, Visit, render};
use super::{attendee, hall_headers, json_error, wants_json};
use crate::content::{Event, SiteContent};
use crate::domain::Lang;
use crate::error::WebError;
use crate::i18n::Translator;
use crate::registration::Registration;
use crate::site::site_lang;
use crate::state::AppState;
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::sync::Arc;

/// Why a post was refused: the status, and the message in the page's language.
pub(super) type Refusal = (StatusCode, String);

/// An attendee's form post to the hall, checked.
pub(super) struct AttendeePost<'a> {
    pub state: &'a AppState,
    pub content: Arc<SiteContent>,
    /// The page's language.
    pub lang: Lang,
    /// The hall link's token.
    pub token: &'a str,
    pub reg: Registration,
    headers: &'a HeaderMap,
    /// The registration's event, by its position in `content.events`.
    event: usize,
}

impl<'a> AttendeePost<'a> {
    /// Checks a post in the order every hall form always has: the page's language, the
    /// confirmed registration behind the link, its event, then the form's token.
    pub async fn check(
        state: &'a AppState,
        lang: &str,
        token: &'a str,
        headers: &'a HeaderMap,
        csrf: &str,
    ) -> Result<Self, WebError> {
        let content = state.content().await?;
        let lang = site_lang(&content.settings, lang)?;
        let reg = attendee(state, token).await?;
        let event = content
            .events
            .iter()
            .position(|e| e.slug == reg.event)
            .ok_or(WebError::NotFound)?;
        if !crate::site::csrf::verify(state, headers, csrf) {
            return Err(WebError::BadRequest(
                "the form has expired; reload the hall and try again".to_owned(),
            ));
        }
        Ok(Self {
            state,
            content,
            lang,
            token,
            reg,
            headers,
            event,
        })
    }

    /// The event the hall is of.
    pub fn event(&self) -> &Event {
        &self.content.events[self.event]
    }

    /// Texts in the page's language.
    pub fn tr(&self) -> Translator<'_> {
        self.state.catalog.translator(&self.lang)
    }

    /// Whether the script sent the post (it reads 204 or a JSON error, not a page).
    pub fn sent_by_script(&self) -> bool {
        wants_json(self.headers)
    }

    /// Done: 204 for the script; a plain form goes back to the hall at `#{anchor}`.
    pub fn accepted(&self, anchor: &str) -> Response {
        if self.sent_by_script() {
            return StatusCode::NO_CONTENT.into_response();
        }
        let (lang, token) = (&self.lang, self.token);
        hall_headers(
            Redirect::to(&format!("/{lang}/hall/{token}#{anchor}")).into_response(),
            self.event(),
        )
    }

    /// The answer to a post that was done (`None`: back to `#{anchor}`) or refused: a JSON
    /// error for the script, else the hall page again with the refusal's status and the
    /// form as `returned` makes it from the message.
    pub async fn answer(
        &self,
        refused: Option<Refusal>,
        anchor: &str,
        returned: impl FnOnce(String) -> FormState,
    ) -> Result<Response, WebError> {
        match refused {
            None => Ok(self.accepted(anchor)),
            Some((status, message)) if self.sent_by_script() => Ok(json_error(status, message)),
            Some((status, message)) => {
                let visit = Visit {
                    state: self.state,
                    content: &self.content,
                    lang: &self.lang,
                    token: self.token,
                    reg: &self.reg,
                    headers: self.headers,
                };
                render(&visit, Choices::default(), status, returned(message)).await
            }
        }
    }
}
