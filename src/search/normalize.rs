//! Folding text for search, the same way for what is indexed and what is asked.
//!
//! Latin: case and accents are ignored ("Médine" = "medine"). Arabic and Urdu: harakat and
//! other marks, tatweel, and the letter variants people type interchangeably are folded
//! (alef forms → ا, yeh forms → ي, teh marbuta and heh forms → ه, keheh → ك), and Arabic-
//! Indic digits become ASCII digits. Everything that is not a letter or digit separates
//! words. Both backends index and query the folded text, so they agree.

use icu::normalizer::DecomposingNormalizerBorrowed;
use icu::properties::{CodePointMapData, props::GeneralCategory};

/// `text` folded to lowercase words separated by single spaces.
pub fn normalize(text: &str) -> String {
    let decomposed = DecomposingNormalizerBorrowed::new_nfkd().normalize(text);
    let categories = CodePointMapData::<GeneralCategory>::new();
    let mut out = String::with_capacity(decomposed.len());
    let mut pending_space = false;
    for c in decomposed.chars() {
        if matches!(
            categories.get(c),
            GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark
        ) || c == '\u{0640}'
        {
            continue;
        }
        let Some(folded) = fold_letter(c) else {
            pending_space = !out.is_empty();
            continue;
        };
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        for lower in folded.to_lowercase() {
            out.push(if lower == 'ı' { 'i' } else { lower });
        }
    }
    out
}

/// The words of `text` with marks and tatweel removed but letters not folded (what a stemmer
/// expects: it tells teh marbuta from heh). Split exactly where [`normalize`] splits, so the
/// n-th of these folds to the n-th word of [`words`].
pub fn unfolded_words(text: &str) -> Vec<String> {
    let decomposed = DecomposingNormalizerBorrowed::new_nfkd().normalize(text);
    let categories = CodePointMapData::<GeneralCategory>::new();
    let mut out = Vec::new();
    let mut word = String::new();
    for c in decomposed.chars() {
        if matches!(
            categories.get(c),
            GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark
        ) || c == '\u{0640}'
        {
            continue;
        }
        if fold_letter(c).is_some() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The words of `text` after folding.
pub fn words(text: &str) -> Vec<String> {
    normalize(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One character folded, or `None` when it separates words.
fn fold_letter(c: char) -> Option<char> {
    Some(match c {
        // Alef wasla (the hamza forms decompose to ا plus a mark, removed above).
        '\u{0671}' => '\u{0627}',
        // Alef maqsura, Farsi/Urdu yeh, yeh barree → yeh.
        '\u{0649}' | '\u{06CC}' | '\u{06D2}' | '\u{06D0}' => '\u{064A}',
        // Teh marbuta, heh goal, heh doachashmee, ae → heh.
        '\u{0629}' | '\u{06C1}' | '\u{06BE}' | '\u{06D5}' => '\u{0647}',
        // Keheh → kaf.
        '\u{06A9}' => '\u{0643}',
        // Arabic-Indic and extended (Persian/Urdu) digits.
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        c if c.is_alphanumeric() => c,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_ignores_case_and_accents() {
        assert_eq!(normalize("Médine, ÉCOLE d'Été!"), "medine ecole d ete");
        assert_eq!(normalize("Türkiye İstanbul ılık"), "turkiye istanbul ilik");
        assert_eq!(
            normalize("  Water—for   every home  "),
            "water for every home"
        );
    }

    #[test]
    fn arabic_marks_tatweel_and_letter_variants_fold() {
        // With harakat and a tatweel, and with hamza forms of alef.
        assert_eq!(normalize("المَـــاءُ"), normalize("الماء"));
        assert_eq!(normalize("أمل إسلام آمنة ٱلماء"), "امل اسلام امنه الماء");
        // Teh marbuta and heh; alef maqsura and yeh.
        assert_eq!(normalize("مياهٌ جارية"), normalize("مياه جاريه"));
        assert_eq!(normalize("مستشفى"), normalize("مستشفي"));
    }

    #[test]
    fn urdu_letters_meet_their_arabic_equivalents() {
        // Urdu yeh, heh goal, keheh and yeh barree against Arabic-keyboard spellings.
        assert_eq!(normalize("پانی"), normalize("پاني"));
        assert_eq!(normalize("کہ"), normalize("كه"));
        assert_eq!(normalize("ہے"), normalize("هي"));
    }

    #[test]
    fn digits_of_every_script_become_ascii() {
        assert_eq!(normalize("٢٠٢٦ ۲۰۲۶ 2026"), "2026 2026 2026");
    }

    #[test]
    fn words_splits_on_anything_but_letters_and_digits() {
        assert_eq!(
            words("#WaterForEveryHome, 16:00!"),
            vec!["waterforeveryhome", "16", "00"]
        );
        assert!(words("—!?").is_empty());
    }
}
