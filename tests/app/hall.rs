//! The online hall: entry by personal link, questions through moderation to everyone over
//! Server-Sent Events, resuming after a reconnect, limits, revocation; and two instances
//! sharing one hall through PostgreSQL and NATS.

use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, plain, post, spawn_app};
use crate::sse::Sse;
use convene::content::Event;
use convene::hall::{Moderation, PlainText};
use convene::registration::{NewRegistration, Purpose, SignUp};

pub(crate) const EVENT: &str = "water-for-every-home-2026";

/// A confirmed attendee; returns (registration id, hall path).
pub(crate) async fn attendee(app: &TestApp, email: &str) -> (i64, String) {
    // The app's own clock: with an older instant, the expiry job (which runs on the app's
    // clock) could expire the sign-up before it is confirmed.
    let now = app.state.clock.now();
    let access = hex::encode(rand::random::<[u8; 16]>());
    let confirm = hex::encode(rand::random::<[u8; 16]>());
    let signed_up = app
        .state
        .db
        .sign_up(
            &NewRegistration {
                event: EVENT.parse().expect("slug"),
                email: email.parse().expect("email"),
                name: "Hall Attendee".parse().expect("name"),
                country: "LB".parse().expect("country"),
                lang: "en".parse().expect("lang"),
                time_zone: "Asia/Beirut".parse().expect("zone"),
            },
            &confirm,
            &access,
            now,
            app.state.lifetimes,
        )
        .await
        .expect("sign up");
    let SignUp::Created { id } = signed_up else {
        panic!("{signed_up:?}")
    };
    app.state
        .db
        .confirm(id, &confirm, now)
        .await
        .expect("confirm");
    let token = app.state.link_key.token(Purpose::Access, id, &access);
    (id, format!("/en/hall/{token}"))
}

/// Posts an announcement as the moderators do and broadcasts it.
pub(crate) async fn announce(
    app: &TestApp,
    event: &convene::domain::Slug,
    text: &PlainText,
) -> convene::hall::HallUpdate {
    let content = app.state.content().await.expect("content");
    let main = content
        .events
        .iter()
        .find(|e| &e.slug == event)
        .expect("the event")
        .proceedings_language
        .clone();
    let texts = convene::hall::AnnouncementTexts::parse(
        vec![(main.clone(), text.as_str().to_owned())],
        &main,
    )
    .expect("texts");
    let update = app
        .state
        .db
        .announce(event, (&texts, &main), None, None, app.state.clock.now())
        .await
        .expect("announce");
    app.state.hall.published(&update).await;
    update
}

async fn event(app: &TestApp) -> Event {
    let content = app.state.content().await.expect("content");
    content
        .events
        .iter()
        .find(|e| e.slug.as_str() == EVENT)
        .expect("the upcoming event")
        .clone()
}

/// Moves the clock into the open hall (an hour after doors open).
pub(crate) async fn open_the_doors(app: &TestApp) -> Event {
    let e = event(app).await;
    app.clock
        .set(e.doors_open_at + jiff::SignedDuration::from_hours(1));
    e
}

