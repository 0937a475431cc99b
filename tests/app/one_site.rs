//! Several instances on one PostgreSQL database and NATS behave as one site: a confirmation
//! or a content save on one shows on the others' cached pages at once (and, should no
//! message come, within the polls' bound), the forms' rate limit and the cap on a
//! registration's hall windows count once across instances.
//!
//! Every instance here runs on a manual clock that no test moves while it waits, so a cached
//! page never expires by age: what the others show changes only because it was invalidated.

use crate::hall::{EVENT, announce, attendee, open_the_doors};
use crate::helpers::{Backend, TestApp, csrf_session, demo_content, eventually, plain, post};
use crate::{both_backends, helpers::spawn_app_with};
use convene::registration::{NewRegistration, Purpose, SignUp};
use futures_util::StreamExt;
use std::time::{Duration, Instant};

const NATS: &str = "nats://127.0.0.1:4222";
const EVENT_PAGE: &str = "/en/events/water-for-every-home-2026";
const FORM: &str = "/en/events/water-for-every-home-2026/register";
/// The promise: "places left" on any instance is never more than this behind.
const PLACES_BOUND: Duration = Duration::from_secs(2);

/// Two instances on one fresh PostgreSQL database, with NATS when `nats`.
async fn two_instances(
    nats: bool,
    configure: impl FnOnce(&mut convene::config::Layer),
) -> (TestApp, TestApp) {
    let a = spawn_app_with(Backend::Postgres, |layer| {
        if nats {
            layer.nats_url = Some(NATS.to_owned());
        }
        configure(layer);
    })
    .await;
    let b = a.second_instance().await;
    (a, b)
}

/// The event page's text on `app`.
async fn event_page(app: &TestApp) -> String {
    let (status, html) = app.get_text(EVENT_PAGE).await;
    assert_eq!(status, 200);
    plain(&html)
}

/// A pending sign-up stored directly; returns its confirmation link's path.
async fn pending(app: &TestApp, email: &str) -> String {
    let confirm = hex::encode(rand::random::<[u8; 16]>());
    let access = hex::encode(rand::random::<[u8; 16]>());
    let signed_up = app
        .state
        .db
        .sign_up(
            &NewRegistration {
                event: EVENT.parse().expect("slug"),
                email: email.parse().expect("email"),
                name: "Two Places".parse().expect("name"),
                country: "JO".parse().expect("country"),
                lang: "en".parse().expect("lang"),
                time_zone: "Asia/Amman".parse().expect("zone"),
            },
            &confirm,
            &access,
            app.state.clock.now(),
            app.state.lifetimes,
        )
        .await
        .expect("sign up");
    let SignUp::Created { id } = signed_up else {
        panic!("{signed_up:?}")
    };
    let token = app.state.link_key.token(Purpose::Confirm, id, &confirm);
    format!("/en/registrations/confirm/{token}")
}

/// Confirms a sign-up over HTTP on `app`, as the attendee does from the mail.
async fn confirm_on(app: &TestApp, link: &str) {
    let (cookie, csrf) = csrf_session(app.get(link).await).await;
    let confirmed = post(app, link, &cookie, &[("csrf", &csrf)]).await;
    assert_eq!(confirmed.status().as_u16(), 303);
}

/// Waits (at most `bound`) until `app`'s event page shows `text`; returns how long it took.
async fn until_event_page_shows(app: &TestApp, text: &str, bound: Duration) -> Duration {
    let start = Instant::now();
    eventually(&format!("the event page shows {text:?}"), bound, || async {
        event_page(app).await.contains(text)
    })
    .await;
    start.elapsed()
}

