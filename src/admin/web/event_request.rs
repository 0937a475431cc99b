//! What the organisers' pages about one event (`/admin/hall/{slug}/…`,
//! `/admin/events/{slug}/attendance`) start from: who asks about which event, and, once
//! the handler loads it, the event with the area's language, its texts and the page frame.
//! The route table has checked the role already (`routes.rs`).

use super::{Frame, area_lang, form_token};
use crate::admin::session::Admin;
use crate::content::{Event, EventText, SiteContent};
use crate::domain::Lang;
use crate::error::WebError;
use crate::i18n::{Formats, Translator};
use crate::state::AppState;
use axum::extract::{Extension, FromRequestParts, RawPathParams};
use axum::response::{IntoResponse, Response};
use http::HeaderMap;
use http::request::Parts;
use std::sync::Arc;

/// An organiser's request about the event named by the route's `{slug}`. Extracting it
/// reads nothing: the handler loads the event with [`EventRequest::load`] where it always
/// did (after the form's token is checked, so a bad token is refused before an unknown
/// event is looked for).
pub struct EventRequest {
    pub state: AppState,
    pub admin: Admin,
    pub slug: String,
    pub headers: HeaderMap,
}

impl FromRequestParts<AppState> for EventRequest {
    /// As `Extension<Admin>` and `Path` refuse: a route without the admin layer is a
    /// server error, a slug that is not UTF-8 a bad request.
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Extension(admin) = Extension::<Admin>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let slug = params
            .iter()
            .find(|(name, _)| *name == "slug")
            .map(|(_, value)| value.to_owned())
            .ok_or_else(|| WebError::NotFound.into_response())?;
        Ok(Self {
            state: state.clone(),
            admin,
            slug,
            headers: parts.headers.clone(),
        })
    }
}

impl EventRequest {
    /// The site's content and the event in it; `NotFound` for a slug no event has.
    pub async fn load(&self) -> Result<LoadedEvent<'_>, WebError> {
        let content = self.state.content().await?;
        let index = event_index(&content, &self.slug)?;
        Ok(LoadedEvent {
            request: self,
            lang: area_lang(&self.headers),
            content,
            index,
        })
    }
}

/// The position of the event `slug` in `content`; `NotFound` for any other.
fn event_index(content: &SiteContent, slug: &str) -> Result<usize, WebError> {
    content
        .events
        .iter()
        .position(|e| e.slug.as_str() == slug)
        .ok_or(WebError::NotFound)
}

/// The event a request is about, with the content it belongs to, in the area's language.
pub struct LoadedEvent<'r> {
    pub request: &'r EventRequest,
    pub content: Arc<SiteContent>,
    /// The area's language (not the event's).
    pub lang: Lang,
    index: usize,
}

impl LoadedEvent<'_> {
    pub fn event(&self) -> &Event {
        &self.content.events[self.index]
    }

    /// Texts in the area's language.
    pub fn tr(&self) -> Translator<'_> {
        self.request.state.catalog.translator(&self.lang)
    }

    /// Dates and numbers as the site writes them in the area's language.
    pub fn formats(&self) -> Result<Formats, WebError> {
        let (settings, lang) = (&self.content.settings, &self.lang);
        Ok(Formats::new(
            lang,
            settings.digits_for(lang),
            settings.hijri,
        )?)
    }

    /// The event's texts in the area's language, else the site's default one.
    pub fn text(&self) -> Option<&EventText> {
        self.event()
            .organiser_text(&self.lang, &self.content.settings.default_language)
    }

    /// The event's title as [`LoadedEvent::text`] has it (empty without texts).
    pub fn title(&self) -> String {
        self.text().map(|t| t.title.clone()).unwrap_or_default()
    }

    /// The area's frame of a page titled `title_id`, under the navigation's `current`
    /// section, with the CSRF cookie to set when the token is new.
    pub fn frame(&self, title_id: &str, current: &str) -> (Frame<'_>, Option<String>) {
        let request = self.request;
        let (token, cookie) = form_token(&request.state, &request.headers);
        let title = self.tr().t(title_id);
        let user = Some(&request.admin.user);
        let frame = Frame::new(&request.state, &self.lang, title, user, current, token);
        (frame, cookie)
    }
}
