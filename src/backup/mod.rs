//! `convene backup FILE` and `convene restore FILE`: the whole site in one archive.
//!
//! The archive is a tar file (gzip-compressed when FILE ends in `.gz` or `.tgz`) holding, in
//! this order: `MANIFEST.toml` (what it is and where it came from), `convene.db` (a
//! consistent copy of the SQLite database made with `VACUUM INTO` while the server runs),
//! `secret.key` (the key that signs every link sent so far), `convene.toml` (the
//! configuration file in use) and `media/` (media kept in the data folder). On
//! PostgreSQL the database is left to `pg_dump`, and media in an object store to that
//! store's own copies; the command says so. The file is written under a temporary name and
//! renamed when complete, readable by its owner only (it holds the key).

mod restore;

pub use restore::restore;

use crate::clock::Clock;
use crate::config::Config;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Names inside the archive.
const MANIFEST: &str = "MANIFEST.toml";
const DATABASE: &str = "convene.db";
const KEY: &str = "secret.key";
const CONFIG: &str = "convene.toml";
const MEDIA: &str = "media";

/// The archive format this build writes and reads.
const FORMAT: u32 = 1;

/// What an archive says about itself.
#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: u32,
    convene_version: String,
    /// The database's newest applied migration at the time of the backup.
    schema_version: i64,
    created: jiff::Timestamp,
    /// `sqlite` (the database is in the archive) or `postgres` (it is not).
    database: String,
    /// The data folder and configuration file backed up, to tell where things came from.
    data_dir: PathBuf,
    config_file: Option<PathBuf>,
}

/// What a backup left out, to be told to the person running it.
#[derive(Debug, Default)]
pub struct Report {
    pub notes: Vec<String>,
}

/// Writes a backup of the site described by `config` to `file`.
pub async fn backup(config: &Config, clock: &Clock, file: &Path) -> anyhow::Result<Report> {
    let mut report = Report::default();
    let default_db = config.data_dir.join(DATABASE);
    if config.database_url.is_none() && !default_db.is_file() {
        anyhow::bail!(
            "there is no site in {} (no {DATABASE}): pass the data folder the server uses \
             with --data-dir, or its configuration with --config",
            config.data_dir.display()
        );
    }
    let (backend, schema_version) = inspect_database(&config.database_url()).await?;

    let parent = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    // The snapshot and the archive are made beside the destination: on the same disk, so
    // the final rename is atomic and a large database does not fill /tmp.
    let scratch = tempfile::Builder::new()
        .prefix(".convene-backup")
        .tempdir_in(&parent)
        .with_context(|| format!("cannot write in {}", parent.display()))?;
    let snapshot = match backend {
        crate::storage::Backend::Sqlite => {
            let path = scratch.path().join(DATABASE);
            snapshot_sqlite(&config.database_url(), &path).await?;
            Some(path)
        }
        crate::storage::Backend::Postgres => {
            report.notes.push(
                "The database is PostgreSQL: it is not in this archive. Back it up with \
                 pg_dump (pg_dump --format=custom --file=convene.pgdump DATABASE_URL) \
                 alongside this file."
                    .to_owned(),
            );
            None
        }
    };
    if config.media_s3_bucket.is_some() {
        report.notes.push(
            "Media (uploads and the content's media) are kept in an object store: they are \
             not in this archive; use the store's own versioning or replication."
                .to_owned(),
        );
    }
    if config.secret_key.is_some() {
        report.notes.push(
            "The link key is set in the configuration (secret_key or CONVENE_SECRET_KEY): keep \
             a copy of it too, or links sent so far will not open after a restore."
                .to_owned(),
        );
    }
    let manifest = Manifest {
        format: FORMAT,
        convene_version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version,
        created: clock.now(),
        database: match backend {
            crate::storage::Backend::Sqlite => "sqlite",
            crate::storage::Backend::Postgres => "postgres",
        }
        .to_owned(),
        data_dir: config.data_dir.clone(),
        config_file: config.config_file.clone(),
    };
    let config = config.clone();
    let file = file.to_owned();
    let archive = tokio::task::spawn_blocking(move || {
        write_archive(&config, &manifest, snapshot.as_deref(), &parent, &file)
    })
    .await??;
    drop(scratch);
    report.notes.insert(0, archive);
    Ok(report)
}

