//! `/admin/signatures` (moderators): signatures held because their network signed unusually
//! often, to approve or remove; then every letter's signatures with the addresses the public
//! never sees.

use super::{CheckedForm, Frame, area_lang, audit_change, respond};
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::letters::Signature;
use crate::site::forms::ButtonForm;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};

#[derive(Template)]
#[template(path = "admin/signatures.html")]
struct SignaturesPage<'a> {
    frame: Frame<'a>,
    /// (letter title, signature) waiting for a decision.
    queue: Vec<(String, Signature)>,
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
    let (token, cookie) = super::form_token(&state, &headers);
    let content = state.content().await?;
    let mut letters = Vec::new();
    let mut queue = Vec::new();
    for post in &content.posts {
        if content
            .post_kinds
            .iter()
            .any(|k| k.slug == post.kind && k.signable)
        {
            let shown = post.best_language(&lang, &content.settings.default_language);
            let title = post.texts[shown].title.clone();
            let mut signatures = state.db.signatures(&post.slug).await?;
            signatures.reverse();
            queue.extend(
                signatures
                    .iter()
                    .filter(|s| s.flagged)
                    .map(|s| (title.clone(), s.clone())),
            );
            letters.push((title, signatures));
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
        queue,
        letters,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

/// `POST /admin/signatures/{id}/approve`: the held signature counts.
pub async fn approve(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    _headers: HeaderMap,
    CheckedForm(_form): CheckedForm<ButtonForm>,
) -> Result<Response, WebError> {
    // Approving twice (a double click, two moderators) is not an error: it is done.
    if state.db.approve_signature(id).await? {
        state.signatures_changed().await;
        audit_change(
            &state,
            Some(&admin.user),
            "approved a signature",
            &format!("signature {id}"),
            Some("held".into()),
            Some("counted".into()),
        )
        .await?;
    }
    Ok(Redirect::to("/admin/signatures").into_response())
}

/// `POST /admin/signatures/{id}/remove`: the signature and its data are deleted.
pub async fn remove(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    _headers: HeaderMap,
    CheckedForm(_form): CheckedForm<ButtonForm>,
) -> Result<Response, WebError> {
    if state.db.remove_signature(id).await? {
        state.signatures_changed().await;
        audit_change(
            &state,
            Some(&admin.user),
            "removed a signature",
            &format!("signature {id}"),
            None,
            None,
        )
        .await?;
    }
    Ok(Redirect::to("/admin/signatures").into_response())
}
