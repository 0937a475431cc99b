//! Supporters (issue 16): asking to be kept informed by the plain form or the unticked box
//! on the registration and signature forms, double opt-in by a mailed link (a GET confirms
//! nothing), the wording agreed to kept; organisers see counts, export and erase; a
//! broadcast to supporters reaches only the confirmed ones who did not unsubscribe.

use crate::admin::{get_with, person, session_cookie};
use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, link_in, mails, plain, post, spawn_app};
use convene::admin::Role;

const UPDATES: &str = "/fr/updates";

/// Asks to be kept informed by the plain form; returns the response.
async fn ask(app: &TestApp, email: &str, consent: bool) -> reqwest::Response {
    let (cookie, csrf) = csrf_session(app.get(UPDATES).await).await;
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("name", "Yasmine Belhadj"),
        ("email", email),
        ("country", "TN"),
        ("website", ""),
    ];
    if consent {
        fields.push(("consent", "on"));
    }
    post(app, UPDATES, &cookie, &fields).await
}

/// The confirmation mail to `email` (jobs run first), as its site-relative link.
async fn confirmation_link(app: &TestApp, email: &str) -> String {
    app.run_due_jobs().await.expect("jobs");
    let mail = mails(app)
        .into_iter()
        .rev()
        .find(|m| {
            m.to()
                .and_then(|t| t.first())
                .and_then(|a| a.address())
                .is_some_and(|a| a == email)
        })
        .unwrap_or_else(|| panic!("a mail to {email}"));
    link_in(&mail, "https://convene.example/fr/updates/confirm/")
}

async fn confirm(app: &TestApp, link: &str) -> reqwest::Response {
    let page = app.get(link).await;
    assert_eq!(page.status(), 200);
    let (cookie, csrf) = csrf_session(page).await;
    post(app, link, &cookie, &[("csrf", csrf.as_str())]).await
}

both_backends!(
    the_plain_form_asks_for_consent_and_a_mailed_confirmation,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (_, html) = app.get_text(UPDATES).await;
        let consent_box = html
            .split("name=\"consent\"")
            .nth(1)
            .and_then(|rest| rest.split('>').next())
            .expect("a consent box");
        assert!(!consent_box.contains("checked"), "unticked: {consent_box}");

        // Without the box ticked: refused and explained, nothing stored.
        let refused = ask(&app, "yasmine@example.org", false).await;
        assert_eq!(refused.status(), 422);
        assert!(plain(&refused.text().await.expect("body")).contains("Cochez la case"));
        assert!(app.state.db.supporters().await.expect("list").is_empty());

        let asked = ask(&app, "yasmine@example.org", true).await;
        assert_eq!(asked.status(), 303);
        assert_eq!(asked.headers()["location"], "/fr/updates/sent");
        let stored = app.state.db.supporters().await.expect("list");
        assert_eq!(stored.len(), 1);
        assert!(stored[0].confirmed_at.is_none(), "not before the link");
        assert!(stored[0].consent_text.starts_with("Me tenir informé"));
        assert_eq!(stored[0].country.as_deref(), Some("TN"));

        // The link: GET shows a button (a mail scanner confirms nothing), POST confirms.
        let link = confirmation_link(&app, "yasmine@example.org").await;
        let (status, page) = app.get_text(&link).await;
        assert_eq!(status, 200);
        assert!(plain(&page).contains("Confirmez votre adresse"));
        assert!(
            app.state.db.supporters().await.expect("list")[0]
                .confirmed_at
                .is_none()
        );
        let done = confirm(&app, &link).await;
        assert_eq!(done.status(), 200);
        assert!(plain(&done.text().await.expect("body")).contains("Merci"));
        assert!(
            app.state.db.supporters().await.expect("list")[0]
                .confirmed_at
                .is_some()
        );

        // Asking again when confirmed sends nothing more.
        let before = mails(&app).len();
        ask(&app, "Yasmine@Example.org", true).await;
        app.run_due_jobs().await.expect("jobs");
        assert_eq!(mails(&app).len(), before);
        // A forged link opens nothing.
        let forged = format!(
            "/fr/updates/confirm/1.{}.{}",
            "0".repeat(32),
            "0".repeat(32)
        );
        assert_eq!(app.get(&forged).await.status(), 404);
    }
);

