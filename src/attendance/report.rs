//! From stays to attendance: per attendee the minutes in the hall (overlapping windows
//! counted once), the programme segments seen, and when they first arrived; per event the
//! arrivals over time and the attendees per segment. Pure functions of the stored stays and
//! the instant they are read at.

use crate::hall::ALIVE_FOR;
use crate::storage::StoredStay;
use jiff::{SignedDuration, Timestamp};
use std::collections::BTreeMap;

/// A segment counts as seen when the attendee was in the hall for at least this share of
/// it (one half).
pub const SEEN_SHARE: (i64, i64) = (1, 2);

/// One attendee's attendance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attended {
    pub registration: i64,
    pub first_joined: Timestamp,
    pub last_left: Timestamp,
    /// Whole minutes in the hall, overlapping windows counted once.
    pub minutes: i64,
    /// The programme segments seen, by their position in the programme.
    pub segments: Vec<usize>,
}

/// When a stay ended as far as is known at `now`: its leave; else, if its instance has not
/// been heard from for longer than a heartbeat lives, its last heartbeat; else now (open).
pub fn stay_end(stay: &StoredStay, now: Timestamp) -> Timestamp {
    match stay.left {
        Some(left) => left,
        None if stay.seen < now - ALIVE_FOR => stay.seen,
        None => now,
    }
}

/// Merges intervals (Unix seconds) into disjoint ones, in order.
pub fn merge(mut spans: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    spans.retain(|(from, to)| to > from);
    spans.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::with_capacity(spans.len());
    for (from, to) in spans {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}

fn overlap(spans: &[(i64, i64)], (from, to): (i64, i64)) -> i64 {
    spans
        .iter()
        .map(|(a, b)| (b.min(&to) - a.max(&from)).max(0))
        .sum()
}

/// Every attendee's attendance, by registration; `segments` are the programme's
/// `(start, end)` in order.
pub fn attended(
    stays: &[StoredStay],
    segments: &[(Timestamp, Timestamp)],
    now: Timestamp,
) -> Vec<Attended> {
    let mut by_registration: BTreeMap<i64, Vec<(i64, i64)>> = BTreeMap::new();
    for stay in stays {
        by_registration
            .entry(stay.registration)
            .or_default()
            .push((stay.joined.as_second(), stay_end(stay, now).as_second()));
    }
    by_registration
        .into_iter()
        .filter_map(|(registration, spans)| {
            let first = spans.iter().map(|s| s.0).min()?;
            let spans = merge(spans);
            let last = spans.iter().map(|s| s.1).max().unwrap_or(first);
            let seconds: i64 = spans.iter().map(|(a, b)| b - a).sum();
            let seen = segments
                .iter()
                .enumerate()
                .filter(|(_, (from, to))| {
                    let length = (to.as_second() - from.as_second()).max(1);
                    let inside = overlap(&spans, (from.as_second(), to.as_second()));
                    inside * SEEN_SHARE.1 >= length * SEEN_SHARE.0
                })
                .map(|(i, _)| i)
                .collect();
            Some(Attended {
                registration,
                first_joined: Timestamp::from_second(first).unwrap_or(now),
                last_left: Timestamp::from_second(last).unwrap_or(now),
                minutes: seconds / 60,
                segments: seen,
            })
        })
        .collect()
}

/// Arrivals over time: how many attendees first joined in each interval of `every` from
/// `start` (the first interval also counts those who came earlier), up to the last arrival.
pub fn arrivals(
    attended: &[Attended],
    start: Timestamp,
    every: SignedDuration,
) -> Vec<(Timestamp, i64)> {
    let step = every.as_secs().max(60);
    let Some(last) = attended.iter().map(|a| a.first_joined).max() else {
        return Vec::new();
    };
    let buckets = ((last.as_second() - start.as_second()).max(0) / step + 1) as usize;
    let mut counts = vec![0_i64; buckets];
    for a in attended {
        let i = ((a.first_joined.as_second() - start.as_second()).max(0) / step) as usize;
        counts[i.min(buckets - 1)] += 1;
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(i, n)| {
            let at = start + SignedDuration::from_secs(step * i as i64);
            (at, n)
        })
        .collect()
}

/// The attendees who saw each of `segment_count` segments.
pub fn per_segment(attended: &[Attended], segment_count: usize) -> Vec<i64> {
    let mut counts = vec![0_i64; segment_count];
    for a in attended {
        for i in &a.segments {
            if let Some(n) = counts.get_mut(*i) {
                *n += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + minute * 60).unwrap_or_else(|e| panic!("{e}"))
    }

    fn stay(registration: i64, from: i64, to: Option<i64>, seen: i64) -> StoredStay {
        StoredStay {
            registration,
            joined: at(from),
            seen: at(seen),
            left: to.map(at),
        }
    }

    #[test]
    fn overlapping_windows_count_once_and_a_lost_window_ends_at_its_last_heartbeat() {
        let now = at(200);
        let stays = [
            // Two windows at once: 0–30 and 10–40 are 40 minutes, not 60.
            stay(1, 0, Some(30), 30),
            stay(1, 10, Some(40), 40),
            // Its instance died: last seen at 90, long ago, so 60–90.
            stay(1, 60, None, 90),
            // Still open (seen a moment ago): counts until now.
            stay(2, 190, None, 200),
        ];
        let segments = [(at(0), at(60)), (at(60), at(120)), (at(120), at(200))];
        let report = attended(&stays, &segments, now);
        assert_eq!(report[0].minutes, 70);
        assert_eq!(report[0].segments, [0, 1]);
        assert_eq!(report[0].last_left, at(90));
        assert_eq!(report[1].minutes, 10);
        // 10 of 80 minutes of the last segment: not seen.
        assert!(report[1].segments.is_empty());
        assert_eq!(per_segment(&report, 3), [1, 1, 0]);
    }

    #[test]
    fn arrivals_are_counted_per_interval_from_the_start() {
        let report = attended(
            &[
                stay(1, -5, Some(5), 5),
                stay(2, 3, Some(9), 9),
                stay(3, 25, Some(30), 30),
            ],
            &[],
            at(60),
        );
        let counts: Vec<i64> = arrivals(&report, at(0), SignedDuration::from_mins(10))
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(counts, [2, 0, 1]);
        assert!(arrivals(&[], at(0), SignedDuration::from_mins(10)).is_empty());
    }
}
