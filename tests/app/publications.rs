//! Publications over HTTP: post pages and translations, lists, feeds, sitemap, search.

use crate::both_backends;
use crate::helpers::{TestApp, plain, spawn_app};

const LETTER: &str = "open-letter-water-ministers";

/// The demo with the Pakistan invitation in English and Urdu only (the demo has every post
/// in every language).
async fn pakistan_in_english_and_urdu(app: &crate::helpers::TestApp) {
    let (mut content, _) = crate::helpers::demo_content();
    content
        .posts
        .iter_mut()
        .find(|p| p.slug.as_str() == "invitation-pakistan")
        .expect("post")
        .texts
        .retain(|lang, _| ["en", "ur"].contains(&lang.as_str()));
    let revision = crate::helpers::store_content(&app.state.db, &content).await;
    app.state.content_changed(revision);
}

both_backends!(
    a_post_links_its_translations_and_says_when_a_language_is_missing,
    |backend| async move {
        let app = spawn_app(backend).await;
        pakistan_in_english_and_urdu(&app).await;
        let (status, html) = app.get_text("/en/posts/invitation-pakistan").await;
        assert_eq!(status, 200);
        let html = plain(&html);
        assert!(html.contains("<article class=\"post\""), "{html}");
        // hreflang alternates only for the versions that exist (en, ur).
        assert!(html.contains(
            r#"hreflang="ur" href="https://convene.example/ur/posts/invitation-pakistan""#
        ));
        assert!(html.contains(
            r#"hreflang="en" href="https://convene.example/en/posts/invitation-pakistan""#
        ));
        assert!(
            !html.contains(r#"<link rel="alternate" hreflang="fr""#),
            "no French version exists"
        );
        // "Read this in": the Urdu version, marked with its language and direction.
        assert!(html.contains(
            r#"<a href="/ur/posts/invitation-pakistan" hreflang="ur" lang="ur" dir="rtl">"#
        ));
        // The Open Graph card uses the video's poster.
        assert!(html.contains(r#"<meta property="og:image" content="https://convene.example/media/media/trailer-poster.jpg">"#));
        assert!(html.contains(r#"<meta property="og:type" content="article">"#));

        // French was asked for: the page says so, in French, and offers what exists.
        let (status, html) = app.get_text("/fr/posts/invitation-pakistan").await;
        assert_eq!(status, 404);
        assert!(html.contains(r#"lang="fr""#));
        assert!(html.contains("/ur/posts/invitation-pakistan"));
        assert!(html.contains("/en/posts/invitation-pakistan"));

        // An unknown post is a plain 404.
        assert_eq!(app.get_text("/en/posts/no-such-post").await.0, 404);
    }
);

both_backends!(
    lists_by_kind_chapter_hashtag_and_language_are_newest_first,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (status, all) = app.get_text("/en/posts/").await;
        assert_eq!(status, 200);
        let all = plain(&all);
        // 11 posts: page 1 holds 10, newest first (the news item, then the Australian invitation).
        assert_eq!(all.matches("class=\"card post-card\"").count(), 10, "{all}");
        let news = all
            .find("/en/posts/news-volunteer-translators")
            .expect("news");
        let australia = all
            .find("/en/posts/invitation-australia")
            .expect("australia");
        assert!(news < australia, "newest first");
        assert!(all.contains(r#"href="/en/posts/?page=2" rel="next""#));
        let (_, page2) = app.get_text("/en/posts/?page=2").await;
        assert_eq!(page2.matches("class=\"card post-card\"").count(), 1);
        // A post without an English version is listed in its own language, marked as such.
        assert!(
            all.contains("/en/posts/invitation-lebanon")
                || page2.contains("/en/posts/invitation-lebanon")
        );

        let (_, kind) = app.get_text("/en/kinds/invitation/").await;
        assert_eq!(kind.matches("class=\"card post-card\"").count(), 6);
        let (_, chapter) = app.get_text("/en/chapters/indonesia/").await;
        let chapter = plain(&chapter);
        assert!(chapter.contains("/en/posts/invitation-indonesia"));
        assert!(chapter.contains("/en/posts/appeal-rain-gardens"));
        assert_eq!(chapter.matches("class=\"card post-card\"").count(), 2);
        let (_, tag) = app.get_text("/en/hashtags/EveryDropCounts").await;
        assert!(tag.contains(r##"data-copy="#EveryDropCounts""##));
        assert!(tag.matches("class=\"card post-card\"").count() >= 1);
        // Only posts written in Urdu.
        let (_, urdu) = app.get_text("/en/posts/?language=ur").await;
        let urdu_cards = urdu.matches("class=\"card post-card\"").count();
        assert_eq!(
            urdu_cards, 10,
            "every public post: the demo is written in every language"
        );
        assert_eq!(app.get_text("/en/kinds/no-such-kind/").await.0, 404);
        assert_eq!(app.get_text("/en/chapters/atlantis/").await.0, 404);
    }
);

both_backends!(
    a_post_dated_in_the_future_stays_hidden_until_its_day,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (mut content, _) = crate::helpers::demo_content();
        let post = content
            .posts
            .iter_mut()
            .find(|p| p.slug.as_str() == "news-volunteer-translators")
            .expect("news post");
        post.published_on = "2026-11-27".parse().expect("date");
        app.replace_content(&content).await;
        assert_eq!(
            app.get_text("/en/posts/news-volunteer-translators").await.0,
            404
        );
        assert!(
            !app.get_text("/en/feed.atom")
                .await
                .1
                .contains("news-volunteer-translators")
        );
        app.clock
            .set("2026-11-27T00:00:00Z".parse().expect("instant"));
        assert_eq!(
            app.get_text("/en/posts/news-volunteer-translators").await.0,
            200
        );
    }
);

both_backends!(
    search_folds_arabic_urdu_and_latin_spellings,
    |backend| async move {
        let app = spawn_app(backend).await;
        let search = |q: &str| {
            let url = format!("/en/search?q={}", urlencode(q));
            let app = &app;
            async move {
                let (status, html) = app.get_text(&url).await;
                assert_eq!(status, 200, "{url}");
                plain(&html)
            }
        };
        // Latin: case and accents ignored. The French text matched; the result is shown in
        // the visitor's language, which the post also has.
        let html = search("BENEVOLES").await;
        assert!(
            html.contains("/en/posts/news-volunteer-translators"),
            "bénévoles: {html}"
        );
        // Arabic typed with harakat and a tatweel finds the letter written without them.
        let html = search("رِسَالَـة مفتوحة").await;
        assert!(
            html.contains(&format!("/ar/posts/{LETTER}"))
                || html.contains(&format!("/en/posts/{LETTER}")),
            "{html}"
        );
        // Urdu text typed with Arabic letters (ي for ی, ه for ہ).
        let html = search("پاني").await;
        assert!(
            html.contains("posts/"),
            "پانی typed with Arabic yeh: {html}"
        );
        // Prefixes match, and events are found too.
        let html = search("Water for Every").await;
        assert!(
            html.contains("/en/events/water-for-every-home-2026"),
            "{html}"
        );
        // Nothing, and an empty query.
        assert!(search("zzzqqq").await.contains("Nothing found."));
        assert!(search("?!").await.contains("Type a word to search for."));
    }
);

/// The result links of a search on `app`, in order.
async fn result_links(app: &TestApp, q: &str) -> Vec<String> {
    let (status, html) = app
        .get_text(&format!("/ar/search?q={}", urlencode(q)))
        .await;
    assert_eq!(status, 200);
    let results = html
        .split("class=\"cards\"")
        .nth(1)
        .and_then(|s| s.split("</ul>").next())
        .unwrap_or_default();
    results
        .split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|href| href.contains("/posts/") || href.contains("/events/"))
        .map(str::to_owned)
        .collect()
}

both_backends!(
    arabic_search_finds_a_word_with_its_article_and_particles,
    |backend| async move {
        let app = spawn_app(backend).await;
        let bare = result_links(&app, "ماء").await;
        let with_article = result_links(&app, "الماء").await;
        assert!(!with_article.is_empty(), "the demo speaks of الماء");
        for link in &with_article {
            assert!(
                bare.contains(link),
                "ماء misses {link} that الماء finds: {bare:?}"
            );
        }
        // The article and the conjunction are stemmed away on both sides.
        let mut conjunction = result_links(&app, "والمياه").await;
        let mut plain_word = result_links(&app, "مياه").await;
        conjunction.sort();
        plain_word.sort();
        assert!(!plain_word.is_empty(), "the demo speaks of مياه");
        assert_eq!(conjunction, plain_word);

        // An index written before stems were indexed is rebuilt at start.
        let mut conn =
            <sqlx::AnyConnection as sqlx::Connection>::connect(&app.state.config.database_url())
                .await
                .expect("connect");
        for sql in [
            "UPDATE search_format SET version = 1",
            "DELETE FROM search_index",
        ] {
            sqlx::query(sql).execute(&mut conn).await.expect(sql);
        }
        let restarted = app.second_instance().await;
        assert_eq!(
            result_links(&restarted, "ماء").await,
            bare,
            "rebuilt at start"
        );
    }
);

fn urlencode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

both_backends!(
    sitemap_and_robots_describe_the_public_site,
    |backend| async move {
        let app = spawn_app(backend).await;
        pakistan_in_english_and_urdu(&app).await;
        let (status, sitemap) = app.get_text("/sitemap.xml").await;
        assert_eq!(status, 200);
        assert!(
            sitemap.contains("<loc>https://convene.example/ur/posts/invitation-pakistan</loc>")
        );
        assert!(sitemap.contains(r#"<xhtml:link rel="alternate" hreflang="en" href="https://convene.example/en/posts/invitation-pakistan"/>"#));
        assert!(
            !sitemap.contains("/fr/posts/invitation-pakistan"),
            "no French version"
        );
        assert!(!sitemap.contains('@'), "no address in the sitemap");
        let (status, robots) = app.get_text("/robots.txt").await;
        assert_eq!(status, 200);
        assert!(robots.contains("Sitemap: https://convene.example/sitemap.xml"));
        assert!(robots.contains("Disallow: /*/registrations/"));
    }
);

/// The `og:image` of a page, if it has one.
fn og_image(html: &str) -> Option<String> {
    let start = html.find(r#"<meta property="og:image" content=""#)? + 35;
    Some(html[start..].split('"').next()?.to_owned())
}

both_backends!(
    every_page_without_an_image_shares_the_site_card,
    |backend| async move {
        let app = spawn_app(backend).await;
        let card = "https://convene.example/media/media/og-card.png";
        for path in [
            "/en/",
            "/ar/",
            "/en/posts/",
            "/ur/kinds/press-release/",
            "/en/chapters/lebanon/",
            "/ar/hashtags/WaterForEveryHome",
            "/en/search?q=water",
            "/fr/events/water-for-every-home-2025/recordings",
        ] {
            let (status, html) = app.get_text(path).await;
            assert_eq!(status, 200, "{path}");
            assert_eq!(og_image(&html).as_deref(), Some(card), "{path}");
            assert!(
                html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#),
                "{path}"
            );
        }
        // Pages with an image of their own keep it.
        let (_, html) = app.get_text(&format!("/en/posts/{LETTER}")).await;
        assert_eq!(
            og_image(&html).as_deref(),
            Some("https://convene.example/media/media/open-letter.png")
        );
        let (_, html) = app.get_text("/en/events/water-for-every-home-2026").await;
        assert_eq!(
            og_image(&html).as_deref(),
            Some("https://convene.example/media/media/trailer-poster.jpg")
        );
        // The card is served at that address (the public address is this app).
        let response = app
            .get(card.trim_start_matches("https://convene.example"))
            .await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(response.headers()["content-type"], "image/png");
    }
);

#[tokio::test]
async fn hashtags_in_urdu_text_link_to_their_page_isolated() {
    let app = spawn_app(crate::helpers::Backend::Sqlite).await;
    let (_, html) = app.get_text("/ur/posts/invitation-pakistan").await;
    let link = r#"<a href="/ur/hashtags/WaterForEveryHome" dir="auto" rel="noopener noreferrer">#WaterForEveryHome</a>"#;
    assert!(html.contains(&format!("یہ دعوت نامہ {link} اور")), "{html}");
    let (status, page) = app.get_text("/ur/hashtags/WaterForEveryHome").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("/ur/posts/invitation-pakistan"),
        "the link leads to the post"
    );
    // Feeds carry absolute links.
    let (_, feed) = app.get_text("/ur/feed.atom").await;
    assert!(feed.contains("https://convene.example/ur/hashtags/WaterForEveryHome"));
}
