//! Telling a passing storage fault (a full disk, a restarting database, a lock held too
//! long) from a bug, so a visitor is told to try again (503) rather than shown a failure.
//!
//! A write that failed this way was not made durable: the request that asked for it gets
//! "please try again shortly", never an acknowledgement.

use super::StoreError;
use sqlx::error::DatabaseError;

impl StoreError {
    /// Whether this error comes from the storage being unavailable for now (not from a bug
    /// or bad data), so the same request may succeed if sent again later.
    pub fn is_unavailable(&self) -> bool {
        match self {
            StoreError::Database(err) => is_unavailable(err),
            StoreError::Migrate(sqlx::migrate::MigrateError::Execute(err)) => is_unavailable(err),
            StoreError::Unavailable(_) => true,
            _ => false,
        }
    }
}

/// Whether a sqlx error means "the database cannot take this right now".
pub fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => database_unavailable(db.as_ref()),
        _ => false,
    }
}

fn database_unavailable(err: &dyn DatabaseError) -> bool {
    if let Some(sqlite) = err.try_downcast_ref::<sqlx::sqlite::SqliteError>() {
        return sqlite
            .code()
            .and_then(|code| code.parse::<i32>().ok())
            .is_some_and(|code| sqlite_unavailable(code & 0xff));
    }
    if let Some(postgres) = err.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
        return postgres_unavailable(postgres.code());
    }
    false
}

/// SQLite's primary result codes for a busy, full, read-only or failing disk.
fn sqlite_unavailable(primary: i32) -> bool {
    const BUSY: i32 = 5;
    const LOCKED: i32 = 6;
    const READONLY: i32 = 8;
    const IOERR: i32 = 10;
    const FULL: i32 = 13;
    const CANTOPEN: i32 = 14;
    const PROTOCOL: i32 = 15;
    matches!(
        primary,
        BUSY | LOCKED | READONLY | IOERR | FULL | CANTOPEN | PROTOCOL
    )
}

/// PostgreSQL SQLSTATEs of a connection lost, a server shutting down or starting, a full
/// disk or out of resources, a read-only standby, or a transaction to repeat.
fn postgres_unavailable(sqlstate: &str) -> bool {
    const CLASSES: [&str; 4] = [
        "08", // connection exception
        "53", // insufficient resources (disk full, out of memory, too many connections)
        "57", // operator intervention (admin shutdown, crash shutdown, cannot connect now)
        "58", // system error (I/O error)
    ];
    const STATES: [&str; 4] = [
        "40001", // serialization failure
        "40P01", // deadlock detected
        "25006", // read-only SQL transaction (a standby)
        "55P03", // lock not available
    ];
    CLASSES.iter().any(|class| sqlstate.starts_with(class)) || STATES.contains(&sqlstate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_busy_or_read_only_sqlite_is_unavailable_and_a_constraint_is_not() {
        assert!(sqlite_unavailable(13)); // SQLITE_FULL
        assert!(sqlite_unavailable(5)); // SQLITE_BUSY
        assert!(sqlite_unavailable(8)); // SQLITE_READONLY
        assert!(sqlite_unavailable(778 & 0xff)); // SQLITE_IOERR_WRITE
        assert!(!sqlite_unavailable(19)); // SQLITE_CONSTRAINT
        assert!(!sqlite_unavailable(1)); // SQLITE_ERROR (bad SQL)
    }

    #[test]
    fn a_postgres_shutdown_or_full_disk_is_unavailable_and_a_unique_violation_is_not() {
        assert!(postgres_unavailable("57P01"));
        assert!(postgres_unavailable("53100"));
        assert!(postgres_unavailable("08006"));
        assert!(postgres_unavailable("40001"));
        assert!(!postgres_unavailable("23505"));
        assert!(!postgres_unavailable("42P01"));
    }

    #[test]
    fn io_and_pool_timeouts_are_unavailable_and_row_not_found_is_not() {
        assert!(is_unavailable(&sqlx::Error::PoolTimedOut));
        assert!(is_unavailable(&sqlx::Error::Io(std::io::Error::other(
            "reset"
        ))));
        assert!(!is_unavailable(&sqlx::Error::RowNotFound));
    }
}
