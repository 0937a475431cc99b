//! Hashtags and the links that share a page on the usual networks.

use crate::i18n::Translator;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

/// A hashtag and its share links.
pub struct HashtagView {
    pub tag: String,
    pub links: Vec<(String, String)>,
}

pub(crate) fn hashtag_view(
    tag: &str,
    title: &str,
    page_url: &str,
    tr: Translator<'_>,
) -> HashtagView {
    HashtagView {
        tag: tag.to_owned(),
        links: share_links(&format!("{title} #{tag}"), page_url, tr),
    }
}

/// Links that share `page_url` with `message` on the usual networks: (label, href).
pub(crate) fn share_links(
    message: &str,
    page_url: &str,
    tr: Translator<'_>,
) -> Vec<(String, String)> {
    let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
    vec![
        (
            tr.t("share-x"),
            format!(
                "https://x.com/intent/post?text={}&url={}",
                enc(message),
                enc(page_url)
            ),
        ),
        (
            tr.t("share-facebook"),
            format!(
                "https://www.facebook.com/sharer/sharer.php?u={}",
                enc(page_url)
            ),
        ),
        (
            tr.t("share-telegram"),
            format!(
                "https://t.me/share/url?url={}&text={}",
                enc(page_url),
                enc(message)
            ),
        ),
        (
            tr.t("share-whatsapp"),
            format!(
                "https://wa.me/?text={}",
                enc(&format!("{message} {page_url}"))
            ),
        ),
    ]
}
