//! Sessions of the organisers' area: a random token in a `__Host-` cookie (Secure, HttpOnly,
//! SameSite=Strict; `site::cookies` says when plain HTTP needs another name), its SHA-256 in
//! the database, idle and absolute timeouts.

use super::User;
use crate::error::WebError;
use crate::site::CookieName;
use crate::state::AppState;
use http::HeaderMap;
use jiff::SignedDuration;
use sha2::{Digest, Sha256};

/// The signed-in person, for handlers behind `Needs(…)` (the `authorize` layer puts it in
/// the request's extensions).
#[derive(Clone, Debug)]
pub struct Admin {
    pub user: User,
    pub token_hash: String,
}

/// A person with a password but without the second factor yet.
#[derive(Clone, Debug)]
pub struct HalfSignedIn {
    pub user: User,
    pub token_hash: String,
}

/// The session cookie. The `__Host-` prefix makes browsers refuse it unless it is Secure,
/// has no Domain and has Path=/; the plain name only where a browser would refuse a Secure
/// cookie (plain HTTP off the visitor's machine, see `site::cookies`).
pub const COOKIE_NAME: CookieName = CookieName {
    secure: "__Host-convene_session",
    plain: "convene_session",
};
/// The session cookie's name over HTTPS and on localhost.
pub const COOKIE: &str = COOKIE_NAME.secure;
/// A session ends after this long without a request.
pub const IDLE: SignedDuration = SignedDuration::from_mins(30);
/// …and this long after it began, however busy.
pub const ABSOLUTE: SignedDuration = SignedDuration::from_hours(12);

/// A new session token and the hash to store.
pub fn new_token() -> (String, String) {
    let token = hex::encode(rand::random::<[u8; 32]>());
    let hash = token_hash(&token);
    (token, hash)
}

/// How a token is stored.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The `Set-Cookie` value that starts a session.
pub fn set_cookie(state: &AppState, headers: &HeaderMap, token: &str) -> String {
    COOKIE_NAME.set(state, headers, token, "")
}

/// The `Set-Cookie` value that removes it.
pub fn clear_cookie(state: &AppState, headers: &HeaderMap) -> String {
    COOKIE_NAME.set(state, headers, "", "; Max-Age=0")
}

/// The session token the request carries, if it has the form of one.
pub fn cookie_value<'h>(state: &AppState, headers: &'h HeaderMap) -> Option<&'h str> {
    COOKIE_NAME
        .get(state, headers)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The session a request carries.
pub enum Current {
    /// None, expired, or its person disabled.
    None,
    /// Password given, second factor still to come.
    Pending { user: User, token_hash: String },
    /// Signed in.
    Active { user: User, token_hash: String },
}

/// Reads and checks the request's session, ending it when it has timed out.
pub async fn current(state: &AppState, headers: &HeaderMap) -> Result<Current, WebError> {
    let Some(token) = cookie_value(state, headers) else {
        return Ok(Current::None);
    };
    let hash = token_hash(token);
    let now = state.clock.now();
    let Some(session) = state.db.session(&hash, now).await? else {
        return Ok(Current::None);
    };
    let idle = now.duration_since(session.last_seen_at) > IDLE;
    let too_old = now.duration_since(session.created_at) > ABSOLUTE;
    if idle || too_old || session.user.disabled {
        state.db.end_session(&hash).await?;
        return Ok(Current::None);
    }
    Ok(if session.verified {
        Current::Active {
            user: session.user,
            token_hash: hash,
        }
    } else {
        Current::Pending {
            user: session.user,
            token_hash: hash,
        }
    })
}
