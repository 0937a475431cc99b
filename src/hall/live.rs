//! Which segment is live: the schedule, unless an organiser chose one by hand more recently.

use super::LiveChoice;
use crate::content::{Event, Segment};
use jiff::Timestamp;

/// Where the hall stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Before doors open: a countdown.
    Waiting,
    /// From doors open to the end of the event.
    Open,
    /// After the end: the recordings.
    Ended,
}

/// The phase of `event`'s hall at `now`.
pub fn phase(event: &Event, now: Timestamp) -> Phase {
    if now < event.doors_open_at {
        Phase::Waiting
    } else if now < event.ends_at {
        Phase::Open
    } else {
        Phase::Ended
    }
}

/// The segment that is live, and since when (for a premiere: the instant its video's
/// second 0 plays).
#[derive(Clone, Copy, Debug)]
pub struct LiveSegment<'a> {
    pub index: usize,
    pub segment: &'a Segment,
    pub since: Timestamp,
}

/// The live segment of `event` at `now`. A hand choice holds until the schedule reaches a
/// segment that starts after the choice was made.
pub fn live_segment<'a>(
    event: &'a Event,
    choice: Option<&LiveChoice>,
    now: Timestamp,
) -> Option<LiveSegment<'a>> {
    let scheduled = event
        .segments
        .iter()
        .enumerate()
        .find(|(_, s)| s.starts_at <= now && now < s.ends_at())
        .map(|(index, segment)| LiveSegment {
            index,
            segment,
            since: segment.starts_at,
        });
    let chosen = choice.and_then(|c| {
        event
            .segments
            .iter()
            .position(|s| s.id == c.segment)
            .map(|index| LiveSegment {
                index,
                segment: &event.segments[index],
                since: c.since,
            })
    });
    match (chosen, scheduled) {
        // The schedule takes over with a later segment, not the one chosen early (a premiere
        // chosen early keeps its start).
        (Some(chosen), Some(scheduled))
            if scheduled.index != chosen.index && scheduled.segment.starts_at > chosen.since =>
        {
            Some(scheduled)
        }
        (Some(chosen), _) if now < event.ends_at => Some(chosen),
        (_, scheduled) => scheduled,
    }
}

/// How far into its video a premiering segment is at `now` (`None` before it starts).
pub fn premiere_offset(live: &LiveSegment<'_>, now: Timestamp) -> Option<jiff::SignedDuration> {
    live.segment.premiere.as_ref()?;
    let offset = now.duration_since(live.since);
    (!offset.is_negative()).then_some(offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::SegmentKind;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn segment(id: &str, start: &str, minutes: u32) -> Segment {
        Segment {
            id: id.parse().unwrap_or_else(|e| panic!("{e:?}")),
            kind: SegmentKind::Dialogue,
            starts_at: at(start),
            minutes,
            speakers: Vec::new(),
            recording: None,
            premiere: None,
        }
    }

    fn event() -> Event {
        let parse = |s: &str| s.parse().unwrap_or_else(|e| panic!("{s}: {e:?}"));
        Event {
            slug: parse("hall-test"),
            reference_zone: "Asia/Riyadh".parse().unwrap_or_else(|e| panic!("{e:?}")),
            doors_open_at: at("2026-12-12T12:30:00Z"),
            starts_at: at("2026-12-12T13:00:00Z"),
            ends_at: at("2026-12-12T15:00:00Z"),
            proceedings_language: "ar".parse().unwrap_or_else(|e| panic!("{e:?}")),
            interpretation_languages: Vec::new(),
            caption_languages: Vec::new(),
            places: None,
            registration_opens_at: None,
            registration_closes_at: None,
            reminder_hours: Vec::new(),
            chapters: Vec::new(),
            hashtags: Vec::new(),
            trailer: None,
            speakers: Vec::new(),
            segments: vec![
                segment("one", "2026-12-12T13:00:00Z", 30),
                segment("two", "2026-12-12T13:30:00Z", 30),
                segment("three", "2026-12-12T14:00:00Z", 60),
            ],
            texts: Default::default(),
            stream: None,
            draft: false,
        }
    }

    fn live_id(event: &Event, choice: Option<&LiveChoice>, now: &str) -> Option<String> {
        live_segment(event, choice, at(now)).map(|l| l.segment.id.to_string())
    }

    #[test]
    fn the_schedule_decides_without_a_choice() {
        let e = event();
        assert_eq!(live_id(&e, None, "2026-12-12T12:59:59Z"), None);
        assert_eq!(
            live_id(&e, None, "2026-12-12T13:00:00Z").as_deref(),
            Some("one")
        );
        assert_eq!(
            live_id(&e, None, "2026-12-12T13:45:00Z").as_deref(),
            Some("two")
        );
        assert_eq!(live_id(&e, None, "2026-12-12T15:00:00Z"), None);
        assert_eq!(phase(&e, at("2026-12-12T12:29:59Z")), Phase::Waiting);
        assert_eq!(phase(&e, at("2026-12-12T12:30:00Z")), Phase::Open);
        assert_eq!(phase(&e, at("2026-12-12T15:00:00Z")), Phase::Ended);
    }

    #[test]
    fn a_hand_choice_holds_until_a_later_segment_is_due() {
        let e = event();
        // Running late: at 13:35 the organiser moves on to segment two.
        let choice = LiveChoice {
            segment: "two".parse().unwrap_or_else(|e| panic!("{e:?}")),
            since: at("2026-12-12T13:35:00Z"),
        };
        assert_eq!(
            live_id(&e, Some(&choice), "2026-12-12T13:40:00Z").as_deref(),
            Some("two")
        );
        let live = live_segment(&e, Some(&choice), at("2026-12-12T13:40:00Z"));
        assert_eq!(live.map(|l| l.since), Some(at("2026-12-12T13:35:00Z")));
        // Segment three's start comes after the choice: the schedule takes over again.
        assert_eq!(
            live_id(&e, Some(&choice), "2026-12-12T14:00:00Z").as_deref(),
            Some("three")
        );
        // Moving on early (at 13:50, segment three chosen) holds it before its start.
        let early = LiveChoice {
            segment: "three".parse().unwrap_or_else(|e| panic!("{e:?}")),
            since: at("2026-12-12T13:50:00Z"),
        };
        // …and when its scheduled start comes, it goes on from the choice, not from 0.
        let held = live_segment(&e, Some(&early), at("2026-12-12T14:05:00Z"));
        assert_eq!(held.map(|l| l.since), Some(at("2026-12-12T13:50:00Z")));
        assert_eq!(
            live_id(&e, Some(&early), "2026-12-12T13:55:00Z").as_deref(),
            Some("three")
        );
    }

    #[test]
    fn a_premiere_plays_from_its_start_for_late_joiners() {
        let mut e = event();
        e.segments[1].premiere = Some(crate::content::Video {
            video: "media/trailer.webm"
                .parse()
                .unwrap_or_else(|e| panic!("{e:?}")),
            poster: None,
            captions: Default::default(),
        });
        let live = live_segment(&e, None, at("2026-12-12T13:31:07Z"))
            .unwrap_or_else(|| panic!("segment two is live"));
        assert_eq!(
            premiere_offset(&live, at("2026-12-12T13:31:07Z")),
            Some(jiff::SignedDuration::from_secs(67))
        );
        let first = live_segment(&e, None, at("2026-12-12T13:10:00Z"))
            .unwrap_or_else(|| panic!("segment one is live"));
        assert_eq!(premiere_offset(&first, at("2026-12-12T13:10:00Z")), None);
    }
}
