//! CSRF protection for every form.
//!
//! For strangers (the public forms, the sign-in pages): a signed double-submit token. A
//! random id lives in a `__Host-` (Secure, see [`super::cookies`]), `SameSite=Strict`,
//! `HttpOnly` cookie; each form carries the id's HMAC under the server's key. A POST is
//! accepted only when the two match, which another site can neither read nor forge, nor
//! (thanks to the prefix) overwrite from a sibling domain or over plain HTTP.
//!
//! For the signed-in organisers: the token is the HMAC of the session's id, so a token taken
//! from one session is worthless in another (`admin::web::form_token`).
//!
//! Besides the token, [`super::origin`] refuses state-changing requests a browser marks as
//! cross-site.

use super::cookies::CookieName;
use crate::registration::LinkKey;
use crate::state::AppState;
use http::HeaderMap;

/// The cookie holding the form id.
pub const CSRF_COOKIE: CookieName = CookieName {
    secure: "__Host-convene_csrf",
    plain: "convene_csrf",
};
const LABEL: &str = "csrf";
const SESSION_LABEL: &str = "csrf-session";

/// The token for a form and, when the visitor has no form cookie yet, the cookie to set.
pub fn form_token(state: &AppState, headers: &HeaderMap) -> (String, Option<String>) {
    let key = &state.link_key;
    match CSRF_COOKIE
        .get(state, headers)
        .filter(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        Some(id) => (key.sign(LABEL, id), None),
        None => {
            let id = crate::registration::new_nonce();
            let cookie = CSRF_COOKIE.set(state, headers, &id, "");
            (key.sign(LABEL, &id), Some(cookie))
        }
    }
}

/// Whether a submitted form's token matches the visitor's cookie.
pub fn verify(state: &AppState, headers: &HeaderMap, token: &str) -> bool {
    CSRF_COOKIE
        .get(state, headers)
        .is_some_and(|id| state.link_key.check(LABEL, id, token))
}

/// The token of a signed-in session (by the hash of its id, as stored).
pub fn session_token(key: &LinkKey, session_hash: &str) -> String {
    key.sign(SESSION_LABEL, session_hash)
}

/// Whether `token` belongs to the session whose id hashes to `session_hash`.
pub fn verify_session(key: &LinkKey, session_hash: &str, token: &str) -> bool {
    key.check(SESSION_LABEL, session_hash, token)
}
