//! Search across languages and scripts: one box, every post and event in every language.
//!
//! Text is folded by [`normalize`] before it is indexed and before it is searched, and
//! Arabic-script words are indexed with their stems ([`index_text`]); the index itself is SQLite FTS5 or PostgreSQL full-text search behind
//! [`crate::storage::SearchStore`].

mod normalize;
mod stem;
pub mod web;

pub use normalize::{normalize, words};
pub use stem::index_text;

/// The most words a query is made of; the rest are ignored.
pub const MAX_QUERY_WORDS: usize = 8;
/// Characters of a query that are looked at.
pub const MAX_QUERY_CHARS: usize = 200;

/// A query ready for the index: folded words, each matched as a prefix or (Arabic script)
/// by its stem, all required.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchQuery {
    /// Each word folded, with its stem where it has one of its own.
    words: Vec<stem::Word>,
}

impl SearchQuery {
    /// The query for what a visitor typed; `None` when it holds no word.
    pub fn parse(typed: &str) -> Option<Self> {
        let typed: String = typed.chars().take(MAX_QUERY_CHARS).collect();
        let analyzed: Vec<stem::Word> = stem::analyze(&typed)
            .into_iter()
            .take(MAX_QUERY_WORDS)
            .collect();
        (!analyzed.is_empty()).then_some(Self { words: analyzed })
    }

    /// The words, folded. They hold only letters and digits.
    pub fn words(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.folded.as_str()).collect()
    }

    /// FTS5 syntax: every word quoted, as a prefix, or its stem; all required (an explicit
    /// AND: FTS5 joins parenthesised groups only with one).
    pub fn to_fts5(&self) -> String {
        let quoted = |w: &str| format!("\"{}\"", w.replace('"', "\"\""));
        self.words
            .iter()
            .map(|w| match &w.stem {
                Some(s) => format!("({}* OR {})", quoted(&w.folded), quoted(s)),
                None => format!("{}*", quoted(&w.folded)),
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    /// PostgreSQL `to_tsquery` syntax: every word as a prefix, or its stem; all required.
    pub fn to_tsquery(&self) -> String {
        let bare = |w: &str| w.replace(['\'', '\\', ':', '&', '|', '!', '(', ')'], "");
        self.words
            .iter()
            .map(|w| match &w.stem {
                Some(s) => format!("({}:* | {})", bare(&w.folded), bare(s)),
                None => format!("{}:*", bare(&w.folded)),
            })
            .collect::<Vec<_>>()
            .join(" & ")
    }
}

/// One result: a post or an event in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    pub doc_kind: DocKind,
    pub slug: String,
    pub lang: String,
}

/// What a search result is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    Post,
    Event,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Post => "post",
            DocKind::Event => "event",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "post" => Some(DocKind::Post),
            "event" => Some(DocKind::Event),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_folded_quoted_and_bounded() {
        let q = SearchQuery::parse("Médine  \"water\" OR NEAR(x)").expect("words");
        assert_eq!(q.words(), ["medine", "water", "or", "near", "x"]);
        assert_eq!(
            q.to_fts5(),
            "\"medine\"* AND \"water\"* AND \"or\"* AND \"near\"* AND \"x\"*"
        );
        assert_eq!(q.to_tsquery(), "medine:* & water:* & or:* & near:* & x:*");
        assert!(SearchQuery::parse(" ?! ").is_none());
        let arabic = SearchQuery::parse("الماء").expect("words");
        assert_eq!(arabic.to_fts5(), "(\"الماء\"* OR \"ماء\")");
        assert_eq!(arabic.to_tsquery(), "(الماء:* | ماء)");
        let long = "a ".repeat(50);
        assert_eq!(
            SearchQuery::parse(&long).expect("words").words().len(),
            MAX_QUERY_WORDS
        );
    }
}
