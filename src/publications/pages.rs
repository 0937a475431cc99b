//! Post pages and lists: all posts, per kind, per chapter, per hashtag.

use super::versions::{missing_language, versions};
use super::view::{CardInputs, Pagination, PostCard};
use crate::content::{Post, SiteContent};
use crate::domain::{Hashtag, Lang, Slug};
use crate::error::WebError;
use crate::events::view::{HashtagView, VideoView, hashtag_view, lang_name, video_view};
use crate::i18n::Formats;
use crate::site::{Alternate, Chrome, PageQuery, PageRequest, serve_cached, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use http::HeaderMap;
use serde::Deserialize;
use std::borrow::Cow;

/// `?page=2&language=ar` on lists.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    /// Checked by [`super::view::page_number`] (a number that does not parse is a 404, not
    /// a 400).
    pub page: Option<String>,
    pub language: Option<String>,
}

#[derive(Template)]
#[template(path = "post_list.html")]
struct ListPage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    intro: Option<String>,
    /// "11 publications": the heading over the cards.
    count_label: String,
    cards: Vec<PostCard>,
    pagination: Pagination,
    /// Links restricting the list to one language (label, href, current).
    language_filter: Vec<(String, String, bool)>,
    feed: Option<String>,
    /// Links to the other lists (kinds), for browsing.
    kinds: Vec<(String, String, bool)>,
    hashtag: Option<HashtagView>,
    empty: String,
}

/// What a list shows, before it is paginated.
struct ListSpec<'s> {
    /// Path after `/{lang}/`, e.g. `kinds/open-letter/`.
    rest: String,
    heading: String,
    intro: Option<String>,
    feed: Option<String>,
    current_kind: Option<&'s Slug>,
    hashtag: Option<HashtagView>,
    filter: Box<dyn Fn(&Post) -> bool + Send + 's>,
}

async fn list(
    state: AppState,
    lang: String,
    query: ListQuery,
    page_query: PageQuery,
    headers: HeaderMap,
    path_rest: String,
    spec: impl for<'c> FnOnce(&'c SiteContent, &Lang) -> Result<ListSpec<'c>, WebError> + Send,
) -> Result<Response, WebError> {
    let request = PageRequest::from_parts(&page_query, &headers)
        .map_err(|e| WebError::BadRequest(e.to_string()))?;
    let page = super::view::page_number(query.page.as_deref())?;
    let language = query.language.clone().unwrap_or_default();
    let key = format!("/{lang}/{path_rest}?page={page}&language={language}");
    serve_cached(&state, &request, &key, &headers, None, || async {
        let content = state.content().await?;
        let lang = site_lang(&content.settings, &lang)?;
        let only: Option<Lang> = language.parse().ok().filter(|l| content.settings.offers(l));
        let spec = spec(&content, &lang)?;
        let now = state.clock.now();
        let tr = state.catalog.translator(&lang);
        let formats = Formats::new(
            &lang,
            content.settings.digits_for(&lang),
            content.settings.hijri,
        )?;
        let inputs = CardInputs {
            content: &content,
            lang: &lang,
            tr,
            formats: &formats,
        };
        let posts: Vec<Cow<'_, Post>> = content
            .public_posts(now)
            .filter(|p| (spec.filter)(p))
            .filter(|p| only.as_ref().is_none_or(|l| p.texts.contains_key(l)))
            .collect();
        let base = format!("/{lang}/{}", spec.rest);
        let language_param = only
            .as_ref()
            .map(|l| format!("&language={l}"))
            .unwrap_or_default();
        let (pagination, range) = Pagination::new(
            posts.len(),
            page,
            super::view::PAGE_SIZE,
            tr,
            &formats,
            |n| match (n, &only) {
                (1, None) => base.clone(),
                (1, Some(l)) => format!("{base}?language={l}"),
                _ => format!("{base}?page={n}{language_param}"),
            },
        )?;
        let cards = posts[range].iter().map(|p| inputs.card(p)).collect();
        let mut language_filter = vec![(tr.t("posts-all-languages"), base.clone(), only.is_none())];
        language_filter.extend(content.settings.languages.iter().map(|l| {
            (
                lang_name(tr, l),
                format!("{base}?language={l}"),
                only.as_ref() == Some(l),
            )
        }));
        let kinds = content
            .post_kinds
            .iter()
            .map(|k| {
                (
                    k.plural.get(&lang).cloned().unwrap_or_default(),
                    format!("/{lang}/kinds/{}/", k.slug),
                    spec.current_kind == Some(&k.slug),
                )
            })
            .collect();
        let chrome = Chrome::new(
            &state,
            &content.settings,
            &lang,
            &spec.rest,
            spec.heading.clone(),
            spec.intro.clone().unwrap_or_default(),
        );
        let count_label = tr.t_count(
            "posts-count",
            posts.len() as i64,
            &formats.number(posts.len() as i64),
        );
        Ok(ListPage {
            count_label,
            chrome,
            heading: spec.heading,
            intro: spec.intro,
            cards,
            pagination,
            language_filter,
            feed: spec.feed,
            kinds,
            hashtag: spec.hashtag,
            empty: tr.t("posts-none"),
        }
        .render()?)
    })
    .await
}

