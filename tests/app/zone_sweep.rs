//! One source of truth for every instant shown (issue 15): for visitors in zones on both
//! sides of the date line, the event page (the visitor's own line and the cities table), the
//! personal page, the hall, the confirmation mail, the calendar file and the JSON API say the
//! same three instants, and each names the local day they fall on there — the day before in
//! Pago Pago, the day after in Kiritimati, start and end after midnight in Sydney.
//!
//! The expected texts are written here with jiff's own `strftime`, not with the app's ICU
//! formatters, so a disagreement in the app cannot hide in the expectation.

use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, demo_content, link_in, mails, plain, post};
use jiff::Timestamp;
use jiff::tz::TimeZone;

const SLUG: &str = "water-for-every-home-2026";

/// West of the date line to east of it, with half- and quarter-hour offsets.
const ZONES: [&str; 6] = [
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Australia/Sydney",
    "America/Los_Angeles",
    "Asia/Tehran",
    "Asia/Kathmandu",
];

/// The demo event's doors, start and end, from the content itself.
fn instants() -> [Timestamp; 3] {
    let (content, _) = demo_content();
    let e = content
        .events
        .iter()
        .find(|e| e.slug.as_str() == SLUG)
        .expect("the demo event");
    [e.doors_open_at, e.starts_at, e.ends_at]
}

