//! The job queue: claims that never overlap, leases that run out, backoff and parking, and
//! the real worker loop (started by the application, on the manual clock) sending reminders.

use crate::both_backends;
use crate::helpers::{fresh_database, mails, spawn_app_running_jobs, test_now};

const TEN_SECONDS: std::time::Duration = std::time::Duration::from_secs(10);

/// [`crate::helpers::eventually`] with ten seconds.
async fn eventually<F, Fut>(limit: std::time::Duration, what: &str, check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    crate::helpers::eventually(what, limit, check).await;
}
use convene::jobs::{Job, LEASE, MAX_ATTEMPTS};
use convene::registration::NewRegistration;
use convene::registration::{Lifetimes, SignUpRequest};
use convene::storage::Database;
use jiff::{SignedDuration, Timestamp};
use std::collections::HashSet;

const LIFETIMES: Lifetimes = Lifetimes {
    confirm_link: SignedDuration::from_hours(48),
    offer: SignedDuration::from_hours(24),
    resend_after: SignedDuration::from_mins(10),
};

fn person(n: usize) -> NewRegistration {
    NewRegistration {
        event: "water-for-every-home-2026".parse().expect("slug"),
        email: format!("person{n}@example.org").parse().expect("email"),
        name: format!("Person {n}").parse().expect("name"),
        country: "EG".parse().expect("country"),
        lang: "ar".parse().expect("lang"),
        time_zone: "Africa/Cairo".parse().expect("zone"),
    }
}

/// Signs up `n` people at `now` (one confirmation mail job each).
async fn sign_up_many(db: &Database, n: usize, now: Timestamp) {
    let batch: Vec<SignUpRequest> = (0..n)
        .map(|i| SignUpRequest {
            new: person(i),
            confirm_nonce: format!("confirm-{i}"),
            access_nonce: format!("access-{i}"),
            now,
        })
        .collect();
    for chunk in batch.chunks(100) {
        db.sign_up_batch(chunk, LIFETIMES).await.expect("sign up");
    }
}

both_backends!(
    concurrent_claims_never_take_the_same_job,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        sign_up_many(&db, 300, test_now()).await;
        // Four workers claim side by side, each until nothing is left.
        let workers = (0..4).map(|w| {
            let db = db.clone();
            tokio::spawn(async move {
                let owner = format!("worker-{w}");
                let mut mine = Vec::new();
                loop {
                    let now = test_now();
                    let claimed = db
                        .claim_jobs(&owner, now, now + LEASE, 7)
                        .await
                        .expect("claim");
                    if claimed.is_empty() {
                        return mine;
                    }
                    mine.extend(claimed.iter().map(|j| j.id));
                }
            })
        });
        let mut all = Vec::new();
        for worker in workers {
            all.extend(worker.await.expect("worker"));
        }
        let distinct: HashSet<i64> = all.iter().copied().collect();
        assert_eq!(all.len(), 300, "every job claimed once");
        assert_eq!(distinct.len(), 300, "no job claimed twice");
    }
);

both_backends!(
    a_dead_workers_lease_runs_out_and_another_worker_takes_the_job_over,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        sign_up_many(&db, 1, test_now()).await;
        let now = test_now();
        let first = db
            .claim_jobs("dies", now, now + LEASE, 10)
            .await
            .expect("claim");
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].attempts, 1);
        // The worker dies without a word. Until its lease runs out, nobody else sends the mail.
        let almost = now + LEASE - SignedDuration::from_secs(1);
        assert!(
            db.claim_jobs("survives", almost, almost + LEASE, 10)
                .await
                .expect("claim")
                .is_empty()
        );
        let after = now + LEASE;
        let taken = db
            .claim_jobs("survives", after, after + LEASE, 10)
            .await
            .expect("claim");
        assert_eq!(taken.len(), 1);
        assert_eq!(taken[0].id, first[0].id);
        assert_eq!(taken[0].attempts, 2, "the lost try counts");
        db.finish_jobs(&[taken[0].id], after).await.expect("done");
        assert_eq!(db.unsent_mail().await.expect("count"), 0);
        let later = after + LEASE * 2;
        assert!(
            db.claim_jobs("another", later, later + LEASE, 10)
                .await
                .expect("claim")
                .is_empty(),
            "done is done"
        );
    }
);

