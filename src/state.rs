//! The application state every handler receives.

use crate::clock::Clock;
use crate::cluster::Stale;
use crate::config::Config;
use crate::i18n::Catalog;
use crate::mail::Transport;
use crate::registration::Lifetimes;
use crate::registration::LinkKey;
use crate::site::{Assets, PageCache};
use crate::storage::Database;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// What [`AppState::new`] is built from.
pub struct StateParts {
    pub config: Config,
    pub db: Database,
    pub clock: Clock,
    pub catalog: Catalog,
    pub assets: Assets,
    pub revision: i64,
    pub link_key: LinkKey,
    pub transport: Transport,
    /// The other instances (NATS), or none.
    pub cluster: crate::cluster::Cluster,
}

/// Shared state, cloned per request for nothing but a reference count: every route, layer
/// and handler holds one (a request cloned it four times, each copy of the fields costing
/// three allocations, before it was one `Arc`). Its fields are read through `Deref`; writing
/// one (start-up, tests) first copies the fields if another clone shares them.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl std::ops::DerefMut for AppState {
    fn deref_mut(&mut self) -> &mut Shared {
        Arc::make_mut(&mut self.0)
    }
}

/// The fields of [`AppState`].
#[derive(Clone)]
pub struct Shared {
    /// The effective configuration.
    pub config: Arc<Config>,
    /// Storage (SQLite or PostgreSQL); handlers use it through the `storage` traits.
    pub db: Database,
    /// The only source of "now".
    pub clock: Clock,
    /// UI strings.
    pub catalog: Catalog,
    /// Fingerprinted static assets, compiled in.
    pub assets: Arc<Assets>,
    /// Rendered pages.
    pub pages: PageCache,
    /// Signs the links in mail and the forms' CSRF tokens.
    pub link_key: LinkKey,
    /// Where mail goes.
    pub transport: Transport,
    /// Lifetimes of confirmation links and offers.
    pub lifetimes: Lifetimes,
    /// Sign-ups, stored with group commit.
    pub signups: crate::registration::SignUpQueue,
    /// Limits on what strangers can trigger.
    pub limits: crate::site::RateLimits,
    /// The online hall: its open streams here and, with several instances, NATS.
    pub hall: crate::hall::Hall,
    /// Where uploads are kept.
    pub media: crate::media::Media,
    /// Counters for `/metrics`.
    pub metrics: Arc<crate::metrics::Metrics>,
    /// The other instances: what is stale travels to them over NATS.
    pub cluster: crate::cluster::Cluster,
    /// The content revision last seen; pages rendered under an older one are stale.
    revision: Arc<AtomicI64>,
    /// The content, read once per revision.
    snapshot: crate::site::ContentSnapshot,
}

impl AppState {
    /// Assembles the state.
    pub fn new(parts: StateParts) -> Self {
        let StateParts {
            config,
            db,
            clock,
            catalog,
            assets,
            revision,
            link_key,
            transport,
            cluster,
        } = parts;
        let lifetimes: Lifetimes = config.lifetimes();
        let limits = crate::site::RateLimits::new(config.form_limit_per_ip, &db, &link_key);
        let signups = crate::registration::SignUpQueue::start(db.clone(), lifetimes);
        let windows = crate::hall::Windows::for_database(&db, clock.clone(), cluster.instance());
        let hall = crate::hall::Hall::new(
            crate::hall::Hub::new(db.clone()),
            cluster.clone(),
            windows,
            clock.clone(),
        );
        let media = crate::media::Media::Local(crate::media::LocalMedia::new(config.media_dir()));
        Self(Arc::new(Shared {
            hall,
            media,
            signups,
            config: Arc::new(config),
            db,
            clock,
            catalog,
            assets: Arc::new(assets),
            pages: PageCache::default(),
            link_key,
            transport,
            lifetimes,
            limits,
            metrics: Arc::default(),
            cluster,
            revision: Arc::new(AtomicI64::new(revision)),
            snapshot: crate::site::ContentSnapshot::default(),
        }))
    }

    /// The current content revision, which every cached answer is checked against. Drops
    /// the cached pages first when a scheduled publication came due since the last request
    /// (`site::Schedule`): a post or translation appears at its time, with no save.
    pub fn revision(&self) -> i64 {
        if self.snapshot.schedule().due(self.clock.now()) {
            self.pages.clear();
        }
        self.revision.load(Ordering::Acquire)
    }

    /// The site's content as of the current revision; `NotFound` before any import.
    pub async fn content(
        &self,
    ) -> Result<Arc<crate::content::SiteContent>, crate::error::WebError> {
        self.snapshot
            .get(&self.db, self.revision())
            .await?
            .map(|(_, content)| content)
            .ok_or(crate::error::WebError::NotFound)
    }

    /// The content as the database has it now, with the revision an edit of it is based on
    /// (the hidden `revision` field of every organisers' editor). Editors read this rather
    /// than [`AppState::content`], which may lag other instances by a poll.
    pub async fn content_for_edit(
        &self,
    ) -> Result<(i64, Arc<crate::content::SiteContent>), crate::error::WebError> {
        let revision = self.db.content_revision().await?;
        self.snapshot
            .get(&self.db, revision)
            .await?
            .ok_or(crate::error::WebError::NotFound)
    }

    /// Saves content based on revision `base` (`None`: unconditionally) with its places and
    /// its audit entry, and drops stale pages here and on the other instances; see [`Database::save_content`].
    pub async fn save_content(
        &self,
        content: &crate::content::SiteContent,
        base: Option<i64>,
        audit: Option<&crate::storage::Audited>,
    ) -> Result<crate::storage::ContentSave, crate::storage::StoreError> {
        let saved = self
            .db
            .save_content(content, base, self.clock.now(), self.lifetimes, audit)
            .await?;
        if let crate::storage::ContentSave::Stored(revision) = saved {
            self.stale(Stale::Content(revision)).await;
        }
        Ok(saved)
    }

    /// Records a new content revision and drops pages rendered before it (here only: this
    /// is what the poll and the other instances' messages call).
    pub fn content_changed(&self, revision: i64) {
        // Only ever forward: a poll that read the revision just before a save must not
        // take back what the save's message already moved.
        if self.revision.fetch_max(revision, Ordering::AcqRel) < revision {
            self.pages.clear();
        }
    }

    /// An event's places changed (a confirmation, a cancellation, an erasure): its page
    /// shows places left, here and on every instance.
    pub async fn places_changed(&self, event: &crate::domain::Slug) {
        self.stale(Stale::Places(event.clone())).await;
    }

    /// Signatures of an open letter changed: the posts show their counts.
    pub async fn signatures_changed(&self) {
        self.stale(Stale::Signatures).await;
    }

    /// Drops the pages `stale` names here, then tells the other instances.
    async fn stale(&self, stale: Stale) {
        self.forget(&stale);
        self.cluster.tell_stale(&stale).await;
    }

    /// Drops the pages `stale` names in this instance only.
    pub fn forget(&self, stale: &Stale) {
        match stale {
            Stale::Content(revision) => self.content_changed(*revision),
            Stale::Places(event) => self.pages.remove_containing(&event_page_key(event)),
            Stale::Signatures => self.pages.remove_containing("/posts/"),
        }
    }
}

/// The part of the page cache key every rendering of `event`'s page has (any language and
/// zone), and no other page's.
fn event_page_key(event: &crate::domain::Slug) -> String {
    format!("/events/{event}|")
}

impl AppState {
    /// The site's public base URL without a trailing slash (configured, else the listen address).
    pub fn public_url(&self) -> String {
        match &self.config.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", self.config.listen),
        }
    }
}