fn utc(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// ICU writes a narrow no-break space before "AM"/"PM"; compare with plain spaces.
fn spaces(text: &str) -> String {
    plain(text).replace(['\u{202f}', '\u{a0}'], " ")
}

/// "8:30 PM" at `at` in `zone`.
fn clock(at: Timestamp, zone: &TimeZone) -> String {
    at.to_zoned_datetime(zone.clone())
        .strftime("%-I:%M %p")
        .to_string()
}

/// "Thu, Dec 24, 12:30 AM" at `at` in `zone`.
fn day_and_clock(at: Timestamp, zone: &TimeZone) -> String {
    at.to_zoned_datetime(zone.clone())
        .strftime("%a, %b %-d, %-I:%M %p")
        .to_string()
}

/// The `<time datetime="…">text</time>` elements inside the element that starts at `marker`
/// and ends at `end`: (datetime, text without isolates).
fn times_in(page: &str, marker: &str, end: &str) -> Vec<(String, String)> {
    let start = page
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} on the page"));
    let part = &page[start..];
    let part = &part[..part.find(end).unwrap_or(part.len())];
    part.split("<time ")
        .skip(1)
        .map(|t| {
            let datetime = t
                .split("datetime=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .expect("a datetime")
                .to_owned();
            let text = t
                .split_once('>')
                .map(|(_, rest)| rest.split("</time>").next().unwrap_or_default())
                .unwrap_or_default();
            (datetime, spaces(text))
        })
        .collect()
}

/// The text from `marker` to the end of its paragraph, tags and isolates removed.
fn times_note(page: &str, marker: &str) -> String {
    let start = page.find(marker).unwrap_or_else(|| panic!("{marker}"));
    let part = &page[start + marker.len()..];
    let part = &part[..part.find("</p>").unwrap_or(part.len())];
    let mut text = String::new();
    let mut in_tag = false;
    for c in part.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    spaces(&text)
}

/// Registers in English from `zone`, confirms by the mailed link and returns the personal
/// page's address.
async fn register_and_confirm(app: &TestApp, n: usize, zone: &str) -> String {
    let form = format!("/en/events/{SLUG}/register");
    let (cookie, csrf) = csrf_session(app.get(&form).await).await;
    let email = format!("sweep{n}@example.org");
    let fields = [
        ("csrf", csrf.as_str()),
        ("name", "Sione Tuilagi"),
        ("email", email.as_str()),
        ("country", "AS"),
        ("lang", "en"),
        ("tz", zone),
        ("attest", "on"),
        ("consent", "on"),
        ("website", ""),
    ];
    let response = post(app, &form, &cookie, &fields).await;
    assert_eq!(response.status().as_u16(), 303, "{zone}: registered");
    app.run_due_jobs().await.expect("deliver");
    let ask = mails(app)
        .into_iter()
        .rev()
        .find(|m| m.to().and_then(|t| t.first()).and_then(|a| a.address()) == Some(email.as_str()))
        .expect("the confirmation request");
    let confirm = link_in(&ask, "https://convene.example/en/registrations/confirm/");
    let (cookie, csrf) = csrf_session(app.get(&confirm).await).await;
    let response = post(app, &confirm, &cookie, &[("csrf", &csrf)]).await;
    assert_eq!(response.status().as_u16(), 303, "{zone}: confirmed");
    response.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned()
}

/// The text body of the newest mail to `email` whose subject starts with `subject`.
fn mail_text(app: &TestApp, email: &str, subject: &str) -> String {
    mails(app)
        .into_iter()
        .rev()
        .find(|m| {
            m.to().and_then(|t| t.first()).and_then(|a| a.address()) == Some(email)
                && m.subject().is_some_and(|s| s.starts_with(subject))
        })
        .and_then(|m| m.body_text(0).map(|t| t.into_owned()))
        .unwrap_or_else(|| panic!("a mail {subject:?} to {email}"))
}

/// The DTSTART and DTEND of a calendar file, as UTC instants.
fn ics_instants(ics: &str) -> (String, String) {
    let field = |name: &str| {
        let line = ics
            .lines()
            .find(|l| l.starts_with(&format!("{name}:")))
            .unwrap_or_else(|| panic!("{name} in {ics}"));
        let value = line[name.len() + 1..].trim();
        jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", value)
            .and_then(|dt| dt.to_zoned_datetime(TimeZone::UTC))
            .map(|z| utc(z.timestamp()))
            .unwrap_or_else(|e| panic!("{name} {value}: {e}"))
    };
    (field("DTSTART"), field("DTEND"))
}

both_backends!(
    every_page_mail_file_and_api_agree_on_the_instants_and_their_local_days_around_the_world,
    |backend| async move {
        let app = crate::helpers::spawn_app(backend).await;
        let [doors, starts, ends] = instants();
        let expected_utc = [utc(doors), utc(starts), utc(ends)];

        // The JSON API: the instants in UTC, each chapter's local start and doors.
        let api: serde_json::Value = app
            .get(&format!("/api/v1/events/{SLUG}"))
            .await
            .json()
            .await
            .expect("json");
        for (key, want) in ["doors_open_at", "starts_at", "ends_at"]
            .iter()
            .zip(&expected_utc)
        {
            assert_eq!(api[key]["utc"], *want, "API {key}");
        }

        // The cities table: each city's own doors day and times, the same as the API's.
        let (_, page) = app.get_text(&format!("/en/events/{SLUG}")).await;
        let chapters = api["chapters"].as_array().expect("chapters");
        assert!(chapters.len() >= 6, "{chapters:?}");
        for chapter in chapters {
            let zone = TimeZone::get(chapter["time_zone"].as_str().expect("zone")).expect("tz");
            let city = chapter["city"].as_str().expect("city");
            let local = |at: Timestamp| {
                at.to_zoned_datetime(zone.clone())
                    .strftime("%Y-%m-%dT%H:%M:%S")
                    .to_string()
            };
            assert_eq!(chapter["local_start"], local(starts), "API {city} start");
            assert_eq!(
                chapter["local_doors_open"],
                local(doors),
                "API {city} doors"
            );
            let row_start = page
                .find(&format!("<tr><th scope=\"row\">{city} "))
                .unwrap_or_else(|| panic!("a row for {city}"));
            let cells = times_in(&page[row_start..], "<tr>", "</tr>");
            let doors_local = doors.to_zoned_datetime(zone.clone());
            let starts_local = starts.to_zoned_datetime(zone.clone());
            assert_eq!(
                cells[0].0,
                doors_local.date().to_string(),
                "{city}: doors day"
            );
            assert_eq!(
                cells[0].1,
                doors_local.strftime("%a, %b %-d").to_string(),
                "{city}: doors day"
            );
            assert_eq!(cells[1], (utc(doors), clock(doors, &zone)), "{city}: doors");
            let start_text = if starts_local.date() == doors_local.date() {
                clock(starts, &zone)
            } else {
                day_and_clock(starts, &zone)
            };
            assert_eq!(cells[2], (utc(starts), start_text), "{city}: start");
        }

        for (n, id) in ZONES.iter().enumerate() {
            let zone = TimeZone::get(id).expect("zone");
            let doors_day = doors.to_zoned_datetime(zone.clone()).date();
            // In this zone: doors' day, and each time with the day where it differs.
            let shown = |at: Timestamp| {
                if at.to_zoned_datetime(zone.clone()).date() == doors_day {
                    clock(at, &zone)
                } else {
                    day_and_clock(at, &zone)
                }
            };

            // The event page with ?tz=: the visitor's line, every time with its day.
            let (status, page) = app.get_text(&format!("/en/events/{SLUG}?tz={id}")).await;
            assert_eq!(status, 200);
            let visitor: Vec<_> = times_in(&page, "<dl class=\"visitor-times\">", "</dl>");
            let want: Vec<_> = [doors, starts, ends]
                .iter()
                .map(|at| (utc(*at), day_and_clock(*at, &zone)))
                .collect();
            assert_eq!(visitor, want, "{id}: the visitor's line");

            // The personal page: the doors' day in both calendars, and the times.
            let personal = register_and_confirm(&app, n, id).await;
            let (status, html) = app.get_text(&personal).await;
            assert_eq!(status, 200);
            let schedule = times_in(&html, "id=\"my-schedule\"", "</section>");
            assert_eq!(schedule[0].0, doors_day.to_string(), "{id}: personal day");
            assert_eq!(
                schedule[1].1,
                doors
                    .to_zoned_datetime(zone.clone())
                    .strftime("%A, %B %-d, %Y")
                    .to_string(),
                "{id}: personal Gregorian day"
            );
            let times: Vec<_> = schedule[2..]
                .iter()
                .map(|(datetime, text)| (datetime.clone(), text.clone()))
                .collect();
            for ((datetime, text), at) in times.iter().zip([doors, starts, ends]) {
                assert_eq!(*datetime, utc(at), "{id}: personal instant");
                assert!(
                    text.starts_with(&shown(at)),
                    "{id}: personal {text:?} starts with {:?}",
                    shown(at)
                );
            }

            // The confirmation mail: the doors' day and time there.
            let email = format!("sweep{n}@example.org");
            app.run_due_jobs().await.expect("deliver");
            let mail = spaces(&mail_text(&app, &email, "Your place is confirmed"))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let day = doors
                .to_zoned_datetime(zone.clone())
                .strftime("%A, %B %-d, %Y")
                .to_string();
            assert!(
                mail.contains(&format!("{day}, {}", clock(doors, &zone))),
                "{id}: the mail says {day}, {}:\n{mail}",
                clock(doors, &zone)
            );

            // The calendar file: the instants themselves.
            let ics = app
                .get(&format!("{personal}/calendar.ics"))
                .await
                .text()
                .await
                .expect("ics");
            assert_eq!(
                ics_instants(&ics),
                (utc(doors), utc(ends)),
                "{id}: calendar file"
            );

            // The hall (waiting for the doors): the programme in the attendee's zone, named.
            let hall = html
                .split("id=\"enter-hall\" href=\"")
                .nth(1)
                .and_then(|h| h.split('"').next())
                .expect("the hall link")
                .to_owned();
            let (status, hall_page) = app.get_text(&hall).await;
            assert_eq!(status, 200, "{id}: the hall");
            let programme = times_in(&hall_page, "id=\"hall-programme\"", "</ol>");
            assert!(!programme.is_empty(), "{id}: a programme");
            let (content, _) = demo_content();
            let event = content
                .events
                .iter()
                .find(|e| e.slug.as_str() == SLUG)
                .expect("event");
            for ((datetime, text), segment) in programme.iter().zip(&event.segments) {
                assert_eq!(*datetime, utc(segment.starts_at), "{id}: segment instant");
                assert_eq!(*text, shown(segment.starts_at), "{id}: segment time");
            }
            let city = id.rsplit('/').next().expect("city").replace('_', " ");
            let note = times_note(&hall_page, "id=\"programme-zone\">");
            assert!(
                note.contains(&city),
                "{id}: the hall names its programme's zone: {note}"
            );
            let waiting = times_note(&hall_page, "id=\"hall-doors\">");
            assert!(
                waiting.contains(&format!("{} ", day_and_clock(doors, &zone)))
                    && waiting.contains(&city),
                "{id}: the hall's doors in the attendee's zone, named: {waiting}"
            );
        }
    }
);
