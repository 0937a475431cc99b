//! Content tables: settings, chapters, events, and the content revision.

use super::registrations::set_capacity_in;
use super::{Audited, Database, StoreError};
use crate::content::{Chapter, Event, Gone, SiteContent, SiteSettings};
use crate::domain::Slug;
use crate::registration::Lifetimes;
use jiff::Timestamp;
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

/// What became of a content save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentSave {
    /// Stored; the content's new revision.
    Stored(i64),
    /// Refused: the content moved on from the revision the change was based on (another
    /// organiser, another instance or an import saved meanwhile). Nothing was written.
    Stale {
        /// The revision the content is at now.
        current: i64,
    },
}

impl Database {
    /// Replaces settings, chapters, events and posts in one transaction, and sets each event's
    /// capacity (places it frees are offered to the waitlist), if the content is still at
    /// `base`, the revision the change was based on; `None` replaces unconditionally (an
    /// import). This is the only way content is written, so two organisers saving different
    /// things at once, on one instance or two, never silently undo each other. `audit` is
    /// written in the same transaction: a stored change always has its entry, a refused one
    /// never.
    pub async fn save_content(
        &self,
        content: &SiteContent,
        base: Option<i64>,
        now: Timestamp,
        lifetimes: Lifetimes,
        audit: Option<&Audited>,
    ) -> Result<ContentSave, StoreError> {
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
        // The write comes first: SQLite takes its write lock here and PostgreSQL locks the
        // row, so the comparison below cannot be overtaken by a save that commits later.
        let revision: i64 = sqlx::query(
            "UPDATE content_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision",
        )
        .fetch_one(&mut *tx)
        .await?
        .try_get("revision")?;
        if let Some(base) = base
            && revision != base + 1
        {
            tx.rollback().await?;
            return Ok(ContentSave::Stale {
                current: revision - 1,
            });
        }
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
        for (event, data) in &events {
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
        sqlx::query("DELETE FROM gone").execute(&mut *tx).await?;
        let gone = (content.gone.posts.iter().map(|s| ("post", s)))
            .chain(content.gone.events.iter().map(|s| ("event", s)));
        for (kind, slug) in gone {
            sqlx::query("INSERT INTO gone (kind, slug) VALUES ($1, $2)")
                .bind(kind)
                .bind(slug.as_str())
                .execute(&mut *tx)
                .await?;
        }
        // Places follow the content, in name order so two transactions never lock two
        // events' rows crosswise.
        let mut by_slug: Vec<_> = events.iter().map(|(e, _)| *e).collect();
        by_slug.sort_by(|a, b| a.slug.as_str().cmp(b.slug.as_str()));
        for event in by_slug {
            let capacity = event.places.map(|p| i64::from(p.get()));
            set_capacity_in(&mut tx, &event.slug, capacity, now, lifetimes).await?;
        }
        if let Some(audited) = audit {
            super::accounts::audit_in(&mut tx, audited.user_id, &audited.entry).await?;
        }
        tx.commit().await?;
        Ok(ContentSave::Stored(revision))
    }

    /// Everything stored, as one [`SiteContent`]; `None` before any content was imported.
    pub async fn site_content(&self) -> Result<Option<SiteContent>, StoreError> {
        let Some(settings) = self.site_settings().await? else {
            return Ok(None);
        };
        Ok(Some(SiteContent {
            settings,
            chapters: self.chapters().await?,
            events: self.events().await?,
            post_kinds: self.post_kinds().await?,
            posts: self.posts().await?,
            gone: self.gone().await?,
        }))
    }

    /// The slugs of posts and events withdrawn from the site.
    pub async fn gone(&self) -> Result<Gone, StoreError> {
        let rows = sqlx::query("SELECT kind, slug FROM gone ORDER BY kind, slug")
            .fetch_all(&self.pool)
            .await?;
        let mut gone = Gone::default();
        for row in rows {
            let kind: String = row.try_get("kind")?;
            let slug: Slug = row
                .try_get::<String, _>("slug")?
                .parse()
                .map_err(|_| super::rows::corrupt("gone.slug"))?;
            match kind.as_str() {
                "post" => gone.posts.insert(slug),
                "event" => gone.events.insert(slug),
                _ => return Err(super::rows::corrupt("gone.kind")),
            };
        }
        Ok(gone)
    }

    /// A number that grows with every content change.
    pub async fn content_revision(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT revision FROM content_revision WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("revision")?)
    }
}
