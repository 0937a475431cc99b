//! The organisers' area speaks the organiser's language: rendered in Arabic after real
//! organisers' actions, no English UI text leaks into the main pages (statuses, actions,
//! before/after values of the history), and names stand where codes and slugs were.

use crate::admin::{get_with, person, session_cookie};
use crate::admin_create::submit;
use crate::helpers::{Backend, TestApp, csrf_session, post, spawn_app};
use convene::admin::Role;
use std::collections::BTreeSet;

const EVENT: &str = "water-for-every-home-2026";
const FORM: &str = "/en/events/water-for-every-home-2026/register";

/// Registers `email` from `country` through the public form.
async fn register(app: &TestApp, email: &str, country: &str) {
    let (cookie, csrf) = csrf_session(app.get(FORM).await).await;
    let fields = [
        ("csrf", csrf.as_str()),
        ("name", "Wanjiru Kamau"),
        ("email", email),
        ("country", country),
        ("lang", "en"),
        ("tz", "Africa/Nairobi"),
        ("attest", "on"),
        ("consent", "on"),
        ("website", ""),
    ];
    let response = post(app, FORM, &cookie, &fields).await;
    assert_eq!(response.status().as_u16(), 303, "registration of {email}");
}

/// A `.ftl` file as message id → value (simple one-line messages; attributes, selectors
/// and multi-line values are left out).
fn messages(lang: &str) -> Vec<(String, String)> {
    let path = format!("{}/src/i18n/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("ftl");
    text.lines()
        .filter(|l| !l.starts_with([' ', '#', '-', '.', '*', '[', '}']))
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, value)| (id.trim().to_owned(), value.trim().to_owned()))
        .collect()
}

/// English UI phrases that Arabic does not share: the literal runs (outside `{ … }`) of
/// every English message whose Arabic text differs, with at least two letters… of which
/// the run is made of words, at least four letters long.
fn english_phrases() -> BTreeSet<String> {
    let arabic: std::collections::BTreeMap<String, String> = messages("ar").into_iter().collect();
    // Words the Arabic translation itself uses (Markdown, WebVTT, slug) are loanwords.
    let arabic_text = arabic
        .values()
        .cloned()
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    let mut phrases = BTreeSet::new();
    for (id, value) in messages("en") {
        if arabic.get(&id) == Some(&value) {
            continue;
        }
        let mut literal = String::new();
        let mut depth = 0_u32;
        for c in value.chars() {
            match c {
                '{' => {
                    depth += 1;
                    literal.push('\u{1}');
                }
                '}' => depth = depth.saturating_sub(1),
                c if depth == 0 => literal.push(c),
                _ => {}
            }
        }
        for run in literal.split(['\u{1}', '(', ')', ':', '.', '!', '?', '“', '”', '"', ';']) {
            let run = run.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
            if run.chars().filter(char::is_ascii_alphabetic).count() >= 4
                && run.chars().all(|c| c.is_ascii() || c == '’')
            {
                let run = run.to_lowercase();
                if !has_words(&arabic_text, &run) {
                    phrases.insert(run);
                }
            }
        }
    }
    phrases
}

