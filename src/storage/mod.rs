//! Storage: the only place with SQL (STYLE.md §3).
//!
//! Handlers see capability-sized traits ([`SiteStore`], [`EventStore`], [`ContentStore`]).
//! [`Database`] implements them for SQLite (embedded, WAL) and PostgreSQL through sqlx's
//! `Any` driver: the queries are portable, each backend has its own migrations folder, and
//! the shared test suite (`tests/app/storage.rs`) runs against both.

mod accounts;
mod content;
mod database;
mod fault;
mod hall;
mod outbox;
mod posts;
mod registrations;
mod signatures;

pub use accounts::{AccountStore, AuditEntry, Credentials, StoredSession};
pub use database::{Backend, Database, PoolUse, known_schema_version};
pub use fault::is_unavailable;
pub use hall::HallStore;
pub use outbox::{MailAbout, MailRecord, Outbox, QueuedMail};
pub use registrations::{Lifetimes, LinkNonces, RegistrationStore, SignUpRequest};
pub use signatures::SignatureStore;

use crate::content::{Chapter, Event, Post, PostKind, SiteContent, SiteSettings};
use crate::domain::Slug;
use crate::search::{SearchHit, SearchQuery};
use std::future::Future;

/// What can go wrong in storage; the web layer turns these into a 503 "try again shortly"
/// when the storage is unavailable for now ([`StoreError::is_unavailable`]), else a 500,
/// and logs them once.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(
        "a stored document could not be read back ({0}); was the database written by a newer version?"
    )]
    Corrupt(#[from] serde_json::Error),
    /// The storage was unavailable for a whole batch of writes; each writer gets this.
    #[error("storage unavailable for now: {0}")]
    Unavailable(String),
}

/// Site settings and chapters.
pub trait SiteStore {
    /// The settings, or `None` before any content was imported.
    fn site_settings(
        &self,
    ) -> impl Future<Output = Result<Option<SiteSettings>, StoreError>> + Send;
    /// Chapters in their configured order.
    fn chapters(&self) -> impl Future<Output = Result<Vec<Chapter>, StoreError>> + Send;
}

/// Editions of the conference.
pub trait EventStore {
    /// All events, earliest first.
    fn events(&self) -> impl Future<Output = Result<Vec<Event>, StoreError>> + Send;
    /// One event.
    fn event(&self, slug: &Slug) -> impl Future<Output = Result<Option<Event>, StoreError>> + Send;
}

/// Publications.
pub trait PostStore {
    /// Kinds of post in menu order.
    fn post_kinds(&self) -> impl Future<Output = Result<Vec<PostKind>, StoreError>> + Send;
    /// Every post, published or scheduled, newest first.
    fn posts(&self) -> impl Future<Output = Result<Vec<Post>, StoreError>> + Send;
}

/// Full-text search over posts and events in every language.
pub trait SearchStore {
    /// The best `limit` matches published by `now`, best first.
    fn search(
        &self,
        query: &SearchQuery,
        now: jiff::Timestamp,
        limit: i64,
    ) -> impl Future<Output = Result<Vec<SearchHit>, StoreError>> + Send;
}

/// Replacing all content at once, and knowing when it changed.
pub trait ContentStore {
    /// Replaces settings, chapters and events in one transaction; returns the new revision.
    fn replace_content(
        &self,
        content: &SiteContent,
    ) -> impl Future<Output = Result<i64, StoreError>> + Send;
    /// A number that grows with every content change.
    fn content_revision(&self) -> impl Future<Output = Result<i64, StoreError>> + Send;
}
