//! `/admin/media`: uploading images, videos and caption files, and the library of them. The
//! size limit of each kind is enforced while the upload streams in; the kind is judged by the
//! file's first bytes, images by their dimensions too; names are chosen by the server, and
//! the name the file had on the uploader's computer is kept beside it (`media_files`) to be
//! shown and searched. The library says where each file is used (`media_usage`); deleting is
//! `media_delete`.

use super::media_usage::{Use, uses};
use super::{Frame, area_lang, audited, respond};
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::media::{
    DurationProbe, HEAD, MAX_IMAGE_SIDE, MediaItem, MediaStore, UploadSink, image_size, sniff,
};
use crate::state::AppState;
use crate::storage::MediaRecord;
use askama::Template;
use axum::extract::{Extension, Multipart, Query, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use std::collections::HashMap;

/// The longest original file name kept.
const MAX_NAME: usize = 200;

/// One file of the library as the page shows it.
pub struct LibraryRow {
    pub path: String,
    /// The name it had when uploaded; `None` for files from before names were kept.
    pub original_name: Option<String>,
    pub kind: &'static str,
    pub is_image: bool,
    pub size: String,
    /// "1200 × 630", a duration, or "unknown".
    pub measure: String,
    pub uses: Vec<Use>,
}

#[derive(Template)]
#[template(path = "admin/media.html")]
struct MediaPage<'a> {
    frame: Frame<'a>,
    rows: Vec<LibraryRow>,
    query: String,
    /// Files in the library before the search narrowed it.
    total: usize,
    notice: Option<String>,
    error: Option<String>,
}

/// What the page shows besides the library.
#[derive(Default)]
pub struct Shown {
    pub query: String,
    pub notice: Option<String>,
    pub error: Option<String>,
}

