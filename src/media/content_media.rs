//! The content's media — videos, posters, caption files, stream playlists and every file
//! they name, and uploads the content shows — where every instance finds them: in the object
//! store when one is configured, else in the media folder (which only the instance on this
//! machine sees). `convene import` puts them there, start-up checks this instance can serve
//! each one (see [`check_at_start`]), and the editors' check and `convene export` read them
//! back. A file keeps its path under `/media/` in either place (`media/trailer.webm`).

use super::{Media, S3Media};
use crate::content::{MediaPath, SiteContent, StreamSource, event_media, hls_files, post_media};
use futures_util::StreamExt;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// How many files are looked up or sent at once.
const AT_ONCE: usize = 8;

/// The content's media as this instance sees them.
pub struct ContentMedia<'a> {
    media: &'a Media,
    /// The data folder's media folder.
    media_dir: &'a Path,
}

/// Whether this instance can serve one file.
enum Reach {
    Served,
    /// Only the media folder had it: it was sent to the store.
    Sent,
    Missing,
}

impl<'a> ContentMedia<'a> {
    pub fn new(media: &'a Media, media_dir: &'a Path) -> Self {
        Self { media, media_dir }
    }

    fn local(&self, path: &MediaPath) -> PathBuf {
        self.media_dir.join(path.as_str())
    }

