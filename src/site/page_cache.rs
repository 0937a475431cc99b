//! The rendered-page cache: one [`CachedPage`] per path, language and visitor zone, served
//! for a minute (so the countdown text stays current) and dropped at once when the content
//! or an event's places change.
//!
//! A page is rendered by one request at a time. When it is missing or expired, the first
//! request for it renders it, and the requests that arrive meanwhile wait for that page
//! instead of each rendering and compressing their own: at expiry under load, every open
//! connection used to render the page at once (about 0.75 s of CPU at 64 connections, pool
//! timeouts answered `503` at 1,000; BENCHMARKS.md, "Public page vs nginx"). If the
//! page expired less than [`STALE_WINDOW`] ago, they are given it at once instead while the
//! one request renders (that request gets the new page). A page dropped because something
//! changed is gone: it is never served stale, and a render that was running when it was
//! dropped is not stored, since it may have read what changed before the change.

use super::CachedPage;
use jiff::{SignedDuration, Timestamp};
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use tokio::sync::watch;

/// How long a rendered page is served before it is rendered again.
const PAGE_LIFETIME: SignedDuration = SignedDuration::from_secs(60);

/// How long after its lifetime a page is still given to the requests that arrive while
/// another request renders it again. Beyond it they wait for the new page.
const STALE_WINDOW: SignedDuration = SignedDuration::from_secs(30);

/// Keys at most; beyond, every page is dropped. Keys are bounded anyway (valid paths ×
/// languages × known zones; a failed render keeps no key): this guards memory against a bug.
const MAX_KEYS: usize = 10_000;

/// Pages by cache key.
#[derive(Clone, Default)]
pub struct PageCache {
    slots: Arc<RwLock<HashMap<String, Slot>>>,
}

/// A key's page, and the render of it in progress.
#[derive(Default)]
struct Slot {
    page: Option<Arc<CachedPage>>,
    render: Option<Arc<Render>>,
}

impl Slot {
    /// The page, if a request may be given it now: fresh, or expired a short while ago and
    /// being rendered again.
    fn servable(&self, now: Timestamp, revision: i64) -> Option<&Arc<CachedPage>> {
        let page = self.page.as_ref()?;
        let servable = page.revision == revision && {
            let age = now.duration_since(page.rendered_at);
            age < PAGE_LIFETIME || (self.render.is_some() && age < PAGE_LIFETIME + STALE_WINDOW)
        };
        servable.then_some(page)
    }

    fn rendered_by(&self, render: &Arc<Render>) -> bool {
        self.render.as_ref().is_some_and(|r| Arc::ptr_eq(r, render))
    }

    /// The slot is dropped (something changed): whoever waits for its render looks again.
    fn dropped(&self) {
        if let Some(render) = &self.render {
            render.end(End::Again);
        }
    }
}

/// A render in progress: the requests waiting for it watch how it ends.
struct Render {
    end: watch::Sender<End>,
}

/// How a render ended, for the requests that waited for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    Running,
    /// Its page is in the cache: look again.
    Stored,
    /// Its request went away mid-render, or the page was dropped meanwhile: look again (one
    /// of the waiting requests renders).
    Again,
    /// The render failed (no such page, the database unavailable): each waiting request
    /// renders on its own, as if nothing were cached, rather than one after another.
    Failed,
}

impl Render {
    fn new() -> Arc<Self> {
        Arc::new(Self {
            end: watch::Sender::new(End::Running),
        })
    }

    /// Ends the render (the first end counts) and wakes the requests waiting for it.
    fn end(&self, end: End) {
        self.end.send_if_modified(|now| {
            let first = *now == End::Running;
            if first {
                *now = end;
            }
            first
        });
    }
}

/// A page as [`PageCache::get_or_render`] gives it.
pub struct Served {
    pub page: Arc<CachedPage>,
    /// Rendered by this request (a cache miss) rather than taken from the cache.
    pub rendered: bool,
}

/// What a request does for a key.
enum Lookup {
    /// Serves this page.
    Page(Arc<CachedPage>),
    /// Renders the page.
    Render(Ticket),
    /// Waits for another request's render.
    Wait(watch::Receiver<End>),
}

/// One request's right to render a key's page. Dropped before it ends (the request went
/// away), it lets the waiting requests look again.
struct Ticket {
    cache: PageCache,
    key: String,
    render: Arc<Render>,
    ended: bool,
}

impl Ticket {
    /// Stores the page, unless the key was dropped since the render began.
    fn store(mut self, page: Arc<CachedPage>) {
        let stored = {
            let mut slots = self.cache.write();
            match slots.get_mut(&self.key) {
                Some(slot) if slot.rendered_by(&self.render) => {
                    slot.page = Some(page);
                    slot.render = None;
                    true
                }
                _ => false,
            }
        };
        self.ended = true;
        self.render
            .end(if stored { End::Stored } else { End::Again });
    }

