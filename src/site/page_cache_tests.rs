//! The page cache's one-render-at-a-time rules, on a manual clock. Renders are held open by
//! a gate, so the tests decide what happens during a render; they wait for conditions (a
//! render begun, requests waiting), never for time.

use super::*;
use crate::clock::{Clock, ManualClock};
use futures_util::FutureExt;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

const KEY: &str = "/en/events/water|";

/// A cache, the clock and content revision it is read with, and a count of renders.
struct World {
    cache: PageCache,
    clock: Clock,
    hand: ManualClock,
    revision: Arc<AtomicI64>,
    renders: Arc<AtomicUsize>,
}

/// Holds renders until it opens.
struct Gate(watch::Sender<bool>);

impl Gate {
    fn closed() -> Self {
        Self(watch::Sender::new(false))
    }

    fn open() -> Self {
        Self(watch::Sender::new(true))
    }

    fn opens(&self) {
        self.0.send_replace(true);
    }
}

/// How a request's own render goes, if it renders.
#[derive(Clone, Copy)]
enum Outcome {
    Page,
    Fails,
}

impl World {
    fn new() -> Self {
        let (clock, hand) = Clock::manual("2026-11-25T12:00:00Z".parse().expect("instant"));
        Self {
            cache: PageCache::default(),
            clock,
            hand,
            revision: Arc::new(AtomicI64::new(1)),
            renders: Arc::default(),
        }
    }

    fn renders(&self) -> usize {
        self.renders.load(Ordering::SeqCst)
    }

    fn waiting(&self) -> usize {
        self.cache
            .read()
            .get(KEY)
            .and_then(|slot| slot.render.as_ref())
            .map_or(0, |render| render.end.receiver_count())
    }

    /// A request for `KEY`; if it renders, the render is counted, waits for `gate`, then
    /// has `outcome`.
    fn request(
        &self,
        gate: &Gate,
        outcome: Outcome,
    ) -> impl Future<Output = Result<Served, &'static str>> + Send + 'static {
        let cache = self.cache.clone();
        let clock = self.clock.clone();
        let revision = self.revision.clone();
        let renders = self.renders.clone();
        let mut gate = gate.0.subscribe();
        async move {
            let time = || (clock.now(), revision.load(Ordering::SeqCst));
            cache
                .get_or_render(KEY, time, |now, revision| async move {
                    let n = renders.fetch_add(1, Ordering::SeqCst) + 1;
                    let _ = gate.wait_for(|open| *open).await;
                    match outcome {
                        Outcome::Page => Ok(CachedPage::new(format!("<p>{n}</p>"), now, revision)),
                        Outcome::Fails => Err("no such page"),
                    }
                })
                .await
        }
    }

    /// A request answered without waiting for anything.
    fn at_once(&self) -> Served {
        self.request(&Gate::open(), Outcome::Page)
            .now_or_never()
            .expect("answered at once")
            .expect("a page")
    }
}

/// Lets the spawned requests run until `what` holds (bounded).
async fn until(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..10_000 {
        if condition() {
            return;
        }
        tokio::task::yield_now().await;
    }
    panic!("never came true: {what}");
}

async fn answers(
    requests: Vec<tokio::task::JoinHandle<Result<Served, &'static str>>>,
) -> Vec<Served> {
    let mut served = Vec::new();
    for request in requests {
        served.push(request.await.expect("not aborted").expect("a page"));
    }
    served
}

const N: usize = 16;

#[tokio::test]
async fn a_missing_page_is_rendered_once_for_all_the_requests_that_want_it() {
    let world = World::new();
    let gate = Gate::closed();
    let requests = (0..N)
        .map(|_| tokio::spawn(world.request(&gate, Outcome::Page)))
        .collect();
    until("one request renders and the others wait for it", || {
        world.renders() == 1 && world.waiting() == N - 1
    })
    .await;
    gate.opens();
    let served = answers(requests).await;
    assert_eq!(world.renders(), 1);
    assert_eq!(served.iter().filter(|s| s.rendered).count(), 1);
    assert!(served.iter().all(|s| Arc::ptr_eq(&s.page, &served[0].page)));
    assert!(
        Arc::ptr_eq(&world.at_once().page, &served[0].page),
        "stored"
    );
}

#[tokio::test]
async fn at_expiry_one_request_renders_and_the_others_get_the_expired_page_meanwhile() {
    let world = World::new();
    let old = world.at_once();
    world.hand.advance(SignedDuration::from_secs(61));
    let gate = Gate::closed();
    let renewing = tokio::spawn(world.request(&gate, Outcome::Page));
    until("the page is rendered again", || world.renders() == 2).await;
    for _ in 0..N {
        let served = world.at_once();
        assert!(!served.rendered);
        assert!(Arc::ptr_eq(&served.page, &old.page), "the expired page");
    }
    assert_eq!(world.renders(), 2, "one render for all");
    let (now, revision) = (world.clock.now(), 1);
    assert!(
        world.cache.get(KEY, now, revision).is_none(),
        "served before routing only while fresh"
    );
    gate.opens();
    let renewed = renewing.await.expect("not aborted").expect("a page");
    assert!(renewed.rendered && !Arc::ptr_eq(&renewed.page, &old.page));
    assert!(Arc::ptr_eq(&world.at_once().page, &renewed.page));
    assert_eq!(world.renders(), 2);
}