/// What a person reads or hears on a page in its language: its text and its `title`,
/// `aria-label`, `placeholder` and `alt` attributes. Left out: scripts, styles, JSON dumps
/// (`<pre>`), text being edited (`<textarea>`), identifiers (`<code>`: slugs, file names),
/// whatever is marked as another language (`lang="en"`: the language switcher, texts in
/// other languages), and addresses (e-mail, links, paths, hashtags).
fn readable(html: &str) -> String {
    const VOID: [&str; 12] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track",
    ];
    const SKIPPED: [&str; 5] = ["script", "style", "pre", "textarea", "code"];
    let page_lang = html
        .split("<html lang=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_default()
        .to_owned();
    // Open elements: (name, whether its text is left out).
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        if !open.iter().any(|(_, skip)| *skip) {
            out.push_str(&rest[..at]);
        }
        out.push(' ');
        let close = rest[at..].find('>').map_or(rest.len(), |c| at + c + 1);
        let tag = &rest[at + 1..close - 1];
        rest = &rest[close..];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_lowercase();
            if let Some(i) = open.iter().rposition(|(n, _)| *n == name) {
                open.truncate(i);
            }
            continue;
        }
        if tag.starts_with('!') {
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        let foreign = tag
            .split(" lang=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .is_some_and(|l| l != page_lang);
        let skip = foreign || SKIPPED.contains(&name.as_str());
        if !skip && !open.iter().any(|(_, s)| *s) {
            for attribute in ["title=\"", "aria-label=\"", "placeholder=\"", "alt=\""] {
                if let Some(at) = tag.find(attribute) {
                    out.push_str(
                        tag[at + attribute.len()..]
                            .split('"')
                            .next()
                            .unwrap_or_default(),
                    );
                    out.push(' ');
                }
            }
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            open.push((name, skip));
        }
    }
    out.push_str(rest);
    out.replace("&#39;", "’")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace(['\u{2068}', '\u{2069}'], "")
        .split_whitespace()
        .filter(|w| !w.contains(['@', '/', '#']) && !identifier(w))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether a word is an identifier: letters and digits joined by `-`, `_` or `.`
/// (`dialogue-6`, `event.toml`, `og-card.png`).
fn identifier(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.windows(3).any(|w| {
        w[0].is_ascii_alphanumeric()
            && matches!(w[1], '-' | '_' | '.')
            && w[2].is_ascii_alphanumeric()
    })
}

/// Whether `phrase` stands in `text` as whole words.
fn has_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[tokio::test]
async fn the_organisers_area_in_arabic_shows_no_english() {
    let app = spawn_app(Backend::Sqlite).await;
    let owner = person(&app, "amal@example.org", Role::Owner, None).await;
    let editor = person(&app, "rim@example.org", Role::Editor, None).await;
    let session = session_cookie(&app, owner).await;

    // Some life for the lists and the history, made the way organisers make it.
    register(&app, "nour@example.org", "LB").await;
    register(&app, "wanjiru@example.org", "KE").await;
    let slug = EVENT.parse().expect("slug");
    let registrations = app.state.db.registrations(&slug).await.expect("rows");
    let ids: Vec<String> = registrations.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(ids.len(), 2);
    for (path, fields) in [
        (format!("/admin/registrations/{}/confirm", ids[0]), vec![]),
        (format!("/admin/registrations/{}/cancel", ids[1]), vec![]),
        (
            format!("/admin/users/{editor}/role"),
            vec![("role", "moderator"), ("chapter", "")],
        ),
        (
            format!("/admin/events/{EVENT}/visibility"),
            vec![("action", "unpublish")],
        ),
        (
            format!("/admin/events/{EVENT}/visibility"),
            vec![("action", "publish")],
        ),
        (
            "/admin/posts/invitation-tunisia/visibility".to_owned(),
            vec![("action", "unpublish")],
        ),
        (
            "/admin/posts/invitation-tunisia/visibility".to_owned(),
            vec![("action", "publish")],
        ),
    ] {
        let response = submit(&app, &path, &session, &fields).await;
        assert_eq!(response.status().as_u16(), 303, "POST {path}");
    }

    let cookie = format!("{session}; convene_admin_lang=ar");
    let phrases = english_phrases();
    assert!(phrases.contains("confirmed a registration"), "{phrases:?}");
    let pages = [
        "/admin/".to_owned(),
        "/admin/events".to_owned(),
        format!("/admin/events/{EVENT}"),
        format!("/admin/events/{EVENT}/programme"),
        format!("/admin/events/{EVENT}/speakers"),
        format!("/admin/events/{EVENT}/attendance"),
        format!("/admin/registrations?event={EVENT}"),
        format!("/admin/registrations/{}", ids[0]),
        "/admin/audit".to_owned(),
        "/admin/posts".to_owned(),
        "/admin/posts/invitation-tunisia".to_owned(),
        "/admin/posts/invitation-tunisia/ar".to_owned(),
        "/admin/supporters".to_owned(),
        "/admin/signatures".to_owned(),
        "/admin/settings".to_owned(),
        "/admin/users".to_owned(),
        "/admin/jobs".to_owned(),
        "/admin/media".to_owned(),
        "/admin/chapters".to_owned(),
        "/admin/kinds".to_owned(),
        "/admin/mail".to_owned(),
        "/admin/mail/new".to_owned(),
        format!("/admin/hall/{EVENT}"),
        format!("/admin/hall/{EVENT}/polls"),
        format!("/admin/hall/{EVENT}/announcements"),
        "/admin/account".to_owned(),
    ];
    let mut leaks = Vec::new();
    let mut shown = std::collections::BTreeMap::new();
    for path in &pages {
        let response = get_with(&app, path, &cookie).await;
        assert_eq!(response.status().as_u16(), 200, "GET {path}");
        let html = response.text().await.expect("body");
        assert!(html.contains("lang=\"ar\""), "{path} is not in Arabic");
        let text = readable(&html);
        for phrase in &phrases {
            if has_words(&text, phrase) {
                leaks.push(format!("{path}: {phrase:?}"));
            }
        }
        shown.insert(path.clone(), text);
    }
    assert!(
        leaks.is_empty(),
        "English in the Arabic organisers' area:\n{}",
        leaks.join("\n")
    );

    // Names where codes and slugs were.
    let list = &shown[&format!("/admin/registrations?event={EVENT}")];
    assert!(list.contains("لبنان") && list.contains("كينيا"), "{list}");
    assert!(!has_words(list, "lb") && !has_words(list, "ke"), "{list}");
    let history = &shown["/admin/audit"];
    for name in ["الماء لكل بيت", "دعوة من فرع تونس"] {
        assert!(
            history.contains(name),
            "{name} missing from the history:\n{history}"
        );
    }
    assert!(!history.contains(EVENT), "{history}");
    let events = &shown["/admin/events"];
    assert!(events.contains("الماء لكل بيت"), "{events}");
}
