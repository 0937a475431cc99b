//! `GET /media/…` when media live in an object store: the file with its type, byte ranges
//! (video players seek with them) and its cache life — a year for uploads (names never
//! repeat), revalidated by ETag for the content's media (an import may replace them).
//! Without a store, the media folder's file server answers instead.

use super::s3::S3Media;
use super::{Media, MediaType, UPLOADS};
use crate::content::MediaPath;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, HeaderValue, StatusCode, header};
use object_store::{GetOptions, GetRange};
use tower::ServiceExt;
use tower_http::services::ServeFile;

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
    let key = format!("{UPLOADS}/{name}");
    from_store(store, &key, kind.mime(), Lifetime::Immutable, &headers)
        .await
        .unwrap_or_else(|| StatusCode::NOT_FOUND.into_response())
}

/// `GET /media/{*path}` with an object store: the content's media (`convene import` puts
/// them there), answered alike by every instance; a file the store lacks is looked for in
/// this instance's media folder (files from before the store was configured).
pub async fn content(
    State(state): State<AppState>,
    Path(path): Path<String>,
    request: Request,
) -> Response {
    let (Media::S3(store), Ok(path)) = (&state.media, path.parse::<MediaPath>()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // The type the media folder's file server would give the same file.
    let mime = mime_guess::from_path(path.as_str())
        .first_raw()
        .unwrap_or("application/octet-stream");
    if let Some(response) = from_store(
        store,
        path.as_str(),
        mime,
        Lifetime::Revalidate,
        request.headers(),
    )
    .await
    {
        return response;
    }
    let file = state.config.media_dir().join(path.as_str());
    match ServeFile::new(file).oneshot(request).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    }
}

/// How long a browser may keep a file without asking again.
#[derive(Clone, Copy)]
enum Lifetime {
    /// A year: an upload's name is never used for other bytes.
    Immutable,
    /// Asked again each time (with its ETag): an import may replace a content file under
    /// the same path.
    Revalidate,
}

/// A stored file as the response to `headers` (whole, one byte range, or 304 when the
/// browser's copy is current); `None` when the store does not hold it.
async fn from_store(
    store: &S3Media,
    key: &str,
    mime: &'static str,
    lifetime: Lifetime,
    headers: &HeaderMap,
) -> Option<Response> {
    let range = requested_range(headers);
    let partial = range.is_some();
    let options = GetOptions {
        range,
        if_none_match: headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        ..GetOptions::default()
    };
    let result = match store.get(key, options).await {
        Ok(result) => result,
        Err(object_store::Error::NotFound { .. }) => return None,
        Err(object_store::Error::NotModified { .. }) => {
            // The tag the browser holds is the current one (when it sent just one).
            let mut response = StatusCode::NOT_MODIFIED.into_response();
            if let Some(tag) = headers.get(header::IF_NONE_MATCH).filter(|v| {
                v.to_str()
                    .is_ok_and(|t| !t.contains(',') && t.trim() != "*")
            }) {
                response.headers_mut().insert(header::ETAG, tag.clone());
            }
            return Some(response);
        }
        // A range past the end: 416 with the size, as RFC 9110 asks; anything else is an outage.
        Err(err) if partial => {
            return match store.size(key).await {
                Ok(size) => Some(
                    (
                        StatusCode::RANGE_NOT_SATISFIABLE,
                        [(header::CONTENT_RANGE, format!("bytes */{size}"))],
                    )
                        .into_response(),
                ),
                Err(object_store::Error::NotFound { .. }) => None,
                Err(_) => {
                    tracing::error!(error = %err, "reading a file from the media store");
                    Some(StatusCode::BAD_GATEWAY.into_response())
                }
            };
        }
        Err(err) => {
            tracing::error!(error = %err, "reading a file from the media store");
            return Some(StatusCode::BAD_GATEWAY.into_response());
        }
    };
    let total = result.meta.size;
    let served = result.range.clone();
    let e_tag = result.meta.e_tag.clone();
    let modified = jiff::Timestamp::from_second(result.meta.last_modified.timestamp()).ok();
    let mut response = Response::new(Body::from_stream(result.into_stream()));
    *response.status_mut() = if partial {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(match lifetime {
            Lifetime::Immutable => "public, max-age=31536000, immutable",
            Lifetime::Revalidate => "public, no-cache",
        }),
    );
    h.insert(
        header::CONTENT_LENGTH,
        HeaderValue::from(served.end - served.start),
    );
    if let Some(value) = e_tag.and_then(|t| HeaderValue::from_str(&t).ok()) {
        h.insert(header::ETAG, value);
    }
    if let Some(value) = modified
        .map(|t| t.strftime("%a, %d %b %Y %H:%M:%S GMT").to_string())
        .and_then(|t| HeaderValue::from_str(&t).ok())
    {
        h.insert(header::LAST_MODIFIED, value);
    }
    if partial
        && let Ok(value) = HeaderValue::from_str(&format!(
            "bytes {}-{}/{total}",
            served.start,
            served.end.saturating_sub(1)
        ))
    {
        h.insert(header::CONTENT_RANGE, value);
    }
    Some(response)
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
