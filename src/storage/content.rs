//! Content tables: settings, chapters, events, and the content revision.

use super::{Database, StoreError};
use crate::content::{Chapter, Event, SiteContent, SiteSettings};
use crate::domain::Slug;
use sqlx::Row;

// Site settings and chapters.
impl Database {
    /// The settings, or `None` before any content was imported.
    pub async fn site_settings(&self) -> Result<Option<SiteSettings>, StoreError> {
        let row = sqlx::query("SELECT data FROM site_settings WHERE id = 1")
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => Ok(Some(serde_json::from_str(
                &row.try_get::<String, _>("data")?,
            )?)),
            None => Ok(None),
        }
    }

    /// Chapters in their configured order.
    pub async fn chapters(&self) -> Result<Vec<Chapter>, StoreError> {
        let rows = sqlx::query("SELECT data FROM chapters ORDER BY position")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok(serde_json::from_str(&r.try_get::<String, _>("data")?)?))
            .collect()
    }
}

// Editions of the conference.
impl Database {
    /// All events, earliest first.
    pub async fn events(&self) -> Result<Vec<Event>, StoreError> {
        let rows = sqlx::query("SELECT data FROM events ORDER BY starts_at, slug")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok(serde_json::from_str(&r.try_get::<String, _>("data")?)?))
            .collect()
    }

    /// One event.
    pub async fn event(&self, slug: &Slug) -> Result<Option<Event>, StoreError> {
        let row = sqlx::query("SELECT data FROM events WHERE slug = $1")
            .bind(slug.as_str())
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => Ok(Some(serde_json::from_str(
                &row.try_get::<String, _>("data")?,
            )?)),
            None => Ok(None),
        }
    }
}

// Replacing all content at once, and knowing when it changed.
impl Database {
    /// Replaces settings, chapters and events in one transaction; returns the new revision.
    pub async fn replace_content(&self, content: &SiteContent) -> Result<i64, StoreError> {
        // Serialise first so a failure cannot leave a half-written transaction behind.
        let settings = serde_json::to_string(&content.settings)?;
        let chapters = content
            .chapters
            .iter()
            .map(|c| Ok((c.slug.as_str(), serde_json::to_string(c)?)))
            .collect::<Result<Vec<_>, serde_json::Error>>()?;
        let events = content
            .events
            .iter()
            .map(|e| Ok((e, serde_json::to_string(e)?)))
            .collect::<Result<Vec<_>, serde_json::Error>>()?;

        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM site_settings")
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO site_settings (id, data) VALUES (1, $1)")
            .bind(settings)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM chapters")
            .execute(&mut *tx)
            .await?;
        for (position, (slug, data)) in chapters.into_iter().enumerate() {
            sqlx::query("INSERT INTO chapters (slug, position, data) VALUES ($1, $2, $3)")
                .bind(slug)
                .bind(position as i64)
                .bind(data)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM events").execute(&mut *tx).await?;
        for (event, data) in events {
            sqlx::query(
                "INSERT INTO events (slug, starts_at, ends_at, data) VALUES ($1, $2, $3, $4)",
            )
            .bind(event.slug.as_str())
            .bind(event.starts_at.as_second())
            .bind(event.ends_at.as_second())
            .bind(data)
            .execute(&mut *tx)
            .await?;
        }
        super::posts::replace_publications(&mut tx, content).await?;
        let revision: i64 = sqlx::query(
            "UPDATE content_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision",
        )
        .fetch_one(&mut *tx)
        .await?
        .try_get("revision")?;
        tx.commit().await?;
        Ok(revision)
    }

    /// A number that grows with every content change.
    pub async fn content_revision(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT revision FROM content_revision WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("revision")?)
    }
}