    fn store(&self) -> Option<&'a S3Media> {
        match self.media {
            Media::S3(store) => Some(store),
            Media::Local(_) => None,
        }
    }

    /// Puts an imported folder's media where every instance finds them: into the object
    /// store (only what changed is sent), else into the media folder. `progress` is told of
    /// each file as it is done.
    pub async fn publish(
        &self,
        files: &BTreeMap<MediaPath, PathBuf>,
        progress: &mut dyn FnMut(usize, usize, &Path),
    ) -> anyhow::Result<()> {
        let total = files.len();
        let Some(store) = self.store() else {
            for (n, (path, from)) in files.iter().enumerate() {
                let to = self.local(path);
                if let Some(parent) = to.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| {
                        anyhow::anyhow!("creating the media folder {}: {e}", parent.display())
                    })?;
                }
                std::fs::copy(from, &to).map_err(|e| {
                    anyhow::anyhow!("copying {} to {}: {e}", from.display(), to.display())
                })?;
                progress(n + 1, total, Path::new(path.as_str()));
            }
            return Ok(());
        };
        let mut sent = futures_util::stream::iter(files)
            .map(|(path, from)| async move {
                store
                    .put_file(path.as_str(), from)
                    .await
                    .map(|_| path)
                    .map_err(|e| {
                        anyhow::anyhow!(
                            "putting {path} into the media store (bucket {}): {e}",
                            store.bucket()
                        )
                    })
            })
            .buffer_unordered(AT_ONCE);
        let mut done = 0;
        while let Some(path) = sent.next().await {
            done += 1;
            progress(done, total, Path::new(path?.as_str()));
        }
        Ok(())
    }

    /// Every media file `content` refers to, with every file its stream playlists name
    /// (read from wherever they are).
    pub async fn referenced(&self, content: &SiteContent) -> std::io::Result<Vec<MediaPath>> {
        let mut paths: BTreeSet<MediaPath> = content
            .events
            .iter()
            .flat_map(event_media)
            .chain(content.posts.iter().flat_map(post_media))
            .chain(content.settings.share_image.iter())
            .cloned()
            .collect();
        let playlists: Vec<MediaPath> = content
            .events
            .iter()
            .filter_map(|e| e.stream.as_ref())
            .flat_map(|s| s.sources())
            .filter_map(|s| match s {
                StreamSource::Media(playlist) => Some(playlist.clone()),
                StreamSource::Remote(_) => None,
            })
            .collect();
        paths.extend(playlists.iter().cloned());
        // Playlists name playlists: read each one found until no new one turns up.
        let mut texts: HashMap<MediaPath, Option<String>> = HashMap::new();
        loop {
            for playlist in &playlists {
                let (files, _) = hls_files(playlist, |p| texts.get(p).cloned().flatten());
                paths.extend(files);
            }
            let unread: Vec<MediaPath> = paths
                .iter()
                .filter(|p| p.as_str().ends_with(".m3u8") && !texts.contains_key(*p))
                .cloned()
                .collect();
            if unread.is_empty() {
                return Ok(paths.into_iter().collect());
            }
            for path in unread {
                let text = self.read_text(&path).await?;
                texts.insert(path, text);
            }
        }
    }

    /// A playlist's text, from the store or else the media folder; `None` if neither has it.
    async fn read_text(&self, path: &MediaPath) -> std::io::Result<Option<String>> {
        if let Some(store) = self.store()
            && let Some(bytes) = store
                .read(path.as_str())
                .await
                .map_err(std::io::Error::other)?
        {
            return Ok(Some(String::from_utf8_lossy(&bytes).into_owned()));
        }
        Ok(tokio::fs::read_to_string(self.local(path)).await.ok())
    }

    /// Whether this instance can serve `path`; with a store, a file only the media folder
    /// holds (imported before the store was configured) is sent there first.
    async fn reach(&self, path: &MediaPath) -> std::io::Result<Reach> {
        let local = self.local(path);
        let Some(store) = self.store() else {
            return Ok(if local.is_file() {
                Reach::Served
            } else {
                Reach::Missing
            });
        };
        if store
            .exists(path.as_str())
            .await
            .map_err(std::io::Error::other)?
        {
            Ok(Reach::Served)
        } else if local.is_file() {
            store.put_file(path.as_str(), &local).await?;
            Ok(Reach::Sent)
        } else {
            Ok(Reach::Missing)
        }
    }

    /// The files `content` refers to that this instance cannot serve (`None`: it serves
    /// them all). An error means the store could not be asked.
    pub async fn unreachable(&self, content: &SiteContent) -> std::io::Result<Option<Unreachable>> {
        let paths = self.referenced(content).await?;
        let reached: Vec<(MediaPath, std::io::Result<Reach>)> = futures_util::stream::iter(paths)
            .map(|path| async move {
                let reach = self.reach(&path).await;
                (path, reach)
            })
            .buffer_unordered(AT_ONCE)
            .collect()
            .await;
        let (mut missing, mut sent) = (Vec::new(), 0);
        for (path, reach) in reached {
            match reach? {
                Reach::Served => {}
                Reach::Sent => sent += 1,
                Reach::Missing => missing.push(path),
            }
        }
        if sent > 0 {
            tracing::info!(
                files = sent,
                "content media found only in the media folder were sent to the object store"
            );
        }
        missing.sort();
        Ok((!missing.is_empty()).then(|| Unreachable {
            files: missing,
            bucket: self.store().map(|s| s.bucket().to_owned()),
            media_dir: self.media_dir.to_owned(),
        }))
    }

    /// Copies every file `content` refers to into `dir` (`convene export`), from the store
    /// or else the media folder; returns how many.
    pub async fn copy_into(&self, content: &SiteContent, dir: &Path) -> anyhow::Result<usize> {
        let paths = self.referenced(content).await?;
        for path in &paths {
            let to = dir.join(path.as_str());
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent)?;
            }
            if let Some(store) = self.store()
                && store.download(path.as_str(), &to).await?
            {
                continue;
            }
            let from = self.local(path);
            std::fs::copy(&from, &to).map_err(|e| match self.store() {
                Some(store) => anyhow::anyhow!(
                    "media file {path} is neither in the media store (bucket {}) nor at {}: {e}",
                    store.bucket(),
                    from.display()
                ),
                None => anyhow::anyhow!("copying media {path} from {}: {e}", from.display()),
            })?;
        }
        Ok(paths.len())
    }

    /// Makes every file an edit may name visible in `dir`, a content folder about to be
    /// checked, without copying any: with an object store a stand-in per stored file (a
    /// playlist's real text, a caption file's first line, else empty — the importer only
    /// looks at those); else links to the media folder's entries. Files only this media
    /// folder holds stay invisible with a store: the other instances could not serve them.
    pub async fn stand_ins(&self, dir: &Path) -> anyhow::Result<()> {
        let Some(store) = self.store() else {
            return self.link_media_folder(dir);
        };
        for key in store.keys().await? {
            let Ok(path) = key.parse::<MediaPath>() else {
                continue;
            };
            let target = dir.join(path.as_str());
            if target.exists() {
                continue;
            }
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let text = if path.as_str().ends_with(".m3u8") {
                store
                    .read(path.as_str())
                    .await?
                    .unwrap_or_default()
                    .to_vec()
            } else if path.as_str().ends_with(".vtt") {
                b"WEBVTT\n".to_vec()
            } else {
                Vec::new()
            };
            std::fs::write(&target, text)?;
        }
        Ok(())
    }

    /// Links each entry of the media folder into `dir`.
    fn link_media_folder(&self, dir: &Path) -> anyhow::Result<()> {
        // Links must point somewhere absolute: the data folder may be given as a relative path.
        let media_dir = std::path::absolute(self.media_dir)
            .map_err(|e| anyhow::anyhow!("the media folder's path: {e}"))?;
        if let Ok(entries) = std::fs::read_dir(&media_dir) {
            for entry in entries.flatten() {
                let target = dir.join(entry.file_name());
                if !target.exists() {
                    link(&entry.path(), &target)?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(unix)]
fn link(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::os::unix::fs::symlink(from, to)
        .map_err(|e| anyhow::anyhow!("linking the media folder: {e}"))
}

#[cfg(not(unix))]
fn link(_from: &Path, _to: &Path) -> anyhow::Result<()> {
    anyhow::bail!("editing content files needs a system with symbolic links")
}

/// Content media this instance cannot serve, and what to do about it.
#[derive(Debug)]
pub struct Unreachable {
    /// The files, sorted.
    pub files: Vec<MediaPath>,
    /// The object store's bucket, if one is configured.
    bucket: Option<String>,
    media_dir: PathBuf,
}

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const NAMED: usize = 5;
        let mut named = self
            .files
            .iter()
            .take(NAMED)
            .map(MediaPath::as_str)
            .collect::<Vec<_>>()
            .join(", ");
        if self.files.len() > NAMED {
            named.push_str(&format!(" and {} more", self.files.len() - NAMED));
        }
        let folder = self.media_dir.display();
        match &self.bucket {
            None => write!(
                f,
                "the content refers to media files missing from this instance's media folder \
                 ({folder}): {named}. Without an object store each instance serves media from its \
                 own folder, and every instance must serve every file. Either configure the \
                 object store every instance shares (media_s3_bucket, media_s3_endpoint …, or \
                 CONVENE_MEDIA_S3_*) and run `convene import` again, which puts the media \
                 there; or copy the media folder from the machine that ran the import to \
                 {folder}; or run `convene import` on this machine."
            ),
            Some(bucket) => write!(
                f,
                "the content refers to media files neither in the object store (bucket \
                 {bucket}) nor in this instance's media folder ({folder}): {named}. Check that \
                 every instance names the same bucket (media_s3_bucket), or run `convene \
                 import` again to put the files in the store."
            ),
        }
    }
}

/// Start-up: can this instance serve every media file the content refers to? On
/// PostgreSQL, where several instances serve one site, it refuses to start if not — another
/// instance's media folder is no help to a visitor who reached this one. Alone on SQLite
/// it says so in the log and starts: the site is one process, the file is gone from the
/// only place it was (no other instance's setting would bring it back), and the rest of the
/// site — sign-ups above all — should not go down with one video. When the store cannot be
/// asked, that is logged and the start goes on (readiness reports the store).
pub async fn check_at_start(state: &crate::state::AppState) -> anyhow::Result<()> {
    let content = match state.content().await {
        Ok(content) => content,
        Err(crate::error::WebError::NotFound) => return Ok(()),
        Err(err) => anyhow::bail!("reading the content to check its media: {err}"),
    };
    let media_dir = state.config.media_dir();
    let unreachable = match ContentMedia::new(&state.media, &media_dir)
        .unreachable(&content)
        .await
    {
        Ok(unreachable) => unreachable,
        Err(err) => {
            tracing::warn!(error = %err, "could not check the content's media in the object store; starting anyway");
            return Ok(());
        }
    };
    let Some(unreachable) = unreachable else {
        return Ok(());
    };
    match state.db.backend() {
        crate::storage::Backend::Postgres => anyhow::bail!(
            "{unreachable}\nOn PostgreSQL several instances serve one site, and this one would \
             answer 404 for those files, so it does not start: do one of the above, then start \
             it again."
        ),
        crate::storage::Backend::Sqlite => {
            tracing::error!("{unreachable}");
            Ok(())
        }
    }
}
