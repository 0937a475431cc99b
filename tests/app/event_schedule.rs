//! An event's translation scheduled for an instant (`publish_at` in its language file):
//! before it, visitors in that language get the default language's text and the page is
//! listed in no sitemap or `hreflang`; when the (manual) clock passes it, the translation
//! appears by itself — page (one cached before the instant included), API, sitemap, search —
//! with no save or restart. Draft and `publish_at` together, or the default language
//! scheduled, are refused; export writes `publish_at` back.

use crate::admin::{get_with, person, session_cookie, source_form};
use crate::both_backends;
use crate::event_drafts::{EVENT, assert_refused, public_page, source_action, title_in, with_line};
use crate::helpers::{TestApp, csrf_session, demo_content, eventually, plain, spawn_app, test_now};
use convene::admin::Role;
use convene::content::Publication;

/// The API's `available_languages` of the event, and the language its French view is in.
async fn api_languages(app: &TestApp) -> (Vec<String>, String) {
    let api = app.get(&format!("/api/v1/events/{EVENT}?lang=fr")).await;
    let api: serde_json::Value = api.json().await.expect("json");
    let languages = api["available_languages"]
        .as_array()
        .expect("languages")
        .iter()
        .map(|l| l.as_str().expect("a tag").to_owned())
        .collect();
    let shown = api["lang"].as_str().expect("lang").to_owned();
    (languages, shown)
}

