//! Several instances on one PostgreSQL database, sending through a slow SMTP relay (50 ms a
//! message): each mail reaches its recipient once, and a worker killed mid-batch loses none:
//! the other worker takes its batch over when the lease runs out.

use crate::helpers::{Backend, demo_content, eventually, free_port, fresh_database_url, test_now};
use crate::smtp::{SmtpServer, received, start_smtp_taking};
use convene::clock::Clock;
use convene::config::{Config, Layer};
use convene::jobs::{CONCURRENCY, LEASE, Worker};
use convene::registration::NewRegistration;
use convene::registration::SignUpRequest;
use convene::startup::Application;
use convene::state::AppState;
use convene::storage::Database;
use secrecy::SecretString;
use std::collections::HashMap;
use std::time::Duration;

const MAILS: usize = 300;

/// A database with the demo content and `mails` sign-ups, each with its confirmation mail
/// waiting; returns its URL.
async fn database_with_mail(dir: &std::path::Path, mails: usize) -> String {
    let url = fresh_database_url(Backend::Postgres, dir).await;
    let db = Database::connect(&url).await.expect("connect");
    let (content, _) = demo_content();
    crate::helpers::store_content(&db, &content).await;
    let lifetimes = Config::load(None, Layer::default(), "unused")
        .expect("config")
        .lifetimes();
    let batch: Vec<SignUpRequest> = (0..mails)
        .map(|i| SignUpRequest {
            new: NewRegistration {
                event: "water-for-every-home-2026".parse().expect("slug"),
                email: format!("guest{i}@example.org").parse().expect("email"),
                name: format!("Guest {i}").parse().expect("name"),
                country: "SN".parse().expect("country"),
                lang: "fr".parse().expect("lang"),
                time_zone: "Africa/Dakar".parse().expect("zone"),
            },
            confirm_nonce: format!("confirm-{i}"),
            access_nonce: format!("access-{i}"),
            now: test_now(),
        })
        .collect();
    for chunk in batch.chunks(100) {
        db.sign_up_batch(chunk, lifetimes).await.expect("sign up");
    }
    db.close().await;
    url
}

/// One instance's state (as `convene serve` builds it), on the shared clock.
async fn instance(url: &str, smtp: &SmtpServer, clock: &Clock) -> (AppState, tempfile::TempDir) {
    instance_sending(url, smtp, clock, None).await
}

/// The same, handing the relay at most `mail_per_second` messages a second (`None`: the
/// default).
async fn instance_sending(
    url: &str,
    smtp: &SmtpServer,
    clock: &Clock,
    mail_per_second: Option<u32>,
) -> (AppState, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("dir");
    // Without an object store each instance needs the content's media in its own folder.
    let media = dir.path().join("media/media");
    std::fs::create_dir_all(&media).expect("media folder");
    crate::content_files::copy_dir(&crate::helpers::demo_dir().join("media"), &media);
    let flags = Layer {
        listen: Some("127.0.0.1:0".parse().expect("address")),
        data_dir: Some(dir.path().to_owned()),
        database_url: Some(SecretString::from(url.to_owned())),
        public_url: Some("https://convene.example".to_owned()),
        smtp_url: Some(SecretString::from(format!(
            "smtp://127.0.0.1:{}",
            smtp.port
        ))),
        mail_per_second,
        // Instances of one site share their key (links made by one work on the others).
        secret_key: Some(SecretString::from("k".repeat(40))),
        ..Layer::default()
    };
    let config = Config::load(None, flags, "unused").expect("config");
    let app = Application::build(config, clock.clone())
        .await
        .expect("builds");
    (app.state().clone(), dir)
}

/// The messages received so far, by recipient: their Message-IDs.
fn by_recipient(smtp: &SmtpServer) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for mail in received(smtp) {
        let to = mail
            .to()
            .and_then(|t| t.first())
            .and_then(|a| a.address())
            .expect("a recipient")
            .to_owned();
        let id = mail.message_id().expect("a Message-ID").to_owned();
        out.entry(to).or_default().push(id);
    }
    out
}

fn delivered(smtp: &SmtpServer) -> usize {
    std::fs::read_dir(smtp_new(smtp)).map_or(0, |d| d.count())
}

