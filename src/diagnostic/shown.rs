//! How a problem is shown to a person: in the words of their language, with the quoted source
//! line and what points at the column under it, laid out for a terminal or the live preview.

use std::fmt;

use super::{Diagnostic, Position, Severity};
use crate::messages::{Said, Speech};

/// A problem in the words of one language, as the terminal and the live preview show it.
pub struct Shown<'a> {
    pub(super) diagnostic: &'a Diagnostic,
    pub(super) speech: Speech,
}

/// The parts a problem is shown in, each to be laid out in its own direction: the place and a
/// quoted source line read left to right (or by their own letters), the words in the reader's.
pub struct Parts {
    /// `path:line:column`.
    pub place: String,
    /// `error[S101]`, in the reader's words.
    pub label: String,
    pub message: String,
    /// The line number, the source line and what points at the column under it.
    pub source: Option<(usize, String, String)>,
    /// `hint: ...`, in the reader's words.
    pub hint: Option<String>,
}

impl Shown<'_> {
    pub fn parts(&self) -> Parts {
        let Shown { diagnostic, speech } = *self;
        let mut place = diagnostic.path.display().to_string();
        if let Some(position) = &diagnostic.position {
            place.push_str(&format!(":{}:{}", position.line, position.column));
        }
        let severity = Said::new(match diagnostic.severity {
            Severity::Error => "label-error",
            Severity::Warning => "label-warning",
        })
        .say(speech);
        let label = format!("{severity}[{}]", diagnostic.code());
        let source = match diagnostic.position.as_deref() {
            Some(Position {
                line,
                column,
                source_line: Some(text),
            }) => Some((*line, text.clone(), pointer(speech, text, *column))),
            _ => None,
        };
        let hint = diagnostic
            .hint_in(speech)
            .map(|hint| format!("{}: {hint}", Said::new("label-hint").say(speech)));
        Parts {
            place,
            label,
            message: diagnostic.message_in(speech),
            source,
            hint,
        }
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = self.parts();
        // A problem of a command's arguments (`bayan new`) has no file to name.
        if !parts.place.is_empty() {
            write!(f, "{}: ", parts.place)?;
        }
        write!(f, "{}: {}", parts.label, parts.message)?;
        if let Some((line, text, pointer)) = &parts.source {
            let gutter = line.to_string().len();
            write!(f, "\n {line} | {text}")?;
            write!(f, "\n {:gutter$} | {pointer}", "")?;
        }
        if let Some(hint) = &parts.hint {
            write!(f, "\n  {hint}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shown(Speech::English).fmt(f)
    }
}

/// What marks `column` under the shown `text`: a caret where the terminal shows the line in the
/// order it is stored, else the column and the word there in words. A terminal that lays out
/// Arabic right to left moves the characters of an Arabic stretch (and, when the line begins
/// in Arabic, the whole line), so a caret counted in characters would point at another word.
fn pointer(speech: Speech, text: &str, column: usize) -> String {
    let before: Vec<char> = text.chars().take(column.saturating_sub(1)).collect();
    let starts_right_to_left = text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(is_right_to_left);
    if starts_right_to_left || before.iter().copied().any(is_right_to_left) {
        let word: String = text
            .chars()
            .skip(column.saturating_sub(1))
            .take_while(|c| !c.is_whitespace())
            .take(40)
            .collect();
        return crate::said!("pointer-column", column = column, word = word).say(speech);
    }
    let pad: String = before
        .into_iter()
        .filter(|c| !is_zero_width(*c))
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    format!("{pad}^")
}

/// Letters of the scripts written right to left (Arabic and its supplements, Hebrew, Syriac,
/// Thaana).
pub(crate) fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Combining marks and invisible formatting characters, which take no column on screen.
fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caret_points_where_it_can_and_words_point_in_arabic() {
        // Before any Arabic, in a line that starts in Latin letters: a caret.
        assert_eq!(pointer(Speech::English, "titel: \"مرحبا\"", 1), "^");
        assert_eq!(pointer(Speech::English, "date: 2024-05-1x", 7), "      ^");
        // Combining accents take no column.
        assert_eq!(pointer(Speech::English, "cafe\u{301}: x", 7), "     ^");
        // After Arabic, or in a line that starts in Arabic: the column and the word there.
        assert_eq!(
            pointer(Speech::English, "title: \"نتائج البرنامج\" [x]", 25),
            "^ column 25: [x]"
        );
        assert_eq!(
            pointer(Speech::English, "انظر [النتائج](#نتائج البرنامج).", 6),
            "^ column 6: [النتائج](#نتائج"
        );
    }

    #[test]
    fn renders_position_source_and_hint() {
        let source = "title: x\ntitel: y\n";
        let d = Diagnostic::error_said("content/a.md", crate::said!("Y010", name = "titel"))
            .at(source, 2, 1)
            .with_hint_said(crate::said!("Y010-did-you-mean", best = "title"));
        assert_eq!(
            d.to_string(),
            "content/a.md:2:1: error[Y010]: unknown key `titel`\n 2 | titel: y\n   | ^\n  hint: did you mean `title`?"
        );
    }
}
