//! Publishing per language: a post created as a draft is nowhere public until published;
//! a translation waits as a draft or is scheduled and appears at its time (the manual clock
//! moved, no save, no restart, through the page cache); a deleted post answers 410 and
//! leaves the sitemap and feeds; the states survive `export` and `import`.

use crate::admin_create::{organiser, submit};
use crate::both_backends;
use crate::helpers::{TestApp, demo_content, plain, spawn_app, test_now};
use convene::admin::Role;
use convene::content::Publication;

/// Saves the `lang` version of `slug` with `action` (`save`, `draft` or `schedule`).
async fn save_version(
    app: &TestApp,
    cookie: &str,
    slug: &str,
    lang: &str,
    title: &str,
    action: &str,
    publish_at: &str,
) -> u16 {
    submit(
        app,
        &format!("/admin/posts/{slug}/{lang}"),
        cookie,
        &[
            ("title", title),
            ("summary", "A short summary."),
            ("body", "Rain gardens *everywhere*."),
            ("published_on", "2026-11-25"),
            ("action", action),
            ("publish_at", publish_at),
        ],
    )
    .await
    .status()
    .as_u16()
}

/// Whether `text` (a page, feed or sitemap) names the post `slug`.
fn names(text: &str, slug: &str) -> bool {
    text.contains(&format!("/posts/{slug}"))
}

both_backends!(
    a_post_created_as_a_draft_is_public_only_once_published,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cookie = organiser(&app, Role::Editor, None).await;
        let create = |action: &'static str| {
            let (app, cookie) = (&app, &cookie);
            async move {
                submit(
                    app,
                    "/admin/posts/new",
                    cookie,
                    &[
                        ("kind", "appeal"),
                        ("lang", "en"),
                        ("chapter", ""),
                        ("event", ""),
                        ("title", "Plant a Rain Garden"),
                        ("summary", "Every garden keeps water in the ground."),
                        ("body", "Dig a **shallow** bowl."),
                        ("published_on", "2026-11-25"),
                        ("action", action),
                    ],
                )
                .await
            }
        };
        // A preview proposes the slug and changes nothing.
        let preview = create("preview").await.text().await.expect("body");
        assert!(
            preview.contains(r#"value="plant-a-rain-garden""#),
            "{preview}"
        );
        assert!(preview.contains("<strong>shallow</strong>"));
        let created = create("draft").await;
        assert_eq!(created.status().as_u16(), 303);
        let slug = "plant-a-rain-garden";
        assert_eq!(
            created.headers()["location"],
            format!("/admin/posts/{slug}/en?saved=draft").as_str()
        );
        // Stored as made here, with when its version was edited (the importer's check, which
        // reads files that do not carry it, only checks).
        let stored = app.state.content_for_edit().await.expect("content").1;
        let post = stored
            .posts
            .iter()
            .find(|p| p.slug.as_str() == slug)
            .expect("post");
        let english = &post.texts[&"en".parse().expect("lang")];
        assert!(english.edited_at.is_some(), "{english:?}");
        // Nowhere public: page, lists, home, feed, sitemap, search.
        assert_eq!(app.get_text(&format!("/en/posts/{slug}")).await.0, 404);
        for path in [
            "/en/posts/",
            "/en/",
            "/en/kinds/appeal/",
            "/en/feed.atom",
            "/sitemap.xml",
        ] {
            assert!(!names(&app.get_text(path).await.1, slug), "{path}");
        }
        assert!(!names(
            &app.get_text("/en/search?q=garden+shallow").await.1,
            slug
        ));
        let edit = crate::admin::get_with(&app, &format!("/admin/posts/{slug}/en"), &cookie)
            .await
            .text()
            .await
            .expect("body");
        assert!(edit.contains("A draft: not on the public site."), "{edit}");
        let list = crate::admin::get_with(&app, "/admin/posts", &cookie)
            .await
            .text()
            .await
            .expect("body");
        assert!(list.contains("English · draft"), "{list}");

        // Published: everywhere at once (cached lists included).
        assert_eq!(
            save_version(&app, &cookie, slug, "en", "Plant a Rain Garden", "save", "").await,
            303
        );
        let (status, page) = app.get_text(&format!("/en/posts/{slug}")).await;
        assert_eq!(status, 200);
        assert!(page.contains("<strong>shallow</strong>") || page.contains("everywhere"));
        for path in [
            "/en/posts/",
            "/en/",
            "/en/kinds/appeal/",
            "/en/feed.atom",
            "/sitemap.xml",
        ] {
            assert!(names(&app.get_text(path).await.1, slug), "{path}");
        }
        assert!(names(&app.get_text("/en/search?q=garden").await.1, slug));

        // A French translation saved as a draft waits: the French address says the post is
        // not written in French, the English page does not offer it.
        assert_eq!(
            save_version(
                &app,
                &cookie,
                slug,
                "fr",
                "Plantez un jardin de pluie",
                "draft",
                ""
            )
            .await,
            303
        );
        assert_eq!(app.get_text(&format!("/fr/posts/{slug}")).await.0, 404);
        let english = app.get_text(&format!("/en/posts/{slug}")).await.1;
        assert!(!english.contains("Plantez"), "no link to the draft version");
        assert!(
            !english.contains(r#"<link rel="alternate" hreflang="fr""#),
            "no alternate for the draft version"
        );
        assert!(
            !app.get_text("/sitemap.xml")
                .await
                .1
                .contains(&format!("/fr/posts/{slug}"))
        );
        assert!(!app.get_text("/fr/feed.atom").await.1.contains("Plantez"));
        let stored = app.state.content_for_edit().await.expect("content").1;
        let post = stored
            .posts
            .iter()
            .find(|p| p.slug.as_str() == slug)
            .expect("post");
        assert_eq!(
            post.texts[&"fr".parse().expect("lang")].publication,
            Publication::Draft
        );
    }
);

