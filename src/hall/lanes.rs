//! The broadcast channels of one event's hall in this process, one per caption choice (a
//! *lane*: no captions, or captions in one language). Every lane carries every update except
//! captions, which go only to the lane of their language: a cue wakes the streams that show
//! it, not every stream in the hall. Each delivery names the update sent before it on the
//! same lane, so a stream tells the updates its lane skips (captions in other languages)
//! from ones it missed (and reads again from the log).

use super::UpdateKind;
use super::frame::Frame;
use crate::domain::Lang;
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::broadcast;

/// How many frames a slow stream may fall behind before it re-reads the log (per lane).
const CHANNEL_CAPACITY: usize = 512;

/// A frame as one lane delivers it.
#[derive(Clone, Debug)]
pub struct Delivery {
    /// The stored update this lane delivered before this one (for frames that are not
    /// stored: 0). A stream that has seen it has missed nothing of its lane.
    pub prev: i64,
    pub frame: Arc<Frame>,
}

/// The streams of one caption choice.
struct Lane {
    sender: broadcast::Sender<Delivery>,
    /// The last stored update this lane delivered.
    prev: i64,
}

/// An event's lanes, by caption language (`None`: streams without captions).
pub struct Lanes {
    by_captions: HashMap<Option<Lang>, Lane>,
    /// The last stored update broadcast (where a new lane starts).
    sent: i64,
}

impl Lanes {
    /// No lane yet; the log has been broadcast up to `sent`.
    pub fn new(sent: i64) -> Self {
        Self {
            by_captions: HashMap::new(),
            sent,
        }
    }

    /// A receiver of every frame sent from now on to streams showing `captions`, opening its
    /// lane if need be (it starts where the broadcast stands).
    pub fn subscribe(&mut self, captions: Option<&Lang>) -> broadcast::Receiver<Delivery> {
        let sent = self.sent;
        self.by_captions
            .entry(captions.cloned())
            .or_insert_with(|| Lane {
                sender: broadcast::channel(CHANNEL_CAPACITY).0,
                prev: sent,
            })
            .sender
            .subscribe()
    }

    /// Sends `frame` to the lanes it is for.
    pub fn send(&mut self, frame: Frame) {
        let frame = Arc::new(frame);
        let stored = frame.seq > 0;
        if stored {
            self.sent = frame.seq;
        }
        // No receivers is not an error: nobody is watching right now.
        let deliver = |lane: &mut Lane| {
            let prev = lane.prev;
            if stored {
                lane.prev = frame.seq;
            }
            let _ = lane.sender.send(Delivery {
                prev: if stored { prev } else { 0 },
                frame: Arc::clone(&frame),
            });
        };
        if frame.kind == Some(UpdateKind::Caption) {
            // A caption in a language nobody here chose (or without one) goes nowhere.
            if let Some(lane) = frame
                .caption
                .clone()
                .and_then(|lang| self.by_captions.get_mut(&Some(lang)))
            {
                deliver(lane);
            }
        } else {
            self.by_captions.values_mut().for_each(deliver);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::hall::{Audience, HallUpdate};

    fn update(seq: i64, kind: UpdateKind, payload: &str) -> Frame {
        Frame::update(&HallUpdate {
            event: "hall".parse().unwrap_or_else(|e| panic!("{e:?}")),
            seq,
            audience: Audience::All,
            kind,
            payload: payload.to_owned(),
        })
    }

    fn lang(tag: &str) -> Lang {
        tag.parse().unwrap_or_else(|e| panic!("{e:?}"))
    }

    /// What a receiver holds: (prev, seq) per delivery.
    fn drain(receiver: &mut broadcast::Receiver<Delivery>) -> Vec<(i64, i64)> {
        std::iter::from_fn(|| receiver.try_recv().ok())
            .map(|d| (d.prev, d.frame.seq))
            .collect()
    }

    #[test]
    fn a_caption_goes_only_to_its_language_and_the_others_see_no_gap() {
        let mut lanes = Lanes::new(4);
        let mut plain = lanes.subscribe(None);
        let mut english = lanes.subscribe(Some(&lang("en")));
        let mut arabic = lanes.subscribe(Some(&lang("ar")));
        lanes.send(update(5, UpdateKind::Announcement, "{}"));
        lanes.send(update(
            6,
            UpdateKind::Caption,
            r#"{"lang":"en","text":"a"}"#,
        ));
        lanes.send(update(
            7,
            UpdateKind::Caption,
            r#"{"lang":"ur","text":"b"}"#,
        ));
        lanes.send(Frame::ephemeral("count", "{}"));
        lanes.send(update(8, UpdateKind::Announcement, "{}"));
        // Each delivery names the one before it on the same lane: a stream that has that one
        // has missed nothing, whatever other lanes were sent in between.
        assert_eq!(drain(&mut plain), [(4, 5), (0, 0), (5, 8)]);
        assert_eq!(drain(&mut english), [(4, 5), (5, 6), (0, 0), (6, 8)]);
        assert_eq!(drain(&mut arabic), [(4, 5), (0, 0), (5, 8)]);
        // A lane opened later starts where the hall's broadcast stands.
        let mut urdu = lanes.subscribe(Some(&lang("ur")));
        lanes.send(update(
            9,
            UpdateKind::Caption,
            r#"{"lang":"ur","text":"c"}"#,
        ));
        assert_eq!(drain(&mut urdu), [(8, 9)]);
        assert!(drain(&mut english).is_empty());
    }
}
