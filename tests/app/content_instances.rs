//! Two instances on one database (as behind a load balancer) edit the content at once: one
//! save wins, the other is refused with 409 and keeps what was typed; nothing is lost.

use crate::admin::{get_with, person, revision_of, session_cookie, source_form};
use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, plain, post, spawn_app};
use convene::admin::Role;

const EVENT: &str = "water-for-every-home-2026";

/// `text` with its `title = …` line replaced by `title`.
pub(crate) fn retitled(text: &str, title: &str) -> String {
    let old = text
        .lines()
        .find(|l| l.starts_with("title = "))
        .expect("a title line");
    text.replacen(old, &format!("title = \"{title}\""), 1)
}

/// The event's title in `lang` as the database holds it.
async fn stored_title(app: &TestApp, lang: &str) -> String {
    let event = app
        .state
        .db
        .event(&EVENT.parse().expect("slug"))
        .await
        .expect("query")
        .expect("event");
    event.texts[&lang.parse().expect("lang")].title.clone()
}

/// POSTs a save of `file` from the source editor of `app`.
async fn save(
    app: &TestApp,
    cookie: &str,
    token: &str,
    file: &str,
    (text, base, revision): (&str, &str, &str),
) -> reqwest::Response {
    post(
        app,
        "/admin/source",
        cookie,
        &[
            ("csrf", token),
            ("file", file),
            ("text", text),
            ("base", base),
            ("revision", revision),
            ("action", "save"),
        ],
    )
    .await
}

both_backends!(
    concurrent_edits_of_two_files_on_two_instances_lose_nothing,
    |backend| async move {
        let a = spawn_app(backend).await;
        let b = a.second_instance().await;
        let id = person(&a, "owner@example.org", Role::Owner, None).await;
        let session = session_cookie(&a, id).await;
        let en = format!("events/{EVENT}/en.md");
        let fr = format!("events/{EVENT}/fr.md");
        let (csrf_cookie, token) =
            csrf_session(get_with(&a, &format!("/admin/source?file={en}"), &session).await).await;
        let cookie = format!("{session}; {csrf_cookie}");
        // One organiser opens en.md on A, another fr.md on B, from the same revision.
        let (en_text, en_base, en_revision) = source_form(&a, &en, &cookie).await;
        let (fr_text, fr_base, fr_revision) = source_form(&b, &fr, &cookie).await;
        assert_eq!(en_revision, fr_revision);
        let en_before = stored_title(&a, "en").await;
        let fr_before = stored_title(&a, "fr").await;
        let en_new = retitled(&en_text, "Answers from Six Countries");
        let fr_new = retitled(&fr_text, "Des réponses de six pays");

        // Both save at once: exactly one is stored, the other refused.
        let (on_a, on_b) = tokio::join!(
            save(&a, &cookie, &token, &en, (&en_new, &en_base, &en_revision)),
            save(&b, &cookie, &token, &fr, (&fr_new, &fr_base, &fr_revision)),
        );
        let mut statuses = [on_a.status().as_u16(), on_b.status().as_u16()];
        statuses.sort_unstable();
        assert_eq!(statuses, [303, 409], "one stored, one refused");
        let (refused_file, refused_text, refused_base, refused, kept_lang, lost_lang) =
            if on_a.status().as_u16() == 409 {
                (&en, &en_new, &en_base, on_a, "fr", "en")
            } else {
                (&fr, &fr_new, &fr_base, on_b, "en", "fr")
            };
        let html = refused.text().await.expect("body");
        let page = plain(&html);
        assert!(page.contains("Someone else saved a change"), "{page}");
        let typed = refused_text
            .lines()
            .find(|l| l.starts_with("title = "))
            .expect("title");
        assert!(
            html.contains(&typed.replace('"', "&#34;"))
                || html.contains(&typed.replace('"', "&quot;")),
            "what was typed is kept"
        );
        // The stored edit is there; the refused one changed nothing.
        let expected_kept = if kept_lang == "en" {
            "Answers from Six Countries"
        } else {
            "Des réponses de six pays"
        };
        assert_eq!(stored_title(&a, kept_lang).await, expected_kept);
        let unchanged = if lost_lang == "en" {
            &en_before
        } else {
            &fr_before
        };
        assert_eq!(&stored_title(&a, lost_lang).await, unchanged);

        // Saved again from the refusal (it carries the new revision): both edits stay.
        let refused_on = if refused_file == &en { &a } else { &b };
        let again = save(
            refused_on,
            &cookie,
            &token,
            refused_file,
            (refused_text, refused_base, &revision_of(&html)),
        )
        .await;
        assert_eq!(again.status().as_u16(), 303);
        assert_eq!(stored_title(&a, "en").await, "Answers from Six Countries");
        assert_eq!(stored_title(&a, "fr").await, "Des réponses de six pays");
    }
);

both_backends!(
    a_form_from_before_another_instances_save_is_refused_on_either_instance,
    |backend| async move {
        let a = spawn_app(backend).await;
        let b = a.second_instance().await;
        let id = person(&a, "editor@example.org", Role::Editor, None).await;
        let session = session_cookie(&a, id).await;
        let path = format!("/admin/events/{EVENT}");
        let (csrf_cookie, token) = csrf_session(get_with(&a, &path, &session).await).await;
        let cookie = format!("{session}; {csrf_cookie}");
        // B's settings form and A's event form, both from the same revision.
        let settings = get_with(&b, "/admin/settings", &cookie)
            .await
            .text()
            .await
            .expect("body");
        let base = revision_of(&settings);
        let saved = source_form(&a, "site.toml", &cookie).await;
        let stored = save(
            &a,
            &cookie,
            &token,
            "site.toml",
            (&saved.0, &saved.1, &saved.2),
        )
        .await;
        assert_eq!(stored.status().as_u16(), 303);
        // A save on B based on the older revision would undo A's: refused, nothing written.
        let before = a.state.db.content_revision().await.expect("revision");
        let refused = post(
            &b,
            &path,
            &cookie,
            &[
                ("csrf", token.as_str()),
                ("revision", base.as_str()),
                ("zone", "Asia/Riyadh"),
                ("doors", "2026-12-24T15:30"),
                ("starts", "2026-12-24T16:00"),
                ("ends", "2026-12-24T19:30"),
                ("places", "3"),
                ("opens", ""),
                ("closes", "2026-12-24T12:00"),
                ("reminders", "24, 1"),
            ],
        )
        .await;
        assert_eq!(refused.status().as_u16(), 409);
        let html = refused.text().await.expect("body");
        assert!(
            html.contains(r#"value="2026-12-24T15:30""#),
            "the form as typed"
        );
        // The other save is done and audited, so the refusal names it.
        let page = plain(&html);
        assert!(page.contains("Someone else saved a change"), "{page}");
        assert!(page.contains("edited a content file"), "{page}");
        assert_eq!(
            a.state.db.content_revision().await.expect("revision"),
            before
        );
        let places = a
            .state
            .db
            .places(&EVENT.parse().expect("slug"))
            .await
            .expect("places");
        assert_ne!(places.capacity, Some(3), "the capacity did not change");
    }
);
