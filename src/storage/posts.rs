//! Posts, kinds of post and the search index.

use super::{Backend, Database, StoreError};
use crate::content::{Post, PostKind, SiteContent};
use crate::search::{DocKind, SearchHit, SearchQuery, index_text};
use sqlx::{Any, Row, Transaction};

// Publications.
impl Database {
    /// Kinds of post in menu order.
    pub async fn post_kinds(&self) -> Result<Vec<PostKind>, StoreError> {
        let rows = sqlx::query("SELECT data FROM post_kinds ORDER BY position")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok(serde_json::from_str(&r.try_get::<String, _>("data")?)?))
            .collect()
    }

    /// Every post, published or scheduled, newest first.
    pub async fn posts(&self) -> Result<Vec<Post>, StoreError> {
        let rows = sqlx::query("SELECT data FROM posts ORDER BY published_at DESC, slug")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok(serde_json::from_str(&r.try_get::<String, _>("data")?)?))
            .collect()
    }
}

// Full-text search over posts and events in every language.
impl Database {
    /// The best `limit` matches published by `now`, best first.
    pub async fn search(
        &self,
        query: &SearchQuery,
        now: jiff::Timestamp,
        limit: i64,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let (sql, text) = match self.backend() {
            Backend::Sqlite => (
                "SELECT doc_kind, slug, lang FROM search_index \
                 WHERE search_index MATCH $1 AND published_at <= $2 \
                 ORDER BY bm25(search_index, 0, 0, 0, 0, 5.0, 1.0), slug, lang LIMIT $3",
                query.to_fts5(),
            ),
            Backend::Postgres => (
                "SELECT doc_kind, slug, lang FROM search_index \
                 WHERE document @@ to_tsquery('simple', $1) AND published_at <= $2 \
                 ORDER BY ts_rank(document, to_tsquery('simple', $1)) DESC, slug, lang LIMIT $3",
                query.to_tsquery(),
            ),
        };
        let rows = sqlx::query(sql)
            .bind(text)
            .bind(now.as_second())
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let kind: String = r.try_get("doc_kind")?;
                Ok(SearchHit {
                    doc_kind: DocKind::parse(&kind)
                        .ok_or_else(|| super::rows::corrupt("search_index.doc_kind"))?,
                    slug: r.try_get("slug")?,
                    lang: r.try_get("lang")?,
                })
            })
            .collect()
    }
}

impl Database {
    /// Rebuilds the search index when it was written in an older format (after an upgrade),
    /// from the stored content. With several instances starting at once, the first to mark
    /// the format rebuilds, in one transaction; the others find it current. Returns whether
    /// this call rebuilt it.
    pub async fn upgrade_search_index(&self) -> Result<bool, StoreError> {
        let version: i64 = sqlx::query("SELECT version FROM search_format WHERE id = 1")
            .fetch_one(&self.pool)
            .await?
            .try_get("version")?;
        if version >= SEARCH_FORMAT {
            return Ok(false);
        }
        let Some(content) = self.site_content().await? else {
            return Ok(false);
        };
        let mut tx = self.pool.begin().await?;
        let marked =
            sqlx::query("UPDATE search_format SET version = $1 WHERE id = 1 AND version < $1")
                .bind(SEARCH_FORMAT)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if marked == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        write_search_index(&mut tx, &content).await?;
        tx.commit().await?;
        Ok(true)
    }
}

/// Replaces kinds, posts and the search index inside the content transaction.
pub(super) async fn replace_publications(
    tx: &mut Transaction<'static, Any>,
    content: &SiteContent,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM post_kinds")
        .execute(&mut **tx)
        .await?;
    for (position, kind) in content.post_kinds.iter().enumerate() {
        sqlx::query("INSERT INTO post_kinds (slug, position, data) VALUES ($1, $2, $3)")
            .bind(kind.slug.as_str())
            .bind(position as i64)
            .bind(serde_json::to_string(kind)?)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM posts").execute(&mut **tx).await?;
    for post in &content.posts {
        sqlx::query("INSERT INTO posts (slug, kind, published_at, data) VALUES ($1, $2, $3, $4)")
            .bind(post.slug.as_str())
            .bind(post.kind.as_str())
            .bind(post.published_at().as_second())
            .bind(serde_json::to_string(post)?)
            .execute(&mut **tx)
            .await?;
    }
    write_search_index(tx, content).await
}

/// How the search index is written: 1 folded words only, 2 with the stems of Arabic-script
/// words. An index of an older format is rebuilt at start ([`Database::upgrade_search_index`]).
const SEARCH_FORMAT: i64 = 2;

/// Rewrites the whole search index from `content`, in the current format.
async fn write_search_index(
    tx: &mut Transaction<'static, Any>,
    content: &SiteContent,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM search_index")
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE search_format SET version = $1 WHERE id = 1")
        .bind(SEARCH_FORMAT)
        .execute(&mut **tx)
        .await?;
    for doc in search_documents(content) {
        sqlx::query(
            "INSERT INTO search_index (doc_kind, slug, lang, published_at, title, body) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(doc.kind.as_str())
        .bind(doc.slug)
        .bind(doc.lang)
        .bind(doc.published_at)
        .bind(doc.title)
        .bind(doc.body)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

struct SearchDocument {
    kind: DocKind,
    slug: String,
    lang: String,
    published_at: i64,
    title: String,
    body: String,
}

/// One document per language version of every post and event, folded for search.
fn search_documents(content: &SiteContent) -> Vec<SearchDocument> {
    // Each version from the instant it becomes public (a draft never); the search asks for
    // those public by now.
    let posts = content.posts.iter().flat_map(|post| {
        post.texts
            .iter()
            .filter_map(move |(lang, text)| {
                let public_from = post.public_from(lang)?;
                Some((lang, text, public_from))
            })
            .map(move |(lang, text, public_from)| SearchDocument {
                kind: DocKind::Post,
                slug: post.slug.to_string(),
                lang: lang.to_string(),
                published_at: public_from.as_second(),
                title: index_text(&text.title),
                body: index_text(&format!(
                    "{} {} {}",
                    text.summary,
                    text.body,
                    post.hashtags
                        .iter()
                        .map(|h| h.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                )),
            })
    });
    let events = content.public_events().flat_map(|event| {
        event
            .texts
            .iter()
            .filter_map(move |(lang, text)| Some((lang, text, event.text_public_from(lang)?)))
            .map(move |(lang, text, public_from)| SearchDocument {
                kind: DocKind::Event,
                slug: event.slug.to_string(),
                lang: lang.to_string(),
                published_at: public_from.as_second(),
                title: index_text(&text.title),
                body: index_text(&format!("{} {}", text.summary, text.description)),
            })
    });
    posts.chain(events).collect()
}
