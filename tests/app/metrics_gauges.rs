//! The gauges and counters of `/metrics` that need a scene set first: the waitlist by event
//! (site-wide, from the database), failed mail by kind, and open hall streams by event.

use crate::both_backends;
use crate::hall::{EVENT, attendee, open_the_doors};
use crate::helpers::{TestApp, eventually, spawn_app_with};
use crate::metrics::{TOKEN, parse, value};
use crate::sse::Sse;
use secrecy::SecretString;
use std::time::Duration;

type Samples = Vec<(String, std::collections::BTreeMap<String, String>, f64)>;

async fn scrape(app: &TestApp) -> (String, Samples) {
    let response = app
        .client
        .get(format!("{}/metrics", app.address))
        .bearer_auth(TOKEN)
        .send()
        .await
        .expect("scrape");
    assert_eq!(response.status(), 200);
    let text = response.text().await.expect("body");
    let samples = parse(&text);
    (text, samples)
}

both_backends!(
    metrics_show_the_waitlist_failed_mail_and_hall_streams_by_event,
    |backend| async move {
        // Port 9 (discard) has no listener here: every SMTP connection is refused.
        let app = spawn_app_with(backend, |layer| {
            layer.metrics_token = Some(SecretString::from(TOKEN));
            layer.smtp_url = Some(SecretString::from("smtp://127.0.0.1:9"));
        })
        .await;
        let event = EVENT.parse().expect("slug");
        app.state
            .db
            .set_capacity(&event, Some(1), app.state.clock.now(), app.state.lifetimes)
            .await
            .expect("capacity");
        let (_, hall) = attendee(&app, "placed@example.org").await;
        attendee(&app, "waiting-one@example.org").await;
        attendee(&app, "waiting-two@example.org").await;
        let (text, samples) = scrape(&app).await;
        assert_eq!(
            value(&samples, "convene_waitlist_length", &[("event", EVENT)]),
            Some(2.0),
            "{text}"
        );
        assert_eq!(
            value(&samples, "convene_mail_failures_total", &[]),
            None,
            "nothing tried yet"
        );

        // Their mail is tried and fails: counted by kind, and no address in the text.
        app.run_due_jobs().await.expect("run");
        let (text, samples) = scrape(&app).await;
        let failed: f64 = samples
            .iter()
            .filter(|(name, _, _)| name == "convene_mail_failures_total")
            .map(|s| s.2)
            .sum();
        assert!(failed >= 3.0, "{text}");
        assert!(
            samples
                .iter()
                .any(|(name, labels, v)| name == "convene_mail_failures_total"
                    && labels.get("mail").is_some_and(|m| m == "confirmed")
                    && *v >= 1.0),
            "{text}"
        );
        assert!(!text.contains("@example.org"), "{text}");

        // An open hall stream counts for its event while it is open.
        open_the_doors(&app).await;
        assert_eq!(
            value(&samples, "convene_hall_connections", &[("event", EVENT)]).unwrap_or(0.0),
            0.0
        );
        let stream = Sse::open(&app.address, &format!("{hall}/updates"), None, "").await;
        let (text, samples) = scrape(&app).await;
        assert_eq!(
            value(&samples, "convene_hall_connections", &[("event", EVENT)]),
            Some(1.0),
            "{text}"
        );
        drop(stream);
        eventually(
            "the closed stream is counted out",
            Duration::from_secs(5),
            || async {
                let (_, samples) = scrape(&app).await;
                value(&samples, "convene_hall_connections", &[("event", EVENT)]) == Some(0.0)
            },
        )
        .await;
    }
);
