//! Background work: one queue (the `jobs` table) that every mail, expiry and reminder goes
//! through, correct with one process on SQLite or any number of instances on PostgreSQL.
//!
//! Work is written as a job in the same transaction as the change it follows from; a worker
//! claims due jobs with a lease, runs them and marks them done; a worker that dies leaves its
//! lease to run out and another takes over. See `docs/ARCHITECTURE.md`, "Background jobs".

mod model;
mod scheduled;
mod worker;

pub use model::{AfterFailure, Job, LEASE, MAX_ATTEMPTS, after_failure, backoff, message_id};
pub use scheduled::{expire_offers, prune_counters, queue_reminders};
pub use worker::{BATCH, CONCURRENCY, Pass, Worker, run_due};
