//! Names that go into URLs and fragment ids: ASCII slugs for folders and ids, and
//! Unicode-preserving ids for headings and free tags, so that Arabic headings get ids a reader
//! can recognise in the address bar.

/// `darfur-schools`: lowercase ASCII letters, digits and inner hyphens.
pub(crate) fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An id for any text: letters and digits of every script kept (lowercased), diacritics and
/// tatweel dropped, everything else folded into single hyphens. Never empty.
pub(crate) fn unicode_id(text: &str) -> String {
    let mut id = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in text.chars() {
        if c == '\u{0640}' || is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_hyphen && !id.is_empty() {
                id.push('-');
            }
            pending_hyphen = false;
            id.extend(c.to_lowercase());
        } else {
            pending_hyphen = true;
        }
    }
    if id.is_empty() {
        id.push_str("section");
    }
    id
}

/// Arabic harakat and other combining marks that change no letter.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08FF}'
        | '\u{200C}'..='\u{200F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("darfur-schools-2024"));
        assert!(!is_slug("Darfur"));
        assert!(!is_slug("../etc"));
        assert!(!is_slug(""));
    }

    #[test]
    fn arabic_heading_ids_keep_letters_and_drop_harakat() {
        assert_eq!(unicode_id("النتائجُ الأولى"), "النتائج-الأولى");
        assert_eq!(unicode_id("Results: 2024!"), "results-2024");
        assert_eq!(unicode_id("?!"), "section");
    }
}
