//! Several `convene serve` instances on one PostgreSQL database share the hall through
//! NATS (127.0.0.1:4222): a question asked on one appears on the other at once, and an
//! instance killed mid-event loses no question it acknowledged.

use crate::helpers::{Backend, Process, csrf_session, free_port, fresh_database_url};
use convene::registration::{LinkKey, NewRegistration, Purpose, SignUp};
use convene::storage::Database;
use futures_util::StreamExt;
use std::time::Duration;

const EVENT: &str = "water-for-every-home-2026";
const NATS: &str = "nats://127.0.0.1:4222";
/// Half an hour after the demo edition's doors open (15:30 Madinah time, 12:30 UTC).
const DURING_THE_EVENT: &str = "2026-12-19T13:00:00Z";

struct Instance {
    process: Process,
    base: String,
}

async fn instance(database_url: &str, secret: &str, data: &std::path::Path) -> Instance {
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let process = Process::start(
        &[
            "serve",
            "--listen",
            &listen,
            "--data-dir",
            data.to_str().expect("utf-8"),
        ],
        &[
            ("CONVENE_DATABASE_URL", database_url),
            ("CONVENE_SECRET_KEY", secret),
            ("CONVENE_PUBLIC_URL", "https://convene.example"),
            ("CONVENE_NATS_URL", NATS),
            ("CONVENE_CLOCK_START", DURING_THE_EVENT),
        ],
        port,
    )
    .await;
    Instance {
        process,
        base: format!("http://{listen}"),
    }
}

/// A confirmed registration stored directly; returns its hall path.
pub(crate) async fn attendee(db: &Database, key: &LinkKey, email: &str) -> String {
    let access = hex::encode(rand::random::<[u8; 16]>());
    let confirm = hex::encode(rand::random::<[u8; 16]>());
    let now: jiff::Timestamp = "2026-12-01T10:00:00Z".parse().expect("instant");
    let lifetimes = convene::registration::Lifetimes {
        confirm_link: jiff::SignedDuration::from_hours(72),
        offer: jiff::SignedDuration::from_hours(48),
        resend_after: jiff::SignedDuration::from_mins(10),
    };
    let signed_up = db
        .sign_up(
            &NewRegistration {
                event: EVENT.parse().expect("slug"),
                email: email.parse().expect("email"),
                name: "Two Node Attendee".parse().expect("name"),
                country: "TN".parse().expect("country"),
                lang: "fr".parse().expect("lang"),
                time_zone: "Africa/Tunis".parse().expect("zone"),
            },
            &confirm,
            &access,
            now,
            lifetimes,
        )
        .await
        .expect("sign up");
    let SignUp::Created { id } = signed_up else {
        panic!("{signed_up:?}")
    };
    db.confirm(id, &confirm, now).await.expect("confirm");
    format!("/fr/hall/{}", key.token(Purpose::Access, id, &access))
}

/// Reads a hall stream until a `kind` frame for each of `texts` arrived; returns the texts
/// of those frames in the order they came.
pub(crate) async fn texts_seen(
    response: &mut reqwest::Response,
    kind: &str,
    texts: &[String],
) -> Vec<String> {
    let mut buffer = String::new();
    let mut seen = Vec::new();
    let event_line = format!("event: {kind}");
    while seen.len() < texts.len() {
        let chunk = tokio::time::timeout(Duration::from_secs(15), response.chunk())
            .await
            .unwrap_or_else(|_| panic!("only {seen:?} of {texts:?} arrived"))
            .expect("read")
            .expect("the stream goes on");
        buffer.push_str(std::str::from_utf8(&chunk).expect("utf-8"));
        while let Some(end) = buffer.find("\n\n") {
            let block: String = buffer.drain(..end + 2).collect();
            if block.lines().any(|l| l == event_line)
                && let Some(data) = block.lines().find_map(|l| l.strip_prefix("data: "))
            {
                let json: serde_json::Value = serde_json::from_str(data).expect("json");
                seen.push(json["text"].as_str().expect("text").to_owned());
            }
        }
    }
    seen
}

#[tokio::test]
async fn two_instances_share_the_hall_and_a_killed_one_loses_no_question() {
    let dir = tempfile::tempdir().expect("dir");
    let database_url = fresh_database_url(Backend::Postgres, dir.path()).await;
    let secret = hex::encode(rand::random::<[u8; 32]>());
    let key = LinkKey::new(secret.as_bytes().to_vec()).expect("key");
    let (data_a, data_b) = (dir.path().join("a"), dir.path().join("b"));
    // The demo content, as an operator imports it (dates as written: 19 December 2026).
    let imported = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["import"])
        .arg(crate::helpers::demo_dir())
        .args(["--data-dir"])
        .arg(&data_a)
        .env("CONVENE_DATABASE_URL", &database_url)
        .env("CONVENE_LOG", "warn")
        .output()
        .expect("import");
    assert!(imported.status.success(), "{imported:?}");
    // Without an object store each instance serves media from its own folder: B gets a copy
    // of A's (it would refuse to start without the trailer).
    std::fs::create_dir_all(data_b.join("media")).expect("B's media folder");
    crate::content_files::copy_dir(&data_a.join("media"), &data_b.join("media"));
    let db = Database::connect(&database_url).await.expect("connect");
    let hall = attendee(&db, &key, "deux@example.org").await;

    // Watching NATS itself: the instances announce each update on convene.hall.<event>.
    let nats = async_nats::connect(NATS)
        .await
        .expect("NATS on 127.0.0.1:4222 is needed for this test");
    let mut announced = nats
        .subscribe(format!("convene.hall.{EVENT}"))
        .await
        .expect("subscribe");

    let a = instance(&database_url, &secret, &data_a).await;
    let b = instance(&database_url, &secret, &data_b).await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    // The attendee follows the hall on B and asks on A.
    let mut on_b = http
        .get(format!("{}{hall}/updates", b.base))
        .send()
        .await
        .expect("stream on B");
    assert_eq!(on_b.status().as_u16(), 200);
    let page = http
        .get(format!("{}{hall}", a.base))
        .send()
        .await
        .expect("hall on A");
    assert_eq!(page.status().as_u16(), 200);
    let (cookie, csrf) = csrf_session(page).await;
    let mut asked = Vec::new();
    for n in 1..=3 {
        let text = format!("Question {n} posée sur A");
        let response = http
            .post(format!("{}{hall}/questions", a.base))
            .header("cookie", &cookie)
            .form(&[
                ("csrf", csrf.as_str()),
                ("text", text.as_str()),
                ("lang", "fr"),
            ])
            .send()
            .await
            .expect("ask on A");
        assert_eq!(response.status().as_u16(), 303, "acknowledged");
        asked.push(text);
    }
    // A stops dead right after acknowledging them.
    a.process.kill_9();
    assert_eq!(texts_seen(&mut on_b, "question", &asked).await, asked);
    let message = tokio::time::timeout(Duration::from_secs(10), announced.next())
        .await
        .expect("an update announced on NATS")
        .expect("message");
    assert!(
        String::from_utf8_lossy(&message.payload)
            .parse::<i64>()
            .is_ok(),
        "the payload is the update's number"
    );
    // B still serves the hall with every acknowledged question.
    let html = http
        .get(format!("{}{hall}", b.base))
        .send()
        .await
        .expect("hall on B")
        .text()
        .await
        .expect("body");
    for text in &asked {
        assert!(html.contains(text.as_str()), "{text} on B's page");
    }
    drop(b);
    db.close().await;
}
