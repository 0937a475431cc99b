//! What the media library knows of each upload besides its stored name: the name it had on
//! the uploader's computer, kind, size, dimensions or duration, who uploaded it and when.
//! Written with its audit entry in one transaction; forgotten with the file.

use super::accounts::audit_in;
use super::rows::instant;
use super::{Audited, Database, StoreError};
use jiff::Timestamp;
use sqlx::Row;
use std::collections::HashMap;

/// One upload as the library records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MediaRecord {
    /// `uploads/…`, as content refers to it.
    pub path: String,
    pub original_name: String,
    /// The file's extension (`webp`, `mp4`, `vtt` …).
    pub kind: String,
    pub bytes: i64,
    /// Images: width and height in pixels.
    pub dimensions: Option<(i64, i64)>,
    /// Video: length in milliseconds, when it could be read cheaply.
    pub duration_ms: Option<i64>,
    pub uploaded_at: Timestamp,
    pub uploaded_by: String,
}

impl Database {
    /// Records an upload, with its audit entry.
    pub async fn record_media(
        &self,
        record: &MediaRecord,
        audit: &Audited,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO media_files (path, original_name, kind, bytes, width, height, \
             duration_ms, uploaded_at, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (path) DO NOTHING",
        )
        .bind(&record.path)
        .bind(&record.original_name)
        .bind(&record.kind)
        .bind(record.bytes)
        .bind(record.dimensions.map(|d| d.0))
        .bind(record.dimensions.map(|d| d.1))
        .bind(record.duration_ms)
        .bind(record.uploaded_at.as_second())
        .bind(&record.uploaded_by)
        .execute(&mut *tx)
        .await?;
        audit_in(&mut tx, audit.user_id, &audit.entry).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every recorded upload, by path.
    pub async fn media_records(&self) -> Result<HashMap<String, MediaRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT path, original_name, kind, bytes, width, height, duration_ms, uploaded_at, \
             uploaded_by FROM media_files",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut out = HashMap::with_capacity(rows.len());
        for row in rows {
            let width: Option<i64> = row.try_get("width")?;
            let height: Option<i64> = row.try_get("height")?;
            let record = MediaRecord {
                path: row.try_get("path")?,
                original_name: row.try_get("original_name")?,
                kind: row.try_get("kind")?,
                bytes: row.try_get("bytes")?,
                dimensions: width.zip(height),
                duration_ms: row.try_get("duration_ms")?,
                uploaded_at: instant(row.try_get("uploaded_at")?),
                uploaded_by: row.try_get("uploaded_by")?,
            };
            out.insert(record.path.clone(), record);
        }
        Ok(out)
    }

    /// Forgets an upload whose file was deleted, with the deletion's audit entry.
    pub async fn forget_media(&self, path: &str, audit: &Audited) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM media_files WHERE path = $1")
            .bind(path)
            .execute(&mut *tx)
            .await?;
        audit_in(&mut tx, audit.user_id, &audit.entry).await?;
        tx.commit().await?;
        Ok(())
    }
}
