//! Organisers see the job queue: waiting jobs, the oldest one's age, failed jobs with their
//! last error, and a retry button (CSRF-checked, audited).

use crate::admin::{get_with, person, session_cookie};
use crate::both_backends;
use crate::helpers::{csrf_session, plain, post, spawn_app, test_now};
use convene::admin::Role;
use convene::jobs::LEASE;

both_backends!(
    organisers_see_a_failed_mail_with_its_error_and_retry_it,
    |backend| async move {
        let app = spawn_app(backend).await;
        let db = &app.state.db;
        let editor = person(&app, "office@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, editor).await;
        db.sign_up(
            &convene::registration::NewRegistration {
                event: "water-for-every-home-2026".parse().expect("slug"),
                email: "bounce@example.org".parse().expect("email"),
                name: "Nadia Benali".parse().expect("name"),
                country: "DZ".parse().expect("country"),
                lang: "fr".parse().expect("lang"),
                time_zone: "Africa/Algiers".parse().expect("zone"),
            },
            "0123456789abcdef0123456789abcdef",
            "fedcba9876543210fedcba9876543210",
            test_now(),
            app.state.lifetimes,
        )
        .await
        .expect("sign up");
        let (csrf_cookie, token) = csrf_session(get_with(&app, "/admin/jobs", &cookie).await).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let html = plain(
            &get_with(&app, "/admin/jobs", &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        assert!(html.contains(r#"<dd id="jobs-waiting">1</dd>"#), "{html}");
        assert!(html.contains("No job has failed."), "{html}");
        // The relay refuses the address for good, eight times: the mail is parked.
        let now = app.state.clock.now();
        let claimed = db
            .claim_jobs("w", now, now + LEASE, 10)
            .await
            .expect("claim");
        assert_eq!(claimed.len(), 1);
        let id = claimed[0].id;
        db.fail_job(id, None, "SMTP permanent failure (550)", now)
            .await
            .expect("park");
        let html = plain(
            &get_with(&app, "/admin/jobs", &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        assert!(html.contains(r#"<dd id="jobs-waiting">0</dd>"#), "{html}");
        assert!(html.contains("SMTP permanent failure (550)"), "{html}");
        assert!(html.contains(&format!("/admin/jobs/{id}/retry")), "{html}");
        // The registration's page says the same.
        let registration = claimed[0].mail().map(|m| match m {
            convene::storage::MailAbout::Registration { id, .. } => id,
            other => panic!("{other:?}"),
        });
        let page = format!("/admin/registrations/{}", registration.expect("a mail"));
        let html = plain(
            &get_with(&app, &page, &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        assert!(html.contains("failed after 1 attempts"), "{html}");
        // A retry without the form's token changes nothing.
        let refused = post(
            &app,
            &format!("/admin/jobs/{id}/retry"),
            &cookie,
            &[("csrf", "forged")],
        )
        .await;
        assert_eq!(refused.status().as_u16(), 403);
        assert_eq!(
            db.queue_summary(now).await.expect("summary").failed.len(),
            1
        );
        // With it, the job waits again and the audit log says who did it.
        let retried = post(
            &app,
            &format!("/admin/jobs/{id}/retry"),
            &cookie,
            &[("csrf", token.as_str())],
        )
        .await;
        assert_eq!(retried.status().as_u16(), 303);
        let summary = db.queue_summary(now).await.expect("summary");
        assert_eq!((summary.waiting, summary.failed.len()), (1, 0));
        let audit = db.audit_log(10).await.expect("audit");
        assert!(
            audit
                .iter()
                .any(|e| e.action == "retried a failed job" && e.subject == format!("job {id}")),
            "{audit:?}"
        );
        app.clock.advance(jiff::SignedDuration::from_mins(5));
        let html = plain(
            &get_with(&app, "/admin/jobs", &cookie)
                .await
                .text()
                .await
                .expect("body"),
        );
        assert!(
            html.contains("5 min ago"),
            "the oldest waiting job's age: {html}"
        );
        assert_eq!(app.run_due_jobs().await.expect("run"), 1, "sent this time");
    }
);