both_backends!(
    a_job_that_keeps_failing_is_parked_shown_and_can_be_retried,
    |backend| async move {
        // Port 9 (discard) has no listener here: every SMTP connection is refused.
        let app = crate::helpers::spawn_app_with_smtp(backend, "smtp://127.0.0.1:9").await;
        sign_up_many(&app.state.db, 1, test_now()).await;
        let mut waits = Vec::new();
        for attempt in 1..=MAX_ATTEMPTS {
            assert_eq!(app.run_due_jobs().await.expect("run"), 0, "try {attempt}");
            let summary = app
                .state
                .db
                .queue_summary(app.state.clock.now())
                .await
                .expect("summary");
            if attempt < MAX_ATTEMPTS {
                assert_eq!((summary.waiting, summary.later), (0, 1), "try {attempt}");
                assert!(summary.failed.is_empty());
            }
            // Jump to the moment the next try is due, and note how long that was.
            let records = app.state.db.mail_about(1).await.expect("mail");
            let record = &records[0];
            assert_eq!(record.attempts, attempt);
            assert!(
                record
                    .last_error
                    .as_deref()
                    .is_some_and(|e| e.starts_with("SMTP")),
                "{record:?}"
            );
            let wait = convene::jobs::backoff(attempt);
            waits.push(wait.as_secs());
            app.clock.advance(wait);
        }
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600]);
        let summary = app
            .state
            .db
            .queue_summary(app.state.clock.now())
            .await
            .expect("summary");
        assert_eq!(summary.waiting + summary.later, 0, "parked, not waiting");
        assert_eq!(summary.failed.len(), 1);
        assert_eq!(summary.failed[0].kind, "mail");
        assert_eq!(summary.failed[0].attempts, MAX_ATTEMPTS);
        assert!(
            summary.failed[0]
                .last_error
                .as_deref()
                .is_some_and(|e| e.contains("SMTP")),
            "{:?}",
            summary.failed[0]
        );
        assert_eq!(
            app.run_due_jobs().await.expect("run"),
            0,
            "parked jobs do not run"
        );
        let id = summary.failed[0].id;
        assert!(
            app.state
                .db
                .retry_job(id, app.state.clock.now())
                .await
                .expect("retry")
        );
        let summary = app
            .state
            .db
            .queue_summary(app.state.clock.now())
            .await
            .expect("summary");
        assert_eq!((summary.waiting, summary.failed.len()), (1, 0));
        assert!(
            !app.state
                .db
                .retry_job(id, app.state.clock.now())
                .await
                .expect("retry"),
            "only a parked job is retried"
        );
    }
);

both_backends!(
    recurring_jobs_exist_once_however_many_instances_schedule_them,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        for _ in 0..3 {
            db.schedule_recurring(&Job::recurring(), test_now())
                .await
                .expect("schedule");
        }
        let now = test_now();
        let claimed = db
            .claim_jobs("w", now, now + LEASE, 10)
            .await
            .expect("claim");
        let kinds: Vec<&str> = claimed.iter().map(|j| j.job.kind()).collect();
        assert_eq!(
            kinds,
            ["expire-offers", "queue-reminders", "prune-counters"]
        );
    }
);

fn reminders(app: &crate::helpers::TestApp) -> Vec<String> {
    mails(app)
        .iter()
        .filter_map(|m| m.subject().map(str::to_owned))
        .filter(|s| s.starts_with("Starting soon"))
        .collect()
}

both_backends!(
    the_servers_own_worker_sends_the_24_hour_and_1_hour_reminders_once_and_none_after_doors_open,
    |backend| async move {
        let app = spawn_app_running_jobs(backend).await;
        let db = &app.state.db;
        let slug = "water-for-every-home-2026".parse().expect("slug");
        let event = db
            .event(&slug)
            .await
            .expect("event")
            .expect("the demo event");
        assert_eq!(event.reminder_hours, [24, 1]);
        let doors = event.doors_open_at;
        // One confirmed attendee, in English.
        let mut new = person(1);
        new.lang = "en".parse().expect("lang");
        let convene::registration::SignUp::Created { id } = db
            .sign_up(&new, "c", "a", test_now(), LIFETIMES)
            .await
            .expect("sign up")
        else {
            panic!("new")
        };
        db.confirm(id, "c", test_now()).await.expect("confirm");
        // The worker sends the confirmation mails on its own.
        eventually(
            TEN_SECONDS,
            "the two registration mails are sent",
            || async { mails(&app).len() == 2 },
        )
        .await;
        assert!(reminders(&app).is_empty());
        // 23 hours before doors: the 24-hour reminder, once.
        app.clock.set(doors - SignedDuration::from_hours(23));
        eventually(TEN_SECONDS, "the 24-hour reminder is sent", || async {
            mails(&app).len() == 3
        })
        .await;
        // Time moves on within the same window: nothing more.
        app.clock.advance(SignedDuration::from_hours(1));
        app.clock.advance(SignedDuration::from_mins(5));
        eventually(TEN_SECONDS, "the worker has looked again", || async {
            worker_looked_after(&app, app.state.clock.now()).await
        })
        .await;
        assert_eq!(mails(&app).len(), 3);
        // 30 minutes before doors: the 1-hour reminder, once.
        app.clock.set(doors - SignedDuration::from_mins(30));
        eventually(TEN_SECONDS, "the 1-hour reminder is sent", || async {
            mails(&app).len() == 4
        })
        .await;
        app.clock.advance(SignedDuration::from_mins(10));
        eventually(TEN_SECONDS, "the worker has looked again", || async {
            worker_looked_after(&app, app.state.clock.now()).await
        })
        .await;
        // Doors open: no reminder after that, however long the server runs.
        app.clock.set(doors + SignedDuration::from_mins(1));
        eventually(TEN_SECONDS, "the worker has looked again", || async {
            worker_looked_after(&app, app.state.clock.now()).await
        })
        .await;
        app.clock.set(doors + SignedDuration::from_hours(2));
        eventually(TEN_SECONDS, "the worker has looked again", || async {
            worker_looked_after(&app, app.state.clock.now()).await
        })
        .await;
        let all = mails(&app);
        assert_eq!(all.len(), 4, "two reminders, each once");
        let subjects: Vec<_> = all.iter().filter_map(|m| m.subject()).collect();
        assert_eq!(reminders(&app).len(), 2, "{subjects:?}");
        let ids: HashSet<_> = all.iter().filter_map(|m| m.message_id()).collect();
        assert_eq!(ids.len(), 4, "four distinct messages");
        let hall = crate::helpers::link_in(&all[3], "https://convene.example/en/hall/");
        assert!(hall.starts_with("/en/hall/"), "{hall}");
    }
);

