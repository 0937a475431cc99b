//! The registration guarantees, on SQLite and on PostgreSQL.

use crate::both_backends;
use crate::helpers::{fresh_database, test_now};
use convene::domain::Slug;
use convene::registration::Lifetimes;
use convene::registration::{Confirmation, NewRegistration, SignUp, Status};
use convene::storage::Database;
use jiff::SignedDuration;

const LIFETIMES: Lifetimes = Lifetimes {
    confirm_link: SignedDuration::from_hours(48),
    offer: SignedDuration::from_hours(24),
    resend_after: SignedDuration::from_mins(10),
};

fn event() -> Slug {
    "water-for-every-home-2026".parse().expect("slug")
}

fn person(n: usize) -> NewRegistration {
    NewRegistration {
        event: event(),
        email: format!("person{n}@example.org").parse().expect("email"),
        name: format!("Person {n}").parse().expect("name"),
        country: "PK".parse().expect("country"),
        lang: "ur".parse().expect("lang"),
        time_zone: "Asia/Karachi".parse().expect("zone"),
    }
}

/// Signs up person `n` and returns the id and confirmation nonce.
async fn signed_up(db: &Database, n: usize) -> (i64, String) {
    let nonce = format!("confirm-{n}");
    let outcome = db
        .sign_up(
            &person(n),
            &nonce,
            &format!("access-{n}"),
            test_now(),
            LIFETIMES,
        )
        .await
        .expect("sign up");
    match outcome {
        SignUp::Created { id } => (id, nonce),
        other => panic!("expected a new registration, got {other:?}"),
    }
}

async fn statuses(db: &Database) -> Vec<Status> {
    db.registrations(&event())
        .await
        .expect("list")
        .iter()
        .map(|r| r.status)
        .collect()
}

both_backends!(
    a_confirmed_sign_up_takes_a_place_and_queues_each_mail,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        db.set_capacity(&event(), Some(2), test_now(), LIFETIMES)
            .await
            .expect("capacity");
        let (id, nonce) = signed_up(&db, 1).await;
        assert_eq!(
            db.places(&event()).await.expect("places").left(),
            Some(2),
            "pending holds nothing"
        );
        assert_eq!(
            db.confirm(id, &nonce, test_now()).await.expect("confirm"),
            Confirmation::Confirmed { id }
        );
        assert_eq!(db.places(&event()).await.expect("places").left(), Some(1));
        // Following the link again (a lost response, a retry) changes nothing.
        assert_eq!(
            db.confirm(id, &nonce, test_now())
                .await
                .expect("confirm again"),
            Confirmation::AlreadyConfirmed {
                id,
                status: Status::Confirmed
            }
        );
        assert_eq!(db.places(&event()).await.expect("places").left(), Some(1));
        let kinds: Vec<&str> = db
            .claim_jobs("test", test_now(), test_now() + convene::jobs::LEASE, 10)
            .await
            .expect("jobs")
            .iter()
            .filter_map(|j| j.mail())
            .map(|m| m.kind_str())
            .collect();
        assert_eq!(kinds, ["confirm", "confirmed"]);
    }
);

both_backends!(
    a_second_sign_up_for_an_address_creates_no_duplicate,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        let (id, _) = signed_up(&db, 1).await;
        let again = db
            .sign_up(&person(1), "other", "other", test_now(), LIFETIMES)
            .await
            .expect("again");
        assert_eq!(
            again,
            SignUp::Existing { id, mailed: false },
            "no second mail within ten minutes"
        );
        let mut shouting = person(1);
        shouting.email = "PERSON1@Example.org".parse().expect("email");
        let later = test_now() + SignedDuration::from_mins(11);
        let again = db
            .sign_up(&shouting, "other", "other", later, LIFETIMES)
            .await
            .expect("again");
        assert_eq!(
            again,
            SignUp::Existing { id, mailed: true },
            "the link is sent again later"
        );
        assert_eq!(db.registrations(&event()).await.expect("list").len(), 1);
        assert_eq!(db.unsent_mail().await.expect("count"), 2);
    }
);

