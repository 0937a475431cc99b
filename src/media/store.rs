//! Where uploads are kept. The local folder (the media folder of the data directory) is the
//! default; an S3-compatible object store is the scale-out option behind the same trait.

use super::MediaType;
use std::future::Future;
use std::path::PathBuf;

/// The sub-folder of the media folder that holds uploads (`/media/uploads/…`).
pub const UPLOADS: &str = "uploads";

/// A stored upload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MediaItem {
    /// The path content refers to it by, e.g. `uploads/3f2a….webm`.
    pub path: String,
    pub kind: MediaType,
    pub bytes: u64,
}

/// Storage for uploads.
pub trait MediaStore {
    /// An upload being written.
    type Upload: UploadSink + Send;
    /// Starts storing a new upload of `kind` under a server-chosen name.
    fn create(&self, kind: MediaType)
    -> impl Future<Output = std::io::Result<Self::Upload>> + Send;
    /// Every upload, newest first.
    fn list(&self) -> impl Future<Output = std::io::Result<Vec<MediaItem>>> + Send;
    /// Deletes the upload at `path` (`uploads/…`); one already gone is no error.
    fn delete(&self, path: &str) -> impl Future<Output = std::io::Result<()>> + Send;
}

/// The file name of an upload's path (`uploads/{name}`), if it is one: a single name the
/// server could have chosen, never a way out of the folder.
pub fn upload_name(path: &str) -> Option<&str> {
    let name = path.strip_prefix(UPLOADS)?.strip_prefix('/')?;
    let ok = !name.is_empty()
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_');
    ok.then_some(name)
}

/// An upload being written: chunks as they arrive, then `finish` (or drop to abandon it).
pub trait UploadSink {
    fn write(&mut self, chunk: &[u8]) -> impl Future<Output = std::io::Result<()>> + Send;
    /// Makes the upload visible under its final name.
    fn finish(self) -> impl Future<Output = std::io::Result<MediaItem>> + Send;
}

/// A local upload: a hidden `.part` file renamed when complete, removed when abandoned.
pub struct LocalUpload {
    file: Option<tokio::fs::File>,
    partial: PathBuf,
    path: PathBuf,
    item: MediaItem,
}

impl UploadSink for LocalUpload {
    async fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        use tokio::io::AsyncWriteExt;
        if let Some(file) = self.file.as_mut() {
            file.write_all(chunk).await?;
            self.item.bytes += chunk.len() as u64;
        }
        Ok(())
    }

    async fn finish(mut self) -> std::io::Result<MediaItem> {
        use tokio::io::AsyncWriteExt;
        if let Some(mut file) = self.file.take() {
            file.flush().await?;
            file.sync_all().await?;
        }
        tokio::fs::rename(&self.partial, &self.path).await?;
        Ok(self.item.clone())
    }
}

impl LocalUpload {
    /// Where the finished upload lies.
    pub fn final_path(&self) -> &std::path::Path {
        &self.path
    }
}

impl Drop for LocalUpload {
    fn drop(&mut self) {
        // Not finished: nothing of it stays.
        if self.file.is_some() {
            let _ = std::fs::remove_file(&self.partial);
        }
    }
}

/// Uploads in a local folder.
#[derive(Clone, Debug)]
pub struct LocalMedia {
    root: PathBuf,
}

impl LocalMedia {
    /// Uploads under `<media_dir>/uploads/`.
    pub fn new(media_dir: PathBuf) -> Self {
        Self {
            root: media_dir.join(UPLOADS),
        }
    }
}

impl MediaStore for LocalMedia {
    type Upload = LocalUpload;

    async fn create(&self, kind: MediaType) -> std::io::Result<LocalUpload> {
        tokio::fs::create_dir_all(&self.root).await?;
        let name = format!(
            "{}.{}",
            hex::encode(rand::random::<[u8; 16]>()),
            kind.extension()
        );
        let partial = self.root.join(format!(".{name}.part"));
        let file = tokio::fs::File::create(&partial).await?;
        Ok(LocalUpload {
            file: Some(file),
            partial,
            path: self.root.join(&name),
            item: MediaItem {
                path: format!("{UPLOADS}/{name}"),
                kind,
                bytes: 0,
            },
        })
    }

    async fn list(&self) -> std::io::Result<Vec<MediaItem>> {
        let mut items = Vec::new();
        let mut entries = match tokio::fs::read_dir(&self.root).await {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(items),
            Err(e) => return Err(e),
        };
        let mut dated = Vec::new();
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(kind) = name
                .rsplit_once('.')
                .and_then(|(_, ext)| MediaType::from_extension(ext))
                .filter(|_| !name.starts_with('.'))
            else {
                continue;
            };
            let meta = entry.metadata().await?;
            dated.push((
                meta.modified().ok(),
                MediaItem {
                    path: format!("{UPLOADS}/{name}"),
                    kind,
                    bytes: meta.len(),
                },
            ));
        }
        dated.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.path.cmp(&b.1.path)));
        items.extend(dated.into_iter().map(|(_, item)| item));
        Ok(items)
    }

    async fn delete(&self, path: &str) -> std::io::Result<()> {
        let name = upload_name(path).ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "not an upload's path")
        })?;
        match tokio::fs::remove_file(self.root.join(name)).await {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::upload_name;

    #[test]
    fn only_an_uploads_own_name_is_deleted() {
        assert_eq!(upload_name("uploads/3f2a.webm"), Some("3f2a.webm"));
        for bad in [
            "uploads/",
            "uploads/../secret.key",
            "uploads/a/b.webm",
            "uploads/.x.part",
            "media/trailer.webm",
            "uploadsx/a.webm",
        ] {
            assert_eq!(upload_name(bad), None, "{bad}");
        }
    }
}
