//! Signing an open letter over HTTP: form, mail, confirmation, public list, withdrawal.

use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, link_in, mails, plain, post, spawn_app};

const LETTER: &str = "/en/posts/open-letter-water-ministers";
const SIGN: &str = "/en/posts/open-letter-water-ministers/sign";

async fn sign_session(app: &TestApp) -> (String, String) {
    let response = app.get(SIGN).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["referrer-policy"], "no-referrer");
    csrf_session(response).await
}

both_backends!(
    the_signature_form_starts_with_every_box_unticked,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (_, html) = app.get_text(SIGN).await;
        for name in ["show_name", "consent"] {
            let input = html
                .split(&format!("name=\"{name}\""))
                .nth(1)
                .and_then(|rest| rest.split('>').next())
                .unwrap_or_else(|| panic!("a {name} box"));
            assert!(!input.contains("checked"), "{name} is ticked: {input}");
        }
    }
);

fn fields<'a>(
    csrf: &'a str,
    name: &'a str,
    email: &'a str,
    listed: bool,
) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("csrf", csrf),
        ("name", name),
        ("email", email),
        ("country", "TN"),
        ("organisation", "Water Users of Sfax"),
        ("consent", "on"),
        ("website", ""),
    ];
    if listed {
        f.push(("show_name", "on"));
    }
    f
}

async fn count(app: &TestApp) -> i64 {
    app.state
        .db
        .signature_count(&"open-letter-water-ministers".parse().expect("slug"))
        .await
        .expect("count")
}

/// Signs, follows the mailed link, presses the button; returns the page that answers.
async fn sign_and_confirm(app: &TestApp, name: &str, email: &str, listed: bool) -> String {
    let (cookie, csrf) = sign_session(app).await;
    let response = post(app, SIGN, &cookie, &fields(&csrf, name, email, listed)).await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(response.headers()["location"], format!("{SIGN}/sent"));
    app.run_due_jobs().await.expect("deliver");
    let mail = mails(app)
        .into_iter()
        .rev()
        .find(|m| m.to().and_then(|t| t.first()).and_then(|a| a.address()) == Some(email))
        .expect("a mail to the signer");
    assert!(
        mail.subject()
            .unwrap_or_default()
            .contains("Please confirm your signature")
    );
    let confirm = link_in(&mail, "https://convene.example/en/signatures/confirm/");
    let response = app.get(&confirm).await;
    assert_eq!(response.status().as_u16(), 200);
    let (cookie, csrf) = csrf_session(response).await;
    let response = post(app, &confirm, &cookie, &[("csrf", &csrf)]).await;
    assert_eq!(response.status().as_u16(), 200);
    let page = plain(&response.text().await.expect("body"));
    assert!(page.contains("your signature counts"));
    page
}

