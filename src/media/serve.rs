//! `GET /media/uploads/{name}` when uploads live in an object store: the file with its type,
//! byte ranges (video players seek with them), and a long cache life (names never repeat).
//! With local uploads, the media folder's file server answers instead.

use super::MediaType;
use super::s3::Media;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, HeaderValue, StatusCode, header};
use object_store::GetRange;

/// The range of a `Range: bytes=…` header (one range; anything else is served whole).
pub fn requested_range(headers: &HeaderMap) -> Option<GetRange> {
    let spec = headers
        .get(header::RANGE)?
        .to_str()
        .ok()?
        .strip_prefix("bytes=")?;
    if spec.contains(',') {
        return None;
    }
    let (start, end) = spec.split_once('-')?;
    match (start.trim(), end.trim()) {
        ("", suffix) => suffix.parse().ok().filter(|n| *n > 0).map(GetRange::Suffix),
        (start, "") => start.parse().ok().map(GetRange::Offset),
        (start, end) => {
            let (start, end): (u64, u64) = (start.parse().ok()?, end.parse().ok()?);
            (start <= end)
                .then(|| end.checked_add(1).map(|end| GetRange::Bounded(start..end)))
                .flatten()
        }
    }
}

/// The kind of an upload by its server-chosen name (`<32 hex digits>.<extension>`).
fn kind_of(name: &str) -> Option<MediaType> {
    let (stem, ext) = name.rsplit_once('.')?;
    (stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| MediaType::from_extension(ext))
        .flatten()
}

/// `GET /media/uploads/{name}` from the object store.
pub async fn upload(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    let (Media::S3(store), Some(kind)) = (&state.media, kind_of(&name)) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let range = requested_range(&headers);
    let partial = range.is_some();
    let result = match store.get(&name, range).await {
        Ok(result) => result,
        Err(object_store::Error::NotFound { .. }) => return StatusCode::NOT_FOUND.into_response(),
        // A range past the end: 416 with the size, as RFC 9110 asks; anything else is an outage.
        Err(err) if partial => {
            return match store.size(&name).await {
                Ok(size) => (
                    StatusCode::RANGE_NOT_SATISFIABLE,
                    [(header::CONTENT_RANGE, format!("bytes */{size}"))],
                )
                    .into_response(),
                Err(object_store::Error::NotFound { .. }) => StatusCode::NOT_FOUND.into_response(),
                Err(_) => {
                    tracing::error!(error = %err, "reading an upload from the media store");
                    StatusCode::BAD_GATEWAY.into_response()
                }
            };
        }
        Err(err) => {
            tracing::error!(error = %err, "reading an upload from the media store");
            return StatusCode::BAD_GATEWAY.into_response();
        }
    };
    let total = result.meta.size;
    let served = result.range.clone();
    let mut response = Response::new(Body::from_stream(result.into_stream()));
    *response.status_mut() = if partial {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind.mime()));
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    h.insert(
        header::CONTENT_LENGTH,
        HeaderValue::from(served.end - served.start),
    );
    if partial
        && let Ok(value) = HeaderValue::from_str(&format!(
            "bytes {}-{}/{total}",
            served.start,
            served.end.saturating_sub(1)
        ))
    {
        h.insert(header::CONTENT_RANGE, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(value: &str) -> Option<GetRange> {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::RANGE,
            HeaderValue::from_str(value).unwrap_or_else(|e| panic!("{e}")),
        );
        requested_range(&headers)
    }

    #[test]
    fn byte_ranges_are_read_as_players_send_them() {
        assert_eq!(range("bytes=0-99"), Some(GetRange::Bounded(0..100)));
        assert_eq!(range("bytes=100-"), Some(GetRange::Offset(100)));
        assert_eq!(range("bytes=-500"), Some(GetRange::Suffix(500)));
        assert_eq!(range("bytes=9-3"), None);
        assert_eq!(range("bytes=0-1,5-9"), None);
        assert_eq!(range("items=0-9"), None);
        assert_eq!(range("bytes=0-18446744073709551615"), None);
        assert_eq!(
            kind_of("0123456789abcdef0123456789abcdef.webm"),
            Some(MediaType::Webm)
        );
        assert_eq!(kind_of("../secret.webm"), None);
        assert_eq!(kind_of("0123456789abcdef0123456789abcdef.exe"), None);
    }
}
