//! A certificate of attendance: a printable page in the attendee's language at a public
//! address whose token (128 random bits) is the proof — the page, served by the site
//! itself, shows the certificate is genuine. It names the attendee and the event, never an
//! e-mail address.

use crate::error::WebError;
use crate::site::Chrome;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use http::HeaderValue;

/// A new verification token: 128 random bits, hex.
pub fn new_token() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

/// Whether `token` looks like one of ours (so a stranger's guess costs no query).
fn well_formed(token: &str) -> bool {
    token.len() == 32
        && token
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

#[derive(Template)]
#[template(path = "certificate.html")]
struct CertificatePage<'a> {
    chrome: Chrome<'a>,
    name: String,
    event_title: String,
    dates: String,
    minutes: String,
    segments: Vec<String>,
    issued: String,
    verify_url: String,
}

/// The verification address of a certificate, in the attendee's language.
pub fn address(public_url: &str, lang: &str, token: &str) -> String {
    format!("{public_url}/{lang}/certificates/{token}")
}

/// `GET /{lang}/certificates/{token}`: the certificate in the page's language (the
/// address given out is in the attendee's).
pub async fn page(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
) -> Result<Response, WebError> {
    if !well_formed(&token) {
        return Err(WebError::NotFound);
    }
    let certificate = state
        .db
        .certificate(&token)
        .await?
        .ok_or(WebError::NotFound)?;
    let (name, _) = state
        .db
        .certificate_holder(certificate.registration)
        .await?
        .ok_or(WebError::NotFound)?;
    let content = state.content().await?;
    let settings = &content.settings;
    let lang = crate::site::site_lang(settings, &lang)?;
    let event = content
        .events
        .iter()
        .find(|e| e.slug == certificate.event)
        .ok_or(WebError::NotFound)?;
    let tr = state.catalog.translator(&lang);
    let formats = crate::i18n::Formats::new(&lang, settings.digits_for(&lang), settings.hijri)?;
    let zone = event.reference_zone.zone().clone();
    let text = event.shown_text(&lang, &settings.default_language, state.clock.now());
    let stays = state
        .db
        .stays(&event.slug, Some(certificate.registration))
        .await?;
    let spans: Vec<_> = event
        .segments
        .iter()
        .map(|s| (s.starts_at, s.ends_at()))
        .collect();
    let attended = super::report::attended(&stays, &spans, state.clock.now());
    let segments = attended
        .first()
        .map(|a| {
            a.segments
                .iter()
                .filter_map(|i| event.segments.get(*i))
                .map(|s| {
                    text.and_then(|t| t.segments.get(&s.id))
                        .map_or_else(|| s.id.to_string(), |t| t.title.clone())
                })
                .collect()
        })
        .unwrap_or_default();
    let day = event.starts_at.to_zoned_datetime(zone.clone()).date();
    let issued_day = certificate.issued_at.to_zoned_datetime(zone).date();
    let title = tr.t("certificate-title");
    let mut chrome = Chrome::new(
        &state,
        settings,
        &lang,
        &format!("certificates/{token}"),
        title,
        String::new(),
    );
    chrome.hreflang.clear();
    chrome.canonical.clear();
    let page = CertificatePage {
        chrome,
        name,
        event_title: text.map(|t| t.title.clone()).unwrap_or_default(),
        dates: formats.gregorian_date(day),
        minutes: tr.t_count(
            "certificate-minutes",
            certificate.minutes,
            &formats.number(certificate.minutes),
        ),
        segments,
        issued: tr.t_with(
            "certificate-issued",
            "date",
            &formats.gregorian_date(issued_day),
        ),
        verify_url: address(&state.public_url(), lang.as_str(), &token),
    };
    let mut response = Html(page.render()?).into_response();
    let h = response.headers_mut();
    h.insert(
        http::HeaderName::from_static("x-robots-tag"),
        HeaderValue::from_static("noindex"),
    );
    h.insert(
        http::header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        http::header::CACHE_CONTROL,
        HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_128_bits_of_lowercase_hex_and_guesses_of_another_shape_are_refused() {
        let token = super::new_token();
        assert!(super::well_formed(&token), "{token}");
        assert_ne!(token, super::new_token());
        assert!(!super::well_formed(&token.to_uppercase()));
        assert!(!super::well_formed("../etc/passwd"));
    }
}
