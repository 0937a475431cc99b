//! The public pages as a visitor's browser receives them.

use crate::both_backends;
use crate::helpers::spawn_app;

const EVENT: &str = "/en/events/water-for-every-home-2026";

both_backends!(
    root_sends_visitors_to_their_language,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cases = [
            ("ur-PK,ur;q=0.9,en;q=0.5", "/ur/"),
            ("fr-CA", "/fr/"),
            ("de", "/en/"),
            ("", "/en/"),
        ];
        for (accept, expected) in cases {
            let response = app
                .client
                .get(format!("{}/", app.address))
                .header("accept-language", accept)
                .send()
                .await
                .expect("request");
            assert_eq!(response.status().as_u16(), 303, "{accept}");
            assert_eq!(response.headers()["location"], expected, "{accept}");
        }
    }
);

both_backends!(
    event_page_shows_both_calendars_and_madinah_time,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (status, html) = app.get_text(EVENT).await;
        assert_eq!(status, 200);
        // The demo's upcoming edition is 28 days after the test clock: 2026-12-23.
        assert!(
            html.contains("Wednesday, December 23, 2026"),
            "Gregorian date missing"
        );
        assert!(html.contains("1448 AH"), "Hijri date missing");
        assert!(
            html.contains("4:00\u{202f}PM"),
            "start time in the reference zone missing"
        );
        assert!(html.contains("Madinah time"), "zone label missing");
        assert!(
            html.contains(r#"<time data-role="reference-time" datetime="2026-12-23T13:00:00Z">"#),
            "start instant missing"
        );
        assert!(html.contains(r#"<html lang="en" dir="ltr""#));
    }
);

both_backends!(
    arabic_and_urdu_pages_are_right_to_left,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (_, ar) = app.get_text("/ar/events/water-for-every-home-2026").await;
        assert!(ar.contains(r#"<html lang="ar" dir="rtl""#));
        assert!(ar.contains("script-naskh"));
        assert!(
            ar.contains("٢٠٢٦"),
            "the demo site writes Arabic with Arabic-Indic digits"
        );
        let (_, ur) = app.get_text("/ur/events/water-for-every-home-2026").await;
        assert!(ur.contains(r#"<html lang="ur" dir="rtl""#));
        assert!(ur.contains("script-nastaliq"));
    }
);

both_backends!(
    choosing_a_zone_changes_the_times_and_is_remembered,
    |backend| async move {
        let app = spawn_app(backend).await;
        let response = app.get(&format!("{EVENT}?tz=Asia/Karachi")).await;
        assert_eq!(response.status().as_u16(), 200);
        let cookie = response.headers()["set-cookie"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(cookie.starts_with("tz=Asia/Karachi;"), "{cookie}");
        let html = response.text().await.expect("body");
        // 16:00 in Riyadh is 18:00 in Karachi.
        assert!(
            html.contains(r#"datetime="2026-12-23T13:00:00Z">Wed, Dec 23, 6:00"#),
            "Karachi start missing"
        );
        assert!(html.contains(r#"<option value="Asia/Karachi" selected>"#));

        let remembered = app
            .client
            .get(format!("{}{EVENT}", app.address))
            .header("cookie", "tz=America/New_York")
            .send()
            .await
            .expect("request")
            .text()
            .await
            .expect("body");
        assert!(
            remembered.contains(r#"datetime="2026-12-23T13:00:00Z">Wed, Dec 23, 8:00"#),
            "New York start missing"
        );
    }
);

both_backends!(
    chapter_cities_table_converts_to_each_zone,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (_, html) = app.get_text(EVENT).await;
        // Sydney is on daylight-saving time (UTC+11): the conference starts at midnight there.
        let sydney = html.find(r#"scope="row">Sydney"#).expect("Sydney row");
        let row = &html[sydney..sydney + 400];
        assert!(row.contains("Dec 24"), "{row}");
        assert!(row.contains("12:00\u{202f}AM"), "{row}");
    }
);

both_backends!(
    bad_input_gets_a_translated_error_page,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (status, html) = app
            .get_text("/ar/events/water-for-every-home-2026?tz=Mars/Olympus")
            .await;
        assert_eq!(status, 400);
        assert!(html.contains(r#"lang="ar""#) && html.contains("Mars/Olympus"));
        let (status, html) = app.get_text("/ur/events/no-such-event").await;
        assert_eq!(status, 404);
        assert!(html.contains(r#"<html lang="ur" dir="rtl""#));
        let (status, _) = app.get_text("/xx/").await;
        assert_eq!(status, 404);
        let (status, _) = app.get_text("/en/events/Not%20A%20Slug").await;
        assert_eq!(status, 404);
        let (status, _) = app.get_text("/no/such/page").await;
        assert_eq!(status, 404);
    }
);

both_backends!(
    contact_address_is_readable_but_not_in_the_source,
    |backend| async move {
        let app = spawn_app(backend).await;
        for path in ["/en/", EVENT, "/ar/events/water-for-every-home-2025"] {
            let (_, html) = app.get_text(path).await;
            assert!(html.contains("contact-address"), "{path}");
            assert!(!html.contains("contact@water-alliance.example"), "{path}");
            assert!(!html.contains("mailto:"), "{path}");
        }
    }
);

both_backends!(
    pages_are_served_precompressed_with_validators,
    |backend| async move {
        let app = spawn_app(backend).await;
        let fetch = |encoding: &'static str| {
            app.client
                .get(format!("{}{EVENT}", app.address))
                .header("accept-encoding", encoding)
                .send()
        };
        let plain = fetch("identity").await.expect("request");
        assert!(plain.headers().get("content-encoding").is_none());
        let etag = plain.headers()["etag"].clone();
        let plain = plain.bytes().await.expect("body");
        let br = fetch("gzip, br").await.expect("request");
        assert_eq!(br.headers()["content-encoding"], "br");
        let mut unpacked = Vec::new();
        brotli::BrotliDecompress(&mut &br.bytes().await.expect("body")[..], &mut unpacked)
            .expect("brotli");
        assert_eq!(unpacked, plain);
        let gz = fetch("gzip").await.expect("request");
        assert_eq!(gz.headers()["content-encoding"], "gzip");
        let not_modified = app
            .client
            .get(format!("{}{EVENT}", app.address))
            .header("if-none-match", etag)
            .send()
            .await
            .expect("request");
        assert_eq!(not_modified.status().as_u16(), 304);
    }
);

/// The names and values of a response's headers in the order they were sent, without
/// `date` (it moves) and with the ETag's value replaced by `etag`.
fn head(response: &reqwest::Response) -> Vec<(String, String)> {
    response
        .headers()
        .iter()
        .filter(|(name, _)| *name != "date")
        .map(|(name, value)| {
            let value = value.to_str().expect("ascii");
            let value = if name == "etag" { "etag" } else { value };
            (name.as_str().to_owned(), value.to_owned())
        })
        .collect()
}

both_backends!(
    a_cached_page_is_sent_with_exactly_these_headers_in_this_order,
    |backend| async move {
        let app = spawn_app(backend).await;
        let fetch = |headers: &[(&'static str, String)], query: &str| {
            let mut request = app.client.get(format!("{}{EVENT}{query}", app.address));
            for (name, value) in headers {
                request = request.header(*name, value);
            }
            request.send()
        };
        let security = [
            (
                "content-security-policy",
                convene::site::CONTENT_SECURITY_POLICY,
            ),
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", "strict-origin-when-cross-origin"),
            ("x-frame-options", "DENY"),
            (
                "permissions-policy",
                "camera=(), microphone=(), geolocation=(), interest-cohort=()",
            ),
            ("cross-origin-opener-policy", "same-origin"),
        ];
        let expected = |cache: &str, extra: &[(&str, &str)], length: Option<usize>| {
            let mut all = vec![
                ("content-type", "text/html; charset=utf-8".to_owned()),
                ("vary", "Accept-Encoding, Cookie".to_owned()),
                ("cache-control", cache.to_owned()),
                ("etag", "etag".to_owned()),
            ];
            all.extend(extra.iter().map(|(n, v)| (*n, (*v).to_owned())));
            all.extend(security.iter().map(|(n, v)| (*n, (*v).to_owned())));
            all.extend(length.map(|l| ("content-length", l.to_string())));
            all.into_iter()
                .map(|(n, v)| (n.to_owned(), v))
                .collect::<Vec<_>>()
        };
        let public = "public, max-age=0, must-revalidate";
        // Twice each: the first answer renders the page, the second comes from the cache.
        for _ in 0..2 {
            for (encoding, extra) in [
                ("identity", &[][..]),
                ("gzip", &[("content-encoding", "gzip")][..]),
                ("br", &[("content-encoding", "br")][..]),
            ] {
                let response = fetch(&[("accept-encoding", encoding.to_owned())], "")
                    .await
                    .expect("request");
                let sent = head(&response);
                let length = response.bytes().await.expect("body").len();
                assert_eq!(sent, expected(public, extra, Some(length)), "{encoding}");
            }
        }
        let plain = fetch(&[("accept-encoding", "identity".to_owned())], "")
            .await
            .expect("request");
        let etag = plain.headers()["etag"].to_str().expect("ascii").to_owned();
        let not_modified = fetch(&[("if-none-match", etag)], "")
            .await
            .expect("request");
        assert_eq!(not_modified.status().as_u16(), 304);
        assert_eq!(head(&not_modified), expected(public, &[], None));
        // A zone just chosen: remembered in a cookie, so the answer is private.
        let chosen = fetch(
            &[("accept-encoding", "identity".to_owned())],
            "?tz=Asia/Karachi",
        )
        .await
        .expect("request");
        let sent = head(&chosen);
        let length = chosen.bytes().await.expect("body").len();
        let cookie = "tz=Asia/Karachi; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly";
        assert_eq!(
            sent,
            expected("private, no-cache", &[("set-cookie", cookie)], Some(length))
        );
    }
);

both_backends!(
    every_response_carries_the_security_headers,
    |backend| async move {
        let app = spawn_app(backend).await;
        for path in [
            "/en/",
            EVENT,
            "/nope",
            "/api/v1/events",
            "/assets/css/site.css",
            "/healthz",
            "/readyz",
        ] {
            let response = app.get(path).await;
            let h = response.headers();
            let csp = h
                .get("content-security-policy")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            assert!(
                csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
                "{path}: {csp}"
            );
            assert!(!csp.contains("unsafe-inline"), "{path}");
            assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
            assert!(h.contains_key("referrer-policy"), "{path}");
        }
    }
);

both_backends!(pages_have_no_inline_script_or_style, |backend| async move {
    let app = spawn_app(backend).await;
    for path in [
        "/en/",
        EVENT,
        "/ar/events/water-for-every-home-2025",
        "/ur/nope",
    ] {
        let (_, html) = app.get_text(path).await;
        assert!(!html.contains("<script>"), "{path}: inline script");
        assert!(!html.contains("style="), "{path}: inline style");
        assert!(!html.contains("<style"), "{path}: style element");
    }
});

both_backends!(language_switcher_keeps_the_page, |backend| async move {
    let app = spawn_app(backend).await;
    let (_, html) = app.get_text(EVENT).await;
    for lang in ["en", "ar", "ur", "tr", "id", "fr"] {
        let link = format!(
            r#"<link rel="alternate" hreflang="{lang}" href="https://convene.example/{lang}/events/water-for-every-home-2026">"#
        );
        assert!(html.contains(&link), "missing {link}");
        let (status, _) = app
            .get_text(&format!("/{lang}/events/water-for-every-home-2026"))
            .await;
        assert_eq!(status, 200, "{lang}");
    }
});

both_backends!(
    content_changes_reach_cached_pages_at_once,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (_, before) = app.get_text(EVENT).await;
        assert!(!before.contains("A Renamed Conference"));
        let (mut content, _) = crate::helpers::demo_content();
        let en: convene::domain::Lang = "en".parse().expect("lang");
        for event in &mut content.events {
            if let Some(text) = event.texts.get_mut(&en) {
                text.title = "A Renamed Conference".to_owned();
            }
        }
        app.replace_content(&content).await;
        let (_, after) = app.get_text(EVENT).await;
        assert!(after.contains("A Renamed Conference"));
    }
);

both_backends!(countdown_follows_the_clock, |backend| async move {
    let app = spawn_app(backend).await;
    let (_, html) = app.get_text(EVENT).await;
    let html = strip_isolates(&html);
    // Doors open 2026-12-23 15:30 Riyadh = 12:30 UTC; the clock says 2026-11-25 12:00 UTC.
    assert!(
        html.contains(r#"Doors open in <time datetime="P28DT0H30M">28 days</time>."#),
        "countdown at the start"
    );
    app.clock
        .set("2026-12-21T09:00:00Z".parse().expect("instant"));
    let html = strip_isolates(&app.get_text(EVENT).await.1);
    assert!(
        html.contains(r#"Doors open in <time datetime="P2DT3H30M">2 days, 3 hours</time>."#),
        "countdown two days before"
    );
    app.clock
        .set("2026-12-23T12:29:00Z".parse().expect("instant"));
    let html = strip_isolates(&app.get_text(EVENT).await.1);
    assert!(
        html.contains(r#"Doors open in <time datetime="PT60S">01:00</time>."#),
        "in the last hour, minutes and seconds as a clock"
    );
    app.clock
        .set("2026-12-23T12:45:00Z".parse().expect("instant"));
    let (_, html) = app.get_text(EVENT).await;
    assert!(html.contains("The hall is open now."));
    app.clock
        .set("2026-12-24T00:00:00Z".parse().expect("instant"));
    let (_, html) = app.get_text(EVENT).await;
    assert!(html.contains("This edition has ended."));
});

both_backends!(
    past_edition_shows_recordings_with_captions,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (status, html) = app.get_text("/en/events/water-for-every-home-2025").await;
        assert_eq!(status, 200);
        assert!(html.contains("<h2 id=\"programme-heading\">Recordings</h2>"));
        assert!(html.matches("<track kind=\"captions\"").count() >= 10);
        let (status, _) = app.get_text("/media/media/recording.webm").await;
        assert_eq!(status, 200);
    }
);

both_backends!(media_supports_range_requests, |backend| async move {
    let app = spawn_app(backend).await;
    let response = app
        .client
        .get(format!("{}/media/media/trailer.webm", app.address))
        .header("range", "bytes=0-99")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 206);
    assert_eq!(response.headers()["content-type"], "video/webm");
    assert_eq!(response.bytes().await.expect("body").len(), 100);
});

both_backends!(health_check_answers_once_ready, |backend| async move {
    let app = spawn_app(backend).await;
    assert_eq!(app.get_text("/healthz").await, (200, "ok\n".to_owned()));
    let (status, body) = app.get_text("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body,
        "database: ok\ndata folder: ok\nnats: not configured\nobject store: not configured\n"
    );
});

both_backends!(event_page_snapshot, |backend| async move {
    let app = spawn_app(backend).await;
    for lang in ["en", "ar", "ur"] {
        let (_, html) = app
            .get_text(&format!("/{lang}/events/water-for-every-home-2026"))
            .await;
        insta::with_settings!({ filters => vec![(r"\.[0-9a-f]{16}\.(css|js)", ".[hash].$1")], snapshot_suffix => lang }, {
            insta::assert_snapshot!(html);
        });
    }
});

/// Removes the Unicode isolation marks Fluent puts around placeables (FSI … PDI).
fn strip_isolates(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The event page's words about registration at the app's current instant.
async fn registration_words(app: &crate::helpers::TestApp, path: &str) -> String {
    crate::helpers::plain(&app.get_text(path).await.1)
}

both_backends!(
    the_event_page_follows_the_registration_through_its_life,
    |backend| async move {
        let app = spawn_app(backend).await;
        let event = crate::admin::upcoming_event(&app).await;
        let opens = event
            .registration_opens_at
            .expect("the demo opens registration");
        let closes = event
            .registration_closes_at
            .expect("the demo closes registration");
        let minute = jiff::SignedDuration::from_mins(1);

        // Not open yet: when it opens, no button.
        app.clock.set(opens - minute * 60);
        let page = registration_words(&app, EVENT).await;
        assert!(page.contains("Registration opens on"), "{page}");
        assert!(!page.contains("Register for a place"), "{page}");
        assert!(page.contains("Limited: 500 places"), "{page}");
        let arabic = registration_words(&app, "/ar/events/water-for-every-home-2026").await;
        assert!(arabic.contains("يُفتح التسجيل يوم"), "{arabic}");

        // Open: places left, until when, the button.
        app.clock.set(opens + minute * 60);
        let page = registration_words(&app, EVENT).await;
        assert!(page.contains("Registration is open until"), "{page}");
        assert!(page.contains("500 places left"), "{page}");
        assert!(page.contains("Register for a place"), "{page}");

        // Full: the waitlist.
        app.state
            .db
            .set_capacity(
                &event.slug,
                Some(1),
                app.state.clock.now(),
                app.state.lifetimes,
            )
            .await
            .expect("capacity");
        crate::hall::attendee(&app, "first@example.org").await;
        app.clock.advance(minute * 2);
        let page = registration_words(&app, EVENT).await;
        assert!(page.contains("All places are taken"), "{page}");
        assert!(page.contains("Join the waitlist"), "{page}");
        assert!(!page.contains("Register for a place"), "{page}");

        // Closed before the event: since when; no places offered, no button.
        app.clock.set(closes + minute);
        let page = registration_words(&app, EVENT).await;
        assert!(page.contains("Registration closed on"), "{page}");
        assert!(!page.contains("places left"), "{page}");
        assert!(!page.contains("All places are taken"), "{page}");
        assert!(!page.contains("Join the waitlist"), "{page}");

        // Live, then past.
        app.clock.set(event.doors_open_at + minute);
        let page = registration_words(&app, EVENT).await;
        assert!(page.contains("The conference is on now"), "{page}");
        app.clock.set(event.ends_at + minute);
        let page = registration_words(&app, EVENT).await;
        assert!(page.contains("This edition took place on"), "{page}");
        assert!(!page.contains("The conference is on now"), "{page}");
    }
);

/// Late in the UTC day it is already tomorrow in Madinah, the demo event's zone, from which
/// the demo counts its date shift: every demo post must still be public (none moved to a day
/// that has not begun in UTC).
#[test]
fn late_in_the_utc_day_every_demo_post_is_still_public() {
    let report = convene::content::read_dir(&crate::helpers::demo_dir(), &mut |_, _, _| {})
        .unwrap_or_else(|p| panic!("demo content: {p}"));
    let mut content = report.content;
    let late: jiff::Timestamp = "2026-12-06T22:30:00Z".parse().expect("instant");
    content.shift_demo_dates(late);
    let hidden: Vec<&str> = content
        .posts
        .iter()
        .filter(|p| !p.draft && !p.is_published(late))
        .map(|p| p.slug.as_str())
        .collect();
    assert!(hidden.is_empty(), "demo posts not public: {hidden:?}");
}