#[tokio::test]
async fn a_confirmation_on_one_instance_shows_on_the_others_event_page_within_two_seconds() {
    let (a, b) = two_instances(true, |_| {}).await;
    let nats = async_nats::connect(NATS)
        .await
        .expect("NATS on 127.0.0.1:4222 is needed for this test");
    let mut told = nats.subscribe("convene.pages").await.expect("subscribe");
    // B has the page cached, with the places of now.
    assert!(event_page(&b).await.contains("500 places left"));
    assert!(!b.state.pages.is_empty(), "cached");

    confirm_on(&a, &pending(&a, "first@example.org").await).await;
    until_event_page_shows(&b, "499 places left", PLACES_BOUND).await;
    // A said so on NATS (other tests' instances talk there too: A's message is the one).
    let from_a = format!("{} places {EVENT}", a.state.cluster.instance());
    tokio::time::timeout(Duration::from_secs(5), async {
        while let Some(message) = told.next().await {
            if message.payload == from_a.as_bytes() {
                return;
            }
        }
    })
    .await
    .expect("the change announced on NATS");

    // A change no message announces (a place taken by another process): the poll brings it.
    let link = pending(&a, "second@example.org").await;
    let (id, nonce) = {
        let token = link.rsplit('/').next().expect("token");
        let verified = a
            .state
            .link_key
            .verify(Purpose::Confirm, token)
            .expect("a valid link");
        (verified.id, verified.nonce)
    };
    a.state
        .db
        .confirm(id, &nonce, a.state.clock.now())
        .await
        .expect("confirm");
    let took = until_event_page_shows(&b, "498 places left", PLACES_BOUND).await;
    assert!(took <= PLACES_BOUND, "{took:?}");
    assert!(
        event_page(&a).await.contains("498 places left"),
        "the poll refreshes the instance itself too"
    );
}

/// Whether `app` holds a fresh cached page under `key`.
fn cached(app: &TestApp, key: &str) -> bool {
    app.state
        .pages
        .get(key, app.state.clock.now(), app.state.revision())
        .is_some()
}

#[tokio::test]
async fn a_places_message_drops_that_events_pages_and_no_others() {
    let (_a, b) = two_instances(true, |_| {}).await;
    let nats = async_nats::connect(NATS)
        .await
        .expect("NATS on 127.0.0.1:4222 is needed for this test");
    let (event_key, home_key) = (format!("{EVENT_PAGE}|"), "/en/|");
    event_page(&b).await;
    assert_eq!(b.get_text("/en/").await.0, 200);
    assert!(cached(&b, &event_key) && cached(&b, home_key));
    // Nothing changed in the database, so no poll drops anything: only the message can. It
    // is sent again until B drops them (B may not have subscribed yet when the test starts).
    let message = format!("elsewhere places {EVENT}");
    eventually(
        "B drops the event's pages",
        Duration::from_secs(2),
        || async {
            nats.publish("convene.pages", message.clone().into())
                .await
                .expect("publish");
            nats.flush().await.expect("flush");
            !cached(&b, &event_key)
        },
    )
    .await;
    assert!(cached(&b, home_key), "other pages stay");
}

#[tokio::test]
async fn a_content_save_on_one_instance_is_on_the_others_pages_at_once() {
    let (a, b) = two_instances(true, |_| {}).await;
    let before = event_page(&b).await;
    let (mut content, _) = demo_content();
    let event = content
        .events
        .iter_mut()
        .find(|e| e.slug.as_str() == EVENT)
        .expect("the event");
    let title = "Water for Every Home, Said Six Countries";
    assert!(!before.contains(title));
    event
        .texts
        .get_mut(&"en".parse().expect("lang"))
        .expect("English text")
        .title = title.to_owned();
    a.replace_content(&content).await;
    // The poll would bring it within two seconds; the message brings it well before.
    let took = until_event_page_shows(&b, title, Duration::from_secs(2)).await;
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert_eq!(b.state.revision(), a.state.revision());
}

