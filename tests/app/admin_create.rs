//! Creating in the organisers' area: events from scratch and as the next edition of an
//! earlier one, chapters and kinds of post, and who may create what; events published,
//! taken off the site (410) and deleted.

use crate::admin::{get_with, person, session_cookie};
use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, plain, spawn_app};
use convene::admin::Role;

/// A signed-in organiser's cookie.
pub(crate) async fn organiser(app: &TestApp, role: Role, chapter: Option<&str>) -> String {
    let email = format!("{}-{}@example.org", role.as_str(), chapter.unwrap_or("all"));
    let id = person(app, &email, role, chapter).await;
    session_cookie(app, id).await
}

/// POSTs `fields` to `path` with the page's form token and the current revision.
pub(crate) async fn submit(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let (_, token) = csrf_session(get_with(app, "/admin/account", cookie).await).await;
    let revision = app.revision().await;
    let mut all: Vec<(&str, &str)> = vec![("csrf", &token), ("revision", &revision)];
    all.extend_from_slice(fields);
    app.client
        .post(format!("{}{path}", app.address))
        .header("cookie", cookie)
        .form(&all)
        .send()
        .await
        .expect("post")
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"]
        .to_str()
        .expect("location")
        .to_owned()
}

both_backends!(
    an_event_from_scratch_is_a_draft_until_published_and_gone_when_taken_off,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cookie = organiser(&app, Role::Editor, None).await;
        let form = get_with(&app, "/admin/events/new", &cookie).await;
        assert_eq!(form.status().as_u16(), 200);
        // Times in the wrong order are explained, and nothing is stored.
        let mut fields = vec![
            ("mode", "scratch"),
            ("title", "Rain Harvesting Workshop 2027"),
            ("summary", "An online workshop on rain gardens."),
            ("zone", "Asia/Riyadh"),
            ("zone_label", "Madinah time"),
            ("doors", "2027-02-10T15:30"),
            ("starts", "2027-02-10T16:00"),
            ("ends", "2027-02-10T15:00"),
            ("proceedings", "ar"),
            ("places", "120"),
        ];
        let refused = submit(&app, "/admin/events/new", &cookie, &fields).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(
            refused
                .text()
                .await
                .expect("body")
                .contains("ends after it starts")
        );
        fields.retain(|(k, _)| *k != "ends");
        fields.push(("ends", "2027-02-10T18:00"));
        let created = submit(&app, "/admin/events/new", &cookie, &fields).await;
        assert_eq!(created.status().as_u16(), 303);
        // The slug was proposed from the title.
        let slug = "rain-harvesting-workshop-2027";
        assert_eq!(location(&created), format!("/admin/events/{slug}?saved=1"));
        let event = app
            .state
            .db
            .event(&slug.parse().expect("slug"))
            .await
            .expect("read")
            .expect("stored");
        assert!(event.draft, "a new event starts as a draft");
        assert_eq!(event.starts_at.to_string(), "2027-02-10T13:00:00Z");
        assert_eq!(event.places.map(|p| p.get()), Some(120));
        // A draft is nowhere public: not its page, not the home page, not the sitemap.
        let page = format!("/en/events/{slug}");
        assert_eq!(app.get_text(&page).await.0, 404);
        assert_eq!(
            app.get_text(&format!("/en/events/{slug}/register")).await.0,
            404
        );
        assert!(!app.get_text("/en/").await.1.contains(slug));
        assert!(!app.get_text("/sitemap.xml").await.1.contains(slug));
        assert!(!app.get_text("/events.ics").await.1.contains(slug));
        // The same slug again is refused with a reason.
        let again = submit(
            &app,
            "/admin/events/new",
            &cookie,
            &[("mode", "scratch"), ("slug", slug)],
        )
        .await;
        assert!(
            again
                .text()
                .await
                .expect("body")
                .contains("is already used")
        );

        // Published: everywhere.
        let visibility = format!("/admin/events/{slug}/visibility");
        let published = submit(&app, &visibility, &cookie, &[("action", "publish")]).await;
        assert_eq!(published.status().as_u16(), 303);
        let (status, html) = app.get_text(&page).await;
        assert_eq!(status, 200);
        assert!(html.contains("Rain Harvesting Workshop 2027"));
        assert!(app.get_text("/sitemap.xml").await.1.contains(&page));
        // Taken off the site: its address says it was withdrawn, and it leaves the lists.
        let off = submit(&app, &visibility, &cookie, &[("action", "unpublish")]).await;
        assert_eq!(off.status().as_u16(), 303);
        let (status, html) = app.get_text(&page).await;
        assert_eq!(status, 410);
        assert!(html.contains("This page was withdrawn"), "{html}");
        assert!(!app.get_text("/sitemap.xml").await.1.contains(slug));
        let audit = app.state.db.audit_log(5).await.expect("audit");
        assert_eq!(audit[0].action, "unpublished an event");
        assert!(audit.iter().any(|e| e.action == "created an event"));

        // Deleting asks first, then removes it; the address stays gone.
        let delete = format!("/admin/events/{slug}/delete");
        let asked = submit(&app, &delete, &cookie, &[]).await;
        assert_eq!(asked.status().as_u16(), 200);
        assert!(
            asked
                .text()
                .await
                .expect("body")
                .contains(&format!(r#"name="confirm" value="{slug}""#))
        );
        assert!(
            app.state
                .db
                .event(&slug.parse().expect("slug"))
                .await
                .expect("read")
                .is_some()
        );
        let deleted = submit(&app, &delete, &cookie, &[("confirm", slug)]).await;
        assert_eq!(deleted.status().as_u16(), 303);
        assert!(
            app.state
                .db
                .event(&slug.parse().expect("slug"))
                .await
                .expect("read")
                .is_none()
        );
        assert_eq!(app.get_text(&page).await.0, 410);
        // An event people registered for is not deleted (the demo's upcoming edition).
        let refused = submit(
            &app,
            "/admin/events/water-for-every-home-2026/delete",
            &cookie,
            &[("confirm", "water-for-every-home-2026")],
        )
        .await;
        assert_eq!(refused.status().as_u16(), 409);
    }
);

both_backends!(
    the_next_edition_copies_an_event_with_every_date_moved,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cookie = organiser(&app, Role::Owner, None).await;
        let source = crate::admin::upcoming_event(&app).await;
        let response = submit(
            &app,
            "/admin/events/new",
            &cookie,
            &[
                ("mode", "copy"),
                ("source", source.slug.as_str()),
                ("days", "364"),
            ],
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        // The year in the slug moved with the dates.
        assert_eq!(
            location(&response),
            "/admin/events/water-for-every-home-2027?saved=1"
        );
        let copy = app
            .state
            .db
            .event(&"water-for-every-home-2027".parse().expect("slug"))
            .await
            .expect("read")
            .expect("stored");
        let week52 = jiff::SignedDuration::from_hours(364 * 24);
        // Asia/Riyadh has no daylight saving: every instant moves by exactly 364 days.
        assert_eq!(copy.doors_open_at, source.doors_open_at + week52);
        assert_eq!(copy.starts_at, source.starts_at + week52);
        assert_eq!(copy.ends_at, source.ends_at + week52);
        assert_eq!(
            copy.registration_opens_at,
            source.registration_opens_at.map(|t| t + week52)
        );
        assert_eq!(
            copy.registration_closes_at,
            source.registration_closes_at.map(|t| t + week52)
        );
        assert_eq!(copy.segments.len(), source.segments.len());
        for (new, old) in copy.segments.iter().zip(&source.segments) {
            assert_eq!(new.starts_at, old.starts_at + week52, "{}", new.id);
            assert!(new.recording.is_none());
        }
        assert_eq!(copy.speakers.len(), source.speakers.len());
        assert_eq!(copy.texts.len(), source.texts.len());
        assert_eq!(copy.places, source.places);
        assert!(copy.draft);
        // The earlier edition is untouched.
        assert_eq!(
            crate::admin::upcoming_event(&app).await.starts_at,
            source.starts_at
        );
        // A copy with no days to move is explained.
        let refused = submit(
            &app,
            "/admin/events/new",
            &cookie,
            &[
                ("mode", "copy"),
                ("source", source.slug.as_str()),
                ("days", "0"),
            ],
        )
        .await;
        assert_eq!(refused.status().as_u16(), 422);
    }
);

both_backends!(
    chapters_and_kinds_are_created_with_names_in_every_language,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cookie = organiser(&app, Role::Editor, None).await;
        let languages = ["en", "ar", "ur", "tr", "id", "fr"];
        let (names, cities): (Vec<String>, Vec<String>) = languages
            .iter()
            .map(|l| (format!("name-{l}"), format!("city-{l}")))
            .unzip();
        let mut fields: Vec<(&str, &str)> = vec![("country", "MA"), ("zone", "Africa/Casablanca")];
        for (name, city) in names.iter().zip(&cities) {
            fields.push((name, "Morocco chapter"));
            fields.push((city, "Rabat"));
        }
        // One language missing is named.
        let incomplete: Vec<_> = fields
            .iter()
            .filter(|(k, _)| *k != "city-fr")
            .copied()
            .collect();
        let refused = submit(&app, "/admin/chapters", &cookie, &incomplete).await;
        assert_eq!(refused.status().as_u16(), 422);
        let explained = plain(&refused.text().await.expect("body"));
        assert!(explained.contains("name and city in French"), "{explained}");
        let created = submit(&app, "/admin/chapters", &cookie, &fields).await;
        assert_eq!(created.status().as_u16(), 303);
        let (status, html) = app.get_text("/fr/chapters/morocco-chapter/").await;
        assert_eq!(status, 200);
        assert!(html.contains("Rabat"));

        let mut kind: Vec<(String, String)> = vec![("signable".into(), "on".into())];
        for l in languages {
            kind.push((format!("name-{l}"), "Petition".into()));
            kind.push((format!("plural-{l}"), "Petitions".into()));
        }
        let kind_refs: Vec<(&str, &str)> =
            kind.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            submit(&app, "/admin/kinds", &cookie, &kind_refs)
                .await
                .status()
                .as_u16(),
            303
        );
        let content = app.state.content().await.expect("content");
        let petition = content
            .post_kinds
            .iter()
            .find(|k| k.slug.as_str() == "petition")
            .expect("kind");
        assert!(petition.signable);
        assert_eq!(app.get_text("/en/kinds/petition/").await.0, 200);
        // The same slug again is refused.
        let again = submit(&app, "/admin/kinds", &cookie, &kind_refs).await;
        assert_eq!(
            again.status().as_u16(),
            303,
            "a second one gets its own slug"
        );
        let content = app.state.content().await.expect("content");
        assert!(
            content
                .post_kinds
                .iter()
                .any(|k| k.slug.as_str() == "petition-2")
        );
    }
);

