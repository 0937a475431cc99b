//! What a hostile page or client cannot do: write across sites (Origin / Sec-Fetch-Site),
//! reuse a form token in another session, read or plant the private cookies, or reach a
//! link or page under another spelling of its number.

use crate::admin::{get_with, person, session_cookie};
use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, spawn_app, spawn_app_with};
use crate::registration_flow::confirmed_registration;
use convene::admin::Role;

/// POSTs the sign-in form with extra headers; returns the status. Each time for another
/// address, so the sign-in throttle never answers instead of the form.
async fn sign_in_with(app: &TestApp, headers: &[(&str, &str)]) -> u16 {
    static ATTEMPT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = ATTEMPT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let email = format!("nobody{n}@example.org");
    let (cookie, token) = csrf_session(app.get("/admin/login").await).await;
    let mut request = app
        .client
        .post(format!("{}/admin/login", app.address))
        .header("cookie", cookie)
        .form(&[
            ("csrf", token.as_str()),
            ("email", email.as_str()),
            ("password", "not it"),
        ]);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.expect("request").status().as_u16()
}

both_backends!(
    a_write_from_another_site_is_refused_and_one_from_this_site_accepted,
    |backend| async move {
        let app = spawn_app(backend).await;
        let own = app.address.clone();
        // Accepted (the wrong password is then refused by the form: 401).
        assert_eq!(
            sign_in_with(&app, &[]).await,
            401,
            "no Origin: a plain client"
        );
        assert_eq!(
            sign_in_with(&app, &[("origin", &own)]).await,
            401,
            "the host itself"
        );
        assert_eq!(
            sign_in_with(&app, &[("origin", "https://convene.example")]).await,
            401,
            "the public address"
        );
        assert_eq!(
            sign_in_with(&app, &[("origin", &own), ("sec-fetch-site", "same-origin")]).await,
            401
        );
        assert_eq!(
            sign_in_with(
                &app,
                &[("origin", "null"), ("sec-fetch-site", "same-origin")]
            )
            .await,
            401,
            "a no-referrer page of the site"
        );
        // Refused before the handler.
        for forged in [
            vec![("origin", "https://evil.example")],
            vec![("origin", "https://convene.example.evil.example")],
            vec![("origin", "http://127.0.0.1:1")],
            vec![("sec-fetch-site", "cross-site")],
            vec![("origin", "null"), ("sec-fetch-site", "cross-site")],
            vec![("origin", own.as_str()), ("sec-fetch-site", "cross-site")],
        ] {
            assert_eq!(sign_in_with(&app, &forged).await, 403, "{forged:?}");
        }

        // A signed-in organiser's form posted from another site: refused, still signed in.
        let id = person(&app, "amal@example.org", Role::Owner, None).await;
        let session = session_cookie(&app, id).await;
        let (_, token) = csrf_session(get_with(&app, "/admin/account", &session).await).await;
        let forged = app
            .client
            .post(format!("{}/admin/logout", app.address))
            .header("cookie", &session)
            .header("origin", "https://evil.example")
            .form(&[("csrf", token.as_str())])
            .send()
            .await
            .expect("request");
        assert_eq!(forged.status().as_u16(), 403);
        assert_eq!(
            get_with(&app, "/admin/", &session).await.status().as_u16(),
            200
        );
    }
);

both_backends!(
    a_form_token_from_another_session_is_refused,
    |backend| async move {
        let app = spawn_app(backend).await;
        let amal = person(&app, "amal@example.org", Role::Owner, None).await;
        let sara = person(&app, "sara@example.org", Role::Editor, None).await;
        let amal_session = session_cookie(&app, amal).await;
        let sara_session = session_cookie(&app, sara).await;
        // One browser: the same form cookie throughout, as before signing in.
        let (form_cookie, stranger_token) = csrf_session(app.get("/admin/login").await).await;
        let (_, amal_token) = csrf_session(
            get_with(
                &app,
                "/admin/account",
                &format!("{amal_session}; {form_cookie}"),
            )
            .await,
        )
        .await;
        let (_, sara_token) = csrf_session(
            get_with(
                &app,
                "/admin/account",
                &format!("{sara_session}; {form_cookie}"),
            )
            .await,
        )
        .await;
        assert_ne!(amal_token, sara_token);
        let logout = |token: String| {
            let cookie = format!("{sara_session}; {form_cookie}");
            let app = &app;
            async move {
                crate::helpers::post(app, "/admin/logout", &cookie, &[("csrf", token.as_str())])
                    .await
                    .status()
                    .as_u16()
            }
        };
        assert_eq!(logout(amal_token).await, 403, "another session's token");
        assert_eq!(
            logout(stranger_token).await,
            403,
            "the signed-out form token"
        );
        assert_eq!(
            get_with(&app, "/admin/", &sara_session)
                .await
                .status()
                .as_u16(),
            200
        );
        assert_eq!(logout(sara_token).await, 303, "the session's own token");
        assert_eq!(
            get_with(&app, "/admin/", &sara_session)
                .await
                .status()
                .as_u16(),
            303
        );
    }
);

