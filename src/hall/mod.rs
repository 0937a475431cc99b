//! The online hall on the day: the attendee's page behind their personal link (stream,
//! live programme, premieres, Q&A, announcements, attendee count), its Server-Sent Events,
//! and the fan-out that carries updates to every open stream on one instance or many.
//!
//! Other features reach the hall through [`Hall`] only (`access.rs`: ending a
//! registration's access); the web pages (`web/`) are the hall's own.

mod access;
mod announcements;
mod attendance;
mod bus;
mod captions;
mod frame;
mod hub;
mod lanes;
mod live;
mod model;
mod poll;
mod reactions;
mod stream;
mod vtt;
pub mod web;
mod windows;

pub use announcements::*;
pub use attendance::{Attendance, HEARTBEAT_TICKS, Stay};
pub use bus::Hall;
pub use captions::{Cue, IngestToken, MAX_CUE_CHARS, cue_text, payload_lang, token_hash};
pub use frame::Frame;
pub use hub::{Hub, STREAMS_PER_ATTENDEE};
pub use live::{LiveSegment, Phase, live_segment, phase, premiere_offset};
pub use model::*;
pub use poll::*;
pub use reactions::{Reaction, Reactions};
pub use stream::{StreamStart, respond as stream_response};
pub use vtt::render as webvtt;
pub use windows::{ALIVE_FOR, Window, Windows};
