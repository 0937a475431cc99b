//! Storage: the only place with SQL (STYLE.md §3).
//!
//! [`Database`] is the store: one type, whose methods are grouped by capability, one file
//! each (content, posts and search, registrations, signatures, accounts, the hall and its
//! window cap, jobs, the counters instances share). It works on SQLite (embedded, WAL) and
//! PostgreSQL through sqlx's `Any` driver: the queries
//! are portable (where they differ, `Database::backend` picks), each backend has its own
//! migrations folder, and the shared test suite (`tests/app/storage.rs`) runs against both.
//! There are no storage traits: each would have one implementation (see ARCHITECTURE).

mod accounts;
mod announcements;
mod attendance;
mod broadcasts;
mod captions;
mod content;
mod counters;
mod database;
mod fault;
mod hall;
mod hall_windows;
mod jobs;
mod media_files;
mod polls;
mod posts;
mod registrations;
mod rows;
mod signatures;
mod supporters;
mod throttle;

pub use accounts::{AuditEntry, Audited, Credentials, StoredSession};
pub use attendance::{StoredCertificate, StoredStay};
pub use broadcasts::{Progress, StoredBroadcast};
pub use captions::NewCue;
pub use content::ContentSave;
pub use database::{Backend, Database, PoolUse, known_schema_version};
pub use fault::is_unavailable;
pub use hall_windows::WindowSlot;
pub use jobs::{ClaimedJob, FailedJob, MailAbout, MailRecord, QueueSummary};
pub use media_files::MediaRecord;
pub use registrations::LinkNonces;
pub use supporters::{OptIn, Supporter};
pub use throttle::Reservation;

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
    Document(#[from] serde_json::Error),
    /// A stored value that no longer parses (a status, a slug, an address): written by a
    /// newer version, or edited by hand.
    #[error("unexpected stored value in {what}; was the database written by a newer version?")]
    Corrupt { what: String },
    /// The storage was unavailable for a whole batch of writes; each writer gets this.
    #[error("storage unavailable for now: {0}")]
    Unavailable(String),
}
