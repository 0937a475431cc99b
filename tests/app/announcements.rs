//! Hall announcements afterwards: written per language (attendees read theirs, else the
//! event's main language), listed for the organisers with time and author, withdrawn from
//! every open hall at once (on one instance and across instances), audited.

use crate::admin::{get_with, person, session_cookie};
use crate::both_backends;
use crate::hall::{EVENT, attendee, open_the_doors};
use crate::helpers::{Backend, TestApp, csrf_session, plain, post, spawn_app};
use crate::sse::Sse;
use convene::admin::Role;

const NATS: &str = "nats://127.0.0.1:4222";

/// A moderator's session cookie and the CSRF token of the hall console.
async fn moderator(app: &TestApp) -> (String, String) {
    let id = person(app, "moderator@example.org", Role::Moderator, None).await;
    let cookie = session_cookie(app, id).await;
    let (_, csrf) =
        csrf_session(get_with(app, &format!("/admin/hall/{EVENT}"), &cookie).await).await;
    (cookie, csrf)
}

both_backends!(
    announcements_are_written_per_language_listed_and_withdrawn_from_open_halls,
    |backend| async move {
        let app = spawn_app(backend).await;
        open_the_doors(&app).await;
        let (_, hall) = attendee(&app, "listener@example.org").await;
        let mut stream = Sse::open(&app.address, &format!("{hall}/updates"), None, "").await;
        stream.next_any().await.expect("hello");
        let (cookie, csrf) = moderator(&app).await;
        let announce = format!("/admin/hall/{EVENT}/announcements");

        // The event's main language (Arabic) is required: an English text alone is refused,
        // what was typed kept.
        let refused = post(
            &app,
            &announce,
            &cookie,
            &[
                ("csrf", csrf.as_str()),
                ("text", " "),
                ("text-en", "Ten minutes late"),
            ],
        )
        .await;
        assert_eq!(refused.status().as_u16(), 422);
        let body = plain(&refused.text().await.expect("body"));
        assert!(body.contains("Write the announcement first."), "{body}");
        assert!(body.contains(">Ten minutes late</textarea>"), "{body}");

        let posted = post(
            &app,
            &announce,
            &cookie,
            &[
                ("csrf", csrf.as_str()),
                ("text", "يبدأ الحوار متأخرًا عشر دقائق"),
                ("text-en", "The dialogue starts <ten> minutes late"),
            ],
        )
        .await;
        assert_eq!(posted.status().as_u16(), 303);
        let frame = stream.next_update().await;
        assert_eq!(frame.event, "announcement");
        let id = frame.data["id"].as_i64().expect("id");
        assert_eq!(frame.data["main"], "ar");
        assert_eq!(
            frame.data["texts"]["en"],
            "The dialogue starts <ten> minutes late"
        );

        // Each attendee reads their language; a language without a text gets the main one.
        let token = hall.trim_start_matches("/en/hall/");
        let english = app.get_text(&hall).await.1;
        assert!(
            english.contains(r#"<span class="announcement-text" lang="en" dir="auto">The dialogue starts &#60;ten&#62; minutes late</span>"#)
                || english.contains(r#"<span class="announcement-text" lang="en" dir="auto">The dialogue starts &lt;ten&gt; minutes late</span>"#),
            "{english}"
        );
        let french = plain(&app.get_text(&format!("/fr/hall/{token}")).await.1);
        assert!(
            french.contains(r#"lang="ar" dir="auto">يبدأ الحوار متأخرًا عشر دقائق</span>"#),
            "{french}"
        );

        // Listed with its time and author, and both texts.
        let list = plain(
            &get_with(&app, &announce, &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        assert!(list.contains("<bdi>Test Person</bdi>"), "{list}");
        assert!(list.contains("Shown in the hall."), "{list}");
        assert!(list.contains("يبدأ الحوار متأخرًا عشر دقائق"), "{list}");

        // Withdrawn: gone from the open stream at once, from the page, and from a replay.
        let withdraw = format!("{announce}/{id}/withdraw");
        let done = post(&app, &withdraw, &cookie, &[("csrf", csrf.as_str())]).await;
        assert_eq!(done.status().as_u16(), 303);
        let frame = stream.next_update().await;
        assert_eq!(
            (frame.event.as_str(), frame.data["id"].as_i64()),
            ("announcement-withdrawn", Some(id))
        );
        assert!(!app.get_text(&hall).await.1.contains("minutes late"));
        let mut replay = Sse::open(&app.address, &format!("{hall}/updates"), Some(0), "").await;
        replay.next_any().await.expect("hello");
        let replayed = replay.next_update().await;
        assert_eq!(replayed.event, "announcement");
        assert_eq!(replayed.data["withdrawn"], true);
        assert!(
            !replayed.data.to_string().contains("minutes late"),
            "{:?}",
            replayed.data
        );
        let list = plain(
            &get_with(&app, &announce, &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        assert!(list.contains("by Test Person."), "{list}");
        assert!(
            !list.contains(&format!("{id}/withdraw")),
            "no second withdraw button"
        );

        // A second press changes nothing; an announcement the event never had is not found.
        let seq = app
            .state
            .db
            .hall_seq(&EVENT.parse().expect("slug"))
            .await
            .expect("seq");
        let again = post(&app, &withdraw, &cookie, &[("csrf", csrf.as_str())]).await;
        assert_eq!(again.status().as_u16(), 303);
        assert_eq!(
            app.state
                .db
                .hall_seq(&EVENT.parse().expect("slug"))
                .await
                .expect("seq"),
            seq
        );
        let unknown = post(
            &app,
            &format!("{announce}/999999/withdraw"),
            &cookie,
            &[("csrf", csrf.as_str())],
        )
        .await;
        assert_eq!(unknown.status().as_u16(), 404);
        // Without the form's token: refused.
        let forged = post(&app, &withdraw, &cookie, &[("csrf", "forged")]).await;
        assert_eq!(forged.status().as_u16(), 403);

        // Audited: the announcement and its withdrawal.
        let audit = app.state.db.audit_log(20).await.expect("audit");
        let actions: Vec<&str> = audit.iter().map(|e| e.action.as_str()).collect();
        assert!(
            actions.contains(&"posted an announcement in the hall"),
            "{actions:?}"
        );
        assert!(
            actions.contains(&"withdrew a hall announcement"),
            "{actions:?}"
        );
        assert!(audit.iter().all(|e| e.actor == "moderator@example.org"));
    }
);

#[tokio::test]
async fn an_announcement_withdrawn_on_one_instance_leaves_the_halls_open_on_another() {
    let a = crate::helpers::spawn_app_with(Backend::Postgres, |layer| {
        layer.nats_url = Some(NATS.to_owned());
    })
    .await;
    let b = a.second_instance().await;
    for app in [&a, &b] {
        open_the_doors(app).await;
    }
    let (_, hall) = attendee(&a, "on-b@example.org").await;
    let mut on_b = Sse::open(&b.address, &format!("{hall}/updates"), None, "").await;
    on_b.next_any().await.expect("hello");
    let (cookie, csrf) = moderator(&a).await;
    let announce = format!("/admin/hall/{EVENT}/announcements");
    let posted = post(
        &a,
        &announce,
        &cookie,
        &[("csrf", csrf.as_str()), ("text", "استراحة قصيرة")],
    )
    .await;
    assert_eq!(posted.status().as_u16(), 303);
    let frame = on_b.next_update().await;
    assert_eq!(frame.event, "announcement");
    let id = frame.data["id"].as_i64().expect("id");
    assert!(b.get_text(&hall).await.1.contains("استراحة قصيرة"));
    let withdrawn = post(
        &a,
        &format!("{announce}/{id}/withdraw"),
        &cookie,
        &[("csrf", csrf.as_str())],
    )
    .await;
    assert_eq!(withdrawn.status().as_u16(), 303);
    let frame = on_b.next_update().await;
    assert_eq!(
        (frame.event.as_str(), frame.data["id"].as_i64()),
        ("announcement-withdrawn", Some(id))
    );
    assert!(!b.get_text(&hall).await.1.contains("استراحة قصيرة"));
}
