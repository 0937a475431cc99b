//! Attendance outlives a crash: an attendee's hall window on an instance killed with
//! SIGKILL (no leave is ever written) is closed by another instance at the window's last
//! heartbeat, while a window closed normally on a live instance ends when it closed. Real
//! processes of the reference cluster on PostgreSQL, so the only clocks are the instances'.

use crate::cluster::{Cluster, EVENT};
use crate::hall_nodes::attendee;
use crate::helpers::{Backend, eventually, fresh_database_url};
use convene::domain::Slug;
use convene::storage::{Database, StoredStay};
use std::time::Duration;

/// During the demo edition (the hall is open).
const DURING_THE_EVENT: &str = "2026-12-19T13:00:00Z";
/// A stay is swept 30 s (`ALIVE_FOR`) after its last heartbeat, which comes every 10 s; the
/// instances tick every 2 s. Generous for a busy machine.
const SWEPT_WITHIN: Duration = Duration::from_secs(120);

async fn stays(db: &Database, event: &Slug) -> Vec<StoredStay> {
    db.stays(event, None).await.expect("stays")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_window_on_a_killed_instance_is_closed_at_its_last_heartbeat() {
    let dir = tempfile::tempdir().expect("dir");
    let database_url = fresh_database_url(Backend::Postgres, dir.path()).await;
    let cluster = Cluster::up(database_url.clone(), 40, DURING_THE_EVENT).await;
    let db = Database::connect(&database_url).await.expect("database");
    let event: Slug = EVENT.parse().expect("slug");
    let key = cluster.link_key();
    let http = reqwest::Client::new();

    // One attendee follows the hall on instance 2, another on instance 3.
    let mut windows = Vec::new();
    for n in [2, 3] {
        let hall = attendee(&db, &key, &format!("stay{n}@example.org")).await;
        let stream = http
            .get(format!("{}{hall}/updates", cluster.instance(n)))
            .send()
            .await
            .expect("the hall's update stream");
        assert_eq!(stream.status().as_u16(), 200, "the stream on instance {n}");
        windows.push(stream);
    }
    eventually(
        "both windows are recorded",
        Duration::from_secs(20),
        || async { stays(&db, &event).await.len() == 2 },
    )
    .await;
    let on_two = stays(&db, &event).await[0].registration;

    // Instance 2 dies; the window on instance 3 is closed by its attendee.
    cluster.kill(2).await;
    let killed_at = stays(&db, &event).await;
    let closed_window = windows.pop().expect("instance 3's window");
    drop(closed_window);
    drop(windows);

    eventually(
        "the dead instance's window is closed by a live one",
        SWEPT_WITHIN,
        || async { stays(&db, &event).await.iter().all(|s| s.left.is_some()) },
    )
    .await;
    let after = stays(&db, &event).await;
    for stay in &after {
        let left = stay.left.expect("closed");
        assert!(left >= stay.joined, "{stay:?}");
        if stay.registration == on_two {
            // Closed at its last sign of life: the heartbeat seen when it died.
            let before = killed_at
                .iter()
                .find(|s| s.registration == on_two)
                .expect("the stay before the kill");
            assert_eq!(left, stay.seen, "closed at its last heartbeat: {stay:?}");
            // Nothing renewed it after its instance died (a heartbeat already on its way to
            // the database when the process was killed may still land: at most one).
            assert!(
                stay.seen.duration_since(before.seen) < jiff::SignedDuration::from_secs(10),
                "renewed after its instance died: {stay:?} (at the kill: {before:?})"
            );
        } else {
            // Closed when its attendee left, which the live instance saw after the kill.
            assert!(left >= stay.seen, "{stay:?}");
        }
    }
    db.close().await;
}
