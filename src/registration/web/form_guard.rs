//! What every public form a stranger can send does around its own fields: before reading a
//! word of it, the per-network rate limit, the form token (the site's CSRF cookie, or an
//! embedded form's signed token) and the honeypot; the name, address and country it asks
//! everyone for; and how its page goes out (the form cookie, private, framed or not). The
//! registration form and a letter's sign form share it.

use super::message::with_cookie;
use crate::content::SiteSettings;
use crate::domain::{CountryCode, EmailAddress};
use crate::error::WebError;
use crate::i18n::Translator;
use crate::registration::PersonName;
use crate::site::embed::Framing;
use crate::site::forms::{FieldError, parse_field};
use crate::site::{RetryAfter, network_key};
use crate::state::AppState;
use axum::response::{Html, IntoResponse, Response};
use http::{HeaderMap, StatusCode};
use jiff::Timestamp;
use std::net::IpAddr;

/// One submission, as far as the guard looks at it.
pub(crate) struct Submission<'a> {
    pub framing: Framing,
    /// What an embedded form's token is tied to (`register/{event}`, `sign/{letter}`).
    pub form_id: &'a str,
    /// The form token the submission carried.
    pub csrf: &'a str,
    /// The honeypot field: hidden from people, filled in by naive bots.
    pub honeypot: &'a str,
}

/// What the guard decided.
pub(crate) enum Verdict {
    /// Go on and check the fields.
    Pass,
    /// The honeypot was filled in: answer as if it worked, and keep nothing.
    Bot,
    /// Show the form again, as typed, with a banner saying why.
    Refused(Refusal),
}

/// A submission turned back before its fields were read.
pub(crate) struct Refusal {
    pub banner: String,
    pub status: StatusCode,
    /// Set when the network's rate limit was reached.
    retry: Option<RetryAfter>,
}

impl Refusal {
    /// The refused form's page as it is sent: with `Retry-After` after the rate limit.
    pub fn finish(self, response: Response) -> Response {
        match self.retry {
            Some(retry) => retry.on(response),
            None => response,
        }
    }
}

/// Checks, in this order, the client's network against the form limit, the form token, and
/// the honeypot.
pub(crate) async fn check(
    state: &AppState,
    headers: &HeaderMap,
    client: IpAddr,
    now: Timestamp,
    tr: Translator<'_>,
    submission: Submission<'_>,
) -> Result<Verdict, WebError> {
    if let Err(retry) = state
        .limits
        .forms_per_ip
        .hit(&network_key(client), now)
        .await?
    {
        let minutes = retry.minutes();
        return Ok(Verdict::Refused(Refusal {
            banner: tr.t_with("register-error-rate", "minutes", &minutes.to_string()),
            status: StatusCode::TOO_MANY_REQUESTS,
            retry: Some(retry),
        }));
    }
    let Submission {
        framing,
        form_id,
        csrf,
        honeypot,
    } = submission;
    if !framing.verify(state, headers, form_id, csrf) {
        return Ok(Verdict::Refused(Refusal {
            banner: tr.t("register-error-session"),
            status: StatusCode::FORBIDDEN,
            retry: None,
        }));
    }
    if !honeypot.is_empty() {
        return Ok(Verdict::Bot);
    }
    Ok(Verdict::Pass)
}

/// The name, address and country as typed, each parsed or explained in `errors`.
pub(crate) fn person(
    name: &str,
    email: &str,
    country: &str,
    tr: Translator<'_>,
    errors: &mut Vec<FieldError>,
) -> Option<(PersonName, EmailAddress, CountryCode)> {
    let name = parse_field::<PersonName>(name, "name", "register-error-name", tr, errors);
    let email = parse_field::<EmailAddress>(email, "email", "register-error-email", tr, errors);
    let country =
        parse_field::<CountryCode>(country, "country", "register-error-country", tr, errors);
    Some((name?, email?, country?))
}

/// A form's page as it is sent: its form cookie (if a new one was made), private, and
/// naming who may frame it when embedded.
pub(crate) fn form_page(
    framing: Framing,
    settings: &SiteSettings,
    status: StatusCode,
    html: String,
    cookie: Option<String>,
) -> Response {
    let response = with_cookie((status, Html(html)).into_response(), cookie);
    framing.finish(settings, response)
}
