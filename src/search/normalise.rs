//! How words are compared when searching. The same word is written with or without its short
//! vowels, with different alef and hamza seats, with ى or ي, ة or ه, stretched with tatweel; a
//! search must not depend on which. The browser applies exactly these rules to a query
//! (`static/js/search.js`); `tests/search_vectors.json` holds the cases both must agree on.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A word or text in the form the index stores: lowercase, compatibility-decomposed, without
/// combining marks (Arabic short vowels, shadda, hamza seats, Latin accents), with the Arabic
/// letters that are written interchangeably made one, and every digit Western.
pub fn normalise(text: &str) -> String {
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            '\u{0640}' => None,                              // tatweel
            '\u{0671}' => Some('\u{0627}'),                  // alef wasla -> alef
            '\u{0649}' | '\u{06CC}' => Some('\u{064A}'),     // alef maqsura, Farsi yeh -> yeh
            '\u{0629}' => Some('\u{0647}'),                  // teh marbuta -> heh
            '\u{06A9}' => Some('\u{0643}'),                  // keheh -> kaf
            '\u{0660}'..='\u{0669}' => digit(c, '\u{0660}'), // Arabic-Indic digits
            '\u{06F0}'..='\u{06F9}' => digit(c, '\u{06F0}'), // Eastern Arabic-Indic digits
            c => Some(c),
        })
        .collect()
}

fn digit(c: char, zero: char) -> Option<char> {
    char::from_digit(u32::from(c) - u32::from(zero), 10)
}

/// `text` with only what never changes a word's grammar taken away: short vowels and other
/// Arabic marks, tatweel, case, Eastern digits. Hamza seats, ة and ى stay, which the stemmer
/// reads to find a word's stem.
pub fn lightly(text: &str) -> String {
    text.nfc()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => digit(c, '\u{0660}').unwrap_or(c),
            '\u{06F0}'..='\u{06F9}' => digit(c, '\u{06F0}').unwrap_or(c),
            c => c,
        })
        .collect()
}

/// The words of `text`, normalised: runs of letters and digits. Punctuation of any script
/// (the Arabic comma ، included) separates words.
pub fn words(text: &str) -> impl Iterator<Item = String> {
    normalise(text)
        .split(|c: char| !(c.is_alphabetic() || c.is_numeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter()
}

/// Article and proclitics set before an Arabic noun: a word is filed under what follows them,
/// so that "والمدارس" and "المدارس" land in the same part of the index as "مدارس".
const PROCLITICS: [&str; 6] = ["وال", "فال", "بال", "كال", "لل", "ال"];

/// The part of the index a normalised word is filed in: its first two letters once an article
/// is set aside (`length` letters when that part is split further).
pub fn shard_key(word: &str, length: usize) -> String {
    let stripped = PROCLITICS
        .iter()
        .find_map(|p| {
            word.strip_prefix(p)
                .filter(|rest| rest.chars().count() >= 2)
        })
        .unwrap_or(word);
    stripped.chars().take(length).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Vectors {
        normalise: Vec<(String, String)>,
        words: Vec<(String, Vec<String>)>,
        shard_key: Vec<(String, String)>,
    }

    #[test]
    fn the_shared_vectors_hold() {
        let vectors: Vectors =
            serde_json::from_str(include_str!("../../tests/search_vectors.json")).unwrap();
        for (input, expected) in vectors.normalise {
            assert_eq!(normalise(&input), expected, "normalise({input:?})");
        }
        for (input, expected) in vectors.words {
            assert_eq!(
                words(&input).collect::<Vec<_>>(),
                expected,
                "words({input:?})"
            );
        }
        for (input, expected) in vectors.shard_key {
            assert_eq!(shard_key(&input, 2), expected, "shard_key({input:?})");
        }
    }
}
