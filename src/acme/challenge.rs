//! The plain-HTTP side of the built-in HTTPS: it answers the CA's HTTP-01 challenges
//! (`/.well-known/acme-challenge/TOKEN`, RFC 8555 §8.3) and sends every other request to
//! the same address over HTTPS.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

/// The challenges of the orders in progress: token → key authorization.
#[derive(Clone, Default)]
pub struct Challenges(Arc<RwLock<HashMap<String, String>>>);

impl Challenges {
    /// Answers `token` with `key_authorization` until [`Challenges::remove`].
    pub fn insert(&self, token: &str, key_authorization: &str) {
        self.0
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(token.to_owned(), key_authorization.to_owned());
    }

    pub fn remove(&self, token: &str) {
        self.0
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(token);
    }

    fn answer(&self, token: &str) -> Option<String> {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(token)
            .cloned()
    }
}

#[derive(Clone)]
struct Plain {
    challenges: Challenges,
    /// `https://domain[:port]`, without a trailing slash.
    https_base: Arc<str>,
}

/// The router of the plain-HTTP listener: challenges, else a permanent redirect to
/// `https_base` with the same path and query. The redirect goes to the configured name,
/// never to the request's `Host`, so it cannot be pointed elsewhere.
pub fn plain_router(challenges: Challenges, https_base: String) -> Router {
    Router::new()
        .route(
            "/.well-known/acme-challenge/{token}",
            axum::routing::get(challenge),
        )
        .fallback(redirect)
        .with_state(Plain {
            challenges,
            https_base: https_base.into(),
        })
}

async fn challenge(State(plain): State<Plain>, Path(token): Path<String>) -> Response {
    match plain.challenges.answer(&token) {
        Some(key_authorization) => (
            [(header::CONTENT_TYPE, "application/octet-stream")],
            key_authorization,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn redirect(State(plain): State<Plain>, uri: Uri) -> Response {
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    match HeaderValue::try_from(format!("{}{path}", plain.https_base)) {
        // 308: browsers keep the method and body, and remember the move.
        Ok(location) => (
            StatusCode::PERMANENT_REDIRECT,
            [(header::LOCATION, location)],
        )
            .into_response(),
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    async fn get(router: &Router, uri: &str) -> Response {
        let request = http::Request::get(uri)
            .body(axum::body::Body::empty())
            .expect("request");
        router.clone().oneshot(request).await.expect("infallible")
    }

    #[tokio::test]
    async fn a_known_token_is_answered_and_everything_else_moves_to_https() {
        let challenges = Challenges::default();
        let router = plain_router(challenges.clone(), "https://conf.example.org".to_owned());
        challenges.insert("tok-1", "tok-1.thumbprint");
        let answer = get(&router, "/.well-known/acme-challenge/tok-1").await;
        assert_eq!(answer.status(), StatusCode::OK);
        let body = axum::body::to_bytes(answer.into_body(), 1024)
            .await
            .expect("body");
        assert_eq!(&body[..], b"tok-1.thumbprint");
        challenges.remove("tok-1");
        let gone = get(&router, "/.well-known/acme-challenge/tok-1").await;
        assert_eq!(gone.status(), StatusCode::NOT_FOUND);
        let moved = get(&router, "/en/events?page=2").await;
        assert_eq!(moved.status(), StatusCode::PERMANENT_REDIRECT);
        assert_eq!(
            moved.headers().get(header::LOCATION),
            Some(&HeaderValue::from_static(
                "https://conf.example.org/en/events?page=2"
            ))
        );
    }
}
