//! The registration a personal link opens: the one reading of an access token, shared by
//! the registration's own pages and the hall (which must not depend on those pages).

use super::{LinkKey, Purpose, Registration};
use crate::storage::{Database, StoreError};

/// The registration `token` (an access link) opens, and the link's nonce; `None` for a
/// made-up, altered or retired link.
pub async fn registration_for(
    key: &LinkKey,
    db: &Database,
    token: &str,
) -> Result<Option<(Registration, String)>, StoreError> {
    let Some(link) = key.verify(Purpose::Access, token) else {
        return Ok(None);
    };
    Ok(db
        .registration(link.id, &link.nonce)
        .await?
        .map(|reg| (reg, link.nonce)))
}