both_backends!(
    unconfirmed_sign_ups_expire_and_release_nothing,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        db.set_capacity(&event(), Some(1), test_now(), LIFETIMES)
            .await
            .expect("capacity");
        let (id, nonce) = signed_up(&db, 1).await;
        let later = test_now() + SignedDuration::from_hours(49);
        assert_eq!(
            db.confirm(id, &nonce, later).await.expect("confirm"),
            Confirmation::Expired
        );
        assert_eq!(db.expire_due(later, LIFETIMES).await.expect("expire"), 1);
        assert_eq!(statuses(&db).await, [Status::Expired]);
        assert_eq!(db.places(&event()).await.expect("places").left(), Some(1));
        assert_eq!(
            db.confirm(id, "guess", test_now()).await.expect("confirm"),
            Confirmation::Expired
        );
        assert_eq!(
            db.confirm(9999, "guess", test_now())
                .await
                .expect("confirm"),
            Confirmation::Unknown
        );
    }
);

both_backends!(
    a_burst_of_confirmations_never_oversells,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        const PLACES: i64 = 25;
        const PEOPLE: usize = 120;
        db.set_capacity(&event(), Some(PLACES), test_now(), LIFETIMES)
            .await
            .expect("capacity");
        let mut pending = Vec::new();
        for n in 0..PEOPLE {
            pending.push(signed_up(&db, n).await);
        }
        let tasks: Vec<_> = pending
            .into_iter()
            .map(|(id, nonce)| {
                let db = db.clone();
                tokio::spawn(async move { db.confirm(id, &nonce, test_now()).await })
            })
            .collect();
        let mut confirmed = 0;
        let mut positions = Vec::new();
        for task in tasks {
            match task.await.expect("task").expect("confirm") {
                Confirmation::Confirmed { .. } => confirmed += 1,
                Confirmation::Waitlisted { position, .. } => positions.push(position),
                other => panic!("unexpected {other:?}"),
            }
        }
        assert_eq!(confirmed, PLACES);
        positions.sort_unstable();
        assert_eq!(
            positions,
            (1..=(PEOPLE as i64 - PLACES)).collect::<Vec<_>>(),
            "one position each, in a row"
        );
        let places = db.places(&event()).await.expect("places");
        assert_eq!(places.held, PLACES);
        let stored = statuses(&db).await;
        assert_eq!(
            stored.iter().filter(|s| **s == Status::Confirmed).count() as i64,
            PLACES
        );
    }
);

both_backends!(
    capacity_changes_mid_burst_never_oversell,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        db.set_capacity(&event(), Some(30), test_now(), LIFETIMES)
            .await
            .expect("capacity");
        let mut pending = Vec::new();
        for n in 0..80 {
            pending.push(signed_up(&db, n).await);
        }
        let organiser = {
            let db = db.clone();
            tokio::spawn(async move {
                for capacity in [10, 40, 5, 20] {
                    db.set_capacity(&event(), Some(capacity), test_now(), LIFETIMES)
                        .await
                        .expect("capacity");
                    tokio::task::yield_now().await;
                }
            })
        };
        let tasks: Vec<_> = pending
            .into_iter()
            .map(|(id, nonce)| {
                let db = db.clone();
                tokio::spawn(async move { db.confirm(id, &nonce, test_now()).await })
            })
            .collect();
        for task in tasks {
            task.await.expect("task").expect("confirm");
        }
        organiser.await.expect("organiser");
        let holding = statuses(&db)
            .await
            .iter()
            .filter(|s| s.holds_place())
            .count() as i64;
        let places = db.places(&event()).await.expect("places");
        assert_eq!(
            places.held, holding,
            "the counter matches the registrations"
        );
        assert!(
            holding <= 40,
            "never more than the largest capacity in force: {holding}"
        );
    }
);

