//! What content about to be published still lacks: the placeholder text `bayan new` wrote in a
//! story, a page or a data file, or a story dated in the future with nothing holding it back
//! until then. A placeholder is an error when publishing and a warning in a preview, where the
//! writing is still going on.

use std::path::Path;

use jiff::Timestamp;

use super::Visibility;
use super::fields::key_line;
use crate::diagnostic::{Diagnostic, Severity};
use crate::said;

/// The text `bayan new` writes for the body of a story or a page, by language (English for the
/// others).
pub(crate) const BODY_PLACEHOLDERS: &[(&str, &str)] = &[
    ("en", "Write the story here."),
    ("ar", "اكتب نص الخبر هنا."),
];

/// The headline `bayan new story` writes in a file of a language other than the slug's words.
pub(crate) const TITLE_PLACEHOLDERS: &[(&str, &str)] = &[("ar", "عنوان الخبر")];

/// The Arabic titles `bayan new` writes for a page, a project, an indicator and a partner.
pub(crate) const PAGE_TITLE_PLACEHOLDER: &str = "عنوان الصفحة";
pub(crate) const PROJECT_NAME_PLACEHOLDER: &str = "اسم المشروع";
pub(crate) const INDICATOR_NAME_PLACEHOLDER: &str = "اسم المؤشر";
pub(crate) const PARTNER_NAME_PLACEHOLDER: &str = "اسم الشريك";

/// The placeholder for `lang` in `table`, English when it has none of its own.
pub(crate) fn placeholder<'a>(table: &[(&str, &'a str)], lang: &str) -> &'a str {
    table
        .iter()
        .find(|(code, _)| *code == lang)
        .or_else(|| table.iter().find(|(code, _)| *code == "en"))
        .map_or("", |(_, text)| text)
}

/// How a placeholder is reported in this build.
pub(crate) fn severity(visibility: Visibility) -> Severity {
    if visibility.live || visibility.is_preview() {
        Severity::Warning
    } else {
        Severity::Error
    }
}

/// What holds the placeholders: their codes differ.
#[derive(Clone, Copy)]
pub(crate) enum Written {
    Story,
    Page,
}

/// Reports placeholder text left in `text` (a story's or a page's whole file) and a title that
/// is still the placeholder.
pub(crate) fn placeholders(
    written: Written,
    path: &Path,
    text: &str,
    title: &str,
    severity: Severity,
) -> Vec<Diagnostic> {
    let (body_code, title_code, titles) = match written {
        Written::Story => ("S008", "S009", TITLE_PLACEHOLDERS),
        Written::Page => ("P002", "P003", &[("ar", PAGE_TITLE_PLACEHOLDER)][..]),
    };
    let mut found = Vec::new();
    // Most texts hold none: a search for each is quicker than a look at every line.
    if BODY_PLACEHOLDERS
        .iter()
        .any(|(_, placeholder)| text.contains(placeholder))
    {
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if BODY_PLACEHOLDERS
                .iter()
                .any(|(_, placeholder)| line == *placeholder)
            {
                let said = said!(body_code, line = line);
                found.push(Diagnostic::said(severity, path, said).at(text, index + 1, 1));
            }
        }
    }
    if titles
        .iter()
        .any(|(_, placeholder)| title.trim() == *placeholder)
    {
        found.push(
            Diagnostic::said(severity, path, said!(title_code, title = title.trim())).at(
                text,
                key_line(text, "title"),
                1,
            ),
        );
    }
    found
}

/// Reports a name `bayan new project`, `indicator` or `partner` wrote in a data file and the
/// writer has not replaced: it would be published as the project's, indicator's or partner's
/// name.
pub(crate) fn placeholders_in_data(path: &Path, text: &str, severity: Severity) -> Vec<Diagnostic> {
    // As `bayan new` writes them, in quotes; a file that names none is passed over at once.
    let quoted: Vec<(&str, String)> = [
        PROJECT_NAME_PLACEHOLDER,
        INDICATOR_NAME_PLACEHOLDER,
        PARTNER_NAME_PLACEHOLDER,
    ]
    .into_iter()
    .map(|name| (name, format!("\"{name}\"")))
    .filter(|(_, quoted)| text.contains(quoted.as_str()))
    .collect();
    let mut found = Vec::new();
    if quoted.is_empty() {
        return found;
    }
    for (index, line) in text.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        for (name, placeholder) in &quoted {
            if let Some(column) = line.find(placeholder.as_str()) {
                let column = line[..column].chars().count() + 1;
                found.push(
                    Diagnostic::said(severity, path, said!("D004", name = *name)).at(
                        text,
                        index + 1,
                        column,
                    ),
                );
            }
        }
    }
    found
}

/// Warns of a story dated after `now` that nothing holds back: it is published at once, under
/// a date still to come, which was rarely meant.
pub(crate) fn future_date(
    path: &Path,
    text: &str,
    date: Timestamp,
    now: Timestamp,
) -> Option<Diagnostic> {
    (date > now)
        .then(|| Diagnostic::warning_said(path, said!("S010")).at(text, key_line(text, "date"), 1))
}
