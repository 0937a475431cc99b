//! Mail to a letter's signatories (issue 16): only those who ticked "keep me informed about
//! this letter" and confirmed their signature are counted and written to, each once, from
//! two instances on PostgreSQL; the wording they agreed to is kept with the time; an
//! unsubscribe takes them out of the next count.

use crate::admin::{get_with, person, session_cookie};
use crate::helpers::{
    Backend, TestApp, csrf_session, eventually, free_port, plain, post, spawn_app_running_jobs_with,
};
use crate::smtp::{received, start_smtp_taking};
use convene::admin::Role;
use secrecy::SecretString;
use sqlx::Row;
use std::time::Duration;

const LETTER: &str = "open-letter-water-ministers";
const SIGN: &str = "/en/posts/open-letter-water-ministers/sign";

/// Signs the letter through the public form (in `lang`), ticking the letter box or not.
async fn sign(app: &TestApp, lang: &str, email: &str, country: &str, updates: bool) {
    let path = SIGN.replacen("/en/", &format!("/{lang}/"), 1);
    let response = app.get(&path).await;
    assert_eq!(response.status(), 200);
    let (cookie, csrf) = csrf_session(response).await;
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("name", "Signer"),
        ("email", email),
        ("country", country),
        ("consent", "on"),
        ("website", ""),
    ];
    if updates {
        fields.push(("letter_updates", "on"));
    }
    let response = post(app, &path, &cookie, &fields).await;
    assert_eq!(response.status(), 303, "{email}");
}

async fn pool(app: &TestApp) -> sqlx::AnyPool {
    sqlx::AnyPool::connect(&app.state.config.database_url())
        .await
        .expect("pool")
}

fn form<'a>(
    token: &'a str,
    action: &'a str,
    expected: &'a str,
    lang: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", token),
        ("event", "water-for-every-home-2026"),
        ("which", "signatories"),
        ("letter", LETTER),
        ("lang", lang),
        ("country", ""),
        ("subject-en", "The letter was delivered"),
        ("body-en", "We handed it to the ministers **today**."),
        ("subject-ar", "سُلّمت الرسالة"),
        ("body-ar", "سلّمناها إلى الوزراء **اليوم**."),
        ("action", action),
        ("expected", expected),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_letters_signatories_who_opted_in_are_counted_and_written_to_once_from_two_instances() {
    let smtp = start_smtp_taking(free_port(), 0).await;
    let smtp_url = format!("smtp://127.0.0.1:{}", smtp.port);
    let a = spawn_app_running_jobs_with(Backend::Postgres, |layer| {
        layer.smtp_url = Some(SecretString::from(smtp_url.clone()));
    })
    .await;
    let b = a.second_instance().await;
    let (_keep_going, go_on) = tokio::sync::watch::channel(false);
    let worker_b = tokio::spawn(convene::jobs::Worker::new(b.state.clone()).run(go_on));

    sign(&a, "en", "yes-en@example.org", "LB", true).await;
    sign(&b, "ar", "yes-ar@example.org", "TN", true).await;
    sign(&a, "en", "no-box@example.org", "LB", false).await;
    sign(&a, "en", "unconfirmed@example.org", "LB", true).await;
    // Setup: confirming is tested elsewhere; all but one confirm.
    let db = pool(&a).await;
    sqlx::query(
        "UPDATE signatures SET status = 'confirmed', confirmed_at = created_at \
         WHERE email_key <> 'unconfirmed@example.org'",
    )
    .execute(&db)
    .await
    .expect("confirm");
    // The box is stored with its wording, in the signer's language, and the time.
    let row = sqlx::query(
        "SELECT updates_consent_text, updates_consented_at FROM signatures WHERE email_key = $1",
    )
    .bind("yes-ar@example.org")
    .fetch_one(&db)
    .await
    .expect("row");
    let text: Option<String> = row.try_get("updates_consent_text").expect("text");
    assert_eq!(
        text.as_deref(),
        Some("أبقوني على اطلاع بالبريد الإلكتروني بشأن هذه الرسالة (تسليمها والردود التي تتلقاها).")
    );
    assert!(
        row.try_get::<Option<i64>, _>("updates_consented_at")
            .expect("at")
            .is_some()
    );
    let unticked: Option<String> =
        sqlx::query_scalar("SELECT updates_consent_text FROM signatures WHERE email_key = $1")
            .bind("no-box@example.org")
            .fetch_one(&db)
            .await
            .expect("row");
    assert_eq!(unticked, None);

    let id = person(&a, "owner@example.org", Role::Owner, None).await;
    let cookie = session_cookie(&a, id).await;
    let page = get_with(&a, "/admin/mail/new", &cookie).await;
    let (_, token) = csrf_session(page).await;
    let count = |lang: &'static str| {
        let (a, cookie, token) = (&a, cookie.clone(), token.clone());
        async move {
            let page = post(
                a,
                "/admin/mail/new",
                &cookie,
                &form(&token, "count", "", lang),
            )
            .await;
            assert_eq!(page.status(), 200);
            plain(&page.text().await.expect("body"))
        }
    };
    let html = count("").await;
    assert!(
        html.contains("Recipients: 2 (left out because they unsubscribed: 0)"),
        "{html}"
    );
    let html = count("ar").await;
    assert!(
        html.contains("Recipients: 1 (left out because they unsubscribed: 0)"),
        "{html}"
    );

    let sent = post(
        &b,
        "/admin/mail/new",
        &cookie,
        &form(&token, "send", "2", ""),
    )
    .await;
    assert_eq!(sent.status(), 303);
    let broadcasts = || {
        received(&smtp)
            .into_iter()
            .filter(|m| m.header_raw("List-Unsubscribe").is_some())
            .collect::<Vec<_>>()
    };
    eventually("both messages are out", Duration::from_secs(60), || async {
        broadcasts().len() >= 2
    })
    .await;
    // Every job of the broadcast settled: nothing more is coming.
    eventually("the jobs settle", Duration::from_secs(30), || async {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM jobs WHERE broadcast_id IS NOT NULL AND state NOT IN ('done', 'skipped', 'failed')",
        )
        .fetch_one(&db)
        .await
        .expect("count");
        waiting == 0
    })
    .await;
    worker_b.abort();
    let _ = worker_b.await;
    let mail = broadcasts();
    let mut to: Vec<String> = mail
        .iter()
        .map(|m| {
            m.to()
                .and_then(|t| t.first())
                .and_then(|a| a.address())
                .expect("to")
                .to_owned()
        })
        .collect();
    to.sort();
    assert_eq!(to, ["yes-ar@example.org", "yes-en@example.org"]);
    let arabic = mail
        .iter()
        .find(|m| m.subject() == Some("سُلّمت الرسالة"))
        .expect("the Arabic text to the Arabic signer");
    assert!(
        arabic
            .body_text(0)
            .expect("text")
            .contains("تصلك هذه الرسالة لأنك وقّعت على"),
        "the footer says why"
    );
    let english = mail
        .iter()
        .find(|m| m.subject() == Some("The letter was delivered"))
        .expect("English");
    let link = english
        .header_raw("List-Unsubscribe")
        .expect("header")
        .trim()
        .trim_start_matches("<https://convene.example")
        .trim_end_matches('>')
        .to_owned();
    let response = a
        .client
        .post(format!("{}{link}", a.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 200);
    let html = count("").await;
    assert!(
        html.contains("Recipients: 1 (left out because they unsubscribed: 1)"),
        "{html}"
    );
    db.close().await;
}
