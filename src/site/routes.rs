//! The site's own routes: `/`, `/{lang}/`, the assets, the favicon and the health checks.

use super::{health, home};
use crate::state::AppState;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Redirect, Response};
use axum::routing::get;
use http::HeaderMap;

/// Routes for `/`, `/{lang}/`, assets, media and health.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home::root_redirect))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/favicon.ico", get(favicon))
        .route("/{lang}/", get(home::home_page))
        .route("/{lang}", get(home::add_slash))
        .route("/assets/{*path}", get(serve_asset))
}

/// `GET /favicon.ico`: browsers ask for it by name; the icon is an SVG asset.
async fn favicon(State(state): State<AppState>) -> Redirect {
    Redirect::permanent(&state.assets.url("favicon.svg"))
}

/// `GET /assets/{*path}`.
async fn serve_asset(
    State(state): State<AppState>,
    Path(path): Path<String>,
    headers: HeaderMap,
) -> Response {
    state.assets.response(&path, &headers)
}