both_backends!(
    a_cancelled_place_is_offered_in_waitlist_order,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        db.set_capacity(&event(), Some(1), test_now(), LIFETIMES)
            .await
            .expect("capacity");
        let mut ids = Vec::new();
        for n in 0..3 {
            let (id, nonce) = signed_up(&db, n).await;
            db.confirm(id, &nonce, test_now()).await.expect("confirm");
            ids.push(id);
        }
        assert_eq!(
            statuses(&db).await,
            [Status::Confirmed, Status::Waitlisted, Status::Waitlisted]
        );
        assert_eq!(
            db.cancel(ids[0], "access-0", test_now(), LIFETIMES)
                .await
                .expect("cancel"),
            Some(Status::Confirmed)
        );
        assert_eq!(
            statuses(&db).await,
            [Status::Cancelled, Status::Offered, Status::Waitlisted]
        );
        assert_eq!(
            db.places(&event()).await.expect("places").left(),
            Some(0),
            "the offer holds the place"
        );
        // The offer lapses: the place moves on to the next person.
        let later = test_now() + SignedDuration::from_hours(25);
        assert!(
            !db.accept_offer(ids[1], "access-1", later)
                .await
                .expect("accept"),
            "too late"
        );
        assert_eq!(db.expire_due(later, LIFETIMES).await.expect("expire"), 1);
        assert_eq!(
            statuses(&db).await,
            [Status::Cancelled, Status::Expired, Status::Offered]
        );
        assert!(
            db.accept_offer(ids[2], "access-2", later)
                .await
                .expect("accept")
        );
        assert_eq!(
            statuses(&db).await,
            [Status::Cancelled, Status::Expired, Status::Confirmed]
        );
        assert!(
            db.cancel(ids[2], "wrong-access", later, LIFETIMES)
                .await
                .expect("cancel")
                .is_none(),
            "the link is checked"
        );
    }
);

both_backends!(
    raising_the_capacity_offers_places_to_the_waitlist,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        db.set_capacity(&event(), Some(1), test_now(), LIFETIMES)
            .await
            .expect("capacity");
        for n in 0..3 {
            let (id, nonce) = signed_up(&db, n).await;
            db.confirm(id, &nonce, test_now()).await.expect("confirm");
        }
        db.set_capacity(&event(), Some(2), test_now(), LIFETIMES)
            .await
            .expect("capacity");
        assert_eq!(
            statuses(&db).await,
            [Status::Confirmed, Status::Offered, Status::Waitlisted]
        );
    }
);

both_backends!(
    reminders_go_out_once_each_at_their_offsets,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        let doors = test_now() + SignedDuration::from_hours(72);
        let day = SignedDuration::from_hours(24);
        let hour = SignedDuration::from_hours(1);
        let (early, nonce) = signed_up(&db, 1).await;
        db.confirm(early, &nonce, test_now())
            .await
            .expect("confirm");
        assert_eq!(
            db.queue_reminders(&event(), day, doors, test_now())
                .await
                .expect("queue"),
            0,
            "too early"
        );
        let a_day_before = doors - SignedDuration::from_hours(23);
        assert_eq!(
            db.queue_reminders(&event(), day, doors, a_day_before)
                .await
                .expect("queue"),
            1
        );
        assert_eq!(
            db.queue_reminders(&event(), day, doors, a_day_before)
                .await
                .expect("queue"),
            0,
            "only once"
        );
        // Someone confirmed after the 24-hour mark gets only the later reminder.
        let late = match db
            .sign_up(
                &person(2),
                "confirm-late",
                "access-late",
                a_day_before,
                LIFETIMES,
            )
            .await
            .expect("sign up")
        {
            SignUp::Created { id } => id,
            other => panic!("{other:?}"),
        };
        db.confirm(late, "confirm-late", a_day_before)
            .await
            .expect("confirm");
        assert_eq!(
            db.queue_reminders(&event(), day, doors, a_day_before)
                .await
                .expect("queue"),
            0
        );
        let half_an_hour_before = doors - SignedDuration::from_mins(30);
        assert_eq!(
            db.queue_reminders(&event(), hour, doors, half_an_hour_before)
                .await
                .expect("queue"),
            2
        );
        assert_eq!(
            db.queue_reminders(&event(), hour, doors, doors)
                .await
                .expect("queue"),
            0,
            "not after doors open"
        );
        let reminders = db
            .claim_jobs("test", doors, doors + convene::jobs::LEASE, 100)
            .await
            .expect("jobs")
            .iter()
            .filter_map(|j| j.mail())
            .filter(|m| m.kind_str() == "reminder")
            .count();
        assert_eq!(reminders, 3);
    }
);

