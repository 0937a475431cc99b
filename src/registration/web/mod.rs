//! The registration pages: the form, the confirmation link, the personal page.
//!
//! None of these pages is cached (they carry per-visitor tokens) and all of them are sent
//! with `Referrer-Policy: no-referrer`, because their addresses carry links' tokens.

mod calendar;
pub(crate) mod form;
mod form_check;
pub(crate) mod form_guard;
mod message;
pub(crate) mod personal;
mod schedule;

pub(crate) use message::LinkPage;

use crate::site::embed::Framing;
use crate::state::AppState;
use axum::routing::{get, post};
use axum::{Extension, Router};

/// Routes of the registration flow.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/{lang}/events/{slug}/register",
            get(form::show)
                .post(form::submit)
                .layer(Extension(Framing::Site)),
        )
        .route(
            "/{lang}/events/{slug}/register/sent",
            get(form::sent).layer(Extension(Framing::Site)),
        )
        .route(
            "/{lang}/embed/events/{slug}/register",
            get(form::show)
                .post(form::submit)
                .layer(Extension(Framing::Embed)),
        )
        .route(
            "/{lang}/embed/events/{slug}/register/sent",
            get(form::sent).layer(Extension(Framing::Embed)),
        )
        .route(
            "/{lang}/registrations/confirm/{token}",
            get(personal::confirm_page).post(personal::confirm),
        )
        .route("/{lang}/registrations/{token}", get(personal::page))
        .route(
            "/{lang}/registrations/{token}/cancel",
            post(personal::cancel),
        )
        .route(
            "/{lang}/registrations/{token}/accept",
            post(personal::accept),
        )
        .route(
            "/{lang}/registrations/{token}/delete",
            post(personal::erase),
        )
        .route(
            "/{lang}/registrations/{token}/language",
            post(personal::language),
        )
        .route(
            "/{lang}/registrations/{token}/calendar.ics",
            get(calendar::calendar_file),
        )
}

/// Marks a response private and keeps its address out of other sites' logs.
pub(crate) fn private(mut response: axum::response::Response) -> axum::response::Response {
    let h = response.headers_mut();
    h.insert(
        http::header::REFERRER_POLICY,
        http::HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("no-store"),
    );
    response
}
