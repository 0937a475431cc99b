//! The reference cluster during the event, as organisers and attendees use it: two
//! organisers' edits at once on two instances, one stored and the other refused with 409
//! (nothing silently lost), and an announcement posted through the load balancer reaching
//! attendees who follow the hall on every instance.

use crate::admin::source_form_in;
use crate::cluster::{Cluster, EVENT};
use crate::content_instances::retitled;
use crate::hall_nodes::{attendee, texts_seen};
use crate::helpers::{Backend, csrf_session, fresh_database_url};
use convene::admin::{Role, session};
use convene::storage::Database;
use std::time::Duration;

/// Half an hour after the demo edition's doors open: the hall is open.
const DURING_THE_EVENT: &str = "2026-12-19T13:00:00Z";
const PLACES: usize = 40;

/// A client that shows redirects rather than following them.
fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client")
}

async fn page(http: &reqwest::Client, url: &str, cookie: &str) -> reqwest::Response {
    let response = http
        .get(url)
        .header("cookie", cookie)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 200, "GET {url}");
    response
}

/// The title in `lang` of the demo event as the database holds it.
async fn stored_title(db: &Database, lang: &str) -> String {
    let event = db
        .event(&EVENT.parse().expect("slug"))
        .await
        .expect("query")
        .expect("event");
    event.texts[&lang.parse().expect("lang")].title.clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_and_the_hall_behave_as_one_site_through_the_balancer() {
    let dir = tempfile::tempdir().expect("dir");
    let database_url = fresh_database_url(Backend::Postgres, dir.path()).await;
    let cluster = Cluster::up(database_url.clone(), PLACES, DURING_THE_EVENT).await;
    let db = Database::connect(&database_url).await.expect("database");
    let now: jiff::Timestamp = DURING_THE_EVENT.parse().expect("instant");
    let owner = db
        .create_user("owner@example.org", "Cluster Owner", Role::Owner, None, now)
        .await
        .expect("create")
        .expect("a new address");
    let (token, hash) = session::new_token();
    db.create_session(&hash, owner.id, true, now)
        .await
        .expect("session");
    let session = format!("{}={token}", session::COOKIE);
    let http = client();

    // Two organisers open the event's English text on instance 1 and its French text on
    // instance 2, from the same revision, and save at once.
    let en = format!("events/{EVENT}/en.md");
    let fr = format!("events/{EVENT}/fr.md");
    let editor = |n: usize, file: &str| format!("{}/admin/source?file={file}", cluster.instance(n));
    let (csrf_cookie, csrf) = csrf_session(page(&http, &editor(1, &en), &session).await).await;
    let cookie = format!("{session}; {csrf_cookie}");
    let html = |response: reqwest::Response| async move { response.text().await.expect("body") };
    let (en_text, en_base, en_revision) =
        source_form_in(&html(page(&http, &editor(1, &en), &cookie).await).await);
    let (fr_text, fr_base, fr_revision) =
        source_form_in(&html(page(&http, &editor(2, &fr), &cookie).await).await);
    assert_eq!(en_revision, fr_revision, "both open the same revision");
    let en_before = stored_title(&db, "en").await;
    let fr_before = stored_title(&db, "fr").await;
    let save = |n: usize, file: String, text: String, base: String, revision: String| {
        let (http, cookie, csrf) = (http.clone(), cookie.clone(), csrf.clone());
        let url = format!("{}/admin/source", cluster.instance(n));
        async move {
            http.post(url)
                .header("cookie", cookie)
                .form(&[
                    ("csrf", csrf.as_str()),
                    ("file", file.as_str()),
                    ("text", text.as_str()),
                    ("base", base.as_str()),
                    ("revision", revision.as_str()),
                    ("action", "save"),
                ])
                .send()
                .await
                .expect("save")
                .status()
                .as_u16()
        }
    };
    let (on_1, on_2) = tokio::join!(
        save(
            1,
            en.clone(),
            retitled(&en_text, "Answers from Six Countries"),
            en_base,
            en_revision
        ),
        save(
            2,
            fr.clone(),
            retitled(&fr_text, "Des réponses de six pays"),
            fr_base,
            fr_revision
        ),
    );
    let mut statuses = [on_1, on_2];
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 409], "one stored, the other refused");
    let (en_after, fr_after) = (stored_title(&db, "en").await, stored_title(&db, "fr").await);
    if on_1 == 303 {
        assert_eq!(en_after, "Answers from Six Countries");
        assert_eq!(fr_after, fr_before, "the refused save changed nothing");
    } else {
        assert_eq!(fr_after, "Des réponses de six pays");
        assert_eq!(en_after, en_before, "the refused save changed nothing");
    }

    // Attendees follow the hall, one on each instance.
    let key = cluster.link_key();
    let mut streams = Vec::new();
    for n in 1..=3 {
        let hall = attendee(&db, &key, &format!("hall{n}@example.org")).await;
        let stream = http
            .get(format!("{}{hall}/updates", cluster.instance(n)))
            .send()
            .await
            .expect("the hall's update stream");
        assert_eq!(stream.status().as_u16(), 200, "the stream on instance {n}");
        streams.push(stream);
    }
    // And one through the balancer, as a browser's EventSource asks (its own upstream, so it
    // reaches an instance on a fresh connection: the light path for streams).
    let hall = attendee(&db, &key, "hall-lb@example.org").await;
    let stream = http
        .get(format!("{}{hall}/updates", cluster.lb()))
        .header("accept", "text/event-stream")
        .send()
        .await
        .expect("the hall's update stream through the balancer");
    assert_eq!(
        stream.status().as_u16(),
        200,
        "the stream through the balancer"
    );
    streams.push(stream);
    // A moderator announces through the balancer, whichever instance it picks.
    let hall_admin = format!("{}/admin/hall/{EVENT}", cluster.lb());
    let (csrf_cookie, csrf) = csrf_session(page(&http, &hall_admin, &session).await).await;
    let text = "The next dialogue starts in five minutes.".to_owned();
    let expected = [text.clone()];
    let announced = http
        .post(format!("{hall_admin}/announcements"))
        .header("cookie", format!("{session}; {csrf_cookie}"))
        .form(&[("csrf", csrf.as_str()), ("text", text.as_str())])
        .send()
        .await
        .expect("announce");
    assert_eq!(
        announced.status().as_u16(),
        303,
        "the announcement is stored"
    );
    for (n, stream) in streams.iter_mut().enumerate() {
        assert_eq!(
            texts_seen(stream, "announcement", &expected).await,
            expected,
            "the announcement on stream {} (instances 1-3, then the balancer)",
            n + 1
        );
    }
    db.close().await;
}