/// A size in words a person reads at a glance.
fn size_text(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{} KB", b.div_ceil(1024)),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

/// A length as minutes and seconds ("83:05"), to the nearest second.
fn duration_text(ms: i64) -> String {
    let seconds = (ms + 500) / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The library's rows matching `query` (in the original name or the path, any case), and
/// how many files there are in all.
async fn rows(
    state: &AppState,
    lang: &crate::domain::Lang,
    query: &str,
) -> Result<(Vec<LibraryRow>, usize), WebError> {
    let tr = state.catalog.translator(lang);
    let items = store(state)
        .list()
        .await
        .map_err(|e| WebError::Internal(e.into()))?;
    let mut records: HashMap<String, MediaRecord> = state.db.media_records().await?;
    let content = state.content().await?;
    let mut used = uses(&content, lang, tr);
    let needle = query.trim().to_lowercase();
    let total = items.len();
    let rows = items
        .into_iter()
        .filter_map(|item| {
            let record = records.remove(&item.path);
            let name = record.as_ref().map(|r| r.original_name.clone());
            let found = needle.is_empty()
                || item.path.to_lowercase().contains(&needle)
                || name
                    .as_deref()
                    .is_some_and(|n| n.to_lowercase().contains(&needle));
            if !found {
                return None;
            }
            let measure = match (&record, item.kind) {
                (
                    Some(MediaRecord {
                        dimensions: Some((w, h)),
                        ..
                    }),
                    _,
                ) => format!("{w} × {h}"),
                (
                    Some(MediaRecord {
                        duration_ms: Some(ms),
                        ..
                    }),
                    _,
                ) => duration_text(*ms),
                (_, crate::media::MediaType::Vtt) => String::new(),
                _ => tr.t("admin-media-unknown"),
            };
            Some(LibraryRow {
                uses: used.remove(&item.path).unwrap_or_default(),
                original_name: name,
                kind: item.kind.extension(),
                is_image: item.kind.is_image(),
                size: size_text(item.bytes),
                measure,
                path: item.path,
            })
        })
        .collect();
    Ok((rows, total))
}

/// Where a file is used, if anywhere (for deleting).
pub async fn uses_of(
    state: &AppState,
    lang: &crate::domain::Lang,
    path: &str,
) -> Result<Vec<Use>, WebError> {
    let content = state.content().await?;
    let tr = state.catalog.translator(lang);
    Ok(uses(&content, lang, tr).remove(path).unwrap_or_default())
}

pub fn store(state: &AppState) -> crate::media::Media {
    state.media.clone()
}

pub async fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let (rows, total) = rows(state, &lang, &shown.query).await?;
    let page = MediaPage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-nav-media"),
            Some(&admin.user),
            "/admin/media",
            token,
        ),
        rows,
        query: shown.query,
        total,
        notice: shown.notice,
        error: shown.error,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/media?q=`: the library, searched by `q` when given.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let shown = Shown {
        query: query.get("q").cloned().unwrap_or_default(),
        ..Shown::default()
    };
    render(&state, &admin, &headers, shown, StatusCode::OK).await
}

/// Why an upload was refused (a message id of the area).
enum Refused {
    Kind,
    TooLarge,
    ImageSize,
    Session,
    Missing,
}

/// `POST /admin/media` (multipart: `csrf`, then `file`).
pub async fn upload(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let outcome = receive(&state, &headers, &mut multipart).await?;
    match outcome {
        Ok((item, received)) => {
            let record = MediaRecord {
                path: item.path.clone(),
                original_name: received.name.clone(),
                kind: item.kind.extension().to_owned(),
                bytes: item.bytes as i64,
                dimensions: received.dimensions,
                duration_ms: received.duration_ms,
                uploaded_at: state.clock.now(),
                uploaded_by: admin.user.email.clone(),
            };
            let audit = audited(
                &state,
                Some(&admin.user),
                "uploaded media",
                &item.path,
                None,
                Some(format!("{} ({} bytes)", received.name, item.bytes)),
            );
            state.db.record_media(&record, &audit).await?;
            let notice = tr.t_args(
                "admin-media-uploaded-named",
                &[
                    ("name", received.name.as_str()),
                    ("path", &format!("media/{}", item.path)),
                ],
            );
            let shown = Shown {
                notice: Some(notice),
                ..Shown::default()
            };
            render(&state, &admin, &headers, shown, StatusCode::OK).await
        }
        Err(refused) => {
            let (status, id) = match refused {
                Refused::Kind => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "admin-media-error-kind"),
                Refused::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "admin-media-error-large"),
                Refused::ImageSize => (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "admin-media-error-dimensions",
                ),
                Refused::Session => (StatusCode::FORBIDDEN, "register-error-session"),
                Refused::Missing => (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "admin-media-error-missing",
                ),
            };
            let shown = Shown {
                error: Some(tr.t(id)),
                ..Shown::default()
            };
            render(&state, &admin, &headers, shown, status).await
        }
    }
}

/// What the upload said of itself besides its bytes.
struct Received {
    /// The file's name on the uploader's computer (its last part, control characters out).
    name: String,
    dimensions: Option<(i64, i64)>,
    /// A video's length, when the file says it.
    duration_ms: Option<i64>,
}

/// The name a browser sent, as kept: only its last part (some browsers send a whole
/// Windows path), without control characters, at most [`MAX_NAME`] characters.
fn original_name(sent: Option<&str>) -> String {
    let sent = sent.unwrap_or_default();
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    last.chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect::<String>()
        .trim()
        .to_owned()
}

async fn receive(
    state: &AppState,
    headers: &HeaderMap,
    multipart: &mut Multipart,
) -> Result<Result<(MediaItem, Received), Refused>, WebError> {
    let bad_request =
        |e: axum::extract::multipart::MultipartError| WebError::BadRequest(e.body_text());
    let mut csrf_ok = false;
    while let Some(mut field) = multipart.next_field().await.map_err(bad_request)? {
        match field.name() {
            Some("csrf") => {
                let token = field.text().await.map_err(bad_request)?;
                csrf_ok = super::check_token(state, headers, &token);
            }
            Some("file") => {
                if !csrf_ok {
                    return Ok(Err(Refused::Session));
                }
                let mut received = Received {
                    name: original_name(field.file_name()),
                    dimensions: None,
                    duration_ms: None,
                };
                // Enough of the start to recognise the file.
                let mut head = Vec::with_capacity(HEAD);
                let mut rest = Vec::new();
                while head.len() < HEAD {
                    match field.chunk().await.map_err(bad_request)? {
                        Some(chunk) => {
                            let room = HEAD - head.len();
                            head.extend_from_slice(&chunk[..chunk.len().min(room)]);
                            rest.extend_from_slice(&chunk[chunk.len().min(room)..]);
                        }
                        None => break,
                    }
                }
                if head.is_empty() {
                    return Ok(Err(Refused::Missing));
                }
                let Some(kind) = sniff(&head) else {
                    return Ok(Err(Refused::Kind));
                };
                if kind.is_image() {
                    match image_size(kind, &head) {
                        Some((w, h))
                            if w > 0 && h > 0 && w <= MAX_IMAGE_SIDE && h <= MAX_IMAGE_SIDE =>
                        {
                            received.dimensions = Some((i64::from(w), i64::from(h)));
                        }
                        _ => return Ok(Err(Refused::ImageSize)),
                    }
                }
                let io = |e: std::io::Error| WebError::Internal(e.into());
                let mut upload = store(state).create(kind).await.map_err(io)?;
                let mut written = (head.len() + rest.len()) as u64;
                if written > kind.max_bytes() {
                    return Ok(Err(Refused::TooLarge));
                }
                let mut probe = DurationProbe::for_kind(kind);
                for bytes in [&head, &rest] {
                    if let Some(probe) = probe.as_mut() {
                        probe.feed(bytes);
                    }
                    upload.write(bytes).await.map_err(io)?;
                }
                while let Some(chunk) = field.chunk().await.map_err(bad_request)? {
                    written += chunk.len() as u64;
                    if written > kind.max_bytes() {
                        // Dropping the upload removes what was written.
                        return Ok(Err(Refused::TooLarge));
                    }
                    if let Some(probe) = probe.as_mut() {
                        probe.feed(&chunk);
                    }
                    upload.write(&chunk).await.map_err(io)?;
                }
                received.duration_ms = probe.and_then(DurationProbe::finish);
                return Ok(Ok((upload.finish().await.map_err(io)?, received)));
            }
            _ => {}
        }
    }
    Ok(Err(if csrf_ok {
        Refused::Missing
    } else {
        Refused::Session
    }))
}
