//! The shared storage suite: the same expectations on SQLite and PostgreSQL.

use crate::both_backends;
use crate::helpers::{demo_content, fresh_database};

both_backends!(an_empty_database_has_no_content, |backend| async move {
    let (db, _dir) = fresh_database(backend).await;
    assert!(db.site_settings().await.expect("query").is_none());
    assert!(db.events().await.expect("query").is_empty());
    assert_eq!(db.content_revision().await.expect("query"), 0);
});

both_backends!(
    replacing_content_stores_everything_and_bumps_the_revision,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        let (content, _) = demo_content();
        assert_eq!(db.replace_content(&content).await.expect("store"), 1);
        assert_eq!(db.replace_content(&content).await.expect("store again"), 2);
        let settings = db.site_settings().await.expect("query").expect("settings");
        assert_eq!(settings.languages.len(), 6);
        let chapters = db.chapters().await.expect("query");
        let slugs: Vec<&str> = chapters.iter().map(|c| c.slug.as_str()).collect();
        let expected: Vec<&str> = content.chapters.iter().map(|c| c.slug.as_str()).collect();
        assert_eq!(slugs, expected, "chapters keep their order");
        let events = db.events().await.expect("query");
        assert_eq!(events.len(), 2);
        assert!(events[0].starts_at < events[1].starts_at, "earliest first");
        let one = db
            .event(&events[1].slug)
            .await
            .expect("query")
            .expect("found");
        assert_eq!(
            serde_json::to_value(&one).expect("json"),
            serde_json::to_value(&events[1]).expect("json")
        );
        assert!(
            db.event(&"no-such-event".parse().expect("slug"))
                .await
                .expect("query")
                .is_none()
        );
    }
);

both_backends!(
    fewer_events_after_a_second_import_leave_none_behind,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        let (mut content, _) = demo_content();
        db.replace_content(&content).await.expect("store");
        content.events.truncate(1);
        db.replace_content(&content).await.expect("store");
        assert_eq!(db.events().await.expect("query").len(), 1);
    }
);
