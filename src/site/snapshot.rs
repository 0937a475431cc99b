//! The site's content held in memory, reloaded when the content revision moves.
//!
//! Pages, forms and feeds read settings, chapters, events and posts on every request; the
//! content changes only on import, so they read one shared snapshot instead of the database.

use crate::content::SiteContent;
use crate::storage::{Database, StoreError};
use std::sync::{Arc, RwLock};

/// A snapshot and the content revision it was read at.
type Held = Option<(i64, Arc<SiteContent>)>;

/// The latest snapshot, shared by every handler, and when its scheduled publications fall.
#[derive(Clone, Default)]
pub struct ContentSnapshot(Arc<RwLock<Held>>, super::Schedule);

impl ContentSnapshot {
    /// When the content read last has something become public.
    pub fn schedule(&self) -> &super::Schedule {
        &self.1
    }

    /// The content at `revision` or later, and the revision it is labelled with: the held
    /// snapshot if it is that recent, else read anew. `None` before any content was imported.
    ///
    /// The label is never newer than the content (the revision is read before the content),
    /// so a save based on the label is refused whenever the content moved on after it.
    pub async fn get(
        &self,
        db: &Database,
        revision: i64,
    ) -> Result<Option<(i64, Arc<SiteContent>)>, StoreError> {
        if let Some((held, content)) = self.0.read().unwrap_or_else(|e| e.into_inner()).as_ref()
            && *held >= revision
        {
            return Ok(Some((*held, content.clone())));
        }
        let Some(content) = db.site_content().await? else {
            return Ok(None);
        };
        self.1.plan(content.publication_instants());
        let content = Arc::new(content);
        let mut slot = self.0.write().unwrap_or_else(|e| e.into_inner());
        if slot.as_ref().is_none_or(|(held, _)| *held < revision) {
            *slot = Some((revision, content.clone()));
        }
        Ok(Some((revision, content)))
    }
}
