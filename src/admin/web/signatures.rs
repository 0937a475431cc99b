//! `/admin/signatures` (moderators): the signatures of each open letter, newest first, with
//! the addresses the public never sees.

use super::{Frame, area_lang, respond};
use crate::admin::routes::Admin;
use crate::error::WebError;
use crate::letters::Signature;
use crate::site::csrf;
use crate::state::AppState;
use crate::storage::SignatureStore;
use askama::Template;
use axum::extract::{Extension, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};

#[derive(Template)]
#[template(path = "admin/signatures.html")]
struct SignaturesPage<'a> {
    frame: Frame<'a>,
    letters: Vec<(String, Vec<Signature>)>,
}

/// `GET /admin/signatures`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = csrf::form_token(&state.link_key, &headers);
    let content = state.content().await?;
    let mut letters = Vec::new();
    for post in &content.posts {
        if content
            .post_kinds
            .iter()
            .any(|k| k.slug == post.kind && k.signable)
        {
            let shown = post.best_language(&lang, &content.settings.default_language);
            let mut signatures = state.db.signatures(&post.slug).await?;
            signatures.reverse();
            letters.push((post.texts[shown].title.clone(), signatures));
        }
    }
    let page = SignaturesPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-signatures"),
            Some(&admin.user),
            "/admin/signatures",
            token,
        ),
        letters,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie, &headers))
}
