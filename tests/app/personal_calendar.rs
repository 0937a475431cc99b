//! The attendee's calendar over a registration's life, through a real SMTP server: the
//! personal page's date and times in the attendee's zone, the `.ics` only while the place
//! is confirmed, the cancellation that removes the entry (RFC 5546 `METHOD:CANCEL`, read back
//! with Python's `icalendar` package), and a new registration mailed at once after it.

use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, free_port, plain, post, spawn_app_with_smtp};
use crate::smtp::{SmtpServer, received, start_smtp_taking};
use mail_parser::{Message, MimeHeaders};
use std::process::Command;

const FORM: &str = "/en/events/water-for-every-home-2026/register";

async fn register(app: &TestApp, email: &str, zone: &str) {
    let (cookie, csrf) = csrf_session(app.get(FORM).await).await;
    let fields = [
        ("csrf", csrf.as_str()),
        ("name", "Nur Aisyah"),
        ("email", email),
        ("country", "AU"),
        ("lang", "en"),
        ("tz", zone),
        ("attest", "on"),
        ("consent", "on"),
    ];
    assert_eq!(
        post(app, FORM, &cookie, &fields).await.status().as_u16(),
        303
    );
}

/// The mails the server holds whose subject starts with `subject`, in no particular order.
fn with_subject(server: &SmtpServer, subject: &str) -> Vec<Message<'static>> {
    received(server)
        .into_iter()
        .filter(|m| m.subject().is_some_and(|s| s.starts_with(subject)))
        .collect()
}

/// The site-relative address of the first link in `mail` starting with `marker`.
fn link(mail: &Message<'_>, marker: &str) -> String {
    crate::helpers::link_in(mail, marker)
}

/// Follows the confirmation link in the newest "Please confirm" mail; returns the personal
/// page the confirmation leads to.
async fn confirm(app: &TestApp, mail: &Message<'_>) -> String {
    let confirm = link(mail, "https://convene.example/en/registrations/confirm/");
    let (cookie, csrf) = csrf_session(app.get(&confirm).await).await;
    let response = post(app, &confirm, &cookie, &[("csrf", &csrf)]).await;
    assert_eq!(response.status().as_u16(), 303);
    response.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned()
}

/// The calendar attachment of `mail`: the `method` of its Content-Type and its text.
fn calendar_part(mail: &Message<'_>) -> Option<(String, String)> {
    let part = mail
        .attachments()
        .find(|a| a.attachment_name().is_some_and(|n| n.ends_with(".ics")))?;
    let method = part
        .content_type()
        .and_then(|ct| ct.attribute("method"))
        .unwrap_or_default()
        .to_owned();
    Some((
        method,
        String::from_utf8_lossy(part.contents()).into_owned(),
    ))
}

const ICALENDAR: &str = r#"
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = cal.walk("VEVENT")
assert len(events) == 1, events
e = events[0]
print(json.dumps({
  "method": str(cal.get("METHOD")), "uid": str(e.get("UID")),
  "sequence": int(e.get("SEQUENCE", 0)), "status": str(e.get("STATUS", "")),
  "start": e.decoded("DTSTART").isoformat(), "end": e.decoded("DTEND").isoformat(),
  "organizer": str(e.get("ORGANIZER", "")), "attendee": str(e.get("ATTENDEE", "")),
}))
"#;