both_backends!(
    a_batch_of_sign_ups_commits_together_and_keeps_addresses_unique,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        let request = |n: usize, nonce: &str| convene::registration::SignUpRequest {
            new: person(n),
            confirm_nonce: nonce.to_owned(),
            access_nonce: format!("access-{nonce}"),
            now: test_now(),
        };
        let batch = [request(1, "a"), request(2, "b"), request(1, "c")];
        let outcomes = db.sign_up_batch(&batch, LIFETIMES).await.expect("batch");
        assert!(matches!(outcomes[0], SignUp::Created { .. }));
        assert!(matches!(outcomes[1], SignUp::Created { .. }));
        assert!(
            matches!(outcomes[2], SignUp::Existing { mailed: false, .. }),
            "the same address twice in one batch"
        );
        assert_eq!(db.registrations(&event()).await.expect("list").len(), 2);
        assert_eq!(db.unsent_mail().await.expect("unsent"), 2);

        // A later batch mixing a known address with a new one.
        let later = [request(2, "d"), request(3, "e")];
        let outcomes = db.sign_up_batch(&later, LIFETIMES).await.expect("batch");
        assert!(matches!(
            outcomes[0],
            SignUp::Existing { mailed: false, .. }
        ));
        assert!(matches!(outcomes[1], SignUp::Created { .. }));
        assert_eq!(db.registrations(&event()).await.expect("list").len(), 3);
        assert_eq!(db.unsent_mail().await.expect("unsent"), 3);
    }
);

both_backends!(
    offers_that_expire_together_free_their_places_in_one_go,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        db.set_capacity(&event(), Some(2), test_now(), LIFETIMES)
            .await
            .expect("capacity");
        let mut ids = Vec::new();
        for n in 0..5 {
            let (id, nonce) = signed_up(&db, n).await;
            db.confirm(id, &nonce, test_now()).await.expect("confirm");
            ids.push(id);
        }
        // Both places come free: they are offered to the first two on the waitlist.
        for (n, id) in ids.iter().take(2).enumerate() {
            db.cancel(*id, &format!("access-{n}"), test_now(), LIFETIMES)
                .await
                .expect("cancel");
        }
        assert_eq!(
            statuses(&db).await,
            [
                Status::Cancelled,
                Status::Cancelled,
                Status::Offered,
                Status::Offered,
                Status::Waitlisted
            ]
        );
        let mail_before = db.unsent_mail().await.expect("count");
        // Neither answers: both offers lapse in one pass, and the freed places go on down the
        // waitlist (one person left on it, so one place stays free).
        let later = test_now() + LIFETIMES.offer;
        assert_eq!(db.expire_due(later, LIFETIMES).await.expect("expire"), 2);
        assert_eq!(
            statuses(&db).await,
            [
                Status::Cancelled,
                Status::Cancelled,
                Status::Expired,
                Status::Expired,
                Status::Offered
            ]
        );
        let places = db.places(&event()).await.expect("places");
        assert_eq!((places.held, places.left()), (1, Some(1)));
        assert_eq!(
            db.unsent_mail().await.expect("count"),
            mail_before + 3,
            "two 'your offer expired' mails and one offer"
        );
        assert_eq!(
            db.expire_due(later, LIFETIMES).await.expect("again"),
            0,
            "nothing twice"
        );
    }
);
