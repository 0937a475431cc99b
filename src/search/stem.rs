//! Stems of Arabic-script words, so that a word and its prefixed or inflected forms meet:
//! "ماء" finds "الماء", "بالماء" and "والماء"; "مدرسة" finds "المدرسة". Snowball's Arabic
//! light stemmer (rust-stemmers) does the work on the unfolded word (it tells teh marbuta
//! from heh); its stem is then folded like every other word.
//!
//! The index holds every folded word *and* the stem of each Arabic-script word; a query word
//! matches its own prefix or its stem exactly (a stem as a prefix would match too much: stems
//! are often two or three letters). Urdu words go through the same stemmer: it strips only
//! the affixes Urdu shares with Arabic, and both sides of the match are stemmed alike.

use super::normalize::{normalize, unfolded_words};
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

fn arabic() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::Arabic))
}

/// A word of a text, folded, with its folded stem when that differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub folded: String,
    pub stem: Option<String>,
}

/// Whether a word is written in the Arabic script.
fn is_arabic_script(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}'))
}

/// The conjunction و or ف in front of the article, which Snowball's light stemmer keeps
/// ("والماء"): removed when at least three letters follow the article, so that "والد"
/// (a father) keeps its و.
fn without_conjunction(word: &str) -> &str {
    let rest = word
        .strip_prefix('\u{0648}')
        .or_else(|| word.strip_prefix('\u{0641}'));
    match rest {
        Some(rest)
            if (rest.starts_with("\u{0627}\u{0644}") || rest.starts_with("\u{0644}\u{0644}"))
                && rest.chars().count() >= 5 =>
        {
            rest
        }
        _ => word,
    }
}

/// The words of `text`, folded, with their stems.
pub fn analyze(text: &str) -> Vec<Word> {
    unfolded_words(text)
        .into_iter()
        .map(|unfolded| {
            let folded = normalize(&unfolded);
            let stem = is_arabic_script(&unfolded)
                .then(|| normalize(&arabic().stem(without_conjunction(&unfolded))))
                .filter(|stem| !stem.is_empty() && *stem != folded);
            Word { folded, stem }
        })
        .collect()
}

/// Folded `text` for the index: its words, then the stems that differ from them, each once.
pub fn index_text(text: &str) -> String {
    let words = analyze(text);
    let mut stems: Vec<&str> = words.iter().filter_map(|w| w.stem.as_deref()).collect();
    stems.sort_unstable();
    stems.dedup();
    let mut out: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
    out.extend(stems);
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stem of `word`, or the folded word when it has none of its own.
    fn stem_of(word: &str) -> String {
        let [w] = &analyze(word)[..] else {
            panic!("one word: {word}");
        };
        w.stem.clone().unwrap_or_else(|| w.folded.clone())
    }

    #[test]
    fn the_article_and_attached_particles_are_removed() {
        for (a, b) in [
            ("ماء", "الماء"),
            ("ماء", "والماء"),
            ("ماء", "بالماء"),
            ("ماء", "وللماء"),
            ("مدرسة", "المدرسة"),
            ("مدرسة", "والمدرسة"),
            ("حقوق", "الحقوق"),
            ("أمل", "الأمل"),
        ] {
            assert_eq!(stem_of(a), stem_of(b), "{a} and {b}");
        }
    }

    #[test]
    fn common_suffixes_are_removed() {
        for (a, b) in [
            ("معلم", "معلمون"),
            ("رسالة", "رسالتنا"),
            ("مشروع", "المشروعات"),
        ] {
            assert_eq!(stem_of(a), stem_of(b), "{a} and {b}");
        }
    }

    #[test]
    fn different_words_stay_apart() {
        assert_ne!(stem_of("ماء"), stem_of("سماء"));
        assert_ne!(stem_of("مدرسة"), stem_of("مستشفى"));
        // A word that only looks like conjunction + article keeps its و.
        assert_eq!(without_conjunction("والد"), "والد");
    }

    #[test]
    fn words_are_folded_alongside() {
        let words = analyze("المَـــاءُ Water");
        assert_eq!(words[0].folded, normalize("الماء"));
        assert_eq!(words[0].stem.as_deref(), Some("ماء"));
        assert_eq!(
            words[1],
            Word {
                folded: "water".into(),
                stem: None
            }
        );
    }

    #[test]
    fn the_index_holds_words_and_their_stems_once() {
        assert_eq!(index_text("Water for every home"), "water for every home");
        let text = index_text("الماء والماء");
        let words: Vec<&str> = text.split(' ').collect();
        assert_eq!(words, ["الماء", "والماء", "ماء"]);
    }
}
