//! Live counts for partner sites (issue 16): an event's places left and a letter's
//! signatures as small SVG badges (`/badges/…​.svg?lang=`), and the letter's count as JSON
//! (`/api/v1/letters/{slug}`; an event's places are in `/api/v1/events/{slug}`). Anyone may
//! fetch them from any site (`Access-Control-Allow-Origin: *`); they are cached for ten
//! seconds, so a page full of badges costs the server little.

use crate::content::SiteSettings;
use crate::domain::{Lang, Slug};
use crate::error::WebError;
use crate::i18n::{Formats, escape_html};
use crate::state::AppState;
use axum::Json;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};

/// The badge and count routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/badges/events/{slug}/places.svg", get(places_badge))
        .route(
            "/badges/letters/{slug}/signatures.svg",
            get(signatures_badge),
        )
        .route("/api/v1/letters/{slug}", get(letter_count))
}

#[derive(Debug, Deserialize)]
pub struct LangQuery {
    lang: Option<String>,
}

fn lang_of(settings: &SiteSettings, asked: Option<&str>) -> Result<Lang, WebError> {
    match asked {
        None => Ok(settings.default_language.clone()),
        Some(raw) => raw
            .parse::<Lang>()
            .ok()
            .filter(|l| settings.offers(l))
            .ok_or_else(|| WebError::BadRequest(format!("lang {raw:?} is not offered"))),
    }
}

/// Shared by every answer: open to every site, fresh for ten seconds.
fn public(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        http::header::ACCESS_CONTROL_ALLOW_ORIGIN,
        http::HeaderValue::from_static("*"),
    );
    h.insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("public, max-age=10"),
    );
    response
}

/// A two-part badge: `label` on grey, `value` on blue; readable without colour (the title
/// and `aria-label` say it in words).
pub fn badge(label: &str, value: &str, lang: &Lang) -> String {
    // Wide enough for the text in a 12 px sans-serif: about 7 px a character.
    let width = |text: &str| 12 + 7 * text.chars().count();
    let (lw, vw) = (width(label), width(value));
    let total = lw + vw;
    let (label, value) = (escape_html(label), escape_html(value));
    let dir = lang.direction().html();
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="20" role="img" aria-label="{label}: {value}" xml:lang="{lang}" direction="{dir}"><title>{label}: {value}</title><rect width="{lw}" height="20" fill="#3d4f5c"/><rect x="{lw}" width="{vw}" height="20" fill="#0b5f86"/><g fill="#fff" font-family="system-ui,sans-serif" font-size="12" text-anchor="middle"><text x="{lx}" y="14">{label}</text><text x="{vx}" y="14">{value}</text></g></svg>"##,
        lx = lw / 2,
        vx = lw + vw / 2,
    )
}

fn svg(body: String) -> Response {
    public(
        (
            [(http::header::CONTENT_TYPE, "image/svg+xml; charset=utf-8")],
            body,
        )
            .into_response(),
    )
}

async fn places_badge(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<LangQuery>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let settings = &content.settings;
    let lang = lang_of(settings, q.lang.as_deref())?;
    let slug: Slug = slug.parse().map_err(|_| WebError::NotFound)?;
    if !content.events.iter().any(|e| e.slug == slug) {
        return Err(WebError::NotFound);
    }
    let places = state.db.places(&slug).await?;
    let tr = state.catalog.translator(&lang);
    let formats = Formats::new(&lang, settings.digits_for(&lang), settings.hijri)?;
    let value = match places.left() {
        Some(left) => formats.number(left),
        None => tr.t("badge-places-open"),
    };
    Ok(svg(badge(&tr.t("badge-places-left"), &value, &lang)))
}

/// A letter's signatures as counted on its page (confirmed ones), and its goal if it has one.
#[derive(Serialize)]
struct LetterCount {
    slug: String,
    signatures: i64,
    goal: Option<u32>,
}

/// The letter `slug` if it is one people sign.
fn signable(content: &crate::content::SiteContent, slug: &Slug) -> Result<Option<u32>, WebError> {
    let post = content
        .posts
        .iter()
        .find(|p| p.slug == *slug)
        .ok_or(WebError::NotFound)?;
    let kind_signable = content
        .post_kinds
        .iter()
        .any(|k| k.slug == post.kind && k.signable);
    if !kind_signable {
        return Err(WebError::NotFound);
    }
    Ok(post.signature_goal.map(|g| g.get()))
}

async fn letter_count(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let slug: Slug = slug.parse().map_err(|_| WebError::NotFound)?;
    let goal = signable(&content, &slug)?;
    let signatures = state.db.signature_count(&slug).await?;
    Ok(public(
        Json(LetterCount {
            slug: slug.to_string(),
            signatures,
            goal,
        })
        .into_response(),
    ))
}

async fn signatures_badge(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<LangQuery>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let settings = &content.settings;
    let lang = lang_of(settings, q.lang.as_deref())?;
    let slug: Slug = slug.parse().map_err(|_| WebError::NotFound)?;
    signable(&content, &slug)?;
    let count = state.db.signature_count(&slug).await?;
    let tr = state.catalog.translator(&lang);
    let formats = Formats::new(&lang, settings.digits_for(&lang), settings.hijri)?;
    Ok(svg(badge(
        &tr.t("badge-signatures"),
        &formats.number(count),
        &lang,
    )))
}

#[cfg(test)]
mod tests {
    use super::badge;

    #[test]
    fn a_badge_escapes_its_text_and_says_it_in_words() {
        let svg = badge("Places <left>", "12", &"en".parse().expect("lang"));
        assert!(svg.contains("aria-label=\"Places &lt;left&gt;: 12\""));
        assert!(!svg.contains("<left>"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        let arabic = badge("التوقيعات", "١٢", &"ar".parse().expect("lang"));
        assert!(arabic.contains("direction=\"rtl\""));
    }
}
