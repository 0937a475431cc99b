//! Attendance: the hall records when each attendee's windows join and leave (a window whose
//! instance died counts until its last heartbeat); organisers see who attended, minutes and
//! segments seen as a table, CSV and SVG charts, and issue certificates above a threshold
//! with a public verification address; attendees see their own attendance.

use crate::admin::{get_with, person, session_cookie};
use crate::both_backends;
use crate::hall::{EVENT, attendee, open_the_doors};
use crate::helpers::{csrf_session, eventually, plain, post, spawn_app};
use crate::sse::Sse;
use convene::admin::Role;
use convene::domain::Slug;
use jiff::SignedDuration;
use std::time::Duration;

fn event() -> Slug {
    EVENT.parse().expect("slug")
}

both_backends!(
    windows_are_recorded_and_organisers_see_attendance_and_issue_certificates,
    |backend| async move {
        let app = spawn_app(backend).await;
        let e = open_the_doors(&app).await;
        let start = e.doors_open_at + SignedDuration::from_hours(1);
        let (a, hall_a) = attendee(&app, "stayed@example.org").await;
        let (b, hall_b) = attendee(&app, "briefly@example.org").await;

        // A opens two windows at once (counted once) for 40 minutes; B one for 5.
        let mut a1 = Sse::open(&app.address, &format!("{hall_a}/updates"), None, "").await;
        a1.next_any().await.expect("hello");
        let mut a2 = Sse::open(&app.address, &format!("{hall_a}/updates"), None, "").await;
        a2.next_any().await.expect("hello");
        let mut b1 = Sse::open(&app.address, &format!("{hall_b}/updates"), None, "").await;
        b1.next_any().await.expect("hello");
        app.clock.set(start + SignedDuration::from_mins(5));
        drop(b1);
        left(&app, b, 1).await;
        app.clock.set(start + SignedDuration::from_mins(40));
        drop(a1);
        drop(a2);
        left(&app, a, 2).await;
        let stays = app.state.db.stays(&event(), Some(a)).await.expect("stays");
        assert!(stays.iter().all(|s| s.joined == start
            && s.left == Some(start + SignedDuration::from_mins(40))));

        // The organisers' table, charts and CSV.
        let owner = person(&app, "owner@example.org", Role::Owner, None).await;
        let cookie = session_cookie(&app, owner).await;
        let path = format!("/admin/events/{EVENT}/attendance");
        let page = get_with(&app, &path, &cookie).await;
        assert_eq!(page.status().as_u16(), 200);
        let html = plain(&page.text().await.expect("body"));
        let row_a = row(&html, a);
        assert!(row_a.contains("<td>40</td>"), "{row_a}");
        assert!(row_a.contains("stayed@example.org"), "{row_a}");
        let row_b = row(&html, b);
        assert!(row_b.contains("<td>5</td>"), "{row_b}");
        assert_eq!(html.matches(r#"<svg class="chart""#).count(), 2, "{html}");
        assert!(
            html.contains(r#"role="img" aria-label="Arrivals over time"#),
            "{html}"
        );
        assert!(
            html.contains(r#"role="img" aria-label="Attendees per segment""#),
            "{html}"
        );
        assert!(
            html.contains("The same as a table"),
            "each chart has its table"
        );

        let csv = get_with(&app, &format!("{path}.csv"), &cookie).await;
        assert_eq!(csv.status().as_u16(), 200);
        assert!(
            csv.headers()["content-type"]
                .to_str()
                .expect("ascii")
                .starts_with("text/csv")
        );
        let csv = csv.text().await.expect("body");
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some(
                "registration,name,email,minutes,segments_seen,first_joined,last_left,certificate"
            )
        );
        let line_a = csv
            .lines()
            .find(|l| l.starts_with(&format!("{a},")))
            .expect("A's line");
        assert!(line_a.contains(",stayed@example.org,40,"), "{line_a}");

        // Certificates for at least 30 minutes: A, not B; the threshold must be a number.
        let (_, csrf) = csrf_session(get_with(&app, &path, &cookie).await).await;
        let issue = format!("{path}/certificates");
        let refused = post(
            &app,
            &issue,
            &cookie,
            &[("csrf", csrf.as_str()), ("minutes", "lots")],
        )
        .await;
        assert_eq!(refused.status().as_u16(), 422);
        let issued = post(
            &app,
            &issue,
            &cookie,
            &[("csrf", csrf.as_str()), ("minutes", "30")],
        )
        .await;
        assert_eq!(issued.status().as_u16(), 303);
        let certificates = app
            .state
            .db
            .certificates(&event())
            .await
            .expect("certificates");
        assert_eq!(certificates.len(), 1);
        assert_eq!(
            (certificates[0].registration, certificates[0].minutes),
            (a, 40)
        );
        // Issuing again gives nobody a second one.
        let again = post(
            &app,
            &issue,
            &cookie,
            &[("csrf", csrf.as_str()), ("minutes", "1")],
        )
        .await;
        assert_eq!(again.status().as_u16(), 303);
        let certificates = app
            .state
            .db
            .certificates(&event())
            .await
            .expect("certificates");
        assert_eq!(
            certificates.len(),
            2,
            "B now qualifies; A keeps the one issued"
        );
        let of_a = certificates
            .iter()
            .find(|c| c.registration == a)
            .expect("A's");
        assert_eq!(of_a.threshold, 30);

        // The verification address: in the attendee's language, no e-mail address.
        let html = plain(
            &get_with(&app, &path, &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        let address = format!("/en/certificates/{}", of_a.token);
        assert!(row(&html, a).contains(&address), "{html}");
        let certificate = app.get(&address).await;
        assert_eq!(certificate.status().as_u16(), 200);
        assert_eq!(certificate.headers()["x-robots-tag"], "noindex");
        let body = plain(&certificate.text().await.expect("body"));
        assert!(body.contains("Certificate of attendance"), "{body}");
        assert!(body.contains("Hall Attendee"), "{body}");
        assert!(body.contains("for 40 minutes"), "{body}");
        assert!(!body.contains("@example.org"), "{body}");
        let arabic = plain(
            &app.get_text(&format!("/ar/certificates/{}", of_a.token))
                .await
                .1,
        );
        assert!(arabic.contains("شهادة حضور"), "{arabic}");
        let guessed = app
            .get(&format!("/en/certificates/{}", "0".repeat(32)))
            .await;
        assert_eq!(guessed.status().as_u16(), 404);

        // The attendee's own page.
        let token = hall_a.trim_start_matches("/en/hall/");
        let own = plain(&app.get_text(&format!("/en/registrations/{token}")).await.1);
        assert!(
            own.contains("You were in the hall for 40 minutes."),
            "{own}"
        );
        assert!(own.contains(&address), "{own}");

        // Audited.
        let audit = app.state.db.audit_log(20).await.expect("audit");
        assert!(
            audit
                .iter()
                .any(|e| e.action == "issued certificates of attendance")
        );
        assert!(audit.iter().any(|e| e.action == "exported attendance"));

        // Erasing one's data erases one's attendance and certificate too.
        let (_, nonces) = app.state.db.link_nonces(b).await.expect("read").expect("B");
        let erased = app
            .state
            .db
            .erase(
                b,
                &nonces.access,
                app.state.clock.now(),
                app.state.lifetimes,
            )
            .await
            .expect("erase");
        assert!(erased);
        assert!(
            app.state
                .db
                .stays(&event(), Some(b))
                .await
                .expect("stays")
                .is_empty()
        );
        let certificates = app
            .state
            .db
            .certificates(&event())
            .await
            .expect("certificates");
        assert_eq!(
            certificates
                .iter()
                .map(|c| c.registration)
                .collect::<Vec<_>>(),
            [a]
        );
    }
);

both_backends!(
    a_window_whose_instance_died_counts_until_its_last_heartbeat,
    |backend| async move {
        let app = spawn_app(backend).await;
        let e = open_the_doors(&app).await;
        let start = e.doors_open_at + SignedDuration::from_hours(1);
        let (a, _) = attendee(&app, "lost@example.org").await;
        let db = &app.state.db;
        // A window on an instance that then died: joined, one heartbeat 12 minutes later,
        // never a leave.
        db.join_hall(&event(), a, "gone", start)
            .await
            .expect("join");
        db.attendance_heartbeat("gone", start, start + SignedDuration::from_mins(12))
            .await
            .expect("heartbeat");
        // The instance restarts under the same name: it renews only what it joined since,
        // so the previous run's window is not kept alive.
        db.attendance_heartbeat(
            "gone",
            start + SignedDuration::from_mins(30),
            start + SignedDuration::from_mins(40),
        )
        .await
        .expect("heartbeat of the next run");
        let report_at = |now| async move {
            let stays = db.stays(&event(), None).await.expect("stays");
            convene::attendance::report::attended(&stays, &[], now)[0].minutes
        };
        // While its heartbeat is fresh it is open, counting until now.
        assert_eq!(report_at(start + SignedDuration::from_mins(12)).await, 12);
        assert_eq!(
            report_at(start + SignedDuration::from_mins(12) + SignedDuration::from_secs(20)).await,
            12
        );
        // Long after, it ended at its last heartbeat, not now.
        assert_eq!(report_at(start + SignedDuration::from_hours(3)).await, 12);
        // Any instance's sweep closes it there, once.
        let closed = db
            .close_lost_stays(start + SignedDuration::from_hours(3))
            .await
            .expect("close");
        assert_eq!(closed, 1);
        let stays = db.stays(&event(), Some(a)).await.expect("stays");
        assert_eq!(stays[0].left, Some(start + SignedDuration::from_mins(12)));
        assert_eq!(
            db.close_lost_stays(start + SignedDuration::from_hours(4))
                .await
                .expect("again"),
            0
        );
        // A window whose instance is alive stays open however long ago it joined: its run's
        // one heartbeat row keeps it (no per-window write), and it is seen until then.
        let (b, _) = attendee(&app, "alive@example.org").await;
        db.join_hall(&event(), b, "alive", start)
            .await
            .expect("join");
        let beat = start + SignedDuration::from_hours(5);
        db.attendance_heartbeat("alive", start, beat)
            .await
            .expect("heartbeat");
        assert_eq!(db.close_lost_stays(beat).await.expect("sweep"), 0);
        let stays = db.stays(&event(), Some(b)).await.expect("stays");
        assert_eq!((stays[0].seen, stays[0].left), (beat, None));
        // Once that run stops renewing, a sweep closes the window at the run's last heartbeat.
        let later = beat + SignedDuration::from_hours(1);
        assert_eq!(db.close_lost_stays(later).await.expect("sweep"), 1);
        let stays = db.stays(&event(), Some(b)).await.expect("stays");
        assert_eq!(stays[0].left, Some(beat));
    }
);

both_backends!(
    windows_open_when_an_instance_stops_are_recorded_as_left,
    |backend| async move {
        // A second instance on the same database holds the windows and is stopped (as by
        // SIGTERM); the first reads what it wrote. Many windows at once: their leaves queue
        // for the database while the stopping instance closes its pool.
        const ATTENDEES: usize = 20;
        let app = spawn_app(backend).await;
        let e = open_the_doors(&app).await;
        let stopping = app.second_instance().await;
        stopping
            .clock
            .set(e.doors_open_at + SignedDuration::from_hours(1));
        let mut windows = Vec::new();
        for n in 0..ATTENDEES {
            let (_, hall) = attendee(&app, &format!("stop{n}@example.org")).await;
            for _ in 0..convene::hall::STREAMS_PER_ATTENDEE {
                let mut window =
                    Sse::open(&stopping.address, &format!("{hall}/updates"), None, "").await;
                window.next_any().await.expect("hello");
                windows.push(window);
            }
        }
        let all = windows.len();
        let stays = app.state.db.stays(&event(), None).await.expect("stays");
        assert_eq!(stays.len(), all);
        assert!(stays.iter().all(|s| s.left.is_none()));

        // The instance stops with every window open: each is recorded as left, now, before
        // its database connections close (not closed later at its last heartbeat by a sweep,
        // which never comes here: no clock moves).
        drop(stopping);
        eventually(
            "every window of the stopped instance is recorded as left",
            Duration::from_secs(30),
            || async {
                let stays = app.state.db.stays(&event(), None).await.expect("stays");
                stays.len() == all && stays.iter().all(|s| s.left.is_some())
            },
        )
        .await;
        drop(windows);
    }
);

/// Waits until `n` stays of `registration` have a leave written.
async fn left(app: &crate::helpers::TestApp, registration: i64, n: usize) {
    eventually(
        "the windows' leave is recorded",
        Duration::from_secs(30),
        || async move {
            let stays = app
                .state
                .db
                .stays(&event(), Some(registration))
                .await
                .expect("stays");
            stays.len() == n && stays.iter().all(|s| s.left.is_some())
        },
    )
    .await;
}

/// The table row of a registration.
fn row(html: &str, registration: i64) -> String {
    let start = html
        .find(&format!(r#"<tr id="attendee-{registration}">"#))
        .unwrap_or_else(|| panic!("no row for {registration}: {html}"));
    let end = html[start..].find("</tr>").expect("row end");
    html[start..start + end].to_owned()
}