both_backends!(
    the_registration_and_signature_forms_offer_an_unticked_box,
    |backend| async move {
        let app = spawn_app(backend).await;
        let form = "/en/events/water-for-every-home-2026/register";
        let (cookie, csrf) = csrf_session(app.get(form).await).await;
        let base = [
            ("csrf", csrf.as_str()),
            ("name", "Nur Aisyah"),
            ("country", "ID"),
            ("lang", "en"),
            ("tz", "Asia/Jakarta"),
            ("attest", "on"),
            ("consent", "on"),
        ];
        let mut without = base.to_vec();
        without.push(("email", "nur@example.org"));
        assert_eq!(post(&app, form, &cookie, &without).await.status(), 303);
        assert!(app.state.db.supporters().await.expect("list").is_empty());
        let mut with = base.to_vec();
        with.push(("email", "rahmat@example.org"));
        with.push(("keep_informed", "on"));
        assert_eq!(post(&app, form, &cookie, &with).await.status(), 303);
        let stored = app.state.db.supporters().await.expect("list");
        assert_eq!(stored.len(), 1);
        assert_eq!(
            (stored[0].email.as_str(), stored[0].source.as_str()),
            ("rahmat@example.org", "registration")
        );
        assert!(stored[0].consent_text.starts_with("Also keep me informed"));

        let sign = "/en/posts/open-letter-water-ministers/sign";
        let (cookie, csrf) = csrf_session(app.get(sign).await).await;
        let fields = [
            ("csrf", csrf.as_str()),
            ("name", "Karim Haddad"),
            ("email", "karim@example.org"),
            ("country", "LB"),
            ("consent", "on"),
            ("keep_informed", "on"),
            ("website", ""),
        ];
        assert_eq!(post(&app, sign, &cookie, &fields).await.status(), 303);
        let sources: Vec<String> = app
            .state
            .db
            .supporters()
            .await
            .expect("list")
            .into_iter()
            .map(|s| s.source)
            .collect();
        assert!(sources.contains(&"signature".to_owned()), "{sources:?}");
    }
);

both_backends!(
    organisers_count_export_erase_and_write_to_confirmed_supporters_only,
    |backend| async move {
        let app = spawn_app(backend).await;
        ask(&app, "confirmed@example.org", true).await;
        ask(&app, "pending@example.org", true).await;
        ask(&app, "gone@example.org", true).await;
        let link = confirmation_link(&app, "confirmed@example.org").await;
        confirm(&app, &link).await;
        let link = confirmation_link(&app, "gone@example.org").await;
        confirm(&app, &link).await;
        // gone@ unsubscribes from an earlier message.
        let token = convene::broadcast::UnsubscribeToken::for_address(
            &app.state.link_key,
            "gone@example.org",
        );
        let page = app.get(&format!("/fr/unsubscribe/{token}")).await;
        let (cookie, _) = csrf_session(page).await;
        post(&app, &format!("/fr/unsubscribe/{token}"), &cookie, &[]).await;

        let owner = person(&app, "owner@example.org", Role::Owner, None).await;
        let cookie = session_cookie(&app, owner).await;
        let page = get_with(&app, "/admin/supporters", &cookie).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.expect("body");
        assert!(
            html.contains(r#"id="supporters-confirmed">2<"#),
            "two confirmed"
        );
        assert!(plain(&html).contains("Tunisie") || plain(&html).contains("Tunisia"));
        let csv = get_with(&app, "/admin/supporters.csv", &cookie)
            .await
            .text()
            .await
            .expect("csv");
        assert!(csv.starts_with("email,name,language,country,source,agreed_to"));
        assert!(csv.contains("pending@example.org"));

        // A message to supporters: the confirmed one who did not unsubscribe, only.
        let page = get_with(&app, "/admin/mail/new", &cookie).await;
        let (_, token) = csrf_session(page).await;
        let fields = |action: &'static str, expected: &'static str| {
            vec![
                ("csrf", token.clone()),
                ("which", "supporters".to_owned()),
                ("event", String::new()),
                ("lang", String::new()),
                ("country", String::new()),
                ("subject-en", "Next steps".to_owned()),
                ("body-en", "We meet again in March.".to_owned()),
                ("subject-fr", "Prochaines étapes".to_owned()),
                ("body-fr", "Nous nous retrouvons en mars.".to_owned()),
                ("action", action.to_owned()),
                ("expected", expected.to_owned()),
            ]
        };
        let as_str = |f: &[(&'static str, String)]| -> Vec<(&'static str, String)> { f.to_vec() };
        let send = as_str(&fields("send", "1"));
        let send: Vec<(&str, &str)> = send.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let sent = post(&app, "/admin/mail/new", &cookie, &send).await;
        assert_eq!(sent.status(), 303);
        let before = mails(&app).len();
        app.run_due_jobs().await.expect("jobs");
        let new: Vec<_> = mails(&app).into_iter().skip(before).collect();
        assert_eq!(new.len(), 1, "one message");
        let to = new[0]
            .to()
            .and_then(|t| t.first())
            .and_then(|a| a.address());
        assert_eq!(to, Some("confirmed@example.org"));
        assert_eq!(
            new[0].subject(),
            Some("Prochaines étapes"),
            "in their language"
        );
        assert!(
            new[0]
                .body_text(0)
                .expect("text")
                .contains("vous avez demandé")
        );

        // Erasing: gone from the list, and the address with it.
        let pending = app
            .state
            .db
            .supporters()
            .await
            .expect("list")
            .into_iter()
            .find(|s| s.email == "pending@example.org")
            .expect("pending");
        let page = get_with(&app, "/admin/supporters", &cookie).await;
        let (_, token) = csrf_session(page).await;
        let erased = post(
            &app,
            &format!("/admin/supporters/{}/erase", pending.id),
            &cookie,
            &[("csrf", token.as_str())],
        )
        .await;
        assert_eq!(erased.status(), 303);
        assert!(
            app.state
                .db
                .supporters()
                .await
                .expect("list")
                .iter()
                .all(|s| s.email != "pending@example.org")
        );
    }
);
