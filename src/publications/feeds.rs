//! Feeds and files for machines: Atom per language, kind and chapter; an iCalendar feed of
//! upcoming events; `sitemap.xml` with `hreflang` alternates; `robots.txt`.
//!
//! None of them ever carries an e-mail address: they are built from published content only.

use crate::content::{Post, SiteContent};
use crate::domain::Lang;
use crate::error::WebError;
use crate::i18n::escape_html as xml;
use crate::registration::{CalendarEntry, CalendarMethod, calendar_of};
use crate::site::site_lang;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::header::{CACHE_CONTROL, CONTENT_TYPE};
use jiff::Timestamp;
use std::borrow::Cow;

/// Entries in a feed.
const FEED_ENTRIES: usize = 30;

fn respond(content_type: &'static str, body: String) -> Response {
    (
        [
            (CONTENT_TYPE, content_type),
            (CACHE_CONTROL, "public, max-age=300"),
        ],
        body,
    )
        .into_response()
}

fn rfc3339(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// What an Atom feed is of.
enum FeedOf<'a> {
    All,
    Kind(&'a str),
    Chapter(&'a str),
}

/// An Atom feed (RFC 4287) of the posts written in `lang` that `of` selects.
fn atom(
    state: &AppState,
    content: &SiteContent,
    lang: &Lang,
    of: FeedOf<'_>,
) -> Result<String, WebError> {
    let base = state.public_url();
    let now = state.clock.now();
    let site = content.settings.text(lang);
    let (title, path) = match of {
        FeedOf::All => (site.site_name.clone(), format!("/{lang}/posts/")),
        FeedOf::Kind(kind) => {
            let k = content
                .post_kinds
                .iter()
                .find(|k| k.slug.as_str() == kind)
                .ok_or(WebError::NotFound)?;
            (
                format!(
                    "{} · {}",
                    k.plural.get(lang).cloned().unwrap_or_default(),
                    site.site_name
                ),
                format!("/{lang}/kinds/{kind}/"),
            )
        }
        FeedOf::Chapter(chapter) => {
            let c = content
                .chapters
                .iter()
                .find(|c| c.slug.as_str() == chapter)
                .ok_or(WebError::NotFound)?;
            (
                format!(
                    "{} · {}",
                    c.name.get(lang).cloned().unwrap_or_default(),
                    site.site_name
                ),
                format!("/{lang}/chapters/{chapter}/"),
            )
        }
    };
    let selected = |p: &Cow<'_, Post>| match of {
        FeedOf::All => true,
        FeedOf::Kind(kind) => p.kind.as_str() == kind,
        FeedOf::Chapter(chapter) => p.chapter.as_ref().is_some_and(|c| c.as_str() == chapter),
    };
    // Only versions public now; each entry dated from when its version became public.
    let posts: Vec<Cow<'_, Post>> = content
        .public_posts(now)
        .filter(|p| p.texts.contains_key(lang))
        .filter(selected)
        .take(FEED_ENTRIES)
        .collect();
    let public_from = |p: &Post| p.public_from(lang).unwrap_or_else(|| p.published_at());
    let updated = posts
        .iter()
        .map(|p| public_from(p))
        .max()
        .unwrap_or(Timestamp::UNIX_EPOCH);
    let self_href = match of {
        FeedOf::All => format!("{base}/{lang}/feed.atom"),
        _ => format!("{base}{path}feed.atom"),
    };
    let mut out = String::with_capacity(4096);
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
         <title>{}</title>\n<subtitle>{}</subtitle>\n<id>{}</id>\n<updated>{}</updated>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
         <author><name>{}</name></author>\n<generator>Convene</generator>\n",
        xml(&title),
        xml(&site.tagline),
        xml(&self_href),
        rfc3339(updated),
        xml(&self_href),
        xml(&format!("{base}{path}")),
        xml(&site.organiser),
    ));
    for post in &posts {
        let text = &post.texts[lang];
        let href = format!("{base}/{lang}/posts/{}", post.slug);
        let author = match &post.chapter {
            Some(slug) => content
                .chapters
                .iter()
                .find(|c| &c.slug == slug)
                .and_then(|c| c.name.get(lang).cloned())
                .unwrap_or_default(),
            None => site.organiser.clone(),
        };
        let kind = content
            .post_kinds
            .iter()
            .find(|k| k.slug == post.kind)
            .and_then(|k| k.name.get(lang).cloned())
            .unwrap_or_default();
        out.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
             <published>{}</published>\n<updated>{}</updated>\n<author><name>{}</name></author>\n\
             <category term=\"{}\" label=\"{}\"/>\n<summary>{}</summary>\n<content type=\"html\">{}</content>\n",
            xml(&text.title),
            xml(&href),
            xml(&href),
            rfc3339(public_from(post)),
            rfc3339(public_from(post)),
            xml(&author),
            xml(post.kind.as_str()),
            xml(&kind),
            xml(&text.summary),
            xml(&crate::markdown::to_safe_html_linking(
                &text.body,
                &format!("{base}/{lang}/hashtags/")
            )),
        ));
        for other in post.texts.keys().filter(|l| *l != lang) {
            out.push_str(&format!(
                "<link rel=\"alternate\" type=\"text/html\" hreflang=\"{other}\" href=\"{}\"/>\n",
                xml(&format!("{base}/{other}/posts/{}", post.slug))
            ));
        }
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    Ok(out)
}