both_backends!(
    a_chapter_editor_creates_posts_only_in_their_own_chapter,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cookie = organiser(&app, Role::ChapterEditor, Some("lebanon")).await;
        let form = get_with(&app, "/admin/posts/new", &cookie)
            .await
            .text()
            .await
            .expect("body");
        assert!(
            form.contains(r#"<option value="lebanon" selected>"#),
            "{form}"
        );
        assert!(
            !form.contains(r#"<option value="tunisia""#),
            "only their chapter is offered"
        );
        assert!(!form.contains(r#"<option value="" selected>Central office"#));
        let post = |chapter: &'static str, title: &'static str| {
            let (app, cookie) = (&app, &cookie);
            async move {
                submit(
                    app,
                    "/admin/posts/new",
                    cookie,
                    &[
                        ("kind", "news"),
                        ("lang", "en"),
                        ("chapter", chapter),
                        ("title", title),
                        ("summary", "News from the chapter."),
                        ("body", "Text."),
                        ("published_on", "2026-11-25"),
                        ("action", "draft"),
                    ],
                )
                .await
                .status()
                .as_u16()
            }
        };
        assert_eq!(post("tunisia", "From Tunis").await, 403);
        assert_eq!(
            post("", "From the office").await,
            303,
            "none chosen: their own chapter"
        );
        assert_eq!(post("lebanon", "From Beirut").await, 303);
        let content = app.state.content_for_edit().await.expect("content").1;
        assert!(
            !content
                .posts
                .iter()
                .any(|p| p.slug.as_str() == "from-tunis")
        );
        for slug in ["from-the-office", "from-beirut"] {
            let created = content
                .posts
                .iter()
                .find(|p| p.slug.as_str() == slug)
                .expect("created");
            assert_eq!(
                created.chapter.as_ref().map(|c| c.as_str()),
                Some("lebanon")
            );
        }
        // Events, chapters and kinds are not theirs to create.
        for path in ["/admin/events/new", "/admin/chapters", "/admin/kinds"] {
            assert_eq!(
                submit(&app, path, &cookie, &[]).await.status().as_u16(),
                403,
                "{path}"
            );
        }
    }
);
