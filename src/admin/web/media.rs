//! `/admin/media`: uploading images, videos and caption files. The size limit of each kind is
//! enforced while the upload streams in; the kind is judged by the file's first bytes, images
//! by their dimensions too; names are chosen by the server.

use super::{Frame, area_lang, audit_change, respond};
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::media::{HEAD, MAX_IMAGE_SIDE, MediaItem, MediaStore, UploadSink, image_size, sniff};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Multipart, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};

#[derive(Template)]
#[template(path = "admin/media.html")]
struct MediaPage<'a> {
    frame: Frame<'a>,
    items: Vec<MediaItem>,
    notice: Option<String>,
    error: Option<String>,
}

fn store(state: &AppState) -> crate::media::Media {
    state.media.clone()
}

async fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    notice: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let items = store(state)
        .list()
        .await
        .map_err(|e| WebError::Internal(e.into()))?;
    let page = MediaPage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-nav-media"),
            Some(&admin.user),
            "/admin/media",
            token,
        ),
        items,
        notice,
        error,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/media`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    render(&state, &admin, &headers, None, None, StatusCode::OK).await
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
        Ok(item) => {
            audit_change(
                &state,
                Some(&admin.user),
                "uploaded media",
                &item.path,
                None,
                Some(format!("{} bytes", item.bytes)),
            )
            .await?;
            let notice = tr.t_with(
                "admin-media-uploaded",
                "path",
                &format!("media/{}", item.path),
            );
            render(&state, &admin, &headers, Some(notice), None, StatusCode::OK).await
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
            render(&state, &admin, &headers, None, Some(tr.t(id)), status).await
        }
    }
}

async fn receive(
    state: &AppState,
    headers: &HeaderMap,
    multipart: &mut Multipart,
) -> Result<Result<MediaItem, Refused>, WebError> {
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
                            if w > 0 && h > 0 && w <= MAX_IMAGE_SIDE && h <= MAX_IMAGE_SIDE => {}
                        _ => return Ok(Err(Refused::ImageSize)),
                    }
                }
                let io = |e: std::io::Error| WebError::Internal(e.into());
                let mut upload = store(state).create(kind).await.map_err(io)?;
                let mut written = (head.len() + rest.len()) as u64;
                if written > kind.max_bytes() {
                    return Ok(Err(Refused::TooLarge));
                }
                upload.write(&head).await.map_err(io)?;
                upload.write(&rest).await.map_err(io)?;
                while let Some(chunk) = field.chunk().await.map_err(bad_request)? {
                    written += chunk.len() as u64;
                    if written > kind.max_bytes() {
                        // Dropping the upload removes what was written.
                        return Ok(Err(Refused::TooLarge));
                    }
                    upload.write(&chunk).await.map_err(io)?;
                }
                return Ok(Ok(upload.finish().await.map_err(io)?));
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
