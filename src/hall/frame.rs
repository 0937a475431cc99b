//! One frame of a hall's Server-Sent Events stream, encoded once for every stream.

use super::{Audience, HallUpdate, UpdateKind};
use crate::domain::Lang;
use bytes::Bytes;

/// One frame of a Server-Sent Events stream, encoded once for every stream.
#[derive(Debug)]
pub struct Frame {
    /// The update's number; 0 for frames that are not stored (counts, keep-alives).
    pub seq: i64,
    pub audience: Audience,
    pub kind: Option<UpdateKind>,
    /// A caption's language: only streams that chose it are sent the frame.
    pub caption: Option<Lang>,
    pub bytes: Bytes,
}

impl Frame {
    /// The frame of a stored update.
    pub fn update(update: &HallUpdate) -> Self {
        Self {
            seq: update.seq,
            audience: update.audience,
            kind: Some(update.kind),
            caption: caption_of(update),
            bytes: Bytes::from(format!(
                "id: {}\nevent: {}\ndata: {}\n\n",
                update.seq,
                update.kind.as_str(),
                update.payload
            )),
        }
    }

    /// A frame that is not stored: an event name and its JSON.
    pub fn ephemeral(event: &str, data: &str) -> Self {
        Self {
            seq: 0,
            audience: Audience::All,
            kind: None,
            caption: None,
            bytes: Bytes::from(format!("event: {event}\ndata: {data}\n\n")),
        }
    }

    /// A comment line that keeps proxies from closing an idle stream.
    pub fn keep_alive() -> Self {
        Self {
            seq: 0,
            audience: Audience::All,
            kind: None,
            caption: None,
            bytes: Bytes::from_static(b": keep-alive\n\n"),
        }
    }
}

/// The language of a caption update (`None` for any other update).
pub fn caption_of(update: &HallUpdate) -> Option<Lang> {
    (update.kind == UpdateKind::Caption)
        .then(|| super::payload_lang(&update.payload))
        .flatten()
}
