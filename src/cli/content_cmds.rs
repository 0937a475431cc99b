//! `import`, `export` and the demo's first-run load.

use crate::config::Config;
use crate::content::{self, ImportReport};
use crate::media::{ContentMedia, Media};
use crate::state::AppState;
use crate::storage::{ContentSave, Database};
use std::io::Write;
use std::path::Path;

/// Prints `[n/total] what` on one refreshed line of stderr.
fn progress(verb: &'static str) -> impl FnMut(usize, usize, &Path) {
    move |n, total, what| {
        let mut err = std::io::stderr();
        let _ = write!(err, "\r\x1b[2K{verb} [{n}/{total}] {}", what.display());
        if n == total {
            let _ = writeln!(err);
        }
        let _ = err.flush();
    }
}

/// Reads, checks and stores a content folder; prints every problem and changes nothing if
/// there is one.
pub async fn import(config: &Config, dir: &Path) -> anyhow::Result<()> {
    let report = match content::read_dir(dir, &mut progress("checking")) {
        Ok(report) => report,
        Err(problems) => {
            eprintln!();
            anyhow::bail!(
                "{}",
                problems
                    .to_string()
                    .replace(&format!("{}/", dir.display()), "")
            );
        }
    };
    let db = connect(config).await?;
    let media = config.media_store()?;
    let revision = store(
        &db,
        config,
        &media,
        &report,
        crate::clock::Clock::configured(config.clock_start).now(),
        &mut progress("storing media"),
    )
    .await?;
    tell_running_instances(config, revision).await;
    println!(
        "Imported {} file(s): {} event(s), {} post(s), {} chapter(s), {} media file(s).",
        report.files_read,
        report.content.events.len(),
        report.content.posts.len(),
        report.content.chapters.len(),
        report.media.len()
    );
    db.close().await;
    Ok(())
}

/// Tells the running instances over NATS (with `nats_url`) that the content changed, so
/// their cached pages go at once; without NATS, or when it cannot be reached, their poll of
/// the content revision brings the change.
async fn tell_running_instances(config: &Config, revision: i64) {
    let Some(url) = &config.nats_url else { return };
    let stale = crate::cluster::Stale::Content(revision);
    if let Err(err) = crate::cluster::tell_stale_once(url, &stale).await {
        eprintln!(
            "warning: could not tell the running instances over NATS at {} ({err}); they show \
             the new content within {} s (their poll)",
            crate::config::redact_url(url),
            config.server.content_poll.as_secs()
        );
    }
}

async fn store(
    db: &Database,
    config: &Config,
    media: &Media,
    report: &ImportReport,
    now: jiff::Timestamp,
    progress: &mut dyn FnMut(usize, usize, &Path),
) -> anyhow::Result<i64> {
    // Media first, where every instance finds them (the object store if there is one): a
    // page must never refer to a file that is not there yet.
    ContentMedia::new(media, &config.media_dir())
        .publish(&report.media, progress)
        .await?;
    // Unconditional: an import replaces whatever is there (the organisers' editors instead
    // save on the revision they were based on).
    match db
        .save_content(&report.content, None, now, config.lifetimes(), None)
        .await?
    {
        ContentSave::Stored(revision) => Ok(revision),
        ContentSave::Stale { .. } => anyhow::bail!("an unconditional save was refused"),
    }
}

async fn connect(config: &Config) -> anyhow::Result<Database> {
    use anyhow::Context;
    std::fs::create_dir_all(&config.data_dir).with_context(|| {
        format!(
            "cannot create the data folder {} (run as the user who owns it, e.g. \
             runuser -u convene -- convene …)",
            config.data_dir.display()
        )
    })?;
    Ok(Database::connect(&config.database_url()).await?)
}

/// Writes the stored content to `dir`.
pub async fn export(config: &Config, dir: &Path) -> anyhow::Result<()> {
    let db = connect(config).await?;
    let content = db.site_content().await?.ok_or_else(|| {
        anyhow::anyhow!("there is no content to export yet; import a folder first")
    })?;
    content::export_dir(&content, None, dir, &mut progress("writing"))?;
    // The media from wherever they are kept (the object store, else the media folder).
    let media = config.media_store()?;
    let files = ContentMedia::new(&media, &config.media_dir())
        .copy_into(&content, dir)
        .await?;
    println!(
        "Exported {} event(s), {} post(s) and {files} media file(s) to {}",
        content.events.len(),
        content.posts.len(),
        dir.display()
    );
    db.close().await;
    Ok(())
}

/// Loads the demo content on the first run (an empty database); later runs reuse the data.
pub async fn load_demo_if_empty(state: &AppState) -> anyhow::Result<()> {
    if state.db.site_settings().await?.is_some() {
        return Ok(());
    }
    let dir = state.config.data_dir.join("demo-content");
    content::demo_content_dir(&dir)?;
    let mut report = content::read_dir(&dir, &mut |_, _, _| {})
        .map_err(|p| anyhow::anyhow!("the built-in demo content is broken:\n{p}"))?;
    report.content.shift_demo_dates(state.clock.now());
    let revision = store(
        &state.db,
        &state.config,
        &state.media,
        &report,
        state.clock.now(),
        &mut |_, _, _| {},
    )
    .await?;
    state.content_changed(revision);
    println!(
        "Loaded the demo content ({} events, {} publications).",
        report.content.events.len(),
        report.content.posts.len()
    );
    Ok(())
}

/// The address of the demo attendee's hall (made on first use: a confirmed registration
/// of the upcoming demo edition), and when its doors open; `None` without that event.
pub async fn demo_hall(state: &AppState) -> anyhow::Result<Option<(String, jiff::Timestamp)>> {
    use crate::registration::{NewRegistration, Purpose, SignUp};
    const EMAIL: &str = "hall-demo@example.org";
    let content = state
        .content()
        .await
        .map_err(|_| anyhow::anyhow!("no content loaded"))?;
    let Some(event) = content
        .events
        .iter()
        .find(|e| e.slug.as_str() == content::DEMO_UPCOMING_EVENT)
    else {
        return Ok(None);
    };
    let now = state.clock.now();
    let existing = state
        .db
        .registrations(&event.slug)
        .await?
        .into_iter()
        .find(|r| r.email.as_str() == EMAIL);
    let id = match existing {
        Some(reg) => reg.id,
        None => {
            let confirm = hex::encode(rand::random::<[u8; 16]>());
            let access = hex::encode(rand::random::<[u8; 16]>());
            let new = NewRegistration {
                event: event.slug.clone(),
                email: EMAIL.parse()?,
                name: "Demo Attendee".parse()?,
                country: "LB".parse()?,
                lang: "en".parse()?,
                time_zone: "Asia/Beirut".parse()?,
            };
            match state
                .db
                .sign_up(&new, &confirm, &access, now, state.lifetimes)
                .await?
            {
                SignUp::Created { id } => {
                    state.db.confirm(id, &confirm, now).await?;
                    id
                }
                _ => return Ok(None),
            }
        }
    };
    let Some((_, nonces)) = state.db.link_nonces(id).await? else {
        return Ok(None);
    };
    let token = state.link_key.token(Purpose::Access, id, &nonces.access);
    Ok(Some((format!("/en/hall/{token}"), event.doors_open_at)))
}