/// Which backend holds the site and its schema version, read without migrating: a newer
/// binary backing up before its upgrade must not change the database under the running
/// server.
async fn inspect_database(url: &str) -> anyhow::Result<(crate::storage::Backend, i64)> {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let backend = if url.starts_with("sqlite:") {
        crate::storage::Backend::Sqlite
    } else {
        crate::storage::Backend::Postgres
    };
    let mut conn = sqlx::AnyConnection::connect(url)
        .await
        .context("cannot open the database")?;
    let version: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut conn)
            .await
            .context("this database holds no Convene site (no migrations were applied)")?;
    conn.close().await?;
    Ok((backend, version.unwrap_or(0)))
}

/// A consistent copy of a SQLite database: `VACUUM INTO` reads one snapshot (writers go on
/// meanwhile, in WAL mode) and writes a compact file.
async fn snapshot_sqlite(url: &str, to: &Path) -> anyhow::Result<()> {
    use sqlx::{ConnectOptions, Connection};
    let options = sqlx::sqlite::SqliteConnectOptions::from_str(url)?
        .create_if_missing(false)
        .busy_timeout(std::time::Duration::from_secs(30));
    let mut conn = options
        .connect()
        .await
        .context("cannot open the database")?;
    sqlx::query("VACUUM INTO $1")
        .bind(to.to_string_lossy().into_owned())
        .execute(&mut conn)
        .await
        .context("cannot copy the database")?;
    conn.close().await?;
    Ok(())
}

fn write_archive(
    config: &Config,
    manifest: &Manifest,
    snapshot: Option<&Path>,
    parent: &Path,
    file: &Path,
) -> anyhow::Result<String> {
    // NamedTempFile is created readable by its owner only: the archive holds the key.
    let out = tempfile::Builder::new()
        .prefix(".convene-backup")
        .tempfile_in(parent)?;
    let compressed = is_gzip_name(file);
    let writer: Box<dyn Write> = if compressed {
        Box::new(flate2::write::GzEncoder::new(
            out.as_file(),
            flate2::Compression::default(),
        ))
    } else {
        Box::new(out.as_file())
    };
    let mut tar = tar::Builder::new(writer);
    tar.follow_symlinks(false);
    let text = toml::to_string(manifest)?;
    let mut header = tar::Header::new_gnu();
    header.set_size(text.len() as u64);
    header.set_mode(0o644);
    header.set_mtime(u64::try_from(manifest.created.as_second()).unwrap_or(0));
    header.set_cksum();
    tar.append_data(&mut header, MANIFEST, text.as_bytes())?;
    let mut parts = vec![MANIFEST];
    if let Some(snapshot) = snapshot {
        tar.append_path_with_name(snapshot, DATABASE)?;
        parts.push(DATABASE);
    }
    let key = config.data_dir.join(KEY);
    if key.is_file() {
        tar.append_path_with_name(&key, KEY)
            .with_context(|| format!("cannot read {}", key.display()))?;
        parts.push(KEY);
    }
    if let Some(path) = &config.config_file {
        tar.append_path_with_name(path, CONFIG)
            .with_context(|| format!("cannot read {}", path.display()))?;
        parts.push(CONFIG);
    }
    let media = config.media_dir();
    if config.media_s3_bucket.is_none() && media.is_dir() {
        tar.append_dir_all(MEDIA, &media)
            .with_context(|| format!("cannot read {}", media.display()))?;
        parts.push(MEDIA);
    }
    let mut writer = tar.into_inner()?;
    writer.flush()?;
    drop(writer);
    out.as_file().sync_all()?;
    out.persist(file)
        .with_context(|| format!("cannot write {}", file.display()))?;
    Ok(format!(
        "Backed up {} to {} (schema {}).",
        parts.join(", "),
        file.display(),
        manifest.schema_version
    ))
}

fn is_gzip_name(file: &Path) -> bool {
    let name = file.to_string_lossy();
    name.ends_with(".gz") || name.ends_with(".tgz")
}
