//! Keeping this instance's cached pages fresh when something outside it changed what they
//! show: another instance (or `convene import`) says so over NATS at once, and polls of the
//! database catch what no message brings (an expiry on another instance, NATS down): the
//! content revision every two seconds (`[server] content_poll_seconds`) and the letters'
//! counted signatures every two seconds, every event's places every second, so "places
//! left" is never more than about two seconds behind on any instance, and a letter's count
//! not much more.

use crate::cluster::Stale;
use crate::domain::Slug;
use crate::registration::Places;
use crate::state::AppState;
use futures_util::StreamExt;
use std::collections::HashMap;
use std::time::Duration;

/// How often the letters' counted signatures are read (one count over an index).
const SIGNATURES_POLL: Duration = Duration::from_secs(2);
/// How often every event's places are read (one small row per event).
const PLACES_POLL: Duration = Duration::from_secs(1);

/// Runs until the process stops.
pub async fn watch(state: AppState) {
    let mut elsewhere = state.cluster.stale_elsewhere().await;
    let mut revision_tick = tokio::time::interval(state.config.server.content_poll);
    let mut places_tick = tokio::time::interval(PLACES_POLL);
    let mut signatures_tick = tokio::time::interval(SIGNATURES_POLL);
    let mut places = PlacesSeen::default();
    let mut signatures = SignaturesSeen::default();
    let mut failing = Failing::default();
    loop {
        tokio::select! {
            _ = revision_tick.tick() => read_revision(&state, &mut failing).await,
            _ = places_tick.tick() => match state.db.all_places().await {
                Ok(current) => {
                    failing.places = false;
                    for event in places.changed(current) {
                        state.forget(&Stale::Places(event));
                    }
                }
                Err(err) => failing.places(&err),
            },
            _ = signatures_tick.tick() => match state.db.counted_signatures_fingerprint().await {
                Ok(now) => {
                    failing.signatures = false;
                    if signatures.changed(now) {
                        state.forget(&Stale::Signatures);
                    }
                }
                Err(err) => failing.signatures(&err),
            },
            Some(stale) = elsewhere.next() => match stale {
                // The number is not taken from the message (NATS is not trusted: a wrong
                // one would hold the revision ahead of the content): it says "read it now".
                Stale::Content(_) => read_revision(&state, &mut failing).await,
                Stale::Places(_) | Stale::Signatures => state.forget(&stale),
            },
        }
    }
}

/// Reads the content revision and drops the pages rendered before it.
async fn read_revision(state: &AppState, failing: &mut Failing) {
    match state.db.content_revision().await {
        Ok(revision) => {
            failing.revision = false;
            state.content_changed(revision);
        }
        Err(err) => failing.revision(&err),
    }
}

/// Places as the last poll saw them.
#[derive(Default)]
struct PlacesSeen {
    seen: HashMap<Slug, Places>,
    /// Events whose pages are dropped once more at the next poll.
    again: Vec<Slug>,
}

impl PlacesSeen {
    /// The events whose pages to drop after a poll read `current`: those whose places moved
    /// since the last poll, and once more those that moved at the poll before, since a page
    /// rendered from the old count while the change landed may have been stored after the
    /// first drop. An event seen for the first time has no pages older than its content.
    fn changed(&mut self, current: Vec<(String, Places)>) -> Vec<Slug> {
        let mut stale = std::mem::take(&mut self.again);
        for (event, now) in current {
            let Ok(event) = event.parse::<Slug>() else {
                continue;
            };
            if self
                .seen
                .insert(event.clone(), now)
                .is_some_and(|before| before != now)
            {
                self.again.push(event.clone());
                stale.push(event);
            }
        }
        stale.sort();
        stale.dedup();
        stale
    }
}

/// The letters' counted signatures as the last poll saw them.
#[derive(Default)]
struct SignaturesSeen {
    seen: Option<(i64, i64)>,
    /// Whether to drop the letters' pages once more at the next poll (as for places: a page
    /// rendered from the old count while the change landed may be stored after the drop).
    again: bool,
}

impl SignaturesSeen {
    /// Whether the letters' pages are to be dropped after a poll read `now`; not at the
    /// first poll, which has no pages older than the instance's start to drop.
    fn changed(&mut self, now: (i64, i64)) -> bool {
        let moved = self.seen.replace(now).is_some_and(|before| before != now);
        std::mem::replace(&mut self.again, moved) || moved
    }
}

/// Logs a failing poll once until it works again (it runs every second).
#[derive(Default)]
struct Failing {
    revision: bool,
    places: bool,
    signatures: bool,
}

impl Failing {
    fn revision(&mut self, err: &crate::storage::StoreError) {
        if !std::mem::replace(&mut self.revision, true) {
            tracing::warn!(error = %err, "could not read the content revision; pages may lag other instances until the database answers");
        }
    }

    fn signatures(&mut self, err: &crate::storage::StoreError) {
        if !std::mem::replace(&mut self.signatures, true) {
            tracing::warn!(error = %err, "could not read the letters' signatures; their counts may lag other instances until the database answers");
        }
    }

    fn places(&mut self, err: &crate::storage::StoreError) {
        if !std::mem::replace(&mut self.places, true) {
            tracing::warn!(error = %err, "could not read the events' places; places left may lag other instances until the database answers");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(held: i64) -> Places {
        Places {
            capacity: Some(10),
            held,
        }
    }

    fn poll(seen: &mut PlacesSeen, rows: &[(&str, i64)]) -> Vec<String> {
        let rows = rows
            .iter()
            .map(|(event, held)| ((*event).to_owned(), places(*held)))
            .collect();
        seen.changed(rows)
            .into_iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn a_change_drops_the_events_pages_at_two_polls_and_no_more() {
        let mut seen = PlacesSeen::default();
        assert!(
            poll(&mut seen, &[("a", 1), ("b", 1)]).is_empty(),
            "first sight"
        );
        assert_eq!(poll(&mut seen, &[("a", 2), ("b", 1)]), ["a"]);
        assert_eq!(poll(&mut seen, &[("a", 2), ("b", 1)]), ["a"], "once more");
        assert!(poll(&mut seen, &[("a", 2), ("b", 1)]).is_empty());
        assert_eq!(poll(&mut seen, &[("a", 3), ("b", 2)]), ["a", "b"]);
        assert_eq!(poll(&mut seen, &[("a", 4), ("b", 2)]), ["a", "b"]);
        assert_eq!(poll(&mut seen, &[("a", 4), ("b", 2)]), ["a"]);
    }

    #[test]
    fn a_change_of_signatures_drops_the_letters_pages_at_two_polls_and_no_more() {
        let mut seen = SignaturesSeen::default();
        assert!(!seen.changed((3, 10)), "first sight");
        assert!(!seen.changed((3, 10)));
        assert!(seen.changed((4, 15)), "a confirmation");
        assert!(seen.changed((4, 15)), "once more");
        assert!(!seen.changed((4, 15)));
        // One withdrawn and another approved between two polls: the same number, other ids.
        assert!(seen.changed((4, 17)));
        assert!(seen.changed((4, 17)));
        assert!(!seen.changed((4, 17)));
    }
}
