//! Where each media file is used: the events (trailer, recordings, premieres, posters and
//! captions of each), posts (image, video, poster, captions), and the site's share card. A
//! file in use cannot be deleted; the library says where it is used instead.

use crate::content::{SiteContent, event_media, post_media};
use crate::domain::Lang;
use std::collections::HashMap;

/// One place a file is used: what to call it, and where to edit it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Use {
    pub label: String,
    pub href: String,
}

/// Every used media path (as under `/media/`, e.g. `uploads/…`) and where it is used.
pub fn uses(
    content: &SiteContent,
    lang: &Lang,
    tr: crate::i18n::Translator<'_>,
) -> HashMap<String, Vec<Use>> {
    let mut out: HashMap<String, Vec<Use>> = HashMap::new();
    let mut add = |path: &str, what: &Use| {
        let list = out.entry(path.to_owned()).or_default();
        if !list.contains(what) {
            list.push(what.clone());
        }
    };
    for event in &content.events {
        let what = Use {
            label: tr.t_with(
                "admin-media-used-event",
                "event",
                &super::event_title(event, lang),
            ),
            href: format!("/admin/events/{}", event.slug),
        };
        for path in event_media(event) {
            add(path.as_str(), &what);
        }
        if let Some(stream) = &event.stream {
            for source in stream.sources() {
                if let crate::content::StreamSource::Media(path) = source {
                    add(path.as_str(), &what);
                }
            }
        }
    }
    for post in &content.posts {
        let what = Use {
            label: tr.t_with(
                "admin-media-used-post",
                "post",
                &super::post_title(post, lang),
            ),
            href: format!("/admin/posts/{}", post.slug),
        };
        for path in post_media(post) {
            add(path.as_str(), &what);
        }
    }
    if let Some(image) = &content.settings.share_image {
        add(
            image.as_str(),
            &Use {
                label: tr.t("admin-media-used-share-image"),
                href: "/admin/settings".to_owned(),
            },
        );
    }
    out
}
