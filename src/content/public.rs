//! What visitors see of the content at a moment: public posts (only their public language
//! versions) and events, the instants at which something scheduled becomes public, and the
//! addresses that were public and are no more (answered with 410 Gone).

use super::{Event, Post, SiteContent};
use jiff::Timestamp;
use std::borrow::Cow;

impl SiteContent {
    /// The posts public at `now`, newest first, each with only its public versions.
    pub fn public_posts(&self, now: Timestamp) -> impl Iterator<Item = Cow<'_, Post>> {
        self.posts.iter().filter_map(move |p| p.public_at(now))
    }

    /// The post `slug` as visitors see it at `now`.
    pub fn public_post(&self, slug: &str, now: Timestamp) -> Option<Cow<'_, Post>> {
        self.posts
            .iter()
            .find(|p| p.slug.as_str() == slug)
            .and_then(|p| p.public_at(now))
    }

    /// The events visitors see, earliest first.
    pub fn public_events(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| e.is_public())
    }

    /// The public event `slug`.
    pub fn public_event(&self, slug: &str) -> Option<&Event> {
        self.public_events().find(|e| e.slug.as_str() == slug)
    }

    /// Every instant at which a post, a language version of one or an event's translation
    /// becomes public, sorted: cached pages are dropped when one passes (see
    /// `site::Schedule`).
    pub fn publication_instants(&self) -> Vec<Timestamp> {
        let mut instants: Vec<Timestamp> = self
            .posts
            .iter()
            .flat_map(Post::publication_instants)
            .chain(self.events.iter().flat_map(Event::publication_instants))
            .collect();
        instants.sort_unstable();
        instants.dedup();
        instants
    }

    /// Keeps [`super::Gone`] up to date for a change from `before` to `self` at `now`: what
    /// was public and is not any more (deleted, unpublished) is listed; what is public again
    /// leaves the list.
    pub fn note_gone(&mut self, before: &SiteContent, now: Timestamp) {
        for post in before.posts.iter().filter(|p| p.is_published(now)) {
            if self.public_post(post.slug.as_str(), now).is_none() {
                self.gone.posts.insert(post.slug.clone());
            }
        }
        for event in before.public_events() {
            if self.public_event(event.slug.as_str()).is_none() {
                self.gone.events.insert(event.slug.clone());
            }
        }
        let public_posts: Vec<_> = self.public_posts(now).map(|p| p.slug.clone()).collect();
        self.gone.posts.retain(|s| !public_posts.contains(s));
        let public_events: Vec<_> = self.public_events().map(|e| e.slug.clone()).collect();
        self.gone.events.retain(|s| !public_events.contains(s));
    }
}

#[cfg(test)]
mod tests {
    use crate::content::{Post, PostText, Publication};
    use jiff::Timestamp;
    use std::collections::BTreeMap;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap_or_else(|e| panic!("{e}"))
    }

    fn text(publication: Publication) -> PostText {
        PostText {
            title: "T".into(),
            summary: "S".into(),
            image_alt: None,
            image_caption: None,
            video_caption: None,
            body: String::new(),
            edited_at: None,
            publication,
        }
    }

    fn post(texts: &[(&str, Publication)]) -> Post {
        Post {
            slug: "p".parse().unwrap_or_else(|e| panic!("{e:?}")),
            kind: "news".parse().unwrap_or_else(|e| panic!("{e:?}")),
            chapter: None,
            event: None,
            published_on: "2026-11-20".parse().unwrap_or_else(|e| panic!("{e}")),
            draft: false,
            hashtags: Vec::new(),
            image: None,
            video: None,
            signature_goal: None,
            texts: texts
                .iter()
                .map(|(l, p)| (l.parse().unwrap_or_else(|e| panic!("{e:?}")), text(*p)))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    #[test]
    fn each_language_version_is_public_on_its_own_terms() {
        let later = at("2026-11-22T09:00:00Z");
        let p = post(&[
            ("en", Publication::Published),
            ("ar", Publication::Scheduled(later)),
            ("fr", Publication::Draft),
        ]);
        let before = at("2026-11-21T00:00:00Z");
        let shown = p.public_at(before).unwrap_or_else(|| panic!("public"));
        assert_eq!(
            shown.texts.keys().map(|l| l.as_str()).collect::<Vec<_>>(),
            ["en"]
        );
        let after = p.public_at(later).unwrap_or_else(|| panic!("public"));
        assert_eq!(
            after.texts.keys().map(|l| l.as_str()).collect::<Vec<_>>(),
            ["ar", "en"]
        );
        // Nothing before the post's own day, whatever a version says.
        assert!(p.public_at(at("2026-11-19T23:59:59Z")).is_none());
        // A scheduled instant before the day waits for the day.
        let early = post(&[("en", Publication::Scheduled(at("2026-11-01T00:00:00Z")))]);
        assert_eq!(
            early.public_from(&"en".parse().unwrap_or_else(|e| panic!("{e:?}"))),
            Some(at("2026-11-20T00:00:00Z"))
        );
        // Only drafts: not public at all; a draft post hides every version.
        assert!(
            post(&[("en", Publication::Draft)])
                .public_at(later)
                .is_none()
        );
        let mut hidden = post(&[("en", Publication::Published)]);
        hidden.draft = true;
        assert!(hidden.public_at(later).is_none());
        assert!(hidden.publication_instants().next().is_none());
    }

    #[test]
    fn old_content_without_a_state_is_published() {
        let json = r#"{"title":"T","summary":"S","image_alt":null,"image_caption":null,"video_caption":null,"body":""}"#;
        let text: PostText = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(text.publication, Publication::Published);
        let scheduled = text_json(Publication::Scheduled(at("2026-11-22T09:00:00Z")));
        assert!(
            scheduled
                .contains(r#""publication":{"state":"scheduled","at":"2026-11-22T09:00:00Z"}"#),
            "{scheduled}"
        );
        assert!(!text_json(Publication::Published).contains("publication"));
    }

    fn text_json(publication: Publication) -> String {
        serde_json::to_string(&text(publication)).unwrap_or_else(|e| panic!("{e}"))
    }
}
