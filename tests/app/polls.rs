//! Polls in the hall: an attendee votes once (however many votes arrive at once), may change
//! the vote until the poll closes, is refused clearly after; visitors without a confirmed
//! place cannot vote; results reach every open hall over the update stream, on one
//! instance and across instances (PostgreSQL and NATS); organisers export the results.

use crate::both_backends;
use crate::hall::{EVENT, attendee, open_the_doors};
use crate::helpers::{Backend, TestApp, csrf_session, eventually, plain, post, spawn_app};
use crate::sse::Sse;
use convene::domain::Slug;
use convene::hall::{PollStatus, PollTexts};
use convene::registration::{NewRegistration, Purpose, SignUp};
use std::time::Duration;

const NATS: &str = "nats://127.0.0.1:4222";
const QUESTION: &str = "Where should the next water point go?";

fn slug(text: &str) -> Slug {
    text.parse().expect("slug")
}

/// A draft poll for the interactive segment, in English and Arabic; its id.
pub(crate) async fn prepared_poll(app: &TestApp) -> i64 {
    let written = [
        (
            "en".parse().expect("lang"),
            (
                QUESTION.to_owned(),
                vec!["Near the school".to_owned(), "By the market".to_owned()],
            ),
        ),
        (
            "ar".parse().expect("lang"),
            (
                "أين تُقام نقطة المياه التالية؟".to_owned(),
                vec!["قرب المدرسة".to_owned(), "عند السوق".to_owned()],
            ),
        ),
    ]
    .into_iter()
    .collect();
    let texts = PollTexts::parse(written, &"en".parse().expect("lang")).expect("texts");
    app.state
        .db
        .create_poll(
            &slug(EVENT),
            &slug("interactive"),
            &texts,
            app.state.clock.now(),
        )
        .await
        .expect("create poll")
}

/// Opens (or closes) a poll as the moderators' console does, and tells the hall.
async fn change(app: &TestApp, poll: i64, to: PollStatus) {
    let now = app.state.clock.now();
    let update = match to {
        PollStatus::Open => app.state.db.open_poll(&slug(EVENT), poll, now).await,
        _ => app.state.db.close_poll(&slug(EVENT), poll, now).await,
    }
    .expect("change the poll")
    .expect("the poll was in the step before");
    app.state.hall.published(&update).await;
}

async fn counts(app: &TestApp, poll: i64) -> Vec<i64> {
    app.state
        .db
        .poll(&slug(EVENT), poll)
        .await
        .expect("poll")
        .expect("the poll")
        .counts
}

/// Reads the stream until a poll frame for `poll` carries `want` as its counts.
async fn until_counts(sse: &mut Sse, poll: i64, want: &[i64]) {
    loop {
        let frame = sse.next_update().await;
        if frame.event.starts_with("poll")
            && frame.data["id"] == poll
            && frame.data["counts"] == serde_json::json!(want)
        {
            return;
        }
    }
}