both_backends!(
    confirming_leads_back_to_the_letter_with_its_count_goal_and_share_links,
    |backend| async move {
        let app = spawn_app(backend).await;
        // The letter shows its goal before anyone signs: as text and as a progress bar.
        let letter = plain(&app.get_text(LETTER).await.1);
        assert!(letter.contains("Our goal: 1,000 signatures"), "{letter}");
        assert!(letter.contains(
            r#"<progress id="signature-progress" max="1000" value="0" aria-labelledby="signature-count signature-goal">"#
        ), "{letter}");

        let page = sign_and_confirm(&app, "Salma Ben Ali", "salma@example.org", true).await;
        assert!(
            page.contains(r#"<a class="button" id="back-to-letter" href="/en/posts/open-letter-water-ministers">Back to the letter</a>"#),
            "{page}"
        );
        assert!(page.contains("Open letter to the ministers responsible for water"));
        assert!(
            page.contains(r#"<p class="signature-count" id="signature-count">1 signature</p>"#),
            "{page}"
        );
        assert!(page.contains(r#"max="1000" value="1""#), "{page}");
        assert!(page.contains("/en/posts/open-letter-water-ministers/signatures"));
        // Share links carry the letter's address and its hashtags.
        let url =
            "https%3A%2F%2Fconvene%2Eexample%2Fen%2Fposts%2Fopen%2Dletter%2Dwater%2Dministers";
        assert!(
            page.contains(&format!(
                "https://www.facebook.com/sharer/sharer.php?u={url}"
            )),
            "{page}"
        );
        assert!(
            page.contains("%23WaterForEveryHome%20%23EveryDropCounts"),
            "{page}"
        );
        assert!(!page.contains("Go to the home page"), "{page}");

        // The letter's page has moved on too.
        let letter = plain(&app.get_text(LETTER).await.1);
        assert!(letter.contains(r#"max="1000" value="1""#), "{letter}");
    }
);

both_backends!(
    a_visitor_signs_confirms_and_withdraws,
    |backend| async move {
        let app = spawn_app(backend).await;
        let letter = plain(&app.get_text(LETTER).await.1);
        assert!(letter.contains("No signatures yet"), "{letter}");
        assert!(letter.contains(SIGN));

        // Signing alone does not count.
        let (cookie, csrf) = sign_session(&app).await;
        let response = post(
            &app,
            SIGN,
            &cookie,
            &fields(&csrf, "Salma Ben Ali", "salma@example.org", true),
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(count(&app).await, 0);

        sign_and_confirm(&app, "Salma Ben Ali", "salma@example.org", true).await;
        sign_and_confirm(&app, "Hidden Person", "hidden@example.org", false).await;
        assert_eq!(count(&app).await, 2);

        // The letter's page shows the new count at once; the list shows only the listed name.
        let letter = plain(&app.get_text(LETTER).await.1);
        assert!(letter.contains("2 signatures"), "{letter}");
        let list = plain(
            &app.get_text("/en/posts/open-letter-water-ministers/signatures")
                .await
                .1,
        );
        assert!(list.contains("Salma Ben Ali"));
        assert!(list.contains("Water Users of Sfax"));
        assert!(!list.contains("Hidden Person"));
        // No address on any public page or feed.
        for path in [
            LETTER,
            "/en/posts/open-letter-water-ministers/signatures",
            "/en/feed.atom",
            "/sitemap.xml",
        ] {
            let body = app.get_text(path).await.1;
            assert!(
                !body.contains("salma@example.org") && !body.contains("hidden@example.org"),
                "{path}"
            );
        }

        // The thank-you mail carries the withdrawal link; withdrawing deletes the signature.
        let thanks = mails(&app)
            .into_iter()
            .find(|m| {
                m.subject()
                    .unwrap_or_default()
                    .contains("Your signature counts")
                    && m.to().and_then(|t| t.first()).and_then(|a| a.address())
                        == Some("salma@example.org")
            })
            .expect("thank-you mail");
        let withdraw = link_in(&thanks, "https://convene.example/en/signatures/");
        let response = app.get(&withdraw).await;
        assert_eq!(response.status().as_u16(), 200);
        let (cookie, csrf) = csrf_session(response).await;
        let response = post(&app, &withdraw, &cookie, &[("csrf", &csrf)]).await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(count(&app).await, 1);
        let list = plain(
            &app.get_text("/en/posts/open-letter-water-ministers/signatures")
                .await
                .1,
        );
        assert!(!list.contains("Salma Ben Ali"));
        // The link is spent.
        let response = app.get(&withdraw).await;
        assert_eq!(response.status().as_u16(), 404);
    }
);

both_backends!(
    one_signature_per_address_and_the_same_answer_every_time,
    |backend| async move {
        let app = spawn_app(backend).await;
        sign_and_confirm(&app, "Salma Ben Ali", "salma@example.org", true).await;
        // Signing again with the same address (any case) adds nothing and looks the same.
        let (cookie, csrf) = sign_session(&app).await;
        let response = post(
            &app,
            SIGN,
            &cookie,
            &fields(&csrf, "Salma B.", "SALMA@example.org", true),
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(response.headers()["location"], format!("{SIGN}/sent"));
        assert_eq!(count(&app).await, 1);
        let signatures = app
            .state
            .db
            .signatures(&"open-letter-water-ministers".parse().expect("slug"))
            .await
            .expect("signatures");
        assert_eq!(signatures.len(), 1);
    }
);

both_backends!(
    bad_input_csrf_and_the_honeypot_are_refused,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (cookie, csrf) = sign_session(&app).await;
        // Missing consent, bad address: the form comes back with the typed values.
        let response = post(
            &app,
            SIGN,
            &cookie,
            &[
                ("csrf", csrf.as_str()),
                ("name", "Salma"),
                ("email", "not-an-address"),
                ("country", "TN"),
            ],
        )
        .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = plain(&response.text().await.expect("body"));
        assert!(html.contains(r#"value="Salma""#));
        assert!(html.contains("id=\"email-error\""));
        assert!(html.contains("id=\"consent-error\""));
        // A forged form (no matching cookie).
        let response = post(
            &app,
            SIGN,
            "convene_csrf=forged",
            &fields(&csrf, "Salma", "s@example.org", true),
        )
        .await;
        assert_eq!(response.status().as_u16(), 403);
        // The honeypot: the same answer, nothing stored.
        let mut bot = fields(&csrf, "Bot", "bot@example.org", true);
        bot.retain(|(k, _)| *k != "website");
        bot.push(("website", "http://spam.example"));
        let response = post(&app, SIGN, &cookie, &bot).await;
        assert_eq!(response.status().as_u16(), 303);
        assert!(
            app.state
                .db
                .signatures(&"open-letter-water-ministers".parse().expect("slug"))
                .await
                .expect("signatures")
                .is_empty()
        );
        // A post that is not a letter cannot be signed.
        assert_eq!(
            app.get_text("/en/posts/invitation-australia/sign").await.0,
            404
        );
    }
);

both_backends!(
    signatures_from_a_busy_network_wait_for_a_moderator,
    |backend| async move {
        let app = spawn_app(backend).await;
        for n in 1..=6 {
            sign_and_confirm(
                &app,
                &format!("Signer {n}"),
                &format!("signer{n}@example.org"),
                true,
            )
            .await;
        }
        // The sixth from this network in an hour is held: confirmed, but not counted.
        assert_eq!(count(&app).await, 5);
        let letter = "open-letter-water-ministers".parse().expect("slug");
        let held: Vec<_> = app
            .state
            .db
            .signatures(&letter)
            .await
            .expect("signatures")
            .into_iter()
            .filter(|s| s.flagged)
            .collect();
        assert_eq!(held.len(), 1);
        assert_eq!(held[0].name, "Signer 6");
        let list = plain(
            &app.get_text("/en/posts/open-letter-water-ministers/signatures")
                .await
                .1,
        );
        assert!(!list.contains("Signer 6"));
        // A moderator approves it: it counts and is listed.
        assert!(
            app.state
                .db
                .approve_signature(held[0].id)
                .await
                .expect("approve")
        );
        assert_eq!(count(&app).await, 6);
        assert!(
            !app.state
                .db
                .approve_signature(held[0].id)
                .await
                .expect("approve again")
        );
        assert!(
            app.state
                .db
                .remove_signature(held[0].id)
                .await
                .expect("remove")
        );
        assert_eq!(count(&app).await, 5);
    }
);
