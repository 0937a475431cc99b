//! The hall's one interface for other features: a registration's access to the hall ended.
//!
//! Whatever ends a registration's place (the person cancelling or erasing their data, an
//! organiser cancelling it or revoking its link) writes the hall's revocation in the same
//! transaction as the change itself (`storage::hall::revoke_in`, called by the storage of
//! that change): the link stops opening the hall and the revocation is in the hall's log in
//! one commit, or neither is. [`Hall::revoked`] then tells the open windows at once, here and
//! at the other instances; were this process to die between the commit and that call, every
//! instance's poll would still find the revocation in the log within a tick.

use super::Hall;
use crate::domain::Slug;

impl Hall {
    /// After a change that ended a registration's access to `event`'s hall committed (with
    /// its revocation): that registration's open windows close, on every instance.
    pub async fn revoked(&self, event: &Slug) {
        match self.hub.db().hall_seq(event).await {
            Ok(seq) => self.notify(event, seq).await,
            Err(err) => {
                tracing::warn!(error = %err, "could not read the hall's log (the poll will)");
            }
        }
    }
}
