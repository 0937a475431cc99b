//! An event's translation kept as a draft (`draft = true` in its language file): visitors in
//! that language see the default language's text, as for a language not translated yet;
//! the organisers see it marked and preview it as it will look; the default language's own
//! text cannot be a draft; removing the line publishes it at once.

use crate::admin::{get_with, person, session_cookie, source_form};
use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, plain, post, spawn_app};
use convene::admin::Role;

pub(crate) const EVENT: &str = "water-for-every-home-2026";

/// The value of the first `title = "…"` line of a language file.
pub(crate) fn title_in(file_text: &str) -> String {
    file_text
        .lines()
        .find_map(|l| l.strip_prefix("title = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("a title line")
        .to_owned()
}

/// `file_text` with `line` right after its title.
pub(crate) fn with_line(file_text: &str, line: &str) -> String {
    let title = file_text
        .lines()
        .find(|l| l.starts_with("title = "))
        .expect("a title line");
    file_text.replacen(title, &format!("{title}\n{line}"), 1)
}

/// `file_text` with `draft = true` right after its title.
fn as_draft(file_text: &str) -> String {
    with_line(file_text, "draft = true")
}

/// Asserts that a save was refused (422) with a problem saying `says`.
pub(crate) async fn assert_refused(response: reqwest::Response, says: &str) {
    assert_eq!(response.status().as_u16(), 422);
    let page = plain(&response.text().await.expect("body"));
    assert!(page.contains(says), "{page}");
}

pub(crate) async fn source_action(
    app: &TestApp,
    cookie: &str,
    csrf: &str,
    file: &str,
    text: &str,
    action: &str,
) -> reqwest::Response {
    let (_, base, revision) = source_form(app, file, cookie).await;
    post(
        app,
        "/admin/source",
        cookie,
        &[
            ("csrf", csrf),
            ("file", file),
            ("text", text),
            ("base", &base),
            ("revision", &revision),
            ("action", action),
        ],
    )
    .await
}

pub(crate) async fn public_page(app: &TestApp, path: &str) -> String {
    let response = app.get(path).await;
    assert_eq!(response.status().as_u16(), 200, "GET {path}");
    plain(&response.text().await.expect("body"))
}

both_backends!(
    a_translation_waits_as_a_draft_until_the_line_is_removed,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "editor@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let ar_file = format!("events/{EVENT}/ar.md");
        let en_file = format!("events/{EVENT}/en.md");
        let page = get_with(&app, &format!("/admin/source?file={ar_file}"), &cookie).await;
        let (csrf_cookie, csrf) = csrf_session(page).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let (arabic, _, _) = source_form(&app, &ar_file, &cookie).await;
        let (english, _, _) = source_form(&app, &en_file, &cookie).await;
        let (ar_title, en_title) = (title_in(&arabic), title_in(&english));
        let ar_page = format!("/ar/events/{EVENT}");
        assert!(public_page(&app, &ar_page).await.contains(&ar_title));

        // The Arabic text becomes a draft: previewed as it will look, then saved.
        let draft = as_draft(&arabic);
        let preview = source_action(&app, &cookie, &csrf, &ar_file, &draft, "preview").await;
        assert_eq!(preview.status().as_u16(), 200);
        assert!(plain(&preview.text().await.expect("body")).contains(&ar_title));
        let saved = source_action(&app, &cookie, &csrf, &ar_file, &draft, "save").await;
        assert_eq!(saved.status().as_u16(), 303, "the draft is saved");

        // Visitors reading Arabic get the default language's text, as for no translation.
        let shown = public_page(&app, &ar_page).await;
        assert!(
            !shown.contains(&ar_title) && shown.contains(&en_title),
            "{shown}"
        );
        let api = app.get(&format!("/api/v1/events/{EVENT}")).await;
        let api: serde_json::Value = api.json().await.expect("json");
        let languages = api["available_languages"].as_array().expect("languages");
        assert!(!languages.iter().any(|l| l == "ar"), "{api}");
        assert!(languages.iter().any(|l| l == "en"), "{api}");
        // The organisers see which translation waits.
        let editor = get_with(&app, &format!("/admin/source?file={en_file}"), &cookie).await;
        let editor = plain(&editor.text().await.expect("body"));
        assert!(
            editor.contains(&format!(r#"{ar_file}</a> <span class="mark">draft</span>"#)),
            "{editor}"
        );

        // The default language's text cannot wait: every other language falls back to it.
        let refused =
            source_action(&app, &cookie, &csrf, &en_file, &as_draft(&english), "save").await;
        assert_refused(refused, "text cannot be a draft or scheduled (visitors").await;

        // Publishing is removing the line: the Arabic page is back at once.
        let published = source_action(&app, &cookie, &csrf, &ar_file, &arabic, "save").await;
        assert_eq!(published.status().as_u16(), 303);
        assert!(public_page(&app, &ar_page).await.contains(&ar_title));
    }
);
