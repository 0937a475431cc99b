//! Reactions in the hall: a handful of them, limited per attendee, counted in memory and
//! sent to the open halls as one aggregated frame per event per second, however many
//! arrive (10,000 attendees reacting never means 10,000 frames to each of them).
//!
//! Reactions are moments, not records: like the attendee count, they travel between
//! instances over NATS (each instance publishes its own counts once a second and adds the
//! others' to what it shows) and never enter the hall's log, so a reconnect does not
//! replay applause from minutes ago, and an instance that dies loses a second of it.

use crate::domain::Slug;
use jiff::{SignedDuration, Timestamp};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

/// The reactions on offer, in the order the hall shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reaction {
    Clap,
    Heart,
    Agree,
    Smile,
    Wow,
}

/// How many kinds there are (the length of a count array).
pub const REACTION_KINDS: usize = 5;

impl Reaction {
    pub const ALL: [Reaction; REACTION_KINDS] = [
        Reaction::Clap,
        Reaction::Heart,
        Reaction::Agree,
        Reaction::Smile,
        Reaction::Wow,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reaction::Clap => "clap",
            Reaction::Heart => "heart",
            Reaction::Agree => "agree",
            Reaction::Smile => "smile",
            Reaction::Wow => "wow",
        }
    }

    /// The symbol shown (its name, translated, is the button's label).
    pub fn symbol(self) -> &'static str {
        match self {
            Reaction::Clap => "👏",
            Reaction::Heart => "❤️",
            Reaction::Agree => "👍",
            Reaction::Smile => "😊",
            Reaction::Wow => "😮",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One reaction per this interval on average…
const EVERY: SignedDuration = SignedDuration::from_secs(2);
/// …with bursts of up to this many.
const BURST: i32 = 3;

/// Counts per kind.
pub type Counts = [u64; REACTION_KINDS];

/// The counts as the JSON of a `reactions` frame: `{"clap": 3, …}`, kinds with none left out.
pub fn counts_json(counts: &Counts) -> String {
    let map: serde_json::Map<String, serde_json::Value> = Reaction::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(r, n)| (r.as_str().to_owned(), (*n).into()))
        .collect();
    serde_json::Value::Object(map).to_string()
}

#[derive(Default)]
struct State {
    /// Reactions made on this instance, not yet told to the others.
    local: HashMap<Slug, Counts>,
    /// Reactions from here and elsewhere, not yet shown.
    show: HashMap<Slug, Counts>,
    /// Per registration: when its next reaction fits the limit with none to spare (GCRA's
    /// theoretical arrival time).
    due: HashMap<i64, Timestamp>,
}

/// This instance's reactions: the per-attendee limit and the counts waiting to go out.
#[derive(Clone, Default)]
pub struct Reactions(Arc<Mutex<State>>);

fn add(to: &mut Counts, from: &Counts) {
    for (t, f) in to.iter_mut().zip(from) {
        *t += f;
    }
}

impl Reactions {
    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts `registration`'s reaction in `event`, unless it comes faster than the limit
    /// (one every two seconds, bursts of three); whether it was counted.
    pub fn react(
        &self,
        event: &Slug,
        registration: i64,
        reaction: Reaction,
        now: Timestamp,
    ) -> bool {
        let mut state = self.state();
        let due = state
            .due
            .get(&registration)
            .copied()
            .unwrap_or(now)
            .max(now);
        // Up to BURST - 1 reactions may be "early" by one interval each.
        if due.duration_since(now) > EVERY * (BURST - 1) {
            return false;
        }
        state.due.insert(registration, due + EVERY);
        state.local.entry(event.clone()).or_default()[reaction.index()] += 1;
        true
    }

    /// The reactions made here since the last call, to tell the other instances; they are
    /// also queued to be shown here.
    pub fn take_local(&self, now: Timestamp) -> Vec<(Slug, Counts)> {
        let mut state = self.state();
        let local: Vec<(Slug, Counts)> = state.local.drain().collect();
        for (event, counts) in &local {
            add(state.show.entry(event.clone()).or_default(), counts);
        }
        // Limits that have run out hold nothing any more.
        state.due.retain(|_, due| *due > now);
        local
    }

    /// Another instance's reactions, to be shown here.
    pub fn add_remote(&self, event: &Slug, counts: &Counts) {
        add(self.state().show.entry(event.clone()).or_default(), counts);
    }

    /// Everything to show now, one entry per event; empties the queue.
    pub fn take_show(&self) -> Vec<(Slug, Counts)> {
        self.state().show.drain().collect()
    }
}

/// The NATS payload of an instance's counts: "instance n0 n1 n2 n3 n4".
pub fn encode_report(instance: &str, counts: &Counts) -> String {
    let numbers: Vec<String> = counts.iter().map(ToString::to_string).collect();
    format!("{instance} {}", numbers.join(" "))
}

/// Reads [`encode_report`]'s payload: the instance and its counts.
pub fn decode_report(text: &str) -> Option<(&str, Counts)> {
    let mut parts = text.split(' ');
    let instance = parts.next()?;
    let mut counts = [0; REACTION_KINDS];
    for slot in &mut counts {
        *slot = parts.next()?.parse().ok()?;
    }
    parts.next().is_none().then_some((instance, counts))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + seconds).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn an_attendee_may_react_in_bursts_of_three_then_every_two_seconds() {
        let reactions = Reactions::default();
        let event: Slug = "water".parse().unwrap_or_else(|e| panic!("{e:?}"));
        let tries: Vec<bool> = (0..5)
            .map(|_| reactions.react(&event, 7, Reaction::Clap, at(0)))
            .collect();
        assert_eq!(tries, [true, true, true, false, false]);
        assert!(
            reactions.react(&event, 8, Reaction::Heart, at(0)),
            "another attendee"
        );
        assert!(!reactions.react(&event, 7, Reaction::Clap, at(1)));
        assert!(reactions.react(&event, 7, Reaction::Clap, at(2)));
        assert!(!reactions.react(&event, 7, Reaction::Clap, at(2)));
        // A long pause refills the burst, no more.
        let refilled: Vec<bool> = (0..4)
            .map(|_| reactions.react(&event, 7, Reaction::Wow, at(60)))
            .collect();
        assert_eq!(refilled, [true, true, true, false]);
    }

    #[test]
    fn counts_are_aggregated_until_taken() {
        let reactions = Reactions::default();
        let event: Slug = "water".parse().unwrap_or_else(|e| panic!("{e:?}"));
        for id in 0..10 {
            assert!(reactions.react(&event, id, Reaction::Clap, at(0)));
        }
        assert!(reactions.react(&event, 99, Reaction::Smile, at(0)));
        let local = reactions.take_local(at(0));
        assert_eq!(local, vec![(event.clone(), [10, 0, 0, 1, 0])]);
        reactions.add_remote(&event, &[1, 2, 0, 0, 0]);
        let shown = reactions.take_show();
        assert_eq!(shown, vec![(event, [11, 2, 0, 1, 0])]);
        assert!(reactions.take_show().is_empty());
        assert_eq!(
            counts_json(&shown[0].1),
            r#"{"clap":11,"heart":2,"smile":1}"#
        );
        let report = encode_report("a1", &[1, 0, 2, 0, 3]);
        assert_eq!(decode_report(&report), Some(("a1", [1, 0, 2, 0, 3])));
        assert_eq!(decode_report("a1 1 2"), None);
    }
}
