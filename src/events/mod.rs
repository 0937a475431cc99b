//! Events: the public event page and the read-only JSON API.

mod api;
mod page;
pub use page::render_event_page;
mod registration_state;
mod video;
pub(crate) mod view;
pub use registration_state::RegistrationState;

use crate::state::AppState;
use axum::Router;
use axum::routing::get;

/// Routes for event pages and `/api/v1/…`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{lang}/events/{slug}", get(page::event_page))
        .route(
            "/{lang}/events/{slug}/recordings",
            get(page::recordings_page),
        )
        .route("/api/v1/events", get(api::list_events))
        .route("/api/v1/events/{slug}", get(api::get_event))
        .route("/api/v1/openapi.json", get(api::openapi))
}