    /// Gives up the key (keeping no empty slot) and says how the render ended.
    fn release(&mut self, end: End) {
        {
            let mut slots = self.cache.write();
            if let Some(slot) = slots.get_mut(&self.key)
                && slot.rendered_by(&self.render)
            {
                slot.render = None;
                if slot.page.is_none() {
                    slots.remove(&self.key);
                }
            }
        }
        self.ended = true;
        self.render.end(end);
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        if !self.ended {
            self.release(End::Again);
        }
    }
}

/// Whether `page` may be served now for the content at `revision`.
fn fresh(page: &CachedPage, now: Timestamp, revision: i64) -> bool {
    page.revision == revision && now.duration_since(page.rendered_at) < PAGE_LIFETIME
}

impl PageCache {
    /// A fresh page for `key`, if one is cached for this content revision (what the front
    /// cache serves; anything else goes to the handler and [`PageCache::get_or_render`]).
    pub fn get(&self, key: &str, now: Timestamp, revision: i64) -> Option<Arc<CachedPage>> {
        let slots = self.read();
        let page = slots.get(key)?.page.as_ref()?;
        fresh(page, now, revision).then(|| page.clone())
    }

    /// The page for `key`: from the cache, or rendered by `render` (given the instant and
    /// content revision it renders for) by this request or by the one already rendering it
    /// (see the module's doc). `time` reads the clock and the content revision; it is read
    /// again whenever the request looks again.
    pub async fn get_or_render<T, R, Fut, E>(
        &self,
        key: &str,
        time: T,
        render: R,
    ) -> Result<Served, E>
    where
        T: Fn() -> (Timestamp, i64),
        R: FnOnce(Timestamp, i64) -> Fut,
        Fut: Future<Output = Result<CachedPage, E>>,
    {
        loop {
            let (now, revision) = time();
            let mut wait = match self.lookup(key, now, revision) {
                Lookup::Page(page) => {
                    return Ok(Served {
                        page,
                        rendered: false,
                    });
                }
                Lookup::Render(mut ticket) => {
                    let page = match render(now, revision).await {
                        Ok(page) => Arc::new(page),
                        Err(err) => {
                            ticket.release(End::Failed);
                            return Err(err);
                        }
                    };
                    ticket.store(page.clone());
                    return Ok(Served {
                        page,
                        rendered: true,
                    });
                }
                Lookup::Wait(wait) => wait,
            };
            let end = wait
                .wait_for(|end| *end != End::Running)
                .await
                .map_or(End::Again, |end| *end);
            if end == End::Failed {
                let (now, revision) = time();
                let page = render(now, revision).await?;
                return Ok(Served {
                    page: Arc::new(page),
                    rendered: true,
                });
            }
        }
    }

    /// What a request for `key` does now.
    fn lookup(&self, key: &str, now: Timestamp, revision: i64) -> Lookup {
        if let Some(page) = self.read().get(key).and_then(|s| s.servable(now, revision)) {
            return Lookup::Page(page.clone());
        }
        let mut slots = self.write();
        let render = if let Some(slot) = slots.get_mut(key) {
            // Stored by another request between the two locks?
            if let Some(page) = slot.servable(now, revision) {
                return Lookup::Page(page.clone());
            }
            if let Some(rendering) = &slot.render {
                return Lookup::Wait(rendering.end.subscribe());
            }
            let render = Render::new();
            slot.render = Some(render.clone());
            render
        } else {
            if slots.len() >= MAX_KEYS {
                drop_all(&mut slots);
            }
            let render = Render::new();
            let slot = Slot {
                page: None,
                render: Some(render.clone()),
            };
            slots.insert(key.to_owned(), slot);
            render
        };
        Lookup::Render(Ticket {
            cache: self.clone(),
            key: key.to_owned(),
            render,
            ended: false,
        })
    }

    /// Drops the pages whose key contains `part` (one event's pages, when its places change).
    pub fn remove_containing(&self, part: &str) {
        self.write().retain(|key, slot| {
            let keep = !key.contains(part);
            if !keep {
                slot.dropped();
            }
            keep
        });
    }

    /// Drops every page (content changed).
    pub fn clear(&self) {
        drop_all(&mut self.write());
    }

    /// Number of cached pages.
    pub fn len(&self) -> usize {
        self.read()
            .values()
            .filter(|slot| slot.page.is_some())
            .count()
    }

    /// Whether no page is cached.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn read(&self) -> RwLockReadGuard<'_, HashMap<String, Slot>> {
        self.slots.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, HashMap<String, Slot>> {
        self.slots.write().unwrap_or_else(PoisonError::into_inner)
    }
}

fn drop_all(slots: &mut HashMap<String, Slot>) {
    for (_, slot) in slots.drain() {
        slot.dropped();
    }
}

#[cfg(test)]
#[path = "page_cache_tests.rs"]
mod tests;
