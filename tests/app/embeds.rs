//! Embeddable forms for partner sites (issue 16): the registration and signature forms at
//! `/{lang}/embed/…` may be framed by exactly the origins organisers allowed (CSP
//! `frame-ancestors`), every other page by nobody; the embedded form works without cookies
//! through a token tied to the form, and a cross-site POST or one without that token is
//! refused; the normal forms' rate limits hold.

use crate::admin::{get_with, person, session_cookie};
use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, plain, spawn_app};
use convene::admin::Role;
use convene::site::CONTENT_SECURITY_POLICY;

const EVENT: &str = "water-for-every-home-2026";
const LETTER: &str = "open-letter-water-ministers";
const EMBED_SIGN: &str = "/en/embed/letters/open-letter-water-ministers/sign";
const EMBED_REGISTER: &str = "/en/embed/events/water-for-every-home-2026/register";

/// Saves the settings with `origins` (one a line) as the partner sites.
async fn allow_origins(app: &TestApp, origins: &str) -> reqwest::Response {
    // A new organiser each time (an address makes one account).
    static SAVES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = SAVES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let id = person(app, &format!("owner{n}@example.org"), Role::Owner, None).await;
    let cookie = session_cookie(app, id).await;
    let (csrf_cookie, token) = csrf_session(get_with(app, "/admin/settings", &cookie).await).await;
    let cookie = format!("{cookie}; {csrf_cookie}");
    let content = app.state.content().await.expect("content");
    let s = &content.settings;
    let mut form: Vec<(String, String)> = vec![
        ("csrf".into(), token),
        ("contact".into(), s.contact_email.as_str().to_owned()),
        (
            "hashtags".into(),
            s.hashtags
                .iter()
                .map(|h| h.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        ("hijri".into(), "umm-al-qura".into()),
        ("adjustment".into(), s.hijri.adjustment.days().to_string()),
        ("embed_origins".into(), origins.to_owned()),
        ("revision".into(), app.revision().await),
    ];
    for l in &s.languages {
        let t = s.text(l);
        form.push((format!("site_name-{l}"), t.site_name.clone()));
        form.push((format!("organiser-{l}"), t.organiser.clone()));
        form.push((format!("tagline-{l}"), t.tagline.clone()));
        if s.digits_for(l) == convene::content::Digits::Arab {
            form.push((format!("digits-{l}"), "on".into()));
        }
    }
    app.client
        .post(format!("{}/admin/settings", app.address))
        .header("cookie", cookie)
        .form(&form)
        .send()
        .await
        .expect("post")
}

fn header(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().expect("ascii").to_owned())
}

/// The form token in a page.
fn token_in(html: &str) -> String {
    html.split(r#"name="csrf" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a form token")
        .to_owned()
}

fn framed_only_by(origins: &str) -> String {
    CONTENT_SECURITY_POLICY.replace(
        "frame-ancestors 'none'",
        &format!("frame-ancestors {origins}"),
    )
}

both_backends!(
    embed_pages_may_be_framed_by_exactly_the_allowed_origins_and_no_other_page,
    |backend| async move {
        let app = spawn_app(backend).await;
        // Nobody allowed yet: the embed page exists but may be framed by nobody.
        let page = app.get(EMBED_SIGN).await;
        assert_eq!(page.status(), 200);
        assert_eq!(
            header(&page, "content-security-policy").as_deref(),
            Some(CONTENT_SECURITY_POLICY)
        );
        assert_eq!(header(&page, "x-frame-options").as_deref(), Some("DENY"));

        // Anything but an origin is refused, and says which line.
        let refused = allow_origins(&app, "https://partner.example/page").await;
        assert_eq!(refused.status(), 422);
        let html = plain(&refused.text().await.expect("body"));
        assert!(
            html.contains("“https://partner.example/page” is not an origin"),
            "{html}"
        );
        let saved = allow_origins(
            &app,
            "https://Partner.Example/\nhttp://127.0.0.1:9999\n\nhttps://partner.example:443",
        )
        .await;
        assert_eq!(saved.status(), 303);

        let expected = framed_only_by("https://partner.example http://127.0.0.1:9999");
        for path in [
            EMBED_SIGN.to_owned(),
            EMBED_REGISTER.to_owned(),
            format!("{EMBED_SIGN}/sent"),
            format!("{EMBED_REGISTER}/sent"),
            EMBED_SIGN.replace("/en/", "/ar/"),
        ] {
            let page = app.get(&path).await;
            assert_eq!(page.status(), 200, "{path}");
            assert_eq!(
                header(&page, "content-security-policy").as_deref(),
                Some(expected.as_str()),
                "{path}"
            );
            assert_eq!(header(&page, "x-frame-options"), None, "{path}");
            assert_eq!(header(&page, "set-cookie"), None, "{path}: no cookie");
            let html = page.text().await.expect("body");
            assert!(!html.contains("site-header"), "{path}: no site chrome");
        }
        // Every other page keeps refusing frames.
        for path in [
            format!("/en/posts/{LETTER}/sign"),
            format!("/en/events/{EVENT}/register"),
            format!("/en/posts/{LETTER}"),
            "/en/".to_owned(),
            "/admin/login".to_owned(),
        ] {
            let page = app.get(&path).await;
            let csp = header(&page, "content-security-policy").unwrap_or_default();
            assert!(csp.ends_with("frame-ancestors 'none'"), "{path}: {csp}");
            assert_eq!(
                header(&page, "x-frame-options").as_deref(),
                Some("DENY"),
                "{path}"
            );
        }
        // Unknown letters and events are not found, embedded or not.
        assert_eq!(
            app.get("/en/embed/letters/no-such-letter/sign")
                .await
                .status(),
            404
        );
        assert_eq!(
            app.get("/en/embed/events/no-such-event/register")
                .await
                .status(),
            404
        );
    }
);

fn sign_fields(token: &str, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", token.to_owned()),
        ("name", "Amal Saleh".to_owned()),
        ("email", email.to_owned()),
        ("country", "TN".to_owned()),
        ("consent", "on".to_owned()),
        ("website", String::new()),
    ]
}

/// A POST as a browser sends it from inside the frame (the frame is our origin), without
/// any cookie.
async fn post_from(
    app: &TestApp,
    path: &str,
    origin: &str,
    fields: &[(&'static str, String)],
) -> reqwest::Response {
    let site = if origin == app.address.as_str() {
        "same-origin"
    } else {
        "cross-site"
    };
    app.client
        .post(format!("{}{path}", app.address))
        .header("origin", origin)
        .header("sec-fetch-site", site)
        .form(fields)
        .send()
        .await
        .expect("post")
}

async fn signatures(app: &TestApp) -> i64 {
    count(app, "signatures").await
}

async fn count(app: &TestApp, table: &str) -> i64 {
    let pool = sqlx::AnyPool::connect(&app.state.config.database_url())
        .await
        .expect("pool");
    let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(&pool)
        .await
        .expect("count");
    pool.close().await;
    n
}

both_backends!(
    signing_through_the_embed_needs_its_form_token_and_refuses_other_sites,
    |backend| async move {
        let app = spawn_app(backend).await;
        assert_eq!(
            allow_origins(&app, "https://partner.example")
                .await
                .status(),
            303
        );
        let page = app.get(EMBED_SIGN).await;
        let html = page.text().await.expect("body");
        let token = token_in(&html);
        assert!(
            html.contains(&format!(r#"action="{EMBED_SIGN}""#)),
            "{html}"
        );
        let own = app.address.clone();

        // No token, a token of another form, a forged one: refused, nothing stored.
        let register_token = token_in(&app.get(EMBED_REGISTER).await.text().await.expect("body"));
        for bad in ["", register_token.as_str(), "1.00.00"] {
            let response =
                post_from(&app, EMBED_SIGN, &own, &sign_fields(bad, "a@example.org")).await;
            assert_eq!(response.status(), 403, "token {bad:?}");
            assert_eq!(
                header(&response, "content-security-policy").as_deref(),
                Some(framed_only_by("https://partner.example").as_str()),
                "the answer is shown in the frame too"
            );
        }
        // The partner's own page posting straight to us (a cross-site POST): refused, token
        // or not.
        let response = post_from(
            &app,
            EMBED_SIGN,
            "https://partner.example",
            &sign_fields(&token, "a@example.org"),
        )
        .await;
        assert_eq!(response.status(), 403);
        assert_eq!(signatures(&app).await, 0);

        // From inside the frame, without cookies: signed, and on to the embed's "check your
        // mail" page.
        let response = post_from(
            &app,
            EMBED_SIGN,
            &own,
            &sign_fields(&token, "a@example.org"),
        )
        .await;
        assert_eq!(response.status(), 303);
        assert_eq!(
            header(&response, "location").as_deref(),
            Some(format!("{EMBED_SIGN}/sent").as_str())
        );
        assert_eq!(signatures(&app).await, 1);

        // A token is good for a few hours, not for ever.
        app.clock.advance(jiff::SignedDuration::from_hours(5));
        let response = post_from(
            &app,
            EMBED_SIGN,
            &own,
            &sign_fields(&token, "b@example.org"),
        )
        .await;
        assert_eq!(response.status(), 403);
        assert_eq!(signatures(&app).await, 1);
    }
);

both_backends!(
    registering_through_the_embed_works_and_is_rate_limited_as_the_form,
    |backend| async move {
        let app = spawn_app(backend).await;
        assert_eq!(
            allow_origins(&app, "https://partner.example")
                .await
                .status(),
            303
        );
        let token = token_in(&app.get(EMBED_REGISTER).await.text().await.expect("body"));
        let own = app.address.clone();
        let fields = |email: &str| {
            vec![
                ("csrf", token.clone()),
                ("name", "Omar Haddad".to_owned()),
                ("email", email.to_owned()),
                ("country", "LB".to_owned()),
                ("lang", "en".to_owned()),
                ("tz", "Asia/Beirut".to_owned()),
                ("attest", "on".to_owned()),
                ("consent", "on".to_owned()),
                ("website", String::new()),
            ]
        };
        let response = post_from(&app, EMBED_REGISTER, &own, &fields("omar@example.org")).await;
        assert_eq!(response.status(), 303);
        assert_eq!(
            header(&response, "location").as_deref(),
            Some(format!("{EMBED_REGISTER}/sent").as_str())
        );
        assert_eq!(count(&app, "registrations").await, 1, "stored");
        // The same limit per network as the site's own form.
        let mut last = None;
        for n in 0..25 {
            last = Some(
                post_from(
                    &app,
                    EMBED_REGISTER,
                    &own,
                    &fields(&format!("p{n}@example.org")),
                )
                .await,
            );
        }
        let last = last.expect("responses");
        assert_eq!(last.status(), 429);
        assert!(header(&last, "retry-after").is_some());
        assert_eq!(
            header(&last, "content-security-policy").as_deref(),
            Some(framed_only_by("https://partner.example").as_str())
        );
    }
);
