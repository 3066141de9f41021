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
    let mut out = String::with_capacity(text.len());
    normalise_into(text, &mut out);
    out
}

/// [`normalise`], appending to `out` (a buffer reused across words).
pub(super) fn normalise_into(text: &str, out: &mut String) {
    for c in text.chars() {
        // Letters without a decomposition take the short way; the result is the same.
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '\0'..='\u{7F}' => out.push(c),
            '\u{0622}' | '\u{0623}' | '\u{0625}' => out.push('\u{0627}'), // آ أ إ -> ا
            '\u{0624}' => out.push('\u{0648}'),                           // ؤ -> و
            '\u{0626}' => out.push('\u{064A}'),                           // ئ -> ي
            '\u{0621}' | '\u{0627}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => {
                out.extend(unified(c));
            }
            _ => {
                let decomposed = c.to_string();
                for d in decomposed.nfkd().filter(|d| !is_combining_mark(*d)) {
                    out.extend(d.to_lowercase().filter_map(unified));
                }
            }
        }
    }
}

/// A character after decomposition: tatweel dropped, letters written for one another made
/// one, digits Western.
fn unified(c: char) -> Option<char> {
    match c {
        '\u{0640}' => None,                              // tatweel
        '\u{0671}' => Some('\u{0627}'),                  // alef wasla -> alef
        '\u{0649}' | '\u{06CC}' => Some('\u{064A}'),     // alef maqsura, Farsi yeh -> yeh
        '\u{0629}' => Some('\u{0647}'),                  // teh marbuta -> heh
        '\u{06A9}' => Some('\u{0643}'),                  // keheh -> kaf
        '\u{0660}'..='\u{0669}' => digit(c, '\u{0660}'), // Arabic-Indic digits
        '\u{06F0}'..='\u{06F9}' => digit(c, '\u{06F0}'), // Eastern Arabic-Indic digits
        c => Some(c),
    }
}

fn digit(c: char, zero: char) -> Option<char> {
    char::from_digit(u32::from(c) - u32::from(zero), 10)
}

/// `text` with only what never changes a word's grammar taken away: short vowels and other
/// Arabic marks, tatweel, case, Eastern digits. Hamza seats, ة and ى stay, which the stemmer
/// reads to find a word's stem.
pub(super) fn lightly(text: &str) -> String {
    // Marks other than Arabic vowels may combine with a letter: compose them first.
    let needs_composing = text
        .chars()
        .any(|c| c >= '\u{0300}' && !is_arabic_vowel(c) && is_combining_mark(c));
    let composed: std::borrow::Cow<'_, str> = if needs_composing {
        text.nfc().collect::<String>().into()
    } else {
        text.into()
    };
    let mut out = String::with_capacity(composed.len());
    for c in composed.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '\0'..='\u{7F}' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => out.push(c),
            '\u{0640}' => {}
            c if is_arabic_vowel(c) => {}
            '\u{0660}'..='\u{0669}' => out.extend(digit(c, '\u{0660}')),
            '\u{06F0}'..='\u{06F9}' => out.extend(digit(c, '\u{06F0}')),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Arabic short vowels, shadda, sukun and the other marks above and below letters.
fn is_arabic_vowel(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// The words of `text`, normalised: runs of letters and digits. Punctuation of any script
/// (the Arabic comma ، included) separates words. The reference the search script's vectors
/// are checked against; the index splits the same way, faster, in `words::count_words`.
#[cfg(test)]
fn words(text: &str) -> impl Iterator<Item = String> {
    normalise(text)
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter()
}

/// Whether `c` belongs to a word: a letter or a digit of any script (Unicode's Alphabetic or
/// Numeric, as the browser's `\p{Alphabetic}\p{N}`), answered quickly for ASCII and Arabic.
pub(super) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{7F}' => false,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        _ => c.is_alphabetic() || c.is_numeric(),
    }
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
