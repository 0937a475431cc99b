//! The shared storage suite: the same expectations on SQLite and PostgreSQL.

use crate::both_backends;
use crate::helpers::{demo_content, fresh_database, store_content, test_now};
use convene::storage::ContentSave;

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
        assert_eq!(store_content(&db, &content).await, 1);
        assert_eq!(store_content(&db, &content).await, 2);
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
    a_save_based_on_an_older_revision_is_refused_and_writes_nothing,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        let (content, _) = demo_content();
        let lifetimes = convene::config::Config::load(None, Default::default(), "unused")
            .expect("config")
            .lifetimes();
        let base = store_content(&db, &content).await;
        let mut first = content.clone();
        first.settings.hashtags.clear();
        let mut second = content.clone();
        second.events.truncate(1);
        // Two edits based on the same revision: the first is stored, the second refused.
        assert_eq!(
            db.save_content(&first, Some(base), test_now(), lifetimes, None)
                .await
                .expect("save"),
            ContentSave::Stored(base + 1)
        );
        assert_eq!(
            db.save_content(&second, Some(base), test_now(), lifetimes, None)
                .await
                .expect("save"),
            ContentSave::Stale { current: base + 1 }
        );
        assert_eq!(db.content_revision().await.expect("query"), base + 1);
        assert_eq!(db.events().await.expect("query").len(), 2, "nothing of it");
        let settings = db.site_settings().await.expect("query").expect("settings");
        assert!(settings.hashtags.is_empty(), "the first edit stays");
        // Based on the new revision, the second edit goes through.
        assert_eq!(
            db.save_content(&second, Some(base + 1), test_now(), lifetimes, None)
                .await
                .expect("save"),
            ContentSave::Stored(base + 2)
        );
        assert_eq!(db.events().await.expect("query").len(), 1);
    }
);

both_backends!(
    fewer_events_after_a_second_import_leave_none_behind,
    |backend| async move {
        let (db, _dir) = fresh_database(backend).await;
        let (mut content, _) = demo_content();
        store_content(&db, &content).await;
        content.events.truncate(1);
        store_content(&db, &content).await;
        assert_eq!(db.events().await.expect("query").len(), 1);
    }
);
