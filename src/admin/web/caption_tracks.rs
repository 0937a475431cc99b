//! `POST /admin/hall/{event}/captions/tracks` (organisers): the cues of every ended segment
//! with a recording, per language, saved as a WebVTT upload and added to the recording's
//! caption tracks (as a track uploaded by hand is). A language that already has a track
//! keeps it: a corrected hand-made track is never overwritten.

use super::captions::{CsrfOnly, Shown, render};
use super::event_request::EventRequest;
use super::{CheckedForm, area_lang, audited};
use crate::content::MediaPath;
use crate::domain::Lang;
use crate::error::WebError;
use crate::hall::Cue;
use crate::media::{MediaStore, MediaType, UploadSink};
use crate::state::AppState;
use axum::response::Response;
use http::StatusCode;
use std::collections::BTreeMap;

/// A track to add: (segment's position, language, WebVTT text).
type Track = (usize, Lang, String);

/// `POST /admin/hall/{event}/captions/tracks`.
pub async fn save(
    request: EventRequest,
    CheckedForm(_form): CheckedForm<CsrfOnly>,
) -> Result<Response, WebError> {
    let (state, slug) = (&request.state, &request.slug);
    let lang = area_lang(&request.headers);
    let tr = state.catalog.translator(&lang);
    let (revision, content) = state.content_for_edit().await?;
    let mut content = (*content).clone();
    let index = content
        .events
        .iter()
        .position(|e| e.slug.as_str() == slug)
        .ok_or(WebError::NotFound)?;
    let tracks = tracks_due(state, &content.events[index]).await?;
    let count = tracks.len();
    for (segment, track_lang, vtt) in tracks {
        let path = store(state, vtt).await?;
        if let Some(recording) = content.events[index].segments[segment].recording.as_mut() {
            recording.captions.insert(track_lang, path);
        }
    }
    let mut shown = Shown::default();
    if count > 0 {
        let audit = audited(
            state,
            Some(&request.admin.user),
            "saved live captions as recording tracks",
            slug,
            None,
            Some(count.to_string()),
        );
        if let Some(refused) = super::edit::save(state, tr, &content, revision, audit).await? {
            shown.error = refused.conflict;
        }
    }
    if shown.error.is_none() {
        shown.notice = Some(tr.t_count(
            "admin-captions-tracks-saved",
            count as i64,
            &count.to_string(),
        ));
    }
    render(&request, None, StatusCode::OK, shown).await
}

/// The tracks of `event`'s ended segments that have a recording and no track in a
/// language their cues are in.
async fn tracks_due(
    state: &AppState,
    event: &crate::content::Event,
) -> Result<Vec<Track>, WebError> {
    let now = state.clock.now();
    let mut tracks = Vec::new();
    for (position, segment) in event.segments.iter().enumerate() {
        let Some(recording) = segment.recording.as_ref() else {
            continue;
        };
        if segment.ends_at() > now {
            continue;
        }
        let mut by_lang: BTreeMap<Lang, Vec<Cue>> = BTreeMap::new();
        for cue in state.db.segment_cues(&event.slug, &segment.id).await? {
            by_lang.entry(cue.lang.clone()).or_default().push(cue);
        }
        for (lang, cues) in by_lang {
            if !recording.captions.contains_key(&lang) {
                tracks.push((
                    position,
                    lang,
                    crate::hall::webvtt(&cues, segment.starts_at),
                ));
            }
        }
    }
    Ok(tracks)
}

/// Stores `vtt` as an upload; the path content refers to it by.
async fn store(state: &AppState, vtt: String) -> Result<MediaPath, WebError> {
    let io = |e: std::io::Error| WebError::Internal(e.into());
    let mut upload = state.media.create(MediaType::Vtt).await.map_err(io)?;
    upload.write(vtt.as_bytes()).await.map_err(io)?;
    let item = upload.finish().await.map_err(io)?;
    item.path
        .parse()
        .map_err(|e| WebError::Internal(anyhow::anyhow!("an upload's path: {e:?}")))
}
