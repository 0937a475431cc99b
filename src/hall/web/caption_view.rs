//! The captions under the hall's player: the languages the event offers, the one chosen
//! (none unless the attendee picks one; the script remembers it), and its last lines, so a
//! reload shows where the captions stand.

use crate::content::Event;
use crate::domain::Lang;
use crate::error::WebError;
use crate::i18n::Translator;
use crate::state::AppState;

/// Lines shown on arrival.
const SHOWN: i64 = 2;

/// The captions part of the hall page.
pub struct CaptionsView {
    /// (language, its name, chosen, its direction)
    pub choices: Vec<(String, String, bool, &'static str)>,
    /// The chosen language, empty for none.
    pub lang: String,
    pub dir: &'static str,
    /// (cue id, text), oldest first.
    pub lines: Vec<(i64, String)>,
}

/// The captions of `event` with `asked` chosen (if the event offers it).
pub(super) async fn captions_view(
    state: &AppState,
    event: &Event,
    asked: Option<&str>,
    tr: Translator<'_>,
) -> Result<CaptionsView, WebError> {
    let chosen: Option<Lang> = asked
        .and_then(|l| l.parse().ok())
        .filter(|l| event.caption_languages.contains(l));
    let lines = match &chosen {
        Some(lang) => state
            .db
            .last_cues(&event.slug, lang, SHOWN)
            .await?
            .into_iter()
            .map(|c| (c.id, c.text))
            .collect(),
        None => Vec::new(),
    };
    Ok(CaptionsView {
        choices: event
            .caption_languages
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    crate::events::view::lang_name(tr, l),
                    chosen.as_ref() == Some(l),
                    l.direction().html(),
                )
            })
            .collect(),
        dir: chosen.as_ref().map_or("auto", |l| l.direction().html()),
        lang: chosen.map(|l| l.to_string()).unwrap_or_default(),
        lines,
    })
}
