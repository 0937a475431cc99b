//! The page cache through the whole application under concurrent requests: when a page
//! expires, one request renders it again however many want it at that moment.

use crate::helpers::{Backend, TestApp, spawn_app_with};
use secrecy::SecretString;

const EVENT: &str = "/en/events/water-for-every-home-2026";
const TOKEN: &str = "metrics-token-for-the-test-0123456789";

/// Renders so far: `convene_page_cache_misses_total` from `/metrics`.
async fn renders(app: &TestApp) -> u64 {
    let text = app
        .client
        .get(format!("{}/metrics", app.address))
        .bearer_auth(TOKEN)
        .send()
        .await
        .expect("scrape")
        .text()
        .await
        .expect("body");
    text.lines()
        .find_map(|line| line.strip_prefix("convene_page_cache_misses_total "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page cache misses in {text}"))
}

#[tokio::test]
async fn at_expiry_sixty_four_requests_at_once_render_the_page_once() {
    let app = spawn_app_with(Backend::Sqlite, |layer| {
        layer.metrics_token = Some(SecretString::from(TOKEN));
    })
    .await;
    let (status, first) = app.get_text(EVENT).await;
    assert_eq!(status, 200);
    assert_eq!(renders(&app).await, 1);
    for round in 0..3 {
        app.clock.advance(jiff::SignedDuration::from_secs(61));
        // One connection each (HTTP/1.1), all sent before any answer is read.
        let answers =
            futures_util::future::join_all((0..64).map(|_| async { app.get_text(EVENT).await }))
                .await;
        for (status, html) in &answers {
            assert_eq!(*status, 200);
            assert_eq!(html.len(), first.len(), "the same page (stale or new)");
        }
        assert_eq!(renders(&app).await, 2 + round, "round {round}: one render");
    }
}
