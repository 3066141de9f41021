//! Characters no source text may hold: control characters other than the tab and line ends, and
//! Unicode's non-characters. Pasted from Word or a PDF they are invisible in an editor, yet XML
//! (feeds, sitemaps, the IATI export) cannot carry them at all: one would break a feed for every
//! reader. Found at their line, named, and refused before anything is published.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{Arg, Said};
use crate::said;

/// Whether `c` may not appear in a source text.
pub(crate) fn forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
        || matches!(c as u32, 0xFDD0..=0xFDEF)
        || (c as u32 & 0xFFFE) == 0xFFFE
}

/// A byte that cannot be part of a forbidden character: printable ASCII, tab and line ends,
/// and the lead and continuation bytes of characters below U+FDD0 other than U+0080-U+009F
/// (whose lead byte is 0xC2). Most texts are made of these alone and need no closer look.
fn plainly_allowed(byte: u8) -> bool {
    matches!(byte, b'\t' | b'\n' | b'\r' | 0x20..=0x7E | 0x80..=0xC1 | 0xC3..=0xEE)
}

/// Reports the first forbidden character of `text` at `shown` as an error at its line and
/// column, counting the others, and gives the text with each of them made a space, so that the
/// YAML reader does not report the same character a second time in its own words.
pub(crate) fn check<T: AsRef<str> + From<String>>(
    shown: &Path,
    text: T,
    problems: &mut Diagnostics,
) -> T {
    let (text, problem) = cleaned(shown, text);
    if let Some(problem) = problem {
        problems.push(problem);
    }
    text
}

/// What [`check`] gives and reports, as a value: the live preview keeps it with the file, so an
/// unchanged file is not looked through again on every rebuild.
pub(crate) fn cleaned<T: AsRef<str> + From<String>>(
    shown: &Path,
    text: T,
) -> (T, Option<Diagnostic>) {
    let Some(problem) = first_in(shown, text.as_ref()) else {
        return (text, None);
    };
    let blanked: String = text
        .as_ref()
        .chars()
        .map(|c| if forbidden(c) { ' ' } else { c })
        .collect();
    (T::from(blanked), Some(problem))
}

fn first_in(shown: &Path, text: &str) -> Option<Diagnostic> {
    if text.bytes().all(plainly_allowed) {
        return None;
    }
    let mut found = text.char_indices().filter(|(_, c)| forbidden(*c));
    let (offset, first) = found.next()?;
    let also = match found.count() {
        0 => Arg::from(""),
        more => Arg::from(said!("T001-more", count = more)),
    };
    let message = Said {
        id: "T001",
        args: vec![
            ("name", Arg::from(Said::new(name(first)))),
            ("code", Arg::from(format!("{:04X}", first as u32))),
            ("also", also),
        ],
        attribute: None,
    };
    Some(
        Diagnostic::error_said(shown, message)
            .at_position(crate::diagnostic::Position::of_offset(text, offset)),
    )
}

/// The catalogue's name of a forbidden character.
fn name(c: char) -> &'static str {
    match c {
        '\u{0}' => "char-null",
        '\u{8}' => "char-backspace",
        '\u{b}' => "char-vertical-tab",
        '\u{c}' => "char-page-break",
        '\u{1b}' => "char-escape",
        '\u{7f}' => "char-delete",
        c if (c as u32) >= 0xFDD0 => "char-non-character",
        _ => "char-control",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_forbidden_character_passes_the_quick_look() {
        let mut buffer = [0; 4];
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| forbidden(*c))
        {
            let encoded = c.encode_utf8(&mut buffer);
            assert!(
                !encoded.bytes().all(plainly_allowed),
                "U+{:04X} passes",
                c as u32
            );
        }
    }

    #[test]
    fn tabs_and_line_ends_are_text_and_controls_are_not() {
        for c in ['\t', '\n', '\r', 'a', 'ب', '\u{200f}', '\u{2028}'] {
            assert!(!forbidden(c), "{c:?}");
        }
        for c in [
            '\0',
            '\u{b}',
            '\u{c}',
            '\u{1b}',
            '\u{7f}',
            '\u{85}',
            '\u{fffe}',
            '\u{ffff}',
            '\u{1fffe}',
            '\u{fdd0}',
        ] {
            assert!(forbidden(c), "{c:?}");
        }
    }

    #[test]
    fn the_first_is_found_at_its_line_and_the_rest_counted() {
        let problem = first_in(Path::new("a.md"), "title\nsome\u{b}text\u{c}\u{0}\n").unwrap();
        assert_eq!(problem.line(), Some(2));
        assert!(
            problem
                .to_string()
                .contains("vertical tab (U+000B) is in the text (and 2 more")
        );
    }
}
