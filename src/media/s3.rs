//! Media in an S3-compatible object store (AWS S3, MinIO, Garage, Ceph …), the scale-out
//! option: every instance sees the same files, and a CDN can serve them. Each file is kept
//! under its path below `/media/`: `uploads/…` for uploads, the content's own paths
//! (`media/trailer.webm`) for the media `convene import` brings.
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
use object_store::{
    Attribute, Attributes, GetOptions, ObjectStore, PutMultipartOptions, WriteMultipart,
};
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

/// Media in an object store.
#[derive(Clone)]
pub struct S3Media {
    store: Arc<dyn ObjectStore>,
    bucket: String,
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
            bucket: settings.bucket.clone(),
            staging: LocalMedia::new(staging),
        })
    }

    /// The bucket's name (for messages).
    pub fn bucket(&self) -> &str {
        &self.bucket
    }

    /// The size of a stored file (`uploads/…`, `media/…`: its path under `/media/`), if it
    /// exists.
    pub async fn size(&self, key: &str) -> Result<u64, object_store::Error> {
        self.store
            .head(&StorePath::from(key))
            .await
            .map(|meta| meta.size)
    }

    /// Whether a file is in the store.
    pub async fn exists(&self, key: &str) -> Result<bool, object_store::Error> {
        match self.store.head(&StorePath::from(key)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// A stored file by its path under `/media/`, as `options` ask (a byte range, a
    /// condition).
    pub async fn get(
        &self,
        key: &str,
        options: GetOptions,
    ) -> Result<object_store::GetResult, object_store::Error> {
        self.store.get_opts(&StorePath::from(key), options).await
    }

    /// A small stored file whole (a playlist), `None` if it is not there.
    pub async fn read(&self, key: &str) -> Result<Option<bytes::Bytes>, object_store::Error> {
        match self.store.get(&StorePath::from(key)).await {
            Ok(result) => result.bytes().await.map(Some),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// Writes a stored file to `to`; `false` if the store does not hold it.
    pub async fn download(&self, key: &str, to: &std::path::Path) -> std::io::Result<bool> {
        use tokio::io::AsyncWriteExt;
        let result = match self.store.get(&StorePath::from(key)).await {
            Ok(result) => result,
            Err(object_store::Error::NotFound { .. }) => return Ok(false),
            Err(err) => return Err(io_error(err)),
        };
        let mut file = tokio::fs::File::create(to).await?;
        let mut chunks = result.into_stream();
        while let Some(chunk) = chunks.next().await {
            file.write_all(&chunk.map_err(io_error)?).await?;
        }
        file.flush().await?;
        Ok(true)
    }

    /// Every file in the store, by its path under `/media/`.
    pub async fn keys(&self) -> std::io::Result<Vec<String>> {
        let mut listed = self.store.list(None);
        let mut keys = Vec::new();
        while let Some(meta) = listed.next().await {
            keys.push(meta.map_err(io_error)?.location.to_string());
        }
        Ok(keys)
    }

    /// Puts the local `file` at `key`, unless the store already holds the same bytes there
    /// (their SHA-256 is kept with each file sent): an import run again sends only what
    /// changed. Returns whether it was sent.
    pub async fn put_file(&self, key: &str, file: &std::path::Path) -> std::io::Result<bool> {
        let digest = sha256_of(file).await?;
        let location = StorePath::from(key);
        let head = GetOptions {
            head: true,
            ..GetOptions::default()
        };
        match self.store.get_opts(&location, head).await {
            Ok(found) if found.attributes.get(&DIGEST) == Some(&digest.clone().into()) => {
                return Ok(false);
            }
            Ok(_) | Err(object_store::Error::NotFound { .. }) => {}
            Err(err) => return Err(io_error(err)),
        }
        let mut attributes = Attributes::new();
        attributes.insert(DIGEST, digest.into());
        if let Some(mime) = mime_guess::from_path(key).first_raw() {
            attributes.insert(Attribute::ContentType, mime.into());
        }
        send(&self.store, file, key, attributes).await?;
        Ok(true)
    }

    /// Whether the store answers: one listing of a prefix that holds nothing, so it costs
    /// one small request and fails on a missing bucket, refused credentials or an
    /// unreachable endpoint (for a readiness check; the caller bounds how long it waits).
    pub async fn check(&self) -> Result<(), String> {
        self.store
            .list_with_delimiter(Some(&StorePath::from(".convene-readiness")))
            .await
            .map(|_| ())
            .map_err(|err| format!("the media store does not answer: {err}"))
    }
}

/// The user metadata that keeps a file's SHA-256 (hex) in the store.
const DIGEST: Attribute = Attribute::Metadata(std::borrow::Cow::Borrowed("sha256"));

/// The SHA-256 of a local file, in hex.
async fn sha256_of(file: &std::path::Path) -> std::io::Result<String> {
    use sha2::Digest;
    let mut file = tokio::fs::File::open(file).await?;
    let mut hasher = sha2::Sha256::new();
    let mut buffer = vec![0; 1024 * 1024];
    loop {
        let read = file.read(&mut buffer).await?;
        if read == 0 {
            return Ok(hex::encode(hasher.finalize()));
        }
        hasher.update(&buffer[..read]);
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
        send(&self.store, &staged.0, &item.path, Attributes::new()).await?;
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
    attributes: Attributes,
) -> std::io::Result<()> {
    let options = PutMultipartOptions {
        attributes,
        ..PutMultipartOptions::default()
    };
    let upload = store
        .put_multipart_opts(&StorePath::from(path), options)
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

    async fn delete(&self, path: &str) -> std::io::Result<()> {
        if super::store::upload_name(path).is_none() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "not an upload's path",
            ));
        }
        match self.store.delete(&StorePath::from(path)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(err) => Err(io_error(err)),
        }
    }
}
