//! The configured store of media: the data folder's media folder (the default) or an
//! S3-compatible object store, behind one type the rest of the site holds.

use super::MediaType;
use super::s3::{S3Media, S3Upload};
use super::store::{LocalMedia, LocalUpload, MediaItem, MediaStore, UploadSink};

/// Where uploads (and, with an object store, the content's media too) are kept.
#[derive(Clone, Debug)]
pub enum Media {
    /// `<data-dir>/media/uploads/` (the default).
    Local(LocalMedia),
    /// An S3-compatible object store.
    S3(S3Media),
}

impl Media {
    /// Whether the store answers, for the readiness endpoint: the media folder always does
    /// (the data folder's own check covers its disk); an object store gets one small
    /// listing. The caller bounds how long it waits.
    pub async fn check(&self) -> Result<(), String> {
        match self {
            Media::Local(_) => Ok(()),
            Media::S3(store) => store.check().await,
        }
    }
}

/// An upload to either store.
pub enum MediaUpload {
    Local(LocalUpload),
    S3(S3Upload),
}

impl UploadSink for MediaUpload {
    async fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        match self {
            MediaUpload::Local(u) => u.write(chunk).await,
            MediaUpload::S3(u) => u.write(chunk).await,
        }
    }

    async fn finish(self) -> std::io::Result<MediaItem> {
        match self {
            MediaUpload::Local(u) => u.finish().await,
            MediaUpload::S3(u) => u.finish().await,
        }
    }
}

impl MediaStore for Media {
    type Upload = MediaUpload;

    async fn create(&self, kind: MediaType) -> std::io::Result<MediaUpload> {
        Ok(match self {
            Media::Local(m) => MediaUpload::Local(m.create(kind).await?),
            Media::S3(m) => MediaUpload::S3(m.create(kind).await?),
        })
    }

    async fn list(&self) -> std::io::Result<Vec<MediaItem>> {
        match self {
            Media::Local(m) => m.list().await,
            Media::S3(m) => m.list().await,
        }
    }

    async fn delete(&self, path: &str) -> std::io::Result<()> {
        match self {
            Media::Local(m) => m.delete(path).await,
            Media::S3(m) => m.delete(path).await,
        }
    }
}