fn set_cookies(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(str::to_owned)
        .collect()
}

both_backends!(
    private_cookies_are_host_prefixed_and_secure_unless_a_browser_would_refuse_them,
    |backend| async move {
        // Served over HTTPS (the configured address): always `__Host-` and Secure.
        let app = spawn_app(backend).await;
        let cookies = set_cookies(&app.get("/admin/login").await);
        assert!(
            cookies
                .iter()
                .any(|c| c.starts_with("__Host-convene_csrf=") && c.contains("; Secure")),
            "{cookies:?}"
        );
        let from_lan = app
            .client
            .get(format!(
                "{}/en/events/water-for-every-home-2026/register",
                app.address
            ))
            .header("host", "192.168.1.20:8080")
            .send()
            .await
            .expect("request");
        let cookies = set_cookies(&from_lan);
        assert!(
            cookies
                .iter()
                .any(|c| c.starts_with("__Host-convene_csrf=")),
            "{cookies:?}"
        );

        // Plain HTTP on a LAN address (the demo opened from another machine): a browser would
        // refuse a Secure cookie there, so the plain names, and the forms still work.
        let demo = spawn_app_with(backend, |layer| {
            layer.public_url = Some("http://192.168.1.20:8080".to_owned());
        })
        .await;
        let lan = |path: &str| {
            demo.client
                .get(format!("{}{path}", demo.address))
                .header("host", "192.168.1.20:8080")
        };
        let page = lan("/admin/login").send().await.expect("request");
        let cookies = set_cookies(&page);
        let csrf = cookies
            .iter()
            .find(|c| c.starts_with("convene_csrf="))
            .unwrap_or_else(|| panic!("{cookies:?}"));
        assert!(!csrf.contains("Secure"), "{csrf}");
        let (cookie, token) = csrf_session(page).await;
        let answer = demo
            .client
            .post(format!("{}/admin/login", demo.address))
            .header("host", "192.168.1.20:8080")
            .header("origin", "http://192.168.1.20:8080")
            .header("cookie", cookie)
            .form(&[
                ("csrf", token.as_str()),
                ("email", "a@b.org"),
                ("password", "x"),
            ])
            .send()
            .await
            .expect("request");
        assert_eq!(
            answer.status().as_u16(),
            401,
            "the form's token was accepted"
        );
        // …while on the machine itself, even that site uses the `__Host-` names.
        let local = set_cookies(&demo.get("/admin/login").await);
        assert!(
            local.iter().any(|c| c.starts_with("__Host-convene_csrf=")),
            "{local:?}"
        );
    }
);

both_backends!(
    a_personal_link_under_another_spelling_of_its_id_is_not_found,
    |backend| async move {
        let app = spawn_app(backend).await;
        let personal = confirmed_registration(&app, "links@example.org").await;
        assert_eq!(app.get(&personal).await.status().as_u16(), 200);
        let (prefix, token) = personal.rsplit_once('/').expect("a path");
        let (id, rest) = token.split_once('.').expect("an id");
        for spelling in [format!("+{id}"), format!("0{id}"), format!("00{id}")] {
            let path = format!("{prefix}/{spelling}.{rest}");
            assert_eq!(app.get(&path).await.status().as_u16(), 404, "{path}");
        }
    }
);

both_backends!(
    page_numbers_that_overflow_or_are_not_canonical_are_not_found,
    |backend| async move {
        let app = spawn_app(backend).await;
        for list in [
            "/en/posts/",
            "/en/posts/open-letter-water-ministers/signatures",
        ] {
            assert_eq!(app.get(list).await.status().as_u16(), 200, "{list}");
            assert_eq!(
                app.get(&format!("{list}?page=1")).await.status().as_u16(),
                200,
                "{list}"
            );
            for page in [
                "99999999999999999999",
                "18446744073709551615",
                "9223372036854775808",
                "0",
                "01",
                "+1",
                "-1",
                "",
                "999",
            ] {
                let path = format!("{list}?page={page}");
                assert_eq!(app.get(&path).await.status().as_u16(), 404, "{path}");
            }
        }
    }
);