both_backends!(
    a_scheduled_translation_appears_at_its_time_without_a_save,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cookie = organiser(&app, Role::Owner, None).await;
        let slug = "press-release-announcement";
        // The post is about the demo's event, in Madinah time: 12:00 UTC is 15:00 there.
        let refused = save_version(
            &app,
            &cookie,
            slug,
            "tr",
            "Su herkes için",
            "schedule",
            "soon",
        )
        .await;
        assert_eq!(refused, 422, "a time that does not parse is explained");
        let at = "2026-11-25T15:00:30";
        assert_eq!(
            save_version(&app, &cookie, slug, "tr", "Su herkes için", "schedule", at).await,
            303
        );
        let edit = crate::admin::get_with(&app, &format!("/admin/posts/{slug}/tr"), &cookie)
            .await
            .text()
            .await
            .expect("body");
        assert!(
            plain(&edit).contains("appears on the site at 2026-11-25 15:00 (Asia/Riyadh)"),
            "{edit}"
        );
        assert!(edit.contains(r#"value="2026-11-25T15:00""#));
        // Before its time: not on the page, the list (now cached), the home page (cached and
        // answered before routing), the feed or the sitemap.
        let page = format!("/tr/posts/{slug}");
        assert_eq!(app.get_text(&page).await.0, 404);
        assert!(
            !app.get_text("/tr/posts/")
                .await
                .1
                .contains("Su herkes için")
        );
        assert!(!app.get_text("/tr/").await.1.contains("Su herkes için"));
        assert!(
            !app.get_text("/tr/").await.1.contains("Su herkes için"),
            "from the cache"
        );
        assert!(!app.get_text("/sitemap.xml").await.1.contains(&page));
        // Its time comes (30 s later: cached pages would still be fresh by their age).
        app.clock
            .set(test_now() + jiff::SignedDuration::from_secs(30));
        let (status, html) = app.get_text(&page).await;
        assert_eq!(status, 200);
        assert!(html.contains("Su herkes için"));
        assert!(
            app.get_text("/tr/").await.1.contains("Su herkes için"),
            "the home page"
        );
        assert!(
            app.get_text("/tr/posts/")
                .await
                .1
                .contains("Su herkes için"),
            "the list"
        );
        assert!(
            app.get_text("/tr/feed.atom")
                .await
                .1
                .contains("Su herkes için")
        );
        assert!(app.get_text("/sitemap.xml").await.1.contains(&page));
        assert!(names(&app.get_text("/tr/search?q=herkes").await.1, slug));
        // Nothing was saved for it to appear.
        let audit = app.state.db.audit_log(1).await.expect("audit");
        assert!(
            audit[0]
                .after
                .as_deref()
                .unwrap_or_default()
                .contains("scheduled for 2026-11-25T12:00:30Z")
        );
    }
);

both_backends!(
    a_deleted_post_answers_gone_and_leaves_the_sitemap_and_feeds,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cookie = organiser(&app, Role::Editor, None).await;
        let slug = "appeal-rain-gardens";
        let page = format!("/en/posts/{slug}");
        assert_eq!(app.get_text(&page).await.0, 200);
        assert!(names(&app.get_text("/en/feed.atom").await.1, slug));
        let delete = format!("/admin/posts/{slug}/delete");
        // Asked first; going back changes nothing.
        let asked = submit(&app, &delete, &cookie, &[])
            .await
            .text()
            .await
            .expect("body");
        assert!(asked.contains("Remove for good?"), "{asked}");
        let back = submit(&app, &delete, &cookie, &[("back", "1")]).await;
        assert_eq!(
            back.headers()["location"],
            format!("/admin/posts/{slug}").as_str()
        );
        assert_eq!(app.get_text(&page).await.0, 200);
        let deleted = submit(&app, &delete, &cookie, &[("confirm", slug)]).await;
        assert_eq!(deleted.status().as_u16(), 303);
        for lang in ["en", "ar", "fr"] {
            let (status, html) = app.get_text(&format!("/{lang}/posts/{slug}")).await;
            assert_eq!(status, 410, "{lang}");
            assert!(!html.contains("Rain gardens"), "nothing of it is shown");
        }
        assert!(
            app.get_text(&page)
                .await
                .1
                .contains("This page was withdrawn")
        );
        assert!(!names(&app.get_text("/sitemap.xml").await.1, slug));
        assert!(!names(&app.get_text("/en/feed.atom").await.1, slug));
        assert!(!names(
            &app.get_text("/en/kinds/appeal/feed.atom").await.1,
            slug
        ));
        assert!(!names(&app.get_text("/en/posts/").await.1, slug));
        // The audit log keeps the post, so it can be put back.
        let audit = app.state.db.audit_log(1).await.expect("audit");
        assert_eq!(audit[0].action, "deleted a post");
        assert!(
            audit[0]
                .before
                .as_deref()
                .unwrap_or_default()
                .contains(slug)
        );
        // A letter people signed is taken off the site, not deleted.
        let letter = "open-letter-water-ministers";
        app.state
            .db
            .sign(
                &convene::letters::NewSignature {
                    post: letter.parse().expect("slug"),
                    email: "signer@example.org".parse().expect("email"),
                    name: "Salma Haddad".to_owned(),
                    country: "LB".parse().expect("country"),
                    organisation: None,
                    show_name: false,
                    lang: "en".parse().expect("lang"),
                    flagged: false,
                    updates_consent: None,
                },
                "0123456789abcdef0123456789abcdef",
                "fedcba9876543210fedcba9876543210",
                test_now(),
                app.state.lifetimes,
            )
            .await
            .expect("signed");
        let refused = submit(
            &app,
            &format!("/admin/posts/{letter}/delete"),
            &cookie,
            &[("confirm", letter)],
        )
        .await;
        assert_eq!(refused.status().as_u16(), 409);
        let off = submit(
            &app,
            &format!("/admin/posts/{letter}/visibility"),
            &cookie,
            &[("action", "unpublish")],
        )
        .await;
        assert_eq!(off.status().as_u16(), 303);
        assert_eq!(app.get_text(&format!("/en/posts/{letter}")).await.0, 410);
        assert_eq!(
            app.get_text(&format!("/en/posts/{letter}/sign")).await.0,
            404
        );
        let back = submit(
            &app,
            &format!("/admin/posts/{letter}/visibility"),
            &cookie,
            &[("action", "publish")],
        )
        .await;
        assert_eq!(back.status().as_u16(), 303);
        assert_eq!(app.get_text(&format!("/en/posts/{letter}")).await.0, 200);
        // Public again: no longer listed as gone.
        let content = app.state.content_for_edit().await.expect("content").1;
        assert!(content.gone.post(slug) && !content.gone.post(letter));
    }
);

