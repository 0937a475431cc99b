//! The connection pool, backend choice and migrations.

use super::StoreError;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Connection, Executor};
use std::str::FromStr;
use std::time::Duration;

/// How long a request waits for a connection (a free one, or a new one while the database
/// is restarting) before it is told to try again.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a SQLite writer waits for another's lock before giving up (and the visitor is
/// told to try again): ten seconds, long enough for any burst of commits, short enough to
/// answer.
const BUSY_TIMEOUT_PRAGMA: &str = "PRAGMA busy_timeout = 10000";

/// Which database is behind the pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The pool's use at one moment (for `/metrics`).
#[derive(Clone, Copy, Debug)]
pub struct PoolUse {
    pub size: u32,
    pub idle: usize,
    pub max: u32,
}

/// A pool of connections to SQLite or PostgreSQL, migrated on connect.
#[derive(Clone, Debug)]
pub struct Database {
    pub(super) pool: AnyPool,
    backend: Backend,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// The newest schema version (migration) this build knows and brings a database up to at
/// start; both backends have the same versions.
pub fn known_schema_version() -> i64 {
    SQLITE_MIGRATIONS
        .iter()
        .map(|m| m.version)
        .max()
        .unwrap_or(0)
}

impl Database {
    /// Connects to `url` (`sqlite://path?mode=rwc` or `postgres://…`) and runs migrations.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(StoreError::Database(sqlx::Error::Configuration(
                "the database URL must start with sqlite: or postgres:".into(),
            )));
        };
        let options = AnyConnectOptions::from_str(url)?;
        let pool_options = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(ACQUIRE_TIMEOUT)
            // A connection whose COMMIT or ROLLBACK failed (a full disk, a dropped link) can
            // still be inside its transaction. Returned to the pool, every later "commit" on
            // it would only release a savepoint of that transaction, and everything written
            // through it would be rolled back in the end. Such a connection is closed instead.
            .after_release(|conn, _meta| Box::pin(async move { Ok(!conn.is_in_transaction()) }));
        let pool = match backend {
            Backend::Sqlite => {
                pool_options
                    .after_connect(|conn, _meta| {
                        Box::pin(async move {
                            // WAL lets readers go on while one writer commits; the busy timeout
                            // makes a second writer wait instead of failing at once.
                            conn.execute("PRAGMA journal_mode = WAL").await?;
                            conn.execute("PRAGMA synchronous = NORMAL").await?;
                            conn.execute(BUSY_TIMEOUT_PRAGMA).await?;
                            conn.execute("PRAGMA foreign_keys = ON").await?;
                            Ok(())
                        })
                    })
                    .connect_with(options)
                    .await?
            }
            Backend::Postgres => pool_options.connect_with(options).await?,
        };
        let migrator = match backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&pool).await?;
        Ok(Self { pool, backend })
    }

    /// How many connections the pool holds, how many are idle, and its ceiling.
    pub fn pool_use(&self) -> PoolUse {
        PoolUse {
            size: self.pool.size(),
            idle: self.pool.num_idle(),
            max: self.pool.options().get_max_connections(),
        }
    }

    /// The backend in use.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Whether the database answers (for `/healthz`).
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Whether the database takes a write right now (readiness): one row updated and
    /// committed. A ping alone still answers when the disk is full or read-only.
    pub async fn write_probe(&self, now: jiff::Timestamp) -> Result<(), StoreError> {
        sqlx::query("UPDATE readiness_probe SET checked_at = $1 WHERE id = 1")
            .bind(now.as_second())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Closes every connection (flushes SQLite's WAL).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `known_schema_version` reads one folder: it is right only while both backends have
    /// the same migrations.
    #[test]
    fn both_backends_have_the_same_migration_versions() {
        let versions =
            |m: &sqlx::migrate::Migrator| m.iter().map(|m| m.version).collect::<Vec<_>>();
        assert_eq!(versions(&SQLITE_MIGRATIONS), versions(&POSTGRES_MIGRATIONS));
        assert!(known_schema_version() >= 20261206000003);
    }
}