/// Whether the worker's reminder job has run at or after `at` (it reschedules itself a
/// minute after each run), so a test knows the worker looked at that moment.
async fn worker_looked_after(app: &crate::helpers::TestApp, at: Timestamp) -> bool {
    let summary = app.state.db.queue_summary(at).await.expect("summary");
    summary.waiting == 0 && next_reminder_run(app).await > at
}

async fn next_reminder_run(app: &crate::helpers::TestApp) -> Timestamp {
    app.state
        .db
        .recurring_run_at("queue-reminders")
        .await
        .expect("run at")
        .expect("scheduled")
}

both_backends!(
    a_server_with_its_worker_stops_cleanly_when_asked,
    |backend| async move {
        let dir = tempfile::tempdir().expect("dir");
        let url = crate::helpers::fresh_database_url(backend, dir.path()).await;
        let flags = convene::config::Layer {
            listen: Some("127.0.0.1:0".parse().expect("address")),
            data_dir: Some(dir.path().to_owned()),
            database_url: Some(secrecy::SecretString::from(url)),
            ..Default::default()
        };
        let config = convene::config::Config::load(None, flags, "unused").expect("config");
        let (clock, _handle) = convene::clock::Clock::manual(test_now());
        let app = convene::startup::Application::build(config, clock)
            .await
            .expect("builds");
        let state = app.state().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(app.run_until(async {
            let _ = stopped.await;
        }));
        // The worker is up once it has scheduled the recurring jobs.
        eventually(TEN_SECONDS, "the worker has started", || async {
            state
                .db
                .recurring_run_at("expire-offers")
                .await
                .expect("read")
                .is_some()
        })
        .await;
        stop.send(()).expect("stop");
        let outcome = tokio::time::timeout(TEN_SECONDS, server)
            .await
            .expect("the server stops in time");
        outcome
            .expect("the server task ends without panicking")
            .expect("serving ended cleanly");
    }
);

both_backends!(
    a_reminder_queued_before_doors_but_run_after_is_not_sent,
    |backend| async move {
        let app = crate::helpers::spawn_app(backend).await;
        let db = &app.state.db;
        let slug = "water-for-every-home-2026".parse().expect("slug");
        let doors = db
            .event(&slug)
            .await
            .expect("event")
            .expect("the demo event")
            .doors_open_at;
        let convene::registration::SignUp::Created { id } = db
            .sign_up(&person(1), "c", "a", test_now(), LIFETIMES)
            .await
            .expect("sign up")
        else {
            panic!("new")
        };
        db.confirm(id, "c", test_now()).await.expect("confirm");
        assert_eq!(app.run_due_jobs().await.expect("run"), 2);
        // Every instance was down from before the 1-hour mark until 30 minutes before doors:
        // the reminder is still queued then (and sent, if it runs before doors open) …
        app.clock.set(doors - SignedDuration::from_mins(30));
        assert_eq!(
            convene::jobs::queue_reminders(&app.state)
                .await
                .expect("queue"),
            2,
            "both missed reminders, doors not open yet"
        );
        // … but these jobs only get to run after doors opened: they are skipped, not sent.
        app.clock.set(doors + SignedDuration::from_mins(1));
        assert_eq!(app.run_due_jobs().await.expect("run"), 0);
        assert_eq!(mails(&app).len(), 2, "no reminder after doors open");
        let states: Vec<String> = db
            .mail_about(id)
            .await
            .expect("mail")
            .into_iter()
            .filter(|m| m.kind == "reminder")
            .map(|m| m.state)
            .collect();
        assert_eq!(states, ["skipped", "skipped"]);
        assert_eq!(
            convene::jobs::queue_reminders(&app.state)
                .await
                .expect("queue"),
            0,
            "none queued after doors open"
        );
    }
);