both_backends!(
    an_attendee_votes_once_changes_the_vote_and_is_refused_after_the_close,
    |backend| async move {
        let app = spawn_app(backend).await;
        open_the_doors(&app).await;
        let (_, hall) = attendee(&app, "voter@example.org").await;
        let (_, other_hall) = attendee(&app, "watcher@example.org").await;
        let poll = prepared_poll(&app).await;
        // A draft is nobody's to see or vote in.
        let (cookie, csrf) = csrf_session(app.get(&hall).await).await;
        let vote_path = format!("{hall}/polls/{poll}/vote");
        let vote = |option: &'static str| {
            let (app, path, cookie, csrf) = (&app, vote_path.clone(), cookie.clone(), csrf.clone());
            async move {
                post(
                    app,
                    &path,
                    &cookie,
                    &[("csrf", csrf.as_str()), ("option", option)],
                )
                .await
            }
        };
        assert!(!app.get_text(&hall).await.1.contains(QUESTION));
        assert_eq!(vote("0").await.status().as_u16(), 404);

        let mut watching =
            Sse::open(&app.address, &format!("{other_hall}/updates"), None, "").await;
        watching.next_any().await.expect("hello");
        change(&app, poll, PollStatus::Open).await;
        let opened = watching.next_update().await;
        assert_eq!(opened.event, "poll");
        assert_eq!(opened.data["status"], "open");
        assert_eq!(opened.data["texts"]["ar"]["options"][1], "عند السوق");
        assert!(opened.data.get("voters").is_none());

        // The page shows the open poll with a form that works without JavaScript.
        let html = plain(&app.get_text(&hall).await.1);
        assert!(html.contains(QUESTION), "{html}");
        assert!(html.contains(&format!(r#"action="{vote_path}""#)));
        assert!(html.contains("No votes yet"));
        // Nothing chosen: said so, nothing counted.
        let empty = post(&app, &vote_path, &cookie, &[("csrf", csrf.as_str())]).await;
        assert_eq!(empty.status().as_u16(), 422);
        assert!(plain(&empty.text().await.expect("body")).contains("Choose an answer first."));

        // A first vote, then the same again: one vote.
        let first = vote("0").await;
        assert_eq!(first.status().as_u16(), 303);
        assert!(
            first.headers()["location"]
                .to_str()
                .expect("ascii")
                .ends_with(&format!("#poll-{poll}"))
        );
        assert_eq!(vote("0").await.status().as_u16(), 303);
        assert_eq!(counts(&app, poll).await, [1, 0]);
        until_counts(&mut watching, poll, &[1, 0]).await;
        let html = plain(&app.get_text(&hall).await.1);
        assert!(html.contains("1 vote · 100%"), "{html}");
        assert!(html.contains("Change my vote"));
        assert!(html.contains(r#"value="0" checked"#));

        // Changed: the count moves, still one vote.
        assert_eq!(vote("1").await.status().as_u16(), 303);
        assert_eq!(counts(&app, poll).await, [0, 1]);
        // Twenty at once, both answers: still one vote (the primary key decides).
        let burst = (0..20).map(|n| vote(if n % 2 == 0 { "0" } else { "1" }));
        for response in futures_util::future::join_all(burst).await {
            assert_eq!(response.status().as_u16(), 303);
        }
        let after_burst = counts(&app, poll).await;
        assert_eq!(after_burst.iter().sum::<i64>(), 1, "{after_burst:?}");
        // Every open hall gets the counts (within the hall's tick when votes come faster
        // than one update a second).
        until_counts(&mut watching, poll, &after_burst).await;
        // An option the poll does not have counts nothing.
        assert_eq!(vote("7").await.status().as_u16(), 404);

        // Closed: the vote is refused with a clear message, the results stay.
        change(&app, poll, PollStatus::Closed).await;
        let refused = vote("0").await;
        assert_eq!(refused.status().as_u16(), 409);
        let body = plain(&refused.text().await.expect("body"));
        assert!(
            body.contains("This poll is closed: votes are no longer counted."),
            "{body}"
        );
        assert!(
            !body.contains(&format!(r#"action="{vote_path}""#)),
            "no form on a closed poll"
        );
        assert!(body.contains("1 vote · 100%"));
        let json = app
            .client
            .post(format!("{}{vote_path}", app.address))
            .header("cookie", &cookie)
            .header("accept", "application/json")
            .form(&[("csrf", csrf.as_str()), ("option", "0")])
            .send()
            .await
            .expect("post");
        assert_eq!(json.status().as_u16(), 409);
        let error: serde_json::Value = json.json().await.expect("json");
        assert!(error["error"].as_str().expect("error").contains("closed"));
        assert_eq!(counts(&app, poll).await, after_burst);
        // The page in Arabic shows the closed poll in Arabic.
        let arabic = app.get_text(&hall.replacen("/en/", "/ar/", 1)).await.1;
        assert!(arabic.contains("عند السوق"));
        assert!(arabic.contains(r#"class="poll poll-closed""#));
    }
);

both_backends!(
    only_confirmed_attendees_vote_and_only_with_the_form_token,
    |backend| async move {
        let app = spawn_app(backend).await;
        open_the_doors(&app).await;
        let poll = prepared_poll(&app).await;
        change(&app, poll, PollStatus::Open).await;
        let (_, hall) = attendee(&app, "confirmed@example.org").await;
        let (cookie, csrf) = csrf_session(app.get(&hall).await).await;
        let fields = [("csrf", csrf.as_str()), ("option", "1")];
        // A made-up link: nobody.
        let stranger = post(
            &app,
            &format!("/en/hall/1.abc.def/polls/{poll}/vote"),
            &cookie,
            &fields,
        )
        .await;
        assert_eq!(stranger.status().as_u16(), 404);
        // A registration that was never confirmed: refused.
        let access = hex::encode(rand::random::<[u8; 16]>());
        let signed_up = app
            .state
            .db
            .sign_up(
                &NewRegistration {
                    event: slug(EVENT),
                    email: "unconfirmed@example.org".parse().expect("email"),
                    name: "Not Yet".parse().expect("name"),
                    country: "TR".parse().expect("country"),
                    lang: "tr".parse().expect("lang"),
                    time_zone: "Europe/Istanbul".parse().expect("zone"),
                },
                &hex::encode(rand::random::<[u8; 16]>()),
                &access,
                app.state.clock.now(),
                app.state.lifetimes,
            )
            .await
            .expect("sign up");
        let SignUp::Created { id } = signed_up else {
            panic!("{signed_up:?}")
        };
        let token = app.state.link_key.token(Purpose::Access, id, &access);
        let pending = post(
            &app,
            &format!("/en/hall/{token}/polls/{poll}/vote"),
            &cookie,
            &fields,
        )
        .await;
        assert_eq!(pending.status().as_u16(), 403);
        // The confirmed attendee, without the form's token: refused.
        let forged = post(
            &app,
            &format!("{hall}/polls/{poll}/vote"),
            "",
            &[("csrf", "x"), ("option", "1")],
        )
        .await;
        assert_eq!(forged.status().as_u16(), 400);
        assert_eq!(counts(&app, poll).await, [0, 0]);
        // With it: counted.
        let counted = post(&app, &format!("{hall}/polls/{poll}/vote"), &cookie, &fields).await;
        assert_eq!(counted.status().as_u16(), 303);
        assert_eq!(counts(&app, poll).await, [0, 1]);
    }
);

/// Two instances on one fresh PostgreSQL database, with NATS.
async fn two_instances() -> (TestApp, TestApp) {
    let a = crate::helpers::spawn_app_with(Backend::Postgres, |layer| {
        layer.nats_url = Some(NATS.to_owned());
    })
    .await;
    let b = a.second_instance().await;
    (a, b)
}

#[tokio::test]
async fn a_poll_opened_and_voted_on_one_instance_is_seen_with_its_counts_on_another() {
    let (a, b) = two_instances().await;
    for app in [&a, &b] {
        open_the_doors(app).await;
    }
    let (_, hall_1) = attendee(&a, "on-a@example.org").await;
    let (_, hall_2) = attendee(&a, "on-b@example.org").await;
    let poll = prepared_poll(&a).await;
    // An attendee follows the hall on B; the poll opens and votes arrive on A.
    let mut on_b = Sse::open(&b.address, &format!("{hall_2}/updates"), None, "").await;
    on_b.next_any().await.expect("hello");
    change(&a, poll, PollStatus::Open).await;
    let opened = on_b.next_update().await;
    assert_eq!(
        (opened.event.as_str(), opened.data["status"].as_str()),
        ("poll", Some("open"))
    );
    let (cookie, csrf) = csrf_session(a.get(&hall_1).await).await;
    let voted = post(
        &a,
        &format!("{hall_1}/polls/{poll}/vote"),
        &cookie,
        &[("csrf", csrf.as_str()), ("option", "0")],
    )
    .await;
    assert_eq!(voted.status().as_u16(), 303);
    until_counts(&mut on_b, poll, &[1, 0]).await;
    // The second attendee votes on B; A's stream sees both votes.
    let mut on_a = Sse::open(&a.address, &format!("{hall_1}/updates"), None, "").await;
    on_a.next_any().await.expect("hello");
    let (cookie, csrf) = csrf_session(b.get(&hall_2).await).await;
    let voted = post(
        &b,
        &format!("{hall_2}/polls/{poll}/vote"),
        &cookie,
        &[("csrf", csrf.as_str()), ("option", "1")],
    )
    .await;
    assert_eq!(voted.status().as_u16(), 303);
    until_counts(&mut on_a, poll, &[1, 1]).await;
    // A stops; its votes are rows in the database: B's page has them.
    drop(on_a);
    drop(a);
    eventually("B's page shows both votes", Duration::from_secs(10), || {
        let (b, hall_2) = (&b, &hall_2);
        async move { plain(&b.get_text(hall_2).await.1).contains("1 vote · 50%") }
    })
    .await;
    assert!(plain(&b.get_text(&hall_2).await.1).contains("2 votes"));
}

both_backends!(
    moderators_prepare_open_and_close_a_poll_and_export_its_results,
    |backend| async move {
        use crate::admin::{get_with, person, session_cookie};
        use convene::admin::Role;
        let app = spawn_app(backend).await;
        open_the_doors(&app).await;
        let moderator = person(&app, "moderator@example.org", Role::Moderator, None).await;
        let cookie = session_cookie(&app, moderator).await;
        let page = format!("/admin/hall/{EVENT}/polls");
        let (_, csrf) = csrf_session(get_with(&app, &page, &cookie).await).await;
        // Arabic with three answers where English has two: refused, what was typed kept.
        let mut fields = vec![
            ("csrf", csrf.as_str()),
            ("segment", "interactive"),
            ("question-en", "Which source do you rely on?"),
            ("options-en", "Wells\n=SUM(A1)\n"),
            ("question-ar", "على أي مصدر تعتمدين؟"),
            ("options-ar", "الآبار\nالمطر\nالشبكة"),
        ];
        let refused = post(&app, &page, &cookie, &fields).await;
        assert_eq!(refused.status().as_u16(), 422);
        let body = plain(&refused.text().await.expect("body"));
        assert!(
            body.contains("Arabic has 3 answers and English has 2"),
            "{body}"
        );
        assert!(
            body.contains("الآبار\nالمطر\nالشبكة"),
            "the answers are kept"
        );
        fields[5] = ("options-ar", "الآبار\nالمطر");
        let created = post(&app, &page, &cookie, &fields).await;
        assert_eq!(created.status().as_u16(), 303);
        let poll = app.state.db.polls(&slug(EVENT)).await.expect("polls")[0].clone();
        assert_eq!(poll.status, PollStatus::Draft);
        assert_eq!(
            plain(
                &get_with(&app, &page, &cookie)
                    .await
                    .text()
                    .await
                    .expect("body")
            )
            .matches("Which source do you rely on?")
            .count(),
            1
        );
        // Opened and voted in, then closed.
        let open = post(
            &app,
            &format!("{page}/{}/open", poll.id),
            &cookie,
            &[("csrf", csrf.as_str())],
        )
        .await;
        assert_eq!(open.status().as_u16(), 303);
        let (_, hall) = attendee(&app, "answers@example.org").await;
        let (hall_cookie, hall_csrf) = csrf_session(app.get(&hall).await).await;
        let voted = post(
            &app,
            &format!("{hall}/polls/{}/vote", poll.id),
            &hall_cookie,
            &[("csrf", hall_csrf.as_str()), ("option", "1")],
        )
        .await;
        assert_eq!(voted.status().as_u16(), 303);
        let closed = post(
            &app,
            &format!("{page}/{}/close", poll.id),
            &cookie,
            &[("csrf", csrf.as_str())],
        )
        .await;
        assert_eq!(closed.status().as_u16(), 303);
        let html = plain(
            &get_with(&app, &page, &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        assert!(html.contains("1 vote · 100%"), "{html}");
        // The results as CSV: one row per answer, every language, formulas defused.
        let csv = get_with(&app, &format!("{page}/{}/results.csv", poll.id), &cookie).await;
        assert_eq!(csv.status().as_u16(), 200);
        assert!(
            csv.headers()["content-type"]
                .to_str()
                .expect("ascii")
                .starts_with("text/csv")
        );
        let text = csv.text().await.expect("body");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "poll,segment,status,opened,closed,answer,votes,percent,question_ar,answer_ar,question_en,answer_en"
        );
        assert_eq!(lines.len(), 3, "{text}");
        assert!(
            lines[1]
                .contains(",1,0,0,على أي مصدر تعتمدين؟,الآبار,Which source do you rely on?,Wells"),
            "{text}"
        );
        assert!(lines[2].contains(",2,1,100,"), "{text}");
        assert!(lines[2].ends_with(",'=SUM(A1)"), "{text}");
        // Someone who does not moderate the hall gets no results.
        let editor = person(&app, "editor@example.org", Role::Editor, None).await;
        let editor_cookie = session_cookie(&app, editor).await;
        let denied = get_with(
            &app,
            &format!("{page}/{}/results.csv", poll.id),
            &editor_cookie,
        )
        .await;
        assert_eq!(denied.status().as_u16(), 403);
    }
);
