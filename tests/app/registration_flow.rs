//! The attendee's path over HTTP: form, mail, confirmation, personal page.

use crate::both_backends;
use crate::helpers::{TestApp, link_in, mails, post, spawn_app};
use mail_parser::MimeHeaders;

const FORM: &str = "/en/events/water-for-every-home-2026/register";

/// The CSRF cookie and token of a freshly loaded form.
async fn form_session(app: &TestApp, path: &str) -> (String, String) {
    let response = app.get(path).await;
    assert_eq!(response.status().as_u16(), 200, "{path}");
    assert_eq!(response.headers()["referrer-policy"], "no-referrer");
    crate::helpers::csrf_session(response).await
}

fn sign_up_fields<'a>(csrf: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("name", "Amina Qureshi"),
        ("email", email),
        ("country", "PK"),
        ("lang", "en"),
        ("tz", "Asia/Karachi"),
        ("attest", "on"),
        ("consent", "on"),
        ("website", ""),
    ]
}

both_backends!(
    an_attendee_registers_confirms_and_cancels,
    |backend| async move {
        let app = spawn_app(backend).await;
        let event_page =
            crate::helpers::plain(&app.get_text("/en/events/water-for-every-home-2026").await.1);
        assert!(
            event_page.contains(FORM),
            "the event page links to the form"
        );
        assert!(
            event_page.contains("500 places left"),
            "places left are shown"
        );

        let (cookie, csrf) = form_session(&app, FORM).await;
        let response = post(
            &app,
            FORM,
            &cookie,
            &sign_up_fields(&csrf, "amina@example.org"),
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(response.headers()["location"], format!("{FORM}/sent"));
        assert_eq!(app.run_due_jobs().await.expect("deliver"), 1);
        let sent = mails(&app);
        assert_eq!(sent.len(), 1);
        assert!(
            sent[0]
                .subject()
                .is_some_and(|s| s.starts_with("Please confirm your registration"))
        );
        // From the organisation (in the attendee's language), replies to its contact address.
        let from = sent[0].from().and_then(|f| f.first()).expect("a sender");
        assert_eq!(
            from.name(),
            Some("Women's Committee of the Global Water Alliance")
        );
        let reply_to = sent[0]
            .reply_to()
            .and_then(|r| r.first())
            .expect("Reply-To");
        assert_eq!(reply_to.address(), Some("contact@water-alliance.example"));
        let confirm = link_in(
            &sent[0],
            "https://convene.example/en/registrations/confirm/",
        );

        // Opening the link only shows a button: link scanners confirm nothing.
        let (cookie, csrf) = form_session(&app, &confirm).await;
        let page =
            crate::helpers::plain(&app.get_text("/en/events/water-for-every-home-2026").await.1);
        assert!(page.contains("500 places left"));
        let confirmed = post(&app, &confirm, &cookie, &[("csrf", &csrf)]).await;
        assert_eq!(confirmed.status().as_u16(), 303, "on to the personal page");
        let personal_page = confirmed.headers()["location"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(
            app.get_text(&personal_page)
                .await
                .1
                .contains("Your place is confirmed.")
        );
        let page =
            crate::helpers::plain(&app.get_text("/en/events/water-for-every-home-2026").await.1);
        assert!(
            page.contains("499 places left"),
            "places left follow at once"
        );

        app.run_due_jobs().await.expect("deliver");
        let sent = mails(&app);
        assert_eq!(sent.len(), 2);
        let welcome = &sent[1];
        assert!(
            welcome
                .subject()
                .is_some_and(|s| s.starts_with("Your place is confirmed"))
        );
        let ics = welcome
            .attachments()
            .find(|a| a.attachment_name().is_some_and(|n| n.ends_with(".ics")))
            .expect("calendar file");
        let ics = String::from_utf8_lossy(ics.contents()).into_owned();
        assert!(ics.contains("DTSTART:20261223T123000Z"), "{ics}");
        let text = welcome.body_text(0).expect("text");
        assert!(
            text.contains("5:30\u{202f}PM")
                && text.contains("Pakistan Time")
                && !text.contains("Asia/Karachi"),
            "times in the attendee's zone, named for people: {text}"
        );
        let personal = link_in(welcome, "https://convene.example/en/registrations/");

        let (cookie, csrf) = form_session(&app, &personal).await;
        let (_, page) = app.get_text(&personal).await;
        assert!(page.contains("Your place is confirmed."));
        assert!(
            page.contains("amina@example.org"),
            "the person sees the data held about them"
        );
        let cancelled = post(
            &app,
            &format!("{personal}/cancel"),
            &cookie,
            &[("csrf", &csrf)],
        )
        .await;
        assert_eq!(cancelled.status().as_u16(), 303);
        let (_, page) = app.get_text(&personal).await;
        assert!(page.contains("You cancelled this registration."));
        let page =
            crate::helpers::plain(&app.get_text("/en/events/water-for-every-home-2026").await.1);
        assert!(page.contains("500 places left"));
    }
);

both_backends!(
    the_answer_never_reveals_whether_an_address_is_registered,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (cookie, csrf) = form_session(&app, FORM).await;
        let first = post(
            &app,
            FORM,
            &cookie,
            &sign_up_fields(&csrf, "known@example.org"),
        )
        .await;
        let again = post(
            &app,
            FORM,
            &cookie,
            &sign_up_fields(&csrf, "known@example.org"),
        )
        .await;
        let other = post(
            &app,
            FORM,
            &cookie,
            &sign_up_fields(&csrf, "new@example.org"),
        )
        .await;
        for response in [&first, &again, &other] {
            assert_eq!(response.status().as_u16(), 303);
            assert_eq!(response.headers()["location"], format!("{FORM}/sent"));
        }
        let regs = app
            .state
            .db
            .registrations(&"water-for-every-home-2026".parse().expect("slug"))
            .await
            .expect("list");
        assert_eq!(regs.len(), 2, "no duplicate");
    }
);

both_backends!(
    bad_submissions_are_explained_and_keep_what_was_typed,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (cookie, csrf) = form_session(&app, FORM).await;
        let mut fields = sign_up_fields(&csrf, "not-an-address");
        fields.retain(|(k, _)| *k != "consent");
        let response = post(&app, FORM, &cookie, &fields).await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.expect("body");
        assert!(html.contains("Enter an e-mail address such as name@example.org."));
        assert!(html.contains("Please agree so that we can keep your registration."));
        assert!(
            html.contains(r#"value="Amina Qureshi""#),
            "the name is kept"
        );
        assert!(
            html.contains(r#"value="not-an-address""#),
            "the address is kept to be corrected"
        );
    }
);

both_backends!(
    forms_without_a_valid_token_are_refused,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (cookie, _) = form_session(&app, FORM).await;
        let response = post(
            &app,
            FORM,
            &cookie,
            &sign_up_fields("forged", "x@example.org"),
        )
        .await;
        assert_eq!(response.status().as_u16(), 403);
        let response = post(&app, FORM, "", &sign_up_fields("forged", "x@example.org")).await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(app.state.db.unsent_mail().await.expect("count"), 0);
    }
);

both_backends!(the_honeypot_catches_bots_quietly, |backend| async move {
    let app = spawn_app(backend).await;
    let (cookie, csrf) = form_session(&app, FORM).await;
    let mut fields = sign_up_fields(&csrf, "bot@example.org");
    fields.retain(|(k, _)| *k != "website");
    fields.push(("website", "http://spam.example"));
    let response = post(&app, FORM, &cookie, &fields).await;
    let status = response.status().as_u16();
    assert_eq!(
        status,
        303,
        "the bot sees success: {}",
        response.text().await.unwrap_or_default()
    );
    assert_eq!(app.state.db.unsent_mail().await.expect("count"), 0);
});

both_backends!(
    strangers_are_rate_limited_with_retry_after,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (cookie, csrf) = form_session(&app, FORM).await;
        let mut last = None;
        for n in 0..25 {
            let email = format!("p{n}@example.org");
            last = Some(post(&app, FORM, &cookie, &sign_up_fields(&csrf, &email)).await);
        }
        let last = last.expect("responses");
        assert_eq!(last.status().as_u16(), 429);
        let retry: i64 = last.headers()["retry-after"]
            .to_str()
            .expect("ascii")
            .parse()
            .expect("seconds");
        assert!((1..=600).contains(&retry));
    }
);

