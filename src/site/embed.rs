//! The forms partner sites may frame (`/{lang}/embed/events/{slug}/register`,
//! `/{lang}/embed/letters/{slug}/sign`): the same handlers as the site's own forms, told by
//! [`Framing`] to draw no site chrome, to carry a form token that needs no cookie, and to
//! answer with CSP `frame-ancestors` naming exactly the origins organisers allowed in the
//! settings. Every other page keeps `frame-ancestors 'none'` and `X-Frame-Options: DENY`.
//!
//! Why no cookie: inside a partner's page the form is a third-party context. A `SameSite`
//! Strict or Lax cookie is not sent there, and a `SameSite=None` one is blocked outright by
//! browsers that block third-party cookies (Safari, Firefox's strict mode, Chrome for many
//! users) and would be sent by every other site's requests too. So the embedded form's token
//! is a signature of the server's key over the form it belongs to (`register/{event}` or
//! `sign/{letter}`), the time it was issued and a random nonce, valid for [`TOKEN_LIFETIME`].
//! Together with [`super::RefuseCrossSite`] (a POST whose `Origin` is another site is
//! refused before any handler) this refuses what CSRF protection is for: a form on another
//! site posting to ours. The form grants no authority (the address still has to be
//! confirmed from the mail), and the normal forms' rate limits apply unchanged.

use super::headers::{CONTENT_SECURITY_POLICY, Framable};
use crate::content::SiteSettings;
use crate::state::AppState;
use axum::response::Response;
use http::{HeaderMap, HeaderValue, header};
use jiff::{SignedDuration, Timestamp};

/// How long an embedded form's token is accepted after the page was shown.
pub const TOKEN_LIFETIME: SignedDuration = SignedDuration::from_hours(4);
const LABEL: &str = "embed-form";

/// Whether a form is the site's own page or the embeddable one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    Site,
    Embed,
}

impl Framing {
    /// `""` or `"embed/"`: what comes after `/{lang}/` in the form's own addresses.
    pub fn prefix(self) -> &'static str {
        match self {
            Framing::Site => "",
            Framing::Embed => "embed/",
        }
    }

    pub fn is_embed(self) -> bool {
        self == Framing::Embed
    }

    /// The token for the form `form` and, on the site, the cookie to set with it.
    pub fn token(
        self,
        state: &AppState,
        headers: &HeaderMap,
        form: &str,
    ) -> (String, Option<String>) {
        match self {
            Framing::Site => super::csrf::form_token(state, headers),
            Framing::Embed => (embed_token(state, form, state.clock.now()), None),
        }
    }

    /// Whether `token` was made for this visitor (site) or this form (embed), and is fresh.
    pub fn verify(self, state: &AppState, headers: &HeaderMap, form: &str, token: &str) -> bool {
        match self {
            Framing::Site => super::csrf::verify(state, headers, token),
            Framing::Embed => verify_embed_token(state, form, token, state.clock.now()),
        }
    }

    /// The page as it is sent: an embeddable page names the origins that may frame it.
    pub fn finish(self, settings: &SiteSettings, mut response: Response) -> Response {
        if self == Framing::Embed && !settings.embed_origins.is_empty() {
            let policy = frame_policy(settings);
            if let Ok(value) = HeaderValue::from_str(&policy) {
                response
                    .headers_mut()
                    .insert(header::CONTENT_SECURITY_POLICY, value);
                response.headers_mut().remove(header::X_FRAME_OPTIONS);
                response.extensions_mut().insert(Framable);
            }
        }
        response
    }
}

/// The site's CSP with `frame-ancestors` naming exactly the allowed origins.
pub fn frame_policy(settings: &SiteSettings) -> String {
    let origins: Vec<&str> = settings.embed_origins.iter().map(|o| o.as_str()).collect();
    CONTENT_SECURITY_POLICY.replace(
        "frame-ancestors 'none'",
        &format!("frame-ancestors {}", origins.join(" ")),
    )
}

fn embed_token(state: &AppState, form: &str, now: Timestamp) -> String {
    let issued = now.as_second();
    let nonce = crate::registration::new_nonce();
    let signature = state
        .link_key
        .sign(LABEL, &format!("{form}/{issued}/{nonce}"));
    format!("{issued}.{nonce}.{signature}")
}

fn verify_embed_token(state: &AppState, form: &str, token: &str, now: Timestamp) -> bool {
    let mut parts = token.splitn(3, '.');
    let (Some(issued), Some(nonce), Some(signature)) = (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let Ok(issued_at) = issued.parse::<i64>() else {
        return false;
    };
    let age = now.as_second() - issued_at;
    // A little slack for another instance's clock.
    (-60..=TOKEN_LIFETIME.as_secs()).contains(&age)
        && state
            .link_key
            .check(LABEL, &format!("{form}/{issued}/{nonce}"), signature)
}