/// `GET /{lang}/posts/`: every post, newest first.
pub async fn all_posts(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(query): Query<ListQuery>,
    Query(page_query): Query<PageQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    list(
        state.clone(),
        lang.clone(),
        query,
        page_query,
        headers,
        "posts/".into(),
        |_, l| {
            let tr = state.catalog.translator(l);
            Ok(ListSpec {
                rest: "posts/".into(),
                heading: tr.t("posts-heading"),
                intro: None,
                feed: Some(format!("/{l}/feed.atom")),
                current_kind: None,
                hashtag: None,
                filter: Box::new(|_| true),
            })
        },
    )
    .await
}

/// `GET /{lang}/kinds/{kind}/`: the posts of one kind.
pub async fn kind_posts(
    State(state): State<AppState>,
    Path((lang, kind)): Path<(String, String)>,
    Query(query): Query<ListQuery>,
    Query(page_query): Query<PageQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let rest = format!("kinds/{kind}/");
    list(
        state.clone(),
        lang,
        query,
        page_query,
        headers,
        rest.clone(),
        move |content, l| {
            let kind = content
                .post_kinds
                .iter()
                .find(|k| k.slug.as_str() == kind)
                .ok_or(WebError::NotFound)?;
            Ok(ListSpec {
                rest,
                heading: kind.plural.get(l).cloned().unwrap_or_default(),
                intro: None,
                feed: Some(format!("/{l}/kinds/{}/feed.atom", kind.slug)),
                current_kind: Some(&kind.slug),
                hashtag: None,
                filter: Box::new(move |p| p.kind == kind.slug),
            })
        },
    )
    .await
}

/// `GET /{lang}/chapters/{chapter}/`: a chapter's page with its posts.
pub async fn chapter_posts(
    State(state): State<AppState>,
    Path((lang, chapter)): Path<(String, String)>,
    Query(query): Query<ListQuery>,
    Query(page_query): Query<PageQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let rest = format!("chapters/{chapter}/");
    let tr_state = state.clone();
    list(
        state,
        lang,
        query,
        page_query,
        headers,
        rest.clone(),
        move |content, l| {
            let chapter = content
                .chapters
                .iter()
                .find(|c| c.slug.as_str() == chapter)
                .ok_or(WebError::NotFound)?;
            let tr = tr_state.catalog.translator(l);
            let city = chapter.city.get(l).cloned().unwrap_or_default();
            let country = crate::i18n::country_name(tr, chapter.country.as_str());
            Ok(ListSpec {
                rest,
                heading: chapter.name.get(l).cloned().unwrap_or_default(),
                intro: Some(tr.t_args(
                    "chapter-intro",
                    &[("city", city.as_str()), ("country", country.as_str())],
                )),
                feed: Some(format!("/{l}/chapters/{}/feed.atom", chapter.slug)),
                current_kind: None,
                hashtag: None,
                filter: Box::new(move |p| p.chapter.as_ref() == Some(&chapter.slug)),
            })
        },
    )
    .await
}

/// `GET /{lang}/hashtags/{tag}`: posts carrying a hashtag, with its share links.
pub async fn hashtag_posts(
    State(state): State<AppState>,
    Path((lang, tag)): Path<(String, String)>,
    Query(query): Query<ListQuery>,
    Query(page_query): Query<PageQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let tag: Hashtag = tag.parse().map_err(|_| WebError::NotFound)?;
    let rest = format!("hashtags/{tag}");
    let tr_state = state.clone();
    list(
        state,
        lang,
        query,
        page_query,
        headers,
        rest.clone(),
        move |content, l| {
            let tr = tr_state.catalog.translator(l);
            let url = format!("{}/{l}/{rest}", tr_state.public_url());
            let heading = format!("#{tag}");
            Ok(ListSpec {
                hashtag: Some(hashtag_view(
                    tag.as_str(),
                    &content.settings.text(l).site_name,
                    &url,
                    tr,
                )),
                rest,
                heading,
                intro: Some(tr.t("hashtag-intro")),
                feed: None,
                current_kind: None,
                filter: Box::new(move |p| {
                    p.hashtags
                        .iter()
                        .any(|h| h.as_str().eq_ignore_ascii_case(tag.as_str()))
                }),
            })
        },
    )
    .await
}

