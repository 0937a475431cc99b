//! Mail to people (issue 16): a message written in the organisers' area reaches each
//! registrant once, in their language, sent by the job workers of two instances through a
//! real SMTP server, with progress to 100%; one POST to the one-click unsubscribe address
//! (RFC 8058) takes a person out of every later broadcast; only those allowed may send.

use crate::admin::{get_with, person, session_cookie};
use crate::both_backends;
use crate::helpers::{
    Backend, TestApp, csrf_session, eventually, free_port, mails, plain, post, spawn_app,
    spawn_app_running_jobs_with, test_now,
};
use crate::smtp::{received, start_smtp_taking};
use convene::admin::Role;
use convene::broadcast::{Audience, BroadcastText, BroadcastTexts, RecipientId, Which};
use convene::registration::{NewRegistration, SignUpRequest};
use convene::storage::{AuditEntry, Audited};
use secrecy::SecretString;
use std::collections::HashMap;
use std::time::Duration;

const EVENT: &str = "water-for-every-home-2026";

/// `n` confirmed registrants of the demo event, every other one reading Arabic (and from
/// Lebanon), the rest English (from Pakistan); their own mail is already out of the way.
async fn registrants(app: &TestApp, n: usize) -> Vec<i64> {
    let batch: Vec<SignUpRequest> = (0..n)
        .map(|i| {
            let arabic = i % 2 == 1;
            SignUpRequest {
                new: NewRegistration {
                    event: EVENT.parse().expect("slug"),
                    email: format!("person{i}@example.org").parse().expect("email"),
                    name: format!("Person {i}").parse().expect("name"),
                    country: (if arabic { "LB" } else { "PK" }).parse().expect("country"),
                    lang: (if arabic { "ar" } else { "en" }).parse().expect("lang"),
                    time_zone: "Asia/Beirut".parse().expect("zone"),
                },
                confirm_nonce: format!("confirm-{i}"),
                access_nonce: format!("access-{i}"),
                now: test_now(),
            }
        })
        .collect();
    for chunk in batch.chunks(200) {
        app.state
            .db
            .sign_up_batch(chunk, app.state.lifetimes)
            .await
            .expect("sign up");
    }
    // Setup only: the confirmation itself is tested elsewhere; here they simply hold places
    // and their confirmation mail is not what this test counts.
    let pool = sqlx::AnyPool::connect(&app.state.config.database_url())
        .await
        .expect("pool");
    sqlx::query("UPDATE registrations SET status = 'confirmed', confirmed_at = created_at")
        .execute(&pool)
        .await
        .expect("confirm");
    sqlx::query("DELETE FROM jobs WHERE kind = 'mail'")
        .execute(&pool)
        .await
        .expect("clear their mail");
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM registrations ORDER BY id")
        .fetch_all(&pool)
        .await
        .expect("ids");
    pool.close().await;
    ids
}

/// A broadcast to the demo event's confirmed registrants, queued for `recipients` directly
/// in storage (for tests about what happens after the organiser pressed Send).
pub async fn queued(app: &TestApp, recipients: &[i64]) -> i64 {
    let texts = BroadcastTexts::new(
        "en".parse().expect("lang"),
        [(
            "en".parse().expect("lang"),
            BroadcastText {
                subject: "The stream address changed".into(),
                body: "Use the **new** address.".into(),
            },
        )],
    )
    .expect("texts");
    let audience = Audience::Registrants {
        event: EVENT.parse().expect("slug"),
        which: Which::Confirmed,
        lang: None,
        country: None,
    };
    let recipients: Vec<RecipientId> = recipients
        .iter()
        .map(|id| RecipientId::Registration(*id))
        .collect();
    let audit = Audited {
        user_id: None,
        entry: AuditEntry {
            at: test_now(),
            actor: "test".into(),
            action: "sent a message".into(),
            subject: "test".into(),
            before: None,
            after: None,
        },
    };
    app.state
        .db
        .queue_broadcast(&audience, &texts, &recipients, &audit, test_now())
        .await
        .expect("queue")
}

/// An owner's session cookie and the form token of the compose page.
async fn owner(app: &TestApp) -> (String, String) {
    let id = person(app, "owner@example.org", Role::Owner, None).await;
    let cookie = session_cookie(app, id).await;
    let response = get_with(app, "/admin/mail/new", &cookie).await;
    assert_eq!(response.status(), 200);
    let (_, token) = csrf_session(response).await;
    (cookie, token)
}

/// The compose form's fields: the demo event's confirmed registrants, English and Arabic.
fn message<'a>(token: &'a str, action: &'a str, expected: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", token),
        ("event", EVENT),
        ("which", "confirmed"),
        ("lang", ""),
        ("country", ""),
        ("subject-en", "The stream address changed"),
        (
            "body-en",
            "Please use the **new** address: <https://stream.example/live>.",
        ),
        ("subject-ar", "تغيّر عنوان البث"),
        ("body-ar", "يُرجى استخدام العنوان **الجديد**."),
        ("action", action),
        ("expected", expected),
    ]
}

