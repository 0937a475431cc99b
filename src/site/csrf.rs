//! CSRF protection for every form: a signed double-submit token.
//!
//! A random id lives in a `SameSite=Strict`, `HttpOnly` cookie; each form carries the id's
//! HMAC under the server's key. A POST is accepted only when the two match, which another site
//! can neither read nor forge.

use crate::registration::LinkKey;
use http::HeaderMap;

/// The cookie holding the form id.
pub const CSRF_COOKIE: &str = "convene_csrf";
const LABEL: &str = "csrf";

/// The token for a form and, when the visitor has no form cookie yet, the cookie to set.
pub fn form_token(key: &LinkKey, headers: &HeaderMap) -> (String, Option<String>) {
    match super::request::cookie(headers, CSRF_COOKIE)
        .filter(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        Some(id) => (key.sign(LABEL, id), None),
        None => {
            let id = crate::registration::new_nonce();
            let cookie = format!("{CSRF_COOKIE}={id}; Path=/; HttpOnly; SameSite=Strict");
            (key.sign(LABEL, &id), Some(cookie))
        }
    }
}

/// Whether a submitted form's token matches the visitor's cookie.
pub fn verify(key: &LinkKey, headers: &HeaderMap, token: &str) -> bool {
    super::request::cookie(headers, CSRF_COOKIE).is_some_and(|id| key.check(LABEL, id, token))
}