#[tokio::test]
async fn an_import_reaches_every_instances_pages_over_nats_without_the_poll() {
    // The content poll is an hour away: only the import's message can bring the change.
    let (a, b) = two_instances(true, |layer| {
        layer.server.content_poll_seconds = Some(3600);
    })
    .await;
    let old = "Opening and welcome";
    let new = "Opening, imported while the site runs";
    for app in [&a, &b] {
        let page = event_page(app).await;
        assert!(page.contains(old) && !page.contains(new));
        assert!(!app.state.pages.is_empty(), "cached");
    }
    let folder = tempfile::tempdir().expect("dir");
    crate::content_files::copy_dir(&crate::helpers::demo_dir(), folder.path());
    let english = folder.path().join(format!("events/{EVENT}/en.md"));
    let text = std::fs::read_to_string(&english).expect("read");
    std::fs::write(&english, text.replace(old, new)).expect("write");
    let data = tempfile::tempdir().expect("dir");
    let import = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .arg("import")
        .arg(folder.path())
        .arg("--data-dir")
        .arg(data.path())
        .env("CONVENE_DATABASE_URL", a.state.config.database_url())
        .env("CONVENE_NATS_URL", NATS)
        .env("CONVENE_LOG", "warn")
        .output()
        .expect("run convene import");
    assert!(
        import.status.success(),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );
    assert!(
        !String::from_utf8_lossy(&import.stderr).contains("could not tell"),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );
    for app in [&a, &b] {
        until_event_page_shows(app, new, Duration::from_secs(2)).await;
    }

    // With NATS unreachable the import still succeeds and says the poll brings it.
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .arg("import")
        .arg(folder.path())
        .arg("--data-dir")
        .arg(data.path())
        .env("CONVENE_DATABASE_URL", a.state.config.database_url())
        .env("CONVENE_NATS_URL", "nats://127.0.0.1:9")
        .env("CONVENE_CONTENT_POLL_SECONDS", "2")
        .output()
        .expect("run convene import");
    assert!(again.status.success());
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(
        stderr.contains("could not tell the running instances") && stderr.contains("within 2 s"),
        "{stderr}"
    );
}

#[tokio::test]
async fn the_forms_rate_limit_counts_once_across_instances() {
    let (a, b) = two_instances(false, |layer| layer.form_limit_per_ip = Some(3)).await;
    let (cookie, csrf) = csrf_session(a.get(FORM).await).await;
    let sign_up = async |app: &TestApp, n: usize| {
        let email = format!("limit{n}@example.org");
        post(
            app,
            FORM,
            &cookie,
            &[
                ("csrf", csrf.as_str()),
                ("name", "Amina Qureshi"),
                ("email", email.as_str()),
                ("country", "PK"),
                ("lang", "en"),
                ("tz", "Asia/Karachi"),
                ("attest", "on"),
                ("consent", "on"),
                ("website", ""),
            ],
        )
        .await
        .status()
        .as_u16()
    };
    // Three in ten minutes from one network, wherever they land.
    assert_eq!(sign_up(&a, 1).await, 303);
    assert_eq!(sign_up(&b, 2).await, 303);
    assert_eq!(sign_up(&a, 3).await, 303);
    assert_eq!(sign_up(&b, 4).await, 429, "B counted A's too");
    assert_eq!(sign_up(&a, 5).await, 429);
    // Ten minutes later, on either instance's clock, a new window.
    for app in [&a, &b] {
        app.clock.advance(jiff::SignedDuration::from_mins(10));
    }
    assert_eq!(sign_up(&b, 6).await, 303);
}

/// Opens the attendee's update stream on `app`; the response stays open while held.
async fn window(app: &TestApp, hall: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(format!("{}{hall}/updates", app.address))
        .send()
        .await
        .expect("stream")
}

/// Waits until `app` opens one more window for `hall` (a closed one's slot is freed once
/// the server notices the close, which the announcement written to it brings about).
async fn window_when_free(app: &TestApp, announcer: &TestApp, hall: &str) -> reqwest::Response {
    let event = EVENT.parse().expect("slug");
    let text = convene::hall::PlainText::parse("Still here?", 1000).expect("text");
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut tick = tokio::time::interval(Duration::from_millis(50));
    loop {
        tick.tick().await;
        announce(announcer, &event, &text).await;
        let response = window(app, hall).await;
        if response.status().as_u16() == 200 {
            return response;
        }
        assert_eq!(response.status().as_u16(), 429);
        assert!(Instant::now() < deadline, "no slot was freed");
    }
}

