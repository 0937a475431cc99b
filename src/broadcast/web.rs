//! `/{lang}/unsubscribe/{token}`: the link at the foot of every broadcast. GET shows one
//! button; POST unsubscribes. The token is the capability (an HMAC only this server can
//! make, naming no address), so a POST needs no form token: RFC 8058's one-click POST comes
//! from the mail provider, without the visitor's cookies. A token this server did not make
//! is refused without touching the database.

use super::UnsubscribeToken;
use crate::error::WebError;
use crate::registration::web::LinkPage;
use crate::state::AppState;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use http::{HeaderMap, StatusCode};

/// The unsubscribe routes.
pub fn router() -> Router<AppState> {
    Router::new().route("/{lang}/unsubscribe/{token}", get(page).post(unsubscribe))
}

async fn page(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    answer(&state, &lang, &token, &headers, false).await
}

async fn unsubscribe(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    answer(&state, &lang, &token, &headers, true).await
}

async fn answer(
    state: &AppState,
    lang: &str,
    token: &str,
    headers: &HeaderMap,
    post: bool,
) -> Result<Response, WebError> {
    let page = LinkPage::open(state, lang, format!("unsubscribe/{token}"), headers).await?;
    let Some(verified) = UnsubscribeToken::verify(&state.link_key, token) else {
        return page.say(
            StatusCode::NOT_FOUND,
            "unsubscribe-invalid-heading",
            "unsubscribe-invalid-text",
        );
    };
    if !post {
        return page.ask(
            "unsubscribe-heading",
            "unsubscribe-text",
            "unsubscribe-button",
        );
    }
    state
        .db
        .unsubscribe(verified.address_hash(), state.clock.now())
        .await?;
    page.say(
        StatusCode::OK,
        "unsubscribe-done-heading",
        "unsubscribe-done-text",
    )
}
