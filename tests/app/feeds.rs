//! Feeds as machines read them: Atom through Python's feedparser, the calendar through the
//! `icalendar` package, both installed by `scripts/setup`; and snapshots of their text.

use crate::both_backends;
use crate::helpers::spawn_app;
use std::process::Command;

/// Runs a Python snippet with `path` as its argument and returns what it prints.
fn python(script: &str, body: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("input");
    std::fs::write(&path, body).expect("write input");
    let output = Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output()
        .expect("python3 runs (scripts/setup installs feedparser and icalendar)");
    assert!(
        output.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

const FEEDPARSER: &str = r#"
import sys, json, feedparser
d = feedparser.parse(open(sys.argv[1], 'rb').read())
print(json.dumps({
  "bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")),
  "version": d.version, "title": d.feed.get("title"), "lang": d.feed.get("language"),
  "entries": [{"title": e.title, "id": e.id, "published": e.published,
               "tags": [t.term for t in e.get("tags", [])],
               "alternates": sorted(l.get("hreflang", "") for l in e.links if l.get("hreflang"))}
              for e in d.entries]}, ensure_ascii=False))
"#;

both_backends!(
    atom_feeds_parse_in_a_real_feed_reader,
    |backend| async move {
        let app = spawn_app(backend).await;
        let response = app.get("/en/feed.atom").await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(
            response.headers()["content-type"],
            "application/atom+xml; charset=utf-8"
        );
        let body = response.text().await.expect("body");
        let parsed: serde_json::Value =
            serde_json::from_str(&python(FEEDPARSER, &body)).expect("json");
        assert_eq!(parsed["bozo"], false, "{}", parsed["error"]);
        assert_eq!(parsed["version"], "atom10");
        let entries = parsed["entries"].as_array().expect("entries");
        // Every published post with an English version (all 11), newest first.
        assert_eq!(entries.len(), 11);
        assert_eq!(
            entries[0]["id"],
            "https://convene.example/en/posts/news-volunteer-translators"
        );
        let letter = entries
            .iter()
            .find(|e| e["id"] == "https://convene.example/en/posts/open-letter-water-ministers")
            .expect("the letter");
        assert_eq!(letter["tags"][0], "open-letter");
        assert_eq!(
            letter["alternates"].as_array().expect("alternates").len(),
            5
        );

        // Per kind and per chapter, in Arabic.
        let (_, body) = app.get_text("/ar/kinds/press-release/feed.atom").await;
        let parsed: serde_json::Value =
            serde_json::from_str(&python(FEEDPARSER, &body)).expect("json");
        assert_eq!(parsed["bozo"], false, "{}", parsed["error"]);
        assert_eq!(parsed["lang"], "ar");
        assert_eq!(parsed["entries"].as_array().expect("entries").len(), 2);
        let (_, body) = app.get_text("/en/chapters/lebanon/feed.atom").await;
        let parsed: serde_json::Value =
            serde_json::from_str(&python(FEEDPARSER, &body)).expect("json");
        assert_eq!(parsed["entries"].as_array().expect("entries").len(), 1);
        assert_eq!(app.get_text("/en/kinds/nothing/feed.atom").await.0, 404);
        assert_eq!(app.get_text("/xx/feed.atom").await.0, 404);
    }
);

#[tokio::test]
async fn the_press_release_feed_snapshot() {
    let app = spawn_app(crate::helpers::Backend::Sqlite).await;
    let (_, body) = app.get_text("/fr/kinds/press-release/feed.atom").await;
    insta::assert_snapshot!(body);
}

const ICALENDAR: &str = r#"
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
print(json.dumps({
  "name": str(cal.get("X-WR-CALNAME")),
  "events": [{"uid": str(e.get("uid")), "summary": str(e.get("summary")),
              "start": e.decoded("dtstart").isoformat(), "end": e.decoded("dtend").isoformat(),
              "url": str(e.get("url"))}
             for e in cal.walk("VEVENT")]}, ensure_ascii=False))
"#;

#[tokio::test]
async fn the_events_calendar_parses_with_upcoming_events_only() {
    let app = spawn_app(crate::helpers::Backend::Sqlite).await;
    let response = app.get("/events.ics").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let body = response.text().await.expect("body");
    let parsed: serde_json::Value = serde_json::from_str(&python(ICALENDAR, &body)).expect("json");
    assert_eq!(parsed["name"], "Global Water Alliance");
    let events = parsed["events"].as_array().expect("events");
    assert_eq!(events.len(), 1, "the past edition is not in the feed");
    assert_eq!(
        events[0]["summary"],
        "Water for Every Home: Challenges and Solutions"
    );
    // 16:00 Madinah time on the shifted date is 13:00 UTC.
    assert_eq!(events[0]["start"], "2026-12-23T13:00:00+00:00");
    assert_eq!(
        events[0]["url"],
        "https://convene.example/en/events/water-for-every-home-2026"
    );
}
