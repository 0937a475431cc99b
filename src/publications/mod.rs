//! Publications: post pages, lists per kind, chapter, hashtag and language, feeds, the
//! sitemap and `robots.txt`.

mod feeds;
mod pages;
mod versions;
pub mod view;

use crate::state::AppState;
use axum::Router;
use axum::routing::get;

/// Routes of the publications.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{lang}/posts/", get(pages::all_posts))
        .route("/{lang}/posts/{slug}", get(pages::post_page))
        .route("/{lang}/kinds/{kind}/", get(pages::kind_posts))
        .route("/{lang}/chapters/{chapter}/", get(pages::chapter_posts))
        .route("/{lang}/hashtags/{tag}", get(pages::hashtag_posts))
        .route("/{lang}/feed.atom", get(feeds::language_feed))
        .route("/{lang}/kinds/{kind}/feed.atom", get(feeds::kind_feed))
        .route(
            "/{lang}/chapters/{chapter}/feed.atom",
            get(feeds::chapter_feed),
        )
        .route("/events.ics", get(feeds::events_calendar))
        .route("/sitemap.xml", get(feeds::sitemap))
        .route("/robots.txt", get(feeds::robots))
}
