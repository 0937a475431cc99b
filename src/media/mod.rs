//! Media: uploads (images, videos, caption files) checked by content, stored under
//! server-chosen names behind [`MediaStore`], and the content's own media that `convene
//! import` brings; all served by `/media/` with Range support and `nosniff`, never executed.
//! With an object store every instance finds every file there ([`ContentMedia`]).

mod configured;
mod content_media;
mod duration;
mod s3;
pub mod serve;
mod sniff;
mod store;

pub use configured::{Media, MediaUpload};
pub use content_media::{ContentMedia, Unreachable, check_at_start};
pub use duration::DurationProbe;
pub use s3::{S3Media, S3Settings};
pub use sniff::{HEAD, MAX_IMAGE_SIDE, MAX_UPLOAD, MediaType, image_size, sniff};
pub use store::{LocalMedia, LocalUpload, MediaItem, MediaStore, UPLOADS, UploadSink, upload_name};
