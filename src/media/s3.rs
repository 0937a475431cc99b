//! Uploads in an S3-compatible object store (AWS S3, MinIO, Garage, Ceph …), the scale-out
//! option: every instance sees the same files, and a CDN can serve them.
//!
//! An upload streams into a local staging file first, where the size and type checks run
//! as it arrives; only a finished, accepted file goes to the store (multipart, in parts),
//! and the staging file is removed either way. `/media/uploads/…` is then answered from the
//! store, with Range support, so pages need no other address.

use super::MediaType;
use super::store::{LocalMedia, LocalUpload, MediaItem, MediaStore, UPLOADS, UploadSink};
use futures_util::StreamExt;
use object_store::aws::AmazonS3Builder;
use object_store::path::Path as StorePath;
use object_store::{GetOptions, GetRange, ObjectStore, WriteMultipart};
use std::sync::Arc;
use tokio::io::AsyncReadExt;

/// Where the store is: bucket, region and (for anything but AWS) the endpoint, and the
/// credentials (unset: the usual `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`).
#[derive(Clone, Debug)]
pub struct S3Settings {
    pub bucket: String,
    pub region: String,
    pub endpoint: Option<String>,
    pub access_key: Option<String>,
    pub secret_key: Option<secrecy::SecretString>,
}

/// Uploads in an object store.
#[derive(Clone)]
pub struct S3Media {
    store: Arc<dyn ObjectStore>,
    staging: LocalMedia,
}

impl std::fmt::Debug for S3Media {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "S3Media({})", self.store)
    }
}

fn io_error(err: object_store::Error) -> std::io::Error {
    std::io::Error::other(err)
}

impl S3Media {
    /// Connects (lazily) to the store; `staging` is a local folder for uploads in progress.
    pub fn new(settings: &S3Settings, staging: std::path::PathBuf) -> anyhow::Result<Self> {
        let mut builder = AmazonS3Builder::from_env()
            .with_bucket_name(&settings.bucket)
            .with_region(&settings.region);
        if let (Some(key), Some(secret)) = (&settings.access_key, &settings.secret_key) {
            builder = builder
                .with_access_key_id(key)
                .with_secret_access_key(secrecy::ExposeSecret::expose_secret(secret));
        }
        if let Some(endpoint) = &settings.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"))
                .with_virtual_hosted_style_request(false);
        }
        let store = builder.build().map_err(|e| {
            anyhow::anyhow!(
                "the media store (bucket {}): {e}; check media_s3_* and AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY",
                settings.bucket
            )
        })?;
        Ok(Self {
            store: Arc::new(store),
            staging: LocalMedia::new(staging),
        })
    }

    /// The size of an upload, if it exists.
    pub async fn size(&self, name: &str) -> Result<u64, object_store::Error> {
        self.store
            .head(&StorePath::from(format!("{UPLOADS}/{name}")))
            .await
            .map(|meta| meta.size)
    }

    /// An upload by its name, the byte range asked for if any.
    pub async fn get(
        &self,
        name: &str,
        range: Option<GetRange>,
    ) -> Result<object_store::GetResult, object_store::Error> {
        let options = GetOptions {
            range,
            ..GetOptions::default()
        };
        self.store
            .get_opts(&StorePath::from(format!("{UPLOADS}/{name}")), options)
            .await
    }
}

/// An upload on its way to the store.
pub struct S3Upload {
    local: LocalUpload,
    store: Arc<dyn ObjectStore>,
}

impl UploadSink for S3Upload {
    async fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        self.local.write(chunk).await
    }

    async fn finish(self) -> std::io::Result<MediaItem> {
        // Removed however this ends: sent, refused, or the request dropped midway.
        let staged = Staged(self.local.final_path().to_owned());
        let item = self.local.finish().await?;
        send(&self.store, &staged.0, &item.path).await?;
        Ok(item)
    }
}

/// A finished staging file, removed when dropped.
struct Staged(std::path::PathBuf);

impl Drop for Staged {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Sends a finished file to the store in parts; a failed upload is aborted, so no parts
/// are left in the bucket.
async fn send(
    store: &Arc<dyn ObjectStore>,
    file: &std::path::Path,
    path: &str,
) -> std::io::Result<()> {
    let upload = store
        .put_multipart(&StorePath::from(path))
        .await
        .map_err(io_error)?;
    let mut writer = WriteMultipart::new(upload);
    match write_parts(&mut writer, file).await {
        Ok(()) => writer.finish().await.map(|_| ()).map_err(io_error),
        Err(err) => {
            if let Err(abort) = writer.abort().await {
                tracing::warn!(error = %abort, "could not abort a failed upload to the media store");
            }
            Err(err)
        }
    }
}

async fn write_parts(writer: &mut WriteMultipart, file: &std::path::Path) -> std::io::Result<()> {
    let mut file = tokio::fs::File::open(file).await?;
    let mut buffer = vec![0; 1024 * 1024];
    loop {
        let read = file.read(&mut buffer).await?;
        if read == 0 {
            return Ok(());
        }
        writer.wait_for_capacity(4).await.map_err(io_error)?;
        writer.write(&buffer[..read]);
    }
}

impl MediaStore for S3Media {
    type Upload = S3Upload;

    async fn create(&self, kind: MediaType) -> std::io::Result<S3Upload> {
        Ok(S3Upload {
            local: self.staging.create(kind).await?,
            store: Arc::clone(&self.store),
        })
    }

    async fn list(&self) -> std::io::Result<Vec<MediaItem>> {
        let prefix = StorePath::from(UPLOADS);
        let mut listed = self.store.list(Some(&prefix));
        let mut dated = Vec::new();
        while let Some(meta) = listed.next().await {
            let meta = meta.map_err(io_error)?;
            let Some(name) = meta.location.filename().map(str::to_owned) else {
                continue;
            };
            let Some(kind) = name
                .rsplit_once('.')
                .and_then(|(_, ext)| MediaType::from_extension(ext))
            else {
                continue;
            };
            dated.push((
                meta.last_modified,
                MediaItem {
                    path: format!("{UPLOADS}/{name}"),
                    kind,
                    bytes: meta.size,
                },
            ));
        }
        dated.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.path.cmp(&b.1.path)));
        Ok(dated.into_iter().map(|(_, item)| item).collect())
    }
}

/// The configured store of uploads.
#[derive(Clone, Debug)]
pub enum Media {
    /// `<data-dir>/media/uploads/` (the default).
    Local(LocalMedia),
    /// An S3-compatible object store.
    S3(S3Media),
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
}
