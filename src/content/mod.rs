//! Content as files: the site's settings, chapters and events, and their import and export.
//!
//! Organisers keep their site in a folder of TOML and Markdown files (documented in
//! `docs/content-format.md`) under version control. `import` reads and validates a whole
//! folder before anything is written, so a bad folder changes nothing; `export` writes the
//! same format back.

mod demo;
mod editions;
mod export;
mod files;
mod hls;
mod import;
mod media_path;
mod model;
mod posts;
mod problems;
mod public;
mod publication;
mod stream;

pub use demo::{DEMO_UPCOMING_EVENT, demo_content_dir};
pub use export::{event_media, export_dir, post_media};
pub use hls::{audio_renditions, hls_files, rendition_matches};
pub use import::{ImportReport, read_dir};
pub use media_path::MediaPath;
pub use model::*;
pub use posts::{MAX_BODY_BYTES, Post, PostKind, PostText};
pub use problems::{Problem, Problems};
pub use publication::Publication;
pub use stream::{
    Channel, ChannelError, ChannelKind, Stream, StreamKind, StreamSource, StreamSourceError,
};
