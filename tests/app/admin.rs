//! The organisers' area over HTTP: sign-in with password and TOTP, sessions and their
//! timeouts, roles (the permission matrix over the route table), people, audit log.

use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, plain, post, spawn_app, test_now};
use convene::admin::routes::{Access, table};
use convene::admin::{Permission, Role, password, session, totp};

pub(crate) const PASSWORD: &str = "rain on the roof of Tunis";

/// Creates a person with a password; returns their id.
pub(crate) async fn person(app: &TestApp, email: &str, role: Role, chapter: Option<&str>) -> i64 {
    let user = app
        .state
        .db
        .create_user(email, "Test Person", role, chapter, test_now())
        .await
        .expect("create")
        .expect("new address");
    app.state
        .db
        .set_password(user.id, &password::hash(PASSWORD))
        .await
        .expect("password");
    user.id
}

/// A signed-in session for `id`, as the cookie header value.
pub(crate) async fn session_cookie(app: &TestApp, id: i64) -> String {
    let (token, hash) = session::new_token();
    app.state
        .db
        .create_session(&hash, id, true, app.state.clock.now())
        .await
        .expect("session");
    format!("{}={token}", session::COOKIE)
}

/// Signs in through the form; returns the response to the password POST and the cookies.
async fn sign_in(app: &TestApp, email: &str, password: &str) -> (reqwest::Response, String) {
    let (csrf_cookie, token) = csrf_session(app.get("/admin/login").await).await;
    let response = post(
        app,
        "/admin/login",
        &csrf_cookie,
        &[
            ("csrf", token.as_str()),
            ("email", email),
            ("password", password),
        ],
    )
    .await;
    let session = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(session::COOKIE))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    (response, format!("{csrf_cookie}; {session}"))
}

pub(crate) async fn get_with(app: &TestApp, path: &str, cookie: &str) -> reqwest::Response {
    app.client
        .get(format!("{}{path}", app.address))
        .header("cookie", cookie)
        .send()
        .await
        .expect("request")
}

both_backends!(
    sign_in_with_a_password_and_out_again,
    |backend| async move {
        let app = spawn_app(backend).await;
        person(&app, "amal@example.org", Role::Owner, None).await;
        // Not signed in: to the sign-in page.
        let response = app.get("/admin/").await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(response.headers()["location"], "/admin/login");

        let (response, cookie) = sign_in(&app, "AMAL@example.org", PASSWORD).await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(response.headers()["location"], "/admin/");
        let set_cookie = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            set_cookie.contains("__Host-convene_session="),
            "{set_cookie}"
        );
        assert!(
            set_cookie.contains("Secure; HttpOnly; SameSite=Strict"),
            "{set_cookie}"
        );
        let dashboard = get_with(&app, "/admin/", &cookie).await;
        assert_eq!(dashboard.status().as_u16(), 200);
        assert_eq!(dashboard.headers()["cache-control"], "no-store");
        let html = plain(&dashboard.text().await.expect("body"));
        assert!(html.contains("Welcome, Test Person"), "{html}");
        assert!(
            html.contains("<svg class=\"chart\""),
            "charts on the dashboard"
        );

        // Signing out ends the session on the server, not only in the browser.
        let token = form_token(get_with(&app, "/admin/account", &cookie).await).await;
        let response = post(&app, "/admin/logout", &cookie, &[("csrf", token.as_str())]).await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(
            get_with(&app, "/admin/", &cookie).await.status().as_u16(),
            303
        );
    }
);

both_backends!(
    wrong_passwords_are_refused_alike_and_further_guesses_wait,
    |backend| async move {
        let app = spawn_app(backend).await;
        person(&app, "amal@example.org", Role::Owner, None).await;
        let (unknown, _) = sign_in(&app, "nobody@example.org", PASSWORD).await;
        assert_eq!(unknown.status().as_u16(), 401);
        let unknown = plain(&unknown.text().await.expect("body"));
        let (wrong, _) = sign_in(&app, "amal@example.org", "not the password").await;
        assert_eq!(wrong.status().as_u16(), 401);
        let wrong = plain(&wrong.text().await.expect("body"));
        assert!(wrong.contains("The e-mail address or the password is not right."));
        // The same page whether the account exists or not (but for the typed address).
        assert_eq!(
            unknown.replace("nobody@example.org", "X"),
            wrong
                .replace("amal@example.org", "X")
                .replace(&csrf_of(&wrong), &csrf_of(&unknown))
        );
        for _ in 0..4 {
            sign_in(&app, "amal@example.org", "still not it").await;
        }
        // Slowed now, even with the right password (no lock: a wait that grows; see
        // login_throttle.rs).
        let (locked, _) = sign_in(&app, "amal@example.org", PASSWORD).await;
        assert_eq!(locked.status().as_u16(), 429);
        app.clock.advance(jiff::SignedDuration::from_mins(16));
        let (open, _) = sign_in(&app, "amal@example.org", PASSWORD).await;
        assert_eq!(open.status().as_u16(), 303);
    }
);

/// The CSRF token of a page whose visitor already has the form cookie.
async fn form_token(response: reqwest::Response) -> String {
    csrf_of(&response.text().await.expect("body"))
}

fn csrf_of(html: &str) -> String {
    html.split(r#"name="csrf" value=""#)
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

both_backends!(
    two_step_sign_in_with_a_code_or_a_recovery_code,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "amal@example.org", Role::Moderator, None).await;
        let secret = totp::new_secret();
        app.state
            .db
            .set_totp_secret(id, &secret)
            .await
            .expect("secret");
        let recovery = totp::new_recovery_codes();
        let hashes: Vec<String> = recovery.iter().map(|c| totp::recovery_hash(c)).collect();
        app.state.db.enable_totp(id, &hashes).await.expect("enable");

        let (response, cookie) = sign_in(&app, "amal@example.org", PASSWORD).await;
        assert_eq!(response.headers()["location"], "/admin/login/code");
        // Half signed in: nothing else opens yet.
        assert_eq!(
            get_with(&app, "/admin/", &cookie).await.headers()["location"],
            "/admin/login/code"
        );
        let token = form_token(get_with(&app, "/admin/login/code", &cookie).await).await;
        let code = totp::code_at(&secret, app.state.clock.now()).expect("code");
        let response = post(
            &app,
            "/admin/login/code",
            &cookie,
            &[("csrf", token.as_str()), ("code", "000000")],
        )
        .await;
        assert_eq!(response.status().as_u16(), 401);
        let response = post(
            &app,
            "/admin/login/code",
            &cookie,
            &[("csrf", token.as_str()), ("code", code.as_str())],
        )
        .await;
        assert_eq!(response.headers()["location"], "/admin/");
        assert_eq!(
            get_with(&app, "/admin/signatures", &cookie)
                .await
                .status()
                .as_u16(),
            200
        );

        // The same code cannot be used twice; a recovery code works once.
        let (_, cookie) = sign_in(&app, "amal@example.org", PASSWORD).await;
        let token = form_token(get_with(&app, "/admin/login/code", &cookie).await).await;
        let again = post(
            &app,
            "/admin/login/code",
            &cookie,
            &[("csrf", token.as_str()), ("code", code.as_str())],
        )
        .await;
        assert_eq!(again.status().as_u16(), 401, "a code is single-use");
        let upper = recovery[3].to_uppercase();
        let ok = post(
            &app,
            "/admin/login/code",
            &cookie,
            &[("csrf", token.as_str()), ("code", upper.as_str())],
        )
        .await;
        assert_eq!(ok.headers()["location"], "/admin/");
        let (_, cookie) = sign_in(&app, "amal@example.org", PASSWORD).await;
        let token = form_token(get_with(&app, "/admin/login/code", &cookie).await).await;
        let spent = post(
            &app,
            "/admin/login/code",
            &cookie,
            &[("csrf", token.as_str()), ("code", recovery[3].as_str())],
        )
        .await;
        assert_eq!(spent.status().as_u16(), 401);
    }
);