both_backends!(
    mail_waits_in_the_queue_while_smtp_is_down,
    |backend| async move {
        let app = crate::helpers::spawn_app_with_smtp(backend, "smtp://127.0.0.1:9").await;
        let (cookie, csrf) = form_session(&app, FORM).await;
        post(
            &app,
            FORM,
            &cookie,
            &sign_up_fields(&csrf, "patient@example.org"),
        )
        .await;
        assert_eq!(app.run_due_jobs().await.expect("deliver"), 0);
        assert_eq!(
            app.state.db.unsent_mail().await.expect("count"),
            1,
            "nothing is lost"
        );
        // Not due again until the backoff has passed.
        assert!({
            let now = app.state.clock.now();
            app.state
                .db
                .claim_jobs("test", now, now + convene::jobs::LEASE, 10)
                .await
                .expect("claim")
                .is_empty()
        });
    }
);

both_backends!(
    reminder_mail_reaches_confirmed_attendees_in_their_language,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (cookie, csrf) = form_session(&app, FORM).await;
        let mut fields = sign_up_fields(&csrf, "leila@example.org");
        fields.retain(|(k, _)| *k != "lang");
        fields.push(("lang", "fr"));
        post(&app, FORM, &cookie, &fields).await;
        app.run_due_jobs().await.expect("deliver");
        let confirm = link_in(
            &mails(&app)[0],
            "https://convene.example/fr/registrations/confirm/",
        );
        let (cookie, csrf) = form_session(&app, &confirm).await;
        post(&app, &confirm, &cookie, &[("csrf", &csrf)]).await;
        app.run_due_jobs().await.expect("deliver");
        // A day before doors open (2026-12-23 12:30 UTC) the 24-hour reminder goes out.
        app.clock
            .set("2026-12-22T13:00:00Z".parse().expect("instant"));
        assert_eq!(
            convene::jobs::queue_reminders(&app.state)
                .await
                .expect("queue"),
            1
        );
        assert_eq!(
            convene::jobs::queue_reminders(&app.state)
                .await
                .expect("queue"),
            0
        );
        app.run_due_jobs().await.expect("deliver");
        let all = mails(&app);
        let reminder = all.last().expect("a reminder");
        assert!(
            reminder.subject().is_some_and(|s| s.starts_with("Bientôt")),
            "{:?}",
            reminder.subject()
        );
    }
);