#[tokio::test]
async fn long_after_expiry_the_requests_wait_for_the_new_page() {
    let world = World::new();
    let old = world.at_once();
    world
        .hand
        .advance(PAGE_LIFETIME + STALE_WINDOW + SignedDuration::from_secs(1));
    let gate = Gate::closed();
    let mut requests = vec![tokio::spawn(world.request(&gate, Outcome::Page))];
    until("the page is rendered again", || world.renders() == 2).await;
    requests.extend((1..N).map(|_| tokio::spawn(world.request(&gate, Outcome::Page))));
    until("the others wait", || world.waiting() == N - 1).await;
    gate.opens();
    let served = answers(requests).await;
    assert_eq!(world.renders(), 2);
    assert!(served.iter().all(|s| Arc::ptr_eq(&s.page, &served[0].page)));
    assert!(!Arc::ptr_eq(&served[0].page, &old.page));
}

/// The ways a page is dropped because something changed.
#[derive(Clone, Copy, Debug)]
enum Change {
    /// The event's places (`AppState::forget`).
    Places,
    /// The content: the revision moves, then every page is dropped
    /// (`AppState::content_changed`).
    Content,
    /// The revision has moved and the pages are not dropped yet.
    RevisionOnly,
}

impl World {
    fn change(&self, change: Change) {
        match change {
            Change::Places => self.cache.remove_containing("/events/water|"),
            Change::Content => {
                self.revision.store(2, Ordering::SeqCst);
                self.cache.clear();
            }
            Change::RevisionOnly => self.revision.store(2, Ordering::SeqCst),
        }
    }
}

#[tokio::test]
async fn after_a_change_the_old_page_is_never_served_even_while_the_new_one_renders() {
    for change in [Change::Places, Change::Content, Change::RevisionOnly] {
        let world = World::new();
        let old = world.at_once();
        // Expired, so that without the change it would be served while rendered again.
        world.hand.advance(SignedDuration::from_secs(61));
        world.change(change);
        let gate = Gate::closed();
        let renewing = tokio::spawn(world.request(&gate, Outcome::Page));
        until("the page is rendered again", || world.renders() == 2).await;
        let other = world.request(&Gate::open(), Outcome::Page).now_or_never();
        assert!(other.is_none(), "{change:?}: not given the old page");
        assert_eq!(world.waiting(), 0, "the request above went away");
        let others = (0..N)
            .map(|_| tokio::spawn(world.request(&gate, Outcome::Page)))
            .collect();
        until("the others wait", || world.waiting() == N).await;
        gate.opens();
        let renewed = renewing.await.expect("not aborted").expect("a page");
        for served in answers(others).await {
            assert!(Arc::ptr_eq(&served.page, &renewed.page), "{change:?}");
        }
        assert!(!Arc::ptr_eq(&renewed.page, &old.page));
        assert_eq!(world.renders(), 2, "{change:?}");
    }
}

#[tokio::test]
async fn a_render_running_when_its_page_is_dropped_is_not_stored() {
    for change in [Change::Places, Change::Content, Change::RevisionOnly] {
        let world = World::new();
        world.at_once();
        world.hand.advance(SignedDuration::from_secs(61));
        let gate = Gate::closed();
        // This render may read the places or content from before the change.
        let before = tokio::spawn(world.request(&gate, Outcome::Page));
        until("the page is rendered again", || world.renders() == 2).await;
        world.change(change);
        let after = tokio::spawn(world.request(&Gate::open(), Outcome::Page));
        gate.opens();
        let before = before.await.expect("not aborted").expect("a page");
        let after = after.await.expect("not aborted").expect("a page");
        assert!(after.rendered, "{change:?}");
        assert!(!Arc::ptr_eq(&after.page, &before.page), "{change:?}");
        let cached = world.at_once();
        assert!(Arc::ptr_eq(&cached.page, &after.page), "{change:?}");
        assert_eq!(cached.page.revision, world.revision.load(Ordering::SeqCst));
        assert_eq!(world.renders(), 3, "{change:?}");
    }
}

#[tokio::test]
async fn when_the_render_fails_the_waiting_requests_render_on_their_own() {
    let world = World::new();
    let gate = Gate::closed();
    let failing = tokio::spawn(world.request(&gate, Outcome::Fails));
    until("the page is rendered", || world.renders() == 1).await;
    let waiting = (0..3)
        .map(|_| tokio::spawn(world.request(&gate, Outcome::Page)))
        .collect();
    until("the others wait", || world.waiting() == 3).await;
    gate.opens();
    assert_eq!(
        failing.await.expect("not aborted").err(),
        Some("no such page")
    );
    let served = answers(waiting).await;
    assert!(served.iter().all(|s| s.rendered));
    assert_eq!(
        world.renders(),
        4,
        "the failed render, then each waiting request's own"
    );
    assert!(
        world.cache.read().is_empty(),
        "a failed render keeps no key"
    );
}

#[tokio::test]
async fn when_the_rendering_request_goes_away_one_waiting_request_renders() {
    let world = World::new();
    let gate = Gate::closed();
    let leaving = tokio::spawn(world.request(&gate, Outcome::Page));
    until("the page is rendered", || world.renders() == 1).await;
    let waiting = (0..3)
        .map(|_| tokio::spawn(world.request(&gate, Outcome::Page)))
        .collect();
    until("the others wait", || world.waiting() == 3).await;
    leaving.abort();
    until("one of them renders and two wait for it", || {
        world.renders() == 2 && world.waiting() == 2
    })
    .await;
    gate.opens();
    let served = answers(waiting).await;
    assert!(served.iter().all(|s| Arc::ptr_eq(&s.page, &served[0].page)));
    assert_eq!(served.iter().filter(|s| s.rendered).count(), 1);
    assert_eq!(world.renders(), 2);
}