both_backends!(
    sessions_end_when_idle_too_old_or_the_role_changes,
    |backend| async move {
        let app = spawn_app(backend).await;
        let owner = person(&app, "amal@example.org", Role::Owner, None).await;
        let editor = person(&app, "sara@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, editor).await;
        assert_eq!(
            get_with(&app, "/admin/", &cookie).await.status().as_u16(),
            200
        );
        app.clock.advance(jiff::SignedDuration::from_mins(31));
        assert_eq!(
            get_with(&app, "/admin/", &cookie).await.status().as_u16(),
            303,
            "idle"
        );

        // Busy, but past the absolute lifetime.
        let cookie = session_cookie(&app, editor).await;
        for _ in 0..25 {
            app.clock.advance(jiff::SignedDuration::from_mins(29));
            let status = get_with(&app, "/admin/", &cookie).await.status().as_u16();
            if status == 303 {
                break;
            }
        }
        assert_eq!(
            get_with(&app, "/admin/", &cookie).await.status().as_u16(),
            303,
            "absolute"
        );

        // An owner changes the editor's role: their sessions end.
        let cookie = session_cookie(&app, editor).await;
        let owner_cookie = session_cookie(&app, owner).await;
        let (csrf_cookie, token) =
            csrf_session(get_with(&app, "/admin/users", &owner_cookie).await).await;
        let both = format!("{owner_cookie}; {csrf_cookie}");
        let response = post(
            &app,
            &format!("/admin/users/{editor}/role"),
            &both,
            &[
                ("csrf", token.as_str()),
                ("role", "moderator"),
                ("chapter", ""),
            ],
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(
            get_with(&app, "/admin/", &cookie).await.status().as_u16(),
            303
        );
        let audit = plain(
            &get_with(&app, "/admin/audit", &owner_cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        assert!(
            audit.contains("changed a role") && audit.contains("sara@example.org"),
            "{audit}"
        );
        assert!(
            audit.contains(">Editor<") && audit.contains(">Moderator<"),
            "before and after: {audit}"
        );
        // Disabled people cannot sign in, and their sessions end.
        let cookie = session_cookie(&app, editor).await;
        let response = post(
            &app,
            &format!("/admin/users/{editor}/disabled"),
            &both,
            &[("csrf", token.as_str()), ("disabled", "1")],
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(
            get_with(&app, "/admin/", &cookie).await.status().as_u16(),
            303
        );
        assert_eq!(
            sign_in(&app, "sara@example.org", PASSWORD)
                .await
                .0
                .status()
                .as_u16(),
            401
        );
    }
);

both_backends!(the_audit_log_is_append_only, |backend| async move {
    let app = spawn_app(backend).await;
    let entry = convene::storage::AuditEntry {
        at: test_now(),
        actor: "test".into(),
        action: "tested".into(),
        subject: "the log".into(),
        before: None,
        after: None,
    };
    app.state.db.audit(None, &entry).await.expect("append");
    let pool = sqlx::AnyPool::connect(&app.state.config.database_url())
        .await
        .expect("pool");
    assert!(
        sqlx::query("UPDATE audit_log SET actor = 'someone else'")
            .execute(&pool)
            .await
            .is_err()
    );
    assert!(
        sqlx::query("DELETE FROM audit_log")
            .execute(&pool)
            .await
            .is_err()
    );
});

/// What the matrix expects: whether `role` (a chapter editor is Lebanon's) may use a route
/// needing `permission` on an object of `object` (a chapter, the central office, or none).
fn expected(role: Role, permission: Permission, object: Option<Option<&str>>) -> bool {
    match permission {
        Permission::SignedIn => true,
        Permission::ManageRegistrations | Permission::EditSite => {
            matches!(role, Role::Owner | Role::Editor)
        }
        Permission::EditPosts => match role {
            Role::Owner | Role::Editor => true,
            Role::ChapterEditor => matches!(object, None | Some(Some("lebanon"))),
            Role::Moderator => false,
        },
        Permission::Moderate => matches!(role, Role::Owner | Role::Moderator),
        Permission::ManageUsers => role == Role::Owner,
        // Editors only with the account's grant, which none of these people has.
        Permission::SendMail => role == Role::Owner,
    }
}

both_backends!(
    every_route_for_every_role_over_two_chapters,
    |backend| async move {
        let app = spawn_app(backend).await;
        let target = person(&app, "target@example.org", Role::Editor, None).await;
        let people = [
            (
                Role::Owner,
                person(&app, "owner@example.org", Role::Owner, None).await,
            ),
            (
                Role::Editor,
                person(&app, "editor@example.org", Role::Editor, None).await,
            ),
            (
                Role::ChapterEditor,
                person(
                    &app,
                    "lebanon@example.org",
                    Role::ChapterEditor,
                    Some("lebanon"),
                )
                .await,
            ),
            (
                Role::Moderator,
                person(&app, "moderator@example.org", Role::Moderator, None).await,
            ),
        ];
        // Posts of two chapters and of the central office.
        let objects = [
            ("invitation-lebanon", Some("lebanon")),
            ("invitation-tunisia", Some("tunisia")),
            ("press-release-announcement", None),
        ];
        // A registration and a mail about it, for the registration routes.
        let signed_up = app
            .state
            .db
            .sign_up(
                &convene::registration::NewRegistration {
                    event: "water-for-every-home-2026".parse().expect("slug"),
                    email: "attendee@example.org".parse().expect("email"),
                    name: "Amina Qureshi".parse().expect("name"),
                    country: "PK".parse().expect("country"),
                    lang: "en".parse().expect("lang"),
                    time_zone: "Asia/Karachi".parse().expect("zone"),
                },
                "0123456789abcdef0123456789abcdef",
                "fedcba9876543210fedcba9876543210",
                test_now(),
                app.state.lifetimes,
            )
            .await
            .expect("sign up");
        let registration = match signed_up {
            convene::registration::SignUp::Created { id } => id,
            other => panic!("{other:?}"),
        };
        let mail = app.state.db.mail_about(registration).await.expect("mail")[0].id;
        // A question in the hall, for the moderation routes.
        let question = {
            let update = app
                .state
                .db
                .ask(
                    &"water-for-every-home-2026".parse().expect("slug"),
                    registration,
                    &"en".parse().expect("lang"),
                    &convene::hall::PlainText::parse("Who maintains the pipes?", 500)
                        .expect("text"),
                    (test_now(), 100),
                    test_now(),
                )
                .await
                .expect("ask")
                .expect("under the limit");
            serde_json::from_str::<serde_json::Value>(&update.payload).expect("json")["id"]
                .as_i64()
                .expect("id")
        };
        // A broadcast, for its progress page.
        let broadcast = crate::broadcast::queued(&app, &[registration]).await;
        // A poll, for the poll routes.
        let poll = crate::polls::prepared_poll(&app).await;
        // An announcement, for withdrawing it.
        let announcement = crate::hall::announce(
            &app,
            &"water-for-every-home-2026".parse().expect("slug"),
            &convene::hall::PlainText::parse("Welcome", 100).expect("text"),
        )
        .await
        .seq;
        let mut checked = 0;
        for route in table() {
            let Access::Needs(permission) = route.access else {
                continue;
            };
            let paths: Vec<(String, Option<Option<&str>>)> =
                if route.path.starts_with("/admin/hall/") {
                    vec![(
                        route
                            .path
                            .replace("{slug}", "water-for-every-home-2026")
                            .replace("{id}", &question.to_string())
                            .replace("{poll}", &poll.to_string())
                            .replace("{announcement}", &announcement.to_string())
                            .replace("{action}", "pin"),
                        None,
                    )]
                } else if route.path == "/admin/mail/{id}" {
                    vec![(route.path.replace("{id}", &broadcast.to_string()), None)]
                } else if route.path.starts_with("/admin/events/") {
                    vec![(
                        route.path.replace("{slug}", "water-for-every-home-2026"),
                        None,
                    )]
                } else if route.path.contains("{slug}") {
                    objects
                        .iter()
                        .map(|(slug, chapter)| {
                            (
                                route.path.replace("{slug}", slug).replace("{lang}", "en"),
                                Some(*chapter),
                            )
                        })
                        .collect()
                } else {
                    let id = if route.path.starts_with("/admin/registrations/") {
                        registration
                    } else {
                        target
                    };
                    vec![(
                        route
                            .path
                            .replace("{id}", &id.to_string())
                            .replace("{mail}", &mail.to_string()),
                        None,
                    )]
                };
            for (path, object) in paths {
                for (role, id) in people {
                    let cookie = session_cookie(&app, id).await;
                    // The form token of this session (tokens are bound to the session).
                    let (csrf_cookie, token) =
                        csrf_session(get_with(&app, "/admin/login", &cookie).await).await;
                    let cookie = format!("{cookie}; {csrf_cookie}");
                    let response = if route.method == http::Method::GET {
                        get_with(&app, &path, &cookie).await
                    } else {
                        post(&app, &path, &cookie, &[("csrf", token.as_str())]).await
                    };
                    let status = response.status().as_u16();
                    let allowed = expected(role, permission, object);
                    assert_ne!(status, 404, "{} {path} is routed", route.method);
                    assert!(status < 500, "{} {path} as {role}: {status}", route.method);
                    assert_eq!(
                        status != 403,
                        allowed,
                        "{} {path} as {role}: status {status}, expected {}",
                        route.method,
                        if allowed { "allowed" } else { "denied" }
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 60, "{checked} checks");
        // Nothing answers outside the table, even for owners.
        let owner = session_cookie(&app, people[0].1).await;
        assert_eq!(get_with(&app, "/admin/secret", &owner).await.status(), 404);
    }
);

both_backends!(
    a_post_is_edited_with_a_preview_and_published_at_once,
    |backend| async move {
        let app = spawn_app(backend).await;
        // The demo has every post in every language: this one loses its Urdu version.
        let (mut content, _) = crate::helpers::demo_content();
        content
            .posts
            .iter_mut()
            .find(|p| p.slug.as_str() == "invitation-lebanon")
            .expect("post")
            .texts
            .remove(&"ur".parse().expect("lang"));
        let revision = crate::helpers::store_content(&app.state.db, &content).await;
        app.state.content_changed(revision);
        let id = person(
            &app,
            "lebanon@example.org",
            Role::ChapterEditor,
            Some("lebanon"),
        )
        .await;
        let cookie = session_cookie(&app, id).await;
        let path = "/admin/posts/invitation-lebanon/en";
        let (csrf_cookie, token) = csrf_session(get_with(&app, path, &cookie).await).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let fields = |action: &'static str, body: &'static str, revision: String| {
            vec![
                ("csrf", token.clone()),
                ("revision", revision),
                ("title", "A new title from Beirut".to_owned()),
                ("summary", "Join us.".to_owned()),
                ("body", body.to_owned()),
                ("published_on", "2026-11-06".to_owned()),
                ("action", action.to_owned()),
            ]
        };
        let as_refs = |v: &Vec<(&'static str, String)>| {
            v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>()
        };
        // Preview: rendered, sanitised, not saved.
        let preview = fields(
            "preview",
            "**Water** <script>alert(1)</script>",
            app.revision().await,
        );
        let response = app
            .client
            .post(format!("{}{path}", app.address))
            .header("cookie", &cookie)
            .form(&as_refs(&preview))
            .send()
            .await
            .expect("post");
        let html = response.text().await.expect("body");
        assert!(html.contains("<strong>Water</strong>"));
        assert!(!html.contains("<script>alert"));
        assert!(
            !app.get_text("/en/posts/invitation-lebanon")
                .await
                .1
                .contains("A new title from Beirut")
        );
        // A broken link is explained and nothing is saved.
        let bad = fields("save", "See [the guide][nowhere].", app.revision().await);
        let response = app
            .client
            .post(format!("{}{path}", app.address))
            .header("cookie", &cookie)
            .form(&as_refs(&bad))
            .send()
            .await
            .expect("post");
        assert_eq!(response.status().as_u16(), 422);
        assert!(
            response
                .text()
                .await
                .expect("body")
                .contains("[nowhere] has no definition")
        );
        // Saved: the public page shows it at once (its cached copy is dropped).
        let good = fields("save", "Water for **every** home.", app.revision().await);
        let response = app
            .client
            .post(format!("{}{path}", app.address))
            .header("cookie", &cookie)
            .form(&as_refs(&good))
            .send()
            .await
            .expect("post");
        assert_eq!(response.status().as_u16(), 303);
        let public = app.get_text("/en/posts/invitation-lebanon").await.1;
        assert!(
            public.contains("A new title from Beirut"),
            "published at once"
        );
        assert!(public.contains("<strong>every</strong>"));

        // The other language versions are now marked as older than the English one.
        let list = get_with(&app, "/admin/posts", &cookie)
            .await
            .text()
            .await
            .expect("body");
        assert!(
            list.contains(r#"<a href="/admin/posts/invitation-lebanon/ar" class="outdated">"#),
            "{list}"
        );
        assert!(
            list.contains(r#"<a href="/admin/posts/invitation-lebanon/en" class="present">"#),
            "{list}"
        );
        assert!(
            list.contains(r#"<a href="/admin/posts/invitation-lebanon/ur" class="missing">"#),
            "{list}"
        );
        // Unpublished (a draft): gone from the site (its address says so: 410), its feed and
        // search at once.
        let send = |form: Vec<(&'static str, String)>| {
            let (app, cookie) = (&app, &cookie);
            async move {
                app.client
                    .post(format!("{}{path}", app.address))
                    .header("cookie", cookie)
                    .form(&form)
                    .send()
                    .await
                    .expect("post")
                    .status()
                    .as_u16()
            }
        };
        let mut draft = fields("save", "Water for **every** home.", app.revision().await);
        draft.push(("draft", "on".to_owned()));
        assert_eq!(send(draft).await, 303);
        assert_eq!(app.get_text("/en/posts/invitation-lebanon").await.0, 410);
        assert!(
            !app.get_text("/en/feed.atom")
                .await
                .1
                .contains("invitation-lebanon")
        );
        assert!(
            !app.get_text("/en/search?q=Beirut")
                .await
                .1
                .contains("/posts/invitation-lebanon")
        );
        // Scheduled for a later day: hidden until that day begins (still withdrawn meanwhile).
        let mut later = fields("save", "Water for **every** home.", app.revision().await);
        later.retain(|(k, _)| *k != "published_on");
        later.push(("published_on", "2026-11-28".to_owned()));
        assert_eq!(send(later).await, 303);
        assert_eq!(app.get_text("/en/posts/invitation-lebanon").await.0, 410);
        app.clock
            .set("2026-11-28T00:00:00Z".parse().expect("instant"));
        assert_eq!(app.get_text("/en/posts/invitation-lebanon").await.0, 200);
    }
);

both_backends!(
    a_forgotten_password_is_replaced_from_a_mailed_link,
    |backend| async move {
        let app = spawn_app(backend).await;
        person(&app, "amal@example.org", Role::Owner, None).await;
        let (csrf_cookie, token) = csrf_session(app.get("/admin/login/forgot").await).await;
        for email in ["amal@example.org", "nobody@example.org"] {
            let response = post(
                &app,
                "/admin/login/forgot",
                &csrf_cookie,
                &[("csrf", token.as_str()), ("email", email)],
            )
            .await;
            assert_eq!(response.status().as_u16(), 200);
            assert!(
                plain(&response.text().await.expect("body"))
                    .contains("If that address has an account")
            );
        }
        // The mail is a job: nothing is sent before it runs, then exactly one mail.
        assert!(crate::helpers::mails(&app).is_empty());
        assert_eq!(app.state.db.unsent_mail().await.expect("count"), 1);
        assert_eq!(app.run_due_jobs().await.expect("run"), 1);
        let mail = crate::helpers::mails(&app)
            .into_iter()
            .next()
            .expect("one reset mail, to the existing account only");
        assert!(
            mail.message_id().is_some_and(|id| id.starts_with("job-")),
            "{:?}",
            mail.message_id()
        );
        assert_eq!(crate::helpers::mails(&app).len(), 1);
        let link = crate::helpers::link_in(&mail, "https://convene.example/admin/password/");
        let (csrf_cookie, token) = csrf_session(app.get(&link).await).await;
        let new = "water for every home, always";
        let response = post(
            &app,
            &link,
            &csrf_cookie,
            &[("csrf", token.as_str()), ("password", new), ("again", new)],
        )
        .await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(
            sign_in(&app, "amal@example.org", PASSWORD)
                .await
                .0
                .status()
                .as_u16(),
            401
        );
        assert_eq!(
            sign_in(&app, "amal@example.org", new)
                .await
                .0
                .status()
                .as_u16(),
            303
        );
        // The link is spent.
        assert_eq!(app.get(&link).await.status().as_u16(), 404);
    }
);

both_backends!(
    a_site_without_content_yet_still_mails_a_password_reset,
    |backend| async move {
        // A freshly installed site before `convene import`: an organiser who forgot the
        // password set at install gets the link all the same.
        let app = crate::helpers::spawn_app_without_content(backend).await;
        // Its pages say what is missing rather than a bare 404.
        let home = app.get("/").await;
        assert_eq!(home.status().as_u16(), 404);
        let home = home.text().await.expect("body");
        assert!(home.contains("This site has no content yet"), "{home}");
        assert!(home.contains("convene import FOLDER"), "{home}");
        person(&app, "amal@example.org", Role::Owner, None).await;
        let (csrf_cookie, token) = csrf_session(app.get("/admin/login/forgot").await).await;
        let response = post(
            &app,
            "/admin/login/forgot",
            &csrf_cookie,
            &[("csrf", token.as_str()), ("email", "amal@example.org")],
        )
        .await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(app.run_due_jobs().await.expect("run"), 1);
        let mails = crate::helpers::mails(&app);
        assert_eq!(mails.len(), 1, "the reset mail is sent");
        let link = crate::helpers::link_in(&mails[0], "https://convene.example/admin/password/");
        assert_eq!(app.get(&link).await.status().as_u16(), 200);
        assert_eq!(app.state.db.unsent_mail().await.expect("count"), 0);
    }
);

/// Uploads `bytes` as `file_name` to /admin/media; returns status and page text.
async fn upload(
    app: &TestApp,
    cookie: &str,
    token: &str,
    file_name: &str,
    bytes: Vec<u8>,
) -> (u16, String) {
    let form = reqwest::multipart::Form::new()
        .text("csrf", token.to_owned())
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned()),
        );
    let response = app
        .client
        .post(format!("{}/admin/media", app.address))
        .header("cookie", cookie)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    let status = response.status().as_u16();
    (status, plain(&response.text().await.expect("body")))
}

both_backends!(
    media_is_checked_by_content_and_a_video_with_captions_reaches_the_public_page,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "editor@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let (csrf_cookie, token) =
            csrf_session(get_with(&app, "/admin/media", &cookie).await).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let demo = crate::helpers::demo_dir().join("media");
        let read = |name: &str| std::fs::read(demo.join(name)).expect("demo media");

        // A script named like an image is refused; so is an oversized image.
        let (status, page) = upload(
            &app,
            &cookie,
            &token,
            "photo.png",
            b"<script>alert(1)</script>".to_vec(),
        )
        .await;
        assert_eq!(status, 415, "{page}");
        let mut huge = read("og-card.png");
        huge.resize(11 * 1024 * 1024, 0);
        let (status, _) = upload(&app, &cookie, &token, "big.png", huge).await;
        assert_eq!(status, 413);
        let uploads = app.data_dir().join("media/uploads");
        let left: Vec<_> = std::fs::read_dir(&uploads)
            .map(|d| d.filter_map(Result::ok).collect())
            .unwrap_or_default();
        assert!(
            left.is_empty(),
            "nothing of a refused upload stays: {left:?}"
        );
        // A forged form.
        let (status, _) = upload(&app, &cookie, "forged", "t.webm", read("trailer.webm")).await;
        assert_eq!(status, 403);

        // A video and its captions, under names the server chose.
        let (status, page) = upload(
            &app,
            &cookie,
            &token,
            "../../etc/passwd.webm",
            read("trailer.webm"),
        )
        .await;
        assert_eq!(status, 200, "{page}");
        let video = page
            .split("Uploaded as media/")
            .nth(1)
            .and_then(|s| s.split('.').next())
            .expect("path")
            .to_owned()
            + ".webm";
        assert!(
            video.starts_with("uploads/") && !video.contains("passwd"),
            "{video}"
        );
        let (_, page) = upload(
            &app,
            &cookie,
            &token,
            "captions.txt",
            read("trailer.en.vtt"),
        )
        .await;
        let captions = page
            .split("Uploaded as media/")
            .nth(1)
            .and_then(|s| s.split(".vtt").next())
            .expect("path")
            .to_owned()
            + ".vtt";
        // Served with its type, and with Range support.
        let served = app
            .client
            .get(format!("{}/media/{video}", app.address))
            .header("range", "bytes=0-99")
            .send()
            .await
            .expect("media");
        assert_eq!(served.status().as_u16(), 206);
        assert_eq!(served.headers()["content-type"], "video/webm");
        assert_eq!(served.headers()["x-content-type-options"], "nosniff");

        // Put them on a post; the public page plays the video with the caption track.
        let path = "/admin/posts/news-volunteer-translators/en";
        let revision = app.revision().await;
        let form = [
            ("csrf", token.as_str()),
            ("revision", revision.as_str()),
            ("title", "Volunteers caption the conference"),
            ("summary", "Our volunteers at work."),
            ("body", "They caption every dialogue."),
            ("published_on", "2026-11-21"),
            ("video", video.as_str()),
            ("caption-en", captions.as_str()),
            ("action", "save"),
        ];
        let response = post(&app, path, &cookie, &form).await;
        assert_eq!(response.status().as_u16(), 303);
        let public = app.get_text("/en/posts/news-volunteer-translators").await.1;
        assert!(
            public.contains(&format!(
                r#"<source src="/media/{video}" type="video/webm">"#
            )),
            "{public}"
        );
        assert!(
            public.contains(&format!(r#"src="/media/{captions}" srclang="en""#)),
            "{public}"
        );
        // A path that is not an upload is refused.
        let mut bad = form.to_vec();
        bad.retain(|(k, _)| *k != "video");
        bad.push(("video", "../convene.db"));
        assert_eq!(post(&app, path, &cookie, &bad).await.status().as_u16(), 422);
    }
);

both_backends!(
    organisers_confirm_cancel_and_resend_by_hand,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "office@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let created = app
            .state
            .db
            .sign_up(
                &convene::registration::NewRegistration {
                    event: "water-for-every-home-2026".parse().expect("slug"),
                    email: "no-mail@example.org".parse().expect("email"),
                    name: "Fatima Zahra".parse().expect("name"),
                    country: "MA".parse().expect("country"),
                    lang: "fr".parse().expect("lang"),
                    time_zone: "Africa/Casablanca".parse().expect("zone"),
                },
                "0123456789abcdef0123456789abcdef",
                "fedcba9876543210fedcba9876543210",
                test_now(),
                app.state.lifetimes,
            )
            .await
            .expect("sign up");
        let convene::registration::SignUp::Created { id: reg } = created else {
            panic!("{created:?}")
        };
        let page = format!("/admin/registrations/{reg}");
        let (csrf_cookie, token) = csrf_session(get_with(&app, &page, &cookie).await).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let html = plain(
            &get_with(&app, &page, &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        // No worker runs beside the test: the confirmation mail is queued, and only that.
        assert!(
            html.contains("Waiting for confirmation")
                && html.contains("waiting to be sent")
                && !html.contains("delivered "),
            "{html}"
        );
        // Confirmed by hand: a place is taken and "your place is confirmed" is queued.
        let response = post(
            &app,
            &format!("{page}/confirm"),
            &cookie,
            &[("csrf", token.as_str())],
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        let places = app
            .state
            .db
            .places(&"water-for-every-home-2026".parse().expect("slug"))
            .await
            .expect("places");
        assert_eq!(places.held, 1);
        app.run_due_jobs().await.expect("deliver");
        let html = plain(
            &get_with(&app, &page, &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        assert!(
            html.contains("Confirmed") && html.contains("delivered"),
            "{html}"
        );
        // Resending queues a copy.
        let first = app.state.db.mail_about(reg).await.expect("mail")[0].id;
        let response = post(
            &app,
            &format!("{page}/resend/{first}"),
            &cookie,
            &[("csrf", token.as_str())],
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(app.state.db.mail_about(reg).await.expect("mail").len(), 3);
        // Cancelled by hand: the place is given back.
        let response = post(
            &app,
            &format!("{page}/cancel"),
            &cookie,
            &[("csrf", token.as_str())],
        )
        .await;
        assert_eq!(response.status().as_u16(), 303);
        let places = app
            .state
            .db
            .places(&"water-for-every-home-2026".parse().expect("slug"))
            .await
            .expect("places");
        assert_eq!(places.held, 0);
    }
);

both_backends!(
    site_settings_are_validated_and_show_at_once,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "editor@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let (csrf_cookie, token) =
            csrf_session(get_with(&app, "/admin/settings", &cookie).await).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let content = app.state.content().await.expect("content");
        let mut form: Vec<(String, String)> = vec![
            ("csrf".into(), token.clone()),
            ("contact".into(), "office@water-alliance.example".into()),
            (
                "hashtags".into(),
                "#WaterForEveryHome #EveryDropCounts".into(),
            ),
            ("hijri".into(), "umm-al-qura".into()),
            ("adjustment".into(), "1".into()),
        ];
        for l in &content.settings.languages {
            let t = content.settings.text(l);
            let name = if l.as_str() == "en" {
                "Water Alliance Worldwide".to_owned()
            } else {
                t.site_name.clone()
            };
            form.push((format!("site_name-{l}"), name));
            form.push((format!("organiser-{l}"), t.organiser.clone()));
            form.push((format!("tagline-{l}"), t.tagline.clone()));
        }
        form.push(("digits-ar".into(), "on".into()));
        let send = |form: Vec<(String, String)>| {
            let (app, cookie) = (&app, &cookie);
            async move {
                let mut form = form;
                form.push(("revision".into(), app.revision().await));
                app.client
                    .post(format!("{}/admin/settings", app.address))
                    .header("cookie", cookie)
                    .form(&form)
                    .send()
                    .await
                    .expect("post")
            }
        };
        let hijri_before = plain(&app.get_text("/en/events/water-for-every-home-2026").await.1);
        // A bad hashtag and an adjustment out of range are explained; nothing changes.
        let mut bad = form.clone();
        bad.retain(|(k, _)| k != "hashtags" && k != "adjustment");
        bad.push(("hashtags".into(), "#not-a-tag!".into()));
        bad.push(("adjustment".into(), "5".into()));
        let response = send(bad).await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.expect("body");
        assert!(
            html.contains("Hashtags are letters") && html.contains("from −2 to 2"),
            "{html}"
        );
        assert!(
            !app.get_text("/en/")
                .await
                .1
                .contains("Water Alliance Worldwide")
        );
        // Saved: the home page and the Hijri dates follow at once.
        let response = send(form).await;
        assert_eq!(response.status().as_u16(), 303);
        assert!(
            app.get_text("/en/")
                .await
                .1
                .contains("Water Alliance Worldwide")
        );
        let hijri_after = plain(&app.get_text("/en/events/water-for-every-home-2026").await.1);
        assert_ne!(
            hijri_before, hijri_after,
            "a one-day adjustment moves the Hijri date"
        );
        let audit = plain(
            &get_with(
                &app,
                "/admin/audit",
                &session_cookie(
                    &app,
                    person(&app, "owner@example.org", Role::Owner, None).await,
                )
                .await,
            )
            .await
            .text()
            .await
            .expect("body"),
        );
        assert!(audit.contains("changed the site settings"), "{audit}");
    }
);

both_backends!(
    an_event_moves_with_its_programme_and_its_places_change,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "editor@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let path = "/admin/events/water-for-every-home-2026";
        let (csrf_cookie, token) = csrf_session(get_with(&app, path, &cookie).await).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let before = app.state.content().await.expect("content");
        let event = before
            .events
            .iter()
            .find(|e| e.slug.as_str() == "water-for-every-home-2026")
            .expect("event");
        let first_segment = event.segments[0].starts_at;
        // The demo's upcoming edition is on 2026-12-23 at test time; move it a day later.
        let form = |doors: &str, places: &str| {
            vec![
                ("csrf", token.clone()),
                ("zone", "Asia/Riyadh".to_owned()),
                ("doors", doors.to_owned()),
                ("starts", "2026-12-24T16:00".to_owned()),
                ("ends", "2026-12-24T19:30".to_owned()),
                ("places", places.to_owned()),
                ("opens", String::new()),
                ("closes", "2026-12-24T12:00".to_owned()),
                ("reminders", "24, 1".to_owned()),
            ]
        };
        let send = |f: Vec<(&'static str, String)>| {
            let (app, cookie) = (&app, &cookie);
            async move {
                let mut f = f;
                f.push(("revision", app.revision().await));
                app.client
                    .post(format!("{}{path}", app.address))
                    .header("cookie", cookie)
                    .form(&f)
                    .send()
                    .await
                    .expect("post")
            }
        };
        // Doors after the start, and zero places: explained, nothing changes.
        let response = send(form("2026-12-24T17:00", "0")).await;
        assert_eq!(response.status().as_u16(), 422);
        let html = plain(&response.text().await.expect("body"));
        assert!(
            html.contains("Doors open before or when the event starts")
                && html.contains("Places are a whole number"),
            "{html}"
        );
        let response = send(form("2026-12-24T15:30", "3")).await;
        assert_eq!(response.status().as_u16(), 303);
        let after = app.state.content().await.expect("content");
        let moved = after
            .events
            .iter()
            .find(|e| e.slug.as_str() == "water-for-every-home-2026")
            .expect("event");
        assert_eq!(
            moved.segments[0].starts_at,
            first_segment + jiff::SignedDuration::from_hours(24),
            "the programme moved with the start"
        );
        let places = app.state.db.places(&moved.slug).await.expect("places");
        assert_eq!(places.capacity, Some(3));
        assert!(
            plain(&app.get_text("/en/events/water-for-every-home-2026").await.1)
                .contains("3 places left")
        );
    }
);

/// The demo's upcoming edition as the app holds it now.
pub(crate) async fn upcoming_event(app: &TestApp) -> convene::content::Event {
    let content = app.state.content().await.expect("content");
    content
        .events
        .iter()
        .find(|e| e.slug.as_str() == "water-for-every-home-2026")
        .expect("the upcoming edition")
        .clone()
}

/// Sets one field of a scraped form (replacing its value, or adding it).
pub(crate) fn set_field(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(n, _)| n != name);
    fields.push((name.to_owned(), value.to_owned()));
}

/// POSTs a scraped form's fields.
pub(crate) async fn post_fields(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    app.client
        .post(format!("{}{path}", app.address))
        .header("cookie", cookie)
        .form(fields)
        .send()
        .await
        .expect("post")
}

/// A form's fields as the browser would send them: inputs with their values (checkboxes
/// only when checked), selects with their chosen option.
pub(crate) fn form_fields(html: &str) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = Vec::new();
    for input in html.split("<input").skip(1) {
        let attr = |name: &str| {
            input
                .split(&format!(" {name}=\""))
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .map(|v| {
                    v.replace("&#38;", "&")
                        .replace("&#39;", "'")
                        .replace("&#34;", "\"")
                })
        };
        let Some(name) = attr("name") else { continue };
        let checkbox = input.contains(r#"type="checkbox""#);
        if checkbox {
            if input
                .split('>')
                .next()
                .is_some_and(|tag| tag.contains(" checked"))
            {
                fields.push((name, "on".to_owned()));
            }
        } else {
            fields.push((name, attr("value").unwrap_or_default()));
        }
    }
    for select in html.split("<select").skip(1) {
        let name = select
            .split(r#"name=""#)
            .nth(1)
            .and_then(|r| r.split('"').next())
            .expect("a select's name")
            .to_owned();
        let options: Vec<&str> = select
            .split("</select>")
            .next()
            .unwrap_or_default()
            .split("<option")
            .skip(1)
            .collect();
        // The chosen option, else the first (as a browser sends it).
        let chosen = options
            .iter()
            .find(|o| {
                o.split('>')
                    .next()
                    .is_some_and(|tag| tag.contains(" selected"))
            })
            .or_else(|| options.first())
            .and_then(|o| o.split(r#"value=""#).nth(1))
            .and_then(|r| r.split('"').next())
            .unwrap_or_default()
            .to_owned();
        fields.push((name, chosen));
    }
    fields
}

/// A content file's text in the editor, the digest its form carries and its revision.
pub(crate) async fn source_form(
    app: &TestApp,
    file: &str,
    cookie: &str,
) -> (String, String, String) {
    let html = get_with(app, &format!("/admin/source?file={file}"), cookie)
        .await
        .text()
        .await
        .expect("body");
    source_form_in(&html)
}

/// The text, digest and revision of the source editor's form in `html`.
pub(crate) fn source_form_in(html: &str) -> (String, String, String) {
    let base = html
        .split(r#"name="base" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form's base")
        .to_owned();
    (textarea_of(html), base, revision_of(html))
}

/// The content revision an editor's form carries.
pub(crate) fn revision_of(html: &str) -> String {
    html.split(r#"name="revision" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form's revision")
        .to_owned()
}

/// The text of a page's textarea, unescaped.
fn textarea_of(html: &str) -> String {
    let start = html.find("<textarea").expect("a textarea");
    let open_end = start + html[start..].find('>').expect("tag end") + 1;
    let end = open_end + html[open_end..].find("</textarea>").expect("close");
    html[open_end..end]
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

both_backends!(
    content_files_are_edited_with_the_importers_checks,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "editor@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let event_file = "events/water-for-every-home-2026/event.toml";
        let text_file = "events/water-for-every-home-2026/en.md";
        let page = get_with(&app, &format!("/admin/source?file={event_file}"), &cookie).await;
        assert_eq!(page.status().as_u16(), 200);
        let (csrf_cookie, token) = csrf_session(page).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let (original, base, revision) = source_form(&app, event_file, &cookie).await;
        assert!(original.contains("id = \"video-1\""), "{original}");
        assert!(original.contains("[segment.premiere]"));

        // A segment of no length: refused with its line, and nothing changes.
        let broken = original.replacen("minutes = 10", "minutes = 0", 1);
        let line = broken
            .lines()
            .position(|l| l == "minutes = 0")
            .expect("the edited line")
            + 1;
        let refused = post(
            &app,
            "/admin/source",
            &cookie,
            &[
                ("csrf", &token),
                ("file", event_file),
                ("text", &broken),
                ("action", "save"),
            ],
        )
        .await;
        assert_eq!(refused.status().as_u16(), 422);
        let body = plain(&refused.text().await.expect("body"));
        assert!(body.contains(&format!("{event_file}:{line}")), "{body}");
        assert!(
            body.contains("minutes must be between 1 and 1440"),
            "{body}"
        );

        // More places and a new title: saved, on the public site at once.
        let more = original.replacen("places = 500", "places = 650", 1);
        let saved = post(
            &app,
            "/admin/source",
            &cookie,
            &[
                ("csrf", &token),
                ("file", event_file),
                ("text", &more),
                ("base", &base),
                ("revision", &revision),
                ("action", "save"),
            ],
        )
        .await;
        assert_eq!(saved.status().as_u16(), 303);
        // A second save from the same, now outdated, form would undo that: refused.
        let outdated = original.replacen("places = 500", "places = 700", 1);
        let conflict = post(
            &app,
            "/admin/source",
            &cookie,
            &[
                ("csrf", &token),
                ("file", event_file),
                ("text", &outdated),
                ("base", &base),
                ("revision", &revision),
                ("action", "save"),
            ],
        )
        .await;
        assert_eq!(conflict.status().as_u16(), 409);
        let body = plain(&conflict.text().await.expect("body"));
        assert!(body.contains("Someone else saved this file"), "{body}");
        assert!(body.contains("places = 700"), "the text is kept");
        let places = app
            .state
            .db
            .places(&"water-for-every-home-2026".parse().expect("slug"))
            .await
            .expect("places");
        assert_eq!(places.capacity, Some(650));
        let (texts, text_base, text_revision) = source_form(&app, text_file, &cookie).await;
        let retitled = texts.replacen(
            "title = \"Water for Every Home: Challenges and Solutions\"",
            "title = \"Water for Every Home: Answers from Six Countries\"",
            1,
        );
        assert_ne!(retitled, texts);
        let saved = post(
            &app,
            "/admin/source",
            &cookie,
            &[
                ("csrf", &token),
                ("file", text_file),
                ("text", &retitled),
                ("base", &text_base),
                ("revision", &text_revision),
                ("action", "save"),
            ],
        )
        .await;
        assert_eq!(saved.status().as_u16(), 303);
        let (_, public) = app.get_text("/en/events/water-for-every-home-2026").await;
        assert!(public.contains("Answers from Six Countries"));
        // The posts went through the round trip unchanged.
        let (status, _) = app.get_text("/en/posts/invitation-lebanon").await;
        assert_eq!(status, 200);
        // A path outside the content files is not a file here.
        let outside = get_with(&app, "/admin/source?file=../secret.key", &cookie).await;
        assert_eq!(outside.status().as_u16(), 404);
    }
);

both_backends!(
    uploads_can_live_in_an_s3_compatible_store,
    |backend| async move {
        let s3 = crate::s3::s3_server("convene-media").await;
        let endpoint = s3.endpoint.clone();
        let app = crate::helpers::spawn_app_with(backend, |layer| {
            layer.media_s3_bucket = Some("convene-media".to_owned());
            layer.media_s3_endpoint = Some(endpoint);
            layer.media_s3_access_key = Some("convene-test".to_owned());
            layer.media_s3_secret_key = Some("convene-test-secret".to_owned().into());
        })
        .await;
        let id = person(&app, "editor@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let (csrf_cookie, token) =
            csrf_session(get_with(&app, "/admin/media", &cookie).await).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let video = std::fs::read(crate::helpers::demo_dir().join("media/trailer.webm"))
            .expect("demo video");
        let (status, page) = upload(&app, &cookie, &token, "trailer.webm", video.clone()).await;
        assert_eq!(status, 200, "{page}");
        let name = page
            .split("uploads/")
            .nth(1)
            .and_then(|rest| rest.get(..37))
            .expect("the upload's name on the page")
            .to_owned();
        assert!(name.ends_with(".webm"), "{name}");
        // In the bucket, not in the media folder; staging left nothing behind.
        let in_bucket = reqwest::get(format!("{}/convene-media/uploads/{name}", s3.endpoint))
            .await
            .expect("GET from the store");
        assert_eq!(in_bucket.status().as_u16(), 200);
        assert_eq!(in_bucket.bytes().await.expect("bytes").to_vec(), video);
        assert!(!app.data_dir().join("media/uploads").join(&name).exists());
        let staging: Vec<_> = std::fs::read_dir(app.data_dir().join("staging/uploads"))
            .map(|d| d.flatten().collect())
            .unwrap_or_default();
        assert!(staging.is_empty(), "{staging:?}");
        // Served by Convene from the store, whole and in ranges (players seek with them).
        let whole = app.get(&format!("/media/uploads/{name}")).await;
        assert_eq!(whole.status().as_u16(), 200);
        assert_eq!(whole.headers()["content-type"], "video/webm");
        assert_eq!(whole.headers()["x-content-type-options"], "nosniff");
        assert_eq!(whole.bytes().await.expect("bytes").len(), video.len());
        let part = app
            .client
            .get(format!("{}/media/uploads/{name}", app.address))
            .header("range", "bytes=100-199")
            .send()
            .await
            .expect("range");
        assert_eq!(part.status().as_u16(), 206);
        assert_eq!(
            part.headers()["content-range"],
            format!("bytes 100-199/{}", video.len()).as_str()
        );
        assert_eq!(part.bytes().await.expect("bytes").to_vec(), video[100..200]);
        // Listed for the post editor from the store.
        let (_, listed) = {
            let response = get_with(&app, "/admin/media", &cookie).await;
            (response.status(), response.text().await.expect("body"))
        };
        assert!(listed.contains(&name));
        // A post showing the stored video: content files still check and save, the upload
        // being in the store and not in the media folder.
        let mut content = (*app.state.content().await.expect("content")).clone();
        let invitation = content
            .posts
            .iter_mut()
            .find(|p| p.slug.as_str() == "invitation-lebanon")
            .expect("post");
        invitation.video = Some(convene::content::Video {
            video: format!("uploads/{name}").parse().expect("media path"),
            poster: None,
            captions: Default::default(),
        });
        app.replace_content(&content).await;
        let (site, site_base, site_revision) = source_form(&app, "site.toml", &cookie).await;
        let saved = post(
            &app,
            "/admin/source",
            &cookie,
            &[
                ("csrf", &token),
                ("file", "site.toml"),
                ("text", &site),
                ("base", &site_base),
                ("revision", &site_revision),
                ("action", "save"),
            ],
        )
        .await;
        assert_eq!(saved.status().as_u16(), 303, "{:?}", saved.text().await);
        assert!(!app.data_dir().join("media/uploads").join(&name).exists());
        assert_eq!(
            app.get("/media/uploads/0123456789abcdef0123456789abcdef.webm")
                .await
                .status()
                .as_u16(),
            404
        );
    }
);

both_backends!(
    an_event_edit_is_previewed_before_it_is_saved,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "preview@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let file = "events/water-for-every-home-2026/ar.md";
        let page = get_with(&app, &format!("/admin/source?file={file}"), &cookie).await;
        let (csrf_cookie, token) = csrf_session(page).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let text = textarea_of(
            &get_with(&app, &format!("/admin/source?file={file}"), &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        let title = text
            .lines()
            .find(|l| l.starts_with("title = "))
            .expect("a title line")
            .to_owned();
        let edited = text.replacen(&title, "title = \"عنوان للمعاينة فقط\"", 1);
        let preview = post(
            &app,
            "/admin/source",
            &cookie,
            &[
                ("csrf", &token),
                ("file", file),
                ("text", &edited),
                ("action", "preview"),
            ],
        )
        .await;
        assert_eq!(preview.status().as_u16(), 200);
        assert_eq!(preview.headers()["cache-control"], "no-store");
        let html = preview.text().await.expect("body");
        assert!(html.contains("عنوان للمعاينة فقط"), "the edit is shown");
        assert!(html.contains("preview-banner"));
        assert!(html.contains(r#"dir="rtl""#));
        // Nothing was saved.
        let (_, public) = app.get_text("/ar/events/water-for-every-home-2026").await;
        assert!(!public.contains("عنوان للمعاينة فقط"));
    }
);

both_backends!(
    the_programme_is_edited_as_a_form_and_checked_like_an_import,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "programme@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let path = "/admin/events/water-for-every-home-2026/programme";
        let page = get_with(&app, path, &cookie).await;
        assert_eq!(page.status().as_u16(), 200);
        let (csrf_cookie, _) = csrf_session(page).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let html = get_with(&app, path, &cookie)
            .await
            .text()
            .await
            .expect("body");
        let fields = form_fields(&html);
        let event = upcoming_event(&app).await;
        let last = event.segments.len() - 1;
        let new = event.segments.len();
        // A segment overlapping the conclusion: refused by the importer's own check.
        let mut overlapping = fields.clone();
        let conclusion_start = html
            .split(&format!(
                r#"name="seg-{last}-start" type="datetime-local" value=""#
            ))
            .nth(1)
            .and_then(|r| r.split('"').next())
            .expect("the conclusion's start")
            .to_owned();
        set_field(&mut overlapping, &format!("seg-{new}-id"), "closing-song");
        set_field(&mut overlapping, &format!("seg-{new}-kind"), "video");
        set_field(
            &mut overlapping,
            &format!("seg-{new}-start"),
            &conclusion_start,
        );
        set_field(&mut overlapping, &format!("seg-{new}-minutes"), "5");
        for lang in event.texts.keys() {
            set_field(
                &mut overlapping,
                &format!("seg-{new}-title-{lang}"),
                "A closing song",
            );
        }
        let refused = post_fields(&app, path, &cookie, &overlapping).await;
        assert_eq!(refused.status().as_u16(), 422);
        let body = plain(&refused.text().await.expect("body"));
        assert!(body.contains("must not overlap"), "{body}");
        assert!(
            body.contains("closing-song"),
            "the form keeps what was typed"
        );

        // The interactive session made longer by moving the conclusion, the opening removed.
        let mut edited = fields.clone();
        set_field(&mut edited, "seg-0-remove", "on");
        set_field(&mut edited, &format!("seg-{}-minutes", last - 1), "45");
        let later = conclusion_start.replace(":15", ":20");
        assert_ne!(later, conclusion_start);
        set_field(&mut edited, &format!("seg-{last}-start"), &later);
        set_field(&mut edited, &format!("seg-{last}-minutes"), "10");
        let saved = post_fields(&app, path, &cookie, &edited).await;
        assert_eq!(saved.status().as_u16(), 303, "{:?}", saved.text().await);
        let event = upcoming_event(&app).await;
        assert_eq!(event.segments.len(), last);
        assert_ne!(event.segments[0].id.as_str(), "opening");
        assert_eq!(event.segments[last - 2].minutes, 45);
        assert_eq!(event.segments[last - 1].minutes, 10);
        // Premieres stay with their segments, texts without the removed one.
        assert!(event.segments.iter().any(|s| s.premiere.is_some()));
        assert!(
            event
                .texts
                .values()
                .all(|t| !t.segments.contains_key(&"opening".parse().expect("slug")))
        );
        let (_, public) = app.get_text("/en/events/water-for-every-home-2026").await;
        assert!(!public.contains("Opening and welcome"));
    }
);

both_backends!(
    speakers_are_edited_as_a_form_and_one_in_the_programme_cannot_go,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "speakers@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let path = "/admin/events/water-for-every-home-2026/speakers";
        let page = get_with(&app, path, &cookie).await;
        assert_eq!(page.status().as_u16(), 200);
        let (csrf_cookie, _) = csrf_session(page).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let html = get_with(&app, path, &cookie)
            .await
            .text()
            .await
            .expect("body");
        let fields = form_fields(&html);
        let event = upcoming_event(&app).await;
        let new = event.speakers.len();
        // Removing a speaker the programme still names: refused by the importer's check.
        let mut removing = fields.clone();
        set_field(&mut removing, "sp-0-remove", "on");
        let refused = post_fields(&app, path, &cookie, &removing).await;
        assert_eq!(refused.status().as_u16(), 422);
        let body = plain(&refused.text().await.expect("body"));
        assert!(
            body.contains(&format!("unknown speaker {}", event.speakers[0].id)),
            "{body}"
        );
        // A new speaker with a role in every language: saved.
        let mut adding = fields.clone();
        set_field(&mut adding, &format!("sp-{new}-id"), "nadia-haddad");
        set_field(&mut adding, &format!("sp-{new}-name"), "Nadia Haddad");
        set_field(&mut adding, &format!("sp-{new}-country"), "LB");
        set_field(&mut adding, &format!("sp-{new}-chapter"), "lebanon");
        for lang in event.texts.keys() {
            set_field(&mut adding, &format!("sp-{new}-role-{lang}"), "Hydrologist");
        }
        set_field(&mut adding, &format!("sp-{new}-name-ar"), "نادية حداد");
        let saved = post_fields(&app, path, &cookie, &adding).await;
        assert_eq!(saved.status().as_u16(), 303, "{:?}", saved.text().await);
        let event = upcoming_event(&app).await;
        let nadia = event
            .speaker(&"nadia-haddad".parse().expect("slug"))
            .expect("saved");
        assert_eq!(nadia.chapter.as_ref().map(|c| c.as_str()), Some("lebanon"));
        let arabic = &event.texts[&"ar".parse().expect("lang")].speakers[&nadia.id];
        assert_eq!(arabic.name.as_deref(), Some("نادية حداد"));
        assert_eq!(event.speakers.len(), new + 1);
    }
);