/// Registers, confirms, and returns the personal page's path.
pub(crate) async fn confirmed_registration(app: &TestApp, email: &str) -> String {
    let (cookie, csrf) = form_session(app, FORM).await;
    post(app, FORM, &cookie, &sign_up_fields(&csrf, email)).await;
    app.run_due_jobs().await.expect("deliver");
    let confirm = link_in(
        mails(app).last().expect("mail"),
        "https://convene.example/en/registrations/confirm/",
    );
    let (cookie, csrf) = form_session(app, &confirm).await;
    let response = post(app, &confirm, &cookie, &[("csrf", &csrf)]).await;
    response.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned()
}

both_backends!(
    a_person_can_delete_the_data_held_about_them,
    |backend| async move {
        let app = spawn_app(backend).await;
        let personal = confirmed_registration(&app, "forget-me@example.org").await;
        let (cookie, csrf) = form_session(&app, &personal).await;
        let response = post(
            &app,
            &format!("{personal}/delete"),
            &cookie,
            &[("csrf", &csrf)],
        )
        .await;
        assert_eq!(response.status().as_u16(), 200);
        assert!(
            response
                .text()
                .await
                .expect("body")
                .contains("Your data is deleted")
        );
        assert_eq!(
            app.get(&personal).await.status().as_u16(),
            404,
            "the personal link is retired"
        );
        let regs = app
            .state
            .db
            .registrations(&"water-for-every-home-2026".parse().expect("slug"))
            .await
            .expect("list");
        assert!(
            regs.iter()
                .all(|r| r.email.as_str() != "forget-me@example.org" && r.name.is_empty())
        );
        let page =
            crate::helpers::plain(&app.get_text("/en/events/water-for-every-home-2026").await.1);
        assert!(page.contains("500 places left"), "the place is free again");
    }
);

both_backends!(
    a_person_can_change_the_language_of_their_mail,
    |backend| async move {
        let app = spawn_app(backend).await;
        let personal = confirmed_registration(&app, "langue@example.org").await;
        let (cookie, csrf) = form_session(&app, &personal).await;
        let response = post(
            &app,
            &format!("{personal}/language"),
            &cookie,
            &[("csrf", &csrf), ("lang", "fr")],
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        let moved = response.headers()["location"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(moved.starts_with("/fr/registrations/"));
        let (status, html) = app.get_text(&moved).await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"<html lang="fr""#));
        let (cookie, csrf) = form_session(&app, &moved).await;
        let bad = post(
            &app,
            &format!("{moved}/language"),
            &cookie,
            &[("csrf", &csrf), ("lang", "xx")],
        )
        .await;
        assert_eq!(bad.status().as_u16(), 400);
    }
);