#[test]
fn states_and_withdrawn_addresses_survive_export_and_import() {
    let (mut content, _) = demo_content();
    let later: jiff::Timestamp = "2026-12-01T06:00:00Z".parse().expect("instant");
    let post = &mut content.posts[0];
    let mut langs = post.texts.keys().cloned().collect::<Vec<_>>().into_iter();
    let (first, second) = (
        langs.next().expect("a language"),
        langs.next().expect("another"),
    );
    post.texts.get_mut(&first).expect("text").publication = Publication::Draft;
    post.texts.get_mut(&second).expect("text").publication = Publication::Scheduled(later);
    content.events[0].draft = true;
    content
        .gone
        .posts
        .insert("an-old-appeal".parse().expect("slug"));
    content
        .gone
        .events
        .insert("water-for-every-home-2019".parse().expect("slug"));
    let dir = tempfile::tempdir().expect("temp dir");
    let media_root = crate::helpers::demo_dir();
    convene::content::export_dir(&content, Some(&media_root), dir.path(), &mut |_, _, _| {})
        .expect("export");
    let written = std::fs::read_to_string(dir.path().join("gone.toml")).expect("gone.toml");
    assert!(written.contains("an-old-appeal"), "{written}");
    let again = convene::content::read_dir(dir.path(), &mut |_, _, _| {})
        .unwrap_or_else(|p| panic!("the export imports: {p}"));
    assert_eq!(
        serde_json::to_value(&content).expect("json"),
        serde_json::to_value(&again.content).expect("json")
    );
    // A version cannot be both a draft and scheduled.
    let file = dir
        .path()
        .join("posts")
        .join(content.posts[0].slug.as_str())
        .join(format!("{second}.md"));
    let text = std::fs::read_to_string(&file).expect("language file");
    std::fs::write(&file, text.replacen("+++\n", "+++\ndraft = true\n", 1)).expect("write");
    let problems = convene::content::read_dir(dir.path(), &mut |_, _, _| {}).expect_err("refused");
    assert!(
        problems.to_string().contains("either a draft or scheduled"),
        "{problems}"
    );
}
