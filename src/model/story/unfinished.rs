//! What a story about to be published still lacks: the placeholder text `bayan new story`
//! wrote, or a date in the future with nothing holding the story back until then.

use std::path::Path;

use jiff::Timestamp;

use crate::diagnostic::{Diagnostic, Severity};
use crate::said;

/// The text `bayan new story` writes for a story's body, by language (English for the others).
pub(crate) const BODY_PLACEHOLDERS: &[(&str, &str)] = &[
    ("en", "Write the story here."),
    ("ar", "اكتب نص الخبر هنا."),
];

/// The title `bayan new story` writes in a file of a language other than the slug's words.
pub(crate) const TITLE_PLACEHOLDERS: &[(&str, &str)] = &[("ar", "عنوان الخبر")];

/// The placeholder for `lang` in `table`, English when it has none of its own.
pub(crate) fn placeholder<'a>(table: &[(&str, &'a str)], lang: &str) -> &'a str {
    table
        .iter()
        .find(|(code, _)| *code == lang)
        .or_else(|| table.iter().find(|(code, _)| *code == "en"))
        .map_or("", |(_, text)| text)
}

/// Reports placeholder text left in `text` (a story's whole file). An error when the story is
/// about to be published; a warning in a preview, where the story may be still being written.
pub(super) fn placeholders(
    path: &Path,
    text: &str,
    title: &str,
    severity: Severity,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if BODY_PLACEHOLDERS
            .iter()
            .any(|(_, placeholder)| line == *placeholder)
        {
            found.push(
                Diagnostic::said(severity, path, said!("S008", line = line)).at(text, index + 1, 1),
            );
        }
    }
    if TITLE_PLACEHOLDERS
        .iter()
        .any(|(_, placeholder)| title.trim() == *placeholder)
    {
        found.push(
            Diagnostic::said(severity, path, said!("S009", title = title.trim())).at(
                text,
                super::check::key_line(text, "title"),
                1,
            ),
        );
    }
    found
}

/// Warns of a story dated after `now` that nothing holds back: it is published at once, under
/// a date still to come, which was rarely meant.
pub(super) fn future_date(
    path: &Path,
    text: &str,
    date: Timestamp,
    now: Timestamp,
) -> Option<Diagnostic> {
    (date > now).then(|| {
        Diagnostic::warning_said(path, said!("S010")).at(
            text,
            super::check::key_line(text, "date"),
            1,
        )
    })
}
