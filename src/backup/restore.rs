//! `convene restore FILE`: unpacks a backup into an empty data folder.
//!
//! Nothing is ever overwritten: a data folder that holds anything is refused. The archive
//! is unpacked into a staging folder beside the data folder, checked (the manifest first,
//! only the names a backup writes, the database's integrity), and only then moved in.

use super::{CONFIG, DATABASE, FORMAT, KEY, MANIFEST, MEDIA, Manifest};
use crate::config::Config;
use anyhow::{Context, bail};
use std::io::{BufRead, BufReader, Read};
use std::path::{Component, Path};

/// Restores `file` into the data folder of `config`, which must be empty or missing.
/// Returns what to tell the person restoring.
pub async fn restore(config: &Config, file: &Path) -> anyhow::Result<Vec<String>> {
    let data_dir = config.data_dir.clone();
    refuse_unless_empty(&data_dir)?;
    let parent = match data_dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .with_context(|| format!("cannot create {}", parent.display()))?;
    let staging = tempfile::Builder::new()
        .prefix(".convene-restore")
        .tempdir_in(&parent)
        .with_context(|| format!("cannot write in {}", parent.display()))?;
    let (archive, stage) = (file.to_owned(), staging.path().to_owned());
    let manifest = tokio::task::spawn_blocking(move || unpack(&archive, &stage)).await??;

    let mut notes = vec![format!(
        "Restored a backup of {} made {} by Convene {} (schema {}).",
        manifest.data_dir.display(),
        manifest.created,
        manifest.convene_version,
        manifest.schema_version
    )];
    if staging.path().join(DATABASE).exists() {
        check_database(&staging.path().join(DATABASE)).await?;
    } else if manifest.database == "postgres" {
        notes.push(
            "The database was PostgreSQL and is not in the archive: restore it with \
             pg_restore from your pg_dump copy, and point database_url at it."
                .to_owned(),
        );
    }
    let config_restored = staging.path().join(CONFIG);
    if config_restored.exists() {
        let was_in_data_dir = manifest
            .config_file
            .as_ref()
            .is_some_and(|f| f.parent() == Some(manifest.data_dir.as_path()));
        if !was_in_data_dir {
            let kept = staging.path().join("convene.toml.restored");
            std::fs::rename(&config_restored, &kept)?;
            notes.push(format!(
                "The configuration file was {}: it is restored as {}; put it back in its place.",
                manifest
                    .config_file
                    .as_deref()
                    .unwrap_or(Path::new("?"))
                    .display(),
                data_dir.join("convene.toml.restored").display()
            ));
        }
    }

    // Checked: move the staged files in. The folder was empty a moment ago; if something
    // appeared meanwhile, refuse rather than mix two sites.
    std::fs::create_dir_all(&data_dir)
        .with_context(|| format!("cannot create {}", data_dir.display()))?;
    refuse_unless_empty(&data_dir)?;
    for entry in std::fs::read_dir(staging.path())? {
        let entry = entry?;
        std::fs::rename(entry.path(), data_dir.join(entry.file_name()))
            .with_context(|| format!("cannot move files into {}", data_dir.display()))?;
    }
    notes.push(format!("The site's data is now in {}.", data_dir.display()));
    Ok(notes)
}

fn refuse_unless_empty(dir: &Path) -> anyhow::Result<()> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                bail!(
                    "the data folder {} is not empty: restore only into a new or empty folder, \
                     so nothing is overwritten (move the old folder aside, or pass another \
                     --data-dir)",
                    dir.display()
                );
            }
            Ok(())
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(err) => Err(anyhow::anyhow!("cannot read {}: {err}", dir.display())),
    }
}

/// Unpacks `file` into `stage`, refusing anything a backup does not write.
fn unpack(file: &Path, stage: &Path) -> anyhow::Result<Manifest> {
    let opened = std::fs::File::open(file)
        .with_context(|| format!("cannot read the backup {}", file.display()))?;
    let mut buffered = BufReader::new(opened);
    let gzip = buffered.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn Read> = if gzip {
        Box::new(flate2::read::GzDecoder::new(buffered))
    } else {
        Box::new(buffered)
    };
    let not_a_backup = || {
        format!(
            "{} is not a Convene backup (made by `convene backup`)",
            file.display()
        )
    };
    let mut archive = tar::Archive::new(reader);
    archive.set_preserve_permissions(true);
    let mut entries = archive.entries().with_context(not_a_backup)?;
    let manifest: Manifest = {
        let mut first = entries
            .next()
            .ok_or_else(|| anyhow::anyhow!(not_a_backup()))?
            .with_context(not_a_backup)?;
        if first.path()?.as_os_str() != MANIFEST {
            bail!(not_a_backup());
        }
        let mut text = String::new();
        first.read_to_string(&mut text).with_context(not_a_backup)?;
        toml::from_str(&text).with_context(not_a_backup)?
    };
    if manifest.format > FORMAT {
        bail!(
            "this backup was made by a newer Convene ({}); restore it with that version or later",
            manifest.convene_version
        );
    }
    for entry in entries {
        let mut entry = entry.with_context(not_a_backup)?;
        let path = entry.path()?.into_owned();
        let kind = entry.header().entry_type();
        // Files and folders only (no links, devices), under the names a backup writes.
        let allowed = (kind.is_file() || kind.is_dir())
            && (matches!(path.to_str(), Some(DATABASE | KEY | CONFIG))
                || (path.starts_with(MEDIA)
                    && path.components().all(|c| matches!(c, Component::Normal(_)))));
        if !allowed {
            bail!(
                "{}: unexpected entry {} in the archive; nothing was restored",
                not_a_backup(),
                path.display()
            );
        }
        // unpack_in refuses paths that would leave `stage` (`..`, absolute, symlinks).
        entry
            .unpack_in(stage)
            .with_context(|| format!("cannot unpack {}", path.display()))?;
    }
    Ok(manifest)
}

/// The restored database opens and passes SQLite's integrity check.
async fn check_database(path: &Path) -> anyhow::Result<()> {
    use sqlx::{ConnectOptions, Connection};
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .connect()
        .await
        .context("the restored database does not open")?;
    let verdict: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut conn)
        .await
        .context("the restored database cannot be checked")?;
    conn.close().await?;
    if verdict != "ok" {
        bail!("the restored database is damaged ({verdict}); nothing was restored");
    }
    Ok(())
}