/// `ics` as Python's `icalendar` reads it.
fn parsed(ics: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("entry.ics");
    std::fs::write(&path, ics).expect("write");
    let output = Command::new("python3")
        .args(["-c", ICALENDAR])
        .arg(&path)
        .output()
        .expect("python3 runs (scripts/setup installs icalendar)");
    assert!(
        output.status.success(),
        "icalendar refused the file: {}\n{ics}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("json")
}

both_backends!(
    the_calendar_entry_follows_the_registration_through_a_cancellation,
    |backend| async move {
        let server = start_smtp_taking(free_port(), 0).await;
        let app = spawn_app_with_smtp(backend, &format!("smtp://127.0.0.1:{}", server.port)).await;
        register(&app, "nur@example.org", "Australia/Perth").await;
        app.run_due_jobs().await.expect("deliver");
        let asks = with_subject(&server, "Please confirm");
        assert_eq!(asks.len(), 1);
        let first_link = link(
            &asks[0],
            "https://convene.example/en/registrations/confirm/",
        );
        let personal = confirm(&app, &asks[0]).await;

        // The personal page: the day in both calendars and the times in Perth (UTC+8), where
        // the end falls after midnight and says so; the calendar file is offered.
        let (status, html) = app.get_text(&personal).await;
        assert_eq!(status, 200);
        let page = plain(&html);
        assert!(page.contains("Your place is confirmed."));
        for shown in [
            "Rajab 14, 1448 AH",
            "Wednesday, December 23, 2026",
            "8:30\u{202f}PM Australian Western Time",
            "9:00\u{202f}PM Australian Western Time",
            "Thu, Dec 24, 12:30\u{202f}AM Australian Western Time",
            r#"datetime="2026-12-23T12:30:00Z""#,
        ] {
            assert!(page.contains(shown), "{shown:?} on the personal page");
        }
        let ics_href = format!("{personal}/calendar.ics");
        assert!(html.contains(&format!(r#"href="{ics_href}""#)));

        // The confirmation carries the entry; the personal page's file is the same entry.
        app.run_due_jobs().await.expect("deliver");
        let confirmed = with_subject(&server, "Your place is confirmed");
        assert_eq!(confirmed.len(), 1);
        let (method, ics) = calendar_part(&confirmed[0]).expect("a calendar file");
        assert_eq!(method, "PUBLISH");
        let published = parsed(&ics);
        assert_eq!(published["method"], "PUBLISH");
        assert_eq!(published["start"], "2026-12-23T12:30:00+00:00");
        assert_eq!(published["end"], "2026-12-23T16:30:00+00:00");
        assert_eq!(published["attendee"], "mailto:nur@example.org");
        assert_eq!(
            published["organizer"],
            "mailto:contact@water-alliance.example"
        );
        let response = app.get(&ics_href).await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(
            response.headers()["content-type"],
            "text/calendar; charset=utf-8"
        );
        let downloaded = parsed(&response.text().await.expect("body"));
        assert_eq!(downloaded["uid"], published["uid"]);

        // Cancelling mails a cancellation of that very entry, with a higher SEQUENCE.
        let (cookie, csrf) = csrf_session(app.get(&personal).await).await;
        let cancelled = post(
            &app,
            &format!("{personal}/cancel"),
            &cookie,
            &[("csrf", &csrf)],
        )
        .await;
        assert_eq!(cancelled.status().as_u16(), 303);
        app.run_due_jobs().await.expect("deliver");
        let cancellations = with_subject(&server, "Your registration is cancelled");
        assert_eq!(cancellations.len(), 1);
        let (method, ics) = calendar_part(&cancellations[0]).expect("a calendar cancellation");
        assert_eq!(
            method, "CANCEL",
            "the part's Content-Type says what it does"
        );
        let cancel = parsed(&ics);
        assert_eq!(cancel["method"], "CANCEL");
        assert_eq!(cancel["uid"], published["uid"]);
        assert_eq!(cancel["status"], "CANCELLED");
        assert!(
            cancel["sequence"].as_i64() > published["sequence"].as_i64(),
            "{cancel} after {published}"
        );

        // No calendar file any more: no link, and the address explains itself (410 Gone).
        let (_, html) = app.get_text(&personal).await;
        assert!(plain(&html).contains("You cancelled this registration."));
        assert!(!html.contains("calendar.ics"), "no link once cancelled");
        let (status, html) = app.get_text(&ics_href).await;
        assert_eq!(status, 410);
        assert!(html.contains("no longer active"), "{html}");
        assert!(
            html.contains(&format!(r#"href="{personal}""#)),
            "leads back"
        );

        // Registering again a minute later gets its confirmation mail at once (not ten
        // minutes after the last one), and a new entry.
        app.clock.advance(jiff::SignedDuration::from_mins(1));
        register(&app, "nur@example.org", "Australia/Perth").await;
        app.run_due_jobs().await.expect("deliver");
        let asks = with_subject(&server, "Please confirm");
        assert_eq!(asks.len(), 2, "mailed at once after cancelling");
        let marker = "https://convene.example/en/registrations/confirm/";
        let again = asks
            .iter()
            .find(|m| link(m, marker) != first_link)
            .expect("a new link");
        confirm(&app, again).await;
        app.run_due_jobs().await.expect("deliver");
        let confirmed = with_subject(&server, "Your place is confirmed");
        assert_eq!(confirmed.len(), 2);
        let uids: Vec<_> = confirmed
            .iter()
            .map(|m| parsed(&calendar_part(m).expect("calendar").1)["uid"].clone())
            .collect();
        assert!(uids.contains(&published["uid"]));
        assert_ne!(
            uids[0], uids[1],
            "never an entry a calendar holds as cancelled"
        );

        // A further sign-up straight after is a repeat: throttled as before.
        register(&app, "nur@example.org", "Australia/Perth").await;
        app.run_due_jobs().await.expect("deliver");
        assert_eq!(received(&server).len(), 5, "repeats wait");
    }
);

both_backends!(
    a_waitlisted_attendee_is_offered_no_calendar_file_yet,
    |backend| async move {
        let app = crate::helpers::spawn_app(backend).await;
        let slug = "water-for-every-home-2026".parse().expect("slug");
        app.state
            .db
            .set_capacity(&slug, Some(1), app.state.clock.now(), app.state.lifetimes)
            .await
            .expect("capacity");
        let first =
            crate::registration_flow::confirmed_registration(&app, "first@example.org").await;
        let second =
            crate::registration_flow::confirmed_registration(&app, "second@example.org").await;
        let (_, html) = app.get_text(&first).await;
        assert!(
            html.contains("calendar.ics"),
            "the confirmed place has its file"
        );
        let (_, html) = app.get_text(&second).await;
        let page = plain(&html);
        assert!(page.contains("You are number 1 on the waitlist."), "{page}");
        assert!(
            page.contains("5:30\u{202f}PM Pakistan Time"),
            "the times are shown all the same"
        );
        assert!(
            !html.contains("calendar.ics"),
            "no calendar file on the waitlist"
        );
        let (status, html) = app.get_text(&format!("{second}/calendar.ics")).await;
        assert_eq!(status, 404);
        assert!(
            html.contains("ready once your place is confirmed"),
            "{html}"
        );
    }
);