both_backends!(
    the_hall_opens_to_confirmed_attendees_at_doors_open,
    |backend| async move {
        let app = spawn_app(backend).await;
        let e = event(&app).await;
        let (_, hall) = attendee(&app, "early@example.org").await;
        // Before doors open: a countdown, no stream.
        app.clock
            .set(e.doors_open_at - jiff::SignedDuration::from_mins(90));
        let response = app.get(&hall).await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(response.headers()["referrer-policy"], "no-referrer");
        assert_eq!(response.headers()["cache-control"], "no-store");
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(!csp.contains("'unsafe-inline'"), "{csp}");
        let html = plain(&response.text().await.expect("body"));
        assert!(html.contains(r#"data-phase="waiting""#));
        assert!(
            html.contains(r#"Doors open in <time datetime="P0DT1H30M">1 hour, 30 minutes</time>"#),
            "{html}"
        );
        assert!(!html.contains("hall-stream-video"));
        // At doors open: the stream and the questions.
        app.clock.set(e.doors_open_at);
        let html = plain(&app.get_text(&hall).await.1);
        assert!(html.contains(r#"data-phase="open""#));
        assert!(
            html.contains(r#"src="/media/media/live/index.m3u8""#),
            "{html}"
        );
        assert!(html.contains(r#"id="ask-form""#));
        // A premiering segment carries its video for the player.
        assert!(html.contains(r#"data-premiere="/media/media/trailer.webm""#));
        // After the end: the way to the recordings.
        app.clock.set(e.ends_at);
        let html = app.get_text(&hall).await.1;
        assert!(html.contains(r#"data-phase="ended""#));
        assert!(html.contains(&format!("/en/events/{EVENT}/recordings")));
        // A made-up or altered link opens nothing.
        assert_eq!(app.get("/en/hall/1.abc.def").await.status().as_u16(), 404);
        let flipped = if hall.ends_with('0') { '1' } else { '0' };
        let altered = format!("{}{flipped}", &hall[..hall.len() - 1]);
        assert_eq!(app.get(&altered).await.status().as_u16(), 404);
    }
);

both_backends!(only_confirmed_registrations_enter, |backend| async move {
    let app = spawn_app(backend).await;
    open_the_doors(&app).await;
    let (id, hall) = attendee(&app, "leaving@example.org").await;
    let response = app.get(&hall).await;
    let status = response.status().as_u16();
    assert_eq!(status, 200, "{}", response.text().await.unwrap_or_default());
    let nonces = app
        .state
        .db
        .link_nonces(id)
        .await
        .expect("nonces")
        .expect("registration");
    app.state
        .db
        .cancel(
            id,
            &nonces.1.access,
            app.state.clock.now(),
            app.state.lifetimes,
        )
        .await
        .expect("cancel");
    assert_eq!(app.get(&hall).await.status().as_u16(), 403);
});

both_backends!(
    a_question_goes_through_moderation_to_everyone,
    |backend| async move {
        let app = spawn_app(backend).await;
        let e = open_the_doors(&app).await;
        let (asker, hall_a) = attendee(&app, "asker@example.org").await;
        let (listener, hall_b) = attendee(&app, "listener@example.org").await;
        let mut a = Sse::open(&app.address, &format!("{hall_a}/updates"), None, "").await;
        let mut b = Sse::open(&app.address, &format!("{hall_b}/updates"), None, "").await;
        assert_eq!(a.next_any().await.expect("hello").event, "hello");
        assert_eq!(b.next_any().await.expect("hello").event, "hello");

        // A asks through the form (CSRF from the hall page).
        let (cookie, csrf) = csrf_session(app.get(&hall_a).await).await;
        let asked = post(
            &app,
            &format!("{hall_a}/questions"),
            &cookie,
            &[
                ("csrf", &csrf),
                ("text", "  Who pays for <b>rural</b> pipes?  "),
                ("lang", "ar"),
            ],
        )
        .await;
        assert_eq!(asked.status().as_u16(), 303);
        let pending = a.next_update().await;
        assert_eq!(pending.event, "question");
        assert_eq!(pending.data["status"], "pending");
        assert_eq!(pending.data["text"], "Who pays for <b>rural</b> pipes?");
        assert_eq!(pending.data["lang"], "ar");
        assert!(pending.data.get("asker").is_none(), "no asker in frames");
        let question = pending.data["id"].as_i64().expect("id");
        // The asker sees it on the page too, escaped; the other attendee does not.
        let page_a = app.get_text(&hall_a).await.1;
        assert!(
            page_a.contains("Who pays for &#60;b&#62;rural&#60;/b&#62; pipes?")
                || page_a.contains("Who pays for &lt;b&gt;rural&lt;/b&gt; pipes?"),
            "{page_a}"
        );
        assert!(!app.get_text(&hall_b).await.1.contains("rural"));

        // A moderator approves it: both streams get it, B for the first time.
        let approved = app
            .state
            .db
            .moderate(
                &e.slug,
                question,
                Moderation::Approve,
                app.state.clock.now(),
            )
            .await
            .expect("moderate")
            .expect("the event's question");
        app.state.hall.published(&approved).await;
        let seen_by_b = b.next_update().await;
        assert_eq!(seen_by_b.data["id"], question);
        assert_eq!(seen_by_b.data["status"], "approved");
        assert_eq!(seen_by_b.id, Some(approved.seq));
        assert_eq!(a.next_update().await.data["status"], "approved");

        // B votes twice: it counts once.
        let (cookie_b, csrf_b) = csrf_session(app.get(&hall_b).await).await;
        for _ in 0..2 {
            let voted = post(
                &app,
                &format!("{hall_b}/questions/{question}/vote"),
                &cookie_b,
                &[("csrf", &csrf_b)],
            )
            .await;
            assert_eq!(voted.status().as_u16(), 303);
        }
        let vote = b.next_update().await;
        assert_eq!(vote.data["votes"], 1);
        let questions = app.state.db.questions(&e.slug).await.expect("questions");
        assert_eq!(questions[0].votes, 1);
        assert_eq!(questions[0].asker, asker);
        // A form without the CSRF token changes nothing.
        let forged = post(
            &app,
            &format!("{hall_b}/questions/{question}/vote"),
            "",
            &[("csrf", "x")],
        )
        .await;
        assert_eq!(forged.status().as_u16(), 400);

        // An announcement reaches everyone.
        let text =
            PlainText::parse("The next dialogue starts in five minutes.", 1000).expect("text");
        announce(&app, &e.slug, &text).await;
        let announced = b.next_update().await;
        assert_eq!(announced.event, "announcement");
        assert_eq!(
            announced.data["text"],
            "The next dialogue starts in five minutes."
        );

        // Revoking B's link ends B's stream and the link opens nothing any more.
        let revoked = app
            .state
            .db
            .revoke_hall_access(
                &e.slug,
                listener,
                "0000000000000000ffffffffffffffff",
                app.state.clock.now(),
            )
            .await
            .expect("revoke");
        app.state.hall.published(&revoked).await;
        let last = b.next_update().await;
        assert_eq!(last.event, "revoked");
        assert!(b.next_any().await.is_none(), "the stream ends");
        assert_eq!(app.get(&hall_b).await.status().as_u16(), 404);
        // A's stream goes on and never saw the revocation.
        announce(&app, &e.slug, &text).await;
        let mut kinds = Vec::new();
        for _ in 0..3 {
            kinds.push(a.next_update().await.event);
        }
        assert_eq!(kinds, ["question", "announcement", "announcement"]);
    }
);

both_backends!(
    a_reconnect_resumes_after_the_last_event_id,
    |backend| async move {
        let app = spawn_app(backend).await;
        let e = open_the_doors(&app).await;
        let (_, hall) = attendee(&app, "flaky@example.org").await;
        let mut seqs = Vec::new();
        for n in 1..=5 {
            let text = PlainText::parse(&format!("Announcement {n}"), 1000).expect("text");
            let update = announce(&app, &e.slug, &text).await;
            seqs.push(update.seq);
        }
        // Reconnecting after the second: exactly the third to fifth, in order, then live.
        let mut sse = Sse::open(&app.address, &format!("{hall}/updates"), Some(seqs[1]), "").await;
        assert_eq!(sse.next_any().await.expect("hello").event, "hello");
        for (n, seq) in seqs.iter().enumerate().skip(2) {
            let frame = sse.next_update().await;
            assert_eq!(frame.id, Some(*seq));
            assert_eq!(frame.data["text"], format!("Announcement {}", n + 1));
        }
        let text = PlainText::parse("Announcement 6", 1000).expect("text");
        let update = announce(&app, &e.slug, &text).await;
        let frame = sse.next_update().await;
        assert_eq!(frame.id, Some(update.seq));
        assert_eq!(frame.data["text"], "Announcement 6");
        // The page shows all six, newest first.
        let html = app.get_text(&hall).await.1;
        let sixth = html.find("Announcement 6").expect("sixth");
        let first = html.find("Announcement 1<").expect("first");
        assert!(sixth < first);
    }
);

both_backends!(
    asking_is_checked_and_limited_per_attendee,
    |backend| async move {
        let app = spawn_app(backend).await;
        let e = event(&app).await;
        let (_, hall) = attendee(&app, "curious@example.org").await;
        let (cookie, csrf) = csrf_session(app.get(&hall).await).await;
        let ask = |text: String| {
            let (app, hall, cookie, csrf) = (&app, hall.clone(), cookie.clone(), csrf.clone());
            async move {
                post(
                    app,
                    &format!("{hall}/questions"),
                    &cookie,
                    &[
                        ("csrf", csrf.as_str()),
                        ("text", text.as_str()),
                        ("lang", "en"),
                    ],
                )
                .await
            }
        };
        // Before doors open there is nothing to ask into.
        app.clock
            .set(e.doors_open_at - jiff::SignedDuration::from_mins(5));
        assert_eq!(ask("Early?".to_owned()).await.status().as_u16(), 409);
        app.clock
            .set(e.doors_open_at + jiff::SignedDuration::from_mins(5));
        let empty = ask("   ".to_owned()).await;
        assert_eq!(empty.status().as_u16(), 422);
        assert!(plain(&empty.text().await.expect("body")).contains("Write your question first."));
        let long = ask("x".repeat(501)).await;
        assert_eq!(long.status().as_u16(), 422);
        let body = plain(&long.text().await.expect("body"));
        assert!(body.contains("at most 500 characters"), "{body}");
        assert!(body.contains(&"x".repeat(501)), "the text is kept");
        for n in 0..3 {
            assert_eq!(ask(format!("Question {n}")).await.status().as_u16(), 303);
        }
        let refused = ask("One more".to_owned()).await;
        assert_eq!(refused.status().as_u16(), 429);
        // The script gets the same answer as JSON.
        let json = app
            .client
            .post(format!("{}{hall}/questions", app.address))
            .header("cookie", &cookie)
            .header("accept", "application/json")
            .form(&[("csrf", csrf.as_str()), ("text", "Again"), ("lang", "en")])
            .send()
            .await
            .expect("post");
        assert_eq!(json.status().as_u16(), 429);
        let body: serde_json::Value = json.json().await.expect("json");
        assert!(body["error"].as_str().expect("error").contains("wait"));
        // Five minutes later the attendee may ask again.
        app.clock.advance(jiff::SignedDuration::from_mins(6));
        assert_eq!(ask("Later".to_owned()).await.status().as_u16(), 303);
    }
);

both_backends!(
    the_live_segment_follows_a_hand_choice,
    |backend| async move {
        let app = spawn_app(backend).await;
        let e = event(&app).await;
        let (_, hall) = attendee(&app, "watcher@example.org").await;
        // During the first segment, the organisers move on to the third.
        app.clock
            .set(e.segments[0].starts_at + jiff::SignedDuration::from_mins(1));
        let html = app.get_text(&hall).await.1;
        assert!(html.contains(&format!(
            r#"id="segment-{}" data-segment"#,
            e.segments[0].id
        )));
        let live_marker = |html: &str, id: &str| {
            html.split(&format!(r#"id="segment-{id}""#))
                .next()
                .map(|before| before.ends_with("segment-live\" "))
                .unwrap_or(false)
        };
        assert!(
            live_marker(&html, e.segments[0].id.as_str()),
            "first is live"
        );
        let mut sse = Sse::open(&app.address, &format!("{hall}/updates"), None, "").await;
        sse.next_any().await.expect("hello");
        let update = app
            .state
            .db
            .set_live_segment(&e.slug, Some(&e.segments[2].id), app.state.clock.now())
            .await
            .expect("set");
        app.state.hall.published(&update).await;
        let frame = sse.next_update().await;
        assert_eq!(frame.event, "segment");
        assert_eq!(frame.data["segment"], e.segments[2].id.as_str());
        let html = app.get_text(&hall).await.1;
        assert!(
            live_marker(&html, e.segments[2].id.as_str()),
            "third is live"
        );
        assert!(!live_marker(&html, e.segments[0].id.as_str()));
    }
);

both_backends!(
    the_past_edition_has_a_recordings_page,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (status, html) = app
            .get_text("/en/events/water-for-every-home-2025/recordings")
            .await;
        assert_eq!(status, 200);
        let html = plain(&html);
        assert!(html.contains("Recordings: Water for Every Home"), "{html}");
        // Every segment of the past edition has its recording with English and Arabic captions.
        let content = app.state.content().await.expect("content");
        let past = content
            .events
            .iter()
            .find(|e| e.slug.as_str() == "water-for-every-home-2025")
            .expect("past edition");
        for segment in &past.segments {
            assert!(html.contains(&format!(r#"id="recording-{}""#, segment.id)));
        }
        assert_eq!(html.matches(r#"srclang="ar""#).count(), past.segments.len());
        let (_, event_page) = app.get_text("/en/events/water-for-every-home-2025").await;
        assert!(event_page.contains("/en/events/water-for-every-home-2025/recordings"));
        assert_eq!(
            app.get("/en/events/no-such-event/recordings")
                .await
                .status()
                .as_u16(),
            404
        );
    }
);

both_backends!(
    an_embedded_stream_opens_the_csp_for_its_origin_only,
    |backend| async move {
        let app = spawn_app(backend).await;
        let mut content = (*app.state.content().await.expect("content")).clone();
        let event = content
            .events
            .iter_mut()
            .find(|e| e.slug.as_str() == EVENT)
            .expect("event");
        let source = |url: &str| {
            convene::content::StreamSource::try_from(url.to_owned()).expect("stream address")
        };
        let channel = |url: &str| convene::content::Channel::Video(source(url));
        event.stream = Some(convene::content::Stream {
            kind: convene::content::StreamKind::Embed,
            source: source("https://video.example.org/videos/embed/water-ar"),
            languages: [
                (
                    "en".parse().expect("lang"),
                    channel("https://video.example.org/videos/embed/water-en"),
                ),
                (
                    "ur".parse().expect("lang"),
                    channel("https://tube.example.net:8443/embed/water-ur"),
                ),
            ]
            .into_iter()
            .collect(),
        });
        app.replace_content(&content).await;
        let e = open_the_doors(&app).await;
        assert!(e.stream.is_some());
        let (_, hall) = attendee(&app, "embed@example.org").await;
        // The attendee registered in English: the English channel first.
        let response = app.get(&hall).await;
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(
            csp.contains("frame-src https://tube.example.net:8443 https://video.example.org;"),
            "{csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("*"), "{csp}");
        let html = response.text().await.expect("body");
        assert!(
            html.contains(r#"<iframe src="https://video.example.org/videos/embed/water-en""#),
            "{html}"
        );
        // Choosing Urdu switches the frame; the proceedings' language is the main stream.
        let (_, urdu) = app.get_text(&format!("{hall}?channel=ur")).await;
        assert!(urdu.contains(r#"<iframe src="https://tube.example.net:8443/embed/water-ur""#));
        let (_, arabic) = app.get_text(&format!("{hall}?channel=ar")).await;
        assert!(
            arabic.contains(r#"<iframe src="https://video.example.org/videos/embed/water-ar""#)
        );
        // Other pages keep the strict policy without frames.
        let page = app.get(&format!("/en/events/{EVENT}")).await;
        let strict = page.headers()["content-security-policy"]
            .to_str()
            .expect("ascii");
        assert!(!strict.contains("frame-src"), "{strict}");
    }
);

both_backends!(
    a_hidden_question_never_reaches_others_and_parallel_asks_keep_the_limit,
    |backend| async move {
        let app = spawn_app(backend).await;
        let e = open_the_doors(&app).await;
        let (_, hall_a) = attendee(&app, "eager@example.org").await;
        let (_, hall_b) = attendee(&app, "watching@example.org").await;
        let mut b = Sse::open(&app.address, &format!("{hall_b}/updates"), None, "").await;
        b.next_any().await.expect("hello");
        // Ten questions at once: exactly three get through.
        let (cookie, csrf) = csrf_session(app.get(&hall_a).await).await;
        let asks = (0..10).map(|n| {
            let (app, hall_a, cookie, csrf) = (&app, &hall_a, &cookie, &csrf);
            async move {
                let text = format!("Parallel question {n} with a phone number 555-0100");
                post(
                    app,
                    &format!("{hall_a}/questions"),
                    cookie,
                    &[
                        ("csrf", csrf.as_str()),
                        ("text", text.as_str()),
                        ("lang", "en"),
                    ],
                )
                .await
                .status()
                .as_u16()
            }
        });
        let statuses = futures_util::future::join_all(asks).await;
        assert_eq!(
            statuses.iter().filter(|s| **s == 303).count(),
            3,
            "{statuses:?}"
        );
        assert_eq!(
            statuses.iter().filter(|s| **s == 429).count(),
            7,
            "{statuses:?}"
        );
        let questions = app.state.db.questions(&e.slug).await.expect("questions");
        assert_eq!(questions.len(), 3);
        // A moderator hides one while pending: nobody else ever receives its text.
        let hidden = app
            .state
            .db
            .moderate(
                &e.slug,
                questions[0].id,
                Moderation::Hide,
                app.state.clock.now(),
            )
            .await
            .expect("moderate")
            .expect("the event's question");
        assert!(!hidden.payload.contains("555-0100"), "{}", hidden.payload);
        app.state.hall.published(&hidden).await;
        let text = PlainText::parse("Next.", 1000).expect("text");
        let marker = announce(&app, &e.slug, &text).await;
        // B's first update is the announcement: the pending questions and the hiding of one
        // were not for B.
        assert_eq!(b.next_update().await.id, Some(marker.seq));
        // Replaying the whole log as B shows no question text either.
        let mut replay = Sse::open(&app.address, &format!("{hall_b}/updates"), Some(0), "").await;
        replay.next_any().await.expect("hello");
        assert_eq!(replay.next_update().await.id, Some(marker.seq));
    }
);

both_backends!(cancelling_closes_the_open_hall, |backend| async move {
    let app = spawn_app(backend).await;
    open_the_doors(&app).await;
    let (id, hall) = attendee(&app, "changed-plans@example.org").await;
    let mut stream = Sse::open(&app.address, &format!("{hall}/updates"), None, "").await;
    stream.next_any().await.expect("hello");
    let personal = hall.replace("/hall/", "/registrations/");
    let (cookie, csrf) = csrf_session(app.get(&personal).await).await;
    let cancelled = post(
        &app,
        &format!("{personal}/cancel"),
        &cookie,
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(cancelled.status().as_u16(), 303);
    let last = stream.next_update().await;
    assert_eq!(last.event, "revoked");
    assert_eq!(last.data["registration"], id);
    assert!(stream.next_any().await.is_none(), "the stream ends");
    assert_eq!(app.get(&hall).await.status().as_u16(), 403);
});

/// `convene demo` prints a demo attendee's hall link, which opens the (waiting) hall.
#[tokio::test]
async fn the_demo_prints_a_way_into_the_hall() {
    use std::io::BufRead;
    let data = tempfile::tempdir().expect("dir");
    let port = crate::helpers::free_port();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args([
            "demo",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(data.path())
        .env("CONVENE_LOG", "warn")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("convene demo");
    let stdout = child.stdout.take().expect("stdout");
    // Read every line (the server must never find its output closed), handing the first
    // that names the hall to the test.
    let (found, hall_line) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let mut found = Some(found);
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if line.starts_with("The online hall")
                && let Some(found) = found.take()
            {
                let _ = found.send(line);
            }
        }
    });
    let line = tokio::time::timeout(std::time::Duration::from_secs(60), hall_line)
        .await
        .ok()
        .and_then(Result::ok);
    let process = crate::helpers::Process(child);
    let line = line.expect("the demo names the hall");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("an address")
        .to_owned();
    let response = reqwest::get(&url).await.expect("hall");
    assert_eq!(response.status().as_u16(), 200);
    assert!(
        response
            .text()
            .await
            .expect("body")
            .contains(r#"data-phase="waiting""#)
    );
    drop(process);
}
