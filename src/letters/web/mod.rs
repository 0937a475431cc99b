//! The signing pages, one file per job: the form and "check your mail" (`sign`), the links
//! from mail that confirm or withdraw a signature (`link`), and the public list of
//! signatories (`list`). None of the pages with a form is cached.

mod link;
mod list;
mod sign;

use super::SignatureProgress;
use crate::content::{Post, SiteContent};
use crate::domain::Lang;
use crate::error::WebError;
use crate::i18n::{Formats, Translator};
use crate::site::embed::Framing;
use crate::site::site_lang;
use crate::state::AppState;
use axum::routing::get;
use axum::{Extension, Router};
use std::sync::Arc;

/// Routes of signing.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/{lang}/posts/{slug}/sign",
            get(sign::show)
                .post(sign::submit)
                .layer(Extension(Framing::Site)),
        )
        .route(
            "/{lang}/posts/{slug}/sign/sent",
            get(sign::sent).layer(Extension(Framing::Site)),
        )
        .route(
            "/{lang}/embed/letters/{slug}/sign",
            get(sign::show)
                .post(sign::submit)
                .layer(Extension(Framing::Embed)),
        )
        .route(
            "/{lang}/embed/letters/{slug}/sign/sent",
            get(sign::sent).layer(Extension(Framing::Embed)),
        )
        .route("/{lang}/posts/{slug}/signatures", get(list::signatories))
        .route(
            "/{lang}/signatures/confirm/{token}",
            get(link::confirm_page).post(link::confirm),
        )
        .route(
            "/{lang}/signatures/{token}/withdraw",
            get(link::withdraw_page).post(link::withdraw),
        )
}

/// A signable, published letter in a site language.
struct Letter {
    content: Arc<SiteContent>,
    lang: Lang,
    /// The letter as visitors see it (its public language versions only).
    post: Post,
}

impl Letter {
    fn post(&self) -> &Post {
        &self.post
    }

    /// The language the letter is shown in for this page: the page's, else the best one
    /// the letter has.
    fn shown_lang(&self) -> &Lang {
        self.post()
            .best_language(&self.lang, &self.content.settings.default_language)
    }

    /// The title in the page's language, else the best one the letter has.
    fn title(&self) -> &str {
        &self.post().texts[self.shown_lang()].title
    }

    fn href(&self) -> String {
        format!("/{}/posts/{}", self.shown_lang(), self.post().slug)
    }

    fn formats(&self) -> Result<Formats, WebError> {
        let settings = &self.content.settings;
        Ok(Formats::new(
            &self.lang,
            settings.digits_for(&self.lang),
            settings.hijri,
        )?)
    }

    /// The count of signatures and the progress towards the letter's goal.
    async fn progress(
        &self,
        state: &AppState,
        tr: Translator<'_>,
    ) -> Result<SignatureProgress, WebError> {
        Ok(SignatureProgress::of(state, self.post(), tr, &self.formats()?).await?)
    }
}

/// The published, signable letter `slug`, for a page in `lang`.
async fn letter(state: &AppState, lang: &str, slug: &str) -> Result<Letter, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, lang)?;
    let now = state.clock.now();
    let post = content
        .public_post(slug, now)
        .filter(|p| {
            content
                .post_kinds
                .iter()
                .any(|k| k.slug == p.kind && k.signable)
        })
        .ok_or(WebError::NotFound)?
        .into_owned();
    Ok(Letter {
        content,
        lang,
        post,
    })
}
