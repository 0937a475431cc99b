//! Live captions: cues sent with the event's bearer token (stored hashed; a wrong or
//! missing one refused, and both rate-limited), from the captioners' console (a form that
//! works without JavaScript, JSON for the script), reaching only the streams that chose
//! their language, on one instance and across instances (PostgreSQL and NATS); afterwards
//! saved as a WebVTT track on the segment's recording.

use crate::admin::{get_with, person, session_cookie};
use crate::both_backends;
use crate::hall::{EVENT, attendee, open_the_doors};
use crate::helpers::{Backend, TestApp, csrf_session, plain, post, spawn_app};
use crate::sse::{Sse, SseFrame};
use convene::admin::Role;
use convene::domain::Slug;

const NATS: &str = "nats://127.0.0.1:4222";

fn ingest_path() -> String {
    format!("/hall/{EVENT}/captions")
}

/// Sends a cue as an engine does.
async fn ingest(app: &TestApp, token: Option<&str>, fields: &[(&str, &str)]) -> reqwest::Response {
    let mut request = app
        .client
        .post(format!("{}{}", app.address, ingest_path()))
        .form(fields);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.expect("request")
}

/// An organiser makes the event's ingest token on the console; the token as shown once.
async fn make_token(app: &TestApp) -> String {
    let owner = person(app, "owner@example.org", Role::Owner, None).await;
    let cookie = session_cookie(app, owner).await;
    let console = format!("/admin/hall/{EVENT}/captions");
    let (_, csrf) = csrf_session(get_with(app, &console, &cookie).await).await;
    let made = post(
        app,
        &format!("{console}/token"),
        &cookie,
        &[("csrf", csrf.as_str())],
    )
    .await;
    assert_eq!(made.status().as_u16(), 200);
    let page = made.text().await.expect("page");
    let token = page
        .split(r#"<code id="ingest-token">"#)
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the token is shown once")
        .to_owned();
    assert_eq!(token.len(), 64);
    // Shown once: the console never shows it again, and the database keeps only its hash.
    let again = get_with(app, &console, &cookie)
        .await
        .text()
        .await
        .expect("page");
    assert!(!again.contains(&token));
    assert!(again.contains("A token is set"), "{again}");
    let slug: Slug = EVENT.parse().expect("slug");
    assert!(
        !app.state
            .db
            .caption_token_matches(&slug, &token)
            .await
            .expect("compare")
    );
    assert!(
        app.state
            .db
            .caption_token_matches(&slug, &convene::hall::token_hash(&token))
            .await
            .expect("compare")
    );
    token
}

/// A hall stream with captions in `lang`, past its hello.
async fn watching(app: &TestApp, hall: &str, lang: &str) -> Sse {
    let mut sse = Sse::open(
        &app.address,
        &format!("{hall}/updates?captions={lang}"),
        None,
        "",
    )
    .await;
    sse.next_any().await.expect("hello");
    sse
}

async fn next_caption(sse: &mut Sse) -> SseFrame {
    let frame = sse.next_update().await;
    assert_eq!(frame.event, "caption", "{frame:?}");
    frame
}

both_backends!(
    cues_need_the_events_token_and_reach_only_those_who_chose_their_language,
    |backend| async move {
        let app = spawn_app(backend).await;
        open_the_doors(&app).await;
        let (_, arabic_hall) = attendee(&app, "arabic@example.org").await;
        let (_, english_hall) = attendee(&app, "english@example.org").await;
        let (_, no_captions_hall) = attendee(&app, "none@example.org").await;
        let mut arabic = watching(&app, &arabic_hall, "ar").await;
        let mut english = watching(&app, &english_hall, "en").await;
        let mut none = Sse::open(
            &app.address,
            &format!("{no_captions_hall}/updates"),
            None,
            "",
        )
        .await;
        none.next_any().await.expect("hello");

        // Before a token is set, and with a wrong or missing one: refused.
        let line = [("lang", "ar"), ("text", "مرحبًا بكم في القاعة")];
        let refused = ingest(&app, Some("guess"), &line).await;
        assert_eq!(refused.status().as_u16(), 401);
        assert!(refused.headers().contains_key("www-authenticate"));
        let token = make_token(&app).await;
        assert_eq!(ingest(&app, None, &line).await.status().as_u16(), 401);
        let last = if token.ends_with('0') { '1' } else { '0' };
        let wrong = format!("{}{last}", &token[..63]);
        assert_eq!(
            ingest(&app, Some(&wrong), &line).await.status().as_u16(),
            401
        );

        // The right token: the Arabic stream gets the cue.
        assert_eq!(
            ingest(&app, Some(&token), &line).await.status().as_u16(),
            201
        );
        let cue = next_caption(&mut arabic).await;
        assert_eq!(cue.data["lang"], "ar");
        assert_eq!(cue.data["text"], "مرحبًا بكم في القاعة");
        // An English cue: the English stream's next update is it (the Arabic one never
        // came), and the Arabic stream's next is its own correction.
        let english_line = [("lang", "en"), ("text", "Welcome to the hall")];
        assert_eq!(
            ingest(&app, Some(&token), &english_line)
                .await
                .status()
                .as_u16(),
            201
        );
        let corrected = [
            ("lang", "ar"),
            ("text", "أهلًا بكم في القاعة"),
            ("correction", "1"),
        ];
        assert_eq!(
            ingest(&app, Some(&token), &corrected)
                .await
                .status()
                .as_u16(),
            201
        );
        assert_eq!(
            next_caption(&mut english).await.data["text"],
            "Welcome to the hall"
        );
        let correction = next_caption(&mut arabic).await;
        assert_eq!(
            correction.data["id"], cue.data["id"],
            "replaces the last cue"
        );
        assert_eq!(correction.data["text"], "أهلًا بكم في القاعة");
        // Nobody without captions got any: its next update is an announcement.
        crate::hall::announce(
            &app,
            &EVENT.parse().expect("slug"),
            &convene::hall::PlainText::parse("Break in five minutes", 100).expect("text"),
        )
        .await;
        assert_eq!(none.next_update().await.event, "announcement");
        assert_eq!(english.next_update().await.event, "announcement");

        // A language the event does not caption, and an empty line: refused.
        let french = [("lang", "fr"), ("text", "Bienvenue")];
        assert_eq!(
            ingest(&app, Some(&token), &french).await.status().as_u16(),
            422
        );
        let empty = [("lang", "en"), ("text", "  ")];
        assert_eq!(
            ingest(&app, Some(&token), &empty).await.status().as_u16(),
            422
        );

        // A stream resuming after its last update replays the cues of its language only.
        let resumed = format!("{english_hall}/updates?captions=ar&after=0");
        let mut replay = Sse::open(&app.address, &resumed, None, "").await;
        replay.next_any().await.expect("hello");
        let first = next_caption(&mut replay).await;
        assert_eq!(first.data["lang"], "ar");
        // The page shows the chosen language's last lines without JavaScript.
        let page = plain(&app.get_text(&format!("{arabic_hall}?captions=ar")).await.1);
        assert!(page.contains("أهلًا بكم في القاعة"), "{page}");
        assert!(!page.contains("Welcome to the hall"));
    }
);

both_backends!(
    the_ingest_is_rate_limited_per_language_and_refused_tokens_per_network,
    |backend| async move {
        let app = spawn_app(backend).await;
        open_the_doors(&app).await;
        let token = make_token(&app).await;
        for n in 0..30 {
            let text = format!("line {n}");
            let sent = ingest(&app, Some(&token), &[("lang", "en"), ("text", &text)]).await;
            assert_eq!(sent.status().as_u16(), 201, "line {n}");
        }
        let over = ingest(&app, Some(&token), &[("lang", "en"), ("text", "one more")]).await;
        assert_eq!(over.status().as_u16(), 429);
        assert!(over.headers().contains_key("retry-after"));
        // Another language has its own budget.
        let urdu = ingest(&app, Some(&token), &[("lang", "ur"), ("text", "خوش آمدید")]).await;
        assert_eq!(urdu.status().as_u16(), 201);
        // The next window (the clock moves on): English again.
        app.clock.advance(jiff::SignedDuration::from_secs(10));
        let later = ingest(&app, Some(&token), &[("lang", "en"), ("text", "later")]).await;
        assert_eq!(later.status().as_u16(), 201);

        // Guessing tokens: 20 refusals, then the network waits.
        for _ in 0..20 {
            let guess = ingest(&app, Some("guess"), &[("lang", "en"), ("text", "x")]).await;
            assert_eq!(guess.status().as_u16(), 401);
        }
        let blocked = ingest(&app, Some("guess"), &[("lang", "en"), ("text", "x")]).await;
        assert_eq!(blocked.status().as_u16(), 429);
    }
);

both_backends!(
    a_captioner_sends_and_corrects_lines_from_the_console,
    |backend| async move {
        let app = spawn_app(backend).await;
        open_the_doors(&app).await;
        let (_, hall) = attendee(&app, "reader@example.org").await;
        let mut reading = watching(&app, &hall, "ur").await;
        let captioner = person(&app, "captioner@example.org", Role::Moderator, None).await;
        let cookie = session_cookie(&app, captioner).await;
        let console = format!("/admin/hall/{EVENT}/captions");
        let page = get_with(&app, &format!("{console}?caption=ur"), &cookie).await;
        assert_eq!(page.status().as_u16(), 200);
        let (_, csrf) = csrf_session(page).await;
        // The form, without JavaScript: back to the console with the line listed.
        let sent = post(
            &app,
            &console,
            &cookie,
            &[
                ("csrf", csrf.as_str()),
                ("lang", "ur"),
                ("text", "پانی سب کے لیے"),
            ],
        )
        .await;
        assert_eq!(sent.status().as_u16(), 303);
        assert_eq!(
            sent.headers()["location"],
            format!("{console}?caption=ur#caption-text").as_str()
        );
        assert_eq!(
            next_caption(&mut reading).await.data["text"],
            "پانی سب کے لیے"
        );
        // The script's way: JSON back, the correction replacing the last line.
        let corrected = app
            .client
            .post(format!("{}{console}", app.address))
            .header("cookie", &cookie)
            .header("accept", "application/json")
            .form(&[
                ("csrf", csrf.as_str()),
                ("lang", "ur"),
                ("text", "پانی ہر گھر کے لیے"),
                ("correction", "1"),
            ])
            .send()
            .await
            .expect("request");
        assert_eq!(corrected.status().as_u16(), 201);
        let cue: serde_json::Value = corrected.json().await.expect("json");
        assert_eq!(cue["text"], "پانی ہر گھر کے لیے");
        assert_eq!(next_caption(&mut reading).await.data["id"], cue["id"]);
        let listed = plain(
            &get_with(&app, &format!("{console}?caption=ur"), &cookie)
                .await
                .text()
                .await
                .expect("page"),
        );
        assert!(listed.contains("پانی ہر گھر کے لیے"));
        assert!(
            !listed.contains("پانی سب کے لیے"),
            "the correction replaced it"
        );
        // Without the form's token: refused. A moderator may not set the ingest token.
        let forged = post(&app, &console, &cookie, &[("lang", "ur"), ("text", "x")]).await;
        assert_eq!(forged.status().as_u16(), 403);
        let token = post(
            &app,
            &format!("{console}/token"),
            &cookie,
            &[("csrf", csrf.as_str())],
        )
        .await;
        assert_eq!(token.status().as_u16(), 403);
    }
);

#[tokio::test]
async fn a_cue_sent_to_one_instance_reaches_a_hall_stream_on_another() {
    let a = crate::helpers::spawn_app_with(Backend::Postgres, |layer| {
        layer.nats_url = Some(NATS.to_owned());
    })
    .await;
    let b = a.second_instance().await;
    for app in [&a, &b] {
        open_the_doors(app).await;
    }
    let (_, hall) = attendee(&a, "on-b@example.org").await;
    let (_, other) = attendee(&a, "other-language@example.org").await;
    let mut on_b = watching(&b, &hall, "en").await;
    let mut other_on_b = watching(&b, &other, "ar").await;
    let token = make_token(&a).await;
    let sent = ingest(
        &a,
        Some(&token),
        &[("lang", "en"), ("text", "From instance A")],
    )
    .await;
    assert_eq!(sent.status().as_u16(), 201);
    assert_eq!(
        next_caption(&mut on_b).await.data["text"],
        "From instance A"
    );
    // The other language's stream on B gets the next Arabic cue, not the English one.
    let arabic = ingest(&a, Some(&token), &[("lang", "ar"), ("text", "من الخادم أ")]).await;
    assert_eq!(arabic.status().as_u16(), 201);
    assert_eq!(
        next_caption(&mut other_on_b).await.data["text"],
        "من الخادم أ"
    );
}

both_backends!(
    the_cues_of_an_ended_segment_are_saved_as_a_webvtt_track_on_its_recording,
    |backend| async move {
        let app = spawn_app(backend).await;
        let event = open_the_doors(&app).await;
        // The segment live an hour after doors open gets a recording (as organisers add
        // one after the event), with English and Arabic tracks but none in Urdu.
        let live = event
            .segments
            .iter()
            .find(|s| s.starts_at <= app.state.clock.now() && app.state.clock.now() < s.ends_at())
            .expect("a live segment")
            .clone();
        let mut content = (*app.state.content().await.expect("content")).clone();
        let e = content
            .events
            .iter_mut()
            .find(|e| e.slug.as_str() == EVENT)
            .expect("event");
        let recorded = e
            .segments
            .iter_mut()
            .find(|s| s.id == live.id)
            .expect("segment");
        let existing: convene::content::MediaPath = "media/recording.en.vtt".parse().expect("path");
        recorded.recording = Some(convene::content::Video {
            video: "media/recording.webm".parse().expect("path"),
            poster: None,
            captions: [("en".parse().expect("lang"), existing.clone())]
                .into_iter()
                .collect(),
        });
        app.replace_content(&content).await;

        let token = make_token(&app).await;
        let since_start = app.state.clock.now().duration_since(live.starts_at);
        for (lang, text) in [("ur", "پہلی سطر"), ("en", "First line")] {
            let sent = ingest(&app, Some(&token), &[("lang", lang), ("text", text)]).await;
            assert_eq!(sent.status().as_u16(), 201);
        }
        app.clock.advance(jiff::SignedDuration::from_secs(3));
        let sent = ingest(
            &app,
            Some(&token),
            &[("lang", "ur"), ("text", "<دوسری> سطر")],
        )
        .await;
        assert_eq!(sent.status().as_u16(), 201);

        let owner = person(&app, "organiser@example.org", Role::Owner, None).await;
        let cookie = session_cookie(&app, owner).await;
        let console = format!("/admin/hall/{EVENT}/captions");
        let save = |csrf: String| {
            let (app, cookie, path) = (&app, cookie.clone(), format!("{console}/tracks"));
            async move { post(app, &path, &cookie, &[("csrf", csrf.as_str())]).await }
        };
        // While the segment runs: nothing saved yet.
        let (_, csrf) = csrf_session(get_with(&app, &console, &cookie).await).await;
        let early = save(csrf.clone()).await;
        assert!(plain(&early.text().await.expect("page")).contains("No new tracks to save."));
        // After its end: an Urdu track; the English one made by hand is kept.
        app.clock
            .set(live.ends_at() + jiff::SignedDuration::from_mins(1));
        let saved = save(csrf.clone()).await;
        assert!(plain(&saved.text().await.expect("page")).contains("1 track saved."));
        let content = app.state.content().await.expect("content");
        let recording = content
            .events
            .iter()
            .find(|e| e.slug.as_str() == EVENT)
            .and_then(|e| e.segments.iter().find(|s| s.id == live.id))
            .and_then(|s| s.recording.clone())
            .expect("recording");
        assert_eq!(recording.captions[&"en".parse().expect("lang")], existing);
        let urdu = recording.captions[&"ur".parse().expect("lang")].clone();
        let (status, vtt) = app.get_text(&format!("/media/{urdu}")).await;
        assert_eq!(status, 200, "{urdu}");
        let start = since_start.as_millis();
        let stamp = |ms: i128| {
            format!(
                "{:02}:{:02}:{:02}.{:03}",
                ms / 3_600_000,
                ms / 60_000 % 60,
                ms / 1000 % 60,
                ms % 1000
            )
        };
        assert_eq!(
            vtt,
            format!(
                "WEBVTT\n\n1\n{} --> {}\nپہلی سطر\n\n2\n{} --> {}\n&lt;دوسری&gt; سطر\n",
                stamp(start),
                stamp(start + 3000),
                stamp(start + 3000),
                stamp(start + 9000),
            )
        );
        // Saving again adds nothing: Urdu has its track now.
        let again = save(csrf).await;
        assert!(plain(&again.text().await.expect("page")).contains("No new tracks to save."));
    }
);