#[derive(Template)]
#[template(path = "post.html")]
struct PostPage<'a> {
    chrome: Chrome<'a>,
    post: PostView,
}

/// A post in one language, as its page shows it.
pub struct PostView {
    pub card: PostCard,
    pub kind_href: String,
    pub from_href: Option<String>,
    pub body_html: String,
    pub image: Option<ImageView>,
    pub video: Option<VideoView>,
    pub video_caption: Option<String>,
    pub hashtags: Vec<HashtagView>,
    /// The other languages this post is written in.
    pub translations: Vec<Alternate>,
    pub event: Option<(String, String)>,
    /// For open letters: the count line, the sign link, the list link.
    pub signing: Option<SigningView>,
}

pub struct ImageView {
    pub src: String,
    pub alt: String,
    pub caption: Option<String>,
}

pub struct SigningView {
    pub progress: crate::letters::SignatureProgress,
    pub sign_href: String,
    pub list_href: String,
}

/// `GET /{lang}/posts/{slug}`.
pub async fn post_page(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Query(page_query): Query<PageQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let request = PageRequest::from_parts(&page_query, &headers)
        .map_err(|e| WebError::BadRequest(e.to_string()))?;
    let path = format!("/{lang}/posts/{slug}");
    let content = state.content().await?;
    let site_language = site_lang(&content.settings, &lang)?;
    let now = state.clock.now();
    let post = content
        .public_post(&slug, now)
        .ok_or_else(|| WebError::missing(content.gone.post(&slug)))?;
    if !post.texts.contains_key(&site_language) {
        return missing_language(&state, &content, &post, &site_language);
    }
    serve_cached(&state, &request, &path, &headers, None, || async {
        let lang = site_language;
        let view = post_view(&state, &content, &post, &lang).await?;
        let mut chrome = Chrome::new(
            &state,
            &content.settings,
            &lang,
            &format!("posts/{}", post.slug),
            view.card.title.clone(),
            view.card.summary.clone(),
        );
        chrome.only_languages(post.languages());
        chrome.og_type = "article";
        if let Some(image) = post
            .image
            .as_ref()
            .or_else(|| post.video.as_ref().and_then(|v| v.poster.as_ref()))
        {
            chrome.og_image = Some(format!("{}/media/{image}", state.public_url()));
        }
        Ok(PostPage { chrome, post: view }.render()?)
    })
    .await
}

async fn post_view(
    state: &AppState,
    content: &SiteContent,
    post: &Post,
    lang: &Lang,
) -> Result<PostView, WebError> {
    let tr = state.catalog.translator(lang);
    let formats = Formats::new(
        lang,
        content.settings.digits_for(lang),
        content.settings.hijri,
    )?;
    let inputs = CardInputs {
        content,
        lang,
        tr,
        formats: &formats,
    };
    let text = &post.texts[lang];
    let card = inputs.card(post);
    let page_url = format!("{}/{lang}/posts/{}", state.public_url(), post.slug);
    let kind = content.post_kinds.iter().find(|k| k.slug == post.kind);
    let signing = match kind {
        Some(k) if k.signable => Some(SigningView {
            progress: crate::letters::SignatureProgress::of(state, post, tr, &formats).await?,
            sign_href: format!("/{lang}/posts/{}/sign", post.slug),
            list_href: format!("/{lang}/posts/{}/signatures", post.slug),
        }),
        _ => None,
    };
    let event = post.event.as_ref().and_then(|slug| {
        content.public_event(slug.as_str()).map(|e| {
            let title = e
                .shown_text(lang, &content.settings.default_language, state.clock.now())
                .map(|t| t.title.clone())
                .unwrap_or_default();
            (title, format!("/{lang}/events/{slug}"))
        })
    });
    Ok(PostView {
        kind_href: format!("/{lang}/kinds/{}/", post.kind),
        from_href: post
            .chapter
            .as_ref()
            .map(|c| format!("/{lang}/chapters/{c}/")),
        body_html: crate::markdown::to_safe_html_linking(&text.body, &format!("/{lang}/hashtags/")),
        image: post.image.as_ref().map(|p| ImageView {
            src: format!("/media/{p}"),
            alt: text.image_alt.clone().unwrap_or_default(),
            caption: text.image_caption.clone(),
        }),
        video: post.video.as_ref().map(|v| video_view(v, tr, lang)),
        video_caption: text.video_caption.clone(),
        hashtags: post
            .hashtags
            .iter()
            .map(|h| hashtag_view(h.as_str(), &text.title, &page_url, tr))
            .collect(),
        translations: versions(state, post, Some(lang)),
        event,
        signing,
        card,
    })
}
