//! Reactions in the hall: limited per attendee (bursts of three, then one every two
//! seconds on the app's clock), and sent to every open hall aggregated: one frame per
//! event per second however many attendees react, on one instance and across instances.

use crate::both_backends;
use crate::hall::{attendee, open_the_doors};
use crate::helpers::{Backend, TestApp, csrf_session, post, spawn_app};
use crate::sse::Sse;
use std::time::{Duration, Instant};

/// Presses a reaction as the script does; the status.
async fn react(app: &TestApp, hall: &str, cookie: &str, csrf: &str, reaction: &str) -> u16 {
    app.client
        .post(format!("{}{hall}/reactions", app.address))
        .header("cookie", cookie)
        .header("accept", "application/json")
        .form(&[("csrf", csrf), ("reaction", reaction)])
        .send()
        .await
        .expect("post")
        .status()
        .as_u16()
}

/// Reads `reactions` frames until their counts of `kind` add up to `want`; the number of
/// frames it took.
async fn frames_until(sse: &mut Sse, kind: &str, want: u64) -> usize {
    let (mut seen, mut frames) = (0, 0);
    while seen < want {
        let frame = sse.next_any().await.expect("the stream goes on");
        if frame.event == "reactions" {
            frames += 1;
            seen += frame.data[kind].as_u64().unwrap_or(0);
        }
    }
    assert_eq!(seen, want, "no more than was counted");
    frames
}

both_backends!(
    reactions_are_limited_per_attendee_and_reach_everyone_once_a_second,
    |backend| async move {
        let app = spawn_app(backend).await;
        let e = open_the_doors(&app).await;
        let (_, watching) = attendee(&app, "watching@example.org").await;
        let mut sse = Sse::open(&app.address, &format!("{watching}/updates"), None, "").await;
        sse.next_any().await.expect("hello");
        let mut people = Vec::new();
        for n in 0..20 {
            let (_, hall) = attendee(&app, &format!("fan-{n}@example.org")).await;
            let (cookie, csrf) = csrf_session(app.get(&hall).await).await;
            people.push((hall, cookie, csrf));
        }
        // Twenty attendees press applause five times each, all at once.
        let started = Instant::now();
        let presses = people.iter().flat_map(|(hall, cookie, csrf)| {
            let app = &app;
            (0..5).map(move |_| react(app, hall, cookie, csrf, "clap"))
        });
        let statuses = futures_util::future::join_all(presses).await;
        assert_eq!(
            statuses.iter().filter(|s| **s == 204).count(),
            60,
            "three each"
        );
        assert_eq!(
            statuses.iter().filter(|s| **s == 429).count(),
            40,
            "{statuses:?}"
        );
        // Every open hall gets them all, in about one frame a second, not sixty.
        let frames = frames_until(&mut sse, "clap", 60).await;
        let seconds = started.elapsed().as_secs_f64().ceil() as usize;
        assert!(
            frames <= seconds + 1,
            "{frames} frames in {seconds} s: reactions must be aggregated"
        );
        // Two seconds later (the app's clock) one more each.
        app.clock.advance(jiff::SignedDuration::from_secs(2));
        let (hall, cookie, csrf) = &people[0];
        assert_eq!(react(&app, hall, cookie, csrf, "heart").await, 204);
        assert_eq!(react(&app, hall, cookie, csrf, "heart").await, 429);
        frames_until(&mut sse, "heart", 1).await;
        // Without JavaScript: a button of a form, back to the hall.
        app.clock.advance(jiff::SignedDuration::from_secs(2));
        let plain = post(
            &app,
            &format!("{hall}/reactions"),
            cookie,
            &[("csrf", csrf.as_str()), ("reaction", "wow")],
        )
        .await;
        assert_eq!(plain.status().as_u16(), 303);
        assert!(
            plain.headers()["location"]
                .to_str()
                .expect("ascii")
                .ends_with("#reactions")
        );
        // Not a reaction of the hall, no form token, or the hall not open: refused.
        assert_eq!(react(&app, hall, cookie, csrf, "shout").await, 400);
        assert_eq!(react(&app, hall, "", "forged", "clap").await, 400);
        app.clock.set(e.ends_at);
        assert_eq!(react(&app, hall, cookie, csrf, "clap").await, 409);
    }
);

#[tokio::test]
async fn reactions_on_one_instance_reach_the_halls_on_another() {
    let a = crate::helpers::spawn_app_with(Backend::Postgres, |layer| {
        layer.nats_url = Some("nats://127.0.0.1:4222".to_owned());
    })
    .await;
    let b = a.second_instance().await;
    for app in [&a, &b] {
        open_the_doors(app).await;
    }
    let (_, on_b) = attendee(&a, "on-b@example.org").await;
    let mut sse = Sse::open(&b.address, &format!("{on_b}/updates"), None, "").await;
    sse.next_any().await.expect("hello");
    let mut pressed = 0;
    for n in 0..4 {
        let (_, hall) = attendee(&a, &format!("on-a-{n}@example.org")).await;
        let (cookie, csrf) = csrf_session(a.get(&hall).await).await;
        for _ in 0..2 {
            assert_eq!(react(&a, &hall, &cookie, &csrf, "smile").await, 204);
            pressed += 1;
        }
    }
    let frames = tokio::time::timeout(
        Duration::from_secs(15),
        frames_until(&mut sse, "smile", pressed),
    )
    .await
    .expect("A's reactions reach B");
    assert!(frames <= 3, "{frames} frames for {pressed} reactions");
}
