//! The counts every instance shares, on both backends: rate-limit windows counted by one
//! upsert that never lets more than the limit through (even at once), the cap on a
//! registration's open hall windows with heartbeats, and the pruning of what no one reads.

use crate::both_backends;
use crate::helpers::{fresh_database, test_now};
use convene::admin::throttle::{NETWORK, quiet_since};
use convene::storage::Reservation;
use jiff::SignedDuration;

both_backends!(
    a_rate_limit_window_counts_up_to_its_limit_even_at_once,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        let ends = test_now().as_second() + 600;
        assert!(db.count_hit("forms", "k", ends, 2).await.expect("hit"));
        assert!(db.count_hit("forms", "k", ends, 2).await.expect("hit"));
        assert!(
            !db.count_hit("forms", "k", ends, 2).await.expect("hit"),
            "over"
        );
        assert!(
            db.count_hit("forms", "other", ends, 2).await.expect("hit"),
            "keys apart"
        );
        assert!(
            db.count_hit("search", "k", ends, 2).await.expect("hit"),
            "limits apart"
        );
        assert!(
            db.count_hit("forms", "k", ends + 600, 2)
                .await
                .expect("hit"),
            "next window"
        );

        // Twenty at once, as from several instances: exactly the limit counts.
        let hits = (0..20).map(|_| db.count_hit("burst", "k", ends, 5));
        let counted = futures_util::future::join_all(hits)
            .await
            .into_iter()
            .map(|r| r.expect("hit"))
            .filter(|counted| *counted)
            .count();
        assert_eq!(counted, 5);
    }
);

both_backends!(
    pruning_drops_ended_windows_and_quiet_sign_in_counts,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        let now = test_now();
        let ends = now.as_second() + 600;
        for key in ["a", "b"] {
            assert!(db.count_hit("forms", key, ends, 5).await.expect("hit"));
        }
        let keys = vec![("net-1".to_owned(), NETWORK), ("net-2".to_owned(), NETWORK)];
        let reserved = db
            .reserve_attempt(&keys, now, quiet_since(now))
            .await
            .expect("reserve");
        assert_eq!(reserved, Reservation::Granted);
        let prune = |at: jiff::Timestamp| {
            let db = db.clone();
            async move { db.prune_counters(at, quiet_since(at)).await.expect("prune") }
        };
        assert_eq!(prune(now).await, 0, "nothing has ended yet");
        assert_eq!(
            prune(now + SignedDuration::from_mins(10)).await,
            2,
            "the window ended"
        );
        assert!(
            db.count_hit("forms", "a", ends, 1).await.expect("hit"),
            "counted anew"
        );
        assert_eq!(prune(now + SignedDuration::from_hours(23)).await, 1);
        assert_eq!(
            prune(now + SignedDuration::from_hours(25)).await,
            2,
            "a day quiet: the sign-in counts would start again at one"
        );
    }
);

both_backends!(
    hall_window_slots_are_capped_across_instances_until_an_instance_dies,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        let now = test_now();
        let alive = now + convene::hall::ALIVE_FOR;
        db.hall_instance_alive("a", alive).await.expect("heartbeat");
        db.hall_instance_alive("b", alive).await.expect("heartbeat");
        let claim = |instance: &'static str, token: &'static str, at| {
            let db = db.clone();
            async move {
                db.claim_hall_window(7, 3, (instance, token), at)
                    .await
                    .expect("claim")
            }
        };
        assert_eq!(claim("a", "t1", now).await, Some(0));
        assert_eq!(claim("b", "t2", now).await, Some(1));
        assert_eq!(claim("a", "t3", now).await, Some(2));
        assert_eq!(claim("b", "t4", now).await, None, "three slots, all held");
        // A window that closes frees its slot, for any instance.
        db.release_hall_windows(&[(7, 1, "t2".to_owned())])
            .await
            .expect("release");
        assert_eq!(claim("b", "t5", now).await, Some(1));
        // A release of a slot someone took since frees nothing.
        db.release_hall_windows(&[(7, 1, "t2".to_owned())])
            .await
            .expect("release");
        assert_eq!(claim("b", "t6", now).await, None);
        // Instance a dies: once its heartbeat runs out, its slots are free.
        let later = alive + SignedDuration::from_secs(1);
        db.hall_instance_alive("b", later + convene::hall::ALIVE_FOR)
            .await
            .expect("heartbeat");
        assert_eq!(claim("b", "t7", later).await, Some(0));
        assert_eq!(claim("b", "t8", later).await, Some(2));
        assert_eq!(claim("b", "t9", later).await, None);
        // Pruning drops a's heartbeat (its windows were all taken over); b's stay.
        assert_eq!(
            db.prune_counters(later, quiet_since(later))
                .await
                .expect("prune"),
            1
        );
        assert_eq!(claim("a", "t10", later).await, None);
        // An instance that stops frees its windows at once.
        db.forget_hall_instance("b").await.expect("forget");
        db.hall_instance_alive("a", later + convene::hall::ALIVE_FOR)
            .await
            .expect("heartbeat");
        assert_eq!(claim("a", "t11", later).await, Some(0));
    }
);
