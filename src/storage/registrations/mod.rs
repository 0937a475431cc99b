//! Registrations and places (their mail is queued as jobs, `storage/jobs.rs`), split by job:
//! signing up and confirming (`sign_up.rs`), places and what frees them (`places.rs`), the
//! personal page's own changes (`personal.rs`), reminders (`reminders.rs`), and reads
//! (`reads.rs`); the helpers they share are here.
//!
//! Every transaction here begins with a write. On SQLite that takes the database's write
//! lock at once (a deferred transaction that reads first could fail to upgrade its lock under
//! load); on PostgreSQL it locks the written row. Place-taking always writes the event's
//! `event_places` row, so it is serialised per event on both backends: the capacity check and
//! the increment are one conditional `UPDATE`, and can never both pass for the last place.

mod personal;
mod places;
mod reads;
mod reminders;
mod sign_up;

pub(crate) use places::set_capacity_in;
pub use reads::LinkNonces;

use super::StoreError;
use super::jobs::{MailAbout, queue_mail as queue_job_mail};
use crate::registration::MailKind;
use jiff::Timestamp;
use sqlx::{Any, Transaction};

pub(super) async fn queue_mail(
    tx: &mut Transaction<'_, Any>,
    kind: MailKind,
    registration_id: i64,
    now: Timestamp,
) -> Result<(), StoreError> {
    queue_job_mail(
        tx,
        MailAbout::Registration {
            id: registration_id,
            kind,
        },
        now,
    )
    .await
}
