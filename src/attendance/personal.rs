//! An attendee's own attendance, as their personal page shows it: minutes in the hall, the
//! segments seen, and their certificate if one was issued.

use crate::content::Event;
use crate::domain::Lang;
use crate::i18n::{Formats, Translator};
use crate::registration::Registration;
use crate::state::AppState;
use crate::storage::StoreError;

/// What the personal page says about attendance.
pub struct OwnAttendance {
    pub minutes: String,
    pub segments: Vec<String>,
    pub certificate: Option<String>,
}

/// `None` when the attendee has never been in the hall.
pub async fn own_attendance(
    state: &AppState,
    event: &Event,
    reg: &Registration,
    (lang, default): (&Lang, &Lang),
    tr: Translator<'_>,
    formats: &Formats,
) -> Result<Option<OwnAttendance>, StoreError> {
    let stays = state.db.stays(&event.slug, Some(reg.id)).await?;
    let spans: Vec<_> = event
        .segments
        .iter()
        .map(|s| (s.starts_at, s.ends_at()))
        .collect();
    let now = state.clock.now();
    let Some(attended) = super::report::attended(&stays, &spans, now)
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let text = event.shown_text(lang, default, now);
    let segments = attended
        .segments
        .iter()
        .filter_map(|i| event.segments.get(*i))
        .map(|s| {
            text.and_then(|t| t.segments.get(&s.id))
                .map_or_else(|| s.id.to_string(), |t| t.title.clone())
        })
        .collect();
    let certificate = state
        .db
        .certificates(&event.slug)
        .await?
        .into_iter()
        .find(|c| c.registration == reg.id)
        .map(|c| format!("/{lang}/certificates/{}", c.token));
    Ok(Some(OwnAttendance {
        minutes: tr.t_count(
            "me-attendance-minutes",
            attended.minutes,
            &formats.number(attended.minutes),
        ),
        segments,
        certificate,
    }))
}