/// Whether a French search for a word of the French text finds the event.
async fn french_search_finds_it(app: &TestApp) -> bool {
    let (status, html) = app.get_text("/fr/search?q=foyer").await;
    assert_eq!(status, 200);
    html.contains(&format!(r#"href="/fr/events/{EVENT}""#))
}

/// Whether the sitemap lists the French event page.
async fn sitemap_lists_french(app: &TestApp) -> bool {
    let (status, sitemap) = app.get_text("/sitemap.xml").await;
    assert_eq!(status, 200);
    sitemap.contains(&format!("/fr/events/{EVENT}<"))
}

/// 15:00:30 in Madinah, 30 s after the tests' start: a page cached before it would still be
/// fresh by its age.
const PUBLISH_AT: &str = r#"publish_at = "2026-11-25T15:00:30+03:00""#;

/// An editor signed in on `app`: session and CSRF cookies, the CSRF token, and the event's
/// French and English files as its source editor shows them.
struct Editing {
    cookie: String,
    csrf: String,
    french: String,
    english: String,
}

async fn editing(app: &TestApp) -> Editing {
    let id = person(app, "editor@example.org", Role::Editor, None).await;
    let cookie = session_cookie(app, id).await;
    let page = get_with(app, &format!("/admin/source?file={}", fr_file()), &cookie).await;
    let (csrf_cookie, csrf) = csrf_session(page).await;
    let cookie = format!("{cookie}; {csrf_cookie}");
    let (french, _, _) = source_form(app, &fr_file(), &cookie).await;
    let (english, _, _) = source_form(app, &en_file(), &cookie).await;
    Editing {
        cookie,
        csrf,
        french,
        english,
    }
}

fn fr_file() -> String {
    format!("events/{EVENT}/fr.md")
}

fn en_file() -> String {
    format!("events/{EVENT}/en.md")
}

both_backends!(
    a_scheduled_translation_appears_by_itself_at_its_time,
    |backend| async move {
        let app = spawn_app(backend).await;
        let Editing {
            cookie,
            csrf,
            french,
            english,
        } = editing(&app).await;
        let (fr_file, en_file) = (fr_file(), en_file());
        let (fr_title, en_title) = (title_in(&french), title_in(&english));
        let at = PUBLISH_AT;
        let scheduled = with_line(&french, at);

        // Refused: both states at once, and the default language scheduled.
        let both = with_line(&scheduled, "draft = true");
        let refused = source_action(&app, &cookie, &csrf, &fr_file, &both, "save").await;
        assert_refused(
            refused,
            "either a draft or scheduled (`publish_at`), not both",
        )
        .await;
        let en_scheduled = with_line(&english, at);
        let refused = source_action(&app, &cookie, &csrf, &en_file, &en_scheduled, "save").await;
        assert_refused(refused, "text cannot be a draft or scheduled (visitors").await;

        // Previewed as it will look, then saved.
        let preview = source_action(&app, &cookie, &csrf, &fr_file, &scheduled, "preview").await;
        assert_eq!(preview.status().as_u16(), 200);
        assert!(plain(&preview.text().await.expect("body")).contains(&fr_title));
        let saved = source_action(&app, &cookie, &csrf, &fr_file, &scheduled, "save").await;
        assert_eq!(saved.status().as_u16(), 303, "the schedule is saved");
        let editor = get_with(&app, &format!("/admin/source?file={en_file}"), &cookie).await;
        let editor = plain(&editor.text().await.expect("body"));
        assert!(
            editor.contains(&format!(
                r#"{fr_file}</a> <span class="mark">scheduled for 2026-11-25 15:00 (Asia/Riyadh)</span>"#
            )),
            "{editor}"
        );

        // Before its time: French visitors read English (twice: the second from the cache),
        // and no list names the French page.
        let fr_page = format!("/fr/events/{EVENT}");
        for _ in 0..2 {
            let shown = public_page(&app, &fr_page).await;
            assert!(
                !shown.contains(&fr_title) && shown.contains(&en_title),
                "{shown}"
            );
        }
        let (languages, shown) = api_languages(&app).await;
        assert!(!languages.contains(&"fr".to_owned()), "{languages:?}");
        assert_eq!(shown, "en");
        assert!(!sitemap_lists_french(&app).await);
        assert!(!french_search_finds_it(&app).await);
        let en_page = public_page(&app, &format!("/en/events/{EVENT}")).await;
        assert!(!en_page.contains(r#"rel="alternate" hreflang="fr""#));

        // Its time comes: nothing is saved, the clock moves.
        app.clock
            .set(test_now() + jiff::SignedDuration::from_secs(30));
        let shown = public_page(&app, &fr_page).await;
        assert!(shown.contains(&fr_title), "the page cached before: {shown}");
        let (languages, shown) = api_languages(&app).await;
        assert!(languages.contains(&"fr".to_owned()), "{languages:?}");
        assert_eq!(shown, "fr");
        assert!(sitemap_lists_french(&app).await);
        assert!(french_search_finds_it(&app).await);
        let en_page = public_page(&app, &format!("/en/events/{EVENT}")).await;
        assert!(en_page.contains(r#"rel="alternate" hreflang="fr""#));
        let editor = get_with(&app, &format!("/admin/source?file={en_file}"), &cookie).await;
        let editor = plain(&editor.text().await.expect("body"));
        assert!(!editor.contains("scheduled for"), "public now: {editor}");
    }
);

both_backends!(
    a_translation_scheduled_on_one_instance_appears_on_another_at_its_time,
    |backend| async move {
        let a = spawn_app(backend).await;
        let b = a.second_instance().await;
        let fr_page = format!("/fr/events/{EVENT}");
        let edit = editing(&a).await;
        let (fr_title, en_title) = (title_in(&edit.french), title_in(&edit.english));
        // B serves (and caches) the French page while the translation is public.
        let shown = public_page(&b, &fr_page).await;
        assert!(shown.contains(&fr_title), "{shown}");

        // Scheduled on A…
        let scheduled = with_line(&edit.french, PUBLISH_AT);
        let saved =
            source_action(&a, &edit.cookie, &edit.csrf, &fr_file(), &scheduled, "save").await;
        assert_eq!(saved.status().as_u16(), 303, "the schedule is saved");
        // …reaches B (by NATS or its poll).
        eventually(
            "B has the scheduled translation",
            std::time::Duration::from_secs(10),
            || async {
                let content = b.state.content().await.expect("content");
                let event = content
                    .events
                    .iter()
                    .find(|e| e.slug.as_str() == EVENT)
                    .expect("event");
                let fr = "fr".parse().expect("lang");
                matches!(
                    event.texts.get(&fr).map(|t| &t.publication),
                    Some(Publication::Scheduled(_))
                )
            },
        )
        .await;
        // B's cached French page went with the change: English until the time (twice: the
        // second from B's cache).
        for _ in 0..2 {
            let shown = public_page(&b, &fr_page).await;
            assert!(
                shown.contains(&en_title) && !shown.contains(&fr_title),
                "not yet: {shown}"
            );
        }

        // B's clock passes the instant: B's own schedule drops its cached page.
        b.clock
            .set(test_now() + jiff::SignedDuration::from_secs(30));
        let shown = public_page(&b, &fr_page).await;
        assert!(shown.contains(&fr_title), "live on B: {shown}");
    }
);

#[test]
fn a_scheduled_translation_survives_export_and_import_and_refusals_are_explained() {
    let (mut content, _) = demo_content();
    let later: jiff::Timestamp = "2026-12-01T06:00:00Z".parse().expect("instant");
    let fr = "fr".parse().expect("lang");
    let event = &mut content.events[0];
    event.texts.get_mut(&fr).expect("French").publication = Publication::Scheduled(later);
    let slug = event.slug.clone();
    let dir = tempfile::tempdir().expect("temp dir");
    let media_root = crate::helpers::demo_dir();
    convene::content::export_dir(&content, Some(&media_root), dir.path(), &mut |_, _, _| {})
        .expect("export");
    let file = dir.path().join("events").join(slug.as_str()).join("fr.md");
    let text = std::fs::read_to_string(&file).expect("fr.md");
    assert!(
        text.contains(r#"publish_at = "2026-12-01T06:00:00Z""#),
        "{text}"
    );
    let again = convene::content::read_dir(dir.path(), &mut |_, _, _| {})
        .unwrap_or_else(|p| panic!("the export imports: {p}"));
    assert_eq!(
        serde_json::to_value(&content).expect("json"),
        serde_json::to_value(&again.content).expect("json")
    );

    // Both states at once.
    std::fs::write(&file, text.replacen("+++\n", "+++\ndraft = true\n", 1)).expect("write");
    let problems = convene::content::read_dir(dir.path(), &mut |_, _, _| {}).expect_err("refused");
    assert!(
        problems.to_string().contains("either a draft or scheduled"),
        "{problems}"
    );
    std::fs::write(&file, &text).expect("write");
    // The default language scheduled.
    let en = dir.path().join("events").join(slug.as_str()).join("en.md");
    let en_text = std::fs::read_to_string(&en).expect("en.md");
    let line = "+++\npublish_at = \"2026-12-01T06:00:00Z\"\n";
    std::fs::write(&en, en_text.replacen("+++\n", line, 1)).expect("write");
    let problems = convene::content::read_dir(dir.path(), &mut |_, _, _| {}).expect_err("refused");
    assert!(
        problems
            .to_string()
            .contains("en.md:2: the default language's text cannot be a draft or scheduled"),
        "{problems}"
    );
}