const ATOM: &str = "application/atom+xml; charset=utf-8";

/// `GET /{lang}/feed.atom`.
pub async fn language_feed(
    State(state): State<AppState>,
    Path(lang): Path<String>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    Ok(respond(ATOM, atom(&state, &content, &lang, FeedOf::All)?))
}

/// `GET /{lang}/kinds/{kind}/feed.atom`.
pub async fn kind_feed(
    State(state): State<AppState>,
    Path((lang, kind)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    Ok(respond(
        ATOM,
        atom(&state, &content, &lang, FeedOf::Kind(&kind))?,
    ))
}

/// `GET /{lang}/chapters/{chapter}/feed.atom`.
pub async fn chapter_feed(
    State(state): State<AppState>,
    Path((lang, chapter)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, &lang)?;
    Ok(respond(
        ATOM,
        atom(&state, &content, &lang, FeedOf::Chapter(&chapter))?,
    ))
}

/// `GET /events.ics`: upcoming events in the default language, to subscribe to.
pub async fn events_calendar(State(state): State<AppState>) -> Result<Response, WebError> {
    let content = state.content().await?;
    let lang = &content.settings.default_language;
    let now = state.clock.now();
    let base = state.public_url();
    let upcoming: Vec<_> = content
        .public_events()
        .filter(|e| !e.is_past(now))
        .collect();
    let urls: Vec<String> = upcoming
        .iter()
        .map(|e| format!("{base}/{lang}/events/{}", e.slug))
        .collect();
    let host = base
        .split("://")
        .nth(1)
        .unwrap_or("convene")
        .split('/')
        .next()
        .unwrap_or("convene")
        .to_owned();
    let entries: Vec<CalendarEntry<'_>> = upcoming
        .iter()
        .zip(&urls)
        .map(|(e, url)| {
            let text = e.text(lang, now);
            CalendarEntry {
                uid: format!("event-{}@{host}", e.slug),
                stamp: now,
                starts: e.starts_at,
                ends: e.ends_at,
                summary: text.map(|t| t.title.as_str()).unwrap_or_default(),
                description: text.map(|t| t.summary.as_str()).unwrap_or_default(),
                url,
                sequence: 0,
                organizer: None,
                attendee: None,
            }
        })
        .collect();
    let name = &content.settings.text(lang).site_name;
    Ok(respond(
        "text/calendar; charset=utf-8",
        calendar_of(&entries, Some(name), CalendarMethod::Publish),
    ))
}

/// `GET /sitemap.xml`: every public page in every language, with its alternates.
pub async fn sitemap(State(state): State<AppState>) -> Result<Response, WebError> {
    let content = state.content().await?;
    let base = state.public_url();
    let now = state.clock.now();
    let all: Vec<&Lang> = content.settings.languages.iter().collect();
    // (path after the language, the languages it exists in)
    let mut pages: Vec<(String, Vec<&Lang>)> = vec![(String::new(), all.clone())];
    pages.push(("posts/".into(), all.clone()));
    // An event page in the languages it is translated into by now (in the others it
    // shows the default language's text).
    for e in content.public_events() {
        pages.push((
            format!("events/{}", e.slug),
            e.public_languages(now).collect(),
        ));
    }
    for k in &content.post_kinds {
        pages.push((format!("kinds/{}/", k.slug), all.clone()));
    }
    for c in &content.chapters {
        pages.push((format!("chapters/{}/", c.slug), all.clone()));
    }
    let posts: Vec<Cow<'_, Post>> = content.public_posts(now).collect();
    for p in &posts {
        pages.push((format!("posts/{}", p.slug), p.texts.keys().collect()));
    }
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (rest, langs) in &pages {
        for lang in langs {
            out.push_str(&format!(
                "<url><loc>{}</loc>",
                xml(&format!("{base}/{lang}/{rest}"))
            ));
            for alt in langs {
                out.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{alt}\" href=\"{}\"/>",
                    xml(&format!("{base}/{alt}/{rest}"))
                ));
            }
            out.push_str("</url>\n");
        }
    }
    out.push_str("</urlset>\n");
    Ok(respond("application/xml; charset=utf-8", out))
}

/// `GET /robots.txt`: everything public may be crawled except the personal and form pages.
pub async fn robots(State(state): State<AppState>) -> Response {
    let body = format!(
        "User-agent: *\nDisallow: /*/registrations/\nDisallow: /*/signatures/\nDisallow: /*/register\n\
         Disallow: /*/sign\nDisallow: /*/search\nDisallow: /demo/\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        state.public_url()
    );
    respond("text/plain; charset=utf-8", body)
}