#[tokio::test]
async fn the_cap_on_hall_windows_holds_across_instances() {
    let (a, b) = two_instances(false, |_| {}).await;
    open_the_doors(&a).await;
    b.clock.set(a.state.clock.now());
    let (_, hall) = attendee(&a, "five-windows@example.org").await;
    let mut open = Vec::new();
    for app in [&a, &a, &a, &b, &b] {
        let response = window(app, &hall).await;
        assert_eq!(response.status().as_u16(), 200);
        open.push(response);
    }
    for app in [&a, &b] {
        let refused = window(app, &hall).await;
        assert_eq!(
            refused.status().as_u16(),
            429,
            "five are open across A and B"
        );
        assert!(refused.headers().contains_key("retry-after"));
    }
    // One closes on A: B may open one.
    drop(open.remove(0));
    open.push(window_when_free(&b, &a, &hall).await);
    assert_eq!(window(&a, &hall).await.status().as_u16(), 429);
    // A stops: its two windows no longer count.
    drop(a);
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut tick = tokio::time::interval(Duration::from_millis(50));
    loop {
        tick.tick().await;
        let response = window(&b, &hall).await;
        if response.status().as_u16() == 200 {
            open.push(response);
            break;
        }
        assert!(Instant::now() < deadline, "A's windows were not freed");
    }
    let last = window(&b, &hall).await;
    assert_eq!(
        last.status().as_u16(),
        200,
        "both of A's windows were freed"
    );
    open.push(last);
    assert_eq!(window(&b, &hall).await.status().as_u16(), 429);
}

both_backends!(
    one_instance_caps_hall_windows_at_five,
    |backend| async move {
        let app = crate::helpers::spawn_app(backend).await;
        open_the_doors(&app).await;
        let (_, hall) = attendee(&app, "one-instance@example.org").await;
        let mut open = Vec::new();
        for _ in 0..5 {
            let response = window(&app, &hall).await;
            assert_eq!(response.status().as_u16(), 200);
            open.push(response);
        }
        assert_eq!(window(&app, &hall).await.status().as_u16(), 429);
        drop(open.pop());
        open.push(window_when_free(&app, &app, &hall).await);
        assert_eq!(window(&app, &hall).await.status().as_u16(), 429);
    }
);

/// A confirmed signature of the demo letter stored directly (no instance announces it).
async fn confirmed_signature(app: &TestApp, email: &str) {
    let (confirm, access) = (
        hex::encode(rand::random::<[u8; 16]>()),
        hex::encode(rand::random::<[u8; 16]>()),
    );
    let signed = app
        .state
        .db
        .sign(
            &convene::letters::NewSignature {
                post: LETTER_SLUG.parse().expect("slug"),
                email: email.parse().expect("email"),
                name: "Poll Signer".to_owned(),
                country: "TN".parse().expect("country"),
                organisation: None,
                show_name: false,
                lang: "en".parse().expect("lang"),
                flagged: false,
                updates_consent: None,
            },
            &confirm,
            &access,
            app.state.clock.now(),
            app.state.lifetimes,
        )
        .await
        .expect("sign");
    let convene::letters::SignOutcome::Created { id } = signed else {
        panic!("{signed:?}")
    };
    app.state
        .db
        .confirm_signature(id, &confirm, app.state.clock.now())
        .await
        .expect("confirm");
}

const LETTER_SLUG: &str = "open-letter-water-ministers";

/// The demo letter's page text on `app`.
async fn letter_page(app: &TestApp) -> String {
    let (status, html) = app.get_text(&format!("/en/posts/{LETTER_SLUG}")).await;
    assert_eq!(status, 200);
    plain(&html)
}

#[tokio::test]
async fn signatures_no_message_announces_reach_the_others_letter_page_through_the_poll() {
    // No NATS: only the poll can tell B.
    let (a, b) = two_instances(false, |_| {}).await;
    let letter = format!("/en/posts/{LETTER_SLUG}");
    assert!(letter_page(&b).await.contains("No signatures yet"));
    assert!(cached(&b, &format!("{letter}|")), "B has the letter cached");
    confirmed_signature(&a, "first-signer@example.org").await;
    confirmed_signature(&a, "second-signer@example.org").await;
    // The poll runs every two seconds; a page cached on a manual clock never expires by age.
    eventually(
        "B's letter page shows the new count",
        Duration::from_secs(5),
        || async { letter_page(&b).await.contains("2 signatures") },
    )
    .await;
}