fn header(mail: &mail_parser::Message<'_>, name: &str) -> String {
    mail.header_raw(name)
        .unwrap_or_else(|| panic!("no {name} header"))
        .trim()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broadcast_to_1000_registrants_in_two_languages_reaches_each_once_from_two_instances() {
    const PEOPLE: usize = 1000;
    let smtp = start_smtp_taking(free_port(), 0).await;
    let smtp_url = format!("smtp://127.0.0.1:{}", smtp.port);
    // Instance A as `convene serve` starts it (its own worker running); B beside it on the
    // same database, sending with a worker of its own.
    let a = spawn_app_running_jobs_with(Backend::Postgres, |layer| {
        layer.smtp_url = Some(SecretString::from(smtp_url.clone()));
    })
    .await;
    let b = a.second_instance().await;
    let (_keep_going, go_on) = tokio::sync::watch::channel(false);
    let worker_b = tokio::spawn(convene::jobs::Worker::new(b.state.clone()).run(go_on));
    registrants(&a, PEOPLE).await;
    let (cookie, token) = owner(&a).await;

    // Count first: the page says how many it reaches.
    let counted = post(
        &a,
        "/admin/mail/new",
        &cookie,
        &message(&token, "count", ""),
    )
    .await;
    assert_eq!(counted.status(), 200);
    let html = plain(&counted.text().await.expect("body"));
    assert!(
        html.contains("Recipients: 1000 (left out because they unsubscribed: 0)"),
        "{html}"
    );
    // Send with a stale count: nothing is queued, the page asks again.
    let stale = post(
        &a,
        "/admin/mail/new",
        &cookie,
        &message(&token, "send", "999"),
    )
    .await;
    assert_eq!(stale.status(), 200);
    assert!(a.state.db.broadcasts(10).await.expect("list").is_empty());
    // Send, on instance B (any instance will do).
    let sent = post(
        &b,
        "/admin/mail/new",
        &cookie,
        &message(&token, "send", "1000"),
    )
    .await;
    assert_eq!(sent.status(), 303);
    let progress_path = sent.headers()["location"]
        .to_str()
        .expect("location")
        .to_owned();
    assert!(progress_path.starts_with("/admin/mail/"), "{progress_path}");

    let broadcast_mail = |smtp: &crate::smtp::SmtpServer| {
        received(smtp)
            .into_iter()
            .filter(|m| m.header_raw("List-Unsubscribe").is_some())
            .collect::<Vec<_>>()
    };
    eventually("every message is out", Duration::from_secs(120), || async {
        broadcast_mail(&smtp).len() >= PEOPLE
    })
    .await;
    eventually("progress reaches 100%", Duration::from_secs(30), || async {
        let page = get_with(&a, &progress_path, &cookie).await;
        let html = page.text().await.expect("body");
        html.contains(r#"id="broadcast-percent">100%"#) && !html.contains("http-equiv=\"refresh\"")
    })
    .await;
    worker_b.abort();
    let _ = worker_b.await;

    let mut by_person: HashMap<String, Vec<mail_parser::Message<'static>>> = HashMap::new();
    for mail in broadcast_mail(&smtp) {
        let to = mail
            .to()
            .and_then(|t| t.first())
            .and_then(|a| a.address())
            .expect("to");
        by_person.entry(to.to_owned()).or_default().push(mail);
    }
    assert_eq!(by_person.len(), PEOPLE, "everyone");
    for (to, messages) in &by_person {
        assert_eq!(messages.len(), 1, "{to} got {}", messages.len());
        let mail = &messages[0];
        let i: usize = to
            .trim_start_matches("person")
            .trim_end_matches("@example.org")
            .parse()
            .expect("number");
        let (subject, lang) = if i % 2 == 1 {
            ("تغيّر عنوان البث", "ar")
        } else {
            ("The stream address changed", "en")
        };
        assert_eq!(mail.subject(), Some(subject), "{to}");
        let unsubscribe = header(mail, "List-Unsubscribe");
        assert!(
            unsubscribe.starts_with(&format!("<https://convene.example/{lang}/unsubscribe/")),
            "{unsubscribe}"
        );
        assert_eq!(
            header(mail, "List-Unsubscribe-Post"),
            "List-Unsubscribe=One-Click"
        );
        assert!(!unsubscribe.contains("person"), "no address in the link");
    }

    // One click (RFC 8058): a POST to the address in the header, without cookies.
    let link = header(&by_person["person1@example.org"][0], "List-Unsubscribe");
    let path = link
        .trim_start_matches("<https://convene.example")
        .trim_end_matches('>');
    let response = a
        .client
        .post(format!("{}{path}", b.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 200);
    // A link this server did not make does nothing.
    let forged = format!("{}.{}", "0".repeat(64), "0".repeat(32));
    let refused = a
        .client
        .post(format!("{}/en/unsubscribe/{forged}", a.address))
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status(), 404);
    // The next message reaches everyone else.
    let counted = post(
        &a,
        "/admin/mail/new",
        &cookie,
        &message(&token, "count", ""),
    )
    .await;
    let html = plain(&counted.text().await.expect("body"));
    assert!(
        html.contains("Recipients: 999 (left out because they unsubscribed: 1)"),
        "{html}"
    );
}

both_backends!(
    an_address_unsubscribed_after_queueing_is_left_out_and_progress_says_so,
    |backend| async move {
        let app = spawn_app(backend).await;
        let ids = registrants(&app, 3).await;
        let id = queued(&app, &ids).await;
        // Person 2 unsubscribes (from an earlier message) before this one goes out.
        let token = convene::broadcast::UnsubscribeToken::for_address(
            &app.state.link_key,
            "person2@example.org",
        );
        let page = app.get(&format!("/fr/unsubscribe/{token}")).await;
        assert_eq!(page.status(), 200);
        let (cookie, _) = csrf_session(page).await;
        let response = post(&app, &format!("/fr/unsubscribe/{token}"), &cookie, &[]).await;
        assert_eq!(response.status(), 200);
        assert!(plain(&response.text().await.expect("body")).contains("Vous êtes désinscrit"));
        app.run_due_jobs().await.expect("jobs");
        let sent: Vec<String> = mails(&app)
            .iter()
            .filter_map(|m| m.to()?.first()?.address().map(str::to_owned))
            .collect();
        assert_eq!(sent.len(), 2, "{sent:?}");
        assert!(!sent.contains(&"person2@example.org".to_owned()));
        let progress = app.state.db.broadcast_progress(id).await.expect("progress");
        assert_eq!(
            (
                progress.sent,
                progress.skipped,
                progress.waiting,
                progress.percent()
            ),
            (2, 1, 0, 100)
        );
        // The send is in the audit log, written with it.
        let log = app.state.db.audit_log(5).await.expect("log");
        assert!(log.iter().any(|e| e.action == "sent a message"));
    }
);

both_backends!(
    only_owners_and_editors_given_the_right_may_send,
    |backend| async move {
        let app = spawn_app(backend).await;
        registrants(&app, 2).await;
        let mut editor = 0;
        for (email, role) in [
            ("moderator@example.org", Role::Moderator),
            ("editor@example.org", Role::Editor),
            ("chapter@example.org", Role::ChapterEditor),
        ] {
            let chapter = (role == Role::ChapterEditor).then_some("lebanon");
            let id = person(&app, email, role, chapter).await;
            if role == Role::Editor {
                editor = id;
            }
            let cookie = session_cookie(&app, id).await;
            assert_eq!(
                get_with(&app, "/admin/mail/new", &cookie).await.status(),
                403,
                "{role}"
            );
        }
        app.state
            .db
            .set_may_send_mail(editor, true)
            .await
            .expect("grant");
        let cookie = session_cookie(&app, editor).await;
        let page = get_with(&app, "/admin/mail/new", &cookie).await;
        assert_eq!(page.status(), 200);
        let (_, token) = csrf_session(page).await;
        // A message without the default language's text is refused and explained; nothing
        // is queued.
        let mut fields = message(&token, "send", "2");
        fields.retain(|(k, _)| !k.ends_with("-en"));
        let response = post(&app, "/admin/mail/new", &cookie, &fields).await;
        assert_eq!(response.status(), 422);
        assert!(
            plain(&response.text().await.expect("body"))
                .contains("needs a subject and a text in en")
        );
        // Without the form token: refused.
        let mut fields = message(&token, "send", "2");
        fields.retain(|(k, _)| *k != "csrf");
        assert_eq!(
            post(&app, "/admin/mail/new", &cookie, &fields)
                .await
                .status(),
            403
        );
        assert!(app.state.db.broadcasts(5).await.expect("list").is_empty());
        // With everything: queued, and the test send went to the editor alone.
        let test = post(
            &app,
            "/admin/mail/new",
            &cookie,
            &message(&token, "test", ""),
        )
        .await;
        assert!(
            plain(&test.text().await.expect("body"))
                .contains("A test was sent to editor@example.org")
        );
        let sent = post(
            &app,
            "/admin/mail/new",
            &cookie,
            &message(&token, "send", "2"),
        )
        .await;
        assert_eq!(sent.status(), 303);
        assert_eq!(app.state.db.broadcasts(5).await.expect("list").len(), 1);
    }
);