fn smtp_new(smtp: &SmtpServer) -> std::path::PathBuf {
    smtp.maildir().join("new")
}

struct Setup {
    smtp: SmtpServer,
    a: (AppState, tempfile::TempDir),
    b: (AppState, tempfile::TempDir),
    _dir: tempfile::TempDir,
}

async fn two_instances() -> Setup {
    let dir = tempfile::tempdir().expect("dir");
    let url = database_with_mail(dir.path(), MAILS).await;
    let smtp = start_smtp_taking(free_port(), 50).await;
    let (clock, _) = Clock::manual(test_now());
    let a = instance(&url, &smtp, &clock).await;
    let b = instance(&url, &smtp, &clock).await;
    Setup {
        smtp,
        a,
        b,
        _dir: dir,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_postgres_send_each_of_300_mails_exactly_once() {
    let setup = two_instances().await;
    // Never told to stop: these workers are killed (their tasks dropped), not stopped.
    let (_keep_going, go_on) = tokio::sync::watch::channel(false);
    let a = tokio::spawn(Worker::new(setup.a.0.clone()).run(go_on.clone()));
    let b = tokio::spawn(Worker::new(setup.b.0.clone()).run(go_on));
    eventually(
        "every mail is delivered",
        Duration::from_secs(60),
        || async { delivered(&setup.smtp) >= MAILS },
    )
    .await;
    // Both workers are idle once the queue is empty; anything sent twice would be here now.
    eventually("the queue is empty", Duration::from_secs(10), || async {
        setup.a.0.db.unsent_mail().await.expect("count") == 0
    })
    .await;
    a.abort();
    b.abort();
    let _ = a.await;
    let _ = b.await;
    let received = by_recipient(&setup.smtp);
    assert_eq!(received.len(), MAILS, "every recipient");
    let twice: Vec<_> = received.iter().filter(|(_, ids)| ids.len() > 1).collect();
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
}

/// A relay that takes an hour to accept each message: a send through it is still in
/// flight when the test ends (and the relay is stopped with nothing delivered).
const STALLS_MS: u64 = 3_600_000;

/// The registrations whose mail is claimed (an attempt counted) but not sent yet.
async fn claimed_unsent(state: &AppState) -> Vec<i64> {
    let mut claimed = Vec::new();
    for registration in 1..=MAILS as i64 {
        let mail = state.db.mail_about(registration).await.expect("mail");
        if mail.iter().any(|m| m.attempts > 0 && m.state == "waiting") {
            claimed.push(registration);
        }
    }
    claimed
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_killed_mid_batch_loses_no_mail_and_the_other_sends_its_batch_once() {
    let dir = tempfile::tempdir().expect("dir");
    let url = database_with_mail(dir.path(), MAILS).await;
    let stalling = start_smtp_taking(free_port(), STALLS_MS).await;
    let smtp = start_smtp_taking(free_port(), 50).await;
    let (clock, hand) = Clock::manual(test_now());
    let a = instance(&url, &stalling, &clock).await;
    let b = instance(&url, &smtp, &clock).await;
    // Never told to stop: these workers are killed (their tasks dropped), not stopped.
    let (_keep_going, go_on) = tokio::sync::watch::channel(false);
    // A alone first: it claims a batch, and its sends stall at its relay, so the kill below
    // lands mid-batch wherever A is.
    let worker_a = tokio::spawn(Worker::new(a.0.clone()).run(go_on.clone()));
    eventually("A has claimed a batch", Duration::from_secs(30), || async {
        !claimed_unsent(&a.0).await.is_empty()
    })
    .await;
    let batch = claimed_unsent(&a.0).await;
    assert!(batch.len() <= CONCURRENCY, "one batch: {batch:?}");
    // B sends everything else; A's batch stays A's while its lease holds.
    let worker_b = tokio::spawn(Worker::new(b.0.clone()).run(go_on));
    eventually(
        "B has sent every mail but A's batch",
        Duration::from_secs(60),
        || async { b.0.db.unsent_mail().await.expect("count") == batch.len() as i64 },
    )
    .await;
    assert_eq!(delivered(&smtp), MAILS - batch.len());
    assert_eq!(claimed_unsent(&b.0).await, batch, "A's batch is still A's");
    // A dies mid-batch: its task is dropped with the sends in flight, before it could mark
    // any of them done.
    worker_a.abort();
    let _ = worker_a.await;
    // Its lease runs out; B takes the batch over.
    hand.advance(LEASE + jiff::SignedDuration::from_secs(1));
    eventually(
        "every recipient has their mail",
        Duration::from_secs(60),
        || async { by_recipient(&smtp).len() >= MAILS },
    )
    .await;
    eventually("the queue is empty", Duration::from_secs(10), || async {
        b.0.db.unsent_mail().await.expect("count") == 0
    })
    .await;
    worker_b.abort();
    let _ = worker_b.await;
    let received = by_recipient(&smtp);
    assert_eq!(received.len(), MAILS, "no mail lost");
    let repeated: Vec<_> = received.iter().filter(|(_, ids)| ids.len() > 1).collect();
    assert!(repeated.is_empty(), "sent more than once: {repeated:?}");
    assert_eq!(delivered(&stalling), 0, "nothing went out through A");
    // A's batch was sent by B on a second attempt; every other mail on its first.
    for registration in 1..=MAILS as i64 {
        let mail = b.0.db.mail_about(registration).await.expect("mail");
        assert_eq!(mail.len(), 1);
        assert_eq!(mail[0].state, "done");
        let attempts = if batch.contains(&registration) { 2 } else { 1 };
        assert_eq!(mail[0].attempts, attempts, "registration {registration}");
    }
}

crate::both_backends!(
    one_worker_sends_several_mails_at_once_so_a_slow_relay_does_not_cap_the_rate,
    |backend| async move {
        const N: usize = 120;
        let smtp = start_smtp_taking(free_port(), 50).await;
        let app = crate::helpers::spawn_app_with_smtp(
            backend,
            &format!("smtp://127.0.0.1:{}", smtp.port),
        )
        .await;
        let lifetimes = app.state.lifetimes;
        let batch: Vec<SignUpRequest> = (0..N)
            .map(|i| SignUpRequest {
                new: NewRegistration {
                    event: "water-for-every-home-2026".parse().expect("slug"),
                    email: format!("guest{i}@example.org").parse().expect("email"),
                    name: format!("Guest {i}").parse().expect("name"),
                    country: "SN".parse().expect("country"),
                    lang: "fr".parse().expect("lang"),
                    time_zone: "Africa/Dakar".parse().expect("zone"),
                },
                confirm_nonce: format!("confirm-{i}"),
                access_nonce: format!("access-{i}"),
                now: test_now(),
            })
            .collect();
        app.state
            .db
            .sign_up_batch(&batch, lifetimes)
            .await
            .expect("sign up");
        let started = std::time::Instant::now();
        assert_eq!(app.run_due_jobs().await.expect("run"), N);
        let took = started.elapsed();
        // One message after another, the relay alone would take N × 50 ms = 6 s.
        assert!(
            took < Duration::from_millis(50) * N as u32,
            "{N} mails took {took:?}: not sent concurrently"
        );
        assert_eq!(by_recipient(&smtp).len(), N);
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_instance_hands_the_relay_no_more_than_its_mail_per_second() {
    const PACED: usize = 12;
    let dir = tempfile::tempdir().expect("dir");
    let url = database_with_mail(dir.path(), PACED).await;
    let smtp = start_smtp_taking(free_port(), 0).await;
    let (clock, _) = Clock::manual(test_now());
    let (state, _data) = instance_sending(&url, &smtp, &clock, Some(8)).await;
    let started = std::time::Instant::now();
    let sent = convene::jobs::run_due(&state).await.expect("send");
    let took = started.elapsed();
    assert_eq!(sent, PACED);
    assert_eq!(delivered(&smtp), PACED);
    // Eight at once (the burst), then one every eighth of a second: the twelfth goes half a
    // second after the first at the earliest, however fast the relay takes them.
    assert!(took >= Duration::from_millis(500), "sent in {took:?}");
}
