//! The online hall on the day: the attendee's page behind their personal link (stream,
//! live programme, premieres, Q&A, announcements, attendee count), its Server-Sent Events,
//! and the fan-out that carries updates to every open stream on one instance or many.

mod bus;
mod hub;
mod live;
mod model;
mod stream;
pub mod web;
mod windows;

pub use bus::Hall;
pub use hub::{Frame, Hub, STREAMS_PER_ATTENDEE};
pub use live::{LiveSegment, Phase, live_segment, phase, premiere_offset};
pub use model::*;
pub use stream::{StreamStart, respond as stream_response};
pub use windows::{ALIVE_FOR, Window, Windows};

/// The hall's public routes.
pub fn router() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/{lang}/hall/{token}", get(web::page))
        .route("/{lang}/hall/{token}/updates", get(web::updates))
        .route("/{lang}/hall/{token}/questions", post(web::ask))
        .route("/{lang}/hall/{token}/questions/{id}/vote", post(web::vote))
}
