//! Uploaded media (images, videos, caption files): checked by content, stored under
//! server-chosen names behind [`MediaStore`], served by `/media/` with Range support and
//! `nosniff`, never executed.

mod s3;
pub mod serve;
mod sniff;
mod store;

pub use s3::{Media, MediaUpload, S3Media, S3Settings};
pub use sniff::{HEAD, MAX_IMAGE_SIDE, MAX_UPLOAD, MediaType, image_size, sniff};
pub use store::{LocalMedia, LocalUpload, MediaItem, MediaStore, UPLOADS, UploadSink};
